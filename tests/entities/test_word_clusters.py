"""The word-cluster component: a table of word -> cluster kept in the model's folder."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import spacy
from spacy.strings import hash_string

from tui.core.entities.word_clusters import FACTORY, bit_prefix


def _table(path: Path, clusters: dict[str, int]) -> Path:
    keys = np.array([hash_string(w) for w in clusters], dtype=np.uint64)
    values = np.array(list(clusters.values()), dtype=np.uint16)
    order = np.argsort(keys)
    np.savez(path, keys=keys[order], clusters=values[order])
    return path


def _pipeline(table: Path) -> spacy.language.Language:
    nlp = spacy.blank("de")
    nlp.add_pipe(FACTORY, config={"prefix_bits": 3})
    nlp.get_pipe(FACTORY).initialize(lambda: [], nlp=nlp, table=str(table))
    return nlp


def test_prefix_is_the_start_of_the_path_stored_lowest_bit_first():
    # Path 1,0,1,1 is stored as 0b1101.
    assert bit_prefix(0b1101, 2) == 0b01
    assert bit_prefix(0b1101, 3) == 0b101
    assert bit_prefix(0b1101, 8) == 0b1101


def test_known_words_get_their_cluster_and_unknown_words_nothing(tmp_path: Path):
    nlp = _pipeline(_table(tmp_path / "t.npz", {"Hamburg": 80, "Bremen": 80, "sagte": 0b1110}))
    doc = nlp("Bremen sagte Qwzx in Hamburg")
    assert [t.tag_ for t in doc] == ["c80", "c14", "", "", "c80"]
    assert [str(t.morph) for t in doc] == ["Cp=0", "Cp=6", "", "", "Cp=0"]
    # Words are looked up as written: a cluster belongs to one form.
    assert nlp("hamburg")[0].tag_ == ""


def test_table_travels_with_the_pipeline(tmp_path: Path):
    nlp = _pipeline(_table(tmp_path / "t.npz", {"Bremen": 80}))
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert loaded("Bremen")[0].tag_ == "c80"


def test_empty_document_and_empty_table(tmp_path: Path):
    nlp = _pipeline(_table(tmp_path / "t.npz", {"Bremen": 80}))
    assert len(nlp("")) == 0
    bare = spacy.blank("de")
    bare.add_pipe(FACTORY)
    assert bare("Bremen")[0].tag_ == ""
