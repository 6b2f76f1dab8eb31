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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.53511, -1.42563, 0.104446, 0.283646, 0.0788454, 0.190978, 0.0225147, 0.395003, 0.269112, 0.0620751, 0.181918, 0.25109, -0.260431, 0.363488, 0.490936, 2.92733, 0.527904, 0.304309, 1.3492, 2.38159, 0.14555, 0.103558, 0.0475241, 0.00839821],
        scales: [0.848584, 0.77306, 0.16848, 0.20565, 0.133182, 0.191246, 0.0476171, 0.246465, 0.211954, 0.147103, 0.157468, 0.186622, 0.291192, 0.481004, 0.499918, 0.720109, 0.710319, 0.345145, 1.13583, 0.756576, 0.153436, 0.467307, 0.185114, 0.0793705],
        weights: [0.035531, -0.0239979, 0.410472, 0.409759, 0.152222, 0.0843058, 0.0924756, 0.11223, 0.116208, -0.00450057, 0.441875, -0.174923, 0.435262, 0.348028, 0.207544, 0.111008, -0.277859, -0.203243, 0.284124, -0.367477, 0.46603, 0.266998, 0.506374, 0.16016])
}
