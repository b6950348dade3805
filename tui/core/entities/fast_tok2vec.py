"""The recogniser's token vectors computed by our own code: thinc's arrays, in less time.

spaCy's entity recogniser (``TransitionBasedParser.v2``) first turns each token into a
vector: a hash embedding of some of its attributes mixed by a maxout layer
(``MultiHashEmbed.v2``), a few residual window layers (``MaxoutWindowEncoder.v2``), then a
linear projection to the parser's width. thinc runs that as some sixty small layers, each
with its own allocations, copies, checks and callbacks. :class:`TokenVectors` does the same
arithmetic over the whole batch at once, in the same order and with the same numpy and BLAS
calls where the order of operations matters, but for one product:

- the hash embedding by thinc's own kernels, each distinct value of an attribute in the
  batch embedded and multiplied by its part of the mixing layer once (the one place where
  the sums come out in another order than thinc's: ~1e-6 apart);
- one matrix product per layer; the maxout by ``np.maximum`` over the pieces; the layer
  norm in place, the variance from the differences already taken;
- each layer's window written by slicing into one buffer, and of the last layer only the
  tokens' rows (not the padding's).

It serves only a network whose layers are exactly those (:func:`from_model` checks each
layer's function, settings and weights; anything else keeps spaCy's path), and only
during a reading (:mod:`.reading`): training and a model called directly run thinc's
layers as before. The weights are the model's own arrays, taken when the model is loaded.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np

from tui.core.entities.blas import reading_now

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from thinc.api import Model

#: What thinc's layer norm adds to the variance.
_VARIANCE_EPSILON = 1e-08


class Maxout(NamedTuple):
    """A maxout layer and the layer norm after it (thinc's ``Maxout(normalize=True)``)."""

    weights_t: np.ndarray  # (inputs, outputs × pieces): a transposed view, as thinc's
    bias: np.ndarray  # (outputs × pieces,)
    pieces: int
    gain: np.ndarray  # the layer norm's scale, (outputs,)
    shift: np.ndarray  # the layer norm's bias, (outputs,)

    def __call__(self, inputs: np.ndarray) -> np.ndarray:
        return self.finish(np.dot(inputs, self.weights_t))

    def finish(self, mixed: np.ndarray) -> np.ndarray:
        """The layer's output from the product of its input and weights (changed)."""
        mixed += self.bias
        pieces = mixed.reshape(len(mixed), -1, self.pieces)
        # The largest piece, as thinc's maxout takes it (``max(axis=2)`` is many times
        # slower on so short an axis).
        best = pieces[:, :, 0].copy()
        for piece in range(1, self.pieces):
            np.maximum(best, pieces[:, :, piece], out=best)
        # thinc's layer norm, each value computed as there: ``mean`` as ``ndarray.mean``
        # and ``variance`` as ``ndarray.var`` compute them (with float32 sums), the latter
        # without computing the mean and the differences again.
        count = best.shape[1]
        mean = np.add.reduce(best, axis=1, keepdims=True)
        mean /= count
        best -= mean
        variance = np.add.reduce(np.square(best), axis=1, keepdims=True)
        variance /= count
        variance += _VARIANCE_EPSILON
        best *= variance ** (-1.0 / 2.0)
        best *= self.gain
        best += self.shift
        return best


class HashTable(NamedTuple):
    """One attribute's hash embedding."""

    seed: int
    vectors: np.ndarray  # (rows, width)


class TokenVectors(NamedTuple):
    """One recogniser's token-vector network: its weights and its forward pass."""

    columns: tuple[str, ...]  # the token attributes, as ``Doc.to_array`` takes them
    tables: tuple[HashTable, ...]  # one per attribute
    mix: Maxout
    layers: tuple[Maxout, ...]  # the residual window layers
    window: int  # tokens each side
    pad: int  # zero rows around each document (thinc's ``with_array(pad=…)``)
    projection_t: np.ndarray  # the last linear layer: a transposed view, (width, out)
    projection_bias: np.ndarray

    def __call__(self, docs: Sequence[Doc]) -> np.ndarray:
        """The vectors of all tokens of ``docs``, one document after another, as the
        recogniser's first layer (``list2array`` and the linear layer after the tok2vec)
        gives them. At least one document must have a token."""
        lengths = [len(doc) for doc in docs if len(doc)]
        columns: list[int | str] = list(self.columns)
        features = np.concatenate([doc.to_array(columns) for doc in docs if len(doc)])
        by_attribute = np.ascontiguousarray(features.T, dtype=np.uint64)
        ops = _ops()
        width = len(self.tables[0].vectors[0])
        mixed: np.ndarray | None = None
        for column, (ids, table) in enumerate(zip(by_attribute, self.tables, strict=True)):
            # An article repeats most of its values (a seed article: 788 distinct of 3,507
            # attribute values): each distinct one is embedded and multiplied by its part
            # of the mixing layer once. thinc multiplies all parts in one product, whose
            # sums come out in another order: ~1e-6 apart.
            distinct, where = _distinct(ids)
            keys = ops.hash(distinct, table.seed) % len(table.vectors)
            part = self.mix.weights_t[column * width : (column + 1) * width]
            product = np.dot(ops.gather_add(table.vectors, keys), part)
            if mixed is None:
                mixed = product[where]
            else:
                mixed += product[where]
        assert mixed is not None
        vectors = self.mix.finish(mixed)
        projected = np.dot(self._encoded(vectors, lengths), self.projection_t)
        projected += self.projection_bias
        return projected

    def _encoded(self, vectors: np.ndarray, lengths: list[int]) -> np.ndarray:
        width = vectors.shape[1]
        # The documents with ``pad`` zero rows before each and after the last, as thinc's
        # flatten lays them out; the padding rows go through the layers too, and the
        # tokens at a document's edges see them.
        places = _token_rows(lengths, self.pad)
        rows = np.zeros((len(vectors) + self.pad * (len(lengths) + 1), width), np.float32)
        rows[places] = vectors
        span = 2 * self.window + 1
        windows = np.zeros((len(rows), span * width), np.float32)
        for depth, layer in enumerate(self.layers, start=1):
            for slot in range(span):
                shift = slot - self.window
                part = windows[:, slot * width : (slot + 1) * width]
                if shift < 0:
                    part[-shift:] = rows[:shift]
                elif shift > 0:
                    part[:-shift] = rows[shift:]
                else:
                    part[:] = rows
            if depth == len(self.layers):
                # Only the tokens' rows are read from the last layer.
                return rows[places] + layer(windows[places])
            rows = rows + layer(windows)
        return rows[places]


def _distinct(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct ``values`` in order, and where each value is among them: what
    ``np.unique(values, return_inverse=True)`` gives, without the import of ``numpy.ma``
    it can cost a cold start (tens of milliseconds)."""
    order = np.argsort(values)
    ordered = values[order]
    starts = np.empty(len(values), dtype=bool)
    starts[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=starts[1:])
    where = np.empty(len(values), dtype=np.intp)
    where[order] = np.cumsum(starts) - 1
    return ordered[starts], where


def _token_rows(lengths: list[int], pad: int) -> np.ndarray:
    """Where each token's row is among the padded rows."""
    starts = np.cumsum([0, *lengths[:-1]]) + pad * np.arange(1, len(lengths) + 1)
    return np.concatenate(
        [np.arange(start, start + n) for start, n in zip(starts, lengths, strict=True)]
    )


@cache
def _ops() -> Any:
    from thinc.api import NumpyOps

    return NumpyOps()


def install(nlp: Language) -> None:
    """Each entity recogniser of ``nlp`` whose token-vector network is one
    :class:`TokenVectors` knows computes it with that during a reading."""
    from spacy.pipeline import EntityRecognizer

    for _, component in nlp.components:
        if isinstance(component, EntityRecognizer):
            first = component.model.layers[0] if component.model.layers else None
            network = from_model(first) if first is not None else None
            if first is not None and network is not None and first._func is _root():
                first._func = _forward(network, first._func)


def _forward(network: TokenVectors, thincs: Callable[..., Any]) -> Callable[..., Any]:
    def forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[Any, Callable]:
        if is_train or not reading_now() or not any(len(doc) for doc in docs):
            return thincs(model, docs, is_train)
        return network(docs), _no_backprop

    forward.__wrapped__ = thincs  # type: ignore[attr-defined]
    return forward


def _no_backprop(gradient: Any) -> Any:
    raise NotImplementedError("the reading's token vectors are for inference only")


def from_model(model: Model) -> TokenVectors | None:
    """The network of ``model``, the first layer of spaCy's ``TransitionBasedParser.v2``
    over a ``Tok2Vec.v2`` of ``MultiHashEmbed.v2`` (without static vectors) and
    ``MaxoutWindowEncoder.v2``, on the CPU; None for any other."""
    try:
        return _read_network(model)
    except _Unknown:
        return None


class _Unknown(Exception):
    """A layer that is not where, or what, this code expects."""


def _read_network(model: Model) -> TokenVectors:

    parts = _chained(model)
    _expect(
        parts,
        _thinc("featureextractor", "spacy.ml"),
        _thinc("list2ragged"),
        _thinc("with_array"),
        _thinc("with_array"),
        _thinc("ragged2list"),
        _thinc("with_array"),
        _thinc("list2array"),
        _thinc("linear"),
    )
    features, _, embed, mix, _, encode, _, projection = parts
    columns = tuple(features.attrs["columns"])
    if embed.attrs["pad"] != 0 or mix.attrs["pad"] != 0:
        raise _Unknown
    (joined,) = _one(embed.layers)
    _expect([joined], _thinc("concatenate"))
    tables = []
    for column, table in enumerate(joined.layers):
        getitem, embedding = _expect(_chained(table), _thinc("array_getitem"), _thinc("hashembed"))
        if getitem.attrs["index"] != (slice(0, None, None), column):
            raise _Unknown
        tables.append(HashTable(int(embedding.attrs["seed"]), _param(embedding, "E")))
    if len(tables) != len(columns) or not tables:
        raise _Unknown
    mixing = _maxout(_chained(_one(mix.layers)[0]))
    width = tables[0].vectors.shape[1]
    if any(t.vectors.shape[1] != width for t in tables):
        raise _Unknown
    if mixing.weights_t.shape[0] != width * len(tables):
        raise _Unknown
    layers = []
    windows = set()
    for block in _chained(_one(encode.layers)[0]):
        _expect([block], _thinc("residual"))
        window, *rest = _chained(_one(block.layers)[0])
        _expect([window], _thinc("expand_window"))
        windows.add(int(window.attrs["window_size"]))
        layers.append(_maxout(rest))
    if len(windows) != 1 or not layers:
        raise _Unknown
    (size,) = windows
    out = mixing.shift.shape[0]
    for layer in layers:
        if layer.weights_t.shape[0] != out * (2 * size + 1) or layer.shift.shape[0] != out:
            raise _Unknown
    weights = _param(projection, "W")
    if weights.shape[1] != out:
        raise _Unknown
    return TokenVectors(
        columns=columns,
        tables=tuple(tables),
        mix=mixing,
        layers=tuple(layers),
        window=size,
        pad=int(encode.attrs["pad"]),
        projection_t=weights.T,
        projection_bias=_param(projection, "b"),
    )


def _maxout(parts: list[Model]) -> Maxout:
    layer, norm, _ = _expect(parts, _thinc("maxout"), _thinc("layernorm"), _thinc("dropout"))
    weights = _param(layer, "W")  # (outputs, pieces, inputs)
    outputs, pieces, inputs = weights.shape
    gain = _param(norm, "G")
    if gain.shape != (outputs,) or _param(layer, "b").shape != (outputs, pieces):
        raise _Unknown
    return Maxout(
        # thinc multiplies by the transposed (outputs × pieces, inputs) view.
        weights_t=weights.reshape(outputs * pieces, inputs).T,
        bias=_param(layer, "b").reshape(outputs * pieces),
        pieces=pieces,
        gain=gain,
        shift=_param(norm, "b"),
    )


def _root() -> Callable[..., Any]:
    return _thinc("chain")


def _chained(model: Model) -> list[Model]:
    """The layers of a chain, nested chains opened; any other layer alone. (A chain whose
    forward :func:`install` replaced counts as the chain it was.)"""
    if inspect.unwrap(model._func) is _thinc("chain"):
        return [part for layer in model.layers for part in _chained(layer)]
    return [model]


def _thinc(module: str, package: str = "thinc.layers") -> Callable[..., Any]:
    """The forward function of a layer kind (its module's ``forward``)."""
    forward: Callable[..., Any] = importlib.import_module(f"{package}.{module}").forward
    return forward


def _expect(parts: list[Model], *functions: Callable[..., Any]) -> list[Model]:
    if len(parts) != len(functions) or any(
        part._func is not function for part, function in zip(parts, functions, strict=True)
    ):
        raise _Unknown
    return parts


def _one(layers: list[Model]) -> list[Model]:
    if len(layers) != 1:
        raise _Unknown
    return layers


def _param(layer: Model, name: str) -> np.ndarray:
    if not layer.has_param(name):
        raise _Unknown
    value: Any = layer.get_param(name)
    if type(value) is not np.ndarray or value.dtype != np.float32:
        raise _Unknown
    return value
