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
        means: [-1.52505, -1.41745, 0.10451, 0.281567, 0.0779903, 0.188823, 0.0223283, 0.392612, 0.267013, 0.0619929, 0.180286, 0.254656, -0.256719, 0.361929, 0.491168, 2.93004, 0.528943, 0.305454, 1.38379, 2.37924, 0.147333, 0.105733, 0.0472849, 0.00859283],
        scales: [0.841793, 0.766989, 0.168532, 0.202547, 0.130353, 0.188252, 0.0452777, 0.244122, 0.208753, 0.145218, 0.154309, 0.187595, 0.286737, 0.480558, 0.499922, 0.718555, 0.711505, 0.342961, 1.14989, 0.758594, 0.153769, 0.479372, 0.185178, 0.0805674],
        weights: [0.0493531, -0.00885728, 0.402702, 0.348336, 0.159284, 0.0854112, 0.120197, 0.113313, 0.118991, 0.0198411, 0.498667, -0.18452, 0.438136, 0.33208, 0.194641, 0.126425, -0.297001, -0.183327, 0.272676, -0.345118, 0.513809, 0.310534, 0.497567, 0.187727])
}
