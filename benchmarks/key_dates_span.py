"""The key-dates view's default span on Timeline17: a reader opens a whole topic and asks for
its key dates without saying when; how much of the journalists' timelines does the default
span hold, and how many dates does it offer?

    python benchmarks/key_dates_span.py [--data ../shared/data/tls/t17] [--store PATH]
        [--frozen DIR] [--shares 0.8 0.9 0.95 1]

For each topic (all its articles, as ``timeline summary`` with no ``--from``/``--until``):
the span that holds a given share of the corpus's reports of a day (``dense_span``; share 1
is the corpus's first to last day), the number of dates the summary offers for it
(``default_dates``), and how many of the reference timelines' dates fall inside it. Every
figure it prints is a development figure (the Timeline17 development topics).
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

# Measure the checkout this script belongs to, whatever ``tui`` is installed.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from tls_eval import DEFAULT_DATA, DEFAULT_STORE, analysed, references, topics

from tui.core.stories.corpus import corpus_of
from tui.core.stories.salience import day_evidence
from tui.core.stories.summary import default_dates, dense_span


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--store", type=Path, default=DEFAULT_STORE)
    parser.add_argument("--frozen", type=Path, help="keep and read analyses as pickles here")
    parser.add_argument("--shares", type=float, nargs="+", default=[0.8, 0.9, 0.95, 1.0])
    args = parser.parse_args()
    inside = {share: 0 for share in args.shares}
    offered: dict[float, list[int]] = {share: [] for share in args.shares}
    total, asked = 0, []
    for topic in topics(args.data):
        analysis = analysed(topic, args.store, 1, args.frozen)
        corpus = corpus_of(analysis)
        days = day_evidence(list(corpus.events), corpus.published, None)
        refs = references(topic)
        total += sum(ref.dates for ref in refs)
        asked += [ref.dates for ref in refs]
        cells = []
        for share in args.shares:
            span = dense_span(days, share)
            if span is None:
                continue
            held = sum(span[0] <= day <= span[1] for ref in refs for day in ref.timeline)
            inside[share] += held
            offered[share].append(default_dates(*span))
            cells.append(f"{share:g}: {span[0]}..{span[1]} {default_dates(*span)} dates, {held}")
        print(f"{topic.name} ({len(analysis.documents)} articles): " + "; ".join(cells))
    median = statistics.median(asked)
    print(f"reference dates: {total}; dates per reference timeline, median {median}")
    for share in args.shares:
        print(
            f"share {share:g}: reference dates inside {inside[share]}/{total}"
            f" ({inside[share] / max(total, 1):.1%}); dates offered, median"
            f" {statistics.median(offered[share]) if offered[share] else 0}"
        )


if __name__ == "__main__":
    main()
