"""Find the name mentions of one document: the model's findings, cleaned and filtered by the
language rules, what context words, sentence clues (speakers, genitives, quoted titles),
known places and bracketed abbreviations add, and the other occurrences of the names found
(document-level consistency)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from tui.core.batches import batches_of
from tui.core.entities import models, reading
from tui.core.entities.candidates import (
    APPOSITION_VOTE,
    Candidate,
    Votes,
    acronym_candidates,
    clean,
    context_candidates,
    place_candidates,
    repeats,
    split_joined,
    surname,
    words_of,
)
from tui.core.entities.clues import (
    bare_quoted_titles,
    genitive_candidates,
    quoted_title_candidates,
    speaker_candidates,
)
from tui.core.entities.company_cues import company_candidates
from tui.core.entities.company_sense import (
    ModelVotes,
    company_role_names,
    cued_names,
    legal_form_names,
    role_compound_candidates,
    settle_companies,
)
from tui.core.entities.coordination import listed_people
from tui.core.entities.credits import parted_credits
from tui.core.entities.datelines import dateline_candidates
from tui.core.entities.head_names import head_candidates
from tui.core.entities.headlines import confirmed, title_case_lines
from tui.core.entities.inflected_names import inflected_repeats
from tui.core.entities.institutions import institution_candidates
from tui.core.entities.joined_spans import join_split_names
from tui.core.entities.language_rules import NameRules
from tui.core.entities.merging import normalise
from tui.core.entities.name_forms import mark_aliases
from tui.core.entities.name_shapes import code_votes, company_shaped
from tui.core.entities.overlaps import SpanIndex
from tui.core.entities.place_sense import settle_places
from tui.core.entities.sentence_case import DocumentCase, no_name_by_case, title_domain
from tui.core.entities.span_rules import at_sentence_start, trim_span
from tui.core.model import Span
from tui.core.sentences import parts_between

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

#: Shorter capitalised words at a sentence start may be names ("Janisch", "Carlos").
_MIN_ADVERB = 6
#: A dash set off by spaces: never inside a name.
_SPACED_DASH = re.compile(r"\s+[-–—]\s+")
#: The most characters spaCy reads at once: a longer sentence (no real one is; a text
#: without punctuation can be) goes in parts cut at white space, which keeps spaCy's time
#: and memory linear in the text.
MAX_NER_CHARS = 5_000
#: The most characters spaCy reads in one batch.
NER_BATCH_CHARS = 20_000
#: A longer run of punctuation is no part of a name: spaCy reads it as white space after
#: its first characters (its tokenizer strips punctuation one character at a time, each
#: time searching the whole rest of the token: quadratic in the run's length).
MAX_NER_PUNCTUATION = 50
_PUNCTUATION_RUN = re.compile(rf"[^\w\s]{{{MAX_NER_PUNCTUATION + 1},}}")
_KEPT_PUNCTUATION = 3
#: Typographic apostrophes as the models' training text writes them: spaCy's English model
#: misses names before a curly one ("Quill Children’s Hospital"). One character for one,
#: so offsets stay valid.
_MODEL_APOSTROPHE = ("’", "'")


def find_candidates(
    text: str, spans: Sequence[Span], nlp: Language, rules: NameRules
) -> list[Candidate]:
    """The name mentions in one document's sentences ``spans``: what the model finds,
    cleaned and filtered, what context words and known places add, and the other
    occurrences of the names found."""
    from_model: list[Candidate] = []
    case = DocumentCase(text)
    pieces = ner_pieces(text, spans)
    for (lo, _), doc in zip(pieces, _read(nlp, [piece for _, piece in pieces]), strict=True):
        for ent in doc.ents:
            label = models.LABEL_MAP.get(ent.label_)
            if label is None or _capitalised_adverb(ent, rules):
                continue
            # A dash between spaces parts names ("WASHINGTON - The Federal Aviation ...").
            start = lo + ent.start_char
            ent_text = text[start : lo + ent.end_char]
            for a, b in parts_between(_SPACED_DASH, ent_text):
                if a == b:
                    continue
                part = Candidate(start + a, start + b, ent_text[a:b], Votes({label: 1}))
                for piece in (
                    trimmed
                    for credited in parted_credits(part, rules)
                    for trimmed in trim_span(credited, text, rules)
                ):
                    kept = clean(piece, text, rules)
                    # One word the model took for a name may be a noun it never saw.
                    if not (
                        kept is None
                        or (" " not in kept.text and rules.is_common_noun(kept.text.rstrip(".")))
                        or no_name_by_case(kept, case, at_sentence_start(text, kept.start), rules)
                        or title_domain(kept, text, rules)
                    ):
                        from_model.append(kept)
    for c in from_model:
        code_votes(c)
    found = SpanIndex(
        c
        for c in split_joined(join_split_names(from_model, text, rules), rules)
        # A part split off may be in lower case ("Hugo Ch vez" leaves "vez"): see clean().
        if not (rules.names_have_capitals and c.text.islower())
    )
    # What the model alone says is a person, before the rules vote (company_sense).
    model_person_votes = ModelVotes(found)
    companies = company_shaped(from_model, rules)
    for c in dateline_candidates(text, rules):
        _add_or_vote(found, c)
    genitives: list[Candidate] = []
    quoted: list[Span] = []
    sentence_words = words_of(text, spans, rules)
    for sentence in sentence_words:
        for c in context_candidates(sentence, rules, text):
            c.text = text[c.start : c.end]
            if not title_domain(c, text, rules):  # "Deputy Health Minister": no "Health"
                _add_or_vote(found, c)
        for c in speaker_candidates(sentence, text, rules):
            if not title_domain(c, text, rules):  # "said Health Minister Ann Doe"
                _add_or_vote(found, c)
        cued = company_candidates(sentence, text, rules)
        for c in cued:
            _add_or_vote(found, c)
        for c in role_compound_candidates(sentence, rules):
            _add_or_vote(found, c)
        for c in head_candidates(sentence, text, rules):
            _add_or_vote(found, c)
        companies |= cued_names(cued) | company_role_names(sentence, text, rules)
        genitives += genitive_candidates(sentence, text, rules)
        for c in institution_candidates(sentence, text, rules):
            # The institution's name holds its place: the place is no mention there.
            found.remove_within(c.start, c.end)
            _add_or_vote(found, c)
        for c in quoted_title_candidates(sentence, text, rules):
            # The whole title is the name: what the model found inside it was a part of it.
            found.remove_within(c.start, c.end)
            _add_or_vote(found, c)
        quoted += bare_quoted_titles(sentence, text, rules)
        # A known place the model missed is a mention; one it tagged keeps its label.
        for c in place_candidates(sentence, text, rules):
            if not found.overlapping(c.start, c.end):
                found.add(c)
    _vote_quoted_titles(found, quoted)
    for sentence in sentence_words:
        for c in listed_people(sentence, text, found, rules):
            found.add(c)
    # A genitive of a name found elsewhere is a repeat of it (below), without the genitive's
    # guess at its kind: "Metas Position" says nothing about what Meta is.
    known = {normalise(c.text) for c in found}
    for c in genitives:
        if c.text not in known and rules.genitive_stem(c.text, known) is None:
            _add_or_vote(found, c)
    for c in acronym_candidates(text, list(found)):
        same = found.overlapping(c.start, c.end)
        if not same:
            found.add(c)
        elif (same[0].start, same[0].end) == (c.start, c.end):
            same[0].alias_of = c.alias_of
    mark_aliases(list(found), text, rules)
    names = {normalise(c.text) for c in found}
    people = [
        normalise(c.text).split(" ")
        for c in found
        if " " in normalise(c.text) and c.votes.leader() == "PER"
    ]
    # A person's surname alone names them too (document-level consistency covers it).
    surnames = {surname(words, rules) for words in people} - names
    names |= surnames
    # A name is words: "n. Chr." split at its space leaves "." as a "surname".
    names = {n for n in names if not rules.is_common(n) and any(ch.isalpha() for ch in n)}
    for c in inflected_repeats(text, spans, names, SpanIndex(found), rules):
        found.add(c)
    for c in repeats(text, spans, names, SpanIndex(found), rules):
        before = _word_before(text, c.start)
        # A number before a repeated given name makes it a unit ("zwei Mark"), an article
        # before a surname a noun ("im Sommer" after "Heinrich Sommer").
        if c.text in rules.given_names and _counted(before, rules):
            continue
        if (
            before in rules.articles
            and any(c.text.startswith(n) for n in surnames)
            and not _after_comma(text, c.start)  # ", der Nash pinnte": a relative pronoun
        ):
            continue
        found.add(c)
    # So does a person's given name alone ("Mark war dankbar" after "Mark Zuckerberg"),
    # unless an article or preposition makes the word a noun ("bis ins Mark").
    given = {words[0] for words in people if words[0] in rules.given_names} - names
    for c in repeats(text, spans, given, SpanIndex(found), rules):
        before = _word_before(text, c.start)
        if not _counted(before, rules) and before not in rules.function_words:
            found.add(c)
    legal = legal_form_names(found, rules)
    settle_companies(found, model_person_votes, companies | legal, rules, legal)
    settle_places(found, model_person_votes, text, rules)
    headlines = title_case_lines(text, spans, rules)
    return sorted(confirmed(found, text, headlines), key=lambda c: c.start)


def _vote_quoted_titles(found: SpanIndex[Candidate], quoted: Sequence[Span]) -> None:
    """A name that fills a quotation is the title of a work or a thing ("her "Xanto Blue,"",
    "if "Xyz" had tipped"): news quotes titles, not people's or places' names."""
    for start, end in quoted:
        for c in found.overlapping(start, end):
            if (c.start, c.end) == (start, end):
                c.votes["MISC"] += APPOSITION_VOTE


def _read(nlp: Language, pieces: list[str]) -> Iterator[Doc]:
    """spaCy's reading of ``pieces``, in batches of at most :data:`NER_BATCH_CHARS`
    characters (spaCy's batches count texts, and its memory grows with their length)."""
    for batch in batches_of(pieces, len, max_size=NER_BATCH_CHARS):
        yield from reading.read(nlp, batch)


def ner_pieces(text: str, spans: Sequence[Span]) -> list[tuple[int, str]]:
    """What spaCy reads of the sentences ``spans``: (offset in ``text``, text) of each
    sentence, or of each part of a sentence over :data:`MAX_NER_CHARS`, with runs of
    punctuation over :data:`MAX_NER_PUNCTUATION` blanked after their first characters.
    A piece has the length of the text it stands for, so offsets in it stay valid."""
    out: list[tuple[int, str]] = []
    for lo, hi in spans:
        sentence = _PUNCTUATION_RUN.sub(_blank_run, text[lo:hi]).replace(*_MODEL_APOSTROPHE)
        pos = 0
        while len(sentence) - pos > MAX_NER_CHARS:
            cut = max(
                sentence.rfind(" ", pos + 1, pos + MAX_NER_CHARS),
                sentence.rfind("\n", pos + 1, pos + MAX_NER_CHARS),
            )
            cut = pos + MAX_NER_CHARS if cut < 0 else cut
            out.append((lo + pos, sentence[pos:cut]))
            pos = cut
        out.append((lo + pos, sentence[pos:]))
    return out


def _blank_run(run: re.Match[str]) -> str:
    return run[0][:_KEPT_PUNCTUATION] + " " * (len(run[0]) - _KEPT_PUNCTUATION)


def _capitalised_adverb(ent: SpacySpan, rules: NameRules) -> bool:
    """A sentence's first word with an adjective ending is capitalised only for its place:
    "Strafmildernd wirkte sich aus", "Tatsächlich kam er" (German news: never a name)."""
    word = ent.text
    # The tokens before it are looked at last: the other tests are cheaper.
    return (
        len(ent) == 1
        and len(word) > _MIN_ADVERB
        and word.lower().endswith(rules.sentence_start_adverb_endings)
        and all(t.is_punct for t in ent.doc[: ent.start])
    )


def _word_before(text: str, start: int) -> str:
    """The word just before ``start`` on the same line, case-folded ("" if none)."""
    before = re.search(r"(\w+)[ \t]+$", text[max(0, start - 40) : start])
    return before[1].casefold() if before else ""


def _after_comma(text: str, start: int) -> bool:
    """Whether the word before ``start`` follows a comma ("..., der Nash")."""
    return re.search(r",\s*\w+[ \t]+$", text[max(0, start - 40) : start]) is not None


def _counted(word: str, rules: NameRules) -> bool:
    return word.isdigit() or word in rules.quantity_words


def _add_or_vote(found: SpanIndex[Candidate], new: Candidate) -> None:
    """A context rule's finding votes for the (first) candidate it overlaps, or is a new one."""
    if same := found.overlapping(new.start, new.end):
        same[0].votes.add(new.votes)
    else:
        found.add(new)
