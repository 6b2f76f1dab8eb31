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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.60708, -1.48706, 0.106964, 0.32985, 0.0920914, 0.22952, 0.0214116, 0.447756, 0.311774, 0.0688072, 0.21506, 0.246089, -0.272491, 0.366015, 0.478367, 2.90461, 0.468335, 0.309436, 1.15938, 2.37092],
        scales: [0.844424, 0.767507, 0.170484, 0.235834, 0.153767, 0.220898, 0.0467078, 0.272495, 0.243325, 0.164555, 0.181512, 0.192241, 0.31283, 0.481714, 0.499532, 0.716714, 0.669869, 0.353206, 1.05208, 0.763217],
        weights: [0.512557, 0.455946, 0.350894, 0.51229, 0.436951, 0.0933436, 0.268669, 0.277297, 0.0834028, 0.213309, 0.301669, 0.308323, 0.718691, 0.637277, 0.260212, 0.408965, -0.586086, -0.473606, 0.422814, -0.695718])
}
