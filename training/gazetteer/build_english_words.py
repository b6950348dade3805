"""Build the list of English common words the entity engine reads
(``resources/en/entities_common_words.toml``): a capitalised word the model reads as a
person at a sentence's start, and that its document never capitalises inside a sentence,
is no name when it is one of them ("Security", "Troops", "Overnight").

    python training/gazetteer/build_english_words.py

Source: the English word probabilities of ``spacy-lookups-data`` (MIT licence), which count
lower-case and capitalised forms apart. A word is common when its lower-case form is
frequent and at least RATIO times as frequent as the capitalised one: "security" (6 to 1),
"troops" (35 to 1); not "brown" (1.4 to 1: a surname too), "bush", "apple", "amazon"
(their capitalised forms are the more frequent). The shared given names are left out
("will", "rose", "mark": a person's name alone after all).
"""

from __future__ import annotations

import gzip
import json
import math
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path[:0] = [str(HERE), str(ROOT / "training" / "ner_de")]

import word_list  # noqa: E402

RESOURCES = ROOT / "tui" / "core" / "resources"
TARGET = RESOURCES / "en" / "entities_common_words.toml"
#: The lower-case form at least this many times as frequent as the capitalised one.
RATIO = 5.0
#: And frequent (natural log of its probability): about one word in 700,000. Rarer words
#: are rarely names the model reads at a sentence start, and each word costs load time.
MIN_LOG_PROB = -13.5
_MIN_LENGTH = 3


def main() -> None:
    import spacy_lookups_data

    folder = Path(spacy_lookups_data.__file__).parent / "data"
    with gzip.open(folder / "en_lexeme_prob.json.gz", "rt", encoding="utf-8") as f:
        prob: dict[str, float] = json.load(f)
    given = word_list.read(RESOURCES / "shared" / "entities_given_names.toml", "given_names")
    floor = min(prob.values())
    words = {
        word
        for word, p in prob.items()
        if word.isalpha()
        and word.islower()
        and len(word) >= _MIN_LENGTH
        and p >= MIN_LOG_PROB
        and p - prob.get(word.capitalize(), floor) >= math.log(RATIO)
        and word.capitalize() not in given
    }
    word_list.write(
        TARGET,
        "common_words",
        words,
        [
            "English common words, built by training/gazetteer/build_english_words.py from the",
            "English word probabilities of spacy-lookups-data (MIT licence): lower-case words",
            "at least five times as frequent as their capitalised form. A capitalised one the",
            "model reads as a person at a sentence's start is no name (sentence_case.py).",
        ],
    )


if __name__ == "__main__":
    main()
