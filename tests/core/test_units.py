"""The parts of an article, told apart by form (made-up articles)."""

from __future__ import annotations

from tests.core.event_fixtures import analysed
from tui.core.documents.plaintext import parse_plain_text
from tui.core.events.statements import statement_clues
from tui.core.events.units import Role, units
from tui.core.model import DocumentAnalysis
from tui.core.sentences import paragraphs, sentences


def roles(analysis: DocumentAnalysis) -> list[tuple[Role, str]]:
    text = analysis.document.text
    return [(u.role, text[u.start : u.end]) for u in units(analysis, statement_clues("de"))]


def read(text: str) -> DocumentAnalysis:
    document, _ = parse_plain_text(text, doc_id="d", origin=None)
    return DocumentAnalysis(
        document, "de", sentences(text, "de", document.ignored), paragraphs(text, document.ignored)
    )


def test_headline_standfirst_lead_subheading_and_body() -> None:
    text = (
        " date 2024-05-14 Stadt verklagt Landkreis• Klinik soll schließen\n\n"
        "Die Stadt wehrt sich. Sie reicht Klage ein.\n\n"
        "Was bisher bekannt ist\n\n"
        "Der Landkreis schweigt."
    )
    assert roles(read(text)) == [
        (Role.HEADLINE, "Stadt verklagt Landkreis"),
        (Role.STANDFIRST, "Klinik soll schließen"),
        (Role.LEAD, "Die Stadt wehrt sich."),
        (Role.LEAD, "Sie reicht Klage ein."),
        (Role.SUBHEADING, "Was bisher bekannt ist"),
        (Role.BODY, "Der Landkreis schweigt."),
    ]


def test_a_date_marker_alone_on_its_line_means_no_headline() -> None:
    text = (
        " date 2024-05\n\nDie Rakete ist gestartet. Sie trägt zwei Satelliten.\n\n"
        "Der Flug war ruhig."
    )
    document, _ = parse_plain_text(text, doc_id="d", origin=None)
    assert document.title is None and document.lede is None
    assert [role for role, _ in roles(read(text))] == [Role.LEAD, Role.LEAD, Role.BODY]


def test_a_line_under_the_headline_before_any_prose_is_no_subheading() -> None:
    text = (
        " date 2024-05-14 Bahn stellt neuen Zug vor\n\nDer Zug fährt ab Juni auf allen Strecken\n\n"
        "Die Bahn hat am Dienstag den Zug vorgestellt."
    )
    assert [role for role, _ in roles(read(text))][:2] == [Role.HEADLINE, Role.LEAD]


def test_datelines_are_no_units() -> None:
    analysis = analysed("Berlin (dpa). Der Rat tagte. WASHINGTON – Der Senat stimmte zu.", {})
    assert "Berlin (dpa)." not in [sentence for _, sentence in roles(analysis)]
