"""Fewer cyclic garbage collections in the commands that run to an end (``timeline
extract``, ``summary``, ``store``, ``curation``).

CPython's collector looks for cycles every 700 new container objects, and each look at an
older generation walks all of it. A cold ``timeline extract`` of the seed article creates a
few hundred thousand objects that live until the process ends (the modules, spaCy, the
model, the word lists) and hardly any cycles to free: the collector ran about 270 times in
it, 0.23–0.27 s of CPU of about 2.5 (``gc.callbacks``, development figures). These
commands look every 20,000 new objects instead, and at the older generations ten times
each as before: 8 runs, about 0.05 s. Memory stays bounded: garbage in cycles waits for at
most 20,000 new objects.

The explorer keeps its own settings (``tui.ui.screens.timeline_screen``).
"""

from __future__ import annotations

import gc

#: New container objects between two looks at the youngest generation (CPython: 700).
YOUNGEST = 20_000


def collect_less_often() -> None:
    _, middle, oldest = gc.get_threshold()
    gc.set_threshold(YOUNGEST, middle, oldest)
