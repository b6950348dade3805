"""How far an analysis is: what its ``progress`` callback is told."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ProgressReport:
    """``done`` of ``total`` documents have passed ``stage`` ("analysed", "events");
    ``stored`` of them came from the analysis store instead of being analysed."""

    stage: str
    done: int
    total: int
    stored: int = 0


Progress = Callable[[ProgressReport], None]
