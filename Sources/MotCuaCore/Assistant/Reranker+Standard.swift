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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.60305, -1.48196, 0.106964, 0.321175, 0.0909511, 0.222468, 0.0216125, 0.43138, 0.301867, 0.0683536, 0.208207, 0.247461, -0.27679, 0.352975, 0.494619, 2.92066, 0.490842, 0.311962, 1.21062, 2.37944, 0.142342],
        scales: [0.848092, 0.767752, 0.170484, 0.227827, 0.149406, 0.214626, 0.046548, 0.264913, 0.235224, 0.161655, 0.17541, 0.190625, 0.312437, 0.477895, 0.499971, 0.71337, 0.685251, 0.352685, 1.07322, 0.759009, 0.158375],
        weights: [0.514381, 0.45736, 0.340409, 0.47494, 0.576189, 0.114778, 0.217888, 0.340014, -0.111942, 0.13035, 0.376936, 0.215657, 0.727389, 0.71005, 0.315043, 0.429339, -0.620291, -0.286975, 0.453456, -0.656641, 0.321388])
}
