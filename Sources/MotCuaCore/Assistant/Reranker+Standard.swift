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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.6015, -1.47991, 0.106964, 0.321932, 0.0924315, 0.222822, 0.0219379, 0.432436, 0.302412, 0.0688683, 0.209535, 0.247408, -0.277998, 0.353429, 0.495164, 2.92179, 0.490123, 0.312775, 1.21252, 2.38027, 0.14121],
        scales: [0.848501, 0.767542, 0.170484, 0.227829, 0.152308, 0.214655, 0.0472637, 0.265145, 0.235533, 0.16331, 0.176154, 0.190121, 0.314492, 0.478035, 0.499977, 0.713717, 0.68453, 0.352217, 1.07464, 0.759562, 0.157802],
        weights: [0.524811, 0.467833, 0.340427, 0.523419, 0.606573, 0.0575494, 0.223906, 0.350709, -0.104678, 0.11824, 0.370873, 0.206362, 0.730623, 0.731098, 0.330638, 0.415726, -0.614008, -0.287386, 0.423086, -0.635073, 0.356957])
}
