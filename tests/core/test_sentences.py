from __future__ import annotations

import pytest

from tui.core.sentences import paragraphs, sentences


def split(text: str, lang: str, ignored=()) -> list[str]:
    return [text[a:b] for a, b in sentences(text, lang, ignored)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Er kam am 6. Januar 2021. Danach ging er.",
            ["Er kam am 6. Januar 2021.", "Danach ging er."],
        ),
        ("Das war z. B. Dr. Müller. Er lachte.", ["Das war z. B. Dr. Müller.", "Er lachte."]),
        ("Im 19. Jahrhundert war das anders.", ["Im 19. Jahrhundert war das anders."]),
        (
            "Die Messe läuft vom 6.-8. August. Sie ist groß.",
            ["Die Messe läuft vom 6.-8. August.", "Sie ist groß."],
        ),
        ("Er wurde 45. Dann starb er.", ["Er wurde 45.", "Dann starb er."]),
        ("Sie sagte: „Nein.“ Er ging.", ["Sie sagte: „Nein.“", "Er ging."]),
        ("Warum? Darum!", ["Warum?", "Darum!"]),
    ],
)
def test_german_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert split(text, "de") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Smith went to Washington on Jan. 6, 2021. He arrived at 3 p.m. on Friday.",
            ["Mr. Smith went to Washington on Jan. 6, 2021.", "He arrived at 3 p.m. on Friday."],
        ),
        ("J. R. R. Tolkien wrote it. It sold.", ["J. R. R. Tolkien wrote it.", "It sold."]),
        ("It moved to the U.S. The firm grew.", ["It moved to the U.S.", "The firm grew."]),
    ],
)
def test_english_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert split(text, "en") == expected


def test_headings_bullets_and_paragraphs_separate_sentences() -> None:
    text = "Titel der Meldung• Erster Punkt• Zweiter Punkt\n\nZwischentitel\nDer Text beginnt hier."
    assert split(text, "de") == [
        "Titel der Meldung",
        "Erster Punkt",
        "Zweiter Punkt",
        "Zwischentitel",
        "Der Text beginnt hier.",
    ]


def test_wrapped_lines_do_not_split_a_sentence() -> None:
    line = "Die Regierung hat am Dienstag ein neues Gesetz beschlossen, das die Mieten"
    text = f"{line}\nbegrenzen soll. Es tritt bald in Kraft."
    assert split(text, "de") == [f"{line}\nbegrenzen soll.", "Es tritt bald in Kraft."]


def test_ignored_spans_are_trimmed_from_sentences() -> None:
    text = " date 2024-12 • Schlagzeile hier\n\nText.\n\nRedaktion Beispiel"
    ignored = [(1, 13), (text.index("Redaktion"), len(text))]
    assert split(text, "de", ignored) == ["Schlagzeile hier", "Text."]


def test_offsets_round_trip_and_paragraphs() -> None:
    text = "  Erster Absatz. Noch ein Satz.\n\n\nZweiter Absatz.  "
    for a, b in sentences(text, "de"):
        assert text[a:b] == text[a:b].strip() and text[a:b]
    assert [text[a:b] for a, b in paragraphs(text)] == [
        "Erster Absatz. Noch ein Satz.",
        "Zweiter Absatz.",
    ]


def test_bullets_split_a_headline_line_followed_by_the_body() -> None:
    text = "Senate passes bill • Shutdown averted\nThe Senate voted on Friday. Leaders cheered."
    assert split(text, "en") == [
        "Senate passes bill",
        "Shutdown averted",
        "The Senate voted on Friday.",
        "Leaders cheered.",
    ]


# Hostile input: each of these was quadratic (issue 16) and must stay correct; how their
# time grows with size is measured by benchmarks/fuzz_inputs.py.


@pytest.mark.parametrize(
    "run", ["." * 40_000, "!?" * 40_000, "…" * 40_000], ids=["dots", "!?", "ellipses"]
)
def test_a_long_run_of_marks_not_followed_by_space_splits(run: str) -> None:
    text = "Er kam. " + run + "Ende. Danach ging er."
    assert [text[a:b] for a, b in sentences(text, "de")] == [
        "Er kam.",
        run + "Ende.",
        "Danach ging er.",
    ]


def test_a_long_run_of_dots_followed_by_space_ends_its_sentence() -> None:
    text = "Er kam" + "." * 40_000 + " Danach ging er."
    assert split(text, "de") == ["Er kam" + "." * 40_000, "Danach ging er."]


def test_many_short_lines_split() -> None:
    text = "Zeile eins\n" * 40_000
    spans = sentences(text, "de")
    assert len(spans) == 40_000
    assert {text[a:b] for a, b in spans} == {"Zeile eins"}


def test_many_ignored_spans_trim_as_before() -> None:
    text = "".join(f"<{i}> Satz {i}. " for i in range(20_000))
    ignored = [(m.start(), m.end()) for m in __import__("re").finditer(r"<\d+>", text)]
    spans = sentences(text, "de", ignored)
    assert len(spans) == 20_000
    assert all(text[a:b] == f"Satz {i}." for i, (a, b) in enumerate(spans))


def test_ignored_spans_in_any_order_overlapping_or_touching_trim_the_same() -> None:
    text = "xx Ein Satz. yy"
    # "xx" is ignored as two touching spans given out of order, "yy" as overlapping ones.
    ignored = [(1, 2), (13, 15), (0, 1), (12, 14)]
    assert split(text, "de", ignored) == ["Ein Satz."]
    assert paragraphs(text, ignored) == [(3, 12)]


def test_parts_between_skips_separators_inside_many_quotations() -> None:
    import re

    from tui.core.sentences import parts_between

    quote = "„eins, zwei, drei und noch viel mehr“"
    text = ", ".join([quote] * 5_000)
    parts = parts_between(re.compile(", "), text, outside_quotes=True)
    assert [text[a:b] for a, b in parts] == [quote] * 5_000
