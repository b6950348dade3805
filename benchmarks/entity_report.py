"""List the entity errors on the event benchmark (``../shared/data/events``), per article.

    python benchmarks/entity_report.py [--data ../shared/data] [--lang de|en]
        [--article SUBSTRING]

For each article: the output (text, label) pairs that match no gold entity (``wrong``), the
gold entities no output matches (``missed``), and the **wrong merges**: one output entity
whose mentions name two different gold entities. Matching follows ``event_eval.py``
(name or alias, label or an alternative label; optional entities ignored). Every figure it
prints is a development figure.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tui.core.analysis import analyse
from tui.core.documents import read_inputs
from tui.core.model import DocumentAnalysis


def wrong_merges(gold: dict, item: DocumentAnalysis) -> list[tuple[str, list[str]]]:
    """Output entities whose mention texts belong to more than one gold entity."""
    owner: dict[str, set[str]] = defaultdict(set)
    for entry in gold["entities"]:
        for name in (entry["name"], *entry.get("aliases", [])):
            owner[name.lower()].add(entry["name"])
    texts: dict[str, set[str]] = defaultdict(set)
    for mention in item.mentions:
        texts[mention.entity].add(mention.text)
    out = []
    for entity, names in texts.items():
        golds = [owner[t.lower()] for t in names if t.lower() in owner]
        # A text that several gold entries share says nothing about a merge.
        distinct = {next(iter(g)) for g in golds if len(g) == 1}
        if len(distinct) > 1:
            out.append((entity, sorted(distinct)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=str(Path(__file__).resolve().parents[2] / "shared/data"))
    parser.add_argument("--lang", choices=("de", "en"))
    parser.add_argument("--article")
    args = parser.parse_args()
    folder = Path(args.data) / "events"
    gold_all = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    names = sorted(k for k in gold_all if not k.startswith("_"))
    names = [n for n in names if not args.lang or gold_all[n]["lang"] == args.lang]
    names = [n for n in names if not args.article or args.article in n]
    merges = 0
    for name in names:
        gold = gold_all[name]
        read = read_inputs([str(folder / gold["lang"] / name)])
        if read.errors or len(read.documents) != 1:
            raise SystemExit(f"{name}: cannot read: {read.errors}")
        item = analyse(read.documents, lang=gold["lang"]).documents[0]
        optional = {n.lower() for n in gold.get("optional_entities", [])}
        entries = [
            (
                {e["name"].lower(), *(a.lower() for a in e.get("aliases", []))},
                {e["label"], *e.get("alt_labels", [])},
                e,
            )
            for e in gold["entities"]
        ]
        outputs = {(m.text, m.label) for m in item.mentions if m.text.lower() not in optional}
        wrong = sorted(
            f"{t} {lab}"
            for t, lab in outputs
            if not any(t.lower() in n and lab in ls for n, ls, _ in entries)
        )
        missed = sorted(
            f"{e['name']} {e['label']}"
            for n, ls, e in entries
            if not any(t.lower() in n and lab in ls for t, lab in outputs)
        )
        bad = wrong_merges(gold, item)
        merges += len(bad)
        print(f"== {name}")
        print("  wrong:  " + " | ".join(wrong))
        print("  missed: " + " | ".join(missed))
        for entity, golds in bad:
            print(f"  WRONG MERGE {entity}: {' + '.join(golds)}")
    print(f"wrong merges: {merges}")


if __name__ == "__main__":
    main()
