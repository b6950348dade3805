"""Event titles: a sentence compressed to a readable line of at most ~80 characters that
keeps its subject and main verb.

``clauses`` finds the side clauses (the events builder dates them apart too), ``verbs`` the
main verb without a POS tagger (from the words of ``clues``, over ``tokens``), ``compression``
puts the steps together: ``normalise`` the sentence, drop parts (``dropping``, ``fronted``)
while it is too long, then ``cut`` it with "…".
"""

from tui.core.events.titles.clauses import subordinate_clauses
from tui.core.events.titles.compression import TITLE_LIMIT, compress
from tui.core.events.titles.verbs import keeps_main_verb, main_verb

__all__ = ["TITLE_LIMIT", "compress", "keeps_main_verb", "main_verb", "subordinate_clauses"]
