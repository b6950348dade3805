"""How does a corpus scale? ``extract`` on generated corpora, one core against all, from the
analysis store, and the explorer until its timeline is shown.

    python benchmarks/corpus_scale.py [--articles 1000 5000] [--jobs 2] [--tui]

For each corpus size (articles from benchmarks/synthetic_corpus.py, about 2,600 characters):

1. ``extract --format jsonl`` with ``--jobs 1`` and ``--jobs N``, without the store,
   alternated, reported side by side and as a ratio (wall time, CPU time of the process and
   its workers, peak memory of the whole process tree: the sum of its processes'
   proportional sizes (PSS: a page shared by processes divided among them), which is what
   the tree takes of the machine's memory, and the sum of their resident sizes (RSS), which
   counts a page the workers share with the process they are forked from in each of them);
2. the same with a fresh store (first run), then again (second run, from the store);
3. with ``--tui``: the explorer (headless, Textual's test driver) until the timeline is shown,
   with an empty store and again.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic_corpus import write

REPO = Path(__file__).resolve().parents[1]


@dataclass
class Run:
    wall: float
    cpu: float
    peak_mb: float  # summed resident size (RSS)
    peak_pss_mb: float  # summed proportional size (PSS)


def _tree(pid: int) -> list[int]:
    pids, queue = [], [pid]
    while queue:
        current = queue.pop()
        pids.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    queue.extend(int(child) for child in handle.read().split())
        except OSError:
            pass
    return pids


def _sizes_kb(pid: int) -> tuple[int, int]:
    """The resident and the proportional size of process ``pid`` (0, 0 once it is gone)."""
    sizes = {"Rss:": 0, "Pss:": 0}
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                name, value, *_ = line.split()
                if name in sizes:
                    sizes[name] = int(value)
    except (OSError, ValueError):
        pass
    return sizes["Rss:"], sizes["Pss:"]


def measure(command: list[str]) -> Run:
    """Wall time, CPU time (children included) and the peak summed RSS and PSS of the
    process tree."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL)
    peak = peak_pss = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak, peak_pss
        while not done.is_set():
            sizes = [_sizes_kb(pid) for pid in _tree(process.pid)]
            peak = max(peak, sum(rss for rss, _ in sizes))
            peak_pss = max(peak_pss, sum(pss for _, pss in sizes))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample)
    sampler.start()
    code = process.wait()
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    if code != 0:
        raise SystemExit(f"{' '.join(command)} failed with exit code {code}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Run(wall, cpu, peak / 1024, peak_pss / 1024)


def extract(corpus: Path, out: Path, jobs: int, store: Path | None) -> list[str]:
    where = ["--store", str(store)] if store else ["--no-store"]
    return [sys.executable, "-m", "tui", "extract", str(corpus), "--format", "jsonl", "-q",
            "--jobs", str(jobs), "-o", str(out), *where]  # fmt: skip


_TUI = """
import asyncio, sys, time
from pathlib import Path
from tui.core.documents import read_inputs
from tui.ui.app import TimelineApp
from tui.ui.widgets import TimelineView

async def main():
    start = time.perf_counter()
    documents = read_inputs([sys.argv[1]]).documents
    app = TimelineApp(documents, jobs=int(sys.argv[3]), store=Path(sys.argv[2]))
    async with app.run_test(size=(120, 40)) as pilot:
        await app.screen.analysed.wait()
        timeline = app.screen.query_one(TimelineView)
        drawn = asyncio.Event()
        timeline.when_drawn(drawn.set)
        await drawn.wait()
        shown = time.perf_counter() - start
        await pilot.pause()
        assert timeline.display
        print(f"{shown:.3f}")

asyncio.run(main())
"""


def tui(corpus: Path, store: Path, jobs: int) -> float:
    command = [sys.executable, "-c", _TUI, str(corpus), str(store), str(jobs)]
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=True)
    return float(result.stdout.strip().splitlines()[-1])


def _row(label: str, one: Run, many: Run | None = None) -> str:
    if many is None:
        return (
            f"| {label} | {one.wall:.1f} s | {one.cpu:.1f} s | {one.peak_pss_mb:.0f} MB |"
            f" {one.peak_mb:.0f} MB |"
        )
    return (
        f"| {label} | {one.wall:.1f} s / {many.wall:.1f} s (×{one.wall / many.wall:.2f}) |"
        f" {one.cpu:.1f} s / {many.cpu:.1f} s |"
        f" {one.peak_pss_mb:.0f} MB / {many.peak_pss_mb:.0f} MB |"
        f" {one.peak_mb:.0f} MB / {many.peak_mb:.0f} MB |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--pairs", type=int, default=1, help="alternated jobs-1/jobs-N pairs")
    parser.add_argument("--tui", action="store_true", help="also time the explorer")
    args = parser.parse_args()
    print("| articles: what | wall | CPU | peak memory (PSS) | peak RSS, summed |")
    print("|---|---:|---:|---:|---:|")
    for articles in args.articles:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            corpus = write(folder / "corpus", articles)
            out = folder / "out.jsonl"
            for _ in range(args.pairs):
                one = measure(extract(corpus, out, 1, None))
                many = measure(extract(corpus, out, args.jobs, None))
                print(_row(f"{articles}: --jobs 1 / --jobs {args.jobs}, no store", one, many))
            store = folder / "store.sqlite3"
            first = measure(extract(corpus, out, args.jobs, store))
            second = measure(extract(corpus, out, args.jobs, store))
            print(_row(f"{articles}: --jobs {args.jobs}, store: first run", first))
            print(_row(f"{articles}: second run, from the store", second)
                  + f" ({second.wall / first.wall:.0%} of the first)")  # fmt: skip
            if args.tui:
                tui_store = folder / "tui.sqlite3"
                opened = [tui(corpus, tui_store, args.jobs) for _ in range(2)]
                print(f"| {articles}: explorer until the timeline shows, first / second open |"
                      f" {opened[0]:.1f} s / {opened[1]:.1f} s | | | |")  # fmt: skip
            sys.stdout.flush()


if __name__ == "__main__":
    main()
