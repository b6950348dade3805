"""The sentences that say what happened on a day: representative of the day's sentences
(close to their centroid), none a near-duplicate of another (maximal marginal relevance)."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tui.core.model import Event
from tui.core.stories.corpus import SentenceKey, sentence_key
from tui.core.stories.model import KeySentence
from tui.core.stories.vectors import Vector, centroid, cosine


@dataclass(frozen=True, slots=True)
class SelectionRule:
    """Chosen on the development topics (benchmarks/tls_eval.py, benchmarks/tls_tune.py):
    sentences of 10 to 40 words scored best; a bonus for dating itself in so many words did
    not help; the corpus's centroid pulling the day's helped on every topic left out, a
    bonus for an article's first sentences did not, nor did a bonus for sentences whose story
    event many articles report (it lowered the concatenated ROUGE figures; without it the
    count baseline's selection is ours, and only the days tell the two apart)."""

    #: Relevance against redundancy in maximal marginal relevance.
    balance: float = 0.7
    #: Two sentences this alike are one: the second is never chosen.
    duplicate: float = 0.5
    #: A sentence shorter or longer than this (in words) says too little or too much.
    min_words: int = 10
    max_words: int = 40
    #: Weight of a sentence whose story event many articles report (grows with the root of
    #: their number); off by default (see above).
    story_bonus: float = 0.0
    #: How far the whole corpus's centroid pulls the day's: a key date is told in the
    #: story's own words, not in a day's stray topics.
    topic_pull: float = 0.6
    #: Weight of a sentence among the first ``lead_sentences`` of its article (news puts
    #: what happened first).
    lead_bonus: float = 0.0
    lead_sentences: int = 3


def select_sentences(
    events: Sequence[Event],
    vector: Callable[[Event], Vector],
    k: int,
    *,
    sources: Callable[[Event], int] = lambda _: 1,
    topic: Vector | None = None,
    position: Callable[[Event], int] = lambda _: 0,
    rule: SelectionRule | None = None,
) -> list[KeySentence]:
    """Up to ``k`` sentences of ``events`` (one day's), most representative first.

    ``sources``: how many articles report an event's story event; ``topic``: the centroid
    of the corpus; ``position``: which sentence of its article an event's is."""
    rule = rule or SelectionRule()
    candidates = _candidates(events, rule)
    vectors = [vector(event) for event in candidates]
    pulled = _pulled(centroid(vectors), topic or {}, rule.topic_pull)

    def weight(event: Event) -> float:
        story = 1.0 + rule.story_bonus * (sources(event) - 1) ** 0.5
        lead = 1.0 + (rule.lead_bonus if position(event) < rule.lead_sentences else 0.0)
        return story * lead

    relevance = [pulled(v) * weight(e) for e, v in zip(candidates, vectors, strict=True)]
    chosen: list[int] = []
    while len(chosen) < k:
        best, best_score = -1, float("-inf")
        for i in range(len(candidates)):
            if i in chosen:
                continue
            overlap = max((cosine(vectors[i], vectors[j]) for j in chosen), default=0.0)
            if overlap >= rule.duplicate:
                continue
            score = rule.balance * relevance[i] - (1 - rule.balance) * overlap
            if score > best_score:
                best, best_score = i, score
        if best < 0:
            break
        chosen.append(best)
    return [_key_sentence(candidates[i]) for i in chosen]


def _candidates(events: Sequence[Event], rule: SelectionRule) -> list[Event]:
    """One event per sentence, and per wording (agencies' copies are one sentence)."""
    unique: dict[SentenceKey | str, Event] = {}
    fitting = [e for e in events if rule.min_words <= len(e.text.split()) <= rule.max_words]
    # A day told only in short or long sentences still gets one.
    for event in fitting or events:
        wording = " ".join(event.text.lower().split())
        if sentence_key(event) not in unique and wording not in unique:
            unique[sentence_key(event)] = unique[wording] = event
    return list({id(e): e for e in unique.values()}.values())


def _pulled(middle: Vector, topic: Vector, pull: float) -> Callable[[Vector], float]:
    """The cosine of a vector to ``middle + pull * topic``, without adding the two: the
    corpus's centroid holds every word of the corpus, and copying it for each of hundreds
    of days took most of a summary's time."""
    if not topic or not pull:
        return lambda v: cosine(v, middle)
    # |m + p t|^2 = |m|^2 + 2 p m.t + p^2 |t|^2, both vectors of unit length (or empty).
    norm = math.sqrt((1.0 if middle else 0.0) + 2 * pull * cosine(middle, topic) + pull**2)
    if norm == 0.0:
        return lambda _: 0.0
    return lambda v: (cosine(v, middle) + pull * cosine(v, topic)) / norm


def _key_sentence(event: Event) -> KeySentence:
    return KeySentence(event.text, event.document, event.start, event.end, event.id)
