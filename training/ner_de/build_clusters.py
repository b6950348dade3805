"""Build the word -> Brown cluster table the German model reads (``word_clusters.py``).

    python training/ner_de/build_clusters.py --out /tmp/ner/clusters.npz [--words 300000]

Training time only: the clusters and word probabilities come from ``spacy-lookups-data``
(``pip install spacy-lookups-data``; German ``de_lexeme_cluster``, 1,000,001 words, and
``de_lexeme_prob``), which is not a run-time dependency. The most frequent words are kept
(a rare word's cluster is the least reliable, and the table goes into the package), keyed
by spaCy's 64-bit hash of the word, which is a token's ``orth``: the component looks a
whole document up with one sorted search.
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

import numpy as np
from spacy.strings import hash_string

#: Words kept, most frequent first: 3 MB in the package, and below the 300,000th word
#: (probability 10^-16.5) the words are mostly rare inflections and misspellings.
WORDS = 300_000


def lookups_table(name: str) -> dict[str, float]:
    try:
        import spacy_lookups_data
    except ImportError:
        message = "needs spacy-lookups-data at training time: pip install spacy-lookups-data"
        raise SystemExit(message) from None
    path = Path(spacy_lookups_data.__file__).parent / "data" / f"{name}.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        table: dict[str, float] = json.load(handle)
    return table


def build(lang: str, words: int) -> tuple[np.ndarray, np.ndarray]:
    clusters = lookups_table(f"{lang}_lexeme_cluster")
    probabilities = lookups_table(f"{lang}_lexeme_prob")
    kept = sorted(clusters, key=lambda w: (-probabilities.get(w, -99.0), w))[:words]
    keys = np.array([hash_string(w) for w in kept], dtype=np.uint64)
    values = np.array([clusters[w] for w in kept], dtype=np.uint16)
    order = np.argsort(keys)
    return keys[order], values[order]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--lang", default="de")
    parser.add_argument("--words", type=int, default=WORDS)
    args = parser.parse_args(argv)
    keys, values = build(args.lang, args.words)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez(args.out, keys=keys, clusters=values)
    print(f"{len(keys)} words, {len(set(values.tolist()))} clusters -> {args.out}")


if __name__ == "__main__":
    main()
