#!/usr/bin/env python3
"""Trains the assistant's scope decision: whether the catalogue answers a question at all (LightGBM: pip install lightgbm numpy).

The features are MotCua's own (`Assistant.scopeFeatures`, named by `ScopeModel.featureNames`): `motcua assistant-eval
--set FILE --unseen --ranked OUT` writes each question of a tuning set with them, its own set's examples and other sets'
near twins left out, and with the decision the assistant made. This script fits boosted trees (binary: in scope or not) on
every tuning set's lines, chooses the probability below which a question gets "I don't know", and writes both as Swift
source, so nothing is needed at run time.

    for s in <tuning sets>; do motcua assistant-eval --set eval/$s.jsonl --unseen --ranked /tmp/scope/$s.jsonl; done
    scripts/train-scope-trees.py /tmp/scope --folds          # leave-sets-out figures against the decision as it is
    scripts/train-scope-trees.py /tmp/scope Sources/MotCuaCore/Assistant/ScopeModel+Standard.swift

The threshold: on the tuning sets left out five groups at a time, the lowest error count where an in-scope question turned
away counts twice an out-of-scope question given candidates (turning a citizen away costs more than a "did you mean…"). A
question that names a procedure and matches it strongly is never turned away (`ScopeModel.namedFloor`, the same here).

Deterministic: one thread, fixed parameters, the questions in the files' order (files by name).
"""
import glob
import json
import os
import sys

import lightgbm as lgb
import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lightgbm_text import nodes, score  # noqa: E402

PARAMS = dict(objective="binary", learning_rate=0.05, num_leaves=7, min_data_in_leaf=20, feature_fraction=1.0,
              deterministic=True, force_row_wise=True, num_threads=1, seed=7, verbose=-1)
ROUNDS = 300
REFUSAL_COST = 2.0
# The decisions that give no candidate ("I don't know", a refused injection, nothing to read).
TURNED_AWAY = {"outOfScope", "refused", "invalid"}
THRESHOLDS = [round(0.05 * i, 2) for i in range(1, 19)]
# A question that names a procedure and matches it at least this well is never turned away (ScopeModel.namedFloor).
NAMED_FLOOR = 120.0


def kept(r):
    s = r["scope"]
    # ScopeModel.namesStrongly, ScopeModel.saysTitleInEnglish
    return (s[4] == 1 and s[0] >= NAMED_FLOOR) or (s[9] == 1 and s[15] == 1 and s[2] == 0 and s[3] == 0 and s[10] == 0)


def read(path):
    files = sorted(glob.glob(os.path.join(path, "*.jsonl"))) if os.path.isdir(path) else [path]
    rows = []
    for f in files:
        for line in open(f, encoding="utf-8"):
            if line.strip():
                rows.append(json.loads(line))
    return rows


def searched(rows):
    """The questions the scope decision sees (a refused, invalid or empty question is decided before it)."""
    return [r for r in rows if r["scope"]]


def fit(rows):
    x = np.vstack([np.asarray(r["scope"], dtype=np.float64) for r in rows])
    y = np.asarray([0 if r["outOfScope"] else 1 for r in rows], dtype=np.int32)
    return lgb.train(PARAMS, lgb.Dataset(x, y, free_raw_data=False), num_boost_round=ROUNDS)


def probabilities(model, rows):
    x = np.vstack([np.asarray(r["scope"], dtype=np.float64) for r in rows])
    return model.predict(x)


def count(rows, turned_away):
    """Out-of-scope questions turned away, in-scope questions turned away."""
    oos = sum(1 for r, t in zip(rows, turned_away) if r["outOfScope"] and t)
    refused = sum(1 for r, t in zip(rows, turned_away) if not r["outOfScope"] and t)
    return oos, refused


def folds(rows):
    """Each group of sets left out in turn: the probabilities its questions get from trees fitted on the others."""
    sets = sorted({r["set"] for r in rows})
    p = np.zeros(len(rows))
    for k in range(5):
        held = set(sets[k::5])
        train = [r for r in rows if r["set"] not in held]
        test = [i for i, r in enumerate(rows) if r["set"] in held]
        model = fit(train)
        p[test] = probabilities(model, [rows[i] for i in test])
    return p


def choose(rows, p):
    best = None
    for t in THRESHOLDS:
        oos, refused = count(rows, [x < t and not kept(r) for r, x in zip(rows, p)])
        total_oos = sum(1 for r in rows if r["outOfScope"])
        cost = (total_oos - oos) + REFUSAL_COST * refused
        if best is None or cost < best[0]:
            best = (cost, t)
    return best[1]


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    everything = read(sys.argv[1])
    rows = searched(everything)
    total_oos = sum(1 for r in everything if r["outOfScope"])
    total_in = len(everything) - total_oos
    # Decided before the scope decision (refused, invalid): the same either way.
    before_oos, before_refused = count([r for r in everything if not r["scope"]],
                                       [r["decision"] in TURNED_AWAY for r in everything if not r["scope"]])
    now_oos, now_refused = count(rows, [r["decision"] in TURNED_AWAY for r in rows])
    print("%d questions (%d out of scope) from %d sets; as decided now: out of scope %d/%d turned away, in scope %d/%d turned away"
          % (len(everything), total_oos, len({r["set"] for r in everything}), now_oos + before_oos, total_oos,
             now_refused + before_refused, total_in))
    if sys.argv[2] == "--folds":
        p = folds(rows)
        for t in THRESHOLDS:
            oos, refused = count(rows, [x < t and not kept(r) for r, x in zip(rows, p)])
            print("  threshold %.2f: out of scope %d/%d turned away, in scope %d turned away"
                  % (t, oos + before_oos, total_oos, refused + before_refused))
        print("chosen threshold %.2f" % choose(rows, p))
        return
    threshold = choose(rows, folds(rows))
    model = fit(rows)
    roots, lines = nodes(model)
    for r, q in zip(rows[:200], model.predict(np.vstack([np.asarray(r["scope"], dtype=np.float64) for r in rows[:200]]),
                                              raw_score=True)):
        assert abs(score(roots, lines, r["scope"]) - q) < 1e-9, (r["id"], q)
    sets = sorted({r["set"] for r in rows})
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write("// Written by scripts/train-scope-trees.py (do not edit by hand): the scope decision's trees fitted with\n")
        f.write(f"// LightGBM (binary) on {len(rows)} tuning questions from {len(sets)} sets ({ROUNDS} trees of at most "
                f"{PARAMS['num_leaves']} leaves,\n")
        f.write(f"// learning rate {PARAMS['learning_rate']}); threshold chosen on the sets left out five groups at a time. "
                "Features: see ScopeModel.featureNames.\n\n")
        f.write("extension ScopeModel {\n")
        f.write(f"    public static let standard = ScopeModel(forest: RerankerForest(text: \"\"\"\n")
        f.write("roots " + " ".join(map(str, roots)) + "\n")
        f.write("\n".join(lines) + "\n")
        f.write(f"\"\"\"), threshold: {threshold!r})\n}}\n")
    p = probabilities(model, rows)
    oos, refused = count(rows, [x < threshold and not kept(r) for r, x in zip(rows, p)])
    print("trained on %d questions, threshold %.2f; on them: out of scope %d/%d, in scope turned away %d; wrote %s"
          % (len(rows), threshold, oos + before_oos, total_oos, refused + before_refused, sys.argv[2]))


if __name__ == "__main__":
    main()
