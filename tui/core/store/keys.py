"""What a stored result is valid for: the document's analysed inputs, the options, and the
version of everything that computes a per-document result."""

from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib import metadata
from pathlib import Path

from tui.core.analysis.options import AnalysisOptions
from tui.core.entities import models
from tui.core.model import Document

_CORE = Path(__file__).resolve().parents[1]
#: Parts of the core that only ever see per-document results, never compute them: a change
#: there keeps the stored results valid.
_DOWNSTREAM = ("events", "store", "view", "export", "stories")
_SOURCES = (".py", ".toml", ".json")


def document_key(document: Document, options: AnalysisOptions) -> str:
    """A digest of everything about ``document`` the per-document analysis reads (not its
    id, title or origin: the same text under another name is the same analysis)."""
    analysed = [
        document.text,
        document.dct,
        document.lang,
        [list(span) for span in document.ignored],
        options.lang,
        options.genre,
    ]
    encoded = json.dumps(analysed, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(encoded.encode("utf-8", "surrogatepass")).hexdigest()


@cache
def analyser_version() -> str:
    """A digest of the code, language resources and name models the per-document analysis
    uses: results stored by any other version are analysed again."""
    digest = hashlib.sha256()
    for path in sorted(_CORE.rglob("*")):
        relative = path.relative_to(_CORE)
        if (
            path.suffix in _SOURCES
            and relative.parts[0] not in _DOWNSTREAM
            and "__pycache__" not in relative.parts
        ):
            digest.update(str(relative).encode())
            digest.update(path.read_bytes())
    digest.update(f"spacy={metadata.version('spacy')}".encode())
    for lang in sorted(models.CANDIDATES):
        digest.update(_model_identity(lang).encode())
    return digest.hexdigest()[:16]


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
