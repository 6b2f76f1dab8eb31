#!/usr/bin/env python3
"""Trains the assistant's re-ranking trees (LambdaMART, with LightGBM: pip install lightgbm numpy).

The features are MotCua's own: `motcua assistant-train --dump FILE` writes every tuning question's candidates with their
features (the same function the assistant ranks with; each question's own set and other sets' near twins do not vote on
it) and which candidates are acceptable. This script fits boosted regression trees on them with LightGBM's ranking
objective and writes them as Swift source (a text the assistant reads once), so nothing is needed at run time.

    MOTCUA_SQLITE=… motcua assistant-train --write … --write-examples … --dump /tmp/features.jsonl
    scripts/train-reranker-trees.py /tmp/features.jsonl Sources/MotCuaCore/Assistant/RerankerForest+Standard.swift
    scripts/train-reranker-trees.py /tmp/features.jsonl --folds     # leave-sets-out figures, linear against trees

The figures count the questions whose candidates hold an acceptable procedure (those without one teach nothing).

Deterministic: one thread, fixed parameters, the questions in the dump's order.
"""
import json
import os
import sys

import lightgbm as lgb
import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lightgbm_text import nodes  # noqa: E402

PARAMS = dict(objective="lambdarank", learning_rate=0.05, num_leaves=15, min_data_in_leaf=20,
              lambdarank_truncation_level=5, deterministic=True, force_row_wise=True, num_threads=1, seed=7,
              verbose=-1)
ROUNDS = 200


def read(path):
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    # A list without an acceptable candidate teaches nothing.
    return [r for r in rows if any(r["relevant"])]


def fit(rows):
    x = np.vstack([np.asarray(r["features"], dtype=np.float64) for r in rows])
    y = np.concatenate([np.asarray(r["relevant"], dtype=np.int32) for r in rows])
    data = lgb.Dataset(x, y, group=[len(r["relevant"]) for r in rows], free_raw_data=False)
    return lgb.train(PARAMS, data, num_boost_round=ROUNDS)


def fit_linear(rows, l2=0.01, steps=300, rate=0.1):
    """The linear re-ranking as `motcua assistant-train` fits it (listwise softmax, Adam, standardised features), for the
    leave-sets-out comparison only."""
    xs = [np.asarray(r["features"], dtype=np.float64) for r in rows]
    stacked = np.vstack(xs)
    mean, scale = stacked.mean(0), stacked.std(0) + 1e-9
    xs = [(x - mean) / scale for x in xs]
    rel = [np.asarray(r["relevant"], dtype=bool) for r in rows]
    w = np.zeros(stacked.shape[1]); m = np.zeros_like(w); v = np.zeros_like(w)
    for t in range(1, steps + 1):
        g = np.zeros_like(w)
        for x, r in zip(xs, rel):
            s = x @ w
            p = np.exp(s - s.max()); p /= p.sum()
            g += x.T @ p - (x[r].T @ p[r]) / p[r].sum()
        g = g / len(xs) + l2 * w
        m = 0.9 * m + 0.1 * g; v = 0.999 * v + 0.001 * g * g
        w -= rate * (1 - (t - 1) / steps) * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)

    class Linear:
        def predict(self, x):
            return ((x - mean) / scale) @ w
    return Linear()


def hits(model, rows):
    h1 = h3 = 0
    for r in rows:
        s = model.predict(np.asarray(r["features"], dtype=np.float64))
        order = sorted(range(len(s)), key=lambda i: (-s[i], r["codes"][i]))
        h1 += r["relevant"][order[0]]
        h3 += any(r["relevant"][i] for i in order[:3])
    return h1 / len(rows), h3 / len(rows)


def write(model, rows, path):
    roots, lines = nodes(model)
    sets = sorted({r["set"] for r in rows})
    with open(path, "w", encoding="utf-8") as f:
        f.write("// Written by scripts/train-reranker-trees.py (do not edit by hand): the re-ranking trees fitted with LightGBM's\n")
        f.write(f"// LambdaMART on {len(rows)} tuning questions' candidates from {len(sets)} sets ({ROUNDS} trees of at most\n")
        f.write(f"// {PARAMS['num_leaves']} leaves, learning rate {PARAMS['learning_rate']}). Features: see Reranker.featureNames.\n\n")
        f.write("extension RerankerForest {\n    public static let standard = RerankerForest(text: \"\"\"\n")
        f.write("roots " + " ".join(map(str, roots)) + "\n")
        f.write("\n".join(lines) + "\n")
        f.write("\"\"\")\n}\n")


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    rows = read(sys.argv[1])
    if sys.argv[2] == "--folds":
        sets = sorted({r["set"] for r in rows})
        total = {"linear": [0.0, 0.0], "trees": [0.0, 0.0]}
        for k in range(5):
            held = set(sets[k::5])
            train = [r for r in rows if r["set"] not in held]
            test = [r for r in rows if r["set"] in held]
            for name, model in (("linear", fit_linear(train)), ("trees", fit(train))):
                h1, h3 = hits(model, test)
                total[name][0] += h1 * len(test); total[name][1] += h3 * len(test)
                print("fold %d (%d questions) %s: hit@1 %.3f hit@3 %.3f" % (k, len(test), name, h1, h3))
        for name, (h1, h3) in total.items():
            print("all folds, %s: hit@1 %.3f hit@3 %.3f (%d questions)" % (name, h1 / len(rows), h3 / len(rows), len(rows)))
        return
    model = fit(rows)
    write(model, rows, sys.argv[2])
    print("trained on %d questions; on them: hit@1 %.3f hit@3 %.3f; wrote %s" % ((len(rows),) + hits(model, rows) + (sys.argv[2],)))


if __name__ == "__main__":
    main()
