"""The project's spaCy components the German model uses, for ``spacy train --code``."""

from tui.core.entities import word_classes, word_clusters

__all__ = ["word_classes", "word_clusters"]
