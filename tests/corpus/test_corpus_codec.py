"""A corpus's whole analysis, kept in one row of the store, reads back as it was."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.corpus.corpus_fixtures import corpus_documents
from tui.core.analysis import analyse
from tui.core.analysis.corpus_codec import KeptCorpus, decode_corpus, encode_corpus


def _kept(count: int = 6) -> KeptCorpus:
    analysis = analyse(corpus_documents(count))
    return KeptCorpus(analysis.documents, analysis.entities, analysis.events)


def test_a_kept_corpus_reads_back_equal() -> None:
    corpus = _kept()
    assert corpus.events and corpus.entities
    documents = [item.document for item in corpus.items]
    assert decode_corpus(encode_corpus(corpus), documents) == corpus


def test_a_sentence_that_is_not_its_span_of_the_text_is_kept_as_it_is() -> None:
    corpus = _kept()
    first, *others = corpus.events
    changed = replace(corpus, events=[replace(first, text="Ein anderer Satz."), *others])
    documents = [item.document for item in corpus.items]
    decoded = decode_corpus(encode_corpus(changed), documents)
    assert decoded.events[0].text == "Ein anderer Satz."
    assert decoded == changed


def test_a_kept_corpus_of_other_documents_is_unreadable() -> None:
    corpus = _kept()
    documents = [item.document for item in corpus.items]
    with pytest.raises(ValueError):
        decode_corpus(encode_corpus(corpus), documents[1:])


def test_a_kept_corpus_decodes_a_documents_lists_only_when_first_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tui.core.analysis import corpus_codec

    corpus = _kept()
    documents = [item.document for item in corpus.items]
    read: list[bytes] = []
    parts_of = corpus_codec._parts_of
    monkeypatch.setattr(corpus_codec, "_parts_of", lambda p: read.append(p) or parts_of(p))
    decoded = decode_corpus(encode_corpus(corpus), documents)
    assert read == [] and decoded.events == corpus.events
    assert decoded.items[1].mentions == corpus.items[1].mentions
    assert decoded.items[1].sentences == corpus.items[1].sentences
    assert len(read) == 1  # that document's lists, all four at once, once
    assert decoded.items == corpus.items
    assert len(read) == len(documents)
