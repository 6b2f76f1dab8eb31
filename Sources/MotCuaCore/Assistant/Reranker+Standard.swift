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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.55265, -1.44176, 0.104404, 0.28568, 0.080069, 0.193106, 0.0221136, 0.396802, 0.270552, 0.0622372, 0.18353, 0.249884, -0.263015, 0.365498, 0.490678, 2.92435, 0.528571, 0.304118, 1.33381, 2.3811, 0.143216, 0.101733, 0.0478918, 0.00846633],
        scales: [0.856282, 0.779952, 0.168447, 0.208204, 0.135241, 0.193636, 0.0460644, 0.24799, 0.214035, 0.148043, 0.15981, 0.186826, 0.293672, 0.48157, 0.499913, 0.721865, 0.71053, 0.344628, 1.13042, 0.757396, 0.152649, 0.456329, 0.185373, 0.079695],
        weights: [0.0602704, 0.00431898, 0.405942, 0.442307, 0.169164, 0.103848, 0.104723, 0.0988941, 0.0704811, 0.0138664, 0.456051, -0.112413, 0.428119, 0.350892, 0.165635, 0.165771, -0.300071, -0.215155, 0.275224, -0.377037, 0.456759, 0.274191, 0.484908, 0.16657])
}
