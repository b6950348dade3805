"""Sets that annotate only some of the labels: leave their possible other names unlabelled.

SmartData, UNER and Europeana have no MISC, Sturm neither ORG nor MISC. Their ``O`` on an
unannotated ``Bundesliga`` or ``Reichstag`` teaches the model that such names are not names.
A capitalised token the German word list does not know (a name rather than a noun), other
than a sentence's first, is therefore marked *missing* in those sets: spaCy then neither
rewards nor punishes any label there.
"""

from __future__ import annotations

import corpora
import recase

#: The labels each partially annotated set never uses.
UNANNOTATED = {
    "smartdata": ("MISC",),
    "uner": ("MISC",),
    "europeana": ("MISC",),
    "sturm": ("ORG", "MISC"),
}


def _may_be_name(word: str, lexicon: recase.Lexicon) -> bool:
    return any(c.isupper() for c in word) and not lexicon.knows(word)


def unlabelled_to_missing(
    sentences: list[corpora.Sentence], lexicon: recase.Lexicon
) -> list[corpora.Sentence]:
    out = []
    for sentence in sentences:
        tags: list[str | None] = [
            None if i and tag == "O" and _may_be_name(word, lexicon) else tag
            for i, (word, tag) in enumerate(zip(sentence.words, sentence.tags, strict=True))
        ]
        out.append(corpora.Sentence(sentence.words, tags))  # type: ignore[arg-type]
    return out
