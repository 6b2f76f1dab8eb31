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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.52598, -1.41832, 0.104511, 0.281656, 0.0779039, 0.18877, 0.0223228, 0.392612, 0.267011, 0.0620038, 0.180408, 0.254767, -0.256729, 0.361948, 0.491324, 2.92987, 0.531031, 0.30597, 1.38102, 2.37864, 0.147394, 0.105741, 0.0472875, 0.00855824],
        scales: [0.842219, 0.767584, 0.168533, 0.202462, 0.130307, 0.188258, 0.0452654, 0.244124, 0.20874, 0.14521, 0.154299, 0.187689, 0.286712, 0.480564, 0.499925, 0.718487, 0.712817, 0.343081, 1.14646, 0.759066, 0.153783, 0.47938, 0.18518, 0.0803116],
        weights: [0.0593356, 0.00416177, 0.417316, 0.309101, 0.188062, 0.0861455, 0.101222, 0.1082, 0.131017, 0.00437836, 0.461752, -0.173818, 0.423258, 0.338071, 0.202572, 0.125826, -0.31222, -0.181018, 0.336793, -0.350424, 0.492909, 0.30875, 0.503762, 0.183299])
}
