"""A small invented corpus for the corpus workflow's tests: German and English articles with
dates, names and a few that repeat across articles (so that names merge across documents)."""

from __future__ import annotations

from pathlib import Path

from tui.core.documents.plaintext import parse_plain_text
from tui.core.model import Document

_GERMAN = (
    "date 2024-0{m}-1{d} Stadtrat von Lindental beschließt neuen Haushalt\n\n"
    "Der Stadtrat von Lindental hat am Dienstag den Haushalt für {y} beschlossen. "
    "Bürgermeisterin Anna Berger sprach von einem schwierigen Jahr. "
    "Bereits im März {p} hatte die Stadt ein Defizit gemeldet.\n\n"
    "Die Opposition kritisierte den Beschluss. Am {d}. Juni soll erneut beraten werden.\n"
)
_ENGLISH = (
    "date 2024-0{m}-2{d} Harbor City council approves new budget\n\n"
    "The Harbor City council approved the {y} budget on Monday. "
    "Mayor Tom Reed said the vote ended months of talks. "
    "In March {p}, the city had reported a deficit of $4 million.\n\n"
    "Critics said the plan cuts too deep. The council will meet again on June {d}.\n"
)


def corpus_documents(count: int = 12) -> list[Document]:
    documents = []
    for i in range(count):
        template = _GERMAN if i % 2 == 0 else _ENGLISH
        text = template.format(m=1 + i % 9, d=i % 10, y=2025 + i % 3, p=2020 + i % 4)
        document, _ = parse_plain_text(text, doc_id=f"doc{i:02d}", origin=f"doc{i:02d}.txt")
        documents.append(document)
    return documents


def write_corpus(folder: Path, count: int = 12) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for document in corpus_documents(count):
        (folder / f"{document.id}.txt").write_text(document.text, encoding="utf-8")
    return folder
