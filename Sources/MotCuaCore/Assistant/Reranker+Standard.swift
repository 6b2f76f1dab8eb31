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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.6015, -1.48369, 0.104322, 0.295426, 0.0840429, 0.201143, 0.0216496, 0.407105, 0.278682, 0.0637122, 0.191118, 0.248182, -0.272455, 0.367149, 0.494453, 2.91539, 0.527148, 0.31431, 1.28709, 2.37809, 0.136337, 0.0991353, 0.048692, 0.00729311],
        scales: [0.874298, 0.795135, 0.16838, 0.214974, 0.140166, 0.19974, 0.0453843, 0.253495, 0.220191, 0.151855, 0.166287, 0.189463, 0.304056, 0.482028, 0.499969, 0.724108, 0.708003, 0.346235, 1.11556, 0.762147, 0.151406, 0.436429, 0.185706, 0.0744949],
        weights: [0.0888174, 0.0361053, 0.414837, 0.351453, 0.14346, 0.060414, 0.0502548, 0.0924443, 0.00403961, 0.0480951, 0.419807, 0.0529438, 0.424535, 0.36224, 0.198885, 0.290256, -0.394913, -0.321909, 0.340522, -0.371246, 0.348475, 0.212239, 0.454267, 0.22172])
}
