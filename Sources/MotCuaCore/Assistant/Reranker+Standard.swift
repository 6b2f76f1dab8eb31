// Written by `motcua assistant-train --write` (do not edit by hand): the re-ranking fitted on
//   eval/assistant-questions.jsonl
//   eval/assistant-heldout.jsonl
//   eval/assistant-heldout-2.jsonl
//   eval/assistant-heldout-3.jsonl
//   eval/assistant-tuning-3.jsonl
//   eval/assistant-tuning-4.jsonl
//   eval/assistant-dev-5.jsonl
//   eval/assistant-dev-6.jsonl
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.66307, -1.5391, 0.106964, 0.350077, 0.0982038, 0.247373, 0.0207527, 0.472936, 0.334324, 0.0718162, 0.227587, 0.244628, -0.279257, 0.369452, 0.468211, 2.88512, 0.472911, 0.323085],
        scales: [0.872133, 0.794752, 0.170484, 0.249881, 0.163448, 0.234099, 0.0483753, 0.282786, 0.258658, 0.173755, 0.193298, 0.195312, 0.321406, 0.482656, 0.498988, 0.718854, 0.672897, 0.358569],
        weights: [0.589144, 0.532178, 0.379077, 0.672842, 0.465769, 0.209047, 0.286348, 0.203219, 0.0443405, 0.154921, 0.450059, 0.65325, 0.784416, 0.726341, 0.318629, 0.0865732, -0.781153, -0.351967])
}
