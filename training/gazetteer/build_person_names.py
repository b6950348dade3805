"""Build the lists of given names and surnames the German entity engine and NER model use
(``shared/entities_given_names.toml``, read by every language, and the German
``entities_surnames.toml``).

    pip install faker german-nouns
    python training/gazetteer/build_person_names.py [--data ../shared/data]

Sources: the first- and last-name lists of Faker (MIT licence) for the languages whose names
German news mentions most, and German Wiktionary's surnames (through german-nouns, CC BY-SA
4.0). A given name that the German NER training sentences use as a plain word more often
than as the start of a person's name ("Mark" the currency, "Will", "Rose") is left out, and
so is a surname they use as a plain word more often than inside a person's name ("Winter",
"Kurz"). The held-out and dev sentences are not read.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path[:0] = [str(HERE), str(ROOT / "training" / "ner_de")]

import corpora  # noqa: E402
import wiktionary  # noqa: E402
import word_list  # noqa: E402

RESOURCES = ROOT / "tui" / "core" / "resources" / "de"
LOCALES = (
    "de_DE", "de_AT", "de_CH", "en_US", "en_GB", "fr_FR", "it_IT", "es_ES", "pt_PT", "nl_NL",
    "pl_PL", "cs_CZ", "sv_SE", "da_DK", "no_NO", "fi_FI", "tr_TR", "hu_HU", "ro_RO", "hr_HR",
)  # fmt: skip
_NAME = re.compile(r"[A-ZÀ-Þ][a-zß-ɏ]+(?:-[A-ZÀ-Þ][a-zß-ɏ]+)?")


def faker_names(kind: str) -> set[str]:
    """Faker's ``first`` or ``last`` names of every locale in LOCALES."""
    names: set[str] = set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in (f"{kind}_names", f"{kind}_names_male", f"{kind}_names_female"):
            names.update(getattr(provider, attribute, ()))
    return names


def _starts_person(sentence: corpora.Sentence, i: int) -> bool:
    return sentence.tags[i] == "B-PER"


def _in_person(sentence: corpora.Sentence, i: int) -> bool:
    return sentence.tags[i].endswith("PER")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    starts, plain = word_list.count_words(args.data, _starts_person)
    given = {n for n in faker_names("first") if _NAME.fullmatch(n) and plain[n] <= starts[n]}
    word_list.write(
        RESOURCES.parent / "shared" / "entities_given_names.toml",
        "given_names",
        given,
        [
            "Given names of every language, built by training/gazetteer/build_person_names.py",
            "from the first-name lists of Faker (https://github.com/joke2k/faker, MIT licence)",
            "for twenty languages. Each language reads this one list less its",
            "`given_name_exceptions` (resources/<lang>/entities.toml): English leaves out its",
            'function words ("May", "Can").',
            "A known given name followed by a capitalised word votes PER for that name.",
        ],
    )
    inside, plain = word_list.count_words(args.data, _in_person)
    surnames = faker_names("last") | {
        r["lemma"] for r in wiktionary.rows() if "Nachname" in r["pos"]
    }
    word_list.write(
        RESOURCES / "entities_surnames.toml",
        "surnames",
        {n for n in surnames if _NAME.fullmatch(n) and plain[n] <= inside[n]},
        [
            "Surnames, built by training/gazetteer/build_person_names.py from the last-name",
            "lists of Faker (https://github.com/joke2k/faker, MIT licence) and German",
            "Wiktionary's surnames (https://de.wiktionary.org, CC BY-SA 4.0, through",
            "german-nouns, https://github.com/gambolputty/german-nouns): shared under",
            "CC BY-SA 4.0 too. The NER model reads whether a word is one",
            "(tui/core/entities/word_classes.py).",
        ],
    )


if __name__ == "__main__":
    main()
