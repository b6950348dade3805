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

With ``german-nouns`` installed (``pip install german-nouns``: German Wiktionary's nouns
and their declined forms, CC BY-SA 4.0) the nouns also include every form of every
Wiktionary noun that Wiktionary does not also list as a name (surname, given name, place,
proper noun: "Müller", "Sommer", "Meta" stay out) and that the training sentences do not
show as a name more often than the rule above allows (known places and given names are
never taken for nouns at run time either). Dev engine F1 67.2 -> 67.7 with them.

Measured with ``benchmarks/ner_eval.py``: on the GermEval dev sentences, with a model not
trained on them, engine F1 66.3 -> 66.8; on the held-out sentences 65.4 -> 66.3 (precision
up, recall unchanged).
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
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


#: Wiktionary parts of speech that make a word a name as well as a noun.
NAME_POS = ("Nachname", "Vorname", "Toponym", "Eigenname", "Abkürzung")
#: Columns of german-nouns' CSV that hold no word form.
NOT_FORMS = ("lemma", "pos", "genus")


def wiktionary_nouns() -> set[str]:
    """Every declined form of the Wiktionary nouns that are never names (needs the
    ``german-nouns`` package; an empty set without it)."""
    spec = importlib.util.find_spec("german_nouns")
    if spec is None or not spec.submodule_search_locations:
        print("german-nouns not installed: Wiktionary nouns left out")
        return set()
    table = Path(next(iter(spec.submodule_search_locations))) / "nouns.csv"
    with table.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    names = {r["lemma"] for r in rows if any(p in r["pos"] for p in NAME_POS)}
    forms: set[str] = set()
    for row in rows:
        if row["lemma"] in names or "Substantiv" not in row["pos"]:
            continue
        for column, form in row.items():
            if form and not column.startswith(NOT_FORMS) and form not in names:
                forms.add(form)
    return {f for f in forms if f[:1].isupper() and f[1:].islower() and f.isalpha()}


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
    nouns |= {w for w in wiktionary_nouns() if names[w] <= MAX_NAME_SHARE * max(plain[w], 1)}
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
        "With the declined forms of German Wiktionary's nouns that are never names, from the",
        "german-nouns package (https://github.com/gambolputty/german-nouns, compiled from",
        "https://de.wiktionary.org; CC BY-SA 4.0): this list is shared under CC BY-SA 4.0 too.",
        "A single word the model takes for a name is no name when it is one of the nouns, or",
        "a compound ending in one whose ending is not among the name_heads.",
    ]
    word_list.write(TARGET, "nouns", nouns, header)
    with TARGET.open("a", encoding="utf-8") as out:
        out.write("\n".join(["name_heads = '''", *sorted(name_heads), "'''", ""]))
    print(f"{len(name_heads)} name heads appended")


if __name__ == "__main__":
    main()
