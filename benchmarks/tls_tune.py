"""How the sentence-selection rule of ``timeline summary`` was chosen, and how far to trust
it: a grid over :class:`~tui.core.stories.SelectionRule` on the Timeline17 development
timelines, with a leave-one-topic-out figure.

    python benchmarks/tls_tune.py [--data ../shared/data/tls/t17] [--store /tmp/t17.sqlite3]
        [--frozen DIR]

For every rule of the grid it scores ``timeline summary`` and the count baseline (which
shares the selection, see tls_eval.py) on every reference timeline. It prints the rules
that score best on all timelines (the objective: the sum of the four ROUGE figures), then
the honest figure: for each topic (BP oil spill, H1N1, ...: the part of a folder's name
before its first ``_``; a topic's timelines from different newspapers share their story),
the rule chosen on the other topics, scored on that one. Every figure is a development
figure.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tls_eval import (
    DEFAULT_DATA,
    DEFAULT_STORE,
    Reference,
    Scores,
    _row,
    analysed,
    count,
    references,
    score,
    topics,
    within,
)
from tls_eval import ours as summary_of

from tui.core.model import Analysis
from tui.core.stories import SelectionRule, build_stories, corpus_of
from tui.core.stories.corpus import Corpus
from tui.core.stories.model import Stories

#: The values tried for each field of the rule; the grid is their product.
GRID: dict[str, tuple[float | int, ...]] = {
    "story_bonus": (0.0, 0.3),
    "topic_pull": (0.0, 0.6),
    "lead_bonus": (0.0, 0.3),
}

Case = tuple[Reference, Analysis, Corpus, Stories]


def rules() -> list[SelectionRule]:
    base = SelectionRule()
    names = list(GRID)
    return [
        replace(base, **dict(zip(names, values, strict=True)))
        for values in itertools.product(*(GRID[n] for n in names))
    ]


def ours(case: Case, rule: SelectionRule) -> Scores:
    ref, analysis, corpus, stories = case
    return score(summary_of(analysis, corpus, stories, ref, rule), ref.timeline)


def baseline(case: Case, rule: SelectionRule) -> Scores:
    ref, analysis, corpus, stories = case
    return score(count(analysis, corpus, stories, ref, rule), ref.timeline)


def objective(scores: list[Scores]) -> float:
    mean = Scores.mean(scores)
    return mean.concat_r1 + mean.concat_r2 + mean.agree_r1 + mean.agree_r2


def topic_of(case: Case) -> str:
    return case[0].topic.split("_")[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--store", type=Path, default=DEFAULT_STORE)
    parser.add_argument("--frozen", type=Path, help="analyses kept as pickles (tls_eval.py)")
    parser.add_argument("--topic", help="only the topics whose folder name has this in it")
    args = parser.parse_args()
    cases: list[Case] = []
    for topic in topics(args.data, args.topic):
        full = analysed(topic, args.store, 1, args.frozen)
        for ref in references(topic):
            analysis = within(full, ref.span)
            corpus = corpus_of(analysis)
            cases.append((ref, analysis, corpus, build_stories(analysis, corpus=corpus)))
    grid = rules()
    ours_by = [[ours(case, rule) for case in cases] for rule in grid]
    count_by = [[baseline(case, rule) for case in cases] for rule in grid]
    ranked = sorted(range(len(grid)), key=lambda i: -objective(ours_by[i]))
    print(f"{'rule':<64} {'system':<8} Date-F1 R1c    R2c    R1agr  R2agr")
    for i in [*ranked[:5], grid.index(SelectionRule())]:
        label = _label(grid[i])
        print(f"{label:<64} {'timeline':<8} {_row(Scores.mean(ours_by[i]), 4)}")
        print(f"{'':<64} {'count':<8} {_row(Scores.mean(count_by[i]), 4)}")
    held_ours: list[Scores] = [Scores(0, 0, 0, 0, 0)] * len(cases)
    held_count: list[Scores] = list(held_ours)
    print("\nleave one topic out: the rule chosen without the topic, scored on it")
    for left in sorted({topic_of(c) for c in cases}):
        inside = [j for j, c in enumerate(cases) if topic_of(c) != left]
        best = max(range(len(grid)), key=lambda i: objective([ours_by[i][j] for j in inside]))
        for j, case in enumerate(cases):
            if topic_of(case) == left:
                held_ours[j], held_count[j] = ours_by[best][j], count_by[best][j]
        print(f"  {left:<10} {_label(grid[best])}")
    print(f"{'held out, mean over ' + str(len(cases)) + ' timelines':<64} {'timeline':<8}"
          f" {_row(Scores.mean(held_ours), 4)}")  # fmt: skip
    print(f"{'':<64} {'count':<8} {_row(Scores.mean(held_count), 4)}")


def _label(rule: SelectionRule) -> str:
    return " ".join(f"{name}={getattr(rule, name)}" for name in GRID)


if __name__ == "__main__":
    main()
