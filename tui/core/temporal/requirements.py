"""What a pattern cannot match without: its required anchors, as clauses of alternatives.

A rule such as ``vor {count} {unit}`` can only match a sentence that holds a unit word *and*
a number (a digit or a number word): the requirement ``{{"unit"}, {"#digit", "number"}}``,
every clause of which must hold. The tagger runs a rule only on sentences that meet all of
its clauses, rather than on any sentence with any word of any of its classes.

The requirement is read from the pattern's structure: a sequence needs what each of its
parts needs, an alternation what every branch needs (one clause per choice of a clause in
each branch), an optional part (``?``, ``*``, ``{0,n}``) and a lookaround nothing. Anchors
are word classes (``{month}``), :data:`~.grammar.DIGIT` for a part that only matches digits
and, under the prefix :data:`~.grammar.LITERAL`, runs of at least four literal letters.
Leaving a clause out only lets a rule run more often, so where the structure is unclear
(or the clauses too many) the requirement is weakened, never guessed.
"""

from __future__ import annotations

from collections.abc import Callable

#: A requirement: every clause must hold; a clause holds when any of its anchors does.
Requirement = frozenset[frozenset[str]]
NOTHING: Requirement = frozenset()

#: An alternation's clauses multiply; beyond this many, the longest are dropped.
_MAX_CLAUSES = 32
#: Escapes followed by this many hex digits (``\x20``).
_HEX_DIGITS = {"x": 2, "u": 4, "U": 8}
#: Literal runs of at least this many letters are anchors (as the trigger index has them).
MIN_LITERAL = 4


def both(a: Requirement, b: Requirement) -> Requirement:
    return _simplest(a | b)


def either(a: Requirement, b: Requirement) -> Requirement:
    if not a or not b:
        return NOTHING
    return _simplest(frozenset(x | y for x in a for y in b))


def _simplest(clauses: Requirement) -> Requirement:
    """Without clauses implied by a smaller one, and at most :data:`_MAX_CLAUSES`."""
    ordered = sorted(clauses, key=lambda c: (len(c), sorted(c)))
    kept: list[frozenset[str]] = []
    for clause in ordered:
        if not any(k <= clause for k in kept):
            kept.append(clause)
    return frozenset(kept[:_MAX_CLAUSES])


class _Reader:
    """A recursive-descent reader of one pattern (regex syntax with ``{placeholders}``)."""

    def __init__(
        self,
        pattern: str,
        placeholder: Callable[[str], Requirement],
        *,
        digit: str,
        literal: str,
    ) -> None:
        self.text = pattern
        self.at = 0
        self.placeholder = placeholder
        self.digit = digit
        self.literal = literal

    def alternation(self) -> Requirement:
        result = self.sequence()
        while self.at < len(self.text) and self.text[self.at] == "|":
            self.at += 1
            result = either(result, self.sequence())
        return result

    def sequence(self) -> Requirement:
        result = NOTHING
        run: list[str] = []  # literal letters matched one after another

        def end_run() -> Requirement:
            word = "".join(run)
            run.clear()
            if len(word) >= MIN_LITERAL:
                return frozenset({frozenset({self.literal + word.lower()})})
            return NOTHING

        while self.at < len(self.text) and self.text[self.at] not in "|)":
            need, letter = self.atom()
            least = self.quantifier()
            if letter is not None and least is None:
                run.append(letter)
                continue
            result = both(result, end_run())
            if least is None or least > 0:
                result = both(result, need)
        return both(result, end_run())

    def quantifier(self) -> int | None:
        """Consume a quantifier after an atom: the least number of repeats (None: none)."""
        text, at = self.text, self.at
        if at >= len(text):
            return None
        char = text[at]
        if char in "?*+":
            self.at += 1
            self._lazy_or_possessive()
            return 1 if char == "+" else 0
        if char == "{" and text[at + 1 : at + 2] in set("0123456789,"):
            close = text.find("}", at)
            if close != -1:
                low = text[at + 1 : close].split(",")[0]
                self.at = close + 1
                self._lazy_or_possessive()
                return int(low) if low.isdigit() else 0
        return None

    def _lazy_or_possessive(self) -> None:
        if self.at < len(self.text) and self.text[self.at] in "?+":
            self.at += 1

    def atom(self) -> tuple[Requirement, str | None]:
        """The next atom's requirement, and its letter when it is a literal letter."""
        text = self.text
        char = text[self.at]
        if char == "(":
            return self.group(), None
        if char == "[":
            return self.char_class(), None
        if char == "\\":
            escaped = text[self.at + 1 : self.at + 2]
            self.at += 2 + _HEX_DIGITS.get(escaped, 0)
            return (self._digit() if escaped == "d" else NOTHING), None
        if (
            char == "{"
            and self.at + 1 < len(text)
            and (text[self.at + 1].isalpha() or text[self.at + 1] == "_")
        ):
            close = text.find("}", self.at)
            if close != -1:
                name = text[self.at + 1 : close].split(":")[0]
                self.at = close + 1
                return self.placeholder(name), None
        self.at += 1
        if char.isalpha():
            return NOTHING, char
        return NOTHING, None

    def _digit(self) -> Requirement:
        return frozenset({frozenset({self.digit})})

    def group(self) -> Requirement:
        text = self.text
        self.at += 1  # "("
        lookaround = False
        if text.startswith("?", self.at):
            if text.startswith(("?=", "?!", "?<=", "?<!"), self.at):
                lookaround = True
            elif text.startswith("?P=", self.at):  # a back-reference: nothing new
                self.at = text.index(")", self.at) + 1
                return NOTHING
            elif text.startswith("?P<", self.at):
                self.at = text.index(">", self.at)
            # "(?:", "(?-i:", "(?i:", lookarounds: skip to the body.
            while self.at < len(text) and text[self.at] not in ":>=!)":
                self.at += 1
            if text.startswith(")", self.at):  # "(?i)": flags for the whole pattern
                self.at += 1
                return NOTHING
            self.at += 1
        inner = self.alternation()
        if self.at < len(text) and text[self.at] == ")":
            self.at += 1
        return NOTHING if lookaround else inner

    def char_class(self) -> Requirement:
        """A class of digits only (``[0-5]``, ``[12]``) needs a digit; any other nothing."""
        text = self.text
        start = self.at + 1
        end = start
        if text.startswith("^", end):
            end += 1
        if text.startswith("]", end):
            end += 1
        while end < len(text) and text[end] != "]":
            end += 2 if text[end] == "\\" else 1
        body = text[start:end]
        self.at = end + 1
        digits_only = bool(body) and all(c.isdigit() or c == "-" for c in body.replace("\\d", "0"))
        return self._digit() if digits_only and not body.startswith("^") else NOTHING


def requirement(
    pattern: str, placeholder: Callable[[str], Requirement], *, digit: str, literal: str
) -> Requirement:
    """The requirement of ``pattern``; ``placeholder(name)`` gives a ``{name}``'s."""
    reader = _Reader(pattern, placeholder, digit=digit, literal=literal)
    result = reader.alternation()
    if reader.at < len(pattern):  # an unbalanced ")": read no further, require nothing
        return NOTHING
    return result
