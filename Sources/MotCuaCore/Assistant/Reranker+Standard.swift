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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.57514, -1.46048, 0.104363, 0.28943, 0.0817805, 0.196119, 0.0219231, 0.403003, 0.27378, 0.062099, 0.185987, 0.248096, -0.268084, 0.371248, 0.492853, 2.91865, 0.531125, 0.307373, 1.30892, 2.38066, 0.138051, 0.101589, 0.0480115, 0.008162],
        scales: [0.867503, 0.789361, 0.168413, 0.21107, 0.137814, 0.196203, 0.0460773, 0.250474, 0.216364, 0.148557, 0.162071, 0.188473, 0.299271, 0.483139, 0.499949, 0.725538, 0.71101, 0.343507, 1.12177, 0.761081, 0.151472, 0.451135, 0.185028, 0.0787091],
        weights: [0.0380698, -0.0154504, 0.432093, 0.422128, 0.224991, 0.0888559, 0.0942542, 0.104139, 0.0613202, 0.0121511, 0.418971, -0.0307456, 0.392959, 0.348463, 0.205074, 0.250579, -0.317536, -0.229075, 0.269879, -0.368857, 0.392547, 0.229559, 0.50581, 0.192153])
}
