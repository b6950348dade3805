"""The entity recogniser's walk through its moves, for a whole batch at once, with numpy.

spaCy's recogniser reads a batch of sentences one token a step: at each step it scores the
moves of every unfinished sentence (Begin, In, Last or Unit of a label, or Out), takes the
best valid one, and goes on. Its step loop goes through Python objects for every sentence at
every step, about 160 microseconds a step, a fifth of a seed-sized article's analysis. This
module takes the same steps with arrays of all the sentences' states: the same features
(the token under the cursor, the first token of the open entity, the token before the
cursor), the same precomputed hidden layer and output layer of the model's own weights, the
same rules of which move is valid, and the same choice. The reading uses spaCy's beam search
of width one (:mod:`.reading`), which adds each move's score to the state's running score
in single precision and takes the highest sum, the higher move number on a tie; so does
this, so the entities are the same, bit for bit.

It is used only for the architecture it knows (``TransitionBasedParser.v2`` with a hidden
layer, three state features, spaCy's BILUO moves) and only on documents without preset
entities; otherwise spaCy's own loop runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from thinc.api import Model

#: Move kinds, as the class names spell them ("B-PER", "O").
_BEGIN, _IN, _LAST, _UNIT, _OUT = range(5)
_KINDS = {"B": _BEGIN, "I": _IN, "L": _LAST, "U": _UNIT, "O": _OUT}


class Decoder(NamedTuple):
    """One recogniser's moves and the weights that score them."""

    kinds: np.ndarray  # (classes,): the kind of each move
    labels: np.ndarray  # (classes,): the label's index in ``names``; -1 for none
    names: tuple[str, ...]  # the labels
    possible: np.ndarray  # (classes,): moves that can ever be valid (a label where needed)
    next_code: np.ndarray  # (classes,): the state after the move: 0 closed, 1 + open label
    first: Model  # the token vectors
    lower: Model  # the precomputed hidden layer
    bias: np.ndarray  # (hidden, pieces): the hidden layer's bias
    upper_weights: np.ndarray  # (classes, hidden)
    upper_bias: np.ndarray  # (classes,)
    unseen: np.ndarray | None  # (classes,): moves the model never learnt, if any

    def read(self, docs: Sequence[Doc]) -> None:
        """Set the entities of ``docs`` (none of which has preset entities)."""
        from spacy.tokens import Span

        lengths = np.array([len(doc) for doc in docs], dtype=np.intp)
        found = self._walk(docs, lengths) if lengths.any() else [[] for _ in docs]
        for doc, spans in zip(docs, found, strict=True):
            ents = [Span(doc, start, end, label=self.names[label]) for start, end, label in spans]
            doc.set_ents(ents, default="outside")

    def _walk(self, docs: Sequence[Doc], lengths: np.ndarray) -> list[list[tuple[int, int, int]]]:
        """Each document's entities as (start, end, label index)."""
        vectors = self.first.predict(list(docs))
        # (tokens + 1, features, pieces, width): each piece's values side by side.
        hidden = self.lower.predict(vectors).transpose(0, 1, 3, 2)
        count = len(hidden) - 1
        # Per feature, the tokens' rows and, last, the padding (a missing token).
        at_cursor = np.ascontiguousarray(hidden[1:, 0])
        entity_start = np.concatenate([hidden[1:, 1], hidden[:1, 1]])
        before_cursor = np.concatenate([hidden[1:, 2], hidden[:1, 2]])
        bias = np.ascontiguousarray(self.bias.T)
        valid_moves = self._valid_moves(docs, count)
        # The documents longest first, so that the unfinished ones are always the first k.
        order = np.argsort(-lengths, kind="stable")
        ordered_lengths = lengths[order]
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])[order]
        # A state: 0 when no entity is open, else 1 + the open entity's label; and where
        # the open entity starts in the batch.
        code = np.zeros(len(docs), dtype=np.intp)
        opened_at = np.zeros(len(docs), dtype=np.intp)
        score = np.zeros(len(docs), dtype=np.float32)
        steps = int(ordered_lengths[0])
        choices = np.zeros((steps, len(docs)), dtype=np.intp)
        weights_t = self.upper_weights.T
        classes = len(self.kinds)
        begin_moves = self.kinds == _BEGIN
        next_code = self.next_code
        rows = np.arange(len(docs))
        unfinished = len(docs)
        for step in range(steps):
            while ordered_lengths[unfinished - 1] <= step:
                unfinished -= 1
            k = unfinished
            cursor = starts[:k] + step
            is_open = code[:k] > 0
            # The features as spaCy sums them: cursor, entity start, token before the cursor.
            state = at_cursor[cursor] + entity_start[np.where(is_open, opened_at[:k], count)]
            state += before_cursor[np.where(is_open, cursor - 1, count)]
            state += bias
            best = state.max(axis=1)
            scores = np.dot(best, weights_t)
            scores += self.upper_bias
            if self.unseen is not None:
                scores[:, self.unseen] = np.nanmin(scores)
            totals = scores
            totals += score[:k, None]
            totals[~valid_moves[cursor, code[:k]]] = -np.inf
            # The highest total, the higher move on a tie (the beam's priority queue).
            choice = classes - 1 - np.argmax(totals[:, ::-1], axis=1)
            score[:k] = totals[rows[:k], choice]
            choices[step, :k] = choice
            code[:k] = next_code[choice]
            begins = begin_moves[choice]
            opened_at[:k][begins] = cursor[begins]
        if not np.isfinite(score).all():
            raise _NoValidMove
        found: list[list[tuple[int, int, int]]] = [[] for _ in docs]
        for column, start, end, label in self._entities(choices.T, ordered_lengths):
            found[order[column]].append((start, end, label))
        for spans in found:
            spans.sort()
        return found

    def _entities(
        self, choices: np.ndarray, lengths: np.ndarray
    ) -> list[tuple[int, int, int, int]]:
        """The entities that valid sequences of moves make, one sequence a row of
        ``choices`` (``lengths`` long): (row, start, end, label) for a Unit's token or a
        Begin to the next Last."""
        inside = np.arange(choices.shape[1])[None, :] < lengths[:, None]
        kinds = np.where(inside, self.kinds[choices], _OUT)
        labels = self.labels[choices]
        # Row by row, each Begin is followed by its Last before the next Begin.
        begin_rows, begin_at = np.nonzero(kinds == _BEGIN)
        _, last_at = np.nonzero(kinds == _LAST)
        unit_rows, unit_at = np.nonzero(kinds == _UNIT)
        spans = list(
            zip(
                begin_rows.tolist(),
                begin_at.tolist(),
                (last_at + 1).tolist(),
                labels[begin_rows, begin_at].tolist(),
                strict=True,
            )
        )
        spans += zip(
            unit_rows.tolist(),
            unit_at.tolist(),
            (unit_at + 1).tolist(),
            labels[unit_rows, unit_at].tolist(),
            strict=True,
        )
        return spans

    def _valid_moves(self, docs: Sequence[Doc], count: int) -> np.ndarray:
        """(tokens, states, classes): which moves are valid at each token of the batch for
        each state (no entity open, or one of each label), by spaCy's BILUO rules for
        documents without preset entities."""
        remaining, starts_next, space = _token_flags(docs, count)
        two_left = remaining >= 2
        closed = (
            np.stack(
                [
                    two_left & ~starts_next & ~space,  # Begin: room for its Last
                    np.zeros(count, dtype=bool),  # In
                    np.zeros(count, dtype=bool),  # Last
                    ~space,  # Unit
                    np.ones(count, dtype=bool),  # Out
                ],
                axis=1,
            )[:, self.kinds]
            & self.possible
        )
        opened = np.stack(
            [
                np.zeros(count, dtype=bool),  # Begin
                two_left & ~starts_next,  # In: the entity goes on
                np.ones(count, dtype=bool),  # Last
                np.zeros(count, dtype=bool),  # Unit
                np.zeros(count, dtype=bool),  # Out
            ],
            axis=1,
        )[:, self.kinds]
        # With an entity of label l open, In and Last of label l only.
        of_label = self.labels[None, :] == np.arange(len(self.names))[:, None]
        with_open = opened[:, None, :] & of_label[None, :, :]
        return np.concatenate([closed[:, None, :], with_open], axis=1)


class _NoValidMove(Exception):
    """A state with no valid move: a case the rules here do not know; spaCy's loop runs."""


def _token_flags(docs: Sequence[Doc], count: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each token of the batch: how many tokens its document has from it on, whether
    the next token in its document starts a sentence, and whether it is a space."""
    from spacy.attrs import IS_SPACE, SENT_START

    remaining = np.zeros(count, dtype=np.intp)
    starts_next = np.zeros(count, dtype=bool)
    space = np.zeros(count, dtype=bool)
    at = 0
    for doc in docs:
        if not len(doc):
            continue
        flags = doc.to_array([SENT_START, IS_SPACE])
        remaining[at : at + len(doc)] = np.arange(len(doc), 0, -1)
        starts_next[at : at + len(doc) - 1] = flags[1:, 0] == 1
        space[at : at + len(doc)] = flags[:, 1] != 0
        at += len(doc)
    return remaining, starts_next, space


@cache
def decoder_of(recogniser: Any) -> Decoder | None:
    """The decoder of a spaCy entity recogniser, or None for one this module does not know."""
    from spacy.pipeline import EntityRecognizer

    if not isinstance(recogniser, EntityRecognizer) or recogniser.cfg.get("beam_width") != 1:
        return None
    if type(recogniser.moves).__name__ != "BiluoPushDown":
        return None
    model = recogniser.model
    if not model.attrs.get("has_upper") or len(model.layers) != 3:
        return None
    first, lower, upper = model.layers
    if lower.name != "precomputable_affine" or upper.name != "linear":
        return None
    if lower.get_dim("nF") != 3:
        return None
    moves = recogniser.moves
    names: list[str] = []
    kinds, labels = [], []
    for clas in range(moves.n_moves):
        move, _, name = moves.get_class_name(clas).partition("-")
        if move not in _KINDS:
            return None
        kinds.append(_KINDS[move])
        if name and name not in names:
            names.append(name)
        labels.append(names.index(name) if name else -1)
    if upper.get_dim("nO") != len(kinds):
        return None
    kind_array = np.array(kinds, dtype=np.intp)
    label_array = np.array(labels, dtype=np.intp)
    unseen = np.zeros(len(kinds), dtype=bool)
    for clas in model.attrs.get("unseen_classes", ()):
        unseen[clas] = True
    return Decoder(
        kinds=kind_array,
        labels=label_array,
        names=tuple(names),
        possible=(label_array >= 0) | (kind_array == _OUT),
        next_code=np.where(np.isin(kind_array, (_BEGIN, _IN)), label_array + 1, 0),
        first=first,
        lower=lower,
        bias=lower.get_param("b"),
        upper_weights=upper.get_param("W"),
        upper_bias=upper.get_param("b"),
        unseen=unseen if unseen.any() else None,
    )


def read(recogniser: Any, docs: Sequence[Doc]) -> bool:
    """Set the entities of ``docs`` as ``recogniser`` finds them; False (nothing done) for
    a recogniser or documents this module does not know."""
    decoder = decoder_of(recogniser)
    # (spaCy says a document without tokens has every annotation.)
    if decoder is None or any(len(doc) and doc.has_annotation("ENT_IOB") for doc in docs):
        return False
    try:
        decoder.read(docs)
    except _NoValidMove:
        return False
    return True
