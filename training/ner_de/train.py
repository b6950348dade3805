"""Train, evaluate and package the German NER model that ships in ``tui/models/de_news``.

    python training/ner_de/train.py                  # everything, with the defaults below
    python training/ner_de/train.py --data ../shared/data --work /tmp/ner --no-package

Steps: convert the data sets (prepare.py), train with spaCy (config.cfg) under ``nice`` on
one thread, score the best model on the held-out GermEval sentences, and copy it with its
notes (training data, licences, figures) into the package. Reproducible from a clean clone
with ``shared/`` beside it and deterministic (seed 0, one thread): a rerun gives the
shipped weights bit for bit. 16 minutes on one core of these machines when they are quiet,
about 40 when other jobs share them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))

import build_clusters  # noqa: E402
import prepare  # noqa: E402

sys.path.insert(0, str(ROOT))
# Importing word_classes and word_clusters registers the model's components with spaCy.
from tui.core.entities import word_classes, word_clusters  # noqa: E402, F401
from tui.core.entities.language_rules import rules_for  # noqa: E402

#: The spaCy components that give the model the word lists' classes and the words' clusters
#: (see config.cfg).
COMPONENTS = HERE / "components.py"

#: The combination measured best on the GermEval dev sentences (see README.md here), plus
#: those dev sentences themselves for the final model (trained to config.cfg's max_steps).
MIX = (
    "germeval_train:3,germeval_test_train:3,germeval_dev:3,smartdata:1,uner:1,europeana:1,"
    "sturm:1,multiconer:1"
)

#: Attribution for every set a mix may use (see shared/data/README.md and each set's files).
SOURCES = {
    "germeval": {
        "name": "GermEval 2014 NER (train sample; test split without its last 1,000 sentences)",
        "author": "Benikova, Biemann, Reznicek (LREC 2014)",
        "url": "https://sites.google.com/site/germeval2014ner/",
        "license": "CC BY 4.0",
    },
    "smartdata": {
        "name": "DFKI SmartData corpus v1 + v3 (German news, RSS, tweets)",
        "author": "Schiersch, Mironova, Schmitt, Thomas, Gabryszak, Hennig (LREC 2018)",
        "url": "https://github.com/DFKI-NLP/smartdata-corpus",
        "license": "CC BY 4.0",
    },
    "uner": {
        "name": "Universal NER v1, German PUD",
        "author": "Mayhew et al. (NAACL 2024)",
        "url": "https://www.universalner.org",
        "license": "CC BY-SA 3.0",
    },
    "sturm": {
        "name": "Sturm edition letters NER",
        "author": "Zöllner, Sperfeld, Wick, Labahn (Information 2021); DER STURM digital edition",
        "url": "https://sturm-edition.de",
        "license": "CC BY 4.0",
    },
    "europeana": {
        "name": "Europeana Newspapers German NER",
        "author": "Neudecker (LREC 2016)",
        "url": "https://github.com/EuropeanaNewspapers/ner-corpora",
        "license": "CC0",
    },
    "multiconer": {
        "name": "MultiCoNER II German",
        "author": "Fetahu, Chen, Kar, Rokhlenko, Malmasi (SemEval 2023)",
        "url": "https://multiconer.github.io",
        "license": "CC BY 4.0",
    },
}


#: The German word list that re-cases MultiCoNER (recase.py). It transforms training data
#: only: nothing of it is in the model or the package, but its authors are credited.
WORD_LIST = {
    "name": "igerman98 German word list (Debian package wngerman, /usr/share/dict/ngerman)",
    "author": "Björn Jacke",
    "url": "https://www.j3e.de/ispell/igerman98/",
    "license": "GPL-2+",
}


#: The Brown clusters the model reads (build_clusters.py): a table of the 300,000 most
#: frequent of their words goes into the package, inside the model's folder.
CLUSTERS = {
    "name": "German Brown clusters (de_lexeme_cluster, 1,000,001 words; de_lexeme_prob for "
    "the words kept) from spacy-lookups-data 1.0.5",
    "author": "Explosion",
    "url": "https://github.com/explosion/spacy-lookups-data",
    "license": "MIT",
}


def sources_of(mix: str) -> list[dict]:
    sets = prepare.parse_mix(mix)
    names = {name.split("_")[0] for name in sets}
    sources = [dict(source) for key, source in SOURCES.items() if key in names]
    if "germeval_dev" in sets:
        germeval = next(s for s in sources if s["name"].startswith("GermEval"))
        germeval["name"] = germeval["name"].replace(
            "1,000 sentences)", "1,000 sentences; the first 1,100 dev sentences)"
        )
    return sources


def licence_of(mix: str) -> str:
    """Share-alike data makes the model share-alike; otherwise CC BY 4.0 covers it."""
    licences = {s["license"] for s in sources_of(mix)}
    return "CC BY-SA 3.0" if "CC BY-SA 3.0" in licences else "CC BY 4.0"


def _run(command: list[str]) -> None:
    # One thread, lowest priority: these machines are shared. The package on the path: the
    # model's word-class component lives in it.
    env = {
        **os.environ,
        "OMP_NUM_THREADS": "1",
        "OPENBLAS_NUM_THREADS": "1",
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    subprocess.run(command, check=True, env=env, preexec_fn=lambda: os.nice(10))


def final_model(output: Path, mix: str) -> Path:
    """The checkpoint to ship: the best on dev, or the last when dev was trained on."""
    dev_trained = "germeval_dev" in prepare.parse_mix(mix)
    return output / ("model-last" if dev_trained else "model-best")


def train(corpus: Path, output: Path, steps: int | None, seed: int, overrides: list[str]) -> None:
    command = [
        sys.executable, "-m", "spacy", "train", str(HERE / "config.cfg"),
        "--code", str(COMPONENTS),
        "--paths.clusters", str(corpus / "clusters.npz"),
        "--output", str(output),
        "--paths.train", str(corpus / "train.spacy"),
        "--paths.dev", str(corpus / "dev.spacy"),
        "--system.seed", str(seed),
    ]  # fmt: skip
    if steps is not None:
        command += ["--training.max_steps", str(steps)]
    for override in overrides:
        key, _, value = override.partition("=")
        command += [f"--{key}", value]
    _run(command)


def held_out_scores(model: Path, corpus: Path) -> dict:
    import spacy
    from spacy.training import Corpus

    nlp = spacy.load(model)
    examples = list(Corpus(str(corpus / "held_out.spacy"), gold_preproc=False)(nlp))
    scores = nlp.evaluate(examples)
    return {
        "ents_f": scores["ents_f"],
        "ents_p": scores["ents_p"],
        "ents_r": scores["ents_r"],
        "ents_per_type": scores["ents_per_type"],
    }


def package(model: Path, target: Path, scores: dict, mix: str) -> None:
    """Copy the model into the package, with a small vocabulary and honest notes."""
    import spacy

    nlp = spacy.load(model)
    # The hashed embeddings never look strings up; only the labels must stay readable.
    keep = [s for s in nlp.vocab.strings if s in nlp.get_pipe("ner").labels]
    nlp.vocab.strings._reset_and_load(keep)
    nlp.meta.update(
        {
            "name": "news",
            "version": dt.date.today().strftime("%Y.%m.%d"),
            "description": "German named entities (PER, ORG, LOC, MISC) for news; a CNN "
            "trained by the timeline project without word vectors, reading the classes of "
            "timeline's word lists and each word's Brown cluster.",
            "author": "timeline project",
            "license": licence_of(mix),
            "sources": sources_of(mix),
            "training_mix": mix,
            "word_clusters": CLUSTERS,
            **({"training_tools": [WORD_LIST]} if "multiconer_cased" in mix else {}),
            "held_out_germeval": scores,
            # The word lists' classes are model input: tests check they are unchanged.
            "word_lists_digest": word_classes.lists_digest(rules_for("de")),
        }
    )
    if target.exists():
        shutil.rmtree(target)
    nlp.to_disk(target)
    (target / "NOTES.md").write_text(notes(scores, mix), encoding="utf-8")


def _selection_notes(mix: str) -> list[str]:
    lines = []
    if "germeval_dev" in prepare.parse_mix(mix):
        lines += [
            "Settings and number of steps were chosen on the first 1,100 sentences of the",
            "GermEval 2014 dev split; this final model was then trained with those sentences",
            "too, so it has no dev figures.",
        ]
    else:
        lines.append("Model selection on the first 1,100 sentences of the GermEval 2014 dev split.")
    lines.append(
        "The last 1,000 sentences of the GermEval test split were never used for training or "
        "tuning."
    )
    if "multiconer_cased" in mix:
        lines += [
            "",
            "MultiCoNER is all lowercase; before training it was given German case with the",
            f"{WORD_LIST['name']} by {WORD_LIST['author']}, {WORD_LIST['url']}, licence",
            f"{WORD_LIST['license']}. The word list only transformed training data: none of it",
            "is in this model or in the package.",
        ]
    return lines


def notes(scores: dict, mix: str) -> str:
    lines = [
        "# de_news: the German NER model bundled with timeline",
        "",
        "A spaCy pipeline trained by `training/ner_de/train.py` in this repository, with three",
        "components: `word_classes` writes each word's class from timeline's word lists",
        "(common noun, place, given name, surname, title, ...) into `token.lemma_`",
        "(`tui/core/entities/word_classes.py`, so timeline must be importable to load it);",
        "`word_clusters` writes each word's Brown cluster into `token.tag_` and the first steps",
        "of its path into `token.morph` (`tui/core/entities/word_clusters.py`, from the table",
        "`word_clusters/clusters.npz` in this folder: the 300,000 most frequent words of",
        f"{CLUSTERS['name']}, {CLUSTERS['author']}, {CLUSTERS['url']}, licence",
        f"{CLUSTERS['license']}); and `ner` (CNN tok2vec, no word vectors) reads both with each",
        "word's form. Labels: PER, ORG, LOC, MISC.",
        "",
        "## Training data and licences",
        "",
    ]
    licence = licence_of(mix)
    for source in sources_of(mix):
        lines.append(f"- {source['name']} — {source['author']}, {source['url']}, ")
        lines[-1] += f"licence {source['license']}."
    lines += [
        "",
        f"This model is a work derived from the data above and is distributed under {licence};",
        "credit the authors above when you reuse it. The data itself is not in this package.",
        *(
            [
                "Share-alike: because CC BY-SA data was used, adaptations of this model must be",
                "shared under the same licence (https://creativecommons.org/licenses/by-sa/3.0/).",
            ]
            if "SA" in licence
            else []
        ),
        "",
        f"Training mix (set:weight): `{mix}`.",
        *_selection_notes(mix),
        "",
        "## Held-out GermEval figures (spaCy's scorer, model alone)",
        "",
        f"P {100 * scores['ents_p']:.1f}, R {100 * scores['ents_r']:.1f}, "
        f"F {100 * scores['ents_f']:.1f}. Per label:",
        "",
    ]
    for label, s in sorted(scores["ents_per_type"].items()):
        lines.append(f"- {label}: P {100 * s['p']:.1f}, R {100 * s['r']:.1f}, F {100 * s['f']:.1f}")
    lines += [
        "",
        "See `benchmarks/ner_eval.py` for the figures with the entity engine's rules.",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--work", type=Path, default=HERE / "output")
    parser.add_argument("--mix", default=MIX)
    parser.add_argument("--steps", type=int, help="override config.cfg's max_steps")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--package", type=Path, default=ROOT / "tui" / "models" / "de_news")
    parser.add_argument("--no-package", action="store_true")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="override a config.cfg setting, e.g. training.dropout=0.2 (development runs)",
    )
    parser.add_argument(
        "--cluster-words",
        type=int,
        default=build_clusters.WORDS,
        help="words in the cluster table, most frequent first",
    )
    parser.add_argument(
        "--no-held-out",
        action="store_true",
        help="do not score the held-out sentences (development runs: they are read once, at "
        "the end)",
    )
    parser.add_argument(
        "--partial",
        action="store_true",
        help="mark possible names missing in sets that lack some labels (partial.py; measured "
        "worse)",
    )
    args = parser.parse_args()
    if not (args.data / "ner" / "de").is_dir():
        raise SystemExit(f"no NER data under {args.data} (give --data)")
    corpus = args.work / "corpus"
    options = ["--data", str(args.data), "--out", str(corpus), "--mix", args.mix]
    prepare.main(options + (["--partial"] if args.partial else []))
    words = ["--words", str(args.cluster_words)]
    build_clusters.main(["--out", str(corpus / "clusters.npz"), *words])
    train(corpus, args.work / "model", args.steps, args.seed, args.set)
    best = final_model(args.work / "model", args.mix)
    if args.no_held_out:
        return
    scores = held_out_scores(best, corpus)
    print(json.dumps({k: v for k, v in scores.items() if k != "ents_per_type"}, indent=1))
    if not args.no_package:
        package(best, args.package, scores, args.mix)
        print(f"packaged into {args.package}")


if __name__ == "__main__":
    main()
