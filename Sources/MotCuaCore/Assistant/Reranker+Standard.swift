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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.5267, -1.41902, 0.104512, 0.281614, 0.0779166, 0.188755, 0.0223351, 0.392566, 0.266985, 0.0620094, 0.180296, 0.254741, -0.25677, 0.361855, 0.491366, 2.93021, 0.530862, 0.305732, 1.38325, 2.37887, 0.147379, 0.105736, 0.0472845, 0.00858371],
        scales: [0.8423, 0.76772, 0.168534, 0.202485, 0.1303, 0.188269, 0.0452789, 0.24414, 0.208753, 0.145221, 0.15428, 0.187615, 0.286666, 0.480537, 0.499925, 0.718611, 0.712825, 0.342971, 1.15002, 0.758965, 0.153783, 0.479377, 0.185178, 0.0805223],
        weights: [0.0572616, 0.00213771, 0.420391, 0.318594, 0.18831, 0.0838377, 0.0959406, 0.10946, 0.120219, 0.00631977, 0.456234, -0.167701, 0.421477, 0.335054, 0.205593, 0.134852, -0.309981, -0.177192, 0.295566, -0.337997, 0.511944, 0.30996, 0.501882, 0.184973])
}
