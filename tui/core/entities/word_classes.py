"""What the language's word lists say about each word, as a feature for the NER model.

German capitalises every noun, so the model cannot tell a name it never saw from a noun it
never saw by its shape. The project's lists can: this spaCy component writes each token's
class into ``token.lemma_`` (the bundled pipeline has no lemmatiser), and the model's
embedding reads it next to the word's form. The classes are coarse on purpose: which list
a word is in, not the word.
"""

from __future__ import annotations

import hashlib
import inspect
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, cast

import numpy as np
from spacy.language import Language

from tui.core.entities.language_rules import NameRules, compound_head, rules_for

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    from thinc.types import Ints2d

FACTORY = "timeline_word_classes"
_CACHE = 200_000


def word_class(word: str, rules: NameRules) -> str:
    """The class of ``word``: lower-case, function word, place, given name, title, a word
    that ends or announces a kind of name, common noun, surname, compound of a noun,
    capitals, or an unknown capitalised word."""
    if not word[:1].isupper():
        return "lower"
    if word.lower() in rules.function_words:
        return "function"
    if word in rules.places or rules.place_genitive(word):
        return "place"
    if word in rules.given_names:
        return "given"
    if rules.is_title(word):
        return "title"
    # The words that end names or say what kind of thing the next name is ("AG", "Straße";
    # "Konzern", "Stadt", "Film"; "Sprecher" of an organisation).
    if word in rules.organisation_name_heads:
        return "org-head"
    if word in rules.place_name_heads:
        return "place-head"
    if rules.is_organisation_word(word) or rules.is_medium_word(word):
        return "org-kind"
    if rules.is_place_word(word):
        return "place-kind"
    if rules.is_work_word(word):
        return "work-kind"
    if rules.is_organisation_role(word):
        return "org-role"
    if word.lower() in rules.common_nouns:
        return "noun"
    if word in rules.surnames:
        return "surname"
    if word.isupper() and len(word) > 1:
        return "capitals"
    if rules.is_common_noun(word):
        return "compound"
    return "unknown"


#: The code that decides a word's class, beside the lists it reads.
_CLASSIFIERS = (
    NameRules.place_genitive, NameRules.genitive_stem, NameRules.is_title,
    NameRules.is_organisation_word, NameRules.is_medium_word, NameRules.is_place_word,
    NameRules.is_work_word, NameRules.is_organisation_role, NameRules.is_common_noun,
    compound_head,
)  # fmt: skip


def lists_digest(rules: NameRules) -> str:
    """A fingerprint of everything :func:`word_class` reads, and of its code: the model was
    trained with the classes these give, so a change to them calls for retraining it."""
    parts = [
        rules.function_words, rules.places, rules.given_names, rules.person_titles,
        rules.organisation_name_heads, rules.place_name_heads,
        rules.organisation_words | rules.medium_words,  # one class, as word_class reads them
        rules.place_words, rules.work_words, rules.organisation_roles,
        rules.common_nouns, rules.name_heads, rules.surnames, rules.genitive_endings,
    ]  # fmt: skip
    digest = hashlib.sha256()
    for words in parts:
        digest.update("\n".join(sorted(words)).encode())
        digest.update(b"\0")
    for code in (word_class, *_CLASSIFIERS):
        digest.update(inspect.getsource(code).encode())
    return digest.hexdigest()


class WordClasses:
    """Writes each token's class into ``token.lemma_``, looked up by the word's hash (a
    token's ``orth``): a document is annotated with one array, no token object made."""

    def __init__(self, vocab: Vocab, lang: str) -> None:
        rules = rules_for(lang)
        strings = vocab.strings
        self._lemma = lru_cache(maxsize=_CACHE)(
            lambda orth: strings.add(word_class(str(strings[orth]), rules))
        )

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 1000) -> Iterator[Doc]:
        lemma = self._lemma
        for doc in docs:
            orths = doc.to_array("ORTH").tolist()
            lemmas = np.array([lemma(orth) for orth in orths], dtype=np.uint64)
            doc.from_array(["LEMMA"], cast("Ints2d", lemmas.reshape(-1, 1)))
            yield doc


@Language.factory(FACTORY, default_config={"lang": "de"})
def make_word_classes(nlp: Language, name: str, lang: str) -> WordClasses:
    return WordClasses(nlp.vocab, lang)
