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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.55193, -1.44098, 0.104406, 0.286517, 0.0807632, 0.193818, 0.0220812, 0.397631, 0.271243, 0.0623303, 0.184286, 0.250068, -0.2627, 0.365699, 0.49104, 2.92416, 0.528237, 0.30461, 1.33134, 2.38066, 0.142944, 0.101543, 0.0479506, 0.00856581],
        scales: [0.856556, 0.780365, 0.168448, 0.208729, 0.136147, 0.194173, 0.0459174, 0.248351, 0.214498, 0.148423, 0.160203, 0.186998, 0.293835, 0.481626, 0.49992, 0.721899, 0.709673, 0.344581, 1.13115, 0.757664, 0.152636, 0.455415, 0.185473, 0.0801663],
        weights: [0.0622661, 0.00773157, 0.413731, 0.439907, 0.16406, 0.0966254, 0.106312, 0.105548, 0.0693768, 0.0178307, 0.443512, -0.106302, 0.418777, 0.345962, 0.170449, 0.177743, -0.301444, -0.223165, 0.265815, -0.374165, 0.448946, 0.280541, 0.480379, 0.162215])
}
