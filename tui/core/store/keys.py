"""What a stored result is valid for: the document's analysed inputs, the options, and the
version of everything that computes a per-document result."""

from __future__ import annotations

import hashlib
import json
import marshal
from collections.abc import Sequence
from functools import cache
from importlib import metadata
from pathlib import Path

from tui.core.analysis import packing
from tui.core.analysis.options import AnalysisOptions
from tui.core.entities import models
from tui.core.model import Analysis, Document, Mention

_CORE = Path(__file__).resolve().parents[1]
#: Parts of the core that only ever see per-document results, never compute them: a change
#: there keeps the stored results valid (``interruption.py``: how callers stop long work;
#: ``dense_window.py``: where a corpus's dates are densest, for its views).
_DOWNSTREAM = (
    *("events", "store", "view", "export", "stories", "curation"),
    *("interruption.py", "dense_window.py"),
)
#: Of the analysis folder, what computes or encodes a per-document result.
_PER_DOCUMENT = ("per_document.py", "options.py", "codec.py", "names_codec.py", "packing.py")
_SOURCES = (".py", ".toml", ".json")


def document_key(document: Document, options: AnalysisOptions) -> str:
    """A digest of everything about ``document`` the per-document analysis reads (not its
    id, title or origin: the same text under another name is the same analysis)."""
    rest = [
        document.dct,
        document.lang,
        [list(span) for span in document.ignored],
        options.lang,
        options.genre,
    ]
    # The UTF-8 of the JSON of [text, *rest], the text (nearly all of it) escaped as bytes.
    encoded = b"[%s,%s" % (_json_utf8(document.text), _json(rest)[1:].encode(*_UTF8))
    return hashlib.sha256(encoded).hexdigest()


_UTF8 = ("utf-8", "surrogatepass")
#: What JSON escapes in a string (``ensure_ascii=False``) that a text commonly holds.
_COMMON_ESCAPES = (
    (b"\\", b"\\\\"),
    (b'"', b'\\"'),
    (b"\n", b"\\n"),
    (b"\r", b"\\r"),
    (b"\t", b"\\t"),
)
#: Every byte but the other characters JSON escapes (the other controls).
_NOT_RARE_ESCAPED = bytes(sorted({*range(0x20, 256), *b"\n\r\t"}))


def _json_utf8(text: str) -> bytes:
    """``json.dumps(text, ensure_ascii=False)`` in UTF-8, five times faster for a text
    without control characters but line breaks and tabs: escapes are ASCII, so they can be
    made in the UTF-8 bytes, by ``bytes.replace`` (the encoder tests every character)."""
    data = text.encode(*_UTF8)
    if data.translate(None, _NOT_RARE_ESCAPED):
        return _json(text).encode(*_UTF8)
    for plain, escaped in _COMMON_ESCAPES:
        if plain in data:
            data = data.replace(plain, escaped)
    return b'"%s"' % data


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def events_key(document: Document, document_key: str, mentions: Sequence[Mention]) -> str:
    """A digest of what a document's events are built from, beyond its per-document result
    (``document_key``): its id (in the events' ids), title and headline span, and its names
    as merged across the corpus (another corpus can label or name them otherwise)."""
    built_from = [
        document_key,
        document.id,
        document.title,
        None if document.lede is None else list(document.lede),
        [[m.start, m.end, m.label, m.entity] for m in mentions],
    ]
    encoded = json.dumps(built_from, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(encoded.encode("utf-8", "surrogatepass")).hexdigest()


def corpus_events_key(documents: Sequence[Document], document_keys: Sequence[str]) -> str:
    """A digest of what a corpus's events are built from: each document's result key, and
    what :func:`events_key` reads of the document itself (the names merged across the
    corpus follow from the results)."""
    built_from = [
        [key, document.id, document.title, None if document.lede is None else list(document.lede)]
        for document, key in zip(documents, document_keys, strict=True)
    ]
    encoded = json.dumps(built_from, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(encoded.encode("utf-8", "surrogatepass")).hexdigest()


@cache
def events_version() -> str:
    """The analyser version and a digest of the code that builds events from its results."""
    digest = hashlib.sha256(analyser_version().encode())
    for folder in ("events", "analysis"):
        _add_sources(digest, sorted((_CORE / folder).rglob("*.py")))
    return digest.hexdigest()[:16]


def stories_key(analysis: Analysis) -> str:
    """A digest of everything story events are built from: each document's language and
    each event's sentence, date, anchor, title and entities (as curated, if they were)."""
    documents = [(item.document.id, item.lang) for item in analysis.documents]
    events = [
        (e.id, e.document, e.title, e.text, e.date.value, e.date.earliest.toordinal(),
         e.date.latest.toordinal(), e.date.precision, e.date.mod, e.anchor, e.entities)
        for e in analysis.events
    ]  # fmt: skip
    return hashlib.sha256(marshal.dumps((documents, events))).hexdigest()


@cache
def stories_version() -> str:
    """A digest of the code and the language data that build story events, and of the
    payload's format."""
    digest = hashlib.sha256(packing.FORMAT.encode())
    _add_sources(
        digest,
        [
            *sorted((_CORE / "stories").glob("*.py")),
            *sorted(_CORE.glob("resources/*/stories.toml")),
        ],
    )
    return digest.hexdigest()[:16]


@cache
def analyser_version() -> str:
    """A digest of the code, language resources and name models the per-document analysis
    uses: results stored by any other version are analysed again."""
    digest = hashlib.sha256()
    _add_sources(digest, [path for path in sorted(_CORE.rglob("*")) if _per_document_source(path)])
    digest.update(f"spacy={metadata.version('spacy')}; {packing.FORMAT}".encode())
    for lang in sorted(models.CANDIDATES):
        digest.update(_model_identity(lang).encode())
    return digest.hexdigest()[:16]


def _per_document_source(path: Path) -> bool:
    relative = path.relative_to(_CORE)
    return (
        path.suffix in _SOURCES
        and relative.parts[0] not in _DOWNSTREAM
        and (relative.parts[0] != "analysis" or relative.name in _PER_DOCUMENT)
        and "__pycache__" not in relative.parts
        # Resources read only downstream (resources/en/stories.toml) are no part of it.
        and not (relative.parts[0] == "resources" and path.stem in _DOWNSTREAM)
    )


def _model_identity(lang: str) -> str:
    choice = models.choose(lang)
    if choice is None:
        return f"{lang}:none"
    if choice.kind == "bundled":
        folder = models.bundled_path(choice.name)
        files = sorted(p for p in folder.rglob("*") if p.is_file())
        sizes = [f"{p.relative_to(folder)}={p.stat().st_size}" for p in files]
        return f"{lang}:{choice.name}:{(folder / 'meta.json').read_text()}:{sizes}"
    return f"{lang}:{choice.name}:{metadata.version(choice.name)}"


#: What the readers' results depend on beyond their own code: the web page extractors.
_READER_PACKAGES = ("trafilatura", "htmldate", "lxml")


@cache
def reader_version() -> str:
    """A digest of the document readers and the packages they extract web pages with:
    files' readings kept by any other version are read again."""
    digest = hashlib.sha256(packing.FORMAT.encode())
    _add_sources(digest, [*sorted((_CORE / "documents").glob("*.py")), _CORE / "model.py"])
    for package in _READER_PACKAGES:
        try:
            digest.update(f"{package}={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package}=none".encode())
    return digest.hexdigest()[:16]


def _add_sources(digest: hashlib._Hash, paths: Sequence[Path]) -> None:
    """Each of ``paths`` (files of the core) into ``digest``: its place and its bytes."""
    for path in paths:
        digest.update(str(path.relative_to(_CORE)).encode())
        digest.update(path.read_bytes())
