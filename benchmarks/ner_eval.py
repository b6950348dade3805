"""Named-entity quality: P/R/F per label on held-out GermEval sentences, and the seed check.

    python benchmarks/ner_eval.py [--data ../shared/data] [--model PATH]

The held-out sentences are the last ones of the GermEval 2014 test split (see
``training/ner_de/corpora.py``); the shipped model never saw them in training or tuning.
Two rows of figures: the model's own output ("model") and what ``recognise`` makes of it
("engine": titles cut off, context votes, names split and repeated). Matching is exact
(same characters, same label). A mention inside a single token (``Meta`` in
``Meta-Sprecher``) is not scored: GermEval's outer layer cannot express it.

The seed check runs the seed article through the public entity API and lists the names it
must find (with their labels) and the common nouns it must not tag.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "training" / "ner_de")]

import corpora  # noqa: E402

from tui.core.entities import EntityInput, models, recognise  # noqa: E402
from tui.core.model import ENTITY_LABELS  # noqa: E402

SEED_NAMES = {
    "Mark Zuckerberg": "PER", "Zuckerberg": "PER", "Zuckerbergs": "PER", "Mark": "PER",
    "Donald Trump": "PER", "Trump": "PER", "Stephen Miller": "PER",
    "Meta": "ORG", "Fox News": "ORG", "BBC": "ORG", "Facebook": "ORG", "Instagram": "ORG",
    "Mar-a-Lago": "LOC", "Florida": "LOC",
}  # fmt: skip
SEED_SAME_ENTITY = (
    ("Mark Zuckerberg", "Zuckerberg", "Zuckerbergs", "Mark"),
    ("Donald Trump", "Trump"),
)
SEED_NOT_NAMES = ("Abendessen", "Einladung", "Spannungen", "Regierung")

Span = tuple[int, int, str]


def _joined(sentence: corpora.Sentence) -> tuple[str, set[Span], list[tuple[int, int]]]:
    """The sentence as text (tokens joined by spaces), its gold spans and token offsets."""
    offsets, pos = [], 0
    for word in sentence.words:
        offsets.append((pos, pos + len(word)))
        pos += len(word) + 1
    text = " ".join(sentence.words)
    gold = {
        (offsets[s][0], offsets[e - 1][1], label) for s, e, label in corpora.spans_of(sentence.tags)
    }
    return text, gold, offsets


def _inside_one_token(start: int, end: int, offsets: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e and (s, e) != (start, end) for s, e in offsets)


def score(pairs: list[tuple[set[Span], set[Span]]]) -> dict[str, tuple[float, float, float]]:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for gold, predicted in pairs:
        for span in predicted:
            (tp if span in gold else fp)[span[2]] += 1
        for span in gold - predicted:
            fn[span[2]] += 1
    out = {}
    for label in (*ENTITY_LABELS, "ALL"):
        if label == "ALL":
            t, p, n = sum(tp.values()), sum(fp.values()), sum(fn.values())
        else:
            t, p, n = tp[label], fp[label], fn[label]
        precision = t / (t + p) if t + p else 0.0
        recall = t / (t + n) if t + n else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[label] = (100 * precision, 100 * recall, 100 * f1)
    return out


def evaluate(sentences: list[corpora.Sentence], nlp) -> dict[str, list[tuple[set, set]]]:
    rows: dict[str, list[tuple[set, set]]] = {"model": [], "engine": []}
    for sentence in sentences:
        text, gold, offsets = _joined(sentence)
        doc = nlp(text)
        raw = {
            (e.start_char, e.end_char, models.LABEL_MAP[e.label_])
            for e in doc.ents
            if e.label_ in models.LABEL_MAP
        }
        rows["model"].append((gold, raw))
        mentions, _ = recognise([EntityInput("s", text, "de", [(0, len(text))])])
        engine = {
            (m.start, m.end, m.label)
            for m in mentions[0]
            if not _inside_one_token(m.start, m.end, offsets)
        }
        rows["engine"].append((gold, engine))
    return rows


def seed_check() -> list[str]:
    from tui.core.sentences import sentences

    text = (ROOT / "seeds" / "000_14dfed328db5f783.txt").read_text(encoding="utf-8")
    marker = text.index("•") if text.lstrip().startswith("date") else 0
    ignored = ((0, marker),) if marker else ()
    item = EntityInput("seed", text, "de", sentences(text, "de", ignored), ignored)
    mentions, entities = recognise([item])
    by_id = {e.id: e for e in entities}
    found: dict[str, set[tuple[str, str]]] = {}
    for m in mentions[0]:
        found.setdefault(m.text, set()).add((m.label, by_id[m.entity].name))
    lines = []
    ok = True
    for name, label in SEED_NAMES.items():
        got = found.get(name, set())
        good = bool(got) and all(lab == label for lab, _ in got)
        ok &= good
        lines.append(f"  {'ok ' if good else 'BAD'} {name:16} expected {label}, got {sorted(got)}")
    for group in SEED_SAME_ENTITY:
        names = {n for g in group for _, n in found.get(g, set())}
        good = len(names) == 1
        ok &= good
        lines.append(f"  {'ok ' if good else 'BAD'} one entity for {', '.join(group)}: {names}")
    for noun in SEED_NOT_NAMES:
        good = not any(noun in m.text for m in mentions[0])
        ok &= good
        lines.append(f"  {'ok ' if good else 'BAD'} {noun} is no entity")
    lines.insert(0, f"seed check: {'PASS' if ok else 'FAIL'}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--model", type=Path, help="a spaCy model folder (default: as at run time)")
    parser.add_argument(
        "--split",
        choices=("held_out", "dev"),
        default="held_out",
        help="dev: the GermEval dev sentences, for developing rules (held_out is for reporting)",
    )
    args = parser.parse_args()
    if not (args.data / "ner/de/germeval2014").is_dir():
        raise SystemExit(f"GermEval data not found under {args.data} (use --data)")
    if args.model:
        candidate = models.Candidate(str(args.model), "path", f"model at {args.model}")
        models.choose = lambda lang, c=candidate: c if lang == "de" else None  # type: ignore[assignment]
    chosen = models.choose("de")
    if chosen is None:
        raise SystemExit("no German model available")
    started = time.perf_counter()
    nlp = models.load(chosen)
    load_seconds = time.perf_counter() - started
    held_out = corpora.germeval_split(args.data)[args.split]
    print(f"model: {chosen.name} (spaCy import and model load: {load_seconds:.2f} s)")
    what = "held-out (last of the official test split)" if args.split == "held_out" else "dev"
    print(f"GermEval sentences: {len(held_out)} {what}")
    started = time.perf_counter()
    rows = evaluate(held_out, nlp)
    seconds = time.perf_counter() - started
    for name, pairs in rows.items():
        print(f"\n{name}:   {'P':>6} {'R':>6} {'F':>6}")
        for label, (p, r, f) in score(pairs).items():
            print(f"  {label:5} {p:6.1f} {r:6.1f} {f:6.1f}")
    print(f"\n({seconds:.1f} s for both passes)\n")
    print("\n".join(seed_check()))


if __name__ == "__main__":
    main()
