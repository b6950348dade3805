"""Event titles: a sentence compressed to a readable line of at most ~80 characters.

Subordinate clauses go first (their openers come from the language resources), then the
text is cut at a clause or word boundary, never inside a word.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from tui.core import resources
from tui.core.sentences import parts_between

TITLE_LIMIT = 80
_ELLIPSIS = "…"
_SPACES = re.compile(r"\s+")
_PARENTHETICAL = re.compile(r"\s*\([^()]*\)")
_LEAD_IN = re.compile(r"^[^\W\d_]{1,12}:\s+")  # "Denn: ...", "Update: ..."
#: A news dateline: "BERLIN (dpa) - ", "Washington, 14. März (Reuters) – ", "PARIS – ": a
#: place, perhaps a date, an agency's short name in brackets, a dash.
_DATELINE = re.compile(
    r"^(?:[^\W\d_][\w.'’/-]*(?:[ ,]+[\w.'’/-]+){0,3}\s*\([^\W\d_][\w-]{1,9}\)"
    r"|[^\W\d_a-zäöüß]{3,}(?:[ ,]+[^\W\d_a-zäöüß][\w.'’]*){0,3}"
    r"(?:\s*[-–—]{1,2}\s*\([^\W\d_][\w-]{1,9}\))?)\s*[-–—]{1,2}\s+"
)
#: Marks that may open a line but never a title: dashes, bullets.
_LEADING_MARKS = "–—-•·*▪ "
_QUOTES = "\"'„“”‚‘’»«"
_CLAUSE_BREAK = re.compile(r"\s[–—-]\s|[,;:]\s")
#: Cut at a clause boundary only if it keeps at least this much of the line.
_MIN_CLAUSE_CUT = 40
_MIN_TITLE = 20


@cache
def _words(lang: str, kind: str) -> frozenset[str]:
    return frozenset(w.lower() for w in resources.load(lang, "events").get(kind, []))


def compress(sentence: str, lang: str, limit: int = TITLE_LIMIT, keep: str = "") -> str:
    """``sentence`` as a title of at most about ``limit`` characters that keeps its subject
    and main verb; a side clause that contains ``keep`` (the expression the event is dated
    by) is not dropped.

    Parentheticals, side clauses, appositions and a fronted phrase go first, each only while
    the title is too long and only if the main verb stays; what is still too long is cut at
    a word boundary, in the middle ("hat … die Prognose gesenkt") when the verb's end would
    be lost, with "…" at the cut."""
    text = _normalise(sentence)
    if len(text) <= limit:
        return text
    clues = _clues(lang)
    verbs = _verb_words(text, clues)
    steps: tuple[Callable[[str], str], ...] = (
        lambda t: _PARENTHETICAL.sub("", t),
        lambda t: _drop_subordinate_clauses(t, lang, _SPACES.sub(" ", keep)),
        lambda t: _drop_appositions(t, clues, _SPACES.sub(" ", keep)),
        lambda t: _drop_fronted(t, clues, _SPACES.sub(" ", keep)),
        # A fronted part that holds the date goes last: the event shows its date anyway.
        lambda t: _drop_fronted(t, clues),
    )
    for step in steps:
        shorter = step(text)
        if len(shorter) >= _MIN_TITLE and verbs <= _verb_words_in(shorter):
            text = shorter
        if len(text) <= limit:
            return text
    return _cut(text, _verb_spans(text, clues), limit, clues)


def _normalise(sentence: str) -> str:
    text = _SPACES.sub(" ", sentence).strip()
    text = _LEAD_IN.sub("", _DATELINE.sub("", text))
    return _without_final_period(_strip_enclosing_quotes(text).lstrip(_LEADING_MARKS))


def _without_final_period(text: str) -> str:
    """The sentence's full stop goes, an abbreviation's stays ("at 2 p.m.", "Acme Inc.")."""
    text = text.rstrip(" ")
    last_word = text.rsplit(" ", 1)[-1]
    if text.endswith(".") and "." in last_word[:-1]:
        return text
    return text.rstrip(" .")


def _strip_enclosing_quotes(text: str) -> str:
    if len(text) > 2 and text[0] in _QUOTES and text.count(text[0]) + text.count(text[-1]) <= 2:
        stripped = text.strip(_QUOTES + " ")
        return stripped or text
    return text


def _drop_subordinate_clauses(text: str, lang: str, keep: str = "") -> str:
    """Drop comma-delimited segments that open with a subordinator (never the first one),
    except one that contains ``keep``."""
    out = ""
    dropped = False
    for start, end, kept in _segments(text, lang):
        if not kept and not (keep and keep in text[start:end]):
            dropped = True
            continue
        # Where a clause was cut out between two kept parts, its commas go with it.
        out += ("" if not out else " " if dropped else ", ") + text[start:end]
        dropped = False
    return out


def subordinate_clauses(sentence: str, lang: str) -> list[tuple[int, int]]:
    """Offsets of the side clauses a title drops ("..., who took office on Jan. 20, ...")."""
    return [(start, end) for start, end, kept in _segments(sentence, lang) if not kept]


_SEGMENT_BREAK = re.compile(r",\s+")


def _segments(text: str, lang: str) -> list[tuple[int, int, bool]]:
    """The comma-delimited parts of ``text`` as (start, end, kept): a part that opens with a
    subordinator is dropped (never the first one), and so is what hangs on it."""
    openers, coordinators = _words(lang, "subordinators"), _words(lang, "coordinators")
    articles = _words(lang, "articles")
    out: list[tuple[int, int, bool]] = []
    dropped = stop = False
    for start, end in parts_between(_SEGMENT_BREAK, text, outside_quotes=True):
        segment = text[start:end]
        first = segment.split(" ", 1)[0].lower()
        if out and not stop:
            if dropped and first in coordinators:
                stop = True  # "..., sollte er X tun, und wenn ...": the rest hangs on it
            elif first in openers or _is_infinitive_clause(segment):
                dropped = True
            elif dropped and not _resumes_main_clause(segment, articles):
                pass  # "..., der Streik werde bis Mittwoch, 18 Uhr, dauern": still the clause
            else:
                dropped = False
        out.append((start, end, not (stop or (out and dropped))))
    return out


def _resumes_main_clause(segment: str, articles: frozenset[str]) -> bool:
    """After a dropped clause, a part of two or more words that starts with a word (not a
    number, not an article: "..., when a new pastor, the Rev. Kerr, noticed") takes the
    main clause up again ("..., sperrte Zuckerberg den Präsidenten")."""
    words = segment.split(" ")
    return len(words) >= 2 and words[0][:1].isalpha() and words[0].lower() not in articles


def _is_infinitive_clause(segment: str) -> bool:
    """German ``..., das Kapitol zu stürmen,``: ends in ``zu`` + verb."""
    words = segment.rstrip(" .").split(" ")
    return len(words) >= 2 and words[-2] == "zu" and words[-1][:1].islower()


# ---------------------------------------------------------------------------------------
# The main verb, without a POS tagger: the words of the ``[titles]`` table of events.toml.

#: A word of a title with the punctuation around it: (start, end) of the word itself.
_TOKEN = re.compile(r"[^\s\"'„“”‚‘’»«()\[\]]+(?:['’][^\s\"„“”»«()]+)?")
_TRAILING = ".,;:!?…"
_CLAUSE_END = (",", ";", ":")
_DASHES = frozenset({"-", "–", "—", "--"})
#: The end of a verb may come back this far to keep its object ("… eine Leichenhalle
#: eingerichtet").
_TAIL_ROOM = 34


@dataclass(frozen=True, slots=True)
class TitleClues:
    lang: str
    finite: frozenset[str]
    auxiliaries: frozenset[str]
    not_verbs: frozenset[str]
    phrase_openers: frozenset[str]
    fronted: frozenset[str]
    pronouns: frozenset[str]
    subject_openers: frozenset[str]
    reflexives: frozenset[str]
    not_finite: re.Pattern[str] | None
    genitive: frozenset[str]
    #: German: nouns are capitalised, the verb's non-finite part ends the clause.
    verb_final: bool
    particles: frozenset[str]
    clause_final: re.Pattern[str] | None
    finite_endings: tuple[str, ...]
    present_ending: str


def _lower(words: list[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


@cache
def _clues(lang: str) -> TitleClues:
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
        genitive=_lower(table.get("genitive", [])),
        verb_final=bool(table.get("verb_final", False)),
        particles=_lower(table.get("particles", [])),
        clause_final=re.compile(final) if final else None,
        finite_endings=tuple(table.get("finite_endings", [])),
        present_ending=table.get("present_ending", ""),
    )


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    word: str  # without the punctuation around it
    closes: bool  # a comma, semicolon or colon follows: the clause may end here


def _tokens(text: str, start: int = 0, end: int | None = None) -> list[_Token]:
    out: list[_Token] = []
    for m in _TOKEN.finditer(text, start, len(text) if end is None else end):
        raw = m.group()
        word = raw.rstrip(_TRAILING)
        if not word or word in _DASHES:
            if out and raw.strip(_TRAILING + "-–—") == "":
                out[-1] = _Token(out[-1].start, out[-1].end, out[-1].word, True)
            continue
        closes = raw.endswith(_CLAUSE_END) or text[m.end() : m.end() + 2] in (": ", "; ")
        out.append(_Token(m.start(), m.start() + len(word), word, closes))
    return out


def _finite_at(tokens: list[_Token], clues: TitleClues, initial: bool = True) -> int | None:
    """The index of the finite verb of the clause ``tokens`` open: a known finite form,
    else the first word with a verb's ending outside a noun phrase ("senkte", "announced";
    not "nach einem schwachen Quartal", not "the reduced dividend")."""
    in_phrase = False
    previous = ""
    for index, token in enumerate(tokens):
        word = token.word
        low = word.lower().replace("’", "'")
        first = index == 0 and initial
        upper = word[:1].isupper()
        if (
            low in clues.finite
            and (first or not upper or not clues.verb_final)
            and not (clues.verb_final and in_phrase and low not in clues.auxiliaries)
        ):
            return index
        if first:
            in_phrase = low in clues.phrase_openers
            previous = low
            continue
        if upper or not word[:1].isalpha():
            in_phrase = in_phrase and not clues.verb_final
            previous = low
            continue
        if low in clues.phrase_openers:
            in_phrase = True
        elif low not in clues.not_verbs and not (
            in_phrase if clues.verb_final else previous in clues.phrase_openers
        ):
            if (
                len(low) > 3
                and low.endswith(clues.finite_endings)
                and not (clues.not_finite and clues.not_finite.fullmatch(low))
            ):
                return index
            if _is_present_form(low, tokens[index + 1 :], clues):
                return index
        previous = low
    return None


def _is_present_form(low: str, rest: list[_Token], clues: TitleClues) -> bool:
    """English "-s" before a determiner or a pronoun: "data shows the ...", not "traders
    from ..."."""
    ending = clues.present_ending
    if not ending or not low.endswith(ending) or low.endswith(ending * 2) or len(low) < 4:
        return False
    following = rest[0].word.lower() if rest else ""
    return following in clues.subject_openers or following in clues.pronouns


def _final_part(tokens: list[_Token], finite: int, clues: TitleClues) -> list[int]:
    """German: the participle, infinitive or particle that ends the finite verb's clause
    ("hat ... gesenkt", "ist ... verliehen worden", "kündigte ... an"); none in English."""
    if not clues.verb_final or clues.clause_final is None:
        return []
    auxiliary = tokens[finite].word.lower() in clues.auxiliaries
    in_phrase = False
    for index in range(finite + 1, len(tokens)):
        token = tokens[index]
        low = token.word.lower()
        last = index + 1 == len(tokens)
        following = "" if last else tokens[index + 1].word.lower()
        at_end = last or token.closes or following in ("und", "oder", "aber", "sondern")
        if token.word[:1].isupper() or not token.word[:1].isalpha():
            in_phrase = False
        elif low in clues.phrase_openers and not (at_end and low in clues.particles):
            in_phrase = True
        elif at_end and not in_phrase and _is_final(low, auxiliary, clues):
            run = [index]
            while (
                run[0] - 1 > finite
                and tokens[run[0] - 1].word.islower()
                and not tokens[run[0] - 1].closes
                and _is_final(tokens[run[0] - 1].word, True, clues)
                and tokens[run[0] - 1].word not in clues.phrase_openers
            ):
                run.insert(0, run[0] - 1)
            return run
        if token.closes:
            return []
    return []


def _is_final(low: str, auxiliary: bool, clues: TitleClues) -> bool:
    if low in clues.particles:
        return True
    if not auxiliary or low in clues.not_verbs or clues.clause_final is None:
        return False
    return clues.clause_final.fullmatch(low) is not None or low in clues.finite


def _verb_spans(text: str, clues: TitleClues) -> list[tuple[int, int]]:
    """Where the main verb of ``text`` stands: its finite form, then the words that end
    its clause (German); empty when no verb is found. A first comma part that opens with
    a fronted word ("Nach ...", "As ...") is passed over when a verb follows it."""
    tokens = _main_clause_tokens(text, clues)
    start = _after_fronted_part(tokens, clues) or 0
    finite = _appositions_end(tokens, clues) if start == 0 else None
    if finite is None:
        finite = _finite_at(tokens[start:], clues, initial=start == 0)
    if finite is None:
        return []
    finite += start
    parts = [finite, *_final_part(tokens, finite, clues)]
    return [(tokens[i].start, tokens[i].end) for i in parts]


def _parts(tokens: list[_Token]) -> list[int]:
    """The indexes at which the comma parts of ``tokens`` open."""
    return [0] + [i + 1 for i, t in enumerate(tokens[:-1]) if t.closes]


def _after_fronted_part(tokens: list[_Token], clues: TitleClues) -> int | None:
    """Where the main clause opens after a first comma part that is fronted: it opens with
    a fronted word and a verb follows it ("As the fire spread, residents fled"); in German
    the part holds no verb but at its end ("Wie das Amt mitteilte,", "Nach dem Spiel,") and
    the verb comes right after it ("..., gibt es")."""
    if not tokens or tokens[0].word.lower() not in clues.fronted:
        return None
    first_end = next((i for i, t in enumerate(tokens) if t.closes), None)
    if first_end is None or first_end + 1 >= len(tokens):
        return None
    finite = _finite_at(tokens[first_end + 1 :], clues, initial=False)
    if finite is None:
        return None
    if clues.verb_final:
        inside = _finite_at(tokens[: first_end + 1], clues)
        if finite != 0 or (inside is not None and inside < first_end):
            return None
    return first_end + 1


def _appositions_end(tokens: list[_Token], clues: TitleClues) -> int | None:
    """After a first comma part without a verb ("Sue Kohl,"), the first later part that
    opens with a verb holds the main verb ("..., was caught"): the parts between are
    appositions."""
    parts = _parts(tokens)
    if len(parts) < 3 or _finite_at(tokens[: parts[1]], clues) is not None:
        return None
    for at in parts[2:]:
        if _finite_at(tokens[at:], clues, initial=False) == 0:
            return at
    return None


def _main_clause_tokens(text: str, clues: TitleClues) -> list[_Token]:
    """The words of ``text`` outside its side clauses; a word before a side clause does
    not end the clause because of the side clause's comma."""
    tokens = _tokens(text)
    clauses = subordinate_clauses(text, clues.lang)
    if not clauses:
        return tokens
    out: list[_Token] = []
    for token in tokens:
        inside = any(a <= token.start < b for a, b in clauses)
        if inside:
            if out and out[-1].end >= max(a for a, b in clauses if a <= token.start) - 2:
                out[-1] = _Token(out[-1].start, out[-1].end, out[-1].word, False)
            continue
        out.append(token)
    return out


def _verb_words(text: str, clues: TitleClues) -> frozenset[str]:
    return frozenset(text[a:b].lower() for a, b in _verb_spans(text, clues))


def _verb_words_in(title: str) -> frozenset[str]:
    return frozenset(t.word.lower() for t in _tokens(title))


def main_verb(sentence: str, lang: str) -> tuple[str, ...]:
    """The words of ``sentence``'s main verb: its finite form and, in German, the words
    that end its clause ("hat", "gesenkt"); empty when none is found."""
    text = _normalise(sentence)
    return tuple(text[a:b] for a, b in _verb_spans(text, _clues(lang)))


def keeps_main_verb(title: str, sentence: str, lang: str) -> bool:
    """Whether ``title`` holds every word of ``sentence``'s main verb."""
    return {w.lower() for w in main_verb(sentence, lang)} <= _verb_words_in(title)


# ---------------------------------------------------------------------------------------
# Dropping the parts before the verb.


def _drop_appositions(text: str, clues: TitleClues, keep: str = "") -> str:
    """Between a subject without a verb and the part that goes on with its verb, the comma
    parts are appositions: "Sue Kohl, president of the council, was caught" -> "Sue Kohl
    was caught"; "X, der Sprecher, kritisierte" -> "X kritisierte"."""
    parts = parts_between(_SEGMENT_BREAK, text, outside_quotes=True)
    if len(parts) < 3 or _finite_at(_tokens(text, *parts[0]), clues) is not None:
        return text
    for index in range(2, len(parts)):
        tokens = _tokens(text, *parts[index])
        if tokens and _finite_at(tokens, clues, initial=False) == 0:
            if keep and keep in text[parts[0][1] : parts[index][0]]:
                return text
            return text[: parts[0][1]] + " " + text[parts[index][0] :]
    return text


def _drop_fronted(text: str, clues: TitleClues, keep: str = "") -> str:
    """Drop what stands before the subject: a first comma part that opens with a fronted
    word ("After a weak quarter, the company cut ..." -> "The company cut ..."), or a German
    phrase before the finite verb, the subject then put first ("Nach einem schwachen
    Quartal hat der Konzern ..." -> "Der Konzern hat ...")."""
    tokens = _tokens(text)
    if not tokens or tokens[0].word.lower() not in clues.fronted:
        return text
    after = _after_fronted_part(tokens, clues)
    if after is not None:
        rest = tokens[after:]
        if keep and keep in text[: rest[0].start]:
            return text
        if clues.verb_final:
            return _subject_first(text, rest, clues) or text
        remainder = text[rest[0].start :]
        return remainder[:1].upper() + remainder[1:]
    finite = _finite_at(tokens, clues)
    if clues.verb_final and finite is not None and finite >= 2:
        return _subject_first(text, tokens[finite:], clues) or text
    return text


def _subject_first(text: str, tokens: list[_Token], clues: TitleClues) -> str | None:
    """``tokens`` open with the finite verb and its subject follows ("hat der Konzern X
    seine Prognose gesenkt"): the subject first ("Der Konzern X hat seine Prognose
    gesenkt"); None when no subject is found right after the verb."""
    at = 1
    verb = tokens[0].word
    if len(tokens) > 1 and tokens[1].word.lower() in clues.reflexives:
        at, verb = 2, verb + " " + tokens[1].word
    end = _subject_end(tokens, at, clues)
    if end is None:
        return None
    if end >= len(tokens):
        return None  # nothing would follow the verb: the subject took too much
    subject = text[tokens[at].start : tokens[end - 1].end]
    out = subject[:1].upper() + subject[1:] + " " + verb
    if end < len(tokens):
        out += " " + text[tokens[end].start :]
    return out


def _subject_end(tokens: list[_Token], at: int, clues: TitleClues) -> int | None:
    """Where the subject that opens at ``at`` ends (a pronoun, or determiner, adjectives,
    nouns and names, a genitive), None if none opens there."""
    if at >= len(tokens):
        return None
    low = tokens[at].word.lower()
    if low in clues.pronouns:
        return at + 1
    if low in clues.subject_openers:
        index = at + 1
    elif tokens[at].word[:1].isupper():
        index = at
    else:
        return None
    nouns = _nouns_at(tokens, index)
    if nouns == index or tokens[at].closes:
        return None
    index = nouns
    while index < len(tokens) and not tokens[index - 1].closes:
        if tokens[index].word.lower() in clues.genitive:
            after = _nouns_at(tokens, index + 1)
            if after > index + 1:
                index = after
                continue
        break
    return index


def _nouns_at(tokens: list[_Token], at: int) -> int:
    """After adjectives (lower case), the capitalised nouns and names from ``at`` on."""
    index = at
    while index < len(tokens) and index - at < 3 and tokens[index].word[:1].islower():
        if tokens[index].closes:
            return at
        index += 1
    nouns = index
    while nouns < len(tokens) and (
        tokens[nouns].word[:1].isupper() or (nouns > index and tokens[nouns].word.isdigit())
    ):
        nouns += 1
        if tokens[nouns - 1].closes:
            break
    return nouns if nouns > index else at


# ---------------------------------------------------------------------------------------
# Cutting what is still too long.


def _cut(text: str, verbs: list[tuple[int, int]], limit: int, clues: TitleClues) -> str:
    """``text`` cut to ``limit`` at word boundaries, "…" at the cut, its subject and its main
    verb (``verbs``) kept when they can be: the middle goes ("X hat … Prognose gesenkt"),
    or the end of a long subject ("Eine von Y angeführte Koalition … hat gewonnen")."""
    room = limit - len(_ELLIPSIS)
    if not verbs or verbs[-1][1] <= room:
        return _end_cut(text, room, verbs[-1][1] if verbs else 0, clues) + _ELLIPSIS
    finite_start, finite_end = verbs[0]
    gap = f" {_ELLIPSIS} "
    if len(verbs) > 1 and finite_end <= room - len(gap):
        tail = _tail(text, verbs, clues)
        head = _end_cut(text[: tail[0]], limit - len(gap) - (tail[1] - tail[0]), finite_end, clues)
        if len(head) >= finite_end:
            return head + gap + text[tail[0] : tail[1]]
    rest = text[finite_start:]
    shifted = [(a - finite_start, b - finite_start) for a, b in verbs]
    rest_room = max(limit - len(gap) - _MIN_TITLE, limit // 2)
    if len(rest) > rest_room:
        rest = _cut(rest, shifted, rest_room, clues)
    head = _end_cut(text[:finite_start], limit - len(gap) - len(rest), 0, clues)
    return head + gap + rest if head else rest


def _tail(text: str, verbs: list[tuple[int, int]], clues: TitleClues) -> tuple[int, int]:
    """The end of the verb with the words before it that fit in ``_TAIL_ROOM``, opening
    where a phrase does ("eine provisorische Leichenhalle eingerichtet")."""
    end = verbs[-1][1]
    tokens = _tokens(text, verbs[0][1], end)
    start = verbs[1][0]
    for index, token in enumerate(tokens):
        if end - token.start > _TAIL_ROOM or token.start >= start:
            continue
        before = tokens[index - 1] if index else None
        if before is not None and (
            before.word.lower() in clues.phrase_openers and not before.closes
        ):
            continue  # not between an article and its noun
        if token.word[:1].isupper() or token.word.lower() in clues.phrase_openers:
            return token.start, end
    return start, end


def _end_cut(text: str, room: int, keep_until: int, clues: TitleClues) -> str:
    """``text`` up to ``room`` characters, cut at a clause boundary that keeps enough, else
    at a word boundary, never before ``keep_until``; no article or preposition left
    hanging at the cut."""
    if len(text) <= room:
        return text.rstrip(" ,;:–—-")
    floor = max(min(_MIN_CLAUSE_CUT, room // 2), keep_until)
    clause_ends = [m.start() for m in _CLAUSE_BREAK.finditer(text, 0, room + 1)]
    if clause_ends and clause_ends[-1] >= floor:
        return text[: clause_ends[-1]].rstrip(" ,;:–—-")
    space = text.rfind(" ", 0, room + 1)
    if space <= 0:
        return text[:room]  # one enormous word: nothing better to do
    out = text[:space].rstrip(" ,;:–—-")
    while " " in out:
        head, last = out.rsplit(" ", 1)
        if last.lower() not in clues.phrase_openers or len(head) < keep_until:
            break
        out = head.rstrip(" ,;:–—-")
    return out
