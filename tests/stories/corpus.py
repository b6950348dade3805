"""Small corpora written for the story tests (never the development data)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from tui.core.analysis import analyse
from tui.core.model import Analysis, Document

#: Three articles report the same vote, each in its own words; the third also reports an
#: unrelated match of the same day.
VOTE = [
    Document(
        id="herald",
        dct="2024-03-14",
        title="Parliament passes climate law",
        text=(
            "On Wednesday, the Bundestag voted to approve the climate protection law by 412 "
            "votes to 198.\n"
            "Olaf Scholz called the result a turning point for German industry.\n"
        ),
    ),
    Document(
        id="courier",
        dct="2024-03-14",
        title="Climate law approved",
        text=(
            "The climate protection law was approved by the Bundestag on 13 March 2024, "
            "with 412 votes in favour and 198 against.\n"
            "Environmental groups in Hamburg welcomed the decision.\n"
        ),
    ),
    Document(
        id="gazette",
        dct="2024-03-15",
        title="After the vote",
        text=(
            "German lawmakers in the Bundestag approved the climate protection law on March "
            "13, 2024 in a vote of 412 to 198.\n"
            "On March 13, 2024, Bayern Munich beat Arsenal 3-1 in the Champions League in "
            "London.\n"
        ),
    ),
]

#: The same vote in German, in three wordings ("Bundestages" and "Stimmen" folded by the
#: German endings), and a match of the same day.
ABSTIMMUNG = [
    Document(
        id="blatt",
        dct="2024-03-14",
        title="Klimagesetz",
        text="Am Mittwoch hat der Bundestag das Klimaschutzgesetz mit 412 zu 198 Stimmen "
        "beschlossen.\n",
    ),
    Document(
        id="zeitung",
        dct="2024-03-14",
        title="Gesetz beschlossen",
        text="Das Klimaschutzgesetz wurde am 13. März 2024 vom Bundestag mit 412 Ja-Stimmen "
        "und 198 Nein-Stimmen verabschiedet.\n",
    ),
    Document(
        id="kurier",
        dct="2024-03-15",
        title="Nach der Abstimmung",
        text="Die Abgeordneten des Bundestages stimmten am 13. März 2024 mit 412 zu 198 "
        "Stimmen für das Klimaschutzgesetz.\n"
        "Am 13. März 2024 gewann der FC Bayern in London gegen Arsenal mit 3:1.\n",
    ),
]

#: Two different takeovers announced on the same day, worded alike, by different companies.
TAKEOVERS = [
    Document(
        id="wire-a",
        dct="2024-05-07",
        title="Siemens bid",
        text="On 6 May 2024, Siemens announced a takeover of Osram for 4 billion euros.\n",
    ),
    Document(
        id="wire-b",
        dct="2024-05-07",
        title="Bosch bid",
        text="On 6 May 2024, Bosch announced a takeover of Continental for 4 billion euros.\n",
    ),
]


def _month_of_news() -> list[Document]:
    """Twelve articles over a month: on each of six days several report what happened, and
    articles later come back to some of them."""
    happenings = [
        ("2024-04-02", "the city council of Leipzig approved the new tram line"),
        ("2024-04-05", "the workers of Volkswagen in Zwickau went on strike"),
        ("2024-04-09", "the river Elbe flooded the old town of Dresden"),
        ("2024-04-15", "the mayor of Leipzig resigned after the tram dispute"),
        ("2024-04-20", "the Dresden philharmonic opened its new concert hall"),
        ("2024-04-26", "the state parliament of Saxony passed the budget"),
    ]
    documents = []
    for index, (day, what) in enumerate(happenings):
        for copy in range(2):
            text = f"On {day}, {what}.\nOfficials said more details would follow.\n"
            if index > 0:
                earlier, before = happenings[index - 1]
                text += f"Earlier, on {earlier}, {before}.\n"
            documents.append(
                Document(id=f"n{index}-{copy}", dct=day, title=what.capitalize(), text=text)
            )
    return documents


MONTH = _month_of_news()


@cache
def analysed(name: str) -> Analysis:
    corpora = {"vote": VOTE, "takeovers": TAKEOVERS, "month": MONTH, "abstimmung": ABSTIMMUNG}
    return analyse(corpora[name], lang="de" if name == "abstimmung" else "en")


def corpus_file(tmp_path: Path, documents: list[Document]) -> Path:
    """``documents`` as a ``.jsonl`` corpus, as a user would give them."""
    path = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": d.id, "title": d.title, "date": d.dct, "text": d.text, "lang": "en"})
        for d in documents
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
