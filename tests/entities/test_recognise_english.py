"""English names through the public entity API, when an English pipeline is installed
(an official ``en_core_web_*`` or the pinned copy of ``en_core_web_sm``)."""

from __future__ import annotations

import pytest

from tui.core.entities import models, recognise

from .conftest import item

pytestmark = pytest.mark.skipif(
    models.choose("en") is None, reason="no English NER pipeline installed"
)

TEXT = (
    "Meta chief executive Mark Zuckerberg had dinner with President-elect Donald Trump in "
    "Florida, Stephen Miller told Fox News. Zuckerberg had banned Trump from Facebook in "
    "2021. A Meta spokesperson told the BBC that Zuckerberg was grateful for the invitation."
)


def test_english_article_names():
    mentions, entities = recognise([item(TEXT, lang="en")])
    by_name = {e.name: e for e in entities}
    assert by_name["Mark Zuckerberg"].label == "PER"
    assert "Zuckerberg" in by_name["Mark Zuckerberg"].aliases
    assert by_name["Donald Trump"].label == "PER"
    assert by_name["Stephen Miller"].label == "PER"
    assert by_name["Florida"].label == "LOC"
    assert {by_name[n].label for n in ("Fox News", "BBC", "Meta")} == {"ORG"}
    assert not any(m.text in {"dinner", "invitation", "2021"} for m in mentions[0])
