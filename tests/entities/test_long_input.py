"""What spaCy reads of hostile input stays bounded (issue 16): long sentences go in parts,
long runs of punctuation are blanked, offsets stay those of the document."""

from __future__ import annotations

from tests.entities.conftest import item
from tui.core.entities import recognise
from tui.core.entities.document_mentions import (
    MAX_NER_CHARS,
    MAX_NER_PUNCTUATION,
    ner_pieces,
)


def test_a_normal_sentence_is_read_as_it_is() -> None:
    text = "Er kam. Meta-CEO Mark Zuckerberg traf Trump in Mar-a-Lago... „Gut!“"
    assert ner_pieces(text, [(0, 7), (8, len(text))]) == [(0, "Er kam."), (8, text[8:])]


def test_a_long_sentence_is_read_in_parts_cut_at_white_space() -> None:
    text = "wort " * 10_000
    pieces = ner_pieces(text, [(0, len(text))])
    assert len(pieces) > 1
    assert all(len(piece) <= MAX_NER_CHARS for _, piece in pieces)
    # The parts cover the sentence in order, each the text it stands for.
    assert "".join(piece for _, piece in pieces) == text
    assert all(text[lo : lo + len(piece)] == piece for lo, piece in pieces)
    assert all(piece.startswith(" ") for _, piece in pieces[1:])


def test_a_long_run_of_punctuation_is_blanked_after_its_start() -> None:
    run = "!?" * 20_000
    text = "Er kam" + run + "Ende."
    pieces = ner_pieces(text, [(0, len(text))])
    joined = "".join(piece for _, piece in pieces)
    assert len(joined) == len(text)
    assert joined.startswith("Er kam!?!   ")
    assert joined.endswith("   Ende.")
    # A run up to the limit is left alone ("..." or a line of dashes).
    short = "-" * MAX_NER_PUNCTUATION
    assert ner_pieces(short, [(0, len(short))]) == [(0, short)]


def test_names_in_a_long_sentence_keep_their_offsets(fake_model) -> None:
    fake_model([("PER", "Anna Berber")])
    text = "wort " * 3_000 + "Anna Berber " + "wort " * 3_000 + "!?" * 20_000 + " Anna Berber"
    (mentions,), _ = recognise([item(text)])
    assert [(m.start, m.end) for m in mentions] == [
        (15_000, 15_011),
        (len(text) - 11, len(text)),
    ]


def test_thousands_of_one_sentence_names_are_all_found(fake_model) -> None:
    """Pairwise, this took minutes (its growth is measured by benchmarks/fuzz_inputs.py)."""
    fake_model([("PER", "Anna Berber")])
    text = "Am Montag kam der Rat. " + "Anna Berber. Karl Berber. " * 4_000
    (mentions,), _ = recognise([item(text)])
    assert [m.text for m in mentions[:3]] == ["Anna Berber", "Karl Berber", "Anna Berber"]
    assert len(mentions) == 8_000
