"""Does the analysis stay linear on big hostile inputs? Time and peak memory by input size.

    python benchmarks/fuzz_inputs.py [--scale 1.0] [--steps 4] [--timeout 60] [--only NAME]

For each family of big inputs (issue 16: runs of dots or ``!?``, unclosed Markdown code
fences or ``<!--``, a German article of growing size, many short lines, many one-sentence
names, many dates in one sentence, one long sentence without punctuation, a saved web page
growing past 1 MB of markup) the input is written to a temporary file and analysed as the
command line does it
(``read_inputs`` then ``analyse``) at sizes ×1, ×2, ×4, ×8 of a base size. Each case runs
in a fresh process that first analyses a small document, so imports, model loading and
first-use caches are not counted. The table gives the time per input character (µs) and
the peak resident memory of the process; ``ratio`` is the time per character at the
largest size over that at the smallest, and a family whose ratio is over 1.5 is marked
SUPERLINEAR. A case over ``--timeout`` seconds ends its family's row.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LIMIT = 1.5
_GERMAN = "Am Montag traf sich der Rat in Berlin. "
#: A Markdown head that makes the language German (a file of code fences alone is not).
_HEAD = "# Titel\n\n" + _GERMAN * 3 + "\n\n"
_ENGLISH = "On Monday the council met in London. The mayor said on May 3 that it would vote.\n"
_GIVEN = ["Anna", "Karl", "Maria", "Peter", "Julia", "Stefan", "Laura", "Jonas", "Eva", "Lukas"]
_SYLLABLES = ["Ber", "Kan", "Lo", "Mi", "Sto", "Wen", "Har", "Dul"]


def _seed_article() -> str:
    return next(iter(sorted((REPO / "seeds").glob("*.txt")))).read_text(encoding="utf-8")


def _names(n: int) -> str:
    """``n`` sentences that are each one distinct person's name."""
    out = []
    k = len(_SYLLABLES)
    for i in range(n):
        j = i // len(_GIVEN)
        family = _SYLLABLES[j % k] + (_SYLLABLES[j // k % k] + _SYLLABLES[j // k // k % k]).lower()
        out.append(f"{_GIVEN[i % len(_GIVEN)]} {family}.")
    return " ".join(out) + "\n"


def _page(n: int) -> str:
    """A web page of ``n`` paragraphs (~120 characters of markup each) in an article."""
    paragraph = (
        '<div class="teaser"><a href="/mehr">Mehr lesen</a></div><p>Der Stadtrat hat in seiner'
        " {}. Sitzung den Bau eines neuen Hallenbads beschlossen.</p>\n"
    )
    body = "".join(paragraph.format(i) for i in range(n))
    return (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Haushalt</title>'
        f"</head><body><article><h1>Haushalt</h1>{body}</article></body></html>"
    )


#: name -> (file suffix, base size, text of that size, what the size counts)
FAMILIES: dict[str, tuple[str, int, Callable[[int], str], str]] = {
    "dots": (".txt", 5_000, lambda n: _GERMAN + "." * n + "Ende.\n", "dots"),
    "!?": (".txt", 5_000, lambda n: _GERMAN + "!?" * n + "Ende.\n", "'!?'"),
    "fences": (".md", 2_500, lambda n: _HEAD + "```js\nText.\n" * n, "fences"),
    "comments": (".md", 2_500, lambda n: _HEAD + "<!-- Text.\n" * n, "'<!--'"),
    "article": (
        ".txt",
        8,
        lambda n: "\n\n".join([_seed_article()] * n),
        "seed copies",
    ),
    "short lines": (".txt", 2_500, lambda n: "Zeile eins\n" * n, "lines"),
    "names": (".txt", 500, lambda n: _GERMAN * 3 + _names(n), "names"),
    "dates": (
        ".txt",
        500,
        lambda n: (
            "Er kam " + ", ".join(f"am {d % 28 + 1}. Mai {2000 + d % 20}" for d in range(n)) + ".\n"
        ),
        "dates",
    ),
    "no punctuation": (".txt", 5_000, lambda n: "wort " * n + "\n", "words"),
    # A saved page (markup beyond its first 1 MB is not read).
    "web page": (".html", 2_500, lambda n: _page(n), "paragraphs"),
}


def _child(family: str, size: int) -> None:
    """Analyse one case in this process and print its figures as JSON."""
    import resource

    from tui.core.analysis import analyse
    from tui.core.documents import read_inputs
    from tui.core.language import detect

    suffix, _, make, _ = FAMILIES[family]
    with tempfile.TemporaryDirectory() as tmp:
        # Warm up on a small case of the same family (its language's model too), the seed
        # and an English article.
        warm = [Path(tmp, "warm" + suffix), Path(tmp, "seed.txt"), Path(tmp, "en.txt")]
        warm[0].write_text(make(2), encoding="utf-8")
        warm[1].write_text(_seed_article(), encoding="utf-8")
        warm[2].write_text(_ENGLISH, encoding="utf-8")
        for path in warm:
            analyse(read_inputs([str(path)]).documents)
        path = Path(tmp, "case" + suffix)
        text = make(size)
        detect(text)  # what language detection loads for a text like this one
        path.write_text(text, encoding="utf-8")
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start = time.perf_counter()
        analysis = analyse(read_inputs([str(path)]).documents)
        seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "chars": len(text),
                "seconds": seconds,
                "peak_mb": peak / 1024,
                "grew_mb": (peak - before) / 1024,
                "events": len(analysis.events),
            }
        )
    )


def _run(family: str, size: int, timeout: float) -> dict | None:
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--child", family, str(size)],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
            cwd=REPO,
        )
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as exc:
        raise SystemExit(f"{family} ×{size}: failed\n{exc.stderr}") from exc
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every base size")
    parser.add_argument("--steps", type=int, default=4, help="sizes ×1, ×2, ×4, ...")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per case")
    parser.add_argument("--only", action="append", choices=sorted(FAMILIES))
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child[0], int(args.child[1]))
        return
    print(f"{'family':<15} {'size':>14} {'chars':>9} {'s':>7} {'µs/char':>8} {'peak MB':>8}")
    verdicts = []
    for family in args.only or FAMILIES:
        _, base, _, unit = FAMILIES[family]
        per_char = []
        for step in range(args.steps):
            size = max(1, round(base * args.scale)) * 2**step
            result = _run(family, size, args.timeout)
            label = f"{size:,} {unit}"
            if result is None:
                print(f"{family:<15} {label:>14} {'':>9} >{args.timeout:>6.0f} (stopped)")
                per_char.append(float("inf"))
                break
            per_char.append(result["seconds"] / result["chars"] * 1e6)
            print(
                f"{family:<15} {label:>14} {result['chars']:>9,} {result['seconds']:>7.2f}"
                f" {per_char[-1]:>8.2f} {result['peak_mb']:>8.0f}",
                flush=True,
            )
        ratio = per_char[-1] / per_char[0]
        verdicts.append((family, ratio))
    print()
    for family, ratio in verdicts:
        # A case over the time limit is superlinear too (a stopped first case gives nan).
        mark = "linear" if ratio <= LIMIT else "SUPERLINEAR"
        print(f"{family:<15} time per char, largest/smallest: {ratio:6.2f}  {mark}")


if __name__ == "__main__":
    main()
