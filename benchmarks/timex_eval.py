"""Score the temporal tagger on TimeML folders, the TempEval-3 way.

    python benchmarks/timex_eval.py GOLD_DIR --lang de [--compare NAME=DIR ...]
        [--split all|dev|test] [--errors N] [--genre news|narrative]

For every ``*.tml`` file in GOLD_DIR the text inside ``<TEXT>`` is tagged with the DCT of
its ``<DCT>`` element, and compared with the gold TIMEX3 annotations. A folder of
``*.key.xml`` files (ACE/WikiWars style: inline TIMEX2 with a ``val`` attribute, no
``type``) is read the same way; their ``<DATETIME>`` is when the article was retrieved, not
published, so they are tagged without a DCT (score them with ``--genre narrative``), and
type accuracy is not applicable (printed as n/a):

* strict match: identical character span; relaxed match: any overlap (one-to-one);
* precision, recall and F1 for both; type and value accuracy over relaxed matches;
* value F1 = relaxed F1 x value accuracy (the TempEval-3 attribute score).

``--compare NAME=DIR`` scores another system's TimeML output for the same documents (same
file names) in the same run, e.g. HeidelTime's output shipped with KRAUTS. ``--split``
keeps a held-out discipline: ``dev`` scores the even-numbered documents (in file name
order), ``test`` the odd-numbered ones. ``--errors N`` prints up to N examples for each
error category (missed, spurious, wrong span, wrong type, wrong value by category).
``--equivalent-values`` additionally merges notational variants of the same value that
some corpora use (``1949-XX`` = ``1949``, ``198X`` = ``198``, ``2000-W7`` = ``2000-W07``);
the default is the exact string comparison of TempEval-3.

Throughput is the number of documents tagged per second after start-up (the first call,
which compiles the grammar, is not timed), on one core, sentence splitting included.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

# Measure the checkout this script belongs to, whatever ``tui`` is installed.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tui.core.sentences import sentences
from tui.core.temporal import GENRES, tag

_TOKEN = re.compile(r"<[^>]*>|[^<]+")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_DCT = re.compile(r"<DCT>\s*<TIMEX3([^>]*)>", re.S)
#: File endings of gold documents: TimeML (TIMEX3), and inline TIMEX2 (WikiWars).
TIMEML_SUFFIX, TIMEX2_SUFFIX = ".tml", ".key.xml"


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    type: str
    value: str


#: The type of a TIMEX2 mention: TIMEX2 has none, so type accuracy is not applicable.
NO_TYPE = ""


@dataclass(slots=True)
class Document:
    name: str
    text: str
    dct: str | None
    gold: list[Mention]


def parse_timeml(markup: str, element: str = "TIMEX3") -> tuple[str, list[Mention]]:
    """Plain text of a TimeML fragment and its ``element`` mentions (offsets into that
    text): TIMEX3 with ``type`` and ``value``, or TIMEX2 with ``val`` and no type."""
    value_attribute = "val" if element == "TIMEX2" else "value"
    opening = re.compile(rf"<{element}\b")
    parts: list[str] = []
    length = 0
    open_timexes: list[tuple[int, dict[str, str]]] = []
    mentions: list[Mention] = []
    depth: list[bool] = []  # for each open tag: is it a TIMEX3?
    for token in _TOKEN.findall(markup):
        if token.startswith("<"):
            if token.startswith("</"):
                if depth and depth.pop():
                    start, attrs = open_timexes.pop()
                    value = attrs.get(value_attribute, "").strip()
                    mentions.append(Mention(start, length, attrs.get("type", NO_TYPE), value))
            elif not token.endswith("/>") and not token.startswith(("<?", "<!")):
                is_timex = opening.match(token) is not None
                depth.append(is_timex)
                if is_timex:
                    open_timexes.append((length, dict(_ATTR.findall(token))))
            continue
        piece = html.unescape(token)
        parts.append(piece)
        length += len(piece)
    return "".join(parts), sorted(mentions, key=lambda m: m.start)


def read_document(path: Path) -> Document:
    """A TimeML (``.tml``, TIMEX3) or TIMEX2 (``.key.xml``) document; a TIMEX2 document
    has no publication date (its ``<DATETIME>`` is not one)."""
    markup = path.read_text(encoding="utf-8")
    body = _TEXT.search(markup)
    if body is None:
        raise ValueError(f"{path}: no <TEXT> element")
    if path.name.endswith(TIMEX2_SUFFIX):
        text, gold = parse_timeml(body.group(1), "TIMEX2")
        return Document(path.name, text, None, gold)
    dct_match = _DCT.search(markup)
    dct = dict(_ATTR.findall(dct_match.group(1))).get("value") if dct_match else None
    text, gold = parse_timeml(body.group(1))
    return Document(path.name, text, dct or None, gold)


def read_corpus(folder: Path, split: str) -> list[Document]:
    paths = sorted(folder.glob("*" + TIMEML_SUFFIX)) or sorted(folder.glob("*" + TIMEX2_SUFFIX))
    if not paths:
        raise ValueError(f"{folder}: no {TIMEML_SUFFIX} or {TIMEX2_SUFFIX} files")
    if split == "dev":
        paths = paths[0::2]
    elif split == "test":
        paths = paths[1::2]
    return [read_document(p) for p in paths]


@dataclass(slots=True)
class Score:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    same_type: int = 0
    #: Relaxed matches whose gold has a type (TIMEX2 has none): type accuracy's base.
    typed: int = 0
    same_value: int = 0
    errors: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def prf(self, matched: int) -> tuple[float, float, float]:
        p = matched / self.system if self.system else 0.0
        r = matched / self.gold if self.gold else 0.0
        return p, r, self._f1(p, r)

    @property
    def value_accuracy(self) -> float:
        return self.same_value / self.relaxed if self.relaxed else 0.0

    @property
    def type_accuracy(self) -> float | None:
        """Over the relaxed matches whose gold has a type; None if none has (TIMEX2)."""
        return self.same_type / self.typed if self.typed else None

    @property
    def value_f1(self) -> float:
        return self.prf(self.relaxed)[2] * self.value_accuracy


def value_category(mention: Mention) -> str:
    """A coarse class of a gold value, to group wrong values by what went wrong."""
    value = mention.value
    if mention.type in ("DURATION", "SET"):
        return mention.type
    if value.endswith("_REF"):
        return "DATE:vague"
    if "T" in value:
        return "TIME"
    shapes = [
        (r"\d{4}-\d{2}-\d{2}", "day"),
        (r"\d{4}-W\d{2}", "week"),
        (r"\d{4}-\d{2}", "month"),
        (r"\d{4}-(SP|SU|FA|WI)", "season"),
        (r"\d{4}-[QH]\d", "quarter/half"),
        (r"\d{4}", "year"),
        (r"\d{2,3}", "decade/century"),
    ]
    for pattern, name in shapes:
        if re.fullmatch(pattern, value):
            return f"DATE:{name}"
    return "DATE:other"


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    left = text[max(0, start - width) : start].replace("\n", " ")
    right = text[end : end + width].replace("\n", " ")
    return f"...{left}[{text[start:end]}]{right}..."


_UNSPECIFIED_TAIL = re.compile(r"(?:-XX)+$")
_SHORT_WEEK = re.compile(r"^(\d{4}-W)(\d)(?=$|-)")
_DECADE_X = re.compile(r"^(\d{3})X$")


def equivalent(value: str) -> str:
    """A value in one canonical notation, for ``--equivalent-values``.

    Corpora write some values in variant notations that mean the same: ``1949-XX`` (some
    month of 1949) for ``1949``, ``198X`` for the decade ``198``, ``2000-W7`` for
    ``2000-W07``. Only these notational variants are merged; nothing else.
    """
    value = _UNSPECIFIED_TAIL.sub("", value)
    value = _SHORT_WEEK.sub(lambda m: f"{m.group(1)}0{m.group(2)}", value)
    return _DECADE_X.sub(r"\1", value)


def score_document(
    score: Score, doc: Document, system: Sequence[Mention], *, lenient: bool = False
) -> None:
    score.gold += len(doc.gold)
    score.system += len(system)
    used: set[int] = set()
    for g in doc.gold:
        best, best_overlap = None, 0
        for i, s in enumerate(system):
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if i not in used and overlap > best_overlap:
                best, best_overlap = i, overlap
        if best is None:
            score.errors["missed"].append(
                f"{doc.name}: {_context(doc.text, g.start, g.end)} {g.type} {g.value}"
            )
            continue
        used.add(best)
        s = system[best]
        score.relaxed += 1
        where = f"{doc.name}: {_context(doc.text, g.start, g.end)}"
        if (s.start, s.end) == (g.start, g.end):
            score.strict += 1
        else:
            score.errors["wrong span"].append(f"{where} system: {doc.text[s.start : s.end]!r}")
        if g.type == NO_TYPE:
            pass
        elif s.type == g.type:
            score.typed += 1
            score.same_type += 1
        else:
            score.typed += 1
            score.errors["wrong type"].append(f"{where} gold {g.type}, system {s.type}")
        if s.value == g.value or (lenient and equivalent(s.value) == equivalent(g.value)):
            score.same_value += 1
        else:
            score.errors[f"wrong value {value_category(g)}"].append(
                f"{where} gold {g.value}, system {s.value} ({s.type})"
            )
    for i, s in enumerate(system):
        if i not in used:
            score.errors["spurious"].append(
                f"{doc.name}: {_context(doc.text, s.start, s.end)} {s.type} {s.value}"
            )


def run_tagger(
    docs: Sequence[Document], lang: str, genre: str
) -> tuple[list[list[Mention]], float]:
    """Our system's mentions for each document, and the seconds spent tagging them."""
    if docs:  # start-up (compiling the grammar) is not part of the throughput
        tag(docs[0].text[:200], lang=lang, dct=docs[0].dct, genre=genre)
    out = []
    began = time.perf_counter()
    for doc in docs:
        spans = sentences(doc.text, lang)
        found = tag(doc.text, lang=lang, dct=doc.dct, genre=genre, sentences=spans)
        out.append([Mention(t.start, t.end, t.type, t.value) for t in found])
    return out, time.perf_counter() - began


def read_system(folder: Path, docs: Sequence[Document]) -> list[list[Mention]]:
    """Another system's TimeML output for the same documents, aligned to the gold text."""
    out = []
    for doc in docs:
        path = folder / doc.name
        if not path.is_file():
            raise ValueError(f"{folder}: no output for {doc.name}")
        other = read_document(path)
        if other.text != doc.text:
            raise ValueError(f"{path}: its text differs from the gold document's")
        out.append(other.gold)
    return out


def evaluate(
    docs: Sequence[Document], outputs: Iterable[Sequence[Mention]], *, lenient: bool = False
) -> Score:
    score = Score()
    for doc, system in zip(docs, outputs, strict=True):
        score_document(score, doc, system, lenient=lenient)
    return score


def format_row(name: str, score: Score) -> str:
    sp, sr, sf = score.prf(score.strict)
    rp, rr, rf = score.prf(score.relaxed)
    accuracy = score.type_accuracy
    type_accuracy = "n/a" if accuracy is None else f"{accuracy:.3f}"
    return (
        f"{name:<14} {score.gold:>5} {score.system:>5}  {sp:6.3f} {sr:6.3f} {sf:6.3f}  "
        f"{rp:6.3f} {rr:6.3f} {rf:6.3f}  {type_accuracy:>6} {score.value_accuracy:6.3f}"
        f"  {score.value_f1:6.3f}"
    )


HEADER = (
    f"{'system':<14} {'gold':>5} {'sys':>5}  {'strict':^20}  {'relaxed':^20}  "
    f"{'type':>6} {'value':>6}  {'value'}\n"
    f"{'':<14} {'':>5} {'':>5}  {'P':>6} {'R':>6} {'F1':>6}  {'P':>6} {'R':>6} {'F1':>6}  "
    f"{'acc':>6} {'acc':>6}  {'F1':>6}"
)


def print_errors(name: str, score: Score, limit: int) -> None:
    print(f"\nErrors of {name}:")
    counts = Counter({k: len(v) for k, v in score.errors.items()})
    for category, count in counts.most_common():
        print(f"  {category}: {count}")
        for example in score.errors[category][:limit]:
            print(f"      {example}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "gold", type=Path, help="folder of gold TimeML (.tml) or TIMEX2 (.key.xml) files"
    )
    parser.add_argument("--lang", required=True, help="language of the documents (de, en)")
    parser.add_argument("--genre", default="news", choices=GENRES)
    parser.add_argument(
        "--compare",
        action="append",
        default=[],
        metavar="NAME=DIR",
        help="another system's TimeML output for the same documents",
    )
    parser.add_argument("--split", default="all", choices=("all", "dev", "test"))
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="examples per error")
    parser.add_argument(
        "--equivalent-values",
        action="store_true",
        help="also count notational variants as equal values (1949-XX = 1949, W7 = W07)",
    )
    args = parser.parse_args(argv)
    try:
        docs = read_corpus(args.gold, args.split)
        others = []
        for item in args.compare:
            name, sep, folder = item.partition("=")
            if not sep:
                raise ValueError(f"--compare expects NAME=DIR, got {item!r}")
            others.append((name, read_system(Path(folder), docs)))
    except (OSError, ValueError) as exc:
        print(f"timex_eval: {exc}", file=sys.stderr)
        return 2
    outputs, seconds = run_tagger(docs, args.lang, args.genre)
    lenient = args.equivalent_values
    ours = evaluate(docs, outputs, lenient=lenient)
    rows = [("timeline", ours)] + [
        (name, evaluate(docs, out, lenient=lenient)) for name, out in others
    ]
    variants = ", notational variants of values merged" if lenient else ""
    print(f"{args.gold} ({args.split}: {len(docs)} documents, lang {args.lang}{variants})\n")
    print(HEADER)
    for name, score in rows:
        print(format_row(name, score))
    for name, score in rows[1:]:
        relaxed_ratio = ours.prf(ours.relaxed)[2] / max(score.prf(score.relaxed)[2], 1e-9)
        value_ratio = ours.value_f1 / max(score.value_f1, 1e-9)
        print(f"\ntimeline / {name}: relaxed F1 x{relaxed_ratio:.3f}, value F1 x{value_ratio:.3f}")
    rate = len(docs) / seconds if seconds else float("inf")
    print(
        f"\nthroughput: {len(docs)} documents in {seconds:.3f} s after start-up "
        f"= {rate:.0f} documents/s (one core)"
    )
    if args.errors:
        for name, score in rows:
            print_errors(name, score, args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
