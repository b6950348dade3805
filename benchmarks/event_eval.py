"""Score dated events and named entities on the event benchmark (``../shared/data/events``).

    python benchmarks/event_eval.py [--data ../shared/data] [--lang de|en] [--misses]
        [--spurious] [--titles] [--article SUBSTRING]

Each article is read the way ``timeline`` reads a ``.txt`` file and analysed on its own
(news genre). The scoring is the convention of the benchmark's README:

* dates are intervals of days (year, month, day, ISO week, weekend, quarter, half, season;
  ``A/B`` from the start of A to the end of B);
* a gold event is **found** when an output event comes from a sentence that contains the
  gold cue and its date equals the gold date (**exact**) or one interval contains the other
  (**compatible**);
* **precision proxy**: the share of output events whose date interval contains, or lies in,
  the date of a gold event whose cue is in the same sentence; events in sentences without a
  gold cue count as unmatched;
* **entities**: distinct (text, label) pairs per article, outputs equal to an optional entity
  dropped, a match on the name or an alias with the label or an alternative label; counts
  summed over the articles (micro average).

Besides the convention's figures it counts **merges** (an output event whose sentences hold
the cues of several gold events) and **splits** (a gold event found by several output
events), and lists the misses (``--misses``) and the unmatched output events
(``--spurious``) so that rule work can be steered by them. The gold is a reader's, read
only: nothing here edits it. Every figure it prints is a development figure.

``--titles`` lists the event titles that lose their sentence's main verb (its finite form
and, in German, the words that end its clause, as ``tui.core.events.titles.main_verb`` finds them)
without a "…" at the cut, and counts them; it counts too the titles that lose it with a
"…" and the sentences in which no verb is found.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

# Measure the checkout this script belongs to, whatever ``tui`` is installed.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tui.core.analysis import analyse
from tui.core.documents import read_inputs
from tui.core.events.titles import keeps_main_verb, main_verb
from tui.core.model import DocumentAnalysis, Event

Interval = tuple[dt.date, dt.date]

# The scoring convention's own reading of date values, kept apart from the tagger's value
# model so that a fault there cannot make system and gold agree by accident.
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
_VALUE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2}))?|W(?P<w>\d{2})(?P<we>-WE)?"
    r"|Q(?P<q>[1-4])|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?"
    r"(?:T[\w:]+)?$"  # a time of day lies in its day
)


def _months(year: int, first: int, last: int) -> Interval:
    """From the first day of month ``first`` to the last of ``last`` (13 = next January)."""
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    end = dt.date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
    return dt.date(year, first, 1), end


def gold_interval(value: str) -> Interval:
    """The days a gold date covers; raises ValueError for a value outside the convention."""
    if "/" in value:
        first, _, last = value.partition("/")
        return gold_interval(first)[0], gold_interval(last)[1]
    m = _VALUE.match(value)
    if m is None:
        raise ValueError(f"not a date value of the convention: {value!r}")
    year = int(m["y"])
    if m["d"]:
        day = dt.date(year, int(m["m"]), int(m["d"]))
        return day, day
    if m["m"]:
        return _months(year, int(m["m"]), int(m["m"]))
    if m["w"]:
        monday = dt.date.fromisocalendar(year, int(m["w"]), 1)
        if m["we"]:
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        return monday, monday + dt.timedelta(days=6)
    if m["q"]:
        q = int(m["q"])
        return _months(year, 3 * q - 2, 3 * q)
    if m["h"]:
        h = int(m["h"])
        return _months(year, 6 * h - 5, 6 * h)
    if m["s"]:
        return _months(year, *_SEASON_MONTHS[m["s"]])
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def compatible(a: Interval, b: Interval) -> bool:
    """One interval contains the other."""
    return (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])


@dataclass(slots=True)
class GoldEvent:
    date: str
    cue: str
    interval: Interval
    span: tuple[int, int]  # where the cue stands in the article
    sentence: tuple[int, int] = (0, 0)  # the sentence that holds it


@dataclass(slots=True)
class ArticleScore:
    name: str
    lang: str
    gold: int = 0
    found_exact: int = 0
    found_compatible: int = 0
    output: int = 0
    output_matched: int = 0
    merges: int = 0
    splits: int = 0
    entity_output: int = 0
    entity_matched: int = 0
    entity_gold: int = 0
    entity_found: int = 0
    misses: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)


def _sentence_of(sentences: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``start:end``, or the smallest run of sentences that does."""
    first = next((s for s in sentences if s[0] <= start < s[1]), None)
    last = next((s for s in sentences if s[0] < end <= s[1]), None)
    if first is None or last is None:
        return start, end
    return first[0], last[1]


def _event_sentences(item: DocumentAnalysis, event: Event) -> tuple[int, int]:
    """The sentences an output event comes from (a part of a sentence comes from all of it)."""
    return _sentence_of(item.sentences, event.start, event.end)


def _interval(event: Event) -> Interval:
    return event.date.earliest, event.date.latest


def _exact(event: Event, gold: GoldEvent) -> bool:
    """The same date: the value's own interval. The convention leaves modifiers out of
    its values ("seit 1950" is 1950, "Anfang des Jahres" the year), so a modifier on the
    output's value (START, AFTER, ON_OR_BEFORE ...) is not compared either."""
    try:
        return gold_interval(event.date.value) == gold.interval
    except ValueError:  # a vague reference, a decade: never one of the gold's dates
        return False


def _short(text: str, width: int = 110) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def score_article(
    name: str, gold: dict, item: DocumentAnalysis, events: list[Event]
) -> ArticleScore:
    text = item.document.text
    result = ArticleScore(name, gold["lang"])
    golds: list[GoldEvent] = []
    for entry in gold["events"]:
        at = text.find(entry["cue"])
        if at < 0 or text.find(entry["cue"], at + 1) >= 0:
            raise SystemExit(f"{name}: cue {entry['cue']!r} is not unique in the article")
        span = (at, at + len(entry["cue"]))
        golds.append(
            GoldEvent(
                entry["date"],
                entry["cue"],
                gold_interval(entry["date"]),
                span,
                _sentence_of(item.sentences, *span),
            )
        )
    result.gold = len(golds)
    result.output = len(events)

    def holds(sentence: tuple[int, int], g: GoldEvent) -> bool:
        return sentence[0] <= g.span[0] and g.span[1] <= sentence[1]

    found_by: dict[int, int] = defaultdict(int)
    for event in events:
        sentence = _event_sentences(item, event)
        cued = [i for i, g in enumerate(golds) if holds(sentence, g)]
        if len(cued) > 1:
            result.merges += 1
        matched = [i for i in cued if compatible(_interval(event), golds[i].interval)]
        if matched:
            result.output_matched += 1
        else:
            why = (
                "no gold cue in its sentence"
                if not cued
                else ("gold " + ", ".join(golds[i].date for i in cued))
            )
            result.spurious.append(
                f"{event.date.value:>14} ({event.anchor}) {_short(event.text)}  [{why}]"
            )
        for i in matched:
            found_by[i] += 1
    for i, g in enumerate(golds):
        sentence_events = [e for e in events if holds(_event_sentences(item, e), g)]
        if any(compatible(_interval(e), g.interval) for e in sentence_events):
            result.found_compatible += 1
        if any(_exact(e, g) for e in sentence_events):
            result.found_exact += 1
            continue
        got = ", ".join(f"{e.date.value} ({e.anchor})" for e in sentence_events) or "no event"
        kind = "compatible" if found_by[i] else "missed"
        sentence = text[g.sentence[0] : g.sentence[1]]
        result.misses.append(f"{kind:>10}: gold {g.date:<12} got {got:<28} {_short(sentence)}")
    result.splits = sum(1 for n in found_by.values() if n > 1)
    _score_entities(result, gold, item)
    return result


def _score_entities(result: ArticleScore, gold: dict, item: DocumentAnalysis) -> None:
    optional = {name.lower() for name in gold.get("optional_entities", [])}
    outputs = {(m.text, m.label) for m in item.mentions if m.text.lower() not in optional}
    entries = []
    for entry in gold["entities"]:
        names = {entry["name"].lower(), *(a.lower() for a in entry.get("aliases", []))}
        labels = {entry["label"], *entry.get("alt_labels", [])}
        entries.append((names, labels))
    result.entity_gold = len(entries)
    result.entity_output = len(outputs)
    result.entity_matched = sum(
        1 for text, label in outputs if any(text.lower() in n and label in ls for n, ls in entries)
    )
    result.entity_found = sum(
        1
        for names, labels in entries
        if any(t.lower() in names and lab in labels for t, lab in outputs)
    )


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _row(label: str, scores: list[ArticleScore]) -> str:
    gold = sum(s.gold for s in scores)
    output = sum(s.output for s in scores)
    p = _ratio(sum(s.entity_matched for s in scores), sum(s.entity_output for s in scores))
    r = _ratio(sum(s.entity_found for s in scores), sum(s.entity_gold for s in scores))
    return (
        f"{label:<34} {gold:>4} {output:>4} "
        f"{_ratio(sum(s.found_compatible for s in scores), gold):>6.2f} "
        f"{_ratio(sum(s.found_exact for s in scores), gold):>6.2f} "
        f"{_ratio(sum(s.output_matched for s in scores), output):>6.2f} "
        f"{output / max(len(scores), 1):>6.1f} "
        f"{sum(s.merges for s in scores):>5} {sum(s.splits for s in scores):>5} "
        f"{p:>5.2f} {r:>5.2f} {_f1(p, r):>5.2f}"
    )


def title_report(lang: str, events: list[Event]) -> tuple[list[str], int, int]:
    """The titles of ``events`` that lose their sentence's main verb without "…", and how
    many lose it with "…" and how many sentences have no verb found."""
    unmarked: list[str] = []
    marked = unknown = 0
    for event in events:
        if not main_verb(event.text, lang):
            unknown += 1
        elif not keeps_main_verb(event.title, event.text, lang):
            if "…" in event.title:
                marked += 1
            else:
                verb = " ".join(main_verb(event.text, lang))
                unmarked.append(f"[{verb}] {event.title}  <-  {_short(event.text, 160)}")
    return unmarked, marked, unknown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=str(Path(__file__).resolve().parents[2] / "shared/data"))
    parser.add_argument("--lang", choices=("de", "en"), help="score one language only")
    parser.add_argument("--article", help="score the articles whose name contains this")
    parser.add_argument("--misses", action="store_true", help="list the gold events not found")
    parser.add_argument("--spurious", action="store_true", help="list unmatched output events")
    parser.add_argument(
        "--titles", action="store_true", help="list titles that lose the main verb without '…'"
    )
    args = parser.parse_args()
    folder = Path(args.data) / "events"
    gold_all = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    names = sorted(k for k in gold_all if not k.startswith("_"))
    if args.lang:
        names = [n for n in names if gold_all[n]["lang"] == args.lang]
    if args.article:
        names = [n for n in names if args.article in n]
    scores: list[ArticleScore] = []
    titles: list[tuple[str, list[str]]] = []
    title_counts = [0, 0, 0, 0]  # events, lost without "…", lost with "…", no verb found
    for name in names:
        path = folder / gold_all[name]["lang"] / name
        read = read_inputs([str(path)])
        if read.errors or len(read.documents) != 1:
            raise SystemExit(f"{name}: cannot read {path}: {read.errors}")
        analysis = analyse(read.documents, lang=gold_all[name]["lang"])
        for warning in analysis.warnings:  # a missing or broken model empties the names
            print(f"{name}: warning: {warning}", file=sys.stderr)
        item = analysis.documents[0]
        scores.append(score_article(name, gold_all[name], item, analysis.events))
        if args.titles:
            unmarked, marked, unknown = title_report(gold_all[name]["lang"], analysis.events)
            titles.append((name, unmarked))
            title_counts[0] += len(analysis.events)
            title_counts[1] += len(unmarked)
            title_counts[2] += marked
            title_counts[3] += unknown
    header = (
        f"{'article':<34} {'gold':>4} {'out':>4} {'compat':>6} {'exact':>6} "
        f"{'prec':>6} {'ev/art':>6} {'merge':>5} {'split':>5} {'entP':>5} {'entR':>5} {'entF':>5}"
    )
    print(header)
    print("-" * len(header))
    for s in scores:
        print(_row(s.name.removesuffix(".txt")[:34], [s]))
    print("-" * len(header))
    for lang in ("de", "en"):
        part = [s for s in scores if s.lang == lang]
        if part:
            print(_row(f"all {lang} ({len(part)} articles)", part))
    print(_row(f"all ({len(scores)} articles)", scores))
    for s in scores:
        if args.misses and s.misses:
            print(f"\n{s.name}: not found exactly")
            print("\n".join("  " + line for line in s.misses))
        if args.spurious and s.spurious:
            print(f"\n{s.name}: output events matching no gold event")
            print("\n".join("  " + line for line in s.spurious))
    if args.titles:
        for name, lines in titles:
            if lines:
                print(f"\n{name}: titles without the main verb and without '…'")
                print("\n".join("  " + line for line in lines))
        events, unmarked_count, marked_count, unknown = title_counts
        print(
            f"\ntitles: {events} events, {unmarked_count} lose the main verb without '…', "
            f"{marked_count} lose it with '…', no verb found in {unknown} sentences"
        )


if __name__ == "__main__":
    main()
