"""A pipeline loaded from a bare tokenizer tokenises exactly as one loaded the usual way."""

from __future__ import annotations

import pytest
import spacy

from tui.core.entities import bare_tokenizer, models

#: Prefixes, suffixes, infixes, special cases and a URL, in both languages.
TEXTS = {
    "de": "„Wir haben's geschafft“, sagte Dr. Müller-Lüdenscheidt am 3.12.2024 (z.B. in "
    "Bad Homburg) – siehe https://example.org/a?b=1; d.h. 5,3 Mio. € für's Jahr.",
    "en": "\"We can't,\" said Mr. O'Neil at 5:30p.m. on Dec. 3rd (U.S. time) -- see "
    "www.example.com/x?y=2; e.g. $4.5bn, 'twas the U.K.'s call.",
}


def _tokens(nlp, text: str) -> list[tuple[str, str]]:
    return [(token.text, token.whitespace_) for token in nlp.make_doc(text)]


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_the_saved_rules_tokenise_as_a_usual_load_does(lang):
    candidate = models.choose(lang)
    loaded = models.load(candidate)
    assert loaded.config["nlp"]["tokenizer"]["@tokenizers"] == bare_tokenizer.NAME
    target = models.bundled_path(candidate.name) if candidate.kind == "bundled" else candidate.name
    usual = spacy.load(target, exclude=list(models._UNNEEDED))
    assert loaded.tokenizer.rules == usual.tokenizer.rules
    for part in ("prefix_search", "suffix_search", "infix_finditer", "url_match"):
        mine, theirs = getattr(loaded.tokenizer, part), getattr(usual.tokenizer, part)
        assert (mine and mine.__self__.pattern) == (theirs and theirs.__self__.pattern)
    assert _tokens(loaded, TEXTS[lang]) == _tokens(usual, TEXTS[lang])
