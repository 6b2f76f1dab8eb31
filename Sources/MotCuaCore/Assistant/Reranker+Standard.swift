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
        means: [-1.64977, -1.52589, 0.103769, 0.315253, 0.0908078, 0.217734, 0.0220524, 0.427769, 0.297672, 0.0678732, 0.203743, 0.245177, -0.283157, 0.364411, 0.494912, 2.90762, 0.486002, 0.305459, 1.20321, 2.37365, 0.140828, 0.127371, 0.0599577],
        scales: [0.89478, 0.813862, 0.167934, 0.226948, 0.150661, 0.212721, 0.0474805, 0.264176, 0.233608, 0.161542, 0.175385, 0.18932, 0.315811, 0.481265, 0.499974, 0.720467, 0.68157, 0.349677, 1.07004, 0.757464, 0.157445, 0.485765, 0.197525],
        weights: [0.284737, 0.238571, 0.385494, 0.418803, 0.229662, 0.119457, 0.106681, 0.205893, -0.0353892, 0.0779696, 0.355841, -0.00526789, 0.498666, 0.386937, 0.149418, 0.176352, -0.52286, -0.298638, 0.399423, -0.294821, 0.395045, 0.0207887, 0.551045])
}
