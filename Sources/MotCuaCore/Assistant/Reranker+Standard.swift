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
//   eval/assistant-dev-16.jsonl
//   eval/assistant-dev-17.jsonl
//   eval/assistant-dev-18.jsonl
//   eval/assistant-dev-19.jsonl
//   eval/assistant-dev-20.jsonl
//   eval/assistant-dev-21.jsonl
//   eval/assistant-heldout-9.jsonl
//   eval/assistant-dev-22.jsonl
//   eval/assistant-dev-23.jsonl
//   eval/assistant-heldout-10.jsonl
//   eval/assistant-dev-24.jsonl
//   eval/assistant-dev-25.jsonl
//   eval/assistant-heldout-11.jsonl
//   eval/assistant-dev-26.jsonl
//   eval/assistant-dev-27.jsonl
//   eval/assistant-heldout-12.jsonl
//   eval/assistant-heldout-13.jsonl
//   eval/assistant-heldout-14.jsonl
//   eval/assistant-heldout-15.jsonl
//   eval/assistant-heldout-16.jsonl
//   eval/assistant-heldout-17.jsonl
//   eval/assistant-heldout-18.jsonl
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.47011, -1.36871, 0.105033, 0.269726, 0.0732997, 0.179209, 0.0232546, 0.380077, 0.257106, 0.060344, 0.172774, 0.260561, -0.244075, 0.354877, 0.494378, 2.94066, 0.535208, 0.299321, 1.47685, 2.37887, 0.157956, 0.115644, 0.0487532, 0.00882321, 0.0733848, 0.139192, 0.235593, 0.0449385, 0.495317],
        scales: [0.809851, 0.738705, 0.168952, 0.191833, 0.121953, 0.178236, 0.0445885, 0.235729, 0.197907, 0.139118, 0.145626, 0.187383, 0.273498, 0.478476, 0.499968, 0.716486, 0.714522, 0.342212, 1.19088, 0.758803, 0.156713, 0.519102, 0.187107, 0.0808241, 0.196141, 0.312044, 0.424369, 0.129837, 0.115458],
        weights: [0.130505, 0.0898535, 0.315193, 0.125863, 0.297971, 0.0204127, 0.105109, 0.153052, 0.083404, 0.0258413, 0.161299, -0.105978, 0.356151, 0.18862, 0.194513, 0.0480281, -0.161775, -0.0182289, 0.200173, -0.122275, 0.276917, 0.234927, 0.345632, 0.045376, -0.13325, 0.0832327, -0.118389, 0.836784, 3.76699e-09])
}
