"""How fast is the analysis pipeline? Cold start on the seed article, then per article.

    python benchmarks/pipeline_speed.py [--runs 5] [--compare REV] [--corpus FOLDER]
    python benchmarks/pipeline_speed.py --stages [--runs 15]

1. Cold: ``timeline extract <seed> --no-store -o <tmp>`` in a fresh process (interpreter
   start, imports, model load, analysis, JSON), median of ``--runs``. As an installed
   program runs: from bytecode (compiled once into a private folder) and with the word
   lists' fast form in a private cache folder, both written by an untimed first run, whose
   time is shown too ("first run").
2. Warm: in one process after a first analysis, the time per further article, for copies of
   the seed article and, when the development corpus is beside the project, for real
   German news articles of similar size.

``--compare REV`` measures the code of an earlier commit (``git archive`` into a temporary
folder) the same way in the same sitting, runs of the two alternated, and prints both
columns side by side with their ratio: the machine's load changes from minute to minute.
A warm ratio is the median of the rounds' ratios (each round runs both trees, in turns
first), which the machine's swings between speeds move far less than a ratio of medians.
Each measure is given as wall time and as CPU time (user and system, of the child process
for a cold run, of the one process for a warm article): on a shared machine the CPU time
moves much less with the load.

``--stages`` says where a warm seed-sized article's time goes instead: the CPU time of each
stage of its analysis (language and sentences, temporal tagging, names, of which spaCy's
recogniser alone, then merging names and building events), median of ``--runs`` copies,
this tree only.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from html import unescape
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared/data/timeml/de-krauts-dolomiten100/gold"
_TAG = re.compile(r"<[^>]+>")
#: Warm articles per tree and round.
_COPIES = 20


def _env(tree: Path, scratch: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = str(tree)
    env["PYTHONPYCACHEPREFIX"] = str(scratch / f"pycache-{tree.name}")
    env["XDG_CACHE_HOME"] = str(scratch / f"cache-{tree.name}")
    return env


def _seed(tree: Path) -> Path:
    return next((tree / "seeds").glob("*.txt"))


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def cold_run(tree: Path, scratch: Path) -> tuple[float, float]:
    """Seconds of one ``timeline extract`` of the seed article in a fresh process: wall
    time and the process's CPU time."""
    # Without the store: each run analyses (a second would read the first's result).
    command = [sys.executable, "-m", "tui", "extract", str(_seed(tree)), "--no-store"]
    cpu = _children_cpu()
    start = time.perf_counter()
    subprocess.run(
        [*command, "-o", str(scratch / "out.json")],
        check=True,
        cwd=scratch,
        env=_env(tree, scratch),
    )
    return time.perf_counter() - start, _children_cpu() - cpu


def corpus_texts(folder: Path) -> list[tuple[str, str]]:
    """(text, dct) of each TimeML document: the TEXT element without markup."""
    out = []
    for path in sorted(folder.glob("*.tml")):
        raw = path.read_text(encoding="utf-8")
        body = raw.split("<TEXT>", 1)[-1].split("</TEXT>", 1)[0]
        dct = re.search(r'functionInDocument="CREATION_TIME"[^>]*>([^<]+)<', raw)
        out.append((unescape(_TAG.sub("", body)), dct[1] if dct else ""))
    return out


def per_article(
    documents: Sequence[Any], analyse: Callable[..., Any]
) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of the analysis of each document on its own."""
    wall, cpu = [], []
    for document in documents:
        start, start_cpu = time.perf_counter(), time.process_time()
        analyse([document])
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return wall, cpu


def warm_figures(corpus: Path) -> dict[str, Any]:
    """Run inside the tree measured (its ``tui`` first on the path): per-article times."""
    from tui.core.analysis import analyse
    from tui.core.documents import load_seed
    from tui.core.model import Document

    seed = load_seed()
    analyse([seed])  # loads the models once
    copies = [replace(seed, id=f"copy-{i}") for i in range(_COPIES)]
    out: dict[str, Any] = {"seed_chars": len(seed.text)}
    out["seed"], out["seed_cpu"] = per_article(copies, analyse)
    if corpus.is_dir():
        texts = corpus_texts(corpus)
        documents = [Document(id=f"k{i}", text=t, dct=d or None) for i, (t, d) in enumerate(texts)]
        out["corpus"], out["corpus_cpu"] = per_article(documents, analyse)
        out["corpus_chars"] = statistics.median(len(d.text) for d in documents)
    return out


def stage_figures(runs: int) -> dict[str, float]:
    """CPU milliseconds of each stage of a warm seed article's analysis, median of ``runs``."""
    from tui.core import temporal
    from tui.core.analysis import AnalysisOptions, analyse, analyse_document
    from tui.core.analysis.assembly import assemble
    from tui.core.analysis.per_document import document_language
    from tui.core.documents import load_seed
    from tui.core.entities import find_names, models, reading
    from tui.core.entities.document_mentions import ner_pieces
    from tui.core.sentences import sentences

    seed = load_seed()
    analyse([seed])  # loads the models once
    options = AnalysisOptions()
    lang = document_language(seed, options.lang)
    choice = models.choose(lang)
    nlp = models.load(choice) if choice is not None else None
    times: dict[str, list[float]] = {}

    def timed(stage: str, work: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        result = work(*args, **kwargs)
        times.setdefault(stage, []).append(time.process_time() - start)
        return result

    def read_names(texts: list[str]) -> list[Any]:
        assert nlp is not None
        return reading.read(nlp, texts)

    def language_and_sentences(document: Any) -> Any:
        return sentences(document.text, document_language(document, "auto"), ())

    for i in range(runs):
        document = replace(seed, id=f"copy-{i}")
        timed("whole analysis", analyse, [document])
        spans = timed("language and sentences", language_and_sentences, document)
        timed(
            "temporal tagging",
            temporal.tag,
            document.text,
            lang=lang,
            dct=document.dct,
            sentences=spans,
        )
        timed("names", find_names, document.text, lang, spans)
        if nlp is not None:
            texts = [piece for _, piece in ner_pieces(document.text, spans)]
            timed("  of which spaCy's recogniser", read_names, texts)
        result = analyse_document(document, options)
        timed("merging names, events", assemble, [document], [result], options)
    return {stage: 1000 * statistics.median(values) for stage, values in times.items()}


def warm_run(tree: Path, scratch: Path, corpus: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--warm-inside", str(corpus)],
        check=True,
        cwd=scratch,
        env=_env(tree, scratch),
        capture_output=True,
        text=True,
    )
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


def _archive(rev: str, into: Path) -> Path:
    """The files of commit ``rev`` in a folder of their own."""
    into.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", "--format=tar", rev],
        check=True,
        capture_output=True,
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def _label(tree: Path, rev: str | None) -> str:
    if rev is None:
        dirty = subprocess.run(
            ["git", "-C", str(tree), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
        ).stdout.strip()
        head = subprocess.run(
            ["git", "-C", str(tree), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
        ).stdout.strip()
        return f"this tree ({head}{'+changes' if dirty else ''})"
    short = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "--short", rev],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    return f"{rev} ({short})" if short != rev else short


def _ms(values: list[float]) -> str:
    return f"{1000 * statistics.median(values):.1f} ms"


def _s(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} s"


def measure(trees: list[Path], scratch: Path, runs: int, corpus: Path) -> list[dict[str, Any]]:
    """Cold and warm figures of each tree, the trees' runs alternated."""
    keys = ("first", "cold", "seed", "corpus")
    results: list[dict[str, Any]] = [
        {name: [] for key in keys for name in (key, f"{key}_cpu")} for _ in trees
    ]
    for tree, result in zip(trees, results, strict=True):  # first runs write the caches
        wall, cpu = cold_run(tree, scratch)
        result["first"].append(wall)
        result["first_cpu"].append(cpu)
    for _ in range(runs):
        for tree, result in zip(trees, results, strict=True):
            wall, cpu = cold_run(tree, scratch)
            result["cold"].append(wall)
            result["cold_cpu"].append(cpu)
    for turn in range(max(1, runs // 2)):
        # Which tree goes first alternates (ABBA...), so that a drift of the machine's
        # speed during a round favours neither.
        order = list(zip(trees, results, strict=True))
        for tree, result in order if turn % 2 == 0 else reversed(order):
            warm = warm_run(tree, scratch, corpus)
            for key in ("seed", "seed_cpu", "corpus", "corpus_cpu"):
                result[key].extend(warm.get(key, []))
                result.setdefault(f"{key}_rounds", []).append(
                    statistics.median(warm[key]) if warm.get(key) else None
                )
            result["seed_chars"] = warm["seed_chars"]
            result["corpus_chars"] = warm.get("corpus_chars")
    return results


def _ratio(results: list[dict[str, Any]], key: str) -> float:
    """The first tree's figure over the second's. For warm figures, the median of each
    round's ratio: the machine moves between speeds within minutes, and the two trees'
    runs of one round share one speed far more often than runs minutes apart."""
    rounds = [results[0].get(f"{key}_rounds"), results[1].get(f"{key}_rounds")]
    if rounds[0] and rounds[1] and None not in rounds[0] + rounds[1]:
        return statistics.median(a / b for a, b in zip(rounds[0], rounds[1], strict=True))
    return statistics.median(results[0][key]) / statistics.median(results[1][key])


def report(labels: list[str], results: list[dict[str, Any]], runs: int, corpus: Path) -> None:
    measures: list[tuple[str, str, Callable[[list[float]], str]]] = [
        ("first run: empty caches, no bytecode", "first", _s),
        (f"cold extract of the seed, median of {runs}", "cold", _s),
        (f"warm, per seed-sized article ({results[0]['seed_chars']} chars)", "seed", _ms),
    ]
    if results[0]["corpus"]:
        measures.append(
            (
                f"warm, per {corpus.parent.name} article (median"
                f" {results[0]['corpus_chars']:.0f} chars)",
                "corpus",
                _ms,
            )
        )
    rows = [
        row
        for name, key, show in measures
        for row in ((f"{name}: wall", key, show), (f"{name}: CPU", f"{key}_cpu", show))
    ]
    width = max(len(r[0]) for r in rows)
    columns = [max(len(label), 10) for label in labels]
    header = " | ".join(f"{label:>{w}}" for label, w in zip(labels, columns, strict=True))
    ratio = " | ratio" if len(labels) == 2 else ""
    print(f"{'':<{width}} | {header}{ratio}")
    for name, key, show in rows:
        cells = " | ".join(f"{show(r[key]):>{w}}" for r, w in zip(results, columns, strict=True))
        line = f"{name:<{width}} | {cells}"
        if len(labels) == 2:
            line += f" | x{_ratio(results, key):.2f}"
        print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument(
        "--compare", metavar="REV", help="also measure this earlier commit, runs alternated"
    )
    parser.add_argument(
        "--stages", action="store_true", help="CPU time of each stage of a warm article"
    )
    parser.add_argument("--warm-inside", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stages:
        sys.path.insert(0, str(REPO))  # this tree's code, whatever is installed
        for stage, ms in stage_figures(args.runs).items():
            print(f"{stage:<30} {ms:6.1f} ms CPU")
        return
    if args.warm_inside is not None:  # a child measuring its own tree
        print(json.dumps(warm_figures(args.warm_inside)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        trees, labels = [REPO], [_label(REPO, None)]
        if args.compare:
            trees.append(_archive(args.compare, scratch / "earlier"))
            labels.append(_label(REPO, args.compare))
        load_before = os.getloadavg()
        results = measure(trees, scratch, args.runs, args.corpus)
    report(labels, results, args.runs, args.corpus)
    print(f"load average (1 min): {load_before[0]:.1f} before, {os.getloadavg()[0]:.1f} after")


if __name__ == "__main__":
    main()
