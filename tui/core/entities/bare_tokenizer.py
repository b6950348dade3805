"""Loading a pipeline without building its language's default tokenizer first.

``spacy.load`` builds a pipeline's tokenizer from its language's defaults (it compiles the
prefix, suffix and infix expressions and adds some 800 special cases), then replaces every
one of those rules with the rules saved in the pipeline's folder. Starting from a tokenizer
without rules skips the first build, which is about a tenth of a cold start; the saved rules
tokenise either way: ``Tokenizer.from_bytes`` resets every rule before it reads the saved
ones, and a folder without a saved tokenizer does not load at all.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer

#: The name the factory is registered under (spaCy's registry of tokenizers).
NAME = "timeline.bare_tokenizer.v1"

#: The override ``spacy.load`` takes to start from the bare tokenizer.
CONFIG: dict[str, Any] = {"nlp": {"tokenizer": {"@tokenizers": NAME}}}


def register() -> None:
    """Make :data:`NAME` known to spaCy (spaCy must be importable). Registering again
    replaces the entry with the same function; asking the registry first would import
    every language spaCy registers tokenizers for."""
    from spacy.util import registry

    registry.tokenizers.register(NAME, func=_bare_factory)


def _bare_factory() -> Callable[[Language], Tokenizer]:
    from spacy.tokenizer import Tokenizer

    def make(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return make
