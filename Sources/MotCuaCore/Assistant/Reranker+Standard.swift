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
//   eval/assistant-heldout-21.jsonl
//   eval/assistant-heldout-22.jsonl
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.44121, -1.34172, 0.105091, 0.266175, 0.0722956, 0.176755, 0.0233571, 0.376344, 0.253537, 0.0597758, 0.169963, 0.259947, -0.241622, 0.351004, 0.496089, 2.9467, 0.531762, 0.292742, 1.49544, 2.38395, 0.159541, 0.118298, 0.0470016, 0.00923713, 0.0729575, 0.13489, 0.237726, 0.0434146, 0.495507],
        scales: [0.802142, 0.731575, 0.168999, 0.189576, 0.119701, 0.176325, 0.0444805, 0.233994, 0.195316, 0.137719, 0.1436, 0.186189, 0.270849, 0.477284, 0.499985, 0.715303, 0.713365, 0.341084, 1.1966, 0.75644, 0.155865, 0.544097, 0.185053, 0.0824992, 0.194839, 0.307773, 0.42569, 0.128695, 0.112936],
        weights: [0.0998051, 0.0544248, 0.319275, 0.10526, 0.304626, 0.0182914, 0.0715195, 0.145096, 0.0859104, 0.0101193, 0.161033, -0.117096, 0.365018, 0.16658, 0.171894, 0.0156646, -0.153492, 0.00985556, 0.181636, -0.0878365, 0.278081, 0.292182, 0.333454, 0.0364842, -0.162254, 0.0718513, -0.145657, 0.841577, 4.56069e-09])
}
