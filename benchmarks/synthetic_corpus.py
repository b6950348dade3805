"""Synthetic German news articles of about 2,600 characters, for scale benchmarks.

    python benchmarks/synthetic_corpus.py FOLDER --articles 1000 [--seed 1]

Each article is built from sentence templates with names, places, organisations and dates
drawn from small lists, so that names repeat across articles (as they do in a corpus on one
story) and every article has a dozen dated sentences. Deterministic for a seed.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

# fmt: off
PEOPLE = ["Anna Berger", "Tom Keller", "Jana Wolff", "Paul Richter", "Lena Hoffmann",
          "Markus Brandt", "Sara Yilmaz", "Felix Neumann", "Nina Schäfer", "Jonas Krüger"]
PLACES = ["Lindental", "Bergheim", "Ostfurt", "Kaltenbach", "Rosenau", "Weißensee"]
ORGS = ["Stadtwerke Lindental", "Verkehrsverbund Nord", "Landesbank Ost", "Klinikum Rosenau",
        "Bürgerinitiative Weißensee", "Handelskammer Ostfurt"]
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"]
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]

SENTENCES = [
    "Der Stadtrat von {place} hat am {weekday} den Haushalt für {next_year} beschlossen.",
    "{person} sprach nach der Sitzung von einem schwierigen, aber notwendigen Schritt.",
    "Bereits im {month} {past_year} meldete die {org} ein Defizit von {number} Millionen Euro.",
    "Am {day}. {month} {year} soll der Kreistag erneut über die Pläne beraten.",
    "Die Opposition kritisierte den Beschluss scharf und kündigte Widerstand an.",
    "{person} erklärte am {weekday}, man werde die Pläne noch einmal prüfen.",
    "Seit {past_year} ist die Zahl der Fahrgäste in {place} um {number} Prozent gestiegen.",
    "Nach Angaben der {org} sollen die Arbeiten im Frühjahr {next_year} beginnen.",
    "Vor zwei Wochen hatten rund {number}00 Menschen vor dem Rathaus demonstriert.",
    "Die {org} teilte am Vormittag mit, sie begrüße die Entscheidung.",
    "Im vergangenen Jahr waren die Kosten deutlich stärker gestiegen als erwartet.",
    "{person} war im {month} {past_year} zur Vorsitzenden der {org} gewählt worden.",
    "Die nächste Sitzung ist für den {day}. {month} geplant.",
    "Kritiker verweisen auf die angespannte Lage der öffentlichen Haushalte.",
    "Bis Ende {next_year} sollen {number} neue Stellen entstehen, sagte {person}.",
    "In {place} wird seit Jahren über den Ausbau des Bahnhofs gestritten.",
]
# fmt: on


def article(rng: random.Random, index: int) -> str:
    year = 2020 + index % 5
    month = 1 + rng.randrange(12)
    day = 1 + rng.randrange(28)
    values = {
        "place": rng.choice(PLACES),
        "org": rng.choice(ORGS),
        "weekday": rng.choice(WEEKDAYS),
        "month": rng.choice(MONTHS),
        "year": year,
        "past_year": year - 1 - rng.randrange(4),
        "next_year": year + 1,
        "number": 2 + rng.randrange(60),
    }
    headline = f"{rng.choice(PLACES)}: Streit um den Haushalt geht weiter ({index})"
    paragraphs, size = [], 0
    while size < 2500:
        sentences = []
        for _ in range(3):
            values.update(person=rng.choice(PEOPLE), day=1 + rng.randrange(28))
            sentences.append(rng.choice(SENTENCES).format(**values))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return f" date {year}-{month:02d}-{day:02d} {headline}\n\n" + "\n\n".join(paragraphs) + "\n"


def write(folder: Path, articles: int, seed: int = 1) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    for index in range(articles):
        (folder / f"article{index:06d}.txt").write_text(article(rng, index), encoding="utf-8")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    write(args.folder, args.articles, args.seed)


if __name__ == "__main__":
    main()
