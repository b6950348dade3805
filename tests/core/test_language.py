from __future__ import annotations

import pytest

from tui.core.language import detect

GERMAN = "Der Stadtrat hat am Dienstag den Haushalt beschlossen, und die Opposition ist nicht froh."
ENGLISH = "The council passed the budget on Tuesday, and the opposition is not happy with it."
FRENCH = (
    "Le conseil municipal a adopté le budget mardi, et l'opposition n'est pas contente du"
    " tout. Les syndicats ont appelé à la grève dans toute la ville dès la semaine prochaine."
)


@pytest.mark.parametrize(("text", "lang"), [(GERMAN, "de"), (ENGLISH, "en")])
def test_supported_languages_are_detected(text: str, lang: str) -> None:
    detection = detect(text)
    assert (detection.lang, detection.supported) == (lang, True)


def test_other_languages_are_named_and_flagged() -> None:
    detection = detect(FRENCH)
    assert (detection.lang, detection.supported) == ("fr", False)


def test_a_terse_headline_gets_a_supported_language() -> None:
    assert detect("Trump dinner plans").supported


def test_a_short_headline_is_decided_by_its_few_function_words() -> None:
    assert detect("Matthias Lošek ist neuer Operndirektor beim Haydn-Orchester").lang == "de"
    assert detect("Rain is back in the valley").lang == "en"
