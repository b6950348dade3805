"""How soon does a corpus opened again show its timeline, from the command line?

    python benchmarks/reopen_speed.py [--articles 5000] [--runs 5]
    python benchmarks/reopen_speed.py --corpus FOLDER --store STORE [--runs 5]

Without ``--corpus``, writes that many generated articles (``synthetic_corpus.py``, about
2,600 characters each) into a temporary folder. Without ``--store`` (or with a store that
does not hold the corpus yet), first analyses the corpus into the store with
``timeline extract`` (minutes for thousands of articles; its time is shown); ``--filled``
skips that for a store known to hold the corpus.

Then, ``--runs`` times: ``timeline CORPUS --store STORE`` in a fresh process in a tmux
window of 120x40, as a user starts it, timed from the window's creation until the
timeline's header ("N events in M documents") is on the screen (the pane is read every
20 ms), then quit. Prints each time with the CPU time the process had used by then, the
medians, and the load average: on a machine shared with other work the wall time measures
the queue as much as the program, the CPU time does not.
"""

from __future__ import annotations

import argparse
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic_corpus import write

REPO = Path(__file__).resolve().parents[1]
SOCKET = "timeline-reopen-speed"
#: What the timeline shows once its rows are there.
SHOWN = " events in "


def _tmux(*args: str) -> str:
    done = subprocess.run(["tmux", "-L", SOCKET, *args], capture_output=True, text=True)
    if done.returncode and "new-session" in args:
        print(f"  (tmux {args[0]}: {done.stderr.strip()})")
    return done.stdout


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO)
    return env


def fill(corpus: Path, store: Path) -> float:
    """Analyse ``corpus`` into ``store`` (the events and the whole corpus kept); seconds."""
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "tui", "extract", str(corpus), "--store", str(store), "-q",
         "-o", os.devnull],
        check=True, env=_env(),
    )  # fmt: skip
    return time.perf_counter() - start


def _cpu_seconds(session: str) -> float | None:
    """CPU time (user and system, all threads) of the process in ``session``'s pane so far."""
    pid = _tmux("display-message", "-p", "-t", session, "#{pane_pid}").strip()
    try:
        with open(f"/proc/{pid}/stat") as stat:
            # After the command's name (in parentheses): utime and stime are fields 14, 15.
            fields = stat.read().rpartition(")")[2].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def reopen(
    corpus: Path, store: Path, run: int, timeout: float = 120.0
) -> tuple[float, float | None] | None:
    """Seconds from launch until the timeline is on screen, and the CPU seconds the process
    had used by then (None: not shown within ``timeout``)."""
    command = [sys.executable, "-m", "tui", str(corpus), "--store", str(store)]
    env = f"PYTHONPATH={shlex.quote(str(REPO))}"
    session = f"reopen{run}"
    start = time.perf_counter()
    _tmux("-f", os.devnull, "new-session", "-d", "-s", session, "-x", "120", "-y", "40",
          f"{env} exec {shlex.join(command)}")  # fmt: skip
    try:
        pane = ""
        while time.perf_counter() - start < timeout:
            pane = _tmux("capture-pane", "-p", "-t", session)
            if SHOWN in pane:
                return time.perf_counter() - start, _cpu_seconds(session)
            time.sleep(0.02)
        print("  (not shown; the screen was:)", *pane.strip().splitlines()[:12], sep="\n    ")
        return None
    finally:
        _tmux("send-keys", "-t", session, "q")
        deadline = time.time() + 60
        while time.time() < deadline and session in _tmux("list-sessions", "-F", "#S"):
            time.sleep(0.1)
        _tmux("kill-session", "-t", session)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--store", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--filled", action="store_true", help="the store holds the corpus already: no extract"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        corpus = args.corpus or write(Path(scratch) / "corpus", args.articles)
        store = args.store or Path(scratch) / "store.sqlite3"
        print(f"corpus {corpus} ({sum(1 for _ in corpus.rglob('*.txt'))} files), store {store}")
        if not args.filled:
            print(f"analysed into the store (or found there) in {fill(corpus, store):.1f} s")
        times, cpu_times = [], []
        for run in range(args.runs):
            shown = reopen(corpus, store, run)
            load = os.getloadavg()[0]
            if shown is None:
                print(f"  open {run + 1}: not shown (load average {load:.1f})", flush=True)
                continue
            wall, cpu = shown
            times.append(wall)
            if cpu is not None:
                cpu_times.append(cpu)
            used = "" if cpu is None else f", {cpu:.2f} s of CPU"
            print(f"  open {run + 1}: {wall:.2f} s{used} (load average {load:.1f})", flush=True)
        if times:
            print(f"timeline shown after: median {statistics.median(times):.2f} s,"
                  f" from {min(times):.2f} to {max(times):.2f} s")  # fmt: skip
        if cpu_times:
            # What the machine's other work does not inflate (the 20 ms polling aside).
            print(f"CPU used by then: median {statistics.median(cpu_times):.2f} s")


if __name__ == "__main__":
    main()
