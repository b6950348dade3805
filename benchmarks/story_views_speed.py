"""How long the explorer's story and key-dates views take on a real corpus, after the analysis:
the story worker (corpus vectors, story events, the story view's model), the key-dates summary
at the default number of dates and at one more (what ``+`` costs), and a search in the story
view. Uses a Timeline17 topic of ``../shared/data/tls/t17`` (development data).

    python benchmarks/story_views_speed.py bpoil_reuters --store /tmp/t17.sqlite3
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's tui

from tui.core.analysis import analyse
from tui.core.documents import read_inputs
from tui.core.stories import build_stories, corpus_of, summarise
from tui.core.view.timeline import TimelineModel

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "tls" / "t17"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("topic", help="a topic folder of the data, e.g. bpoil_reuters")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--store", type=Path, help="the analysis store (a second run is quick)")
    args = parser.parse_args()
    read = read_inputs([str(args.data / args.topic / "articles.jsonl")])
    analysis = analyse(read.documents, store=args.store)
    print(f"{len(analysis.documents)} articles, {len(analysis.events)} events")

    start = time.perf_counter()
    corpus = corpus_of(analysis)
    stories = build_stories(analysis, corpus=corpus)
    model = TimelineModel(analysis, stories=stories)
    print(f"story worker: {time.perf_counter() - start:.2f} s ({len(model.events)} story rows)")

    first = summarise(analysis, stories=stories, corpus=corpus)
    for dates in (None, len(first.dates) + 1):
        start = time.perf_counter()
        summary = summarise(analysis, dates=dates, stories=stories, corpus=corpus)
        took = time.perf_counter() - start
        print(f"key dates ({len(summary.dates)} dates): {took:.2f} s")

    start = time.perf_counter()
    for query in ("o", "oi", "oil"):
        model.set_query(query)
    took = (time.perf_counter() - start) * 1000 / 3
    print(f"story view search: {took:.0f} ms per keystroke ({model.visible_events} rows)")


if __name__ == "__main__":
    main()
