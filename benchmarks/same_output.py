"""Does a change keep the analysis's output byte for byte? Digests of ``render_json`` per
document, for the tree on ``PYTHONPATH``; compare two trees' lists with ``diff``.

    PYTHONPATH=/path/to/main python benchmarks/same_output.py > before.txt
    PYTHONPATH=. python benchmarks/same_output.py > after.txt && diff before.txt after.txt

The documents, each analysed alone: the seed article, the event benchmark's articles
(``../shared/data/events``), the KRAUTS news articles (TimeML: their text and creation
time) and the WikiWarsDE documents (TIMEX2: their text, no publication date).
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared/data"
TIMEML = ("timeml/de-krauts-dolomiten100/gold",)
TIMEX2 = "timeml/de-wikiwarsde-dev"


def main() -> None:
    sys.path.insert(1, str(REPO / "benchmarks"))
    from pipeline_speed import corpus_texts  # the benchmark's TimeML reader
    from timex_eval import read_corpus  # reads the TIMEX2 documents too

    from tui.core.analysis import analyse
    from tui.core.documents import load_seed, read_inputs
    from tui.core.export.json_format import render_json
    from tui.core.model import Document

    documents = [load_seed()]
    events = sorted((DATA / "events").glob("*/*.txt"))
    documents += read_inputs([str(path) for path in events]).documents
    for folder in TIMEML:
        texts = corpus_texts(DATA / folder)
        documents += [
            Document(id=f"{Path(folder).parts[1]}-{i}", text=text, dct=dct or None)
            for i, (text, dct) in enumerate(texts)
        ]
    documents += [
        Document(id=f"wikiwarsde-{gold.name}", text=gold.text)
        for gold in read_corpus(DATA / TIMEX2, "all")
    ]
    for document in documents:
        rendered = render_json(analyse([document], jobs=1))
        print(document.id, hashlib.sha256(rendered.encode()).hexdigest()[:16], flush=True)


if __name__ == "__main__":
    main()
