"""Compile a language's temporal resources into ready-to-run rules (once per language).

Two resource files per language:

``temporal.toml``
    ``[classes.<name>]`` word classes: word form -> normalised value (month names -> 1..12,
    number words -> numbers, units -> TIMEX3 unit letters, ...), matched case-insensitively;
    ``[cased.<name>]`` adds forms that must match with exactly that case (English ``May``);
    ``[tense]`` words that tell past from future (see :mod:`.tense`);
    ``[anchoring]`` ``weekday_default``: -1 if a bare weekday means the last one;
    ``bounds``: words before an expression that make it the bound of a state ("bis"), no
    time a narrative reaches; ``listing_entry``: how a sentence that is an entry of a
    listing starts ("Bozen: "), a regular expression matched case-sensitively;
    ``entry_clock``: the clock time that opens an entry of a live report ("1514 The");
    ``[ranges]`` ``connectors``: what joins the dates of a range or an enumeration
    ("March to May 2020", "3, 4 and 5 May"), whose first date may take its year from another;
    ``[numbers]`` ``joiners``: what joins the words of a compound number ("twenty-six").

``temporal_rules.toml``
    ``[fragments]`` reusable regular expressions; ``[[rules]]`` extraction patterns with the
    TIMEX3 ``type``, ``value``, optional ``mod`` and ``point`` templates and ``defaults``
    for groups that did not take part in the match; ``[[negatives]]`` patterns whose
    matches veto any candidate lying inside them (amounts, ages ...), ``weak = true`` for
    those that context may overrule.

In patterns, ``{name}`` stands for a class or fragment and captures it as group ``name``
(``{name:alias}`` captures it as ``alias``); a space stands for any run of whitespace.
Templates are ``str.format`` strings over the captured groups (see :mod:`.normalise`); a
template that calls a function neither :mod:`.normalise` nor :mod:`.anchoring` knows is an
error when the grammar loads, not a value that passes through.
"""

from __future__ import annotations

import hashlib
import marshal
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from tui.core import resources
from tui.core.temporal.anchoring import ANCHORING_CALLS
from tui.core.temporal.normalise import VALUE_FUNCTIONS, calls_in, normalise_key
from tui.core.temporal.requirements import NOTHING, Requirement, requirement
from tui.core.temporal.word_trie import trie_regex

_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)(?::([a-z_][a-z0-9_]*))?\}")
_DIGIT_IN_PATTERN = re.compile(r"\\d|\[[0-9]-")
# Regex syntax to strip before collecting a pattern's literal words.
_SYNTAX = re.compile(r"\\.|\(\?P<\w+>|\(\?[-\w]*:|\(\?<?[=!]|\[[^\]]*\]")
_LITERAL_WORD = re.compile(r"[^\W\d_]{4,}")
#: Literal words of a pattern are triggers too, under this prefix.
LITERAL = "="
#: Tokens as the trigger index sees them.
TOKEN = re.compile(r"\w+")
#: A token containing a digit triggers every rule that can match digits.
DIGIT = "#digit"
_DIGIT_ONLY = frozenset({DIGIT})
#: Prefixes and suffixes this long are looked up too, so that compounds
#: (``Mittwochabend``, ``Sommermonate``) trigger the rules of their parts ...
_MIN_AFFIX = 3
#: ... up to this long (no word of a class is longer; a huge token stays cheap).
_MAX_AFFIX = 40
#: How many tokens' triggers a grammar remembers before it starts afresh.
_KNOWN_TOKENS = 50_000
# Every match must stand on word boundaries and must not be part of a larger number
# (``1.2020`` or ``2020,5``).
_BEFORE = r"(?<!\w)(?<!\d[.,])"
_AFTER = r"(?!\w)(?![.,]\d)"


class GrammarError(ValueError):
    """A resource file is malformed; the message names the file and the rule."""


#: A named group of a pattern (not an escaped parenthesis).
_NAMED_GROUP = re.compile(r"(?<!\\)(?:\\\\)*\(\?P<(\w+)>")


@cache
def compiled(source: str) -> re.Pattern[str]:
    """A rule's or negative's expression, compiled the first time a sentence needs it:
    compiling all of a language's patterns is most of the time a grammar takes to load,
    and a document needs fewer than half of them."""
    return re.compile(source, re.IGNORECASE)


class _Pattern:
    """What rules and negatives share: their expression, compiled on first use."""

    __slots__ = ()
    source: str

    @property
    def regex(self) -> re.Pattern[str]:
        return compiled(self.source)


@dataclass(frozen=True, slots=True)
class Rule(_Pattern):
    name: str
    #: The expression (case-insensitive), compiled as :attr:`regex` when first used.
    source: str
    type: str
    value: str
    mod: str | None
    point: str | None
    #: Captured group -> word class that normalises it (None: digits or raw text).
    group_classes: dict[str, str | None]
    defaults: dict[str, Any]
    triggers: frozenset[str]
    order: int
    #: The anchors the rule cannot match without (see :mod:`.requirements`).
    required: Requirement = NOTHING


@dataclass(frozen=True, slots=True)
class Negative(_Pattern):
    name: str
    source: str
    triggers: frozenset[str]
    #: A weak negative (a number before a capitalised word) only vetoes candidates whose
    #: whole match lies inside it: context such as "seit 2019" overrules it. A strong one
    #: (a number before "Euro") vetoes any expression inside it.
    weak: bool = False
    required: Requirement = NOTHING


@dataclass(frozen=True, slots=True)
class TenseClues:
    """The ``[tense]`` table of a language: words that tell past from future."""

    past_words: frozenset[str] = frozenset()
    future_words: frozenset[str] = frozenset()
    #: Word endings that mark a past form when the word is in neither list ("-ed").
    past_suffixes: tuple[str, ...] = ()
    #: Past reporting verbs: tense markers only right next to an expression.
    reporting_words: frozenset[str] = frozenset()
    #: Words right before an expression that place it after / before the reference,
    #: padded with spaces (" until ") so that they match whole words.
    future_signals: tuple[str, ...] = ()
    past_signals: tuple[str, ...] = ()
    #: Auxiliaries after which a regular past form is a participle ("be held").
    auxiliaries: frozenset[str] = frozenset()
    #: Auxiliaries of the perfect: a participle right after them is a past ("have gathered").
    perfect: frozenset[str] = frozenset()
    #: Auxiliaries of the past perfect: with them, "until" looks back ("until then he had").
    past_perfect: frozenset[str] = frozenset()
    #: After these a regular past form is an adjective ("the reduced dividend").
    determiners: frozenset[str] = frozenset()
    #: Two-word future markers, as "first second" ("is to resume", "set to open").
    future_pairs: frozenset[str] = frozenset()
    #: The end of a clause that reports a plan ("…, im Herbst zurückzutreten"): its
    #: expressions point ahead, whatever the tense of the report around it.
    plan_clause: re.Pattern[str] | None = None

    @classmethod
    def from_table(cls, table: dict[str, Any]) -> TenseClues:
        def words(key: str) -> frozenset[str]:
            return frozenset(w.lower() for w in table.get(key, []))

        def signals(key: str) -> tuple[str, ...]:
            return tuple(f" {w.lower()} " for w in table.get(key, []))

        plans = table.get("plan_clause", [])

        return cls(
            past_words=words("past"),
            future_words=words("future"),
            past_suffixes=tuple(table.get("past_suffixes", [])),
            reporting_words=words("reporting"),
            future_signals=signals("future_signals"),
            past_signals=signals("past_signals"),
            auxiliaries=words("auxiliaries"),
            perfect=words("perfect"),
            determiners=words("determiners"),
            future_pairs=words("future_pairs"),
            past_perfect=words("past_perfect"),
            plan_clause=re.compile(rf"(?:{'|'.join(plans)})\W*$") if plans else None,
        )


@dataclass(slots=True)
class Grammar:
    lang: str
    classes: dict[str, dict[str, Any]]
    rules: list[Rule]
    negatives: list[Negative]
    tense: TenseClues
    #: -1 or +1: whether a bare weekday means the last or the next one when tense is silent.
    weekday_default: int = -1
    #: lower-case token (or affix) -> the classes it belongs to.
    token_classes: dict[str, frozenset[str]] = field(default_factory=dict)
    #: The whole text between two dates of a range or an enumeration (None: no connectors).
    range_gap: re.Pattern[str] | None = None
    #: What may join the words of a compound number ("twenty-six", "sechsundzwanzig").
    number_joiners: tuple[str, ...] = ()
    #: Words that make a sentence tell a birth ("geboren", "born"): its date is the birth
    #: date that ages count from ("mit 17 Jahren").
    birth_words: frozenset[str] = frozenset()
    #: Words right before an expression that make it the bound of a state ("blieb bis 1881
    #: gesperrt"), padded with spaces: in a narrative it is no time the story reaches.
    bounds: tuple[str, ...] = ()
    #: The start of a sentence that is an entry of a listing or an event calendar
    #: ("Bozen: Konzert im Stadttheater, 20 Uhr."): its clock time takes no earlier day.
    listing_entry: re.Pattern[str] | None = None
    #: The clock time that opens an entry of a live report ("1514 The minister says"),
    #: matched case-sensitively at the start of a sentence (see :mod:`.live_report`).
    entry_clock: re.Pattern[str] | None = None

    #: The triggers of each token seen so far (a token's are looked up once, not in every
    #: sentence it stands in: most words of a text are common ones).
    _token_triggers: dict[str, frozenset[str]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def triggers_in(self, text: str, start: int, end: int) -> set[str]:
        """The trigger names present in ``text[start:end]``: classes and :data:`DIGIT`."""
        found: set[str] = set()
        known = self._token_triggers
        for m in TOKEN.finditer(text, start, end):
            token = m.group().lower()
            hit = known.get(token)
            if hit is None:
                if len(known) >= _KNOWN_TOKENS:  # bounded: a long run meets endless words
                    known.clear()
                hit = known[token] = self._token_triggers_of(token)
            found |= hit
        return found

    def _token_triggers_of(self, token: str) -> frozenset[str]:
        """The triggers of one lower-cased token: :data:`DIGIT` if it holds a digit, else
        the classes of the token and of its prefixes and suffixes."""
        if any(c.isdigit() for c in token):
            return _DIGIT_ONLY
        index = self.token_classes
        found: set[str] = set()
        hit = index.get(token)
        if hit is not None:
            found.update(hit)
        size = len(token)
        for i in range(_MIN_AFFIX, min(size - _MIN_AFFIX, _MAX_AFFIX) + 1):
            if (hit := index.get(token[:i])) is not None:  # a prefix i long
                found.update(hit)
            if (hit := index.get(token[size - i :])) is not None:  # a suffix i long
                found.update(hit)
        return frozenset(found)


def _word_regex(word: str) -> str:
    return r"\s+".join(re.escape(part) for part in word.split())


def _class_regex(words: dict[str, Any], cased: dict[str, Any]) -> str:
    options = sorted(words, key=len, reverse=True)
    # The same words as a trie where they make one: far fewer branches to try.
    trie = trie_regex(options)
    parts = [trie] if trie is not None else [_word_regex(w) for w in options]
    parts += [f"(?-i:{_word_regex(w)})" for w in sorted(cased, key=len, reverse=True)]
    return "(?:" + "|".join(parts) + ")"


class _Expander:
    """Turns ``{placeholder}`` patterns into regular expressions."""

    def __init__(
        self,
        classes: dict[str, str],
        fragments: dict[str, str],
        source: str,
    ) -> None:
        self.classes = classes
        self.fragments = fragments
        self.source = source
        self._inner: dict[str, tuple[str, frozenset[str]]] = {}
        self._required: dict[str, Requirement] = {}

    def required(self, pattern: str) -> Requirement:
        """What ``pattern`` cannot match without (call after :meth:`rule` checked it)."""
        return requirement(pattern, self._placeholder_required, digit=DIGIT, literal=LITERAL)

    def _placeholder_required(self, name: str) -> Requirement:
        if name in self.classes:
            return frozenset({frozenset({name})})
        if name not in self._required:
            self._required[name] = NOTHING  # a fragment that refers to itself needs nothing
            self._required[name] = self.required(self.fragments.get(name, ""))
        return self._required[name]

    def inner(self, name: str, where: str, depth: int = 0) -> tuple[str, frozenset[str]]:
        """A class or fragment as a non-capturing expression, with the classes it uses."""
        if name in self._inner:
            return self._inner[name]
        if name in self.classes:
            result = (self.classes[name], frozenset({name}))
        elif name in self.fragments:
            if depth > 10:
                raise GrammarError(f"{self.source}: fragment {name!r} refers to itself")
            regex, used, _ = self._expand(self.fragments[name], where, capture=False, depth=depth)
            result = (f"(?:{regex})", used)
        else:
            raise GrammarError(f"{self.source}: {where} uses unknown {{{name}}}")
        self._inner[name] = result
        return result

    def _expand(
        self, pattern: str, where: str, *, capture: bool, depth: int = 0
    ) -> tuple[str, frozenset[str], dict[str, str | None]]:
        used: set[str] = set()
        groups: dict[str, str | None] = {}

        def replace(m: re.Match[str]) -> str:
            name, alias = m.group(1), m.group(2) or m.group(1)
            regex, inner_used = self.inner(name, where, depth + 1)
            used.update(inner_used)
            if not capture:
                return regex
            if alias in groups:
                raise GrammarError(f"{self.source}: {where} captures {alias!r} twice")
            groups[alias] = name if name in self.classes else None
            return f"(?P<{alias}>{regex})"

        spaced = pattern.replace(" ?", r"\s*").replace(" ", r"\s+")
        regex = _PLACEHOLDER.sub(replace, spaced)
        if _DIGIT_IN_PATTERN.search(regex):
            used.add(DIGIT)
        literal_text = _SYNTAX.sub(" ", _PLACEHOLDER.sub(" ", pattern))
        used.update(LITERAL + w.lower() for w in _LITERAL_WORD.findall(literal_text))
        return regex, frozenset(used), groups

    def rule(
        self, pattern: str, where: str, *, capture: bool = True
    ) -> tuple[str, dict[str, str | None], frozenset[str]]:
        """The expression of ``pattern`` (compiled only when first used: see
        :func:`compiled`; a test compiles every pattern of every language), its groups and
        the triggers it uses."""
        regex, used, groups = self._expand(pattern, where, capture=capture)
        if not used:
            raise GrammarError(f"{self.source}: {where} uses no word class, word or digit")
        source = f"{_BEFORE}(?:{regex}){_AFTER}"
        for name in _NAMED_GROUP.findall(source):  # groups written as plain regex: no class
            groups.setdefault(name, None)
        return source, groups, used


def _range_gap(connectors: list[str]) -> re.Pattern[str] | None:
    """What may stand between two joined dates: a connector, maybe after a comma."""
    if not connectors:
        return None
    options = []
    for word in sorted(connectors, key=len, reverse=True):
        regex = _word_regex(word)
        options.append(rf"\b{regex}\b" if word[:1].isalnum() else regex)
    return re.compile(rf"\s*(?:,\s*)?(?:{'|'.join(options)})\s*", re.IGNORECASE)


def _anchoring_regex(anchoring: dict[str, Any], key: str, source: str) -> re.Pattern[str] | None:
    pattern = anchoring.get(key)
    if not pattern:
        return None
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise GrammarError(f"{source}: [anchoring] {key}: {exc}") from exc


def _index_tokens(
    classes: dict[str, dict[str, Any]], literals: set[str]
) -> dict[str, frozenset[str]]:
    index: dict[str, set[str]] = defaultdict(set)
    for name, words in classes.items():
        for word in words:
            tokens = TOKEN.findall(word.lower())
            if tokens:
                index[tokens[0]].add(name)
    for literal in literals:
        index[literal[len(LITERAL) :]].add(literal)
    return {token: frozenset(names) for token, names in index.items()}


#: Every function a template may call: value functions, then anchoring calls.
_KNOWN_CALLS = VALUE_FUNCTIONS | ANCHORING_CALLS
_TEMPLATES = ("value", "point", "mod", "type")


def _check_calls(item: dict[str, Any], source: str, where: str) -> None:
    """Refuse a rule whose templates call an unknown function (a typo would otherwise
    pass through as the literal value)."""
    for field_name in _TEMPLATES:
        for name in calls_in(str(item.get(field_name) or "")):
            if name not in _KNOWN_CALLS:
                raise GrammarError(
                    f"{source}: {where} calls unknown function {name!r} in its {field_name}"
                    f" (known: {', '.join(sorted(_KNOWN_CALLS))})"
                )


@cache
def grammar(lang: str) -> Grammar:
    """The compiled grammar of ``lang`` (empty if the language has no temporal resources)."""
    lexicon = resources.load(lang, "temporal")
    spec = resources.load(lang, "temporal_rules")
    parts = _kept_parts(lang, lexicon, spec)
    anchoring: dict[str, Any] = lexicon.get("anchoring", {})
    return Grammar(
        lang=lang,
        classes=parts["classes"],
        rules=[Rule(*fields) for fields in parts["rules"]],
        negatives=[Negative(*fields) for fields in parts["negatives"]],
        tense=TenseClues.from_table(lexicon.get("tense", {})),
        weekday_default=int(anchoring.get("weekday_default", -1)),
        range_gap=_range_gap(lexicon.get("ranges", {}).get("connectors", [])),
        number_joiners=tuple(lexicon.get("numbers", {}).get("joiners", [])),
        birth_words=frozenset(w.lower() for w in lexicon.get("life", {}).get("birth", [])),
        bounds=tuple(f" {w.lower()} " for w in anchoring.get("bounds", [])),
        listing_entry=_anchoring_regex(anchoring, "listing_entry", f"{lang}/temporal.toml"),
        entry_clock=_anchoring_regex(anchoring, "entry_clock", f"{lang}/temporal.toml"),
        token_classes=parts["token_classes"],
    )


#: Bump when the kept form of a grammar's parts changes.
_KEPT_FORMAT = 1


def _kept_parts(lang: str, lexicon: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
    """:func:`_parts`, kept between runs: expanding the patterns into expressions (the
    classes' word tries above all) and reading their requirements took about 40 ms of a
    cold start. Named by a digest of the resources given and of this package's code, so
    that a change to either builds them anew (:mod:`tui.core.resources.kept_files`)."""
    from tui.core.resources import kept_files

    digest = hashlib.sha256(f"{_KEPT_FORMAT} {sys.version_info[:2]} {lang}".encode())
    try:
        digest.update(marshal.dumps((lexicon, spec)))
        for module in sorted(Path(__file__).parent.glob("*.py")):
            digest.update(module.read_bytes())
    except (OSError, ValueError):  # (a value marshal cannot write: nothing is kept)
        return _parts(lang, lexicon, spec)
    stem = f"{lang}-grammar"
    kept = kept_files.cache_root() / "grammars" / f"{stem}-{digest.hexdigest()[:32]}.marshal"
    stored = kept_files.read_kept(kept)
    if isinstance(stored, dict) and stored.keys() == _PART_NAMES:
        return stored
    parts = _parts(lang, lexicon, spec)
    kept_files.write_kept(kept, stem, parts)
    return parts


_PART_NAMES = {"classes", "rules", "negatives", "token_classes"}


def _parts(lang: str, lexicon: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
    """What a grammar is made of, as plain data: the classes, the fields of each rule and
    negative, and the trigger index."""
    source = f"{lang}/temporal_rules.toml"
    raw_classes: dict[str, dict[str, Any]] = lexicon.get("classes", {})
    cased: dict[str, dict[str, Any]] = lexicon.get("cased", {})
    classes: dict[str, dict[str, Any]] = {}
    class_regex: dict[str, str] = {}
    for name in set(raw_classes) | set(cased):
        words = {normalise_key(w): v for w, v in raw_classes.get(name, {}).items()}
        exact = cased.get(name, {})
        classes[name] = {**words, **{normalise_key(w): v for w, v in exact.items()}}
        class_regex[name] = _class_regex(words, exact)
    expander = _Expander(class_regex, spec.get("fragments", {}), source)
    rules: list[tuple[Any, ...]] = []
    for order, item in enumerate(spec.get("rules", [])):
        where = f"rule {item.get('name', order)!r}"
        _check_calls(item, source, where)
        try:
            expression, groups, used = expander.rule(item["pattern"], where)
            rules.append(
                (
                    item.get("name", str(order)),
                    expression,
                    item["type"],
                    item["value"],
                    item.get("mod"),
                    item.get("point"),
                    groups,
                    item.get("defaults", {}),
                    used,
                    order,
                    expander.required(item["pattern"]),
                )
            )
        except KeyError as exc:
            raise GrammarError(f"{source}: {where} lacks {exc.args[0]!r}") from exc
    negatives: list[tuple[Any, ...]] = []
    for order, item in enumerate(spec.get("negatives", [])):
        where = f"negative {item.get('name', order)!r}"
        expression, _, used = expander.rule(item["pattern"], where, capture=False)
        negatives.append(
            (
                item.get("name", str(order)),
                expression,
                used,
                bool(item.get("weak", False)),
                expander.required(item["pattern"]),
            )
        )
    # Literal words of a pattern trigger it like a class's words (rules' triggers are their
    # ninth field, negatives' their third).
    triggers = [r[8] for r in rules] + [n[2] for n in negatives]
    literals = {t for used in triggers for t in used if t.startswith(LITERAL)}
    return {
        "classes": classes,
        "rules": rules,
        "negatives": negatives,
        "token_classes": _index_tokens(classes, literals),
    }
