"""List quoted example phrases in the project that were copied from development data.

A quoted phrase (in "…", “…”, `…` or (``…``)) in README.md, tui/**/*.py,
tests/**/*.py or tui/core/resources/**/*.toml is a hit when it shares a
4-word sequence with a development text: the event benchmark's articles,
and on request (--sources) the Timeline17 topics and the GermEval dev sentences.
Generic phrases listed in the allow-list file are not counted.

Run from the repository root:
    python benchmarks/leak_check.py [--data ../shared/data]
Exit status 1 when hits outside the allow-list remain.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

QUOTED = re.compile(
    r'"([^"\n]{12,120})"|“([^”\n]{12,120})”|`([^`\n]{12,120})`|\(``?([^`\n]{12,120})``?\)'
)
# Big word lists are vocabulary, not examples.
WORD_LISTS = ("entities_nouns", "entities_places", "entities_given", "entities_surnames")
GRAM_WORDS = 4
MIN_GRAM_CHARS = 16


def squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def event_texts(data: Path) -> Iterator[str]:
    for path in sorted((data / "events").rglob("*.txt")):
        yield path.read_text(encoding="utf-8")


def timeline17_texts(data: Path) -> Iterator[str]:
    for topic in sorted((data / "tls" / "t17").glob("*")):
        articles = topic / "articles.jsonl"
        if articles.is_file():
            for line in articles.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    yield json.loads(line)["text"]
        for timeline in sorted((topic / "timelines").glob("*.json")):
            for entry in json.loads(timeline.read_text(encoding="utf-8")):
                yield "\n".join(entry["sentences"])


def germeval_dev_texts(data: Path) -> Iterator[str]:
    path = data / "ner" / "de" / "germeval2014" / "NER-de-dev-first1100.tsv"
    if not path.is_file():
        return
    tokens: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        columns = line.split("\t")
        if line.startswith("#") or len(columns) < 2:
            if tokens:
                yield " ".join(tokens)
            tokens = []
        else:
            tokens.append(columns[1])
    if tokens:
        yield " ".join(tokens)


SOURCES = {"events": event_texts, "t17": timeline17_texts, "germeval": germeval_dev_texts}


def development_text(data: Path, sources: list[str]) -> str:
    parts = [text for name in sources for text in SOURCES[name](data)]
    return squeeze("\n".join(parts))


def project_files(root: Path) -> list[Path]:
    files = [root / "README.md"]
    files += sorted((root / "tui").rglob("*.py"))
    files += sorted((root / "tests").rglob("*.py"))
    files += sorted((root / "tui" / "core" / "resources").rglob("*.toml"))
    return [f for f in files if f.is_file() and not any(w in f.name for w in WORD_LISTS)]


def shared_grams(phrase: str, data_text: str) -> list[str]:
    """The phrase's 4-word sequences that also occur in the development text."""
    words = phrase.split()
    grams = (
        " ".join(words[start : start + GRAM_WORDS]) for start in range(len(words) - GRAM_WORDS + 1)
    )
    return [gram for gram in grams if len(gram) >= MIN_GRAM_CHARS and gram in data_text]


def load_allowed(path: Path) -> set[str]:
    if not path.is_file():
        return set()
    lines = path.read_text(encoding="utf-8").splitlines()
    return {squeeze(line).strip() for line in lines if line.strip() and not line.startswith("#")}


def main() -> int:
    here = Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path("."), help="repository root")
    parser.add_argument(
        "--data", type=Path, default=Path("../shared/data"), help="development data folder"
    )
    parser.add_argument(
        "--sources",
        default="events",
        help="comma-separated development texts to compare with: events, t17, germeval "
        "(t17 is large news text: expect many generic hits and a few minutes' run)",
    )
    parser.add_argument(
        "--allow", type=Path, default=here / "leak_allow.txt", help="generic phrases that may stay"
    )
    args = parser.parse_args()
    if not (args.data / "events").is_dir():
        print(f"error: no development articles under {args.data / 'events'}", file=sys.stderr)
        return 2
    sources = [name.strip() for name in args.sources.split(",") if name.strip()]
    unknown = [name for name in sources if name not in SOURCES]
    if unknown:
        print(
            f"error: unknown source {unknown[0]!r} (choose from {', '.join(SOURCES)})",
            file=sys.stderr,
        )
        return 2
    data_text = development_text(args.data, sources)
    allowed = load_allowed(args.allow)
    hits = allowed_hits = 0
    for path in project_files(args.root):
        text = path.read_text(encoding="utf-8")
        for match in QUOTED.finditer(text):
            quoted = next(group for group in match.groups() if group)
            phrase = squeeze(quoted.replace("…", "").strip(" .,"))
            grams = shared_grams(phrase, data_text)
            if not grams:
                continue
            # Each shared sequence must be generic, else the phrase may be a copied sentence.
            unexplained = [gram for gram in grams if gram not in allowed]
            if not unexplained or phrase in allowed:
                allowed_hits += 1
                continue
            gram = unexplained[0]
            line = text[: match.start()].count("\n") + 1
            print(f"{path.relative_to(args.root)}:{line}: {phrase[:90]!r}  [{gram}]")
            hits += 1
    print(f"{hits} hits ({allowed_hits} allowed as generic)")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
