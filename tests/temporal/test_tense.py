"""Tense clues around an expression decide past or future (no POS tagger)."""

from __future__ import annotations

import pytest

from tui.core.temporal.grammar import grammar
from tui.core.temporal.tense import tense_at

# (language, sentence with the expression in [brackets], expected: -1 past, 1 future, 0)
CASES = [
    ("en", "The bomb exploded on [Friday].", -1),
    ("en", "They will meet on [Friday].", 1),
    ("en", "Officials said [Friday] that it was over.", -1),
    ("en", "The talks were postponed until [Tuesday].", 1),
    ("en", "Until [Thursday], they had not called him a suspect.", -1),
    ("en", "Members would be formally admitted at the summit in [April].", 1),
    ("en", "The summit takes place in [April].", 0),
    ("en", "He said the summit, which many observers see as crucial, is in [April].", 0),
    # A future marker governs its clause, however far back; punctuation ends the clause.
    ("en", "She will be named commander of the shuttle Columbia for a mission in [December].", 1),
    ("en", "Protesters planned a large demonstration in Little Havana on [Saturday].", 1),
    ("en", "The mayor will decide, his office says about the long meeting in [March].", 0),
    # An expression that opens its sentence takes the tense of the main verb, however far.
    ("en", "On [Tuesday], the National Abortion Rights Action League plans to meet.", 1),
    (
        "en",
        "In [January], a week after the anniversary of the decision, a bomb killed a guard.",
        -1,
    ),
    # Irregular participles after an auxiliary are no past tense ...
    ("en", "He may lose when the case is heard in [May].", 0),
    ("en", "The accession would still be held at the summit on [April 24].", 1),
    # ... except in the perfect, which reports the past.
    ("en", "Police say they have gathered evidence in the [October] slaying.", -1),
    # After a determiner a past form is an adjective ("the reduced dividend").
    ("en", "The revised figures are due in [March].", 0),
    # "be to" and "set to" with an infinitive point ahead.
    ("en", "The peace process is set to resume [Monday] in Belfast.", 1),
    ("en", "He is to resume trading in Paris [Tuesday].", 1),
    # "plan to" points ahead, "the plan" names a thing.
    ("en", "They did not plan to remove him on [Thursday].", 1),
    ("en", "The thrift announced the plan [Aug. 21].", -1),
    # Payment and effective dates lie ahead.
    ("en", "The board declared a split, payable [Dec. 7] to holders.", 1),
    # News names past events by nouns such as "slaying".
    ("en", "Police have searched for him since shortly after the [Oct. 23] slaying.", -1),
    # "to" before a past form is a preposition, not the start of an infinitive.
    ("en", "The ambassador to Venezuela said on [Tuesday] that it was over.", -1),
    ("de", "Die Schule wurde am [Montag] eröffnet.", -1),
    ("de", "Die Schule wird am [Montag] eröffnet.", 1),
    ("de", "Seit [Montag] ist die Straße gesperrt.", -1),
    ("de", "Die Straße bleibt bis [Montag] gesperrt.", 1),
    ("de", "Das Fest ist am [Montag].", 0),
]


@pytest.mark.parametrize(("lang", "marked", "expected"), CASES)
def test_tense_around_an_expression(lang, marked, expected):
    at = marked.index("[")
    text = marked.replace("[", "").replace("]", "")
    assert tense_at(text, 0, len(text), at, grammar(lang).tense) == expected
