"""Merge name candidates into entities, inside and across documents, and vote their labels.

Which mentions are one entity:
- the same name (genitive ending removed when the stem is a known name: ``Zuckerbergs``;
  set in capitals: ``WASHINGTON``, ``NATO`` and ``Nato``);
- a person's surname or given name alone (``Zuckerberg``, ``Mark``) with the full name
  (``Mark Zuckerberg``) when exactly one full name fits: first within the same document,
  then across all documents (a name alone read as no person, ``Haitian``, only where
  every document it stands in has the full name); across documents a surname alone also
  joins the one full name that holds nine in ten of its bearers' mentions;
- an organisation's last word alone (``Bahn``) with the one organisation of its document
  it ends (``Deutsche Bahn``); a place's name with the one place of its document that
  names its kind first (``Moldau``, ``Republik Moldau``), document by document (another
  document's ``Bahn`` may be another company's); a declined form
  (``Deutschen Bahn``) with the nominative one when that is seen too;
- an abbreviation bracketed after an organisation (``LBBW``) with that organisation, and
  another name the text gives ("X, also known as Y", "X, bekannt als Y");
- a name with the one company of the corpus that is that name with a legal form
  (``Xanto``, "Xanto Ltd"), read as an organisation, a place or not at all;
- an acronym with the one name of the corpus whose initials it spells (``UAE``, "United
  Arab Emirates"), and an organisation's short form with the one long form it comes from
  (``Greens``, "Green Party"), where their labels agree or the short form has no label.

The label of an entity is the one with most votes over all its mentions (the model's label
of each mention, plus the context rules' votes); every mention then carries that label, so
a name has one label throughout.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from tui.core.entities.candidates import Candidate, Votes, surname
from tui.core.entities.language_rules import NameRules
from tui.core.entities.name_forms import acronym_letters, initials, short_forms
from tui.core.model import ENTITY_LABELS, Entity, Mention

_SPACE = re.compile(r"\s+")
#: A name alone read as one of these (or not read) may join a person's full name from
#: other documents. Read as anything else (a people: "Haitian"; a place: a town whose name
#: the model took for a person once), it joins a full name only where every document it
#: stands in has that full name: there the writer's full name decides (the model reads a
#: given name "Mark" as the currency).
_PERSON_READINGS = (None, "PER")
#: A name read as one of these (or not read) joins the company that is it with a legal
#: form ("Xanto Ltd"): not a person (a firm named after her), not a people's adjective
#: ("British").
_LEGAL_NAME_READINGS = (None, "ORG", "LOC")
#: Across documents a surname alone joins the full name that has this share of the
#: mentions of every full name with that surname, and at least this many of them.
_DOMINANT_SHARE = 0.9
_DOMINANT_MENTIONS = 10
#: Shorter words in capitals are acronyms, not a name set in capitals ("MAX" is no "Max").
_MIN_CAPITALS_NAME = 4


@dataclass(slots=True)
class _Group:
    """All mentions sharing one normalised name."""

    key: str
    mentions: list[tuple[int, Candidate]] = field(default_factory=list)  # (document, cand)
    parent: _Group | None = None

    def root(self) -> _Group:
        group = self
        while group.parent is not None:
            group = group.parent
        return group

    def votes(self) -> Votes:
        total = Votes()
        for _, c in self.mentions:
            total.add(c.votes)
        return total


def normalise(surface: str) -> str:
    return _SPACE.sub(" ", surface).strip()


def merge(
    documents: Sequence[list[Candidate]], rules: Sequence[NameRules]
) -> tuple[list[list[Mention]], list[Entity]]:
    """Mentions per document (sorted by offset) and the merged entities."""
    surfaces = [[normalise(c.text) for c in doc] for doc in documents]
    # How often each name is written, in order of first appearance.
    forms = Counter(surface for names in surfaces for surface in names)
    known = set(forms)
    known |= {
        surname(surface.split(" "), rules[d])
        for d, names in enumerate(surfaces)
        for surface in names
        if " " in surface
    }
    cased = _usual_case(forms, known)
    groups: dict[str, _Group] = {}
    for d, doc in enumerate(documents):
        for c, surface in zip(doc, surfaces[d], strict=True):
            # A known place's genitive is that place even when only the genitive is seen.
            key = (
                rules[d].genitive_stem(surface, known)
                or rules[d].place_genitive(surface)
                or surface
            )
            if not key.isupper() or sum(ch.isalpha() for ch in key) >= _MIN_CAPITALS_NAME:
                key = cased.get(key.casefold(), key)
            key = _uninflected(key, known, rules[d])
            groups.setdefault(key, _Group(key)).mentions.append((d, c))
    _attach_acronyms(groups)
    _attach_partial_names(groups, rules)
    _attach_other_forms(groups, rules)

    clusters: dict[int, list[_Group]] = defaultdict(list)
    for group in groups.values():
        clusters[id(group.root())].append(group)
    entities: list[tuple[Entity, list[tuple[int, Candidate]]]] = []
    for members in clusters.values():
        mentions = sorted(
            (m for g in members for m in g.mentions), key=lambda m: (m[0], m[1].start)
        )
        entities.append((_entity(members, mentions, rules), mentions))

    # Order of first appearance, ids from the name: deterministic for the same input.
    entities.sort(key=lambda e: (e[1][0][0], e[1][0][1].start))
    used: Counter[str] = Counter()
    per_document: list[list[Mention]] = [[] for _ in documents]
    result: list[Entity] = []
    for entity, mentions in entities:
        base = _slug(entity.name) or "entity"
        used[base] += 1
        entity.id = base if used[base] == 1 else f"{base}-{used[base]}"
        for d, c in mentions:
            per_document[d].append(Mention(c.start, c.end, c.text, entity.label, entity.id))
        result.append(entity)
    for mentions_of_doc in per_document:
        mentions_of_doc.sort(key=lambda m: (m.start, m.end))
    return per_document, result


def _usual_case(forms: Counter[str], known: set[str]) -> dict[str, str]:
    """The form in which each name is written most often (then first), by its case-folded
    form: a name in capitals is the same name in normal case (a dateline's "WASHINGTON",
    "NATO"), and so is one a writer cased otherwise ("Ban Ki-Moon", "Ban Ki-moon"). A
    surname seen only in full names (``known``) counts too ("TRUMP", "Donald Trump")."""
    usual: dict[str, str] = {}
    for form, count in forms.items():  # in order of first appearance
        if form.isupper():
            continue
        folded = form.casefold()
        if folded not in usual or count > forms[usual[folded]]:
            usual[folded] = form
    for name in sorted(known):
        if not name.isupper():
            usual.setdefault(name.casefold(), name)
    return usual


def _attach_acronyms(groups: dict[str, _Group]) -> None:
    """Join an abbreviation to the name it was bracketed after ("LBBW", "FAA")."""
    for g in groups.values():
        for _, c in g.mentions:
            full = groups.get(normalise(c.alias_of)) if c.alias_of else None
            if full is not None and full.root() is not g.root():
                g.root().parent = full.root()
                break


def _uninflected(key: str, known: set[str], rules: NameRules) -> str:
    """``Deutschen Bahn`` → ``Deutsche Bahn`` when that form is a name seen too: a German
    name's leading adjective is declined ("bei der Deutschen Bahn")."""
    first, space, rest = key.partition(" ")
    if not space or not rules.adjective_endings:
        return key
    for ending in sorted(rules.adjective_endings, key=len, reverse=True):
        if first.endswith(ending) and len(first) > len(ending) + 2:
            stem = first[: -len(ending)]
            # Only towards a form listed earlier: nominative ones ("Deutsche Bahn") first.
            for other in rules.adjective_endings[: rules.adjective_endings.index(ending)]:
                if f"{stem}{other} {rest}" in known:
                    return f"{stem}{other} {rest}"
            break
    return key


def _attach_partial_names(groups: dict[str, _Group], rules: Sequence[NameRules]) -> None:
    """Join a surname or given name alone to the one full person name it belongs to, and
    an organisation's last word alone to the one organisation it ends ("Bahn", "Deutsche
    Bahn") in the same document."""
    by_part: dict[tuple[str, str], list[_Group]] = defaultdict(list)
    for g in groups.values():
        words = g.key.split(" ")
        label = _leading_label(g)
        if len(words) > 1 and label == "PER":
            by_part[("last", surname(words, rules[g.mentions[0][0]]))].append(g)
            by_part[("first", words[0])].append(g)
        elif len(words) > 1 and label == "ORG":
            by_part[("organisation", words[-1])].append(g)
        if len(words) > 1 and label == "LOC" and rules[g.mentions[0][0]].is_place_word(words[0]):
            by_part[("place", " ".join(words[1:]))].append(g)  # "Republik Moldau"
    for g in list(groups.values()):
        documents = {d for d, _ in g.mentions}
        kind = {"ORG": "organisation", "LOC": "place"}.get(_leading_label(g) or "")
        # An acronym is a name by itself, not a long name's last word ("BP", "AP BP").
        if kind == "place" or (kind == "organisation" and " " not in g.key and not g.key.isupper()):
            options = [o for o in by_part.get((kind, g.key), []) if o.root() is not g.root()]
            # Each document's mentions join the one long form of that document ("Bahn" is
            # "Deutsche Bahn" there and another company's elsewhere); a document without
            # one keeps the short form.
            if options and _attach_by_document(g, options, groups, None):
                continue
        person_reading = _leading_label(g) in _PERSON_READINGS
        # At a sentence start a particle is capitalised: "Von der Leyen".
        forms = {g.key, g.key[:1].lower() + g.key[1:]}
        for position in ("last", "first"):
            options = [o for f in forms for o in by_part.get((position, f), []) if o is not g]
            if not options:
                continue
            if person_reading and g.parent is None:
                if _attach_by_document(g, options, groups, _corpus_person(options, position)):
                    break
                continue
            # Prefer a full name from the same document; across documents only if unique;
            # read as no person, only where the full name stands in every document of it.
            local = [o for o in options if documents & {d for d, _ in o.mentions}]
            if not person_reading and not any(
                documents <= {d for d, _ in o.mentions} for o in local
            ):
                continue
            roots = {id(o.root()): o.root() for o in (local or options)}
            if len(roots) == 1 and g.root() is not next(iter(roots.values())):
                g.parent = next(iter(roots.values()))
                break


def _corpus_person(options: list[_Group], position: str) -> _Group | None:
    """The one full name of the corpus a person's name part fits (for a surname, also the
    dominant one), or None."""
    everywhere = {id(o.root()): o.root() for o in options}
    if len(everywhere) == 1:
        return next(iter(everywhere.values()))
    return _dominant(options) if position == "last" else None


def _attach_by_document(
    g: _Group, options: list[_Group], groups: dict[str, _Group], corpus: _Group | None
) -> bool:
    """Join each document's mentions of a name part to the one full name of that document
    it fits; where the document has none, to ``corpus`` (if any). Documents that resolve to
    different full names split the part."""
    holders = [(o.root(), {d for d, _ in o.mentions}) for o in options]
    target: dict[int, _Group | None] = {}
    for d in sorted({d for d, _ in g.mentions}):
        here = {id(root): root for root, docs in holders if d in docs}
        target[d] = next(iter(here.values())) if len(here) == 1 else None if here else corpus
    chosen = list({id(t): t for t in target.values() if t is not None}.values())
    if not chosen:
        return False
    # The part keeps the documents left unresolved, else those of the first person chosen.
    keep = None if None in target.values() else chosen[0]
    for root in chosen:
        if root is not keep:
            moved = [m for m in g.mentions if target[m[0]] is root]
            groups[f"{g.key}\x00{len(groups)}"] = _Group(g.key, moved, parent=root)
    g.mentions = [m for m in g.mentions if target[m[0]] is None or target[m[0]] is keep]
    if keep is not None and keep is not g:
        g.parent = keep
    return True


def _dominant(options: list[_Group]) -> _Group | None:
    """The one full name a surname alone stands for across documents when the corpus names
    one bearer far more than all others together ("Obama": "Barack Obama" 33 times,
    "Michelle Obama" once); else None."""
    counts: Counter[int] = Counter()
    roots: dict[int, _Group] = {}
    for option in options:
        root = option.root()
        roots[id(root)] = root
        counts[id(root)] += len(option.mentions)
    (top, most), *_ = counts.most_common(1)
    if most >= _DOMINANT_MENTIONS and most >= _DOMINANT_SHARE * sum(counts.values()):
        return roots[top]
    return None


def _attach_other_forms(groups: dict[str, _Group], rules: Sequence[NameRules]) -> None:
    """Join an acronym to the one name its initials spell ("UAE", "United Arab Emirates")
    and an organisation's short form to the one long form it comes from ("Greens", "Green
    Party"), in the whole corpus; only where the labels agree or the short one has none."""
    by_form: dict[tuple[str, str], list[_Group]] = defaultdict(list)
    for g in groups.values():
        name_rules = rules[g.mentions[0][0]]
        if letters := initials(g.key, name_rules):
            by_form[("acronym", letters)].append(g)
        if _leading_label(g) == "ORG":
            for form in short_forms(g.key, name_rules):
                by_form[("short", form)].append(g)
        base, space, ending = g.key.rpartition(" ")
        if space and ending in name_rules.legal_forms:
            by_form[("company", base)].append(g)
    _attach_to_legal_names(groups, by_form, rules)
    for g in groups.values():
        if " " in g.key:
            continue
        spelled = acronym_letters(g.key)
        kind, form = ("acronym", spelled) if spelled is not None else ("short", g.key)
        roots = {id(o.root()): o.root() for o in by_form.get((kind, form), []) if o is not g}
        if len(roots) != 1:
            continue
        target = next(iter(roots.values()))
        label = _leading_label(g)
        if target is not g.root() and label in (None, _leading_label(target)):
            g.root().parent = target


def _attach_to_legal_names(
    groups: dict[str, _Group],
    by_form: dict[tuple[str, str], list[_Group]],
    rules: Sequence[NameRules],
) -> None:
    """Join a name to the one company of the corpus that is that name with a legal form
    ("Xanto" and "Xanto Ltd", "Fobra" and "Fobra AG"), also where the model read the name
    as a place (a company's name ending in "-ocean"): the legal form is the company's own
    word. A person's name stays (a firm named after her), and so do a people's adjective
    and a known place (a town and the company named after it)."""
    for g in groups.values():
        roots = {id(o.root()): o.root() for o in by_form.get(("company", g.key), [])}
        # A name already joined to another (a person's surname) keeps that.
        if (
            len(roots) != 1
            or g.parent is not None
            or _leading_label(g) not in _LEGAL_NAME_READINGS
            or g.key in rules[g.mentions[0][0]].places
        ):
            continue
        target = next(iter(roots.values()))
        if target is not g.root():
            g.root().parent = target


def _leading_label(group: _Group) -> str | None:
    votes = group.votes()
    return _winner(votes) if votes else None


def _winner(votes: Votes) -> str:
    # Ties go to the more specific label in the model's label order (PER, ORG, LOC, MISC).
    return max(ENTITY_LABELS, key=lambda label: (votes[label], -ENTITY_LABELS.index(label)))


def _entity(
    members: list[_Group], mentions: list[tuple[int, Candidate]], rules: Sequence[NameRules]
) -> Entity:
    votes = Votes()
    for _, c in mentions:
        votes.add(c.votes)
    # A part joined a full name because of that name's label (a person's, an organisation's).
    full = next((g for g in members if g.parent is None), members[0])
    label = (_leading_label(full) or _winner(votes)) if len(members) > 1 else _winner(votes)
    # The name: the most complete form (most words), then the most frequent, then first seen.
    forms = Counter(normalise(c.text) for _, c in mentions)
    keys = [g.key for g in members]
    name = max(keys, key=lambda k: (len(k.split(" ")), sum(forms[f] for f in forms if f == k)))
    aliases = sorted(f for f in forms if f != name)
    if name.rpartition(" ")[2] in rules[mentions[0][0]].legal_forms:
        label = "ORG"  # "Xanto Plc": the legal form is a company's own word, whatever the votes
    return Entity(id="", name=name, label=label, aliases=aliases, count=len(mentions))


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
