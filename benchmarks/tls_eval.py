"""Timeline summarisation (TLS) on Timeline17 (``../shared/data/tls/t17``): key dates and
their sentences against the journalists' reference timelines.

    python benchmarks/tls_eval.py [--data ../shared/data/tls/t17] [--store /tmp/t17.sqlite3]
        [--topic SUBSTRING] [--jobs N] [--frozen DIR]

The standard protocol (news-tls, ``experiments/evaluate.py``): for each reference timeline,
the topic's articles published inside the span, the span being the reference's first and
last date; N = the number of reference dates; K = the mean number of sentences per
reference date, rounded. Scores:

* **Date-F1**: the set of summary dates against the reference's;
* **ROUGE-1/2 F1, concatenated**: every summary sentence against every reference sentence;
* **agreement ROUGE-1/2 F1**: n-grams count as matched only on dates both timelines have
  (precision over all summary n-grams, recall over all reference n-grams).

ROUGE uses rouge-score's tokeniser with the Porter stemmer (``pip install '.[bench]'``);
the n-gram counting is written out here, since rouge-score has no agreement variant (an
n-gram never spans two sentences, as in ROUGE-1.5.5; ROUGE-1 equals rouge-score's). The
published figures of news-tls (Table 4, all 17 topics) use alignment ROUGE (tilse), a
close relative of agreement ROUGE; compare with care.

Baselines in the same run: **count** ranks the days by the number of articles with an event
on that day (its sentences chosen by the same centroid and MMR selection as ``timeline
summary``'s, without the weight of story events), **lead** keeps
``timeline summary``'s dates and takes the first sentences of each day's first article, and
**count+lead** both. Each topic is analysed once into the analysis store (``--store``), so a
second run reads it back. ``--frozen DIR`` also keeps each topic's analysis as a pickle in
DIR and reads it from there next time: seconds instead of minutes, for iterating on the
summary step only (tui/core/stories); it goes stale when the analyser changes, so delete DIR
then. Every figure it prints is a development figure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import pickle
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path

# Measure the checkout this script belongs to, whatever ``tui`` is installed.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rouge_score.tokenizers import DefaultTokenizer

from tui.core.analysis import analyse
from tui.core.documents import read_inputs
from tui.core.model import Analysis
from tui.core.stories import build_stories, corpus_of, summarise
from tui.core.stories.corpus import Corpus
from tui.core.stories.model import Stories, Summary
from tui.core.stories.salience import day_evidence
from tui.core.stories.selection import SelectionRule, select_sentences

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "tls" / "t17"
DEFAULT_STORE = Path("/tmp/t17.sqlite3")
#: Published figures on all of Timeline17 (news-tls, ACL 2020, Table 4): Date-F1 and
#: alignment ROUGE-1 / ROUGE-2.
PUBLISHED = {"DATEWISE": (0.544, 0.120, 0.035), "CLUST": (0.407, 0.082, 0.020)}

#: A timeline: date -> its sentences.
Timeline = dict[dt.date, list[str]]

_TOKENISER = DefaultTokenizer(use_stemmer=True)


@dataclass(frozen=True, slots=True)
class Reference:
    topic: str
    name: str
    timeline: Timeline

    @property
    def span(self) -> tuple[dt.date, dt.date]:
        return (min(self.timeline), max(self.timeline))

    @property
    def dates(self) -> int:
        return len(self.timeline)

    @property
    def sentences(self) -> int:
        total = sum(len(s) for s in self.timeline.values())
        return max(1, round(total / len(self.timeline)))


@dataclass(frozen=True, slots=True)
class Scores:
    date_f1: float
    concat_r1: float
    concat_r2: float
    agree_r1: float
    agree_r2: float

    @staticmethod
    def mean(scores: Sequence[Scores]) -> Scores:
        n = max(len(scores), 1)
        return Scores(*(sum(getattr(s, f.name) for s in scores) / n for f in fields(Scores)))


# --- data -----------------------------------------------------------------------------


def references(topic: Path) -> list[Reference]:
    out = []
    for path in sorted((topic / "timelines").glob("*.json")):
        entries = json.loads(path.read_text(encoding="utf-8"))
        timeline = {dt.date.fromisoformat(e["date"][:10]): list(e["sentences"]) for e in entries}
        out.append(Reference(topic.name, path.stem, timeline))
    return out


def analysed(topic: Path, store: Path | None, jobs: int, frozen: Path | None = None) -> Analysis:
    """The topic's analysis: from ``frozen`` if it holds it, else analysed (or read from the
    store) and, with ``frozen``, kept there."""
    kept = frozen / f"{topic.name}.pickle" if frozen is not None else None
    if kept is not None and kept.is_file():
        with kept.open("rb") as stream:
            loaded: Analysis = pickle.load(stream)
        return loaded
    read = read_inputs([str(topic / "articles.jsonl")])
    analysis = analyse(read.documents, jobs=jobs, store=store)
    if kept is not None:
        kept.parent.mkdir(parents=True, exist_ok=True)
        partial = kept.with_suffix(".partial")
        with partial.open("wb") as stream:
            pickle.dump(analysis, stream, protocol=pickle.HIGHEST_PROTOCOL)
        partial.replace(kept)
    return analysis


def within(analysis: Analysis, span: tuple[dt.date, dt.date]) -> Analysis:
    """The analysis of the articles published inside ``span`` (the protocol's input)."""
    start, end = (d.isoformat() for d in span)
    kept = [
        item
        for item in analysis.documents
        if item.document.dct is not None and start <= item.document.dct[:10] <= end
    ]
    ids = {item.document.id for item in kept}
    return Analysis(
        documents=kept,
        entities=analysis.entities,
        events=[e for e in analysis.events if e.document in ids],
    )


# --- scores ---------------------------------------------------------------------------


def date_f1(system: Timeline, reference: Timeline) -> float:
    hits = len(set(system) & set(reference))
    if not hits:
        return 0.0
    precision, recall = hits / len(system), hits / len(reference)
    return 2 * precision * recall / (precision + recall)


@cache
def _tokens(sentence: str) -> tuple[str, ...]:
    # Stemming is most of the cost of a score, and a tuning grid scores the same sentences
    # again and again.
    return tuple(_TOKENISER.tokenize(sentence))


def _ngrams(sentences: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    counts: Counter[tuple[str, ...]] = Counter()
    for sentence in sentences:
        tokens = _tokens(sentence)
        counts.update(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return counts


def _f1(overlap: int, system: int, reference: int) -> float:
    if not overlap:
        return 0.0
    precision, recall = overlap / system, overlap / reference
    return 2 * precision * recall / (precision + recall)


def concat_rouge(system: Timeline, reference: Timeline, n: int) -> float:
    ours = _ngrams([s for d in sorted(system) for s in system[d]], n)
    theirs = _ngrams([s for d in sorted(reference) for s in reference[d]], n)
    return _f1(sum((ours & theirs).values()), sum(ours.values()), sum(theirs.values()))


def agreement_rouge(system: Timeline, reference: Timeline, n: int) -> float:
    ours = {d: _ngrams(s, n) for d, s in system.items()}
    theirs = {d: _ngrams(s, n) for d, s in reference.items()}
    overlap = sum(sum((ours[d] & theirs[d]).values()) for d in set(ours) & set(theirs))
    return _f1(
        overlap,
        sum(sum(c.values()) for c in ours.values()),
        sum(sum(c.values()) for c in theirs.values()),
    )


def score(system: Timeline, reference: Timeline) -> Scores:
    return Scores(
        date_f1(system, reference),
        concat_rouge(system, reference, 1),
        concat_rouge(system, reference, 2),
        agreement_rouge(system, reference, 1),
        agreement_rouge(system, reference, 2),
    )


# --- systems --------------------------------------------------------------------------

#: A system: (the analysis of the span's articles, its corpus and stories, the reference)
#: -> a timeline.
System = Callable[[Analysis, Corpus, Stories, Reference], Timeline]


def as_timeline(summary: Summary) -> Timeline:
    return {d.date: [s.text for s in d.sentences] for d in summary.dates}


def ours(
    analysis: Analysis,
    corpus: Corpus,
    stories: Stories,
    ref: Reference,
    rule: SelectionRule | None = None,
) -> Timeline:
    start, end = ref.span
    summary = summarise(
        analysis,
        dates=ref.dates,
        sentences=ref.sentences,
        start=start,
        end=end,
        stories=stories,
        corpus=corpus,
        rule=rule,
    )
    return as_timeline(summary)


def _count_days(corpus: Corpus, ref: Reference) -> list[dt.date]:
    days = day_evidence(list(corpus.events), corpus.published, None, *ref.span)
    ranked = sorted(days.values(), key=lambda d: (-len(d.articles), d.day))
    return [d.day for d in ranked[: ref.dates]]


def count(
    analysis: Analysis,
    corpus: Corpus,
    stories: Stories,
    ref: Reference,
    rule: SelectionRule | None = None,
) -> Timeline:
    days = day_evidence(list(corpus.events), corpus.published, None, *ref.span)
    return {
        day: [
            s.text
            for s in select_sentences(
                days[day].events,
                corpus.vector,
                ref.sentences,
                topic=corpus.topic,
                position=corpus.position,
                rule=rule,
            )
        ]
        for day in _count_days(corpus, ref)
    }


def _lead(analysis: Analysis, corpus: Corpus, day: dt.date, k: int) -> list[str]:
    """The first ``k`` sentences of the first article published on ``day``; failing one, of
    the first article with an event on that day, its first sentences of that day."""
    for item in analysis.documents:
        if corpus.published.get(item.document.id) == day:
            text = item.document.text
            return [text[a:b] for a, b in item.sentences[:k]]
    for event in analysis.events:
        if event.date.precision == "day" and event.date.earliest == day:
            first = event.document
            texts: list[str] = []
            for e in analysis.events:
                same_day = e.date.precision == "day" and e.date.earliest == day
                if e.document == first and same_day and e.text not in texts:
                    texts.append(e.text)
            return texts[:k]
    return []


def lead(analysis: Analysis, corpus: Corpus, stories: Stories, ref: Reference) -> Timeline:
    return {
        day: _lead(analysis, corpus, day, ref.sentences)
        for day in ours(analysis, corpus, stories, ref)
    }


def count_lead(analysis: Analysis, corpus: Corpus, stories: Stories, ref: Reference) -> Timeline:
    return {day: _lead(analysis, corpus, day, ref.sentences) for day in _count_days(corpus, ref)}


SYSTEMS: dict[str, System] = {
    "timeline": ours,
    "count": count,
    "lead": lead,
    "count+lead": count_lead,
}


# --- the run --------------------------------------------------------------------------


def topics(data: Path, only: str | None = None) -> list[Path]:
    """The topic folders of ``data`` (those with articles), ``only`` those naming it."""
    found = sorted(p for p in data.iterdir() if (p / "articles.jsonl").is_file())
    return [p for p in found if not only or only in p.name]


def evaluate(
    data: Path, store: Path | None, jobs: int, only: str | None, frozen: Path | None = None
) -> dict[str, list[tuple[Reference, Scores]]]:
    results: dict[str, list[tuple[Reference, Scores]]] = {name: [] for name in SYSTEMS}
    for topic in topics(data, only):
        started = time.perf_counter()
        full = analysed(topic, store, jobs, frozen)
        loaded = time.perf_counter() - started
        for ref in references(topic):
            analysis = within(full, ref.span)
            started = time.perf_counter()
            corpus = corpus_of(analysis)
            stories = build_stories(analysis, corpus=corpus)
            for name, system in SYSTEMS.items():
                timeline = system(analysis, corpus, stories, ref)
                if name == "timeline":
                    took = time.perf_counter() - started
                results[name].append((ref, score(timeline, ref.timeline)))
            print(
                f"# {topic.name}/{ref.name}: {len(analysis.documents)} articles,"
                f" {len(analysis.events)} events, {len(stories.stories)} story events;"
                f" analysis read in {loaded:.1f} s, summary (stories included) {took:.2f} s",
                file=sys.stderr,
            )
    return results


def report(results: dict[str, list[tuple[Reference, Scores]]]) -> None:
    header = f"{'timeline':<40} {'system':<11} {'Date-F1':<6} {'R1c':<6} {'R2c':<6} R1agr  R2agr"
    print(header)
    for index in range(len(results["timeline"])):
        for name, rows in results.items():
            ref, s = rows[index]
            label = f"{ref.topic}/{ref.name}" if name == "timeline" else ""
            print(f"{label:<40} {name:<11} {_row(s)}")
    print()
    print(f"{'mean over ' + str(len(results['timeline'])) + ' timelines':<40}")
    for name, rows in results.items():
        print(f"{'':<40} {name:<11} {_row(Scores.mean([s for _, s in rows]), 4)}")
    for name, (f1, r1, r2) in PUBLISHED.items():
        print(f"{'published (all T17, alignment ROUGE)':<40} {name:<11}"
              f" {f1:<6.3f} {'-':<6} {'-':<6} {r1:<6.3f} {r2:<6.3f}")  # fmt: skip


def _row(s: Scores, digits: int = 3) -> str:
    values = (s.date_f1, s.concat_r1, s.concat_r2, s.agree_r1, s.agree_r2)
    return " ".join(f"{v:<6.{digits}f}" for v in values).rstrip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--store", type=Path, default=DEFAULT_STORE)
    parser.add_argument("--no-store", action="store_true")
    parser.add_argument("--topic", help="only the topics whose folder name has this in it")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--frozen", type=Path, help="keep and read analyses as pickles here")
    args = parser.parse_args()
    store = None if args.no_store else args.store
    report(evaluate(args.data, store, args.jobs, args.topic, args.frozen))


if __name__ == "__main__":
    main()
