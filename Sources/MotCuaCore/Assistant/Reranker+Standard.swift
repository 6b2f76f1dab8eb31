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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.49455, -1.39075, 0.104669, 0.27482, 0.0754614, 0.183252, 0.0229124, 0.385312, 0.261637, 0.0612758, 0.176087, 0.258507, -0.249075, 0.357922, 0.492479, 2.93544, 0.529802, 0.300852, 1.43365, 2.37759, 0.153324, 0.110327, 0.0470926, 0.00864037, 0.0735059],
        scales: [0.827133, 0.754149, 0.168661, 0.196358, 0.125699, 0.182641, 0.0447621, 0.239116, 0.202764, 0.141956, 0.149123, 0.187544, 0.279544, 0.479389, 0.499943, 0.717377, 0.712227, 0.342185, 1.17111, 0.759206, 0.155239, 0.502902, 0.185305, 0.0810485, 0.197827],
        weights: [0.0486811, -0.00227348, 0.410422, 0.26908, 0.213572, 0.126687, 0.141801, 0.129898, 0.132453, 0.0438318, 0.387013, -0.136818, 0.384249, 0.246203, 0.174363, 0.133838, -0.286095, -0.138798, 0.320929, -0.290563, 0.47355, 0.331637, 0.515105, 0.154861, -0.111256])
}
