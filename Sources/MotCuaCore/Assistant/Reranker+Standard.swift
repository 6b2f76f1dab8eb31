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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.6009, -1.47881, 0.106964, 0.322897, 0.0926692, 0.223678, 0.021774, 0.432846, 0.303043, 0.0691688, 0.209808, 0.246769, -0.278906, 0.352414, 0.49582, 2.92189, 0.490392, 0.309298, 1.2074, 2.38089, 0.143226],
        scales: [0.848945, 0.767536, 0.170484, 0.228822, 0.153232, 0.215775, 0.047009, 0.266155, 0.236312, 0.163854, 0.17665, 0.1902, 0.315788, 0.477722, 0.499983, 0.713279, 0.684618, 0.353095, 1.07146, 0.759097, 0.158423],
        weights: [0.526727, 0.469361, 0.344054, 0.481784, 0.587198, 0.0771721, 0.234532, 0.31894, -0.0894113, 0.125532, 0.348008, 0.226, 0.734052, 0.714777, 0.308842, 0.427444, -0.614057, -0.274886, 0.459081, -0.643348, 0.346305])
}
