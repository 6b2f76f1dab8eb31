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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.53635, -1.42751, 0.104457, 0.284317, 0.0789493, 0.190868, 0.0221796, 0.395625, 0.269386, 0.0621885, 0.181838, 0.253453, -0.259678, 0.364285, 0.490418, 2.92817, 0.529057, 0.306544, 1.36687, 2.37932, 0.144611, 0.103589, 0.047593, 0.00883975],
        scales: [0.848479, 0.772903, 0.16849, 0.204802, 0.132232, 0.190329, 0.0453039, 0.246004, 0.211216, 0.146617, 0.155964, 0.187817, 0.290187, 0.481229, 0.499908, 0.719588, 0.710575, 0.343251, 1.14443, 0.75895, 0.153187, 0.467334, 0.185204, 0.0814978],
        weights: [0.0438665, -0.0183248, 0.406506, 0.324537, 0.114857, 0.152636, 0.114107, 0.114281, 0.127801, 0.0194574, 0.49913, -0.154206, 0.464113, 0.328554, 0.199538, 0.164224, -0.316644, -0.191221, 0.26679, -0.373658, 0.505903, 0.286719, 0.49044, 0.186001])
}
