"""LightGBM trees as the text MotCua's `RerankerForest` reads (shared by the training scripts)."""


def nodes(model):
    """The trees flattened: each node `feature threshold left right` (children by index) or a leaf `-1 value`."""
    out, roots = [], []
    for tree in model.dump_model()["tree_info"]:
        def walk(n):
            i = len(out)
            out.append(None)
            if "leaf_value" in n:
                out[i] = f"-1 {n['leaf_value']!r}"
            else:
                assert n["decision_type"] == "<=", n["decision_type"]
                left, right = walk(n["left_child"]), walk(n["right_child"])
                out[i] = f"{n['split_feature']} {float(n['threshold'])!r} {left} {right}"
            return i
        roots.append(walk(tree["tree_structure"]))
    return roots, out


def score(roots, lines, features):
    """The trees' sum as the assistant computes it (`RerankerForest.score`), to check the text against LightGBM."""
    parsed = [line.split(" ") for line in lines]
    total = 0.0
    for root in roots:
        node = root
        while parsed[node][0] != "-1":
            f, t, left, right = int(parsed[node][0]), float(parsed[node][1]), int(parsed[node][2]), int(parsed[node][3])
            node = left if features[f] <= t else right
        total += float(parsed[node][1])
    return total
