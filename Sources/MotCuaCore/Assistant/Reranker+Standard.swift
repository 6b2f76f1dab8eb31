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
        means: [-1.64465, -1.52133, 0.10399, 0.315975, 0.0910928, 0.218386, 0.0220351, 0.428137, 0.298132, 0.0680048, 0.204019, 0.24535, -0.282004, 0.36383, 0.495221, 2.90906, 0.486448, 0.305758, 1.20492, 2.37423, 0.140924, 0.125858, 0.0590425, 0.00821664],
        scales: [0.888422, 0.808317, 0.168113, 0.227006, 0.150901, 0.212984, 0.0474358, 0.264263, 0.233852, 0.161696, 0.175538, 0.189234, 0.314958, 0.4811, 0.499977, 0.719836, 0.681949, 0.349792, 1.06976, 0.757406, 0.157369, 0.485418, 0.196906, 0.0770472],
        weights: [0.24336, 0.195874, 0.404349, 0.384597, 0.21558, 0.16542, 0.0841144, 0.181648, -0.0600506, 0.0565847, 0.299237, 0.00668245, 0.479111, 0.348481, 0.131206, 0.191479, -0.521134, -0.310858, 0.42635, -0.312421, 0.348361, 0.0578515, 0.493785, 0.208032])
}
