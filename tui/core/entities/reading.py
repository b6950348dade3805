"""A spaCy pipeline's reading of a batch of texts, as ``nlp.pipe`` gives it, in less time.

What ``nlp.pipe`` spends that the findings do not need:

- spaCy's greedy entity recogniser walks its transitions with the interpreter lock
  released, but spaCy 3.8's compiled state checks take the lock back on every call (twice
  per token looked at, for each of the recogniser's moves): a fifth to a half of the
  recogniser's time went to taking and dropping the lock. Its beam search, given a beam of
  one, makes the same choices (the one best valid move of the one state, each step) with the
  lock held, where taking it again costs nothing; it is what runs for a model that
  :mod:`.fast_decoder` does not know.
- Matrix products go through numpy's OpenBLAS on one thread (:mod:`.blas`).
- The beam's step loop goes through Python objects for every sentence at every step: for
  the models it knows, :mod:`.fast_decoder` takes the same steps for all sentences at once
  with arrays, the same choices as the beam of one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tui.core.entities import fast_decoder
from tui.core.entities.blas import one_blas_thread

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def read(nlp: Language, texts: list[str]) -> list[Doc]:
    """``list(nlp.pipe(texts))`` with each component given the whole batch at once."""
    docs = [nlp.make_doc(text) for text in texts]
    if not docs:
        return docs
    with one_blas_thread():
        for _, component in nlp.pipeline:
            if _greedy_recogniser(component):
                _recognise(component, docs)
            elif hasattr(component, "pipe"):
                docs = list(component.pipe(docs, batch_size=len(docs)))
            else:
                docs = [component(doc) for doc in docs]
    return docs


def _greedy_recogniser(component: Any) -> bool:
    from spacy.pipeline import EntityRecognizer

    return isinstance(component, EntityRecognizer) and component.cfg.get("beam_width") == 1


def _recognise(recogniser: Any, docs: list[Doc]) -> None:
    if fast_decoder.read(recogniser, docs):
        return
    # spaCy's own predict() answers a batch without any token without running the model.
    if not any(len(doc) for doc in docs):
        states = recogniser.predict(docs)
    else:
        states = recogniser.beam_parse(docs, beam_width=1, beam_density=0.0)
    recogniser.set_annotations(docs, states)
