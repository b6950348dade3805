"""Convert the German NER sets to spaCy's binary format for training and evaluation.

    python training/ner_de/prepare.py --data ../shared/data --out training/ner_de/corpus \
        --mix germeval_train:1,germeval_test_train:1,smartdata:1

writes ``train.spacy`` (the mix, each set repeated as often as its weight says),
``dev.spacy`` (GermEval dev sentences: model selection) and ``held_out.spacy`` (the last
GermEval test sentences: final evaluation only, never trained or tuned on).
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable
from pathlib import Path

import corpora
import partial
import recase

#: Every set a mix may name, by the reader that yields it.
READERS: dict[str, Callable[[Path], list[corpora.Sentence]]] = {
    "germeval_train": lambda d: corpora.germeval_split(d)["train"],
    "germeval_test_train": lambda d: corpora.germeval_split(d)["test_train"],
    # Only for a final run once the steps are chosen: it leaves no dev set to select on.
    "germeval_dev": lambda d: corpora.germeval_split(d)["dev"],
    "smartdata": corpora.smartdata,
    "uner": corpora.uner,
    "sturm": corpora.sturm,
    "europeana": corpora.europeana,
    "multiconer": corpora.multiconer,
    # The same snippets in the case German writes them (recase.py; needs a word list).
    "multiconer_cased": lambda d: recase.recase_all(corpora.multiconer(d)),
}

DEFAULT_MIX = "germeval_train:2,germeval_test_train:2,smartdata:1,uner:1"


def parse_mix(spec: str) -> dict[str, int]:
    mix: dict[str, int] = {}
    for item in spec.split(","):
        name, _, weight = item.strip().partition(":")
        if name not in READERS:
            raise SystemExit(f"unknown set {name!r}; known: {', '.join(READERS)}")
        mix[name] = int(weight or 1)
    return mix


def to_docbin(sentences: list[corpora.Sentence], path: Path) -> None:
    import spacy
    from spacy.tokens import Doc, DocBin

    vocab = spacy.blank("de").vocab
    bin_ = DocBin(store_user_data=False)
    for sentence in sentences:
        bin_.add(Doc(vocab, words=sentence.words, ents=sentence.tags))
    path.parent.mkdir(parents=True, exist_ok=True)
    bin_.to_disk(path)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--mix", default=DEFAULT_MIX)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--partial",
        action="store_true",
        help="in sets without some labels, mark capitalised words the word list lacks missing",
    )
    args = parser.parse_args(argv)
    train: list[corpora.Sentence] = []
    lexicon = recase.Lexicon.from_file(recase.DEFAULT_WORD_LIST) if args.partial else None
    for name, weight in parse_mix(args.mix).items():
        sentences = READERS[name](args.data)
        if lexicon is not None and name in partial.UNANNOTATED:
            sentences = partial.unlabelled_to_missing(sentences, lexicon)
        print(f"{name}: {len(sentences)} sentences x {weight}")
        train.extend(sentences * weight)
    random.Random(args.seed).shuffle(train)
    germeval = corpora.germeval_split(args.data)
    to_docbin(train, args.out / "train.spacy")
    to_docbin(germeval["dev"], args.out / "dev.spacy")
    to_docbin(germeval["held_out"], args.out / "held_out.spacy")
    print(f"train {len(train)}, dev {len(germeval['dev'])}, held out {len(germeval['held_out'])}")


if __name__ == "__main__":
    main()
