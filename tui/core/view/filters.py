"""Position filters: which events the timeline shows.

Each filter answers with the sorted positions it keeps, or None when it keeps every event;
:func:`combine` intersects the answers of independent filters, so a new filter (a curation
overlay, a date range) is one more argument, not a change to the others.
"""

from __future__ import annotations

import functools
import threading
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Literal

from tui.core.model import Entity, Event, EventMark
from tui.core.view.event_index import positions

FilterMode = Literal["any", "all"]

#: Search results kept for going back while typing (Backspace).
SEARCH_CACHE_SIZE = 64


def combine(total: int, *kept: Sequence[int] | None) -> Sequence[int]:
    """The positions (of ``total``) that every filter keeps, ascending."""
    lists = sorted((k for k in kept if k is not None), key=len)
    if not lists:
        return range(total)
    result = lists[0]
    for larger in lists[1:]:
        keep = set(result)
        result = positions([p for p in larger if p in keep])
    return result


class EntityFilter:
    """Events that mention any (or all) of the chosen entities."""

    def __init__(self, by_entity: Mapping[str, array[int]]) -> None:
        self._by_entity = by_entity
        self.active: tuple[str, ...] = ()
        self.mode: FilterMode = "any"

    def toggle(self, entity_id: str) -> None:
        """Add the entity to the filter, or remove it if it is there."""
        if entity_id in self.active:
            self.active = tuple(e for e in self.active if e != entity_id)
        else:
            self.active = (*self.active, entity_id)

    def set(self, entity_ids: Iterable[str]) -> None:
        self.active = tuple(dict.fromkeys(entity_ids))

    def set_mode(self, mode: FilterMode) -> bool:
        """True if what the filter keeps may have changed."""
        if mode == self.mode:
            return False
        self.mode = mode
        return bool(self.active)

    def kept(self) -> array[int] | None:
        if not self.active:
            return None
        lists = [self._by_entity.get(e, positions()) for e in self.active]
        if len(lists) == 1:
            return lists[0]
        if self.mode == "any":
            return positions(sorted(set().union(*lists)))
        lists.sort(key=len)
        common = set(lists[0]).intersection(*lists[1:])
        return positions([p for p in lists[0] if p in common])


def _spellings(entity: Entity) -> str:
    """An entity's name and those of its aliases that the name does not already contain."""
    name = entity.name.casefold()
    aliases = [a.casefold() for a in entity.aliases]
    return " ".join(dict.fromkeys([name, *(a for a in aliases if a not in name)]))


def _haystack(event: Event, names: Mapping[str, str]) -> str:
    """What search looks in for ``event``: its sentence, its title (unless the sentence
    holds it) and its entities' names (``names``: by id). Kept short, since every keystroke
    may scan them all."""
    text = event.text.casefold()
    parts = [text]
    title = event.title.casefold()
    if title.rstrip("…. ") not in text:
        parts.append(title)
    parts.extend(names.get(entity_id, "") for entity_id in dict.fromkeys(event.entities))
    return "\n".join(parts)


class TextSearch:
    """Events whose title, sentence or entity names contain every word of the query."""

    def __init__(self, events: Sequence[Event], entities: Iterable[Entity]) -> None:
        """``events``: the list searched, as it changes (see :meth:`replace`)."""
        self._events = events
        self._names = {e.id: _spellings(e) for e in entities}
        # Made on the first search (or by :meth:`prepare`): for a corpus of 150,000 events
        # about a second that the timeline need not wait for.
        self._built: list[str] | None = None
        self._lock = threading.Lock()
        self.query = ""
        self.words: tuple[str, ...] = ()
        self._result: array[int] | None = None
        self._cache: dict[tuple[str, ...], array[int]] = {}

    def prepare(self) -> None:
        """Make what search looks in now (any thread), not on the first search."""
        self._haystacks()

    def _haystacks(self) -> list[str]:
        with self._lock:
            if self._built is None:
                self._built = [_haystack(event, self._names) for event in self._events]
            return self._built

    def set(self, query: str) -> None:
        words = tuple(query.casefold().split())
        previous = self.query
        self.query = query
        if words == self.words:
            return
        self.words = words
        if not words:
            self._result = None
            return
        # Deleting characters goes back to a result already computed while typing.
        cached = self._cache.get(words)
        if cached is not None:
            self._result = cached
            return
        # Typing on narrows the result: search only among the previous matches.
        narrowing = self._result is not None and query.casefold().startswith(previous.casefold())
        haystacks = self._haystacks()
        candidates = self._result if narrowing else range(len(haystacks))
        result = positions(candidates or ())
        for word in words:
            result = positions([p for p in result if word in haystacks[p]])
        if len(self._cache) >= SEARCH_CACHE_SIZE:
            self._cache.clear()
        self._cache[words] = result
        self._result = result

    def kept(self) -> array[int] | None:
        return self._result

    def replace(self, old: int, new: int, event: Event) -> None:
        """The event at position ``old`` changed and is now at ``new``: search it as it is
        (the results kept are dropped, the current one is searched again)."""
        with self._lock:
            if self._built is not None:  # (else made from the events as they are now)
                del self._built[old]
                self._built.insert(new, _haystack(event, self._names))
        self._search_again()

    def rename(
        self, entities: Mapping[str, Entity], renamed: Iterable[str], changed: Iterable[int]
    ) -> None:
        """Curation changed the entities ``renamed`` (ids; ``entities``: all of them now, by
        id) and the events at ``changed`` (their entities, or the names of their
        entities): search those as they are."""
        for entity_id in renamed:
            entity = entities.get(entity_id)
            if entity is None:
                self._names.pop(entity_id, None)
            else:
                self._names[entity_id] = _spellings(entity)
        with self._lock:
            if self._built is not None:  # (else made from the events as they are now)
                for position in changed:
                    self._built[position] = _haystack(self._events[position], self._names)
        self._search_again()

    def _search_again(self) -> None:
        """Drop the results kept and search again for the query."""
        self._cache.clear()
        query, self.query, self.words, self._result = self.query, "", (), None
        self.set(query)


class MarkFilter:
    """The reader's marks as a filter: hidden events vanish unless shown, and "starred only"
    keeps the starred ones. Made again whenever the marks change (from the marks, not the
    events: a few lookups, not a pass over every event)."""

    def __init__(
        self, marks: Mapping[str, EventMark], find: Callable[[str], int | None], total: int
    ) -> None:
        """``find``: an event's position by id (None: not among the positions)."""
        hidden, starred = [], []
        for event_id, mark in marks.items():
            if (mark.hidden or mark.starred) and (position := find(event_id)) is not None:
                if mark.hidden:
                    hidden.append(position)
                if mark.starred:
                    starred.append(position)
        self._hidden = positions(sorted(hidden))
        self._starred = positions(sorted(starred))
        self._total = total
        self.show_hidden = False
        self.starred_only = False

    def follow(self, other: MarkFilter) -> MarkFilter:
        """This filter with the switches of ``other`` (the one it replaces), and the lists
        ``other`` built where they would come out the same (a star leaves the hidden ones
        as they were: no pass over every position again)."""
        self.show_hidden, self.starred_only = other.show_hidden, other.starred_only
        built = other.__dict__
        if self._total != other._total or "_not_hidden" not in built:
            return self
        if self._hidden == other._hidden:
            self.__dict__["_not_hidden"] = built["_not_hidden"]
            if "_starred_shown" in built and self._starred == other._starred:
                self.__dict__["_starred_shown"] = built["_starred_shown"]
        elif (one := _one_apart(self._hidden, other._hidden)) is not None:
            # One event hidden or shown again: one position out of or into the list.
            kept = array("i", built["_not_hidden"])
            at = bisect_left(kept, one)
            if at < len(kept) and kept[at] == one:
                del kept[at]
            else:
                kept.insert(at, one)
            self.__dict__["_not_hidden"] = kept
        return self

    def keeps_as(self, other: MarkFilter) -> bool:
        """Whether this filter keeps exactly the positions ``other`` keeps."""
        mine, theirs = self.kept(), other.kept()
        return mine is theirs or (mine is not None and theirs is not None and mine == theirs)

    @property
    def hidden_count(self) -> int:
        return len(self._hidden)

    def kept(self) -> Sequence[int] | None:
        if self.starred_only:
            return self._starred if self.show_hidden else self._starred_shown
        if self.show_hidden or not self._hidden:
            return None
        return self._not_hidden

    @functools.cached_property
    def _not_hidden(self) -> array[int]:
        # Built once: every keystroke of a search combines with it. Runs between the
        # hidden ones, so that it costs a few slices, not a pass over every position.
        kept, start = positions(), 0
        for position in self._hidden:
            kept.extend(range(start, position))
            start = position + 1
        kept.extend(range(start, self._total))
        return kept

    @functools.cached_property
    def _starred_shown(self) -> array[int]:
        hidden = set(self._hidden)
        return positions([p for p in self._starred if p not in hidden])


def _one_apart(a: array[int], b: array[int]) -> int | None:
    """The one position that is in one of the ascending ``a`` and ``b`` and not in the
    other, when they differ by exactly that one; else None."""
    if abs(len(a) - len(b)) != 1:
        return None
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    at = next(
        (i for i, (x, y) in enumerate(zip(longer, shorter, strict=False)) if x != y), len(shorter)
    )
    if longer[at + 1 :] != shorter[at:]:
        return None
    return longer[at]
