"""How the timeline app copes with a big corpus: per-key latency and memory at ~100,000 events.

A synthetic analysis (5,000 articles of 20 dated events each, 2,000 entities mentioned with a
Zipf-like frequency, dates from 1990 to 2025 at every precision) is built directly as the
pipeline's model, then the real app is driven with Textual's Pilot (120x40 unless told). Each
figure is the time from sending a key until every widget has handled it, and every message
that caused, and the screen has been composed again (wall time; the CPU columns are this
process's own time, which other processes on a shared machine do not inflate). Pilot's own
"wait until the CPU is idle" polling is switched off while measuring: it adds tens of
milliseconds of sleeping that a real terminal does not have (the first row shows Pilot's
overhead on a key that does nothing, with it on).

    python benchmarks/tui_scale.py                            # 100,000 events at 120x40
    python benchmarks/tui_scale.py --width 160 --height 50    # detail pane beside the timeline
    python benchmarks/tui_scale.py --events 20000             # quicker

Targets (issue 4): moving the selection and scrolling < 50 ms per key; toggling an entity
filter or typing a search character < 100 ms. The time axis (issue 14) is updated within those
keys; its own share (counting the bars and drawing them, after a filter toggle, a move and a
date change) is also measured alone, and its keys (zoom, bar by bar) are held to the 50 ms
target. A curation action of one event (issue 14: hide, star, a new title or date, undo,
redo) changes what is shown as a filter does: held to the 100 ms target. An entity action
(rename, change the type, merge, remove, and the undo of each) patches the view model too:
held to the same target.

The curation keys are measured once the story worker (which builds the story events of the
whole corpus in a thread, holding the interpreter for seconds) has finished, and the
rebuild it starts when a title or a date changed is held back until the end (it waits for
the actions to rest, which they do not while keys are measured one after the other). With
``--stories-during`` they are measured while a story worker builds beside them instead, as
a user who curates at once after opening sees them (the table says if it finished
meanwhile). The load average of the machine is printed before and after.

    python benchmarks/tui_scale.py --stories-during           # curation beside the worker
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import itertools
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's tui

import textual.app as textual_app
from textual.pilot import Pilot
from textual.worker import WorkerState

from tui.core.curation import CurationSession
from tui.core.model import (
    ENTITY_LABELS,
    Analysis,
    Document,
    DocumentAnalysis,
    Entity,
    Event,
    Mention,
    Timex,
)
from tui.core.temporal.intervals import resolve
from tui.core.view.timeline import TimelineModel
from tui.ui.app import TimelineApp
from tui.ui.screens import TimelineScreen, story_views
from tui.ui.screens.timeline_screen import DETAIL_REST
from tui.ui.widgets import EntityFilterPane, TimeAxis, TimelineView

EVENTS_PER_DOCUMENT = 20
ENTITIES = 2_000
LABELS = ("PER", "ORG", "LOC", "MISC")
VERBS = ("traf", "kritisierte", "unterstützte", "verklagte", "besuchte", "kaufte", "lobte")
OBJECTS = ("das Projekt", "die Regierung", "den Vertrag", "die Firma", "den Plan", "die Wahl")
MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember")  # fmt: skip


def rss_mb() -> float:
    """The process's resident memory now, in MB (Linux)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def _date(rng: random.Random) -> tuple[str, str]:
    """A TIMEX3 value and the words that say it."""
    year = rng.randint(1990, 2025)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    kind = rng.random()
    if kind < 0.6:
        return f"{year}-{month:02d}-{day:02d}", f"am {day}. {MONTHS[month - 1]} {year}"
    if kind < 0.8:
        return f"{year}-{month:02d}", f"im {MONTHS[month - 1]} {year}"
    if kind < 0.9:
        return str(year), f"im Jahr {year}"
    if kind < 0.95:
        return f"{year}-Q{rng.randint(1, 4)}", f"im Quartal {year}"
    return "PAST_REF", "kürzlich"


def synthetic_analysis(events: int, seed: int = 4) -> Analysis:
    rng = random.Random(seed)
    entities = [
        Entity(f"e{i}", f"Name{i} Person{i}", LABELS[i % 4], [f"Person{i}"])
        for i in range(ENTITIES)
    ]
    weights = [1 / (rank + 1) for rank in range(ENTITIES)]
    documents: list[DocumentAnalysis] = []
    all_events: list[Event] = []
    for d in range(max(1, events // EVENTS_PER_DOCUMENT)):
        dct = f"{rng.randint(2000, 2025)}-{rng.randint(1, 12):02d}"
        parts: list[str] = []
        spans, timexes, mentions, doc_events = [], [], [], []
        position = 0
        for _ in range(EVENTS_PER_DOCUMENT):
            value, words = _date(rng)
            picked = rng.choices(range(ENTITIES), weights, k=rng.randint(1, 3))
            actors = [entities[i] for i in dict.fromkeys(picked)]
            names = [a.name for a in actors]
            sentence = f"{' und '.join(names)} {rng.choice(VERBS)} {words} {rng.choice(OBJECTS)}."
            start, end = position, position + len(sentence)
            t_start = start + sentence.index(words)
            timexes.append(Timex(t_start, t_start + len(words), words, "DATE", value))
            offset = start
            for name, actor in zip(names, actors, strict=True):
                m_start = sentence.index(name, offset - start) + start
                mentions.append(Mention(m_start, m_start + len(name), name, actor.label, actor.id))
                actor.count += 1
                offset = m_start + len(name)
            date = resolve(value, None, dct)
            assert date is not None
            doc_events.append(
                Event(f"d{d}-{len(doc_events)}", f"d{d}", sentence[:80], sentence, start, end,
                      date, "explicit", len(timexes) - 1, [a.id for a in actors])
            )  # fmt: skip
            spans.append((start, end))
            parts.append(sentence)
            position = end + 1
        text = " ".join(parts)
        document = Document(f"d{d}", text, title=f"Artikel {d}", dct=dct, lang="de")
        documents.append(
            DocumentAnalysis(document, "de", spans, [(0, len(text))], timexes, mentions)
        )
        all_events.extend(doc_events)
    all_events.sort(key=lambda e: e.date.sort_key)
    return Analysis(documents=documents, entities=entities, events=all_events)


async def _no_idle_wait(*_: object, **__: object) -> None:
    await asyncio.sleep(0)


#: Rounds of waiting for the widgets' message queues, at the most.
MAX_ROUNDS = 8

#: CPU milliseconds of the last :func:`handled` call (wall time suffers from other processes
#: on a shared machine; CPU time is what this process itself spent).
cpu_samples: list[float] = []


async def handled(pilot: Pilot, action: Callable[[], Awaitable[object]]) -> float:
    """Milliseconds until ``action`` (a key press) is handled and the screen composed."""
    start, cpu = time.perf_counter(), time.process_time()
    await action()
    # A message handled by one widget may post more to another: wait (a round at a time)
    # until no widget has a message left to handle.
    for _ in range(MAX_ROUNDS):
        if not any(
            node.message_queue_size
            for node in (pilot.app, *pilot.app.screen.walk_children(with_self=True))
        ):
            break
        await pilot._wait_for_screen()
    pilot.app.screen._on_timer_update()  # compose and paint now (normally on a timer)
    cpu_samples.append((time.process_time() - cpu) * 1000)
    return (time.perf_counter() - start) * 1000


def p95(samples: Sequence[float]) -> float:
    """The 95th percentile (nearest rank)."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


class Timings:
    def __init__(self) -> None:
        self.rows: list[tuple[str, list[float], float | None]] = []
        self.cpu: dict[str, list[float]] = {}

    async def measure(
        self, name: str, pilot: Pilot, action: Callable[[], Awaitable[object]], times: int,
        target: float | None, *, pause: float = 0.0,
    ) -> None:  # fmt: skip
        """``pause``: seconds to wait (untimed) before each sample."""
        cpu_samples.clear()
        samples = []
        for _ in range(times):
            if pause:
                await asyncio.sleep(pause)
            samples.append(await handled(pilot, action))
        self.rows.append((name, samples, target))
        self.cpu[name] = self.cpu.get(name, []) + list(cpu_samples)

    def table(self) -> str:
        lines = [
            "| action | keys | median ms | p95 ms | max ms | CPU median ms | CPU p95 ms "
            "| target ms |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for name, samples, target in self.rows:
            cpu = self.cpu.get(name)
            cpu_figures = f"{statistics.median(cpu):.1f} | {p95(cpu):.1f}" if cpu else " | "
            lines.append(
                f"| {name} | {len(samples)} | {statistics.median(samples):.1f} "
                f"| {p95(samples):.1f} | {max(samples):.1f} | {cpu_figures} "
                f"| {'' if target is None else f'< {target:.0f}'} |"
            )
        return "\n".join(lines)


async def drive(
    analysis: Analysis,
    size: tuple[int, int],
    *,
    stories_during: bool = False,
    curation_only: bool = False,
) -> tuple[Timings, dict[str, float]]:
    def analyse(documents: Sequence[Document], **options: object) -> Analysis:
        return analysis

    # Curation is saved as it is made: into a throwaway store, never the user's data folder.
    store = Path(tempfile.mkdtemp(prefix="tui-scale-")) / "store.sqlite3"
    app = TimelineApp([d.document for d in analysis.documents], analyse=analyse, store=store)
    figures: dict[str, float] = {}
    timings = Timings()
    start = time.perf_counter()
    async with app.run_test(size=size) as pilot:
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        await asyncio.wait_for(screen.analysed.wait(), timeout=300)
        await pilot.pause()
        figures["open (build the view model, first screen) s"] = time.perf_counter() - start
        figures["RSS with the app open MB"] = rss_mb()
        assert screen.model is not None

        def press(*keys: str) -> Callable[[], Awaitable[None]]:
            return lambda: pilot.press(*keys)

        baseline = []
        for _ in range(20):
            begin = time.perf_counter()
            await pilot.press("x")
            baseline.append((time.perf_counter() - begin) * 1000)
        timings.rows.append(("unbound key, with Pilot's idle polling (overhead)", baseline, None))
        textual_app.wait_for_idle = _no_idle_wait  # type: ignore[attr-defined]
        await timings.measure("unbound key", pilot, press("x"), 30, None)
        if not curation_only:
            await browsing(pilot, screen, timings, figures)
        await pilot.press("home", "j")
        await stories_built(pilot, screen)
        if stories_during:
            figures["story worker started before the curation keys"] = 1
            screen._stories_stale()
            screen._restart_stories()  # builds now, beside the keys
        else:
            # A rebuild of the story events waits until the keys are measured.
            story_views.STORIES_REST = 3600.0  # type: ignore[misc]
        await curation(pilot, screen, timings)
        if stories_during:
            figures["story workers still running after the curation keys"] = sum(
                worker.group == "stories" and worker.state == WorkerState.RUNNING
                for worker in app.workers
            )
        model = screen.model
        assert model is not None
        figures["events"] = model.total_events
        figures["entities"] = len(model.entities)
    return timings, figures


async def browsing(
    pilot: Pilot, screen: TimelineScreen, timings: Timings, figures: dict[str, float]
) -> None:
    """Moving, scrolling, the time axis, entity filters and search."""
    model = screen.model
    assert model is not None
    view = screen.query_one(TimelineView)

    def press(*keys: str) -> Callable[[], Awaitable[None]]:
        return lambda: pilot.press(*keys)

    await timings.measure("next event (j)", pilot, press("j"), 200, 50)
    await timings.measure("previous event (k)", pilot, press("k"), 100, 50)
    # A key after a pause also updates the detail pane at once (while keys repeat, the
    # pane waits until they rest: that update is measured on its own).
    await timings.measure(
        "next event after a pause, with the detail pane", pilot, press("j"), 30, 50,
        pause=DETAIL_REST + 0.05,
    )  # fmt: skip
    await pilot.press("j", "j", "j")

    async def detail() -> None:
        screen._show_detail(restyle=True)  # a full update, as for a new event

    await timings.measure("detail pane update, once keys rest", pilot, detail, 30, 50)
    await timings.measure("page down", pilot, press("pagedown"), 50, 50)
    await timings.measure("page up", pilot, press("pageup"), 50, 50)

    async def wheel() -> None:
        view.scroll_relative(y=3, animate=False, immediate=True)

    await timings.measure("scroll 3 lines (mouse wheel)", pilot, wheel, 100, 50)
    await timings.measure("next year (])", pilot, press("right_square_bracket"), 30, 50)
    await timings.measure("last / first event (End, Home)", pilot, press("end"), 1, 50)
    await timings.measure("last / first event (End, Home)", pilot, press("home"), 1, 50)
    timings.rows[-2:] = [
        (timings.rows[-2][0], timings.rows[-2][1] + timings.rows[-1][1], 50)
    ]  # fmt: skip (End and Home share a name, so their CPU times too)

    await time_axis(pilot, screen, timings)

    pane = screen.query_one(EntityFilterPane)
    pane.focus()
    await pilot.press("home")  # the most mentioned entity
    # Moving the focus redraws the Footer (other keys apply): that belongs to the focus
    # change, which a user makes well before the first toggle.
    await pilot.pause(0.2)
    toggles_before = model.visible_events
    await timings.measure("toggle entity filter (most frequent)", pilot, press("space"), 40, 100)
    assert model.visible_events == toggles_before  # an even number of toggles
    await pilot.press("space", "down", "space")  # two entities: any-of
    figures["events shown, any of 2 entities"] = model.visible_events
    await timings.measure("switch any/all", pilot, press("a"), 20, 100)
    await pilot.press("c")
    view.focus()

    await pilot.press("slash")
    await pilot.pause(0.2)  # as above: the focus moved to the search field
    word = "person12 kritisierte"
    cpu_samples.clear()
    samples = [await handled(pilot, press(char)) for char in word]
    figures["events matching the search"] = model.visible_events
    samples += [await handled(pilot, press("backspace")) for _ in word]
    timings.rows.append(("type / delete a search character", samples, 100))
    timings.cpu["type / delete a search character"] = list(cpu_samples)
    await pilot.press("escape")
    view.focus()


async def stories_built(pilot: Pilot, screen: TimelineScreen) -> None:
    """Wait until the story worker started when the analysis arrived has finished."""
    for _ in range(6000):
        if screen.story_model is not None:
            return
        await pilot.pause(0.1)
    raise TimeoutError("the story events were not built within 10 minutes")


def axis_update_ms(
    axis: TimeAxis, change: Callable[[], object], *, moved: bool = False
) -> tuple[float, float]:
    """Wall and CPU milliseconds the time axis takes to follow ``change`` (not timed):
    counting the bars, placing the marker, drawing its lines; ``moved``: events moved (a
    date changed), so it reads the index again first."""
    change()
    start, cpu = time.perf_counter(), time.process_time()
    if moved:
        axis.index_changed()
    else:
        axis.model_changed()
    for y in range(axis.size.height):
        axis.render_line(y)
    return (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000


async def time_axis(pilot: Pilot, screen: TimelineScreen, timings: Timings) -> None:
    """The time axis's keys, and its own share of a move and of a filter toggle."""
    model, axis = screen.model, screen.query_one(TimeAxis)
    assert model is not None

    def press(*keys: str) -> Callable[[], Awaitable[None]]:
        return lambda: pilot.press(*keys)

    def alone(name: str, change: Callable[[], object], times: int, target: float) -> None:
        figures = [axis_update_ms(axis, change) for _ in range(times)]
        timings.rows.append((name, [wall for wall, _ in figures], target))
        timings.cpu[name] = [cpu for _, cpu in figures]

    alone("time axis alone, after a move", lambda: model.move(1), 100, 50)
    # Every second toggle clears the filter, like a user trying an entity and dropping it.
    frequent = max(model.entities, key=model.entity_event_count)
    alone("time axis alone, after an entity toggle", lambda: model.toggle_entity(frequent), 40, 100)
    if model.active_entities:
        model.toggle_entity(frequent)
    screen.query_one(TimelineView).rows_changed()
    await pilot.pause()
    # From the period that fits (years) down to days and back: every press zooms.
    await timings.measure("zoom in / out (z, Z)", pilot, press("z"), 3, 50)
    await timings.measure("zoom in / out (z, Z)", pilot, press("Z"), 3, 50)
    timings.rows[-2:] = [(timings.rows[-2][0], timings.rows[-2][1] + timings.rows[-1][1], 50)]
    await timings.measure("next bar (>)", pilot, press("greater_than_sign"), 30, 50)
    await timings.measure("previous bar (<)", pilot, press("less_than_sign"), 30, 50)
    await pilot.press("home")


async def curation(pilot: Pilot, screen: TimelineScreen, timings: Timings) -> None:
    """Curation of the selected event (each press toggles: hide, show again, ...; a title
    or date as the prompt's answer makes it), undo and redo, then the entity actions. Each
    patches the view model."""

    def press(*keys: str) -> Callable[[], Awaitable[None]]:
        return lambda: pilot.press(*keys)

    await timings.measure("curation: hide / unhide (h)", pilot, press("h"), 20, 100)
    await timings.measure("curation: star / unstar (*)", pilot, press("asterisk"), 20, 100)
    event = screen._selected()
    assert event is not None
    titles = itertools.cycle(["Ein neuer Titel", "Noch ein Titel"])
    # Far apart, so that the event moves over most of the timeline.
    dates = itertools.cycle(["1991", "2025-06-30", "unknown", "Mai 2008"])

    async def retitle() -> None:
        screen._curate(lambda s: s.edit_title(event.id, next(titles)), "Title edited")

    def change_date() -> None:
        screen._curate(lambda s: s.change_date(event.id, next(dates)), "Date changed")

    async def redate() -> None:
        change_date()

    await timings.measure("curation: edit the title (t, answered)", pilot, retitle, 10, 100)
    await timings.measure("curation: change the date (d, answered)", pilot, redate, 12, 100)
    await timings.measure("curation: undo (u)", pilot, press("u"), 12, 100)
    await timings.measure("curation: redo (U)", pilot, press("U"), 12, 100)
    axis = screen.query_one(TimeAxis)
    figures = [axis_update_ms(axis, change_date, moved=True) for _ in range(12)]
    name = "time axis alone, after a date change"
    timings.rows.append((name, [wall for wall, _ in figures], 50))
    timings.cpu[name] = [cpu for _, cpu in figures]
    await entity_actions(pilot, screen, timings)


async def entity_actions(pilot: Pilot, screen: TimelineScreen, timings: Timings) -> None:
    """Each entity action (rename, change the type, merge, remove) six times on entities
    of middling frequency, then as many undos; a rename of an entity the selected event
    names (the detail pane follows), and its undo."""
    model = screen.model
    assert model is not None
    ranked = sorted(model.entities, key=model.entity_event_count)
    middle = len(ranked) // 2
    entity = ranked[middle]
    names = itertools.cycle(["Umbenannt Eins", "Umbenannt Zwei"])
    # Each to a type it does not have: the option moves to another group of the pane.
    label = model.entities[entity].label
    labels = itertools.cycle([other for other in ENTITY_LABELS if other != label] + [label])
    others = iter(ranked[middle + 1 : middle + 7])
    removed = iter(ranked[middle + 7 : middle + 13])

    def curate(change: Callable[[CurationSession], object]) -> Callable[[], Awaitable[None]]:
        async def act() -> None:
            screen._curate(change, "Done", entities=True)

        return act

    actions = {
        # The entity keeps its id through a rename, so the second press renames it again.
        "rename an entity (r, answered)": lambda s: s.rename(entity, next(names)),
        "change an entity's type (l, answered)": lambda s: s.relabel(entity, next(labels)),
        "merge two entities (m, answered)": lambda s: s.merge(entity, next(others)),
        "remove an entity (x)": lambda s: s.remove_entity(next(removed)),
    }
    for name, action in actions.items():
        await timings.measure(f"curation: {name}", pilot, curate(action), 6, 100)
        what = name.split(" (")[0]
        await timings.measure(f"curation: undo ({what})", pilot, press_u(pilot), 6, 100)
    selected = screen._selected()
    assert selected is not None and selected.entities
    named = selected.entities[0]

    async def rename_named() -> None:
        screen._curate(lambda s: s.rename(named, next(names)), "Renamed", entities=True)

    name = "curation: rename an entity the selected event names"
    await timings.measure(name, pilot, rename_named, 6, 100)
    await timings.measure("curation: undo (of that rename)", pilot, press_u(pilot), 6, 100)


def press_u(pilot: Pilot) -> Callable[[], Awaitable[None]]:
    return lambda: pilot.press("u")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--width", type=int, default=120)
    parser.add_argument("--height", type=int, default=40)
    parser.add_argument(
        "--stories-during",
        action="store_true",
        help="measure the curation keys while the story worker builds beside them",
    )
    parser.add_argument(
        "--curation-only", action="store_true", help="measure only the curation keys"
    )
    args = parser.parse_args()
    load_before = os.getloadavg()

    base = rss_mb()
    start = time.perf_counter()
    analysis = synthetic_analysis(args.events)
    made = time.perf_counter() - start
    gc.collect()
    with_analysis = rss_mb()
    start = time.perf_counter()
    TimelineModel(analysis)
    model_seconds = time.perf_counter() - start
    gc.collect()

    timings, figures = asyncio.run(
        drive(
            analysis,
            (args.width, args.height),
            stories_during=args.stories_during,
            curation_only=args.curation_only,
        )
    )
    print(f"# timeline TUI at scale: {figures['events']:,.0f} events, "
          f"{len(analysis.documents):,} documents, {figures['entities']:,.0f} entities, "
          f"{args.width}x{args.height}\n")  # fmt: skip
    print(timings.table())
    print()
    print("| figure | value |\n|---|---:|")
    print(f"| generate the synthetic analysis s | {made:.1f} |")
    print(f"| build the view model (indexes) s | {model_seconds:.2f} |")
    for name, value in figures.items():
        if name not in ("events", "entities"):
            print(f"| {name} | {value:,.1f} |" if isinstance(value, float) else
                  f"| {name} | {value:,} |")  # fmt: skip
    print(f"| RSS before generating MB | {base:.0f} |")
    print(f"| RSS with the analysis MB | {with_analysis:.0f} |")
    for when, load in (("before", load_before), ("after", os.getloadavg())):
        print(f"| load average (1/5/15 min) {when} | {'/'.join(f'{v:.2f}' for v in load)} |")


if __name__ == "__main__":
    main()
