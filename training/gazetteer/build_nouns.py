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
show as a name more often than the rule above allows; for a word they use as a plain word,
only its occurrences as a whole name count ("Tempel" inside "Tempel von Karnak" does not),
except for nouns declined like adjectives ("Neuer Markt"). Known places and given names are
never taken for nouns at run time either. Dev engine F1 67.2 -> 67.7 with them.

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
import wiktionary  # noqa: E402
import word_list  # noqa: E402

from tui.core.entities.language_rules import MIN_COMPOUND_HEAD, compound_head  # noqa: E402

TARGET = ROOT / "tui" / "core" / "resources" / "de" / "entities_nouns.toml"
MIN_PLAIN = 2  # occurrences as no name
MAX_NAME_SHARE = 0.1  # of those, at most this share as a name
NAME_HEAD_SHARE = 0.2


def _is_name(sentence: corpora.Sentence, i: int) -> bool:
    return sentence.tags[i] not in ("O", None)


def _is_whole_name(sentence: corpora.Sentence, i: int) -> bool:
    """The word is a name by itself (``Erde``), not a part of a longer one (``Tempel`` in
    ``Tempel von Karnak``)."""
    tags = sentence.tags
    return (
        tags[i] is not None
        and tags[i].startswith("B-")
        and (i + 1 == len(tags) or not (tags[i + 1] or "").startswith("I-"))
    )


def wiktionary_nouns() -> tuple[set[str], set[str]]:
    """Every declined form of the Wiktionary nouns that are never names (empty without the
    ``german-nouns`` package), and of those the forms of nouns declined like adjectives."""
    names = wiktionary.name_lemmas()
    found: set[str] = set()
    adjectival: set[str] = set()
    for row in wiktionary.rows():
        if row["lemma"] not in names and "Substantiv" in row["pos"]:
            forms = wiktionary.forms(row) - names
            found |= forms
            if "adjektivisch" in row["pos"]:
                adjectival |= forms
    found = {f for f in found if f[:1].isupper() and f[1:].islower() and f.isalpha()}
    return found, adjectival & found


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
    # A Wiktionary noun the sentences use as a plain word is a noun unless they show it as
    # a name by itself too: being part of a longer name ("Tempel", "Glas") says nothing
    # about the word alone. One never seen plain must not be seen in a name at all, and
    # neither may a noun declined like an adjective ("Neuer", "Deutsche": "Neuer Markt").
    whole_names, _ = word_list.count_words(args.data, _is_whole_name)
    wiki_nouns, adjectival = wiktionary_nouns()
    nouns |= {
        w
        for w in wiki_nouns
        if names[w] <= MAX_NAME_SHARE * max(plain[w], 1)
        or (w not in adjectival and plain[w] and whole_names[w] <= MAX_NAME_SHARE * plain[w])
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
