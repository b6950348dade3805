"""Large-corpus word clusters as a feature for the NER model.

Brown clusters group words that occur in the same contexts in a very large corpus: an
unseen surname falls in with other surnames, a town with towns, a company with companies,
which no word list and no form of the word can tell the model. This spaCy component looks
each token up in a table of word -> cluster (built at training time and saved inside the
model's folder, so nothing is read from elsewhere at run time) and writes the cluster into
``token.tag_`` and a coarse prefix of its bit path into ``token.morph``: the bundled
pipeline has neither a tagger nor a morphologizer, and the model's embedding hashes both
slots next to the word's form. The component knows no language; the table does.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import numpy as np
from spacy.language import Language
from spacy.util import minibatch

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    from thinc.types import Ints2d

FACTORY = "timeline_word_clusters"
_TABLE = "clusters.npz"


def bit_prefix(cluster: int, bits: int) -> int:
    """The first ``bits`` steps of a cluster's path. The tables store a path of steps
    ``b0 b1 ...`` as the integer whose lowest bit is ``b0`` (spaCy 2's convention), so a
    prefix is the lowest bits."""
    return cluster & ((1 << bits) - 1)


class WordClusters:
    """Writes each known word's cluster (``token.tag_``) and path prefix (``token.morph``)."""

    def __init__(self, vocab: Vocab, name: str, prefix_bits: int) -> None:
        self.vocab = vocab
        self.name = name
        self.prefix_bits = prefix_bits
        # Sorted 64-bit string hashes of the words (a token's ``orth``), and their clusters.
        self.keys = np.zeros(0, dtype=np.uint64)
        self.clusters = np.zeros(0, dtype=np.uint16)
        # Per cluster, the hashes of the strings the component writes (registered with the
        # vocabulary), so a document is annotated with one array rather than per token.
        self._tag_of = np.zeros(0, dtype=np.uint64)
        self._morph_of = np.zeros(0, dtype=np.uint64)

    def initialize(
        self, get_examples: Callable[[], Iterable[Any]], *, nlp: Language, table: str
    ) -> None:
        """Read the table that ``training/ner_de/build_clusters.py`` wrote."""
        self._read(Path(table))

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 1000) -> Iterator[Doc]:
        """The documents annotated a batch at a time: one look-up in the table for all the
        words of a batch (numpy's per-call cost is most of a sentence's)."""
        for batch in minibatch(docs, size=batch_size):
            self._annotate(batch)
            yield from batch

    def _annotate(self, docs: list[Doc]) -> None:
        if not len(self.keys):
            return
        orths = [doc.to_array("ORTH").astype(np.uint64) for doc in docs]
        words = np.concatenate(orths) if orths else np.zeros(0, dtype=np.uint64)
        if not len(words):
            return
        places = np.minimum(np.searchsorted(self.keys, words), len(self.keys) - 1)
        found = self.keys[places] == words
        clusters = self.clusters[places[found]]
        values = np.zeros((len(words), 2), dtype=np.uint64)
        values[found, 0] = self._tag_of[clusters]
        values[found, 1] = self._morph_of[clusters]
        start = 0
        for doc in docs:
            if len(doc):
                doc.from_array(["TAG", "MORPH"], cast("Ints2d", values[start : start + len(doc)]))
            start += len(doc)

    def _read(self, path: Path) -> None:
        with np.load(path) as table:
            self.keys = table["keys"]
            self.clusters = table["clusters"]
        size = int(self.clusters.max()) + 1 if len(self.clusters) else 0
        self._tag_of = np.zeros(size, dtype=np.uint64)
        self._morph_of = np.zeros(size, dtype=np.uint64)
        # The clusters present, in order (np.unique would import numpy.ma: 25-70 ms).
        for cluster in np.flatnonzero(np.bincount(self.clusters, minlength=size)).tolist():
            self._tag_of[cluster] = self.vocab.strings.add(f"c{cluster}")
            prefix = bit_prefix(cluster, self.prefix_bits)
            self._morph_of[cluster] = self.vocab.morphology.add(f"Cp={prefix}")

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        np.savez(folder / _TABLE, keys=self.keys, clusters=self.clusters)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> WordClusters:
        self._read(Path(path) / _TABLE)
        return self


@Language.factory(FACTORY, default_config={"prefix_bits": 6})
def make_word_clusters(nlp: Language, name: str, prefix_bits: int) -> WordClusters:
    return WordClusters(nlp.vocab, name, prefix_bits)
