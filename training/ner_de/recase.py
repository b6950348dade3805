"""Give MultiCoNER's all-lowercase German snippets back the case German writes them in.

Trained on lowercase text, the model learns that names may be lowercase and nouns need no
capital, the opposite of what German news shows it. The rules: entity tokens are names
(capitalised, except name particles inside a name: ``Charles de Gaulle``); other tokens
take their case from a German word list with proper case (``/usr/share/dict/ngerman``
from Debian's ``wngerman``: a capitalised entry whose lowercase form is absent is a noun
or a name); compounds the list lacks take the case of their longest known last part
(``aussichtsplattform`` -> ``Plattform``); the first token of a snippet is capitalised.
The word list only transforms training data; it is not part of the model or the package.
"""

from __future__ import annotations

from pathlib import Path

import corpora

DEFAULT_WORD_LIST = Path("/usr/share/dict/ngerman")

#: Lowercase words inside names (German, Dutch, French, Spanish, Italian, English, Arabic).
PARTICLES = frozenset((
    "von", "vom", "zu", "zum", "zur", "und", "der", "die", "das", "den", "dem", "des", "van",
    "de", "del", "della", "di", "da", "dos", "du", "la", "le", "les", "y", "e", "of", "the",
    "and", "for", "on", "in", "am", "im", "an", "al", "el", "bin", "ibn", "ter", "ten",
))  # fmt: skip

#: A compound's last part must be this long to decide its case (shorter ones are endings).
_MIN_PART = 4


class Lexicon:
    """The case German writes a lowercase word in, from a word list with proper case."""

    def __init__(self, words: list[str]) -> None:
        self._forms: dict[str, str] = {}
        lower = {w for w in words if w == w.lower()}
        for word in words:
            key = word.lower()
            if key in lower:
                self._forms[key] = key  # also written lowercase: a verb, adjective, ...
            elif key not in self._forms or word.isupper():
                self._forms[key] = word  # only capitalised (noun, name) or all-caps

    @classmethod
    def from_file(cls, path: Path) -> Lexicon:
        if not path.is_file():
            raise SystemExit(
                f"word list {path} not found: re-casing MultiCoNER needs a German word list "
                "with proper case (Debian: apt-get install wngerman)"
            )
        return cls(path.read_text(encoding="utf-8").split())

    def knows(self, word: str) -> bool:
        """Whether the list has ``word`` (in any case) itself, not just a last part of it."""
        return word.lower() in self._forms

    def form(self, word: str) -> str | None:
        """The cased form of ``word``, or None if neither it nor a last part is known."""
        if word in self._forms:
            return self._forms[word]
        for start in range(1, len(word) - _MIN_PART + 1):
            part = self._forms.get(word[start:])
            if part is not None:
                return word.capitalize() if part[:1].isupper() else word
        return None


def _capitalise(word: str) -> str:
    """First letter up, and that of every hyphenated part of two letters or more."""
    parts = word.split("-")
    return "-".join(
        p if (i and (len(p) < 2 or p in PARTICLES)) else _upper_first(p)
        for i, p in enumerate(parts)
    )


def _upper_first(word: str) -> str:
    for i, char in enumerate(word):
        if char.isalpha():
            return word[:i] + char.upper() + word[i + 1 :]
    return word


def recase(sentence: corpora.Sentence, lexicon: Lexicon) -> corpora.Sentence:
    words = []
    for i, (word, tag) in enumerate(zip(sentence.words, sentence.tags, strict=True)):
        known = lexicon.form(word)
        if tag != "O":  # a name, or unlabelled (a MultiCoNER type left out): a name too
            tag = tag or "B-"
            if tag.startswith("I-") and word in PARTICLES:
                cased = word
            elif known is not None and known.isupper() and len(known) > 1 and tag[2:] != "PER":
                cased = known  # NASA, BBC (but Ira, not IRA)
            else:
                cased = _capitalise(word)
        elif known is not None:
            cased = known
        else:
            cased = word
        if i == 0:
            cased = _upper_first(cased)
        words.append(cased)
    return corpora.Sentence(words, sentence.tags)


def recase_all(
    sentences: list[corpora.Sentence], word_list: Path = DEFAULT_WORD_LIST
) -> list[corpora.Sentence]:
    lexicon = Lexicon.from_file(word_list)
    return [recase(sentence, lexicon) for sentence in sentences]
