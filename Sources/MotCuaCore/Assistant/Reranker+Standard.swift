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
//   eval/assistant-heldout-17.jsonl
//   eval/assistant-heldout-18.jsonl
//   eval/assistant-heldout-19.jsonl
//   eval/assistant-heldout-20.jsonl
//   eval/assistant-heldout-21.jsonl
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.45117, -1.35101, 0.105103, 0.267575, 0.0727424, 0.177754, 0.0234317, 0.377664, 0.254782, 0.0601202, 0.1712, 0.260466, -0.242584, 0.351555, 0.495973, 2.94536, 0.532525, 0.294754, 1.48884, 2.38253, 0.159511, 0.117927, 0.0472274, 0.00899302, 0.0728226, 0.135858, 0.237476, 0.0436975, 0.496522],
        scales: [0.804307, 0.733439, 0.169008, 0.190329, 0.120478, 0.177125, 0.0447598, 0.234613, 0.196138, 0.138517, 0.144319, 0.186601, 0.272023, 0.477456, 0.499984, 0.715618, 0.713854, 0.341089, 1.19441, 0.757404, 0.156322, 0.540249, 0.18533, 0.0814319, 0.194663, 0.308832, 0.425536, 0.129082, 0.113067],
        weights: [0.099063, 0.0535561, 0.3116, 0.131658, 0.296204, 0.0159098, 0.0971709, 0.153933, 0.0949613, 0.0140694, 0.155412, -0.118463, 0.366782, 0.179242, 0.175862, 0.000892152, -0.173491, 0.00396176, 0.184993, -0.0910249, 0.279394, 0.272622, 0.341264, 0.0299907, -0.195364, 0.072645, -0.138771, 0.828087, 2.63585e-09])
}
