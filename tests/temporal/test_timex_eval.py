"""The evaluation harness scores the TempEval-3 way (checked on inline TimeML, no corpus)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "timex_eval.py"
_SPEC = importlib.util.spec_from_file_location("timex_eval", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
timex_eval = importlib.util.module_from_spec(_SPEC)
sys.modules["timex_eval"] = timex_eval  # dataclasses look their module up
_SPEC.loader.exec_module(timex_eval)

GOLD = (
    '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2024-12-05">2024-12-05</TIMEX3></DCT>'
    '<TEXT>Er kam am <TIMEX3 tid="t1" type="DATE" value="2024-12-04">Mittwoch</TIMEX3> '
    'an &amp; blieb <TIMEX3 tid="t2" type="DURATION" value="P3D">drei Tage</TIMEX3>. '
    'Seit <TIMEX3 tid="t3" type="DATE" value="2019">2019</TIMEX3> lebt er hier.</TEXT></TimeML>'
)


def _document(tmp_path: Path, markup: str, name: str = "doc.tml"):
    path = tmp_path / name
    path.write_text(markup, encoding="utf-8")
    return timex_eval.read_document(path)


def test_reads_text_dct_and_gold_offsets(tmp_path):
    doc = _document(tmp_path, GOLD)
    assert doc.dct == "2024-12-05"
    assert doc.text == "Er kam am Mittwoch an & blieb drei Tage. Seit 2019 lebt er hier."
    assert [doc.text[m.start : m.end] for m in doc.gold] == ["Mittwoch", "drei Tage", "2019"]


def test_strict_relaxed_type_and_value_scores(tmp_path):
    doc = _document(tmp_path, GOLD)
    mention = timex_eval.Mention
    start = doc.text.index("am Mittwoch")
    system = [
        mention(start, start + len("am Mittwoch"), "DATE", "2024-12-04"),  # relaxed only
        mention(doc.gold[1].start, doc.gold[1].end, "DATE", "P3D"),  # wrong type
        mention(0, 2, "DATE", "PRESENT_REF"),  # spurious
    ]
    score = timex_eval.evaluate([doc], [system])
    assert (score.gold, score.system, score.strict, score.relaxed) == (3, 3, 1, 2)
    assert score.prf(score.relaxed)[2] == pytest.approx(2 / 3)
    assert score.type_accuracy == pytest.approx(0.5)
    assert score.value_accuracy == pytest.approx(1.0)
    assert score.value_f1 == pytest.approx(2 / 3)
    assert set(score.errors) == {"missed", "spurious", "wrong span", "wrong type"}


def test_each_gold_matches_one_system_expression(tmp_path):
    doc = _document(tmp_path, GOLD)
    whole = timex_eval.Mention(0, len(doc.text), "DATE", "2024-12-04")
    score = timex_eval.evaluate([doc], [[whole]])
    assert score.relaxed == 1


def test_other_system_must_have_the_same_text(tmp_path):
    docs = [_document(tmp_path, GOLD)]
    other = tmp_path / "other"
    other.mkdir()
    (other / "doc.tml").write_text(GOLD.replace("lebt", "wohnt"), encoding="utf-8")
    with pytest.raises(ValueError, match="differs"):
        timex_eval.read_system(other, docs)


def test_command_line_scores_a_folder(tmp_path, capsys):
    (tmp_path / "a.tml").write_text(GOLD, encoding="utf-8")
    assert timex_eval.main([str(tmp_path), "--lang", "de", "--errors", "1"]) == 0
    out = capsys.readouterr().out
    assert "timeline" in out and "throughput" in out


def test_command_line_reports_a_bad_folder(tmp_path, capsys):
    assert timex_eval.main([str(tmp_path / "missing"), "--lang", "de"]) == 2
    assert "no .tml or .key.xml files" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("1949-XX", "1949"),
        ("1998-10-XX", "1998-10"),
        ("198X", "198"),
        ("2000-W7", "2000-W07"),
        ("2000-W7-WE", "2000-W07-WE"),
        ("2000-W10", "2000-W10"),
        ("PXY", "PXY"),
    ],
)
def test_equivalent_values_merge_only_notational_variants(variant, canonical):
    assert timex_eval.equivalent(variant) == canonical


TIMEX2_GOLD = (
    "<DOC><DOCID>x</DOCID>"
    '<DATETIME> <TIMEX2 val="2011-02-16T17:00:00">2011-02-16T17:00:00</TIMEX2> </DATETIME>'
    '<TEXT>Am <TIMEX2 val="1940-02-21">21. Februar 1940</TIMEX2> fiel die Stadt, '
    'am <TIMEX2 val="1940-03-01" mod="START">1. März</TIMEX2> der Hafen.</TEXT></DOC>'
)


def test_reads_inline_timex2_without_a_publication_date(tmp_path):
    doc = _document(tmp_path, TIMEX2_GOLD, "a.key.xml")
    assert doc.dct is None  # the DATETIME is when the article was retrieved
    assert doc.text == "Am 21. Februar 1940 fiel die Stadt, am 1. März der Hafen."
    assert [(doc.text[m.start : m.end], m.value, m.type) for m in doc.gold] == [
        ("21. Februar 1940", "1940-02-21", ""),
        ("1. März", "1940-03-01", ""),
    ]


def test_timex2_has_no_type_to_score(tmp_path, capsys):
    doc = _document(tmp_path, TIMEX2_GOLD, "a.key.xml")
    system = [timex_eval.Mention(m.start, m.end, "DATE", m.value) for m in doc.gold]
    score = timex_eval.evaluate([doc], [system])
    assert score.type_accuracy is None and score.value_f1 == pytest.approx(1.0)
    assert " n/a " in timex_eval.format_row("timeline", score)
    assert timex_eval.main([str(tmp_path), "--lang", "de", "--genre", "narrative"]) == 0
    assert "1 documents" in capsys.readouterr().out
