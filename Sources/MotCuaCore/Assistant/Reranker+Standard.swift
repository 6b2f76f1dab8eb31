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
//   eval/assistant-heldout-16.jsonl
//   eval/assistant-heldout-17.jsonl
//   eval/assistant-heldout-18.jsonl
//   eval/assistant-heldout-19.jsonl
//   eval/assistant-heldout-20.jsonl
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.45504, -1.355, 0.105087, 0.267493, 0.0728685, 0.17768, 0.0234504, 0.37792, 0.255036, 0.0600654, 0.171067, 0.260754, -0.242162, 0.352335, 0.495338, 2.94328, 0.532862, 0.296065, 1.48864, 2.38045, 0.158959, 0.117251, 0.0476983, 0.00894281, 0.073396, 0.136832, 0.236632, 0.0440924, 0.495794],
        scales: [0.805639, 0.734959, 0.168995, 0.19013, 0.120513, 0.176642, 0.0447077, 0.234523, 0.196045, 0.138275, 0.144017, 0.186992, 0.271424, 0.477698, 0.499978, 0.715968, 0.713316, 0.341749, 1.19629, 0.758043, 0.156497, 0.534002, 0.185817, 0.0811816, 0.195888, 0.309847, 0.425015, 0.12928, 0.112701],
        weights: [0.109625, 0.0671133, 0.312211, 0.139329, 0.315797, 0.0228442, 0.0866858, 0.142047, 0.0747269, 0.0159225, 0.15522, -0.104298, 0.352879, 0.182518, 0.188027, 0.0174987, -0.1634, -0.00167544, 0.184514, -0.0951019, 0.27988, 0.273977, 0.329857, 0.0308595, -0.174179, 0.0637239, -0.127624, 0.829118, 4.77652e-09])
}
