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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.62631, -1.50513, 0.104275, 0.304983, 0.0866531, 0.208385, 0.0219511, 0.415754, 0.287049, 0.0655141, 0.197723, 0.247661, -0.277256, 0.364289, 0.495052, 2.91575, 0.524586, 0.310689, 1.26132, 2.37816, 0.138503, 0.0957078, 0.0487744, 0.00748479],
        scales: [0.881529, 0.802217, 0.168342, 0.219605, 0.144028, 0.204732, 0.045971, 0.257299, 0.225358, 0.155871, 0.169707, 0.189127, 0.308415, 0.48123, 0.499976, 0.721925, 0.706437, 0.346872, 1.10469, 0.759798, 0.153918, 0.417529, 0.185502, 0.0749529],
        weights: [0.167719, 0.127303, 0.398546, 0.389232, 0.168832, 0.0593491, 0.0467989, 0.0811172, 0.00966792, 0.068435, 0.385603, 0.0265921, 0.384135, 0.37271, 0.192929, 0.250931, -0.458737, -0.361855, 0.390004, -0.353945, 0.370909, 0.133168, 0.451657, 0.242193])
}
