"""The words that stand in for a POS tagger when a title looks for the main verb: the
``[titles]`` table of each language's ``events.toml``, with the past and reporting forms the
temporal tagger and the statement reader know."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from tui.core import resources


@dataclass(frozen=True, slots=True)
class TitleClues:
    lang: str
    #: Forms that are finite verbs wherever they stand ("ist", "has", "starb", "said").
    finite: frozenset[str]
    #: Finite forms that want a verb at the clause end, or are one ("hat", "wird").
    auxiliaries: frozenset[str]
    #: Words with a verb's ending that are no verbs ("ago", "bundesweit").
    not_verbs: frozenset[str]
    #: Determiners and prepositions: the lower-case words after one are a noun phrase.
    phrase_openers: frozenset[str]
    #: Words that open a phrase before the subject ("After ...", "Nach ...").
    fronted: frozenset[str]
    pronouns: frozenset[str]
    #: Words that may open the subject after the finite verb ("hat der Konzern ...").
    subject_openers: frozenset[str]
    #: Reflexives stay with the verb when the subject goes first ("musste sich X").
    reflexives: frozenset[str]
    #: A form with a finite verb's ending that is none ("kommende").
    not_finite: re.Pattern[str] | None
    #: Genitive articles and the words that join a name to its subject: "der
    #: Friedenspreis des Buchhandels", "der Maschinenbauer Kramer aus Ulm" are one subject.
    genitive: frozenset[str]
    #: German: nouns are capitalised, the verb's non-finite part ends the clause.
    verb_final: bool
    #: Conjunctions that join two main clauses: the word before one ends its clause.
    clause_joiners: frozenset[str]
    #: Separable particles that end a clause ("kündigte ... an").
    particles: frozenset[str]
    #: The participle or infinitive that ends an auxiliary's clause ("gesenkt", "werden").
    clause_final: re.Pattern[str] | None
    #: Endings of a finite verb in no list ("senkte", "announced").
    finite_endings: tuple[str, ...]
    #: English "-s": a present form only before a determiner or a pronoun.
    present_ending: str


def _lower(words: list[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


@cache
def title_clues(lang: str) -> TitleClues:
    events = resources.load(lang, "events")
    table = events.get("titles", {})
    tense = resources.load(lang, "temporal").get("tense", {})
    statements = events.get("statements", {})
    not_verbs = _lower(table.get("not_verbs", []))
    # Preterite and reporting forms the tagger knows are finite verbs too ("starb", "said").
    known = _lower(tense.get("past", []) + tense.get("reporting", []))
    known |= _lower(statements.get("speech", []))
    final = table.get("clause_final")
    return TitleClues(
        lang=lang,
        finite=(_lower(table.get("finite", [])) | known) - not_verbs,
        auxiliaries=_lower(table.get("auxiliaries", [])),
        not_verbs=not_verbs,
        phrase_openers=_lower(table.get("phrase_openers", [])),
        fronted=_lower(table.get("fronted", [])),
        pronouns=_lower(table.get("pronouns", [])),
        subject_openers=_lower(table.get("subject_openers", [])),
        reflexives=_lower(table.get("reflexives", [])),
        not_finite=re.compile(table["not_finite"]) if table.get("not_finite") else None,
        genitive=_lower(table.get("genitive", [])) | _lower(table.get("name_attributes", [])),
        verb_final=bool(table.get("verb_final", False)),
        clause_joiners=_lower(table.get("clause_joiners", [])),
        particles=_lower(table.get("particles", [])),
        clause_final=re.compile(final) if final else None,
        finite_endings=tuple(table.get("finite_endings", [])),
        present_ending=table.get("present_ending", ""),
    )
