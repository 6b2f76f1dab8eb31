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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.64357, -1.52044, 0.104056, 0.316362, 0.0912, 0.218767, 0.0220096, 0.428286, 0.298449, 0.0681202, 0.20428, 0.245496, -0.281879, 0.363296, 0.495187, 2.90982, 0.486603, 0.305991, 1.20587, 2.37468, 0.141025, 0.0882326, 0.0511194, 0.00806902],
        scales: [0.887173, 0.80713, 0.168165, 0.226955, 0.15097, 0.21314, 0.0473966, 0.264213, 0.233909, 0.161855, 0.175448, 0.189205, 0.314846, 0.480949, 0.499977, 0.7201, 0.681925, 0.349817, 1.06972, 0.757796, 0.157436, 0.371995, 0.18843, 0.0775116],
        weights: [0.265402, 0.214492, 0.405264, 0.334739, 0.204631, 0.136087, 0.0601322, 0.164277, -0.0637815, 0.0442244, 0.275865, 0.0570368, 0.51908, 0.372831, 0.15507, 0.210745, -0.504553, -0.307565, 0.4101, -0.289, 0.346362, 0.014502, 0.517772, 0.223408])
}
