"""One label per one-word name in a document when what is said of it shows a company.

A name the model calls a person because of its form (a given name's form, a cluster of
given names) is a company's when the document puts it in a compound with a role only an
organisation has ("Fobra-Chef", "Lindqvist-Konzern", "Xanto-Aktie"; English "Xanto CEO")
or gives it a company cue ("Xyzzo senkt Prognose", "shares of Xyzzo"), and nothing but the
model says it is a person: no title before it, no full person name it is part of, no
quotation it speaks. Its model votes for PER then count for ORG on every mention of it in
the document, so that the name is one organisation throughout.

The roles are the language's data (``company_roles``); roles a person has as well
("Trump-Sprecherin", "Trump-Tochter") are not among them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

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
        and not rules.is_title(word)
    )


class ModelVotes:
    """Each candidate's PER weight from the model, taken before any rule voted."""

    def __init__(self, found: Iterable[Candidate]) -> None:
        # Keyed by identity; the candidates are kept so that no identity is reused.
        self._votes = {id(c): (c, c.votes[_PER]) for c in found}

    def person(self, c: Candidate) -> float:
        entry = self._votes.get(id(c))
        return entry[1] if entry is not None and entry[0] is c else 0


def settle_companies(
    found: Iterable[Candidate],
    model: ModelVotes,
    companies: set[str],
    rules: NameRules,
) -> None:
    """Turn the model's PER votes into ORG votes on every mention of a one-word name in
    ``companies`` (by :func:`company_role_names` or a company cue) that nothing but the
    model calls a person."""
    found = list(found)
    if not companies:
        return
    in_full_names = {
        part
        for c in found
        # A repeat carries no votes of its own.
        if " " in c.text.strip() and c.votes and c.votes.leader() == _PER
        for part in c.text.split()
    }
    by_name: dict[str, list[Candidate]] = {}
    for c in found:
        name = c.text.strip()
        if " " in name:
            continue
        name = rules.genitive_stem(name, companies) or name
        if name in companies and name not in in_full_names:
            by_name.setdefault(name, []).append(c)
    for mentions in by_name.values():
        if any(c.votes[_PER] > model.person(c) for c in mentions):
            continue  # a title, a speaker's quotation or a given name says person
        for c in mentions:
            moved = model.person(c)
            if moved and c.votes[_PER]:
                c.votes[_ORG] = c.votes[_ORG] + moved
                del c.votes[_PER]


def cued_names(candidates: Iterable[Candidate]) -> set[str]:
    """The one-word names among company-cue ``candidates``."""
    return {c.text.strip() for c in candidates if " " not in c.text.strip()}
