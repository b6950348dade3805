"""Readers for the German NER sets in ``shared/data/ner/de``, mapped to PER / ORG / LOC / MISC.

Every reader yields :class:`Sentence` objects: gold tokens and IOB2 tags. Sets whose native
unit is a document with character offsets (SmartData) are tokenised with spaCy's German
tokenizer and split at line breaks, so that every set reaches training in the same shape.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

LABELS = ("PER", "ORG", "LOC", "MISC")

#: The part of the GermEval test split never used for training or tuning: its last
#: sentences. Everything before them may be trained on.
HELD_OUT_SENTENCES = 1000


@dataclass(frozen=True, slots=True)
class Sentence:
    words: list[str]
    tags: list[str]  # IOB2 over LABELS, "O" outside, None where the set does not say


def _repair(tags: list[str]) -> list[str]:
    """IOB2 with an ``I-`` that follows nothing of its type turned into ``B-``; a missing
    tag (None: the set does not say) stays missing."""
    out: list[str] = []
    for tag in tags:
        if (
            tag is not None
            and tag.startswith("I-")
            and (not out or out[-1] in ("O", None) or out[-1][2:] != tag[2:])
        ):
            tag = "B-" + tag[2:]
        out.append(tag)
    return out


def _germeval_tag(tag: str) -> str:
    # Common practice for GermEval's outer layer: OTH is MISC; "deriv" (Berliner) and "part"
    # (EU-weit) are not names.
    if tag == "O" or tag.endswith(("deriv", "part")):
        return "O"
    prefix, label = tag.split("-", 1)
    return f"{prefix}-{'MISC' if label == 'OTH' else label}"


def _blocks(path: Path, encoding: str = "utf-8") -> Iterator[list[list[str]]]:
    """Blank-line separated blocks of tab/space separated rows; ``#`` comment lines skipped."""
    block: list[list[str]] = []
    with path.open(encoding=encoding) as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip():
                if block:
                    yield block
                block = []
            elif not line.startswith("#"):
                block.append(re.split(r"\t| ", line))
    if block:
        yield block


def germeval_tsv(path: Path) -> list[Sentence]:
    return [
        Sentence([r[1] for r in b], _repair([_germeval_tag(r[2]) for r in b]))
        for b in _blocks(path)
    ]


def germeval_conllx(path: Path) -> list[Sentence]:
    return [
        Sentence([r[1] for r in b], _repair([_germeval_tag(r[5]) for r in b]))
        for b in _blocks(path)
    ]


def germeval_split(data: Path) -> dict[str, list[Sentence]]:
    """The GermEval parts: ``train`` (sample), ``test_train`` (test split minus the held-out
    tail), ``held_out`` (never trained or tuned on) and ``dev`` (for model selection)."""
    root = data / "ner/de/germeval2014"
    test = germeval_tsv(root / "NER-de-test.tsv")
    return {
        "train": germeval_conllx(root / "train-sample.conllx"),
        "test_train": test[:-HELD_OUT_SENTENCES],
        "held_out": test[-HELD_OUT_SENTENCES:],
        "dev": germeval_tsv(root / "NER-de-dev-first1100.tsv"),
    }


def uner(data: Path) -> list[Sentence]:
    path = data / "ner/de/uner-german-pud/de_pud-ud-test.iob2"
    return [Sentence([r[1] for r in b], _repair([r[2] for r in b])) for b in _blocks(path)]


_SIMPLE = {"pers": "PER", "place": "LOC", "PER": "PER", "LOC": "LOC", "ORG": "ORG"}


def _simple_tag(tag: str) -> str:
    """Tags of the form B-PER / B-pers / B-place; anything else (dates, noise) is O."""
    match = re.fullmatch(r"([BI])[-_.]([A-Za-z]+)", tag)
    if not match or match.group(2) not in _SIMPLE:
        return "O"
    return f"{match.group(1)}-{_SIMPLE[match.group(2)]}"


def sturm(data: Path) -> list[Sentence]:
    out: list[Sentence] = []
    for name in ("train_sturm.conll", "dev_sturm.conll", "test_sturm.conll"):
        for b in _blocks(data / "ner/de/sturm" / name):
            rows = [r for r in b if len(r) >= 2]
            out.append(Sentence([r[0] for r in rows], _repair([_simple_tag(r[-1]) for r in rows])))
    return out


def europeana(data: Path, max_len: int = 40) -> list[Sentence]:
    """Historical OCR without sentence breaks: cut after sentence-final tokens (or long runs)."""
    out: list[Sentence] = []
    for path in sorted((data / "ner/de/europeana").glob("*.bio")):
        words: list[str] = []
        tags: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) < 2 or line.startswith("#"):
                continue
            words.append(parts[0])
            tags.append(_simple_tag(parts[-1]))
            at_end = (parts[0] in {".", "!", "?"} and len(words) > 3) or len(words) >= max_len
            if at_end and tags[-1] == "O":
                out.append(Sentence(words, _repair(tags)))
                words, tags = [], []
        if words:
            out.append(Sentence(words, _repair(tags)))
    return out


_MULTICONER = {
    "Artist": "PER", "OtherPER": "PER", "Athlete": "PER", "Politician": "PER",
    "Scientist": "PER", "SportsManager": "PER", "Cleric": "PER",
    "ORG": "ORG", "SportsGRP": "ORG", "MusicalGRP": "ORG", "PublicCorp": "ORG",
    "PrivateCorp": "ORG", "AerospaceManufacturer": "ORG", "CarManufacturer": "ORG",
    "HumanSettlement": "LOC", "OtherLOC": "LOC", "Facility": "LOC", "Station": "LOC",
    "VisualWork": "MISC", "MusicalWork": "MISC", "WrittenWork": "MISC", "ArtWork": "MISC",
    "Software": "MISC", "OtherPROD": "MISC", "Vehicle": "MISC",
}  # fmt: skip


def multiconer(data: Path) -> list[Sentence]:
    """Lower-cased snippets; medical and food types are not names in the GermEval sense."""
    out: list[Sentence] = []
    for name in ("de_train.conll", "de_dev.conll"):
        for b in _blocks(data / "ner/de/multiconer2-de" / name):
            tags = []
            for r in b:
                tag = r[-1]
                label = _MULTICONER.get(tag[2:]) if tag != "O" else None
                tags.append(f"{tag[0]}-{label}" if label else "O")
            out.append(Sentence([r[0] for r in b], _repair(tags)))
    return out


_SMARTDATA = (("person", "PER"), ("organization", "ORG"), ("location", "LOC"))


def _smartdata_label(kind: str) -> str | None:
    kind = kind.lower().replace("_", "-")
    for prefix, label in _SMARTDATA:
        if kind == prefix or kind.startswith(prefix + "-"):
            return label
    return None


def _json_objects(text: str) -> Iterator[dict]:
    decoder = json.JSONDecoder()
    pos = 0
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos >= len(text):
            return
        obj, pos = decoder.raw_decode(text, pos)
        yield obj


def smartdata(data: Path) -> list[Sentence]:
    """SmartData news, RSS and tweets; v3 corrections replace their v1 documents."""
    import spacy

    root = data / "ner/de/smartdata"
    documents: dict[str, dict] = {}
    for name in ("v1_train", "v1_test", "v3_20200302_dev", "v3_20200302_test"):
        with gzip.open(root / f"{name}.json.gz", "rt", encoding="utf-8") as handle:
            for doc in _json_objects(handle.read()):
                documents[doc["id"]] = doc  # later (v3) versions win
    tokenizer = spacy.blank("de").tokenizer
    out: list[Sentence] = []
    for doc in documents.values():
        text = doc["text"]["string"]
        spans = []
        for mention in (doc.get("conceptMentions") or {}).get("array", []):
            label = _smartdata_label(mention["type"])
            if label:
                spans.append((mention["span"]["start"], mention["span"]["end"], label))
        out.extend(_sentences_from_offsets(tokenizer, text, spans))
    return out


def _sentences_from_offsets(
    tokenizer, text: str, spans: Iterable[tuple[int, int, str]]
) -> Iterator[Sentence]:
    spans = sorted(spans)
    pos = 0
    for line in text.split("\n"):
        lo, hi = pos, pos + len(line)
        pos = hi + 1
        doc = tokenizer(line)
        if len(doc) == 0 or not line.strip():
            continue
        tags = ["O"] * len(doc)
        for start, end, label in spans:
            if start < lo or end > hi:
                continue
            span = doc.char_span(start - lo, end - lo, alignment_mode="expand")
            if span is None or any(tags[i] != "O" for i in range(span.start, span.end)):
                continue
            for i in range(span.start, span.end):
                tags[i] = ("B-" if i == span.start else "I-") + label
        words = [t.text for t in doc if not t.is_space]
        tags = [tag for t, tag in zip(doc, tags, strict=True) if not t.is_space]
        if words:
            yield Sentence(words, _repair(tags))


def spans_of(tags: list[str]) -> set[tuple[int, int, str]]:
    """Entity spans (start token, end token, label) of an IOB2 sequence."""
    spans: set[tuple[int, int, str]] = set()
    start: int | None = None
    label = ""
    for i, tag in enumerate([*tags, "O"]):
        if start is not None and not tag.startswith("I-"):
            spans.add((start, i, label))
            start = None
        if tag.startswith("B-"):
            start, label = i, tag[2:]
    return spans
