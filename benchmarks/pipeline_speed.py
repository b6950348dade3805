"""How fast is the analysis pipeline? Cold start on the seed article, then per article.

    python benchmarks/pipeline_speed.py [--runs 5] [--corpus FOLDER_OF_TIMEML_FILES]

1. Cold: ``timeline extract <seed> --no-store -o <tmp>`` in a fresh process (interpreter
   start, imports, model load, analysis, JSON), median of ``--runs``.
2. Warm: in one process after a first analysis, the time per further article, for copies of
   the seed article and, when the development corpus is beside the project, for real
   German news articles of similar size.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from html import unescape
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared/data/timeml/de-krauts-dolomiten100/gold"
_TAG = re.compile(r"<[^>]+>")
EXTRACT = [sys.executable, "-m", "tui", "extract"]


def cold_start(seed: Path, runs: int) -> list[float]:
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(
                # Without the store: each run analyses (a second would read the first's result).
                [*EXTRACT, str(seed), "--no-store", "-o", f"{tmp}/out.json"],
                check=True,
                cwd=tmp,
            )
            times.append(time.perf_counter() - start)
    return times


def corpus_texts(folder: Path) -> list[tuple[str, str]]:
    """(text, dct) of each TimeML document: the TEXT element without markup."""
    out = []
    for path in sorted(folder.glob("*.tml")):
        raw = path.read_text(encoding="utf-8")
        body = raw.split("<TEXT>", 1)[-1].split("</TEXT>", 1)[0]
        dct = re.search(r'functionInDocument="CREATION_TIME"[^>]*>([^<]+)<', raw)
        out.append((unescape(_TAG.sub("", body)), dct[1] if dct else ""))
    return out


def per_article(documents: list, analyse) -> list[float]:
    times = []
    for document in documents:
        start = time.perf_counter()
        analyse([document])
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()

    sys.path.insert(0, str(REPO))
    from tui.core.analysis import analyse
    from tui.core.documents import load_seed
    from tui.core.model import Document

    seed_path = next((REPO / "seeds").glob("*.txt"))
    cold = cold_start(seed_path, args.runs)
    print(
        f"cold start, seed article end to end: median {statistics.median(cold):.2f} s"
        f" (min {min(cold):.2f}, max {max(cold):.2f}, {args.runs} runs)"
    )

    seed = load_seed()
    analyse([seed])  # loads the models once
    copies = [replace(seed, id=f"copy-{i}") for i in range(20)]
    warm = per_article(copies, analyse)
    print(
        f"warm, per seed-sized article ({len(seed.text)} chars): median"
        f" {1000 * statistics.median(warm):.1f} ms (max {1000 * max(warm):.1f} ms,"
        f" {len(warm)} articles)"
    )

    if args.corpus.is_dir():
        texts = corpus_texts(args.corpus)
        documents = [Document(id=f"k{i}", text=t, dct=d or None) for i, (t, d) in enumerate(texts)]
        times = per_article(documents, analyse)
        chars = statistics.median(len(d.text) for d in documents)
        print(
            f"warm, per German news article ({len(documents)} from {args.corpus.name},"
            f" median {chars:.0f} chars): median {1000 * statistics.median(times):.1f} ms"
            f" (max {1000 * max(times):.1f} ms)"
        )
        start = time.perf_counter()
        analyse(documents)
        total = time.perf_counter() - start
        print(
            f"all {len(documents)} at once: {total:.2f} s"
            f" ({1000 * total / len(documents):.1f} ms per article)"
        )


if __name__ == "__main__":
    main()
