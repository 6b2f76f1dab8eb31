#!/usr/bin/env python3
"""Mechanical variants of the tuning sets' Vietnamese questions, to measure how the assistant copes with how people type:

  folded.jsonl   every mark taken off ("lam giay khai sinh")
  partial.jsonl  every mark taken off but the first marked word's ("tôi muon lam lai can cuoc")
  slip.jsonl     the question's longest word (4 letters or more) with its middle letter left out ("đăg ký")
  slipword.jsonl the question without marks, its longest word that can be with one inner letter left out that makes another word
                 of the catalogue's titles ("can cuc" for "can cuoc", "ho chiu" for "ho chieu"): a slip no spelling check sees;
                 slipword-base.jsonl holds the same questions without marks and without the slip

Only the tuning sets are read (never a held-out one). Usage: eval/variants.py OUTDIR, then
motcua assistant-eval --set OUTDIR/slip.jsonl (and the original questions: OUTDIR/original.jsonl)."""
import json, os, re, sys, unicodedata

TUNING = ["assistant-questions", "assistant-heldout", "assistant-heldout-2", "assistant-heldout-3", "assistant-tuning-3",
          "assistant-tuning-4", "assistant-dev-5", "assistant-dev-6", "assistant-heldout-4"]


def title_words(here):
    """The folded words of the catalogue's titles."""
    words = set()
    with open(os.path.join(here, "..", "data", "catalogue.jsonl"), encoding="utf-8") as f:
        for line in f:
            words.update(re.findall(r"[a-z]+", fold(json.loads(line)["name"]).lower()))
    return words


def slipped_word(question, vocabulary):
    """The question without marks with one word slipped into another title word, or None."""
    tokens = re.findall(r"\w+|\W+", fold(question).lower())
    candidates = sorted((i for i, t in enumerate(tokens) if t.isalpha() and len(t) >= 4), key=lambda i: (-len(tokens[i]), i))
    for i in candidates:
        t = tokens[i]
        for j in range(1, len(t) - 1):
            cut = t[:j] + t[j + 1:]
            if cut != t and cut in vocabulary:
                return "".join(tokens[:i] + [cut] + tokens[i + 1:])
    return None


def fold(text):
    out = []
    for ch in text:
        if ch in "đĐ":
            out.append("d" if ch == "đ" else "D")
            continue
        out.append("".join(c for c in unicodedata.normalize("NFD", ch) if unicodedata.category(c) != "Mn"))
    return "".join(out)


def main(outdir):
    here = os.path.dirname(os.path.abspath(__file__))
    marked, slips, originals = [], [], []
    vocabulary = title_words(here)
    slipwords, slipbase = [], []
    for name in TUNING:
        with open(os.path.join(here, name + ".jsonl"), encoding="utf-8") as f:
            for line in f:
                q = json.loads(line)
                if q.get("kind") in ("english", "injection"):
                    continue
                words = [t for t in re.findall(r"\w+", q["question"]) if len(t) >= 4 and t.isalpha()]
                if words:
                    longest = max(words, key=len)
                    cut = longest[:len(longest) // 2] + longest[len(longest) // 2 + 1:]
                    slips.append(dict(q, question=re.sub(r"\b%s\b" % re.escape(longest), cut, q["question"], count=1)))
                    originals.append(q)
                if fold(q["question"]) != q["question"]:
                    marked.append(q)
                slipped = slipped_word(q["question"], vocabulary)
                if slipped:
                    slipwords.append(dict(q, question=slipped))
                    slipbase.append(dict(q, question=fold(q["question"]).lower()))
    partial = []
    for q in marked:
        kept, parts = False, []
        for t in re.split(r"(\W+)", q["question"]):
            if not kept and fold(t) != t and re.match(r"\w", t):
                parts.append(t)
                kept = True
            else:
                parts.append(fold(t))
        partial.append(dict(q, question="".join(parts)))
    os.makedirs(outdir, exist_ok=True)
    for name, rows in [("marked", marked), ("folded", [dict(q, question=fold(q["question"])) for q in marked]),
                       ("partial", partial), ("original", originals), ("slip", slips),
                       ("slipword", slipwords), ("slipword-base", slipbase)]:
        with open(os.path.join(outdir, name + ".jsonl"), "w", encoding="utf-8") as f:
            f.writelines(json.dumps(q, ensure_ascii=False) + "\n" for q in rows)
        print(f"{name}.jsonl: {len(rows)} questions")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/motcua-variants")
