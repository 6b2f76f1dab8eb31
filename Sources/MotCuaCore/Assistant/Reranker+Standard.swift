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
        means: [-1.53578, -1.4267, 0.104454, 0.28437, 0.0789932, 0.190908, 0.0221789, 0.395683, 0.269397, 0.0621737, 0.181825, 0.253253, -0.259757, 0.364253, 0.490201, 2.92815, 0.529745, 0.306731, 1.36293, 2.37953, 0.144685, 0.103603, 0.0476091, 0.00883715],
        scales: [0.848981, 0.773241, 0.168487, 0.204875, 0.132274, 0.190443, 0.0453047, 0.24605, 0.21124, 0.146593, 0.156054, 0.187831, 0.290211, 0.48122, 0.499904, 0.719797, 0.711649, 0.343486, 1.14086, 0.759186, 0.153239, 0.46734, 0.185241, 0.0814986],
        weights: [0.0511784, -0.00790446, 0.407413, 0.360337, 0.16302, 0.119831, 0.114637, 0.113583, 0.107048, 0.00549046, 0.486914, -0.175981, 0.445503, 0.343914, 0.205786, 0.136796, -0.323796, -0.180517, 0.278496, -0.358495, 0.518966, 0.286874, 0.493413, 0.183227])
}
