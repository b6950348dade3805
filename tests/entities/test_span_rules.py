"""The English span rules (tui/core/entities/span_rules.py), one table per rule, on
sentences written for these tests; the German data leaves the English-only rules off."""

from __future__ import annotations

import pytest

from tui.core.entities import recognise
from tui.core.entities.candidates import Candidate, Votes
from tui.core.entities.language_rules import rules_for
from tui.core.entities.span_rules import trim_span

from .conftest import item


def _trimmed(text: str, span: str, label: str = "PER", lang: str = "en") -> list[str]:
    start = text.index(span)
    candidate = Candidate(start, start + len(span), span, Votes({label: 1}))
    return [c.text for c in trim_span(candidate, text, rules_for(lang))]


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("He wrote to the Federal Council in May.", "the Federal Council", ["Federal Council"]),
        ("Some Green Party members left.", "Some Green Party", ["Green Party"]),
        ("It was the first Winter Cup there.", "first Winter Cup", ["Winter Cup"]),
        ("The Quill Institute said no.", "The Quill Institute", ["Quill Institute"]),
        # Mid-sentence a capitalised article belongs to the name.
        ("He spoke to The Quill Gazette.", "The Quill Gazette", ["The Quill Gazette"]),
    ],
)
def test_leading_determiners_and_quantifiers_are_cut(text, span, expected):
    assert _trimmed(text, span, "ORG") == expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Ann Doe's album sold well.", "Ann Doe's", ["Ann Doe"]),
        ("Ann Doe’s album sold well.", "Ann Doe’s", ["Ann Doe"]),
        ("Tom Jones' album sold well.", "Tom Jones'", ["Tom Jones"]),
        ("North Macedonia's parliament met.", "North Macedonia's", ["North Macedonia"]),
        ("Quill News' Decision Desk said.", "Quill News' Decision Desk", ["Quill News"]),
        (
            "Quill Children's Hospital said.",
            "Quill Children's Hospital",
            ["Quill Children's Hospital"],
        ),
    ],
)
def test_trailing_possessives_are_cut(text, span, expected):
    assert _trimmed(text, span) == expected


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        ("Lee Jae-myung spoke.", "Lee Jae", "PER", ["Lee Jae-myung"]),
        ("Coach Park Min-ho left.", "Park Min", "PER", ["Park Min-ho"]),
        ("Anna Rolls-Royce came.", "Anna Rolls", "PER", ["Anna Rolls-Royce"]),
        # A lower-case word that makes a compound is no part of the name.
        ("A Trump-backed bill.", "Trump", "PER", ["Trump"]),
        ("A Quill-owned farm.", "Quill", "ORG", ["Quill"]),
    ],
)
def test_a_name_goes_on_over_a_hyphenated_part(text, span, label, expected):
    assert _trimmed(text, span, label) == expected


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        ("Norway 3-1 at home.", "Norway 3-1", "LOC", ["Norway"]),
        # A result with a decimal comma after a name (German sports results).
        ("6. Anna Quell 34.05,1 (6).", "Anna Quell 34.05,1", "PER", ["Anna Quell"]),
        ("1. Ben Roe 1:02,7 vor Ann.", "Ben Roe 1:02,7", "PER", ["Ben Roe"]),
        # A version number stays with its name.
        ("Quillnet 2.0 launched.", "Quillnet 2.0", "MISC", ["Quillnet 2.0"]),
        ("The 2030 Lisbon Games open.", "2030 Lisbon Games", "MISC", ["Lisbon Games"]),
        ("Senate Leader Ann Doe spoke.", "Senate Leader Ann Doe", "ORG", ["Senate", "Ann Doe"]),
        ("Quill CEO Ben Roe spoke.", "Quill CEO Ben Roe", "PER", ["Quill", "Ben Roe"]),
        ("Prime Minister Ann Doe spoke.", "Prime Minister Ann Doe", "PER", ["Ann Doe"]),
        ("Harbour Guard Sgt. Ben Roe spoke.", "Harbour Guard Sgt", "ORG", ["Harbour Guard"]),
        # A numbered name keeps its number; a name of a body keeps a title after "of".
        ("Apollo 11 landed.", "Apollo 11", "MISC", ["Apollo 11"]),
        (
            "The Department of Justice said.",
            "Department of Justice",
            "ORG",
            ["Department of Justice"],
        ),
    ],
)
def test_scores_numbers_and_roles_are_cut_from_names(text, span, label, expected):
    assert _trimmed(text, span, label) == expected


def test_a_person_after_a_title_inside_a_span_is_voted_a_person():
    text = "Senate Leader Ann Doe spoke."
    start = text.index("Senate")
    candidate = Candidate(start, start + 21, text[start : start + 21], Votes(ORG=1))
    senate, person = trim_span(candidate, text, rules_for("en"))
    assert senate.votes.leader() == "ORG" and person.votes.leader() == "PER"


def test_german_spans_keep_titles_and_hyphen_rules_off():
    assert _trimmed(
        "Verband Deutscher Richter tagt.", "Verband Deutscher Richter", "ORG", "de"
    ) == ["Verband Deutscher Richter"]


@pytest.mark.parametrize(
    ("label", "phrase", "text"),
    [
        ("MISC", "Euro", "The Euro fell again."),
        ("LOC", "City", "They met at City on Monday."),
        ("PER", "Historic", "Historic, he said."),
        ("LOC", "TV", "He watched a match on TV tonight."),
        ("PER", "Seventies", "She grew up in the Seventies, she said."),
    ],
)
def test_never_a_currency_generic_noun_or_bare_adjective_alone(fake_model, label, phrase, text):
    from tui.core.entities import recognise

    fake_model([(label, phrase)])
    mentions, _ = recognise([item(text, lang="en")])
    assert mentions[0] == []


def test_a_title_before_a_waters_name_is_part_of_it(fake_model):
    from tui.core.entities import recognise

    fake_model([("LOC", "Prince Quill Sound")])
    mentions, _ = recognise([item("Oil reached Prince Quill Sound in May.", lang="en")])
    assert [(m.text, m.label) for m in mentions[0]] == [("Prince Quill Sound", "LOC")]


def test_a_generic_noun_inside_a_name_is_kept(fake_model):
    from tui.core.entities import recognise

    fake_model([("ORG", "Supreme Court"), ("LOC", "City Hall")])
    mentions, _ = recognise([item("The Supreme Court met near City Hall.", lang="en")])
    assert [m.text for m in mentions[0]] == ["Supreme Court", "City Hall"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("QUILLTOWN (AP) — The council met.", "QUILLTOWN"),
        ("NORTH QUILL, Texas — The council met.", "NORTH QUILL"),
        ("QUILLTOWN -- The council met.", "QUILLTOWN"),
    ],
)
def test_a_datelines_place_outweighs_one_model_guess(fake_model, text, place):
    from tui.core.entities import recognise

    fake_model([("ORG", place)])
    mentions, _ = recognise([item(text, lang="en")])
    assert (mentions[0][0].text, mentions[0][0].label) == (place, "LOC")


def test_a_determiner_after_a_datelines_dash_starts_a_sentence():
    assert _trimmed("QUILLTOWN (AP) — The Quill Games open.", "The Quill Games", "MISC") == [
        "Quill Games"
    ]


def test_capitals_before_a_comma_are_no_dateline(fake_model):
    from tui.core.entities import recognise

    fake_model([("ORG", "QPD")])
    mentions, _ = recognise([item("QPD, Greens and others voted.", lang="en")])
    assert mentions[0][0].label == "ORG"


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        ("en", "Ann Doe met Bo Lund. A race between Doe and Lund.", "Doe and Lund"),
        ("de", "Anna Bork traf Lars Lund. Ein Rennen zwischen Bork und Lund.", "Bork und Lund"),
    ],
)
def test_two_known_names_joined_by_and_are_two_mentions(fake_model, lang, text, pair):
    first, second = pair.split()[0], pair.split()[-1]
    people = ["Ann Doe", "Bo Lund", "Anna Bork", "Lars Lund"]
    fake_model([("MISC", pair), *(("PER", name) for name in people)])
    mentions, _ = recognise([item(text, lang=lang)])
    found = [(m.text, m.label) for m in mentions[0]]
    assert (first, "PER") in found and (second, "PER") in found
    assert pair not in [t for t, _ in found]


def test_a_name_with_and_stays_whole_when_its_parts_are_not_known(fake_model):
    fake_model([("ORG", "Marks and Spencer")])
    mentions, _ = recognise([item("Shares of Marks and Spencer fell.", lang="en")])
    assert [(m.text, m.label) for m in mentions[0]] == [("Marks and Spencer", "ORG")]


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # A live report's time starts the line: "The" after it starts the sentence.
        ("Help came.\n1850 The Red Cross says more.", "The Red Cross", ["Red Cross"]),
        ("Help came.\n1850 The Red Cross says more.", "1850 The Red Cross", ["Red Cross"]),
        # A number inside a sentence leaves a capitalised "The" to the name.
        ("He said in 2010 The Quill Gazette ran it.", "The Quill Gazette", ["The Quill Gazette"]),
    ],
)
def test_a_determiner_after_a_leading_time_is_cut(text, span, expected):
    assert _trimmed(text, span, "ORG") == expected
