"""How the sentence-selection rule and the day weights of ``timeline summary`` were chosen,
and how far to trust them: a grid over :class:`~tui.core.stories.SelectionRule` (or, with
``--days``, over :class:`~tui.core.stories.DayWeights`) on the Timeline17 development
timelines, with a leave-one-topic-out figure.

    python benchmarks/tls_tune.py [--data ../shared/data/tls/t17] [--store /tmp/t17.sqlite3]
        [--frozen DIR] [--days [--objective date|issue]]

For every rule of the grid it scores ``timeline summary`` and the count baseline (which
shares the selection, see tls_eval.py) on every reference timeline. It prints the rules
that score best on all timelines (the objective: the sum of the four ROUGE figures), then
the honest figure: for each topic (BP oil spill, H1N1, ...: the part of a folder's name
before its first ``_``; a topic's timelines from different newspapers share their story),
the rule chosen on the other topics, scored on that one. Every figure is a development
figure.

``--days`` does the same for the day ranking alone: every weighting of the grid picks the
days of every timeline (each day's sentences are chosen once, by the default rule), scored
against the count baseline (whose days have no parameter to fit); ``--objective date``
chooses the weights by Date-F1, ``--objective issue`` by Date-F1 plus the issue's ROUGE
figures (R1c, R2c, R1agr).
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

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
from tui.core.stories import DayWeights, SelectionRule, build_stories, corpus_of
from tui.core.stories.corpus import Corpus
from tui.core.stories.model import Stories
from tui.core.stories.salience import day_evidence, pick_days
from tui.core.stories.summary import day_sentences

#: The values tried for each field of the rule; the grid is their product.
GRID: dict[str, tuple[float | int, ...]] = {
    "story_bonus": (0.0, 0.3),
    "topic_pull": (0.0, 0.6),
    "lead_bonus": (0.0, 0.3),
}

#: The same for the day weights (``--days``); the weight of the number of articles stays
#: as it is, the others are measured against it.
DAY_GRID: dict[str, tuple[float | int, ...]] = {
    "story": (0.0, 1.0),
    "names": (0.0, 1.0, 2.0),
    "later": (0.0, 0.5),
    "radius": (1, 2, 3),
    "nearby": (0.0, 0.25, 0.5, 1.0),
    "central": (0.0, 1.5, 3.0, 6.0),
}

Case = tuple[Reference, Analysis, Corpus, Stories]
Rule = TypeVar("Rule", SelectionRule, DayWeights)


def product(base: Rule, grid: dict[str, tuple[float | int, ...]]) -> list[Rule]:
    """``base`` with every combination of the values of ``grid`` (field -> values)."""
    names = list(grid)
    return [
        replace(base, **dict(zip(names, values, strict=True)))  # type: ignore[arg-type]
        for values in itertools.product(*(grid[n] for n in names))
    ]


def rules() -> list[SelectionRule]:
    return product(SelectionRule(), GRID)


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


def held_out(cases: list[Case], by_rule: list[list[float]], default: int) -> list[int]:
    """For each case, the rule (its index) that scores best on the other topics' cases
    (``by_rule[rule][case]``: the case's share of the objective); prints each choice. A tie
    goes to the ``default`` rule, then to the first: nothing changes without a gain."""
    chosen = [0] * len(cases)
    for left in sorted({topic_of(c) for c in cases}):
        inside = [j for j, c in enumerate(cases) if topic_of(c) != left]

        def gain(i: int, inside: list[int] = inside) -> tuple[float, bool, int]:
            return (round(sum(by_rule[i][j] for j in inside), 9), i == default, -i)

        best = max(range(len(by_rule)), key=gain)
        for j, case in enumerate(cases):
            if topic_of(case) == left:
                chosen[j] = best
        print(f"  {left:<10} rule {best}")
    return chosen


def tune_selection(cases: list[Case]) -> None:
    grid = rules()
    ours_by = [[ours(case, rule) for case in cases] for rule in grid]
    count_by = [[baseline(case, rule) for case in cases] for rule in grid]
    ranked = sorted(range(len(grid)), key=lambda i: -objective(ours_by[i]))
    print(f"{'rule':<64} {'system':<8} Date-F1 R1c    R2c    R1agr  R2agr")
    for i in [*ranked[:5], grid.index(SelectionRule())]:
        label = f"{i}: {_label(grid[i], GRID)}"
        print(f"{label:<64} {'timeline':<8} {_row(Scores.mean(ours_by[i]), 4)}")
        print(f"{'':<64} {'count':<8} {_row(Scores.mean(count_by[i]), 4)}")
    print("\nleave one topic out: the rule chosen without the topic, scored on it")
    scores = [[objective([s]) for s in row] for row in ours_by]
    chosen = held_out(cases, scores, grid.index(SelectionRule()))
    held_ours = [ours_by[i][j] for j, i in enumerate(chosen)]
    held_count = [count_by[i][j] for j, i in enumerate(chosen)]
    print(f"{'held out, mean over ' + str(len(cases)) + ' timelines':<64} {'timeline':<8}"
          f" {_row(Scores.mean(held_ours), 4)}")  # fmt: skip
    print(f"{'':<64} {'count':<8} {_row(Scores.mean(held_count), 4)}")


#: What ``--days`` maximises: Date-F1 alone, or with the issue's ROUGE figures (concatenated
#: ROUGE-1 and -2, agreement ROUGE-1), since the days also decide which sentences are shown.
DAY_OBJECTIVES: dict[str, Callable[[Scores], float]] = {
    "date": lambda s: s.date_f1,
    "issue": lambda s: s.date_f1 + s.concat_r1 + s.concat_r2 + s.agree_r1,
}


def tune_days(cases: list[Case], objective_name: str = "date") -> None:
    grid = product(DayWeights(), DAY_GRID)
    objective = DAY_OBJECTIVES[objective_name]
    evidence = [
        day_evidence(list(corpus.events), corpus.published, stories, *ref.span)
        for ref, _, corpus, stories in cases
    ]
    # Every day's sentences once (they do not depend on the weights); this also sets how
    # central each day is.
    chosen_sentences = [
        day_sentences(days, corpus, stories, ref.sentences)
        for days, (ref, _, corpus, stories) in zip(evidence, cases, strict=True)
    ]

    def scored(weights: DayWeights, j: int) -> Scores:
        ref = cases[j][0]
        picked = pick_days(evidence[j], ref.dates, weights)
        timeline = {d.day: [s.text for s in chosen_sentences[j][d.day]] for d in picked}
        return score(timeline, ref.timeline)

    ours_by = [[scored(weights, j) for j in range(len(cases))] for weights in grid]
    counted = [baseline(case, SelectionRule()) for case in cases]
    by_rule = [[objective(s) for s in row] for row in ours_by]
    ranked = sorted(range(len(grid)), key=lambda i: -sum(by_rule[i]))
    print(f"objective: {objective_name}")
    print(f"{'day weights':<64} Date-F1 R1c    R2c    R1agr  R2agr")
    for i in [*ranked[:5], grid.index(DayWeights())]:
        label = f"{i}: {_label(grid[i], DAY_GRID)}"
        print(f"{label:<64} {_row(Scores.mean(ours_by[i]), 4)}")
    print(f"{'count baseline':<64} {_row(Scores.mean(counted), 4)}")
    print("\nleave one topic out: the weights chosen without the topic, scored on it")
    chosen = held_out(cases, by_rule, grid.index(DayWeights()))
    held = [ours_by[i][j] for j, i in enumerate(chosen)]
    print(f"{'held out':<64} {_row(Scores.mean(held), 4)}")
    print(f"{'count baseline':<64} {_row(Scores.mean(counted), 4)}")


def _mean(values: list[float]) -> float:
    return sum(values) / max(len(values), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--store", type=Path, default=DEFAULT_STORE)
    parser.add_argument("--frozen", type=Path, help="analyses kept as pickles (tls_eval.py)")
    parser.add_argument("--topic", help="only the topics whose folder name has this in it")
    parser.add_argument("--days", action="store_true", help="tune the day weights instead")
    parser.add_argument(
        "--objective",
        choices=sorted(DAY_OBJECTIVES),
        default="date",
        help="with --days: Date-F1 alone, or Date-F1 plus R1c, R2c and R1agr",
    )
    args = parser.parse_args()
    cases: list[Case] = []
    for topic in topics(args.data, args.topic):
        full = analysed(topic, args.store, 1, args.frozen)
        for ref in references(topic):
            analysis = within(full, ref.span)
            corpus = corpus_of(analysis)
            cases.append((ref, analysis, corpus, build_stories(analysis, corpus=corpus)))
    if args.days:
        tune_days(cases, args.objective)
    else:
        tune_selection(cases)


def _label(rule: object, grid: dict[str, tuple[float | int, ...]]) -> str:
    return " ".join(f"{name}={getattr(rule, name)}" for name in grid)


if __name__ == "__main__":
    main()
