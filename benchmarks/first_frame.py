"""How soon does ``timeline`` show its first frame, against a minimal Textual app?

    python benchmarks/first_frame.py                  # 9 alternated pairs, 120x40, no store
    python benchmarks/first_frame.py --pairs 15       # more pairs on a busy machine
    python benchmarks/first_frame.py --with-store     # the seed's analysis read from a store
    python benchmarks/first_frame.py --frame-only --inputs FOLDER   # a corpus to read first

Each run starts a fresh process in a tmux window of 120x40 (a real terminal, as a user has):
``timeline`` with no arguments (the embedded seed article, through ``tui.cli.main``) or a
minimal app (Header, Static, Footer). The two alternate, and the order within a pair swaps
every pair, so that a machine whose load changes treats both alike. One unmeasured run of
each comes first: it writes the bytecode caches, as an installed copy has them.

The times come from Textual itself: a hook installed in the child process before the app is
imported records the moment the app first writes a frame to the terminal (``App._display``
with a frame), measured from the ``exec`` of the process (a launcher takes the clock, then
execs the real interpreter), and this process's CPU time by then (which other processes on a
shared machine do not inflate). For ``timeline`` it also records when the seed's events are
on screen, twice: "dates", the first frame written once the dated events are shown (the
preliminary timeline, before the names; with the store, or before the explorer showed dates
first, the final one), and "names", the first frame written after the analysis has finished.
The table shows every run, then the medians and the median of the per-pair ratios (issue 16:
first frame at most 1.2x the minimal app; events on screen within 1.5 s).

On a shared machine the times, even the CPU times, swing from run to run with the other
processes' load. ``--instructions`` counts instead the machine instructions each process runs
until its first frame (under valgrind's cachegrind, with a fixed hash seed; the process ends
right after that frame), which the load does not change: one pair says as much as many.

    python benchmarks/first_frame.py --instructions --pairs 1   # needs valgrind; ~1 min
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

#: The child: a process the tmux window runs; it must import nothing before the clock starts.
if len(sys.argv) > 1 and sys.argv[1] == "--child":
    import os
    import time

    _T0 = float(os.environ["FIRST_FRAME_T0"])
    _OUT = os.environ["FIRST_FRAME_OUT"]


def _child(kind: str, app_args: list[str]) -> None:  # pragma: no cover - runs in tmux
    """Run the app of ``kind`` with a hook that writes the first frame's timing to _OUT."""
    import asyncio

    from textual.app import App

    marks: dict[str, float] = {}
    original_display = App._display
    collecting = _count_collections()
    #: Milestones the screen has reached whose frame is not yet written ("dates", "names").
    reached: list[str] = []

    def mark(name: str) -> None:
        marks[name] = time.time() - _T0
        marks[name + "_cpu"] = time.process_time()

    def finish(app: App[object]) -> None:
        with open(_OUT, "w") as out:
            out.write(repr(marks))
        if os.environ.get("FIRST_FRAME_EXIT"):  # counting instructions: nothing after it
            os._exit(0)
        app.exit()

    def display(app: App[object], screen: object, renderable: object) -> None:
        original_display(app, screen, renderable)  # type: ignore[arg-type]
        written = renderable is not None and not app._batch_count
        if not written:
            return
        if "first" not in marks:
            mark("first")
            marks["gc_cpu"], marks["collections"] = collecting()
            analysed = getattr(app.screen, "analysed", None)
            if kind == "minimal" or analysed is None or os.environ.get("FIRST_FRAME_ONLY"):
                finish(app)
                return
            # Before the dates-first explorer, the events came with the names.
            dated = getattr(app.screen, "dated", analysed)

            async def wait_for_milestones() -> None:
                for name, event in (("dates", dated), ("names", analysed)):
                    await event.wait()
                    reached.append(name)
                    app.screen.refresh()

            app.call_later(lambda: asyncio.ensure_future(wait_for_milestones()))
        elif reached:
            for name in reached:
                mark(name)
            reached.clear()
            if "names" in marks:
                finish(app)

    original_run = App.run

    def run(app: App[object], *args: object, **kwargs: object) -> object:
        mark("run")  # imports done, the seed read: the app starts
        return original_run(app, *args, **kwargs)  # type: ignore[arg-type]

    App._display = display  # type: ignore[method-assign]
    App.run = run  # type: ignore[method-assign]
    if kind == "minimal":
        from textual.app import ComposeResult
        from textual.widgets import Footer, Header, Static

        class Minimal(App[None]):
            def compose(self) -> ComposeResult:
                yield Header()
                yield Static("A minimal Textual app")
                yield Footer()

        Minimal().run()
        return
    from tui.cli import main

    main(app_args)


def _count_collections() -> Callable[[], tuple[float, int]]:  # pragma: no cover - in tmux
    """From now on, the CPU seconds the cyclic garbage collector takes and its runs: read
    with the function returned."""
    import gc

    spent = [0.0, 0.0]  # seconds, runs
    started = [0.0]

    def timed(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[0] = time.process_time()
        else:
            spent[0] += time.process_time() - started[0]
            spent[1] += 1

    gc.callbacks.append(timed)
    return lambda: (spent[0], int(spent[1]))


# Not in a worker process the app spawns (it imports this file as "__mp_main__").
if len(sys.argv) > 1 and sys.argv[1] == "--child" and __name__ == "__main__":
    _child(sys.argv[2], sys.argv[3:])
    raise SystemExit(0)

# ---------------------------------------------------------------------- the parent

import argparse  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
import shlex  # noqa: E402
import shutil  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from ast import literal_eval  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SOCKET = f"first-frame-{os.getpid()}"
#: Takes the clock, then becomes the measured process (exec keeps the pid and environment).
LAUNCHER = (
    "import os, sys, time; os.environ['FIRST_FRAME_T0'] = repr(time.time()); "
    "os.execv(sys.executable, [sys.executable, *sys.argv[1:]])"
)
TIMEOUT = 60.0
#: Set by ``--frame-only``: each run ends at its first frame (no waiting for the events).
FRAME_ONLY = False
#: Set by ``--instructions``: each run is counted by valgrind and ends at its first frame.
INSTRUCTIONS = False
VALGRIND = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]


def tmux(*args: str) -> None:
    subprocess.run(["tmux", "-L", SOCKET, *args], check=True, capture_output=True)


def run_once(
    kind: str, app_args: list[str], width: int, height: int, tmp: Path, *, counted: bool = False
) -> dict:
    """One run of ``kind``'s app; ``counted``: under valgrind, to its first frame only."""
    out = tmp / f"{kind}-{time.monotonic_ns()}.txt"
    env = {
        "FIRST_FRAME_OUT": str(out),
        "PYTHONPATH": os.environ.get("PYTHONPATH", str(REPO)),
        "TERM": "xterm-256color",
        **({"FIRST_FRAME_ONLY": "1"} if FRAME_ONLY or counted else {}),
    }
    log = out.with_suffix(".valgrind")
    if counted:  # the child itself under valgrind (it would not follow the launcher's exec)
        env |= {"FIRST_FRAME_EXIT": "1", "FIRST_FRAME_T0": "0", "PYTHONHASHSEED": "0"}
        start = [*VALGRIND, f"--log-file={log}", sys.executable]
    else:
        start = [sys.executable, "-S", "-c", LAUNCHER]
    command = [
        "env",
        # Bytecode is cached, as in an installed copy (a development shell may switch it off).
        "-u",
        "PYTHONDONTWRITEBYTECODE",
        *(f"{k}={v}" for k, v in env.items()),
        *start,
        str(Path(__file__).resolve()),
        "--child",
        kind,
        *app_args,
    ]
    tmux("new-window", "-d", shlex.join(command))
    deadline = time.monotonic() + TIMEOUT * (20 if counted else 1)
    while not out.exists() or not out.read_text() or (counted and _counted(log) is None):
        if time.monotonic() > deadline:
            raise SystemExit(f"first_frame: the {kind} app did not report within {TIMEOUT} s")
        time.sleep(0.05)
    time.sleep(0.2)  # let it quit before the next run starts
    marks: dict = literal_eval(out.read_text())
    if counted:
        marks["instructions"] = _counted(log)
    return marks


def _counted(log: Path) -> int | None:
    """The instructions valgrind counted (its summary's "I refs"), once it has written them."""
    found = re.search(r"I\s+refs:\s+([\d,]+)", log.read_text()) if log.exists() else None
    return int(found[1].replace(",", "")) if found else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pairs", type=int, default=9)
    parser.add_argument("--width", type=int, default=120)
    parser.add_argument("--height", type=int, default=40)
    parser.add_argument(
        "--with-store", action="store_true", help="read the seed's analysis from a filled store"
    )
    parser.add_argument(
        "--inputs",
        nargs="+",
        metavar="PATH",
        default=[],
        help="open these files or folders instead of the seed (with --frame-only: a large"
        " corpus's analysis takes longer than a run waits)",
    )
    parser.add_argument(
        "--frame-only",
        action="store_true",
        help="end each run at its first frame (quicker; no events figure)",
    )
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="count the instructions to the first frame under valgrind (steady under load)",
    )
    args = parser.parse_args()
    global FRAME_ONLY, INSTRUCTIONS
    FRAME_ONLY = args.frame_only
    INSTRUCTIONS = args.instructions
    if INSTRUCTIONS and shutil.which("valgrind") is None:
        raise SystemExit("first_frame: --instructions needs valgrind (apt-get install valgrind)")
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        store = ["--store", str(tmp / "store.sqlite")] if args.with_store else ["--no-store"]
        store = [*args.inputs, *store]
        tmux("-f", "/dev/null", "new-session", "-d", "-x", str(args.width), "-y", str(args.height))
        # New windows take the session's size. ("window-size manual" crashes tmux 3.3a here.)
        try:
            # Unmeasured: writes the bytecode caches (and with --with-store fills the store).
            run_once("timeline", store, args.width, args.height, tmp)
            run_once("minimal", [], args.width, args.height, tmp)
            rows = []
            for pair in range(args.pairs):
                order = ["timeline", "minimal"] if pair % 2 == 0 else ["minimal", "timeline"]
                result = {}
                for kind in order:
                    app_args = store if kind == "timeline" else []
                    result[kind] = run_once(
                        kind, app_args, args.width, args.height, tmp, counted=INSTRUCTIONS
                    )
                rows.append(result)
                (_print_counted if INSTRUCTIONS else _print_row)(pair + 1, result)
        finally:
            subprocess.run(["tmux", "-L", SOCKET, "kill-server"], capture_output=True)
    (_summarise_counted if INSTRUCTIONS else _print_summary)(rows)


def _print_counted(pair: int, result: dict) -> None:
    timeline, minimal = result["timeline"]["instructions"], result["minimal"]["instructions"]
    if pair == 1:
        print(f"pair  {'timeline':>15} {'minimal app':>15} {'ratio':>7}   (instructions)")
    print(f"{pair:>4}  {timeline:>15,} {minimal:>15,} {timeline / minimal:>7.3f}", flush=True)


def _summarise_counted(rows: list[dict]) -> None:
    ratio = statistics.median(
        r["timeline"]["instructions"] / r["minimal"]["instructions"] for r in rows
    )
    print(
        f"first frame: timeline / minimal app = {ratio:.3f} in instructions (median of"
        f" {len(rows)} pairs, counted by valgrind to the first frame)"
    )


#: The table's columns: a heading, and the figure of a pair.
COLUMNS: list[tuple[str, Callable[[dict], float]]] = [
    ("timeline s", lambda r: r["timeline"]["first"]),
    ("cpu s", lambda r: r["timeline"]["first_cpu"]),
    ("of it imports", lambda r: r["timeline"]["run_cpu"]),
    ("minimal s", lambda r: r["minimal"]["first"]),
    ("cpu s", lambda r: r["minimal"]["first_cpu"]),
    ("of it imports", lambda r: r["minimal"]["run_cpu"]),
    ("ratio", lambda r: r["timeline"]["first"] / r["minimal"]["first"]),
    ("cpu ratio", lambda r: r["timeline"]["first_cpu"] / r["minimal"]["first_cpu"]),
    ("gc cpu s", lambda r: r["timeline"].get("gc_cpu", float("nan"))),
    ("gc runs", lambda r: r["timeline"].get("collections", float("nan"))),
    ("min. gc cpu s", lambda r: r["minimal"].get("gc_cpu", float("nan"))),
    ("min. gc runs", lambda r: r["minimal"].get("collections", float("nan"))),
    ("dates s", lambda r: r["timeline"].get("dates", float("nan"))),
    ("dates cpu s", lambda r: r["timeline"].get("dates_cpu", float("nan"))),
    ("names s", lambda r: r["timeline"].get("names", float("nan"))),
    ("names cpu s", lambda r: r["timeline"].get("names_cpu", float("nan"))),
]


def _print_row(pair: int, result: dict) -> None:
    if pair == 1:
        print("pair  " + " ".join(f"{heading:>13}" for heading, _ in COLUMNS))
    print(f"{pair:>4}  " + " ".join(f"{f(result):>13.3f}" for _, f in COLUMNS), flush=True)


def _print_summary(rows: list[dict]) -> None:
    medians = [statistics.median(f(row) for row in rows) for _, f in COLUMNS]
    print("median" + " ".join(f"{m:>13.3f}" for m in medians))
    figures = dict(zip([h for h, _ in COLUMNS], medians, strict=False))  # first of a name
    print(
        f"first frame: timeline / minimal app = {figures['ratio']:.2f} "
        f"(median of {len(rows)} pairs); in CPU time {figures['cpu ratio']:.2f}"
    )
    print(
        f"the seed's dated events on screen: median {figures['dates s']:.3f} s "
        f"(CPU {figures['dates cpu s']:.3f} s); with their names: {figures['names s']:.3f} s "
        f"(CPU {figures['names cpu s']:.3f} s)"
    )
    print(f"load average: {os.getloadavg()[0]:.1f} (1 min)")


if __name__ == "__main__":
    main()
