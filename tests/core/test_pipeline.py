from __future__ import annotations

import pytest

from tui.core.analysis import ProgressReport, analyse
from tui.core.model import Document

GERMAN = "Am 6. Januar 2021 stürmten Anhänger das Kapitol. Die Lage war angespannt.\n"
FRENCH = (
    "Le 6 janvier 2021, des partisans ont pris d'assaut le Capitole. La situation était"
    " tendue et les élus ont été évacués dans la soirée par la police du Capitole."
)


def test_progress_is_reported_per_stage() -> None:
    seen: list[ProgressReport] = []
    documents = [Document(id=f"d{i}", text=GERMAN) for i in range(3)]
    analyse(documents, progress=seen.append)
    analysed = [(r.done, r.total) for r in seen if r.stage == "analysed"]
    assert analysed[0] == (0, 3) and analysed[-1] == (3, 3)
    assert [(r.done, r.total) for r in seen if r.stage == "events"] == [(1, 3), (2, 3), (3, 3)]
    assert all(r.stored == 0 for r in seen)


def test_unsupported_language_is_warned_about_and_still_analysed() -> None:
    analysis = analyse([Document(id="fr", text=FRENCH, origin="fr.txt")])
    assert analysis.documents[0].lang == "fr"
    assert any("fr.txt" in w and "not supported" in w for w in analysis.warnings)


def test_declared_language_wins_over_detection() -> None:
    analysis = analyse([Document(id="x", text=GERMAN, lang="en-GB")])
    assert analysis.documents[0].lang == "en"


def test_dct_fills_only_missing_publication_dates() -> None:
    documents = [Document(id="a", text=GERMAN), Document(id="b", text=GERMAN, dct="2022")]
    analysis = analyse(documents, dct="2024-05")
    assert [d.document.dct for d in analysis.documents] == ["2024-05", "2022"]
    assert documents[0].dct is None  # the caller's documents are not modified


def test_events_are_sorted_across_documents() -> None:
    documents = [
        Document(id="late", text="Am 3. März 2023 tagte der Rat. Er beschloss nichts."),
        Document(id="early", text="Am 2. Februar 2020 tagte der Rat. Er beschloss viel."),
    ]
    analysis = analyse(documents, genre="narrative")
    assert [e.document for e in analysis.events] == ["early", "early", "late", "late"]


def test_unknown_genre_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown genre"):
        analyse([Document(id="a", text=GERMAN)], genre="poetry")


def test_declared_unsupported_language_is_kept_and_warned_about() -> None:
    analysis = analyse([Document(id="x", text=GERMAN, lang="it")])
    assert analysis.documents[0].lang == "it"
    assert any("'it' is not supported" in w for w in analysis.warnings)
