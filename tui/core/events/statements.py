"""What kind of statement a sentence makes, without a POS tagger: an event told in the
past, a present state or report, a plan; or something no timeline shows (a question, a
bare quote, a general or hypothetical statement, an opinion).

The words come from the ``[statements]`` table of each language's ``events.toml``; the
tense words are those the temporal tagger reads (``[tense]`` of ``temporal.toml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import cache

from tui.core import resources
from tui.core.events.titles.clauses import subordinate_clauses
from tui.core.sentences import CLOSING_QUOTES, quotations
from tui.core.temporal.grammar import TenseClues


class Kind(Enum):
    PAST = "past"  # an event told in the past: "starb", "was killed", "hat ... verabschiedet"
    PRESENT = "present"  # a report or state of now: "warnt", "are expected", "gibt es"
    FUTURE = "future"  # a plan or expectation: "wird", "will", "soll"
    #: A general, habitual or hypothetical statement: dated only by a date of its own.
    GENERAL = "general"
    NONE = "none"  # no event at all: a question, a bare quote


_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")
_ANY_WORD = re.compile(r"\w+")
_QUOTE_OPEN = '"„“«»'
_QUOTE_CLOSE = tuple(CLOSING_QUOTES)
_CLOSING = "\"'“”«»‘’)] "
_QUOTE_MARKS = '"„“”«»'
#: A sentence of fewer words is no statement of an event.
_MIN_WORDS = 3
#: A regular past ending counts only on a word longer than this ("need", "Ente" are none).
_MIN_PAST_FORM = 4


@dataclass(frozen=True, slots=True)
class StatementClues:
    lang: str
    tense: TenseClues
    #: Finite forms of the perfect's auxiliaries ("hat", "ist"): with a participle, a past.
    perfect: frozenset[str]
    #: A participle's form ("ge...t", "-ed"), checked on lower-case words, and the
    #: irregular participles no form describes ("grown", "taken").
    participle: re.Pattern[str] | None
    participles: frozenset[str]
    #: Past forms of verbs no ending describes ("starb", "fiel"), with their plurals.
    past_forms: frozenset[str]
    #: Past-tense endings of regular verbs ("-te"), on lower-case words, with exceptions
    #: (which also overrule the tagger's past markers that are no verbs: "former").
    past_suffixes: tuple[str, ...]
    not_past: frozenset[str]
    #: Words after which a word is no verb ("der", "the"): "die letzte", "the reduced".
    determiners: frozenset[str]
    #: Words that make a sentence general or hypothetical: "kann", "would", "muss".
    general: re.Pattern[str] | None
    #: Words that make a sentence tell what recurs ("traditionell", "usually"): its date is
    #: a recurring time ("am Sonntag der Buchmesse"), no event on the timeline.
    habitual: re.Pattern[str] | None
    #: A credit line of the article's makers ("X contributed to this report").
    credit: re.Pattern[str] | None
    #: Words that make what follows them imagined ("als ob", "as if"): no event at all.
    hypothetical: re.Pattern[str] | None
    #: Words that place a statement at no particular time ("einst", "bisher", "once") or
    #: make it a comment ("Damit ...", "Denn ..."): dated only by a date of its own.
    undated: re.Pattern[str] | None
    #: Words that report speech ("sagte", "said"): a quote with one is a statement.
    speech: frozenset[str]
    #: Verbs that tell a state rather than an action: "ist", "war", "gibt", "has".
    copulas: frozenset[str]
    #: Personal pronouns: someone who acts.
    pronouns: frozenset[str]
    #: Relative pronouns: a clause they open describes someone the sentence names.
    relatives: frozenset[str]
    #: Words that say a statement holds now: "inzwischen", "by now".
    now: re.Pattern[str] | None
    #: Forms that mark reported speech (German Konjunktiv I: "sei", "habe", "müsse").
    reported: frozenset[str]
    #: Headlines tell past events in the present tense ("Quincy Jones dies at 91").
    headline_present_is_past: bool
    #: The present perfect tells what holds now ("cases have been reported"), not a past
    #: event the story goes on from (English; German news tells its past in the perfect).
    perfect_is_present: bool
    #: Separators of the parts of a sentence that may be events of their own.
    part_separator: re.Pattern[str] | None
    clause_separator: re.Pattern[str] | None


def _words(table: dict[str, list[str]], key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in table.get(key, []))


def _with_endings(words: frozenset[str], endings: list[str]) -> frozenset[str]:
    """``words`` and each with every ending ("starb", "starben"; "schrie", "schrien")."""
    formed = {w + e[1:] if w.endswith(e[0]) else w + e for w in words for e in endings}
    return words | formed


def _alternatives(patterns: list[str], flags: int = re.IGNORECASE) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(patterns) + r")(?!\w)", flags)


@cache
def statement_clues(lang: str) -> StatementClues:
    table = resources.load(lang, "events").get("statements", {})
    tense = TenseClues.from_table(resources.load(lang, "temporal").get("tense", {}))
    participle = table.get("participle")
    parts = table.get("part_separators", [])
    clauses = table.get("clause_separators", [])
    return StatementClues(
        lang=lang,
        tense=tense,
        perfect=_words(table, "perfect"),
        participle=re.compile(participle) if participle else None,
        participles=_words(table, "participles"),
        past_forms=_with_endings(_words(table, "past_forms"), table.get("past_plural_endings", [])),
        past_suffixes=tuple(table.get("past_suffixes", [])),
        not_past=_words(table, "not_past"),
        determiners=_words(table, "determiners") | tense.determiners,
        general=_alternatives(table.get("general", [])),
        habitual=_alternatives(table.get("habitual", [])),
        undated=_alternatives(table.get("undated", [])),
        hypothetical=_alternatives(table.get("hypothetical", [])),
        credit=_alternatives(table.get("credit", [])),
        speech=_words(table, "speech") | tense.reporting_words,
        reported=_words(table, "reported"),
        copulas=_words(table, "copulas"),
        pronouns=_words(table, "pronouns"),
        relatives=_words(table, "relatives"),
        now=_alternatives(table.get("now", [])),
        headline_present_is_past=bool(table.get("headline_present_is_past", False)),
        perfect_is_present=bool(table.get("perfect_is_present", False)),
        part_separator=re.compile("|".join(parts)) if parts else None,
        clause_separator=re.compile("|".join(clauses)) if clauses else None,
    )


@dataclass(frozen=True, slots=True)
class Statement:
    kind: Kind
    #: It only tells a state ("Die Fähre ist immer noch im Einsatz"), not an action.
    state: bool = False
    #: Its main clause has a personal pronoun, someone who acts ("Er erlag ...").
    pronoun: bool = False
    #: Its main clause says it holds now ("inzwischen", "mittlerweile", "by now").
    now: bool = False
    #: It tells its past only in the present perfect ("hat Entsetzen ausgelöst"): what the
    #: news has brought about by now, where a paragraph opens with it.
    perfect: bool = False


_NO_EVENT = Statement(Kind.NONE)


def statement_of(sentence: str, clues: StatementClues) -> Statement:
    """The kind of statement ``sentence`` makes."""
    stripped = sentence.strip()
    if stripped.endswith("?") or stripped.endswith(('?"', "?“", "?”", "?«", "?»")):
        return _NO_EVENT
    if len(_ANY_WORD.findall(stripped)) < _MIN_WORDS:
        return _NO_EVENT  # "Nicht wirklich.", "Update:"
    outside = _outside_quotes(stripped)
    tokens = _TOKEN.findall(outside)
    words = [t.lower() for t in tokens]
    if _is_bare_quote(stripped, outside, words, clues):
        return _NO_EVENT
    if clues.credit is not None and clues.credit.search(outside):
        return _NO_EVENT  # "Reuters contributed to this report."
    if clues.hypothetical is not None and clues.hypothetical.search(outside):
        return _NO_EVENT  # "..., als plane Albanien eine Marsmission für 2030": nothing happens
    # A hedge in a side clause ("..., dass die Gewinne sinken könnten") leaves the main
    # statement as it is.
    main = _main_clause(outside, clues.lang)
    if stripped.rstrip(_CLOSING).endswith("!"):
        return Statement(Kind.GENERAL)  # an exclamation: a comment, not a report
    if clues.habitual is not None and clues.habitual.search(outside):
        return _NO_EVENT  # "Traditionell wird der Preis am Sonntag vergeben": what recurs
    if any(p is not None and p.search(main) for p in (clues.general, clues.undated)):
        return Statement(Kind.GENERAL)
    main_words = {t.lower() for t in _TOKEN.findall(main)}
    if clues.speech.isdisjoint(words) and not clues.reported.isdisjoint(main_words):
        return Statement(Kind.GENERAL)  # reported speech without its speaker: "Es sei ..."
    kind, state, perfect = _tense(tokens, clues)
    # A state told by the main clause stays one, whatever its side clauses do ("But this
    # is the latest in a cycle that any president has dropped out").
    state = state or _tense(_TOKEN.findall(main), clues)[1]
    now = clues.now is not None and clues.now.search(main) is not None
    return Statement(kind, state, not clues.pronouns.isdisjoint(main_words), now, perfect)


def _main_clause(sentence: str, lang: str) -> str:
    """``sentence`` with its side clauses blanked out."""
    for start, end in reversed(subordinate_clauses(sentence, lang)):
        sentence = sentence[:start] + " " * (end - start) + sentence[end:]
    return sentence


def _outside_quotes(sentence: str) -> str:
    """The sentence with its longer quotations blanked out (their words are another's),
    and the part of a quotation that runs over from the sentence before or on into the
    next one: an odd quotation mark closes the one or opens the other."""
    marks = [i for i, ch in enumerate(sentence) if ch in _QUOTE_MARKS]
    if len(marks) % 2 == 1:
        first = marks[0]
        # A mark after a space opens a quotation ('kritisierte: "Es ist ...'), whatever it is.
        closes = (
            first > 0 and sentence[first] in CLOSING_QUOTES and not sentence[first - 1].isspace()
        )
        if closes and sentence[0] not in _QUOTE_OPEN:
            sentence = " " + sentence[marks[0] + 1 :]  # '... Innovation", so der Sprecher.'
        else:
            sentence = sentence[: marks[-1]] + " "  # 'Er sagte: "Wir ...'
    for start, end in reversed(quotations(sentence)):
        sentence = sentence[:start] + " " + sentence[end:]
    return sentence


def _is_bare_quote(sentence: str, outside: str, words: list[str], clues: StatementClues) -> bool:
    """A quotation without a speech verb outside it ("Heute ist ein großer Tag."), or a
    sentence that opens or closes a quotation running over several sentences."""
    if any(w in clues.speech for w in words):
        return False
    if len(outside.strip()) < len(sentence) / 3:
        return True
    if sentence[0] in _QUOTE_OPEN and sentence.rstrip(".").endswith(_QUOTE_CLOSE):
        return True
    unbalanced = sum(sentence.count(q) for q in _QUOTE_MARKS) % 2 == 1
    return unbalanced and (sentence[0] in _QUOTE_OPEN or sentence.endswith(_QUOTE_CLOSE))


def _tense(tokens: list[str], clues: StatementClues) -> tuple[Kind, bool, bool]:
    """The tense of a statement, whether it only tells a state, and whether its past is
    told only in the perfect ("hat ... ausgelöst", no preterite). A state: its only verbs are
    copulas ("ist", "war", "has"), with no participle or past form of another verb. Where
    the present perfect tells what holds now ("More than 1,000 cases have been reported"),
    a statement whose only past is one is of the present."""
    tense = clues.tense
    words = [t.lower() for t in tokens]
    past = perfect = future = action = copula = False
    previous = ""
    for index, word in enumerate(words):
        after_perfect = any(w in clues.perfect for w in words[max(0, index - 3) : index])
        if word in clues.copulas:
            copula = True
            if word in tense.past_words:  # "war", "was"; "has been" is a perfect
                perfect = perfect or after_perfect
                past = past or not after_perfect
        elif word in tense.future_words and previous not in tense.determiners:
            future = True
        elif after_perfect and (
            word in clues.participles
            or _matches(clues.participle, word)
            or _is_past_form(tokens[index], previous, clues)
        ):
            perfect = action = True
        elif (
            (word in tense.past_words and word not in clues.not_past)
            or word in clues.past_forms
            or _is_past_form(tokens[index], previous, clues)
            or (
                (word in clues.participles or _matches(clues.participle, word))
                and any(w in clues.perfect for w in words[max(0, index - 12) : index])
            )
        ):
            past = action = True
        previous = word
    state = copula and not action and not future
    if past or (perfect and not clues.perfect_is_present):
        return Kind.PAST, state, perfect and not past
    return (Kind.FUTURE if future else Kind.PRESENT), state, False


def _matches(pattern: re.Pattern[str] | None, word: str) -> bool:
    return pattern is not None and pattern.fullmatch(word) is not None


def _is_past_form(token: str, previous: str, clues: StatementClues) -> bool:
    """A regular past form: "meldete", "announced"; not "die letzte", "the reduced", nor a
    compound adjective ("fire-ravaged", "rig-dotted")."""
    return (
        token.islower()
        and "-" not in token
        and len(token) > _MIN_PAST_FORM
        and token.endswith(clues.past_suffixes)
        and token not in clues.not_past
        and previous not in clues.determiners
    )
