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
// Features, in order: see Reranker.featureNames.

extension Reranker {
    public static let standard = Reranker(
        means: [-1.61159, -1.4921, 0.10433, 0.300385, 0.0852818, 0.2049, 0.0217183, 0.411663, 0.282573, 0.0641574, 0.194769, 0.248195, -0.274548, 0.367703, 0.494816, 2.9166, 0.525398, 0.311599, 1.2751, 2.37845, 0.138029, 0.0974968, 0.0487698, 0.00744208],
        scales: [0.876836, 0.797223, 0.168387, 0.217322, 0.142005, 0.20219, 0.0456755, 0.255342, 0.22287, 0.153404, 0.168214, 0.189101, 0.306411, 0.48218, 0.499973, 0.723541, 0.706253, 0.346465, 1.1091, 0.761292, 0.152921, 0.426926, 0.185626, 0.0750634],
        weights: [0.16183, 0.122882, 0.386412, 0.364486, 0.163321, 0.0520056, 0.0471633, 0.0792722, 0.0305178, 0.0697961, 0.417849, 0.0434188, 0.371157, 0.37644, 0.187972, 0.253103, -0.467272, -0.334343, 0.381998, -0.350353, 0.360027, 0.185579, 0.436206, 0.227817])
}
