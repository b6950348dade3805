"""What kind of statement a sentence makes, from the language resources (made-up sentences)."""

from __future__ import annotations

import pytest

from tui.core.events.statements import Kind, statement_clues, statement_of


@pytest.mark.parametrize(
    ("sentence", "lang", "kind"),
    [
        ("Drei Menschen starben bei dem Unfall.", "de", Kind.PAST),
        ("Die Polizei meldete eine Festnahme.", "de", Kind.PAST),
        ("Der Rat hat den Haushalt verabschiedet.", "de", Kind.PAST),
        ("Die Behörden warnen vor weiteren Gewittern.", "de", Kind.PRESENT),
        ("Die Stadt will die Klinik erweitern.", "de", Kind.FUTURE),
        # what recurs is no event, even with a date of its own
        ("Traditionell wird der Preis im Herbst vergeben.", "de", Kind.NONE),
        ("The prize is usually awarded on the last Sunday.", "en", Kind.NONE),
        ("Die Stadt gibt jedes Jahr am Montag ein Fest.", "de", Kind.NONE),
        # a necessity, a past intention, a negated action: no action told
        ("Die Fähre muss auf eine Werft.", "de", Kind.GENERAL),
        ("Mit seiner Ausdauer wollte er anderen Mut machen.", "de", Kind.GENERAL),
        ("We must put our customers at the center.", "en", Kind.GENERAL),
        ("The hospital didn’t immediately respond to a request.", "en", Kind.GENERAL),
        ("The state does not allow cameras in court.", "en", Kind.GENERAL),
        ("The vote may not be the last word on the plan.", "en", Kind.GENERAL),
        ("In May the council voted on the plan.", "en", Kind.PAST),
        # a report nobody is named for
        ("Das Werk sei ein wichtiger Beitrag gewesen, hieß es.", "de", Kind.GENERAL),
        ("Adjectives are no verbs: the former mayor faces a trial.", "en", Kind.PRESENT),
        ("Die Firma könnte bald verkauft werden.", "de", Kind.GENERAL),
        ("Der Weg betrage mehr als dreißig Minuten.", "de", Kind.GENERAL),
        ("Die Firma betont, dass das Werk bleibe.", "de", Kind.PRESENT),
        ("Hätten die Behörden das verhindern können?", "de", Kind.NONE),
        ("Nicht wirklich.", "de", Kind.NONE),
        ('"Das war ein schwerer Fehler der ganzen Regierung."', "de", Kind.NONE),
        ('"Das war ein schwerer Fehler", sagte die Ministerin.', "de", Kind.PAST),
        ("The suspect was killed by a sniper.", "en", Kind.PAST),
        # the English present perfect tells what holds now; the German perfect tells the past
        ("The company has appointed two interim chiefs.", "en", Kind.PRESENT),
        ("More than 1,000 cases have been reported in Mexico.", "en", Kind.PRESENT),
        ("Der Rat hat den Haushalt am Ende doch verabschiedet.", "de", Kind.PAST),
        ("Officials warn of more storms.", "en", Kind.PRESENT),
        ("The ceremony will air on public television.", "en", Kind.FUTURE),
        ("The arena could open for the next season.", "en", Kind.GENERAL),
        ("What happens next?", "en", Kind.NONE),
        ("The Associated Press contributed to this report.", "en", Kind.NONE),
        ("Mit Material von dpa und AFP.", "de", Kind.NONE),
        ("Das klingt so, als plane die Stadt eine Seilbahn für 2030.", "de", Kind.NONE),
        ("It looked as if the team would win the title in 2030.", "en", Kind.NONE),
        ("Die Bahn hat immer wieder neue Termine genannt.", "de", Kind.NONE),
        ("Aber nichts gegen Albanien und nichts gegen den Mars!", "de", Kind.GENERAL),
        ("Einst war das Dorf ein Zentrum der Seidenweberei.", "de", Kind.GENERAL),
        ("Once the village was a centre of silk weaving.", "en", Kind.GENERAL),
        ("“This is a dangerous business for everyone.”", "en", Kind.NONE),
    ],
)
def test_kind(sentence: str, lang: str, kind: Kind) -> None:
    assert statement_of(sentence, statement_clues(lang)).kind is kind


@pytest.mark.parametrize(
    ("sentence", "lang", "state"),
    [
        ("Die Fähre ist immer noch im Einsatz.", "de", True),
        ("Die Kosten liegen bei zwei Millionen Euro.", "de", True),
        ("Die Fähre ist am Morgen ausgefallen.", "de", False),
        ("Die Stadt verklagt den Landkreis.", "de", False),
        ("There are also nine cases in the east.", "en", True),
        ("The outbreak has grown to 124 cases.", "en", False),
        # a participle after "no", a compound or an "un-" adjective is no verb
        ("There were no noted objections.", "en", True),
        ("The board structure remains unchanged.", "en", True),
        ("The town is surrounded by oil rig-dotted fields.", "en", True),
        # the main clause tells a state, whatever its side clause does
        ("Anders ist nur, dass kein Termin genannt wird.", "de", True),
        # what a message says is no act of speech
        ('"Wir schaffen das", lautete ihre Botschaft.', "de", True),
        # the pluperfect and the perfect passive tell an action, the state passive does not
        ("Der Kandidat hatte die Mehrheit im ersten Wahlgang verfehlt.", "de", False),
        ("Zwei Menschen waren getötet worden.", "de", False),
        ("Auch Spezialkräfte waren beteiligt.", "de", True),
        # "are expected to" points ahead: no state
        ("Thousands are expected to line the river banks.", "en", False),
    ],
)
def test_state(sentence: str, lang: str, state: bool) -> None:
    assert statement_of(sentence, statement_clues(lang)).state is state


@pytest.mark.parametrize(
    ("sentence", "lang", "now"),
    [
        ("Inzwischen gibt es eine Festnahme.", "de", True),
        ("75.000 Haushalte sind nach wie vor ohne Strom.", "de", True),
        ("Die Polizei nahm einen Mann fest.", "de", False),
        ("Thousands are still without power.", "en", True),
    ],
)
def test_now(sentence: str, lang: str, now: bool) -> None:
    assert statement_of(sentence, statement_clues(lang)).now is now


@pytest.mark.parametrize(
    ("sentence", "lang", "perfect"),
    [
        ("Der Angriff hat bundesweit Entsetzen ausgelöst.", "de", True),
        ("Drei Menschen starben, acht wurden verletzt.", "de", False),
        ("Die Firma hat mitgeteilt, dass sie den Konkurrenten kaufte.", "de", False),
    ],
)
def test_perfect(sentence: str, lang: str, perfect: bool) -> None:
    """The past told only in the perfect: what the news has brought about by now."""
    assert statement_of(sentence, statement_clues(lang)).perfect is perfect
