"""Per-document name candidates: the model's spans corrected and completed by language rules.

A :class:`Candidate` is a span of the document that names something, with the evidence for
its label (``votes``). The rules here describe German or English, never a document:

- titles and roles before a name are not part of it (``Präsident Trump`` → ``Trump``), and a
  person title votes PER for the name after it;
- the first part of a hyphen compound is a mention when it is a known name or when the
  compound is a role of an organisation (``Meta-Sprecher`` → ``Meta``, voting ORG);
- ``Sprecher von Meta`` votes ORG for Meta, ``Bundesstaat Florida`` votes LOC for Florida;
- document-level consistency: a name found once is a mention wherever else it occurs in the
  same document, also in its genitive form (``Zuckerbergs``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, NamedTuple

from tui.core.entities.language_rules import NameRules
from tui.core.entities.name_occurrences import occurrences, spellings
from tui.core.entities.overlaps import SpanIndex
from tui.core.entities.time_words import names_a_date
from tui.core.letters import LOWER, UPPER
from tui.core.model import Span

#: A word as the rules see it: letters/digits joined by hyphens or apostrophes, and an
#: abbreviation's final period.
WORD = re.compile(r"\w+(?:[-‐'’&]\w+)*\.?")
#: At most this many words make a name that a context word reveals.
_MAX_NAME_WORDS = 4
#: How much a context rule's vote weighs against one model label (1): less, so that the
#: model's reading wins a tie ("Präsident Frankreichs" stays a place).
CONTEXT_VOTE = 0.75
#: A name's own words ("Fox News", "Mark Zuckerberg") outweigh one model guess, not two.
HEAD_VOTE = 1.5
#: So does the kind of thing a name is said to be ("die Stadt Florenz", "der Sender Fox News").
APPOSITION_VOTE = HEAD_VOTE
#: Marks the model leaves at a name's end ("Virginia &" before "Tennessee Eisenbahn").
_TRAILING = ",;:&"
_PARTICLE = re.compile(r"[ \u00a0]+(\w[\w'’-]*)")
#: What may stand between two words of one name: spaces, an abbreviation's period.
_NAME_GAP = re.compile(r"\.[ \t\u00a0]*|[ \t\u00a0]+")
#: A capital inside a word makes it a name, never a common noun ("QuorBit").
_CAMEL_CASE = re.compile(f"[{LOWER}][{UPPER}]")
_LAST_WORD = re.compile(r"\s(\w+)$")
#: A final period belongs to a name after an abbreviation, an initial or a regnal number
#: ("Co.", "Chr.", "Nico G.", "Ludwig II."); after a longer word it ends the sentence.
_SENTENCE_PERIOD = re.compile(rf"(?<![{UPPER}])[^\W\d_]{{4,}}\.$|\b[{LOWER}]{{2,}}\.$")


class Votes(dict[str, float]):
    """The evidence for a candidate's label: label -> weight (a model's label counts 1, a
    context rule :data:`CONTEXT_VOTE`, a name's own words :data:`HEAD_VOTE`). A label
    without votes has 0, as in a Counter, whose type allows whole counts only."""

    def __missing__(self, label: str) -> float:
        return 0

    def add(self, other: Mapping[str, float]) -> None:
        """Add ``other``'s weights to these."""
        for label, weight in other.items():
            self[label] = weight + self.get(label, 0)

    def leader(self) -> str:
        """The label with the most votes; on a tie, the one that got votes first."""
        return max(self.items(), key=itemgetter(1))[0]


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    text: str
    votes: Votes = field(default_factory=Votes)
    #: "model": found by the recogniser; "rule": by a context rule; "repeat": another
    #: occurrence of a name found elsewhere in the document (carries no vote); "acronym":
    #: the abbreviation bracketed after a name.
    source: str = "model"
    #: The name this one abbreviates ("LBBW" after "Landesbank Baden-Württemberg (LBBW)").
    alias_of: str = ""


class Word(NamedTuple):
    """A word of a sentence (a named tuple: every rule reads the words of every sentence,
    and a tuple is made in half the time of a frozen dataclass)."""

    start: int
    end: int
    text: str


def words_of(text: str, spans: Iterable[Span], rules: NameRules) -> list[list[Word]]:
    """The words of each span (a sentence), with abbreviation periods kept only for titles."""
    out = []
    for lo, hi in spans:
        sentence = []
        for m in WORD.finditer(text, lo, hi):
            start, end, word = m.start(), m.end(), m.group()
            if word.endswith(".") and not rules.is_title(word):
                end, word = end - 1, word[:-1]
            sentence.append(Word(start, end, word))
        out.append(sentence)
    return out


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _name_words(words: Sequence[Word], i: int, rules: NameRules, text: str = "") -> int:
    """How many capitalised non-common words start at ``words[i]`` (a name's extent); with
    ``text``, a name does not go on over punctuation ("RIVM (National", "Banken, Sender")."""
    n = 0
    while (
        i + n < len(words)
        and n < _MAX_NAME_WORDS
        and (
            n == 0
            or not text
            or _NAME_GAP.fullmatch(text, words[i + n - 1].end, words[i + n].start)
        )
        and is_capitalised(words[i + n].text)
        and not rules.is_common(words[i + n].text)
        and not rules.looks_like_noun(words[i + n].text)
        and (_CAMEL_CASE.search(words[i + n].text) or not rules.is_common_noun(words[i + n].text))
    ):
        n += 1
    return n


def name_extent(words: Sequence[Word], i: int, rules: NameRules, text: str) -> int:
    """How many words from ``words[i]`` make a name (capitalised, no common word)."""
    return _name_words(words, i, rules, text)


def clean(candidate: Candidate, text: str, rules: NameRules) -> Candidate | None:
    """The candidate with leading titles cut off and a stray final punctuation mark dropped;
    None if what is left is no name."""
    start, end = candidate.start, candidate.end
    votes = Votes(candidate.votes)
    # A title before a name is not part of it, unless the name is an organisation's or a
    # place's by its last word ("General Motors"). The title's vote for a person comes from
    # context_candidates, which sees it too.
    last_word = WORD.findall(text[start:end])[-1:] or [""]
    while rules.head_label(last_word[0]) is None and (m := WORD.match(text, start, end)):
        rest = text[m.end() : end].lstrip(" \u00a0")
        # Roles and offices are cut too ("Mandatare Huber"): the engine's list, not the
        # model's title class.
        if not rest or not rules.is_role_word(m.group()):
            break
        start = end - len(rest)
    # A lower-case function word at the start is not part of a name ("the National
    # Transportation Safety Board"); a capitalised one may be ("The Guardian", "Die Linke"),
    # and a surname's particle is.
    while (
        (m := WORD.match(text, start, end))
        and m.group().islower()
        and rules.is_common(m.group())
        and m.group() not in rules.name_particles  # "von der Leyen", "de Maizière"
    ):
        rest = text[m.end() : end].lstrip(" \u00a0")
        if not rest:
            break
        start = end - len(rest)
    # A bracket opened in a name and not closed there is not part of it: "National Snow
    # and Ice Data Center (NSIDC" is the centre; the abbreviation is found on its own.
    open_at = text.rfind("(", start, end)
    if open_at > start and text.find(")", open_at, end) < 0:
        end = open_at
    close_at = text.find(")", start, end)
    if close_at >= 0 and text.rfind("(", start, close_at) < 0:
        end = close_at
    end = _without_trailing_space(text, start, end)
    # spaCy sometimes leaves a comma or a sentence's full stop on a name.
    while end > start and (text[end - 1] in _TRAILING or _SENTENCE_PERIOD.search(text, start, end)):
        end -= 1
    end = _without_trailing_space(text, start, end)
    # A function word at the end is never part of a name ("Meta ist").
    while (last := _LAST_WORD.search(text, start, end)) and rules.is_common(last.group(1)):
        if last.group(1)[:1].isupper() or last.start(1) == start:
            break
        end = _without_trailing_space(text, start, last.start(1))
    # A person's name has no lower-case word but its particles: "Leo zur Welt" is "Leo".
    if candidate.votes.leader() == "PER":
        for m in WORD.finditer(text, start, end):
            if m.start() > start and m.group().islower() and m.group() not in rules.name_particles:
                end = _without_trailing_space(text, start, m.start())
                break
    final_word = WORD.findall(text[start:end])[-1:]
    if candidate.votes["PER"] and final_word and final_word[0] in rules.given_names:
        end = _with_particle_surname(text, end, rules)
    surface = text[start:end]
    words = WORD.findall(surface)
    # What the model tags is kept unless it is only common words ("die Regierung"); a
    # lower-case name such as "dpa" survives.
    if not words or all(rules.is_common(w) or rules.is_role_word(w) for w in words):
        return None
    if rules.names_have_capitals and surface.islower():
        return None  # "blue moon", "the gulf": English writes its names with capitals
    if len(words) == 1 and (rules.is_part_compound(words[0]) or words[0] in rules.never_alone):
        return None
    if names_a_date(words, rules):
        return None
    if len(words) > 1 and (head := rules.head_label(words[-1].rstrip("."))):
        votes[head] += HEAD_VOTE
    elif (
        len(words) > 1
        and rules.given_names_outvote_model
        and words[0] in rules.given_names
        and is_capitalised(words[1])  # "Xanto 6" is a rocket (numbered_names.py)
        and not rules.is_common(words[1])
    ):
        votes["PER"] += HEAD_VOTE  # "Mark Zuckerberg": a given name starts a person's name
    return Candidate(start, end, surface, votes, candidate.source)


def _without_trailing_space(text: str, start: int, end: int) -> int:
    """``end`` moved back over the white space that ends ``text[start:end]``."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _with_particle_surname(text: str, end: int, rules: NameRules) -> int:
    """A given name that stops before "von der Leyen" goes on to the surname's end."""
    pos = end
    particles = 0
    while (m := _PARTICLE.match(text, pos)) and m.group(1) in rules.name_particles:
        pos, particles = m.end(), particles + 1
    if particles and (m := _PARTICLE.match(text, pos)):
        word = m.group(1)
        if is_capitalised(word) and not rules.is_common(word) and not rules.looks_like_noun(word):
            return m.end()
    return end


def split_joined(candidates: list[Candidate], rules: NameRules) -> list[Candidate]:
    """Split spans that run a known name into more words.

    - Two names side by side (``verbannte Zuckerberg Trump``): a span splits after a word
      known as a surname (the end of another multi-word name) when what follows is known
      as a name too; ``Mark Zuckerberg`` stays whole because ``Mark`` is nobody's surname.
    - A genitive before a noun (``Zuckerbergs Wohltätigkeitsorganisation``): when the first
      word is the genitive of a known name, only that word is the mention.
    """
    words = {id(c): WORD.findall(c.text) for c in candidates}
    singles = {c.text for c in candidates if len(words[id(c)]) == 1}
    surnames: dict[str, set[str]] = {}
    for c in candidates:
        if len(words[id(c)]) > 1:
            surnames.setdefault(surname(words[id(c)], rules), set()).add(c.text)
    known = singles | set(surnames)
    # The one-word names the model reads as places, and never as people, in the document.
    alone = [(c.text, c.votes.leader()) for c in candidates if len(words[id(c)]) == 1 and c.votes]
    places_alone = {t for t, label in alone if label == "LOC"} - {
        t for t, label in alone if label == "PER"
    }
    out: list[Candidate] = []
    for c in candidates:
        parts = words[id(c)]
        if len(parts) > 1 and rules.genitive_stem(parts[0], known):
            out.append(_part(c, 0, len(parts[0])))
            continue

        def elsewhere(name: str, text: str = c.text) -> bool:
            """Found alone, or the surname of a full name other than this span's (asked
            per name: a set of them made per span was quadratic in the names)."""
            return name in singles or bool(surnames.get(name, set()) - {text})

        if joined := _coordinated(c, parts, elsewhere, rules):
            out.extend(joined)
            continue
        split = None
        for k in range(1, len(parts)):
            left, right = " ".join(parts[:k]), " ".join(parts[k:])
            # No split leaves a word that is never a name alone ("City Hall").
            if {left, right} & rules.never_alone:
                continue
            if (surnames.get(left, set()) - {c.text}) and right in known:
                split = k
                break
        if split is None and _ends_in_known_place(c, parts, places_alone, known, rules):
            split = len(parts) - 1
        if split is None:
            out.append(c)
            continue
        cut = c.text.index(parts[split], len(parts[0]))
        out.append(_part(c, 0, len(c.text[:cut].rstrip())))
        out.append(_part(c, cut, len(c.text)))
    return out


def _ends_in_known_place(
    c: Candidate, parts: Sequence[str], places_alone: set[str], known: set[str], rules: NameRules
) -> bool:
    """A person's span that runs on into a known place the document names alone elsewhere,
    as a place and never as a person ("besuchte Anna Huber Bozen"; "Joseph E. Johnston"
    stays whole where "Johnston" alone is the man). Two words part only when the first is
    a known name but no given name ("Jack London" stays whole)."""
    if len(parts) < 2 or not c.votes or c.votes.leader() != "PER":
        return False
    last = parts[-1]
    if last not in rules.places or last not in places_alone or not all(map(is_capitalised, parts)):
        return False
    return len(parts) > 2 or (parts[0] in known and parts[0] not in rules.given_names)


def _coordinated(
    c: Candidate, parts: Sequence[str], known: Callable[[str], bool], rules: NameRules
) -> list[Candidate]:
    """``Ann Doe and Bo Lund`` as one span: two names, when each is known by itself in the
    document (found alone, or a full name's surname). The span's label was a guess at the
    pair ("Trump and Harris" MISC): the parts get no votes of their own."""
    for k in range(1, len(parts) - 1):
        if parts[k] not in rules.coordinators:
            continue
        left, right = " ".join(parts[:k]), " ".join(parts[k + 1 :])
        if known(left) and known(right):
            cut = c.text.index(f" {parts[k]} ") if f" {parts[k]} " in c.text else -1
            if cut < 0:
                return []
            first = Candidate(c.start, c.start + cut, c.text[:cut], Votes(), "repeat")
            lo = c.text.index(right, cut)
            second = Candidate(c.start + lo, c.end, c.text[lo:], Votes(), "repeat")
            return [first, second]
    return []


def surname(words: Sequence[str], rules: NameRules) -> str:
    """The family name of a full name: the last word, with its particles ("von der Leyen")."""
    start = len(words) - 1
    while start > 1 and words[start - 1] in rules.name_particles:
        start -= 1
    return " ".join(words[start:])


def _part(c: Candidate, lo: int, hi: int) -> Candidate:
    return Candidate(c.start + lo, c.start + hi, c.text[lo:hi], Votes(c.votes), c.source)


def context_candidates(words: Sequence[Word], rules: NameRules, text: str = "") -> list[Candidate]:
    """Names that context words reveal: ``Präsident Trump`` (PER), ``Sprecher von Meta`` and
    ``Meta-Sprecher`` (ORG), ``Bundesstaat Florida`` (LOC)."""
    out: list[Candidate] = []
    for i, w in enumerate(words):
        label = None
        target = i + 1
        vote = CONTEXT_VOTE
        if (
            w.text in rules.given_names
            and _name_words(words, i + 1, rules)
            # Only spaces between: "Virginia & Tennessee" is no person.
            and not (text and text[w.end : words[i + 1].start].strip())
        ):
            # A given name and the one name after it ("Horst Jaedicke"), nothing more: the
            # next capitalised word may be a noun ("Heidi Klums Modelsuche").
            out.append(_rule(words[i], words[i + 1], "PER"))
            continue
        elif (
            rules.is_organisation_role(w.text)
            and i + 2 < len(words)
            and words[i + 1].text in rules.organisation_role_links
        ):
            label, target = "ORG", i + 2
        elif rules.is_title(w.text):
            label = "PER"
            # A lower-case role is an apposition ("rapper Ann Doe"): it names the kind; so
            # is a title where the language says so ("Agent Ann Doe"; German titles also
            # stand before a place's genitive: "Präsident Frankreichs").
            if w.text.islower() or rules.titles_are_appositions:
                vote = APPOSITION_VOTE
        elif rules.is_place_word(w.text):
            label, vote = "LOC", APPOSITION_VOTE
        elif rules.is_organisation_kind(w.text):
            label, vote = "ORG", APPOSITION_VOTE
        # The label holds for names joined to the first one: "Plattformen Facebook und
        # Instagram", "Präsidenten Trump und Macron".
        while label is not None and target < len(words):
            n = _name_words(words, target, rules, text)
            if not n:
                break
            out.append(_rule(words[target], words[target + n - 1], label, vote))
            target += n
            if not (
                vote == APPOSITION_VOTE
                and target + 1 < len(words)
                and words[target].text in rules.coordinators
                and _name_words(words, target + 1, rules)
            ):
                break
            target += 1
        # A role right after a name names an organisation: "Meta spokesperson", "Google CEO".
        if (
            i > 1
            and rules.is_organisation_role(w.text)
            and "-" not in w.text
            and _name_words(words, i - 1, rules) == 1 + _name_words(words, i, rules)
            and not rules.is_title(words[i - 1].text)
        ):
            out.append(_rule(words[i - 1], words[i - 1], "ORG"))
        # A role compound names its organisation: "Meta-Sprecher", "Google-Chef".
        first_part, dash, _ = w.text.partition("-")
        if (
            dash
            and rules.is_organisation_role(w.text)
            and not rules.is_title(first_part)
            and is_capitalised(first_part)
            and not rules.is_common(first_part)
            and first_part not in rules.never_alone  # "Arbeitnehmer-Vorstand"
            and len(first_part) > 1
        ):
            out.append(
                Candidate(
                    w.start,
                    w.start + len(first_part),
                    first_part,
                    Votes(ORG=CONTEXT_VOTE),
                    "rule",
                )
            )
    return out


def place_candidates(words: Sequence[Word], text: str, rules: NameRules) -> list[Candidate]:
    """Known place names (``Kiew``, ``Rio de Janeiro``, genitive ``Kiews``), longest first,
    unless they are part of a longer name ("Kuwait National Airways", "Cerro Amarillo")."""
    out: list[Candidate] = []
    i = 0
    while i < len(words):
        # Every span from here starts with this word: lower case, none is a place.
        if not is_capitalised(words[i].text):
            i += 1
            continue
        for n in range(min(_MAX_NAME_WORDS, len(words) - i), 0, -1):
            first, last = words[i], words[i + n - 1]
            surface = text[first.start : last.end]
            if not is_capitalised(surface) or "  " in surface or "\n" in surface:
                continue
            if surface in rules.places or (
                n == 1 and (rules.place_genitive(surface) or _joined_places(surface, rules))
            ):
                if not _in_longer_name(words, i, i + n, rules):
                    out.append(Candidate(first.start, last.end, surface, Votes(LOC=CONTEXT_VOTE)))
                    out[-1].source = "rule"
                i += n - 1
                break
        i += 1
    return out


def _joined_places(word: str, rules: NameRules) -> bool:
    """A hyphen compound of known places names one place, a district or a region
    ("Kleve-Goch"; GermEval tags 19 of its 28 such words as one place)."""
    parts = word.split("-")
    return len(parts) > 1 and all(part in rules.places for part in parts)


def _in_longer_name(words: Sequence[Word], lo: int, hi: int, rules: NameRules) -> bool:
    def name_like(k: int) -> bool:
        return (
            0 <= k < len(words)
            and is_capitalised(words[k].text)
            and not rules.is_common(words[k].text)
        )

    # The first word of a sentence is capitalised anyway: it says nothing.
    return (lo > 1 and name_like(lo - 1)) or name_like(hi)


def _rule(first: Word, last: Word, label: str, vote: float = CONTEXT_VOTE) -> Candidate:
    return Candidate(first.start, last.end, "", Votes({label: vote}), source="rule")


_ACRONYM = re.compile(rf"[ \t]*\([ \t]*([{UPPER}][{UPPER}{LOWER}0-9&.-]{{1,7}})[ \t]*\)")
_MIN_ACRONYM_CAPITALS = 2


def acronym_candidates(text: str, found: Sequence[Candidate]) -> list[Candidate]:
    """An abbreviation in brackets right after an organisation's name names it too:
    "Landesbank Baden-Württemberg (LBBW)", "Federal Aviation Administration (FAA)"."""
    out = []
    for c in found:
        m = _ACRONYM.match(text, c.end)
        if (
            m
            and sum(ch.isupper() for ch in m[1]) >= _MIN_ACRONYM_CAPITALS
            and " " in c.text
            # After a person or a place the brackets hold a party or an agency ("Angela
            # Merkel (CDU)", "Berlin (AFP)"), not an abbreviation.
            and c.votes.leader() == "ORG"
        ):
            votes = Votes(c.votes)
            out.append(Candidate(m.start(1), m.end(1), m[1], votes, "acronym", c.text))
    return out


def repeats(
    text: str,
    sentences: Sequence[Span],
    names: set[str],
    taken: SpanIndex[Any],
    rules: NameRules,
) -> list[Candidate]:
    """Other occurrences of known names (and their genitives and compound first parts) in
    the document's sentences that no span in ``taken`` covers yet (those found are added
    to it)."""
    if not names:
        return []
    by_first = spellings(names)
    out: list[Candidate] = []
    for lo, hi in sentences:
        for found in occurrences(text, lo, hi, by_first, rules.genitive_endings):
            start, end = found.start, found.end
            # "Meta-Sprecher": only the name before the hyphen is the mention; an English
            # possessive is no part of it ("Ann Doe's").
            if text.startswith("-", end) or text[found.name_end : end] in rules.possessive_endings:
                end = found.name_end
            if not taken.overlapping(start, end):
                out.append(Candidate(start, end, text[start:end], Votes(), "repeat"))
                taken.add(out[-1])
    return out
