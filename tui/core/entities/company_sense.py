"""One label per one-word name in a document when what is said of it shows a company.

A name the model calls a person because of its form (a given name's form, a cluster of
given names) is a company's when the document puts it in a compound with a role only an
organisation has ("Fobra-Chef", "Lindqvist-Konzern", "Xanto-Aktie"; English "Xanto CEO")
or gives it a company cue ("Xyzzo senkt Prognose", "shares of Xyzzo", "Xyzzo's chief
executive") or a legal form ("Xyzzo Corp"), and nothing but the model says it is a person:
no title before it, no full person name it is part of, no quotation it speaks. Its model
votes for PER then count for ORG on every mention of it in the document, so that the name
is one organisation throughout; so do its votes for LOC unless the name is a known place or
a place cue ("Xanto residents") says place.

The roles are the language's data (``company_roles``); roles a person has as well
("Trump-Sprecherin", "Trump-Tochter") are not among them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from tui.core.entities.candidates import (
    CONTEXT_VOTE,
    Candidate,
    Votes,
    Word,
    is_capitalised,
    name_extent,
)
from tui.core.entities.language_rules import NameRules

_PER = "PER"
_ORG = "ORG"
_LOC = "LOC"


def company_role_names(words: Sequence[Word], text: str, rules: NameRules) -> set[str]:
    """The one-word names of one sentence's ``words`` that a company role follows, as the
    first part of a compound ("Fobra-Chef") or as the next word ("Xanto CEO")."""
    if not rules.company_roles:
        return set()
    out: set[str] = set()
    for i, w in enumerate(words):
        first, dash, last = w.text.partition("-")
        if dash and last in rules.company_roles and _name_like(first, rules):
            out.add(first)
        elif (
            w.text in rules.company_roles
            and i > 0
            and "-" not in words[i - 1].text
            and _name_like(words[i - 1].text, rules)
            and name_extent(words, i - 1, rules, text) == 1
            and not (i > 1 and _name_like(words[i - 2].text, rules))
        ):
            out.add(words[i - 1].text)
    return out


def role_compound_candidates(words: Sequence[Word], rules: NameRules) -> list[Candidate]:
    """The first parts of compounds with a company role that the context rules do not read
    already (``AfD-Fraktionschef``, not ``Meta-Sprecher``): ORG candidates."""
    out: list[Candidate] = []
    for w in words:
        first, dash, last = w.text.partition("-")
        if (
            dash
            and last in rules.company_roles
            and not rules.is_organisation_role(w.text)
            and _name_like(first, rules)
        ):
            end = w.start + len(first)
            out.append(Candidate(w.start, end, first, Votes(ORG=CONTEXT_VOTE), "rule"))
    return out


def _name_like(word: str, rules: NameRules) -> bool:
    return (
        len(word) > 1
        and is_capitalised(word)
        and not rules.is_common(word)
        and word not in rules.never_alone
        and not rules.is_title(word)
    )


class ModelVotes:
    """Each candidate's PER and LOC weights from the model, taken before any rule voted."""

    def __init__(self, found: Iterable[Candidate]) -> None:
        # Keyed by identity; the candidates are kept so that no identity is reused.
        self._votes = {id(c): (c, c.votes[_PER], c.votes[_LOC]) for c in found}

    def person(self, c: Candidate) -> float:
        entry = self._votes.get(id(c))
        return entry[1] if entry is not None and entry[0] is c else 0

    def place(self, c: Candidate) -> float:
        entry = self._votes.get(id(c))
        return entry[2] if entry is not None and entry[0] is c else 0


def legal_form_names(found: Iterable[Candidate], rules: NameRules) -> set[str]:
    """The names the document also writes with a company's legal form ("Xyzzo" where it
    names "Xyzzo Corp"): companies, whatever the model reads elsewhere."""
    out: set[str] = set()
    for c in found:
        name, _, last = c.text.strip().rpartition(" ")
        if name and " " not in name and last in rules.legal_forms:
            out.add(name)
    return out


def settle_companies(
    found: Iterable[Candidate],
    model: ModelVotes,
    companies: set[str],
    rules: NameRules,
    certain: frozenset[str] | set[str] = frozenset(),
) -> None:
    """Turn the model's PER votes into ORG votes on every mention of a one-word name in
    ``companies`` (by :func:`company_role_names`, a company cue or a legal form) that
    nothing but the model calls a person, and its LOC votes too unless the name is a known
    place or a place cue votes for it. ``certain``: the names of ``companies`` the document
    writes with a legal form (:func:`legal_form_names`)."""
    if not companies:
        return
    by_name = one_word_mentions(found, rules, companies, companies.__contains__)
    for name, mentions in by_name.items():
        # A title, a speaker's quotation or a given name says person; of a name the
        # document writes with a legal form, one such cue alone does not ("said Xyzzo
        # would" reads the company as a speaker).
        allowed = CONTEXT_VOTE if name in certain else 0
        if sum(c.votes[_PER] - model.person(c) for c in mentions) > allowed:
            continue
        # A known place, or a place's cue, keeps the model's places ("Mexico said its").
        places = name not in rules.places and not any(
            c.votes[_LOC] > model.place(c) for c in mentions
        )
        for c in mentions:
            move_votes(c, _PER, _ORG, model.person(c))
            if places:
                move_votes(c, _LOC, _ORG, model.place(c))


def one_word_mentions(
    found: Iterable[Candidate], rules: NameRules, stems: set[str], keep: Callable[[str], bool]
) -> dict[str, list[Candidate]]:
    """The mentions of each one-word name ``keep`` accepts (a genitive counted as the name
    of ``stems`` it inflects) that is no part of a person's full name in the document."""
    found = list(found)
    in_full_names = person_name_parts(found)
    by_name: dict[str, list[Candidate]] = {}
    for c in found:
        name = c.text.strip()
        if " " in name:
            continue
        name = rules.genitive_stem(name, stems) or name
        if keep(name) and name not in in_full_names:
            by_name.setdefault(name, []).append(c)
    return by_name


def person_name_parts(found: Iterable[Candidate]) -> set[str]:
    """The words of the multi-word names voted PER: a one-word name among them is a
    person's given name or surname, whatever else the document says of it."""
    return {
        part
        for c in found
        # A repeat carries no votes of its own.
        if " " in c.text.strip() and c.votes and c.votes.leader() == _PER
        for part in c.text.split()
    }


def move_votes(c: Candidate, label: str, to: str, moved: float) -> None:
    """The model's ``moved`` votes for ``label`` counted for ``to`` instead."""
    if moved and c.votes[label]:
        c.votes[to] = c.votes[to] + moved
        del c.votes[label]


def cued_names(candidates: Iterable[Candidate]) -> set[str]:
    """The one-word names among company-cue ``candidates``."""
    return {c.text.strip() for c in candidates if " " not in c.text.strip()}
