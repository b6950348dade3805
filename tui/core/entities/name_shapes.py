"""What a one-word name's letters show against the model's reading of a person:

- a capital inside the word after a lower-case letter, as companies and products write
  their names ("GlaxoSmithKline", "comScore", "YouTube"), is a company's, unless the
  capital follows a surname's or a given name's prefix ("McCloskey", "DiCaprio",
  "LeBron"; ``inner_capital_prefixes`` in ``entities.toml``); like a company cue it turns
  the model's PER votes into ORG only where nothing else says person (company_sense.py);
- letters and digits in one word, digits between letters or more than one digit, are a
  code, a product's or a virus's, never a person's name ("H5N1", "A380"): MISC.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tui.core.entities.candidates import Candidate
from tui.core.entities.language_rules import NameRules
from tui.core.letters import LOWER, UPPER

_INNER_CAPITAL = re.compile(f"[{LOWER}][{UPPER}]")
#: Letters and digits: digits between letters ("H5N1") or more than one ("A380"); one
#: digit after letters may number a name ("JJ1", a robot GermEval counts as a person).
_CODE = re.compile(r"(?=\w*[^\W\d_])(?:\w*[^\W\d_]\d+[^\W\d_]\w*|\w*\d\w*\d\w*)")


def company_shaped(candidates: Iterable[Candidate], rules: NameRules) -> set[str]:
    """The one-word names written as companies write theirs ("GlaxoSmithKline")."""
    out = set()
    for c in candidates:
        word = c.text.strip().rstrip(".")
        if " " in word or "-" in word:
            continue
        inner = _INNER_CAPITAL.search(word)
        if inner and not word[: inner.start() + 1].startswith(rules.inner_capital_prefixes):
            out.add(word)
    return out


def code_votes(candidate: Candidate) -> None:
    """Move the model's PER votes of a code ("H5N1") to MISC."""
    if _CODE.fullmatch(candidate.text) and candidate.votes["PER"]:
        candidate.votes["MISC"] += candidate.votes.pop("PER")
