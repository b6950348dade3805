"""Build the list of given names the German entity engine uses (``entities_given_names.toml``).

    pip install faker
    python training/gazetteer/build_given_names.py [--data ../shared/data]

Source: the first-name lists of Faker (MIT licence) for the languages whose names German
news mentions most. A name that the German NER training sentences use as a plain word more
often than as the start of a person's name ("Mark" the currency, "Will", "Rose") is left out.
The held-out and dev sentences are not read.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path[:0] = [str(HERE), str(ROOT / "training" / "ner_de")]

import corpora  # noqa: E402
import word_list  # noqa: E402

TARGET = ROOT / "tui" / "core" / "resources" / "de" / "entities_given_names.toml"
LOCALES = (
    "de_DE", "de_AT", "de_CH", "en_US", "en_GB", "fr_FR", "it_IT", "es_ES", "pt_PT", "nl_NL",
    "pl_PL", "cs_CZ", "sv_SE", "da_DK", "no_NO", "fi_FI", "tr_TR", "hu_HU", "ro_RO", "hr_HR",
)  # fmt: skip
_NAME = re.compile(r"[A-ZÀ-Þ][a-zß-ɏ]+(?:-[A-ZÀ-Þ][a-zß-ɏ]+)?")


def candidate_names() -> set[str]:
    import importlib

    names: set[str] = set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            value = getattr(provider, attribute, ())
            names.update(n for n in value if _NAME.fullmatch(n))
    return names


def _starts_person(sentence: corpora.Sentence, i: int) -> bool:
    return sentence.tags[i] == "B-PER"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    starts, plain = word_list.count_words(args.data, _starts_person)
    kept = [n for n in candidate_names() if plain[n] <= starts[n]]
    header = [
        "Given names, built by training/gazetteer/build_given_names.py from the first-name",
        "lists of Faker (https://github.com/joke2k/faker, MIT licence).",
        "A known given name followed by a capitalised word votes PER for that name.",
    ]
    word_list.write(TARGET, "given_names", kept, header)


if __name__ == "__main__":
    main()
