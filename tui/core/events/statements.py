"""What kind of statement a sentence makes, without a POS tagger: an event told in the
past, a present state or report, a plan; or something no timeline shows (a question, a
bare quote, a general or hypothetical statement, an opinion).

The words come from the ``[statements]`` table of each language's ``events.toml``; the
tense words are those the temporal tagger reads (``[tense]`` of ``temporal.toml``).
"""

from __future__ import annotations

import itertools
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
_QUOTE_MARK = re.compile(f"[{re.escape(_QUOTE_MARKS)}]")
#: A sentence of fewer words is no statement of an event.
_MIN_WORDS = 3
#: A regular past ending counts only on a word longer than this ("need", "Ente" are none).
_MIN_PAST_FORM = 4
#: A participle counts as a perfect's when its auxiliary stands at most this many words
#: before it, and as a past at all when at most this many ("hat ... verabschiedet").
_AUXILIARY_REACH = 3
_PERFECT_REACH = 12


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
    #: Headlines tell past events in the present tense ("Ann Doe dies at 84").
    headline_present_is_past: bool
    #: A headline without a finite verb that ends in a participle tells a past (German:
    #: "Bauplan beschlossen", the perfect without its auxiliary).
    headline_participle_is_past: bool
    #: The present perfect tells what holds now ("cases have been reported"), not a past
    #: event the story goes on from (English; German news tells its past in the perfect).
    perfect_is_present: bool
    #: Separators of the parts of a sentence that may be events of their own.
    part_separator: re.Pattern[str] | None
    clause_separator: re.Pattern[str] | None
    #: Endings of a possessive ("party's"): the word after one is no verb ("the club's
    #: presumed heir").
    possessive: tuple[str, ...] = ()
    #: Verbs that link a subject to what it is ("ist", "was"), the words that may stand
    #: between one and its predicate ("noch immer", "now"), the words that open a predicate
    #: that classifies ("eine", "a"), and after a definite article the words that rank ("the
    #: first", "der größte"): "Die Grippe ist eine häufige Krankheit", "It was the third
    #: flood in ten years" describe, they tell no event.
    linking: frozenset[str] = frozenset()
    linking_adverbs: frozenset[str] = frozenset()
    classifying: frozenset[str] = frozenset()
    definite: frozenset[str] = frozenset()
    ranking: re.Pattern[str] | None = None
    #: Adverbs a verb's form is read through ("to be partially reopened": "be" decides).
    adverb: re.Pattern[str] | None = None
    #: A progressive form: after a linking verb it tells an action ("was speeding").
    progressive: re.Pattern[str] | None = None


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
        headline_participle_is_past=bool(table.get("headline_participle_is_past", False)),
        perfect_is_present=bool(table.get("perfect_is_present", False)),
        part_separator=re.compile("|".join(parts)) if parts else None,
        clause_separator=re.compile("|".join(clauses)) if clauses else None,
        possessive=tuple(table.get("possessive_endings", [])),
        linking=_words(table, "linking"),
        linking_adverbs=_words(table, "linking_adverbs"),
        classifying=_words(table, "classifying"),
        definite=_words(table, "definite"),
        ranking=_whole_word(table.get("ranking", [])),
        adverb=_whole_word(table.get("adverbs", [])),
        progressive=_whole_word(table.get("progressive", [])),
    )


def _whole_word(patterns: list[str]) -> re.Pattern[str] | None:
    """One pattern that matches a whole lower-case word against any of ``patterns``."""
    return re.compile("(?:" + "|".join(patterns) + ")") if patterns else None


@dataclass(frozen=True, slots=True)
class Statement:
    kind: Kind
    #: It only tells a state ("Die Seilbahn ist immer noch im Betrieb"), not an action.
    state: bool = False
    #: Its main clause has a personal pronoun, someone who acts ("Er erlag ...").
    pronoun: bool = False
    #: Its main clause says it holds now ("inzwischen", "mittlerweile", "by now").
    now: bool = False
    #: It tells its past only in the present perfect ("hat Entsetzen ausgelöst"): what the
    #: news has brought about by now, where a paragraph opens with it.
    perfect: bool = False
    #: It tells what has happened, in a past tense or the (English) present perfect: no
    #: continuation of a plan the sentence before dated ("The governor has looked for a buyer ...").
    retrospective: bool = False
    #: It describes or judges how things are rather than telling what happened: a predicate
    #: that classifies or ranks ("X ist eine häufige Krankheit", "It was the second ..."), or
    #: a speaker's judgement of a state ("“The road is far too narrow,” she said."). The
    #: discourse dates it not, nor does a vague time ("now") of its own.
    description: bool = False


_NO_EVENT = Statement(Kind.NONE)


def statement_of(sentence: str, clues: StatementClues) -> Statement:
    """The kind of statement ``sentence`` makes."""
    stripped = sentence.strip()
    if stripped.endswith("?") or stripped.endswith(('?"', "?“", "?”", "?«", "?»")):
        return _NO_EVENT
    if sum(1 for _ in itertools.islice(_ANY_WORD.finditer(stripped), _MIN_WORDS)) < _MIN_WORDS:
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
    kind, state, perfect, retrospective = _tense(tokens, clues)
    # A state told by the main clause stays one, whatever its side clauses do ("But this
    # is the latest in a cycle that any president has dropped out").
    state = state or _tense(_TOKEN.findall(main), clues)[1]
    now = clues.now is not None and clues.now.search(main) is not None
    description = _classifies(outside, clues) or _judges(stripped, clues)
    return Statement(
        kind,
        state,
        not clues.pronouns.isdisjoint(main_words),
        now,
        perfect,
        retrospective,
        description,
    )


#: What separates the parts of a sentence in which a predicate is looked for.
_SEGMENTS = re.compile(r"[,;:()]|\s[-–—]\s")
#: The attribution that ends a statement, after its last comma: "…, the mayor said."
_ATTRIBUTION_WORDS = 8


def _classifies(sentence: str, clues: StatementClues) -> bool:
    """Whether the first verb of ``sentence`` links its subject to a predicate that
    classifies or ranks it: "ist noch immer ein seltener Vogel", "is now a retired
    teacher", "was the third flood in ten years", "There was a short delay"."""
    if not clues.linking:
        return False
    for segment in _SEGMENTS.split(sentence):
        tokens = _TOKEN.findall(segment)
        words = [t.lower() for t in tokens]
        previous = ""
        for index, word in enumerate(words):
            if word in clues.linking:
                rest = tokens[index + 1 :]
                return _classifying_predicate(rest, clues) and not _acts(word, rest, clues)
            if _is_verb(tokens[index], previous, clues):
                return False  # the first verb tells an action
            previous = word
    return False


def _acts(linking: str, rest: list[str], clues: StatementClues) -> bool:
    """Whether the clause of a linking verb tells an action after all, up to a relative
    pronoun that opens a description of its own: a participle ("waren eine Frau und ein
    Mann getötet worden"), not an adjective ("is now a retired teacher")."""
    previous = linking
    for token in rest:
        word = token.lower()
        if word in clues.relatives and word not in clues.definite | clues.classifying:
            return False
        participle = word in clues.participles or _matches(clues.participle, word)
        if (participle and token.islower() and previous not in clues.determiners) or (
            _is_past_form(token, previous, clues)
        ):
            return True
        if not _matches(clues.adverb, word):
            previous = word
    return False


def _classifying_predicate(tokens: list[str], clues: StatementClues) -> bool:
    """Whether ``tokens`` (what follows a linking verb) open with a classifying or ranking
    predicate, after at most two words such as "now", "noch immer"."""
    rest = list(tokens)
    skipped = 0
    while rest and rest[0].lower() in clues.linking_adverbs and skipped < 2:
        rest.pop(0)
        skipped += 1
    if not rest:
        return False
    first = rest[0].lower()
    if first in clues.classifying:
        return True
    ranked = rest[1] if len(rest) > 1 else ""
    return (
        first in clues.definite
        and clues.ranking is not None
        and ranked.islower()
        and clues.ranking.fullmatch(ranked) is not None
    )


def _is_verb(token: str, previous: str, clues: StatementClues) -> bool:
    """Whether ``token`` is a verb the statement clues know: a copula, a past or future
    form, a speech verb."""
    word = token.lower()
    tense = clues.tense
    return (
        word in clues.copulas
        or (word in tense.past_words and word not in clues.not_past)
        or word in clues.past_forms
        or (word in tense.future_words and previous not in tense.determiners)
        or word in clues.speech
        or _is_past_form(token, previous, clues)
    )


def _judges(sentence: str, clues: StatementClues) -> bool:
    """Whether ``sentence`` is a speaker's judgement of a state: what it attributes to the
    speaker named at its end ("…, the mayor said.") links a subject to a predicate and
    tells no action ("“The road is far too narrow,” she said.", "The damage was too
    great to repair, the owner said.")."""
    body = sentence.rstrip(_CLOSING + ".")
    comma = body.rfind(",")
    if comma <= 0:
        return False
    attribution = _TOKEN.findall(body[comma + 1 :])
    if not attribution or len(attribution) > _ATTRIBUTION_WORDS:
        return False
    if not any(w.lower() in clues.speech for w in attribution):
        return False
    content = _TOKEN.findall(body[:comma])
    words = [w.lower() for w in content]
    if clues.linking.isdisjoint(words):
        return False
    if any(
        word in clues.linking and _matches(clues.progressive, following)
        for word, following in itertools.pairwise(words)
    ):
        return False  # "The driver was speeding on the bridge, police said": an action
    _kind, state, _perfect, _retrospective = _tense(content, clues)
    return state


def _main_clause(sentence: str, lang: str) -> str:
    """``sentence`` with its side clauses blanked out."""
    for start, end in reversed(subordinate_clauses(sentence, lang)):
        sentence = sentence[:start] + " " * (end - start) + sentence[end:]
    return sentence


def _outside_quotes(sentence: str) -> str:
    """The sentence with its longer quotations blanked out (their words are another's),
    and the part of a quotation that runs over from the sentence before or on into the
    next one: an odd quotation mark closes the one or opens the other."""
    marks = [m.start() for m in _QUOTE_MARK.finditer(sentence)]
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


def _tense(tokens: list[str], clues: StatementClues) -> tuple[Kind, bool, bool, bool]:
    """The tense of a statement, whether it only tells a state, whether its past is
    told only in the perfect ("hat ... ausgelöst", no preterite), and whether it tells
    a past at all (a past tense or a perfect, of whatever language). A state: its only verbs are
    copulas ("ist", "war", "has"), with no participle or past form of another verb. Where
    the present perfect tells what holds now ("More than 300 cases have been reported"),
    a statement whose only past is one is of the present."""
    tense = clues.tense
    words = [t.lower() for t in tokens]
    past = perfect = future = action = copula = False
    previous = ""
    # Where the last auxiliary of the perfect stood before this word (none yet: far back).
    last_perfect = -_PERFECT_REACH - 1
    for index, word in enumerate(words):
        after_perfect = index - last_perfect <= _AUXILIARY_REACH
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
                and index - last_perfect <= _PERFECT_REACH
            )
        ):
            past = action = True
        if not _matches(clues.adverb, word):
            previous = word
        if word in clues.perfect:
            last_perfect = index
    state = copula and not action and not future
    if past or (perfect and not clues.perfect_is_present):
        return Kind.PAST, state, perfect and not past, True
    return (Kind.FUTURE if future else Kind.PRESENT), state, False, perfect


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
        and not (clues.possessive and previous.endswith(clues.possessive))
    )


def ends_in_participle(sentence: str, clues: StatementClues) -> bool:
    """Whether ``sentence`` ends in a participle and has no other verb the clues know
    ("Bauplan für 2030 beschlossen"; not "Der Rat hat den Bauplan beschlossen")."""
    tokens = _TOKEN.findall(sentence)
    if not tokens or not tokens[-1].islower():
        return False
    last = tokens[-1]
    if last not in clues.participles and not _matches(clues.participle, last):
        return False
    previous = ""
    for token in tokens[:-1]:
        if _is_verb(token, previous, clues) or token.lower() in clues.tense.future_words:
            return False
        previous = token.lower()
    return True
