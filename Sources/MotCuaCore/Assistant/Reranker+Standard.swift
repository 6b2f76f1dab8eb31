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
        means: [-1.607, -1.48694, 0.106964, 0.329922, 0.0921753, 0.229535, 0.0214311, 0.447765, 0.311964, 0.0688532, 0.215169, 0.246214, -0.272526, 0.365824, 0.478074, 2.90449, 0.468556, 0.309718, 1.15949, 2.37059],
        scales: [0.844681, 0.767719, 0.170484, 0.235878, 0.153812, 0.220926, 0.0467246, 0.272498, 0.243304, 0.164617, 0.181528, 0.192263, 0.31295, 0.481661, 0.499519, 0.716639, 0.669981, 0.353244, 1.05239, 0.763151],
        weights: [0.511401, 0.454405, 0.350028, 0.514106, 0.436788, 0.0907635, 0.269015, 0.271773, 0.0911003, 0.212436, 0.30541, 0.312035, 0.720695, 0.637572, 0.261071, 0.409035, -0.587378, -0.474069, 0.422953, -0.692415])
}
