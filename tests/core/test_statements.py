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
        ("Die Behörden warnen vor starkem Schneefall.", "de", Kind.PRESENT),
        ("Die Stadt will die Klinik erweitern.", "de", Kind.FUTURE),
        # what recurs is no event, even with a date of its own
        ("Traditionell wird der Preis im Herbst vergeben.", "de", Kind.NONE),
        ("The prize is usually awarded on the last Sunday.", "en", Kind.NONE),
        ("Die Stadt gibt jedes Jahr am Montag ein Fest.", "de", Kind.NONE),
        # a necessity, a past intention, a negated action: no action told
        ("Die Seilbahn muss in eine Werkstatt.", "de", Kind.GENERAL),
        ("Mit seiner Ausdauer wollte er anderen Mut machen.", "de", Kind.GENERAL),
        ("We must put our customers at the center.", "en", Kind.GENERAL),
        ("The museum didn’t immediately reply to a question.", "en", Kind.GENERAL),
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
        ("More than 300 cases have been reported in Quorbia.", "en", Kind.PRESENT),
        ("Der Rat hat den Haushalt am Ende doch verabschiedet.", "de", Kind.PAST),
        ("Officials warn of more storms.", "en", Kind.PRESENT),
        ("The concert will air on local radio.", "en", Kind.FUTURE),
        ("The arena could open for the next season.", "en", Kind.GENERAL),
        ("What happens next?", "en", Kind.NONE),
        ("The Associated Press contributed to this report.", "en", Kind.NONE),
        ("Mit Material von dpa und AFP.", "de", Kind.NONE),
        ("Das klingt so, als plane die Stadt eine Seilbahn für 2030.", "de", Kind.NONE),
        ("It looked as if the team would win the title in 2030.", "en", Kind.NONE),
        ("Die Bahn hat immer wieder neue Termine genannt.", "de", Kind.NONE),
        ("Aber nichts gegen Quorbit und nichts gegen den Mond!", "de", Kind.GENERAL),
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
        ("Die Seilbahn ist immer noch im Betrieb.", "de", True),
        ("Die Kosten liegen bei zwei Millionen Euro.", "de", True),
        ("Die Fähre ist am Morgen ausgefallen.", "de", False),
        ("Die Stadt verklagt den Landkreis.", "de", False),
        ("There are also six cases in the north.", "en", True),
        ("The outbreak has grown to 87 cases.", "en", False),
        # a participle after "no", a compound or an "un-" adjective is no verb
        ("There were no recorded objections.", "en", True),
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
        ("Thousands are expected to crowd the town square.", "en", False),
    ],
)
def test_state(sentence: str, lang: str, state: bool) -> None:
    assert statement_of(sentence, statement_clues(lang)).state is state


@pytest.mark.parametrize(
    ("sentence", "lang", "now"),
    [
        ("Inzwischen gibt es neue Hinweise.", "de", True),
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
        ("Der Anschlag hat landesweit Empörung ausgelöst.", "de", True),
        ("Zwei Menschen starben, fünf wurden verletzt.", "de", False),
        ("Die Firma hat mitgeteilt, dass sie den Konkurrenten kaufte.", "de", False),
    ],
)
def test_perfect(sentence: str, lang: str, perfect: bool) -> None:
    """The past told only in the perfect: what the news has brought about by now."""
    assert statement_of(sentence, statement_clues(lang)).perfect is perfect


@pytest.mark.parametrize(
    ("sentence", "lang", "description"),
    [
        # a linking verb with a predicate that classifies or ranks: a description
        ("Der Kranich ist noch immer ein seltener Vogel.", "de", True),
        ("Der Start war der erste seit drei Jahren.", "de", True),
        ("Die Brücke gilt als eine der schönsten im Land.", "de", True),
        ("The mayor, the club's presumed heir, is now a retired teacher.", "en", True),
        ("It was the third flood in ten years.", "en", True),
        ("There was a short delay, though.", "en", True),
        # ... but not where the clause tells an action, or its first verb is another
        ("Bei dem Unfall waren eine Frau und ein Mann verletzt worden.", "de", False),
        ("Der Sänger ist tot.", "de", False),
        ("Inzwischen gibt es neue Hinweise.", "de", False),
        ("The council approved a new budget.", "en", False),
        ("She was stuck in a slow queue of buses.", "en", False),
        # a speaker's judgement of a state
        ("“The road is far too narrow,” she said.", "en", True),
        ("The damage was too great to repair, the owner said.", "en", True),
        ('"Das ist ein schwarzer Tag", sagte die Bürgermeisterin.', "de", True),
        ("Die Lage sei ernst, aber unter Kontrolle, sagte der Sprecher.", "de", False),
        # ... not an account of an action
        ("The driver was speeding on the bridge, police said.", "en", False),
        ("“The problem is something nobody here is proud of,” she said.", "en", True),
        ('"Wir feiern heute einen Neuanfang", sagte der Chef.', "de", False),
        ("A stone hit the window, the driver said.", "en", False),
    ],
)
def test_description(sentence: str, lang: str, description: bool) -> None:
    assert statement_of(sentence, statement_clues(lang)).description is description


@pytest.mark.parametrize(
    ("sentence", "lang", "kind"),
    [
        # what the signs point to is a judgement
        ("Nach der Abstimmung deutet alles auf eine Einigung hin.", "de", Kind.GENERAL),
        ("Die Einigung scheint nah.", "de", Kind.GENERAL),
        ("Everything points to a deal before the weekend.", "en", Kind.GENERAL),
        ("The deal appears to be close.", "en", Kind.GENERAL),
        # an adverb between the auxiliary and the participle: no past of its own
        ("The bridge is expected to be partially reopened.", "en", Kind.FUTURE),
    ],
)
def test_hedges_and_adverbs(sentence: str, lang: str, kind: Kind) -> None:
    assert statement_of(sentence, statement_clues(lang)).kind is kind


@pytest.mark.parametrize(
    ("sentence", "lang", "retrospective"),
    [
        ("Der Verein begründete den Umzug mit den Kosten.", "de", True),
        ("Die Stadt hat die Straße gesperrt.", "de", True),
        ("The governor has looked for a buyer for the mill.", "en", True),
        ("Die Stadt will die Straße sperren.", "de", False),
        ("The governor plans to save the plant.", "en", False),
    ],
)
def test_retrospective(sentence: str, lang: str, retrospective: bool) -> None:
    assert statement_of(sentence, statement_clues(lang)).retrospective is retrospective
