from __future__ import annotations

import pytest

from tui.core.events.titles import TITLE_LIMIT, compress, keeps_main_verb, main_verb

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
    words = set(sentence.replace(",", " ").replace(".", " ").split())
    assert all(word in words for word in title.rstrip("…").replace(",", " ").split())


def test_subordinate_clauses_are_dropped_before_cutting() -> None:
    title = compress(LONG_GERMAN, "de")
    assert "als Trump" not in title
    # ... and the phrase before the verb when it is still too long, the subject first.
    assert title == "Zuckerberg sperrte den damaligen Präsidenten von seinen sozialen Plattformen"
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


@pytest.mark.parametrize(
    ("sentence", "lang", "title"),
    [
        # a long phrase before the verb goes, the subject comes first
        (
            "Nach einem schwachen dritten Quartal mit sinkenden Aufträgen aus Asien hat der "
            "Maschinenbauer Kramer seine Prognose gesenkt.",
            "de",
            "Der Maschinenbauer Kramer hat seine Prognose gesenkt",
        ),
        (
            "Bei der Abstimmung im Stadtrat von Lindau erhielt sie am Montag im zweiten "
            "Wahlgang 31 der 52 Stimmen.",
            "de",
            "Sie erhielt am Montag im zweiten Wahlgang 31 der 52 Stimmen",
        ),
        (
            "Wie der Verband am Freitag in Bremen mitteilte, gibt es im kommenden Jahr "
            "deutlich weniger Ausbildungsplätze.",
            "de",
            "Es gibt im kommenden Jahr deutlich weniger Ausbildungsplätze",
        ),
        # an apposition between the subject and its verb goes
        (
            "Mara Olsen, the chair of the regional water board in the northern district, "
            "resigned on Monday after the vote.",
            "en",
            "Mara Olsen resigned on Monday after the vote",
        ),
        (
            "After three weeks of tense talks with the unions and the regional government, "
            "the carmaker closed its plant.",
            "en",
            "The carmaker closed its plant",
        ),
    ],
)
def test_the_subject_and_the_main_verb_stay(sentence: str, lang: str, title: str) -> None:
    assert compress(sentence, lang) == title


@pytest.mark.parametrize(
    ("sentence", "lang", "kept"),
    [
        # the auxiliary keeps its participle: the middle goes, "…" marks it
        (
            "Die Stadtwerke haben inzwischen in einem ehemaligen Lagerhaus am Hafen von "
            "Emmerich eine provisorische Notunterkunft eingerichtet.",
            "de",
            ("Die Stadtwerke haben", "eingerichtet", " … "),
        ),
        (
            "Der Kreistag stimmte nach langer Debatte über die Kosten der Sanierung einem "
            "Kompromiss der beiden großen Fraktionen zu.",
            "de",
            ("Der Kreistag stimmte", "zu", " … "),
        ),
        # a subject too long for the title: the cut is at its end, the verb follows
        (
            "Eine von der kleinen Oppositionspartei der Bauern und Fischer des Nordens "
            "angeführte Koalition hat die Wahl gewonnen.",
            "de",
            ("Eine von der", "hat die Wahl gewonnen", " … "),
        ),
        (
            "A coalition of farmers, fishermen and small traders from the remote northern "
            "provinces of the island has won the vote.",
            "en",
            ("A coalition of farmers", "has won the vote", " … "),
        ),
    ],
)
def test_a_title_that_cannot_keep_all_marks_the_cut(
    sentence: str, lang: str, kept: tuple[str, ...]
) -> None:
    title = compress(sentence, lang)
    assert len(title) <= TITLE_LIMIT + 1
    assert all(part in title for part in kept), title
    assert keeps_main_verb(title, sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang", "verb"),
    [
        (
            "Nach dem Spiel hat der Trainer seinen Rücktritt angekündigt.",
            "de",
            ("hat", "angekündigt"),
        ),
        ("Die Firma kündigte am Dienstag neue Stellen an.", "de", ("kündigte", "an")),
        (
            "Am Freitag ist die neue Brücke für den Verkehr freigegeben worden.",
            "de",
            ("ist", "freigegeben", "worden"),
        ),
        ("An der beginnenden Messe nehmen viele Firmen teil.", "de", ("nehmen", "teil")),
        ("The mayor, who took office in May, announced a new budget.", "en", ("announced",)),
        ("As the storm grew, residents left the coast.", "en", ("left",)),
        ("The new data shows a steep rise.", "en", ("shows",)),
    ],
)
def test_main_verb(sentence: str, lang: str, verb: tuple[str, ...]) -> None:
    assert main_verb(sentence, lang) == verb


@pytest.mark.parametrize("limit", [10, 20, 30, 50])
@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        (
            "Nach einem schwachen dritten Quartal hat der Maschinenbauer Kramer aus Ulm seine"
            " Prognose für das laufende Geschäftsjahr am Dienstag deutlich gesenkt.",
            "de",
        ),
        (
            "The long-serving chief executive of the regional utility company announced on"
            " Monday that she would step down at the end of the year.",
            "en",
        ),
    ],
)
def test_a_small_limit_still_gives_a_short_title(sentence: str, lang: str, limit: int) -> None:
    title = compress(sentence, lang, limit=limit)
    assert title and len(title) <= max(limit, 25) + 2
