"""What an analysis is asked to do, beyond the documents themselves."""

from __future__ import annotations

from dataclasses import dataclass

GENRES = ("news", "narrative")


@dataclass(frozen=True, slots=True)
class AnalysisOptions:
    #: A language code, or "auto": detected per document (a declared language wins).
    lang: str = "auto"
    #: "news": relative dates count from the publication date; "narrative": from the last
    #: date mentioned.
    genre: str = "news"
    #: The publication date of documents that have none.
    dct: str | None = None

    def __post_init__(self) -> None:
        if self.genre not in GENRES:
            expected = ", ".join(GENRES)
            raise ValueError(f"unknown genre {self.genre!r}: expected one of {expected}")
