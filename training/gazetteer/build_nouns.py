"""Build the German common-noun list the entity engine uses (``entities_nouns.toml``).

    python training/gazetteer/build_nouns.py [--data ../shared/data]

The statistical model sometimes takes a common noun it never saw for a name ("Glockenturm",
"Denkmalschutz", "Biogas"). German writes nouns as compounds, so a word whose last part is
a known common noun is one too, unless that part often ends names ("-mann", "-berg",
"-land"). Both lists come from the German NER training sentences (GermEval 2014 training
parts and SmartData, both CC BY 4.0; never the dev or held-out sentences):

- ``nouns``: capitalised words seen at least twice as no name and at most one time in ten
  as (part of) a name;
- ``name_heads``: noun endings that end names in at least a fifth as many occurrences as
  they end common nouns.

Measured with ``benchmarks/ner_eval.py``: on the GermEval dev sentences, with a model not
trained on them, engine F1 66.3 -> 66.8; on the held-out sentences 65.4 -> 66.3 (precision
up, recall unchanged).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path[:0] = [str(HERE), str(ROOT / "training" / "ner_de"), str(ROOT)]

import corpora  # noqa: E402
import word_list  # noqa: E402

from tui.core.entities.language_rules import MIN_COMPOUND_HEAD, compound_head  # noqa: E402

TARGET = ROOT / "tui" / "core" / "resources" / "de" / "entities_nouns.toml"
MIN_PLAIN = 2  # occurrences as no name
MAX_NAME_SHARE = 0.1  # of those, at most this share as a name
NAME_HEAD_SHARE = 0.2


def _is_name(sentence: corpora.Sentence, i: int) -> bool:
    return sentence.tags[i] not in ("O", None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    names, plain = word_list.count_words(args.data, _is_name)
    nouns = {
        w
        for w, n in plain.items()
        if w[:1].isupper()
        and w[1:].islower()
        and len(w) >= MIN_COMPOUND_HEAD
        and n >= MIN_PLAIN
        and names[w] <= MAX_NAME_SHARE * n
    }
    heads = {w.lower() for w in nouns}
    ends_name: Counter[str] = Counter()
    ends_noun: Counter[str] = Counter()
    for w, n in names.items():
        if w[:1].isupper() and plain[w] < n and (h := compound_head(w, heads)):
            ends_name[h] += n
    for w, n in plain.items():
        if w[:1].isupper() and names[w] <= MAX_NAME_SHARE * n and (h := compound_head(w, heads)):
            ends_noun[h] += n
    name_heads = {h for h in heads if ends_name[h] > NAME_HEAD_SHARE * ends_noun[h]}
    header = [
        "German common nouns and the noun endings that also end names, built by",
        "training/gazetteer/build_nouns.py from the German NER training sentences",
        "(GermEval 2014, https://sites.google.com/site/germeval2014ner/, and DFKI SmartData,",
        "https://github.com/DFKI-NLP/smartdata-corpus; both CC BY 4.0).",
        "A single word the model takes for a name is no name when it is one of the nouns, or",
        "a compound ending in one whose ending is not among the name_heads.",
    ]
    word_list.write(TARGET, "nouns", nouns, header)
    with TARGET.open("a", encoding="utf-8") as out:
        out.write("\n".join(["name_heads = '''", *sorted(name_heads), "'''", ""]))
    print(f"{len(name_heads)} name heads appended")


if __name__ == "__main__":
    main()
