from __future__ import annotations

import pytest

from tui.core.titles import TITLE_LIMIT, compress

LONG_GERMAN = (
    "Nach den Ereignissen am 6. Januar 2021, als Trump seine Anhänger dazu aufgerufen hatte,"
    " das Kapitol zu stürmen, sperrte Zuckerberg den damaligen Präsidenten von seinen"
    " sozialen Plattformen."
)
LONG_ENGLISH = (
    "The senator, who had opposed the bill for months, finally voted in favour of the"
    " measure on Tuesday after a long night of negotiations with the White House."
)


def test_short_sentences_stay_whole() -> None:
    assert compress("Zuckerberg und Trump dinieren zusammen.", "de") == (
        "Zuckerberg und Trump dinieren zusammen"
    )


@pytest.mark.parametrize(("sentence", "lang"), [(LONG_GERMAN, "de"), (LONG_ENGLISH, "en")])
def test_long_sentences_are_compressed_at_word_boundaries(sentence: str, lang: str) -> None:
    title = compress(sentence, lang)
    assert len(title) <= TITLE_LIMIT
    words = set(sentence.replace(",", " ").split())
    assert all(word in words for word in title.rstrip("…").replace(",", " ").split())


def test_subordinate_clauses_are_dropped_before_cutting() -> None:
    title = compress(LONG_GERMAN, "de")
    assert "als Trump" not in title
    assert "sperrte Zuckerberg" in title
    assert "who had opposed" not in compress(LONG_ENGLISH, "en")


def test_lead_in_and_whitespace_are_removed() -> None:
    assert compress("Denn:  Erst kürzlich\nkündigte das Unternehmen an.", "de") == (
        "Erst kürzlich kündigte das Unternehmen an"
    )


def test_one_huge_word_is_still_limited() -> None:
    assert len(compress("x" * 300, "en")) <= TITLE_LIMIT


def test_a_coordinated_part_of_a_dropped_clause_is_dropped_too() -> None:
    sentence = (
        "Trump drohte daraufhin mit rechtlichen Konsequenzen, sollte Zuckerberg ähnlich"
        " handeln, und wenn er diesmal etwas Illegales tut, wird er im Gefängnis landen."
    )
    assert compress(sentence, "de") == "Trump drohte daraufhin mit rechtlichen Konsequenzen"


def test_the_rest_of_a_dropped_clause_goes_with_it() -> None:
    # "der Ausstand ... dauern" is reported speech, its time apposition and verb belong to it.
    sentence = (
        "GDL-Chef Claus Weselsky kündigte in Frankfurt an, der Ausstand werde bis Mittwoch, "
        "18 Uhr, dauern."
    )
    assert compress(sentence, "de") == "GDL-Chef Claus Weselsky kündigte in Frankfurt an"


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("WASHINGTON (Reuters) - The agency widened its probe.", "The agency widened its probe"),
        ("Berlin (dpa) – Die Bahn streikt erneut.", "Die Bahn streikt erneut"),
        ("Frankfurt/Main (dpa-AFX) - Die Aktie fiel.", "Die Aktie fiel"),
        ("PARIS – Macron spoke on Monday.", "Macron spoke on Monday"),
        ("Trump (78) - der Sieger - sprach.", "Trump (78) - der Sieger - sprach"),
        (
            "Die GDL (Gewerkschaft) - so heißt es - streikt.",
            "Die GDL (Gewerkschaft) - so heißt es - streikt",
        ),
    ],
)
def test_a_news_dateline_is_not_part_of_the_title(sentence: str, title: str) -> None:
    assert compress(sentence, "de") == title


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("The match began at 2 p.m.", "The match began at 2 p.m."),
        ("He moved to the U.S.", "He moved to the U.S."),
        ("Er kam gestern.", "Er kam gestern"),
        ("— Der Streik beginnt am Montag.", "Der Streik beginnt am Montag"),
    ],
)
def test_an_abbreviation_keeps_its_period_and_no_title_opens_with_a_dash(
    sentence: str, title: str
) -> None:
    assert compress(sentence, "en") == title


def test_an_apposition_after_a_dropped_clause_goes_with_it() -> None:
    sentence = (
        "The bishop met Michael Kerr in the spring of 2019, when he was the pastor of the "
        "parish, the youngest in the whole diocese."
    )
    assert compress(sentence, "en") == "The bishop met Michael Kerr in the spring of 2019"
