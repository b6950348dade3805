"""The language knowledge the entity engine uses, read from ``resources/<lang>/entities.toml``."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cache, wraps
from typing import TypeVar

from tui.core import resources
from tui.core.resources.word_sets import word_sets

ResultT = TypeVar("ResultT")
#: How many words each memoised question of :class:`NameRules` remembers before it starts
#: afresh (bounded: a long corpus meets endless words).
_KNOWN_WORDS = 50_000
_UNANSWERED = object()


@dataclass(frozen=True, slots=True)
class NameRules:
    person_titles: frozenset[str]
    organisation_roles: frozenset[str]
    organisation_role_links: frozenset[str]
    place_words: frozenset[str]
    genitive_endings: tuple[str, ...]
    never_names: frozenset[str]
    function_words: frozenset[str]
    compound_heads: frozenset[str]
    organisation_name_heads: frozenset[str]
    place_name_heads: frozenset[str]
    name_particles: frozenset[str]
    common_noun_endings: tuple[str, ...]
    #: Well-known place names (countries, cities) from ``entities_places.toml``.
    places: frozenset[str] = frozenset()
    #: Given names from ``shared/entities_given_names.toml``, less the language's exceptions.
    given_names: frozenset[str] = frozenset()
    #: Surnames from ``entities_surnames.toml`` (a feature of the NER model only).
    surnames: frozenset[str] = frozenset()
    #: Numerals and quantifiers: a repeated name after one is a unit ("zwei Mark").
    quantity_words: frozenset[str] = frozenset()
    #: Nouns after which a name is an organisation ("der Sender Fox News").
    organisation_words: frozenset[str] = frozenset()
    #: Words that join names of one kind ("Facebook und Instagram").
    coordinators: frozenset[str] = frozenset()
    #: Common nouns, lower case, from ``entities_nouns.toml`` ("bahnhof", "turm").
    common_nouns: frozenset[str] = frozenset()
    #: Lower-case words far more frequent than their capitalised form (English; German
    #: capitalises its nouns, ``common_nouns``): at a sentence's start, read as a person,
    #: no name (sentence_case.py).
    common_words: frozenset[str] = frozenset()
    #: Noun endings that also end names ("mann", "berg"): no sign of a common noun.
    name_heads: frozenset[str] = frozenset()
    #: Articles, also fused with a preposition ("im"): a surname after one is a noun.
    articles: frozenset[str] = frozenset()
    #: Endings of adjectives and adverbs: a sentence's first word with one is no name.
    sentence_start_adverb_endings: tuple[str, ...] = ()
    #: Endings of a declined adjective, nominative first ("Deutsche", "Deutschen").
    adjective_endings: tuple[str, ...] = ()
    #: Verbs of saying: a name right after one (after a quotation) is the speaker.
    speech_verbs: frozenset[str] = frozenset()
    #: Kinds of work: a quoted title after one is MISC ("der Film „Das Parfum“").
    work_words: frozenset[str] = frozenset()
    #: Kinds of medium: a quoted title after one is ORG ("das Magazin „Spiegel“").
    medium_words: frozenset[str] = frozenset()
    #: Currencies, generic nouns and bare adjectives: no name as a word alone ("Euro",
    #: "City", "Historic"), though part of one ("City Hall", "Supreme Court").
    never_alone: frozenset[str] = frozenset()
    #: Currencies: no name, nor the last part of a hyphen compound ("US-Dollar").
    currencies: frozenset[str] = frozenset()
    #: Beginnings of surnames and given names with a capital inside ("Mc", "Di", "Le"):
    #: no company's way of writing (name_shapes.py).
    inner_capital_prefixes: tuple[str, ...] = ()
    #: Time zones ("GMT", "MEZ"): no name, cut from a name's edges (time_words.py).
    time_zones: frozenset[str] = frozenset()
    #: Months: no name alone unless read as a person's ("April"; time_words.py).
    months: frozenset[str] = frozenset()
    #: Abbreviated months and weekdays: with numbers, a date ("Mon Mar 2"), no name.
    date_abbreviations: frozenset[str] = frozenset()
    #: Determiners, quantifiers and ordinals that never start a name ("the", "Some",
    #: "first"), lower case: cut from a span's start.
    leading_determiners: frozenset[str] = frozenset()
    #: Units and counted nouns, case-folded: a number before one is a quantity, not part
    #: of the name before it ("Lindau 2 Prozent"; numbered_names.py).
    number_units: frozenset[str] = frozenset()
    #: Words a number after which names a road, a place ("A 7", "Route 9"; numbered_names.py).
    numbered_places: frozenset[str] = frozenset()
    #: Last parts of a street's hyphen compound ("Willy-Brandt-Ring"; head_names.py).
    street_endings: frozenset[str] = frozenset()
    #: Words that end only companies' names ("Airlines", "AG"; head_names.py).
    company_name_endings: frozenset[str] = frozenset()
    #: Legal forms of companies ("Ltd", "AG"): the name before one, alone, is that company
    #: (merging.py).
    legal_forms: frozenset[str] = frozenset()
    #: Whether a title before a name says person as strongly as a name's own words.
    titles_are_appositions: bool = False
    #: Whether headlines capitalise every longer word (headlines.py).
    title_case_headlines: bool = False
    #: Phrases after or before a name that say it is a place's ("Xanto residents").
    place_cues_after: tuple[str, ...] = ()
    place_cues_before: tuple[str, ...] = ()
    #: Prepositions right before a bare name that make it a place ("aus Xanto"), and
    #: endings of places' names ("-tal", "-amt"): a person is neither (place_sense.py).
    place_prepositions: frozenset[str] = frozenset()
    place_name_endings: tuple[str, ...] = ()
    #: Roles and offices the model leaves glued to a name's start ("Mandatare Huber",
    #: "Ex-Abg. Huber"): cut like titles, but read by the engine only; the model's title
    #: class (``person_titles``) stays as it was trained.
    role_words: frozenset[str] = frozenset()
    #: Whether a title inside a span parts it ("Senate Leader Ann Doe").
    titles_part_names: bool = False
    #: Whether a given name before a capitalised word outvotes the model's guess at the
    #: name ("Mark Zuckerberg" is a person); else it only confirms the model's PER.
    given_names_outvote_model: bool = True
    #: Whether a name that fills a quotation is a title, MISC ('her "Xanto Blue"').
    quoted_names_are_titles: bool = False
    #: Endings of an inflected word of a multi-word name ("des Blauen Reiters").
    inflection_endings: tuple[str, ...] = ()
    #: Possessive endings cut from a span's end ("Ann Doe's", "Lars'").
    possessive_endings: tuple[str, ...] = ()
    #: Endings of a lower-case word after a hyphen that make a compound word, not a name's
    #: second part: "Trump-backed", "Meta-owned" (but "Jae-myung" continues the name).
    hyphen_word_endings: tuple[str, ...] = ()
    #: Phrases right after a name that make it a company ("senkt Prognose", "said in a
    #: statement"), and right before one ("shares of").
    company_cues_after: tuple[str, ...] = ()
    company_cues_before: tuple[str, ...] = ()
    #: Roles only an organisation has: a name in a compound with one ("Fobra-Chef") or
    #: right before one ("Xanto CEO") is a company's, whatever its form suggests.
    company_roles: frozenset[str] = frozenset()
    #: Institutions named by their kind and place ("Landgericht Xanten"): one ORG name.
    institution_words: frozenset[str] = frozenset()
    #: Endings of compounds that say the name after them is an organisation
    #: ("Raumfahrtagentur Xyzzo", "Telekomfirmen wie Quorbit").
    organisation_word_endings: tuple[str, ...] = ()
    #: Words between a kind and its example ("Firmen wie Quorbit", "companies such as").
    example_links: tuple[str, ...] = ()
    #: Phrases between a name and another name for the same thing ("also known as").
    alias_links: tuple[str, ...] = ()
    #: Endings of an organisation's short form made from its long form's first word
    #: ("Greens" for "Green Party").
    short_form_endings: tuple[str, ...] = ()
    #: News and photo agencies ("AP", "dpa", "Getty Images"), longest first: after a
    #: slash in a span, an organisation, and the name before the slash a person
    #: (credits.py); in a dateline's brackets an organisation (datelines.py).
    news_agencies: tuple[str, ...] = ()
    #: Roles a credit or byline puts before a slash ("Presenter/Ann Doe"): no name.
    credit_roles: frozenset[str] = frozenset()
    #: Whether every name has a capital letter (English: "blue moon" is none; German
    #: writes "dpa").
    names_have_capitals: bool = False
    #: The answers of the word questions below, per question (see :func:`_memoised`).
    _answers: dict[str, dict[str, object]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def is_title(self, word: str) -> bool:
        """``Präsident``, ``Dr.``, or a compound ending in a title (``US-Präsidenten``)."""
        return _matches(word, self.person_titles)

    def is_role_word(self, word: str) -> bool:
        """A title or an office the engine cuts from a name's start (``role_words``; a
        compound ending in one too: ``Ex-Abg.``)."""
        return self.is_title(word) or _matches(word, self.role_words)

    def is_organisation_role(self, word: str) -> bool:
        return _matches(word, self.organisation_roles)

    def is_place_word(self, word: str) -> bool:
        return _matches(word, self.place_words)

    # The German model was trained with this word class (word_classes.lists_digest).
    def is_organisation_word(self, word: str) -> bool:
        return _matches(word, self.organisation_words)

    def is_organisation_kind(self, word: str) -> bool:
        """An organisation word, or a compound ending in a kind of organisation
        (``Raumfahrtagentur``)."""
        return self.is_organisation_word(word) or (
            bool(self.organisation_word_endings)
            and is_capitalised_word(word)
            and word.lower().endswith(self.organisation_word_endings)
            and word.lower() not in self.organisation_word_endings
        )

    def is_work_word(self, word: str) -> bool:
        return _matches(word, self.work_words)

    def is_medium_word(self, word: str) -> bool:
        return _matches(word, self.medium_words)

    def is_common_noun(self, word: str) -> bool:
        """A known common noun ("Bahnhof") or a compound ending in one ("Glockenturm"),
        unless the ending also ends names ("Zimmermann") or the word is a known place or
        given name."""
        if not self.common_nouns or word in self.places or word in self.given_names:
            return False
        lower = word.lower()
        if lower in self.common_nouns:
            return True
        if len(word) < _MIN_COMPOUND or self.place_genitive(word):
            return False
        head = compound_head(word, self.common_nouns)
        return head is not None and head not in self.name_heads

    def genitive_stem(self, word: str, known: AbstractSet[str]) -> str | None:
        """``Zuckerbergs`` → ``Zuckerberg`` when that is one of ``known``; None otherwise."""
        for ending in self.genitive_endings:
            if word.endswith(ending) and len(word) > len(ending) + 1:
                stem = word[: -len(ending)]
                if stem in known:
                    return stem
        return None

    def place_genitive(self, word: str) -> str | None:
        """The known place ``word`` is the genitive of (``Hannovers`` → ``Hannover``), unless
        it is a place (``Paris``) or a common noun itself (``Basis`` is not the genitive of
        the town ``Basi``)."""
        if word in self.places or word.lower() in self.common_nouns:
            return None
        return self.genitive_stem(word, self.places)

    def looks_like_noun(self, word: str) -> bool:
        """A capitalised word with a common-noun ending ("Stellungnahme" is not; "Hoffnung")."""
        return len(word) > 5 and word.lower().endswith(self.common_noun_endings)

    def is_part_compound(self, word: str) -> bool:
        """``US-Dollar``, ``US-Regierung``: a name joined to a common noun or a currency is
        no name."""
        first, dash, last = word.rpartition("-")
        return bool(dash and first) and (
            last in self.compound_heads
            or last in self.currencies
            or self.is_common(last)
            or self.is_common_noun(last)
            or self.looks_like_noun(last)
        )

    def head_label(self, word: str) -> str | None:
        """The label a name's last word implies (``Fox News`` → ORG), if any."""
        if word in self.organisation_name_heads:
            return "ORG"
        if word in self.place_name_heads:
            return "LOC"
        return None

    def is_common(self, word: str) -> bool:
        """A word that is no name on its own: a function word, a title, a listed noun, a
        month or a time zone (no cue makes "in April" a place)."""
        bare = word.rstrip(".")
        # Function words match lower-case or capitalised only: "Die" is one, "US" is not "us".
        lowered = word.lower()
        return (
            (lowered in self.function_words and word in (lowered, lowered.capitalize()))
            or bare in self.never_names
            or bare in self.months
            or bare in self.time_zones
            or self.is_title(word)
            # A function word with a clitic: "wird's", "that's".
            or (("'" in word or "’" in word) and word.islower() and _clitic(word, self))
        )


def _clitic(word: str, rules: NameRules) -> bool:
    """Whether ``word`` is a function word with a clitic ("wird" of "wird's")."""
    return word.replace("’", "'").partition("'")[0] in rules.function_words


#: A compound: at least this long, its last part (a known noun) and what precedes it at
#: least this long (as ``training/gazetteer/build_nouns.py`` measured them).
_MIN_COMPOUND = 8
MIN_COMPOUND_HEAD = 4
_MIN_COMPOUND_PREFIX = 3


def compound_head(word: str, nouns: AbstractSet[str]) -> str | None:
    """The longest lower-case noun of ``nouns`` that ends ``word`` after a few letters
    ("turm" in "Glockenturm"), if any."""
    lower = word.lower()
    for i in range(_MIN_COMPOUND_PREFIX, len(lower) - MIN_COMPOUND_HEAD + 1):
        if lower[i:] in nouns:
            return lower[i:]
    return None


def is_capitalised_word(word: str) -> bool:
    return word[:1].isupper()


def _matches(word: str, words: frozenset[str]) -> bool:
    if word in words or word.rstrip(".") in words or (word + ".") in words:
        return True
    # The last part of a hyphen compound decides its kind: "US-Präsident" is a title.
    _, dash, last = word.rpartition("-")
    return bool(dash) and last in words


def _memoised(
    question: Callable[[NameRules, str], ResultT],
) -> Callable[[NameRules, str], ResultT]:
    """``question`` (a method of one word) answered once per word: each detector of a
    sentence asks them of the same words again, and a compound's ending is looked up letter
    by letter."""
    name = question.__name__

    @wraps(question)
    def answered(rules: NameRules, word: str) -> ResultT:
        answers = rules._answers.get(name)
        if answers is None:
            answers = rules._answers[name] = {}
        # One look-up: another thread may clear the answers between two.
        elif (known := answers.get(word, _UNANSWERED)) is not _UNANSWERED:
            return known  # type: ignore[return-value]  # stored by this question
        if len(answers) >= _KNOWN_WORDS:
            answers.clear()
        answer = answers[word] = question(rules, word)
        return answer

    return answered


#: The word questions answered once per word.
MEMOISED_QUESTIONS = (
    "is_title",
    "is_organisation_role",
    "is_place_word",
    "is_organisation_word",
    "is_organisation_kind",
    "is_work_word",
    "is_medium_word",
    "is_common_noun",
    "place_genitive",
    "looks_like_noun",
    "is_part_compound",
    "head_label",
    "is_common",
)
# Wrapped here rather than decorated: ``word_classes.lists_digest`` fingerprints the source
# of several of these methods (the model was trained with them), and a decorator line
# would be part of it. The wrapper keeps ``__wrapped__``, which ``inspect`` reads instead.
for _question in MEMOISED_QUESTIONS:
    setattr(NameRules, _question, _memoised(getattr(NameRules, _question)))


def _lines(resource: dict, key: str) -> list[str]:
    """A generated word list: one entry per line of a multi-line string."""
    return [line for line in resource.get(key, "").splitlines() if line]


#: The resources the large word lists are built from (the cache key of their fast form):
#: the language's files, or the shared one of that name (given names).
_WORD_LIST_SOURCES = (
    "entities",
    "entities_places",
    "entities_given_names",
    "entities_surnames",
    "entities_nouns",
    "entities_common_words",
)


def build_word_lists(lang: str) -> dict[str, frozenset[str]]:
    """The large word sets of :class:`NameRules`, built from the TOML files."""
    res = resources.load(lang, "entities")
    nouns = resources.load(lang, "entities_nouns")
    return {
        "places": frozenset(
            [
                *res.get("place_names", []),
                *_lines(resources.load(lang, "entities_places"), "places"),
            ]
        ),
        # One list for all languages, less what a language reads as no given name.
        "given_names": frozenset(
            _lines(resources.load_shared("entities_given_names"), "given_names")
        )
        - frozenset(res.get("given_name_exceptions", [])),
        "surnames": frozenset(_lines(resources.load(lang, "entities_surnames"), "surnames")),
        "common_nouns": frozenset(w.lower() for w in _lines(nouns, "nouns")),
        "name_heads": frozenset(_lines(nouns, "name_heads")),
        "common_words": frozenset(
            _lines(resources.load(lang, "entities_common_words"), "common_words")
        ),
    }


def word_lists(lang: str) -> dict[str, frozenset[str]]:
    """:func:`build_word_lists`, from the fast form kept between runs when it is current."""
    stored = word_sets(lang, _WORD_LIST_SOURCES, build_word_lists)
    return {name: frozenset(words) for name, words in stored.items()}


@cache
def rules_for(lang: str) -> NameRules:
    res = resources.load(lang, "entities")
    words = resources.load(lang, "language").get("function_words", [])
    return NameRules(
        person_titles=frozenset(res.get("person_titles", [])),
        organisation_roles=frozenset(res.get("organisation_roles", [])),
        organisation_role_links=frozenset(res.get("organisation_role_links", [])),
        place_words=frozenset(res.get("place_words", [])),
        # Longest first, so that "'s" is tried before "s".
        genitive_endings=tuple(sorted(res.get("genitive_endings", []), key=len, reverse=True)),
        # Holidays are words of time, no names ("an Silvester", "zu Ostern").
        never_names=frozenset([*res.get("never_names", []), *res.get("holidays", [])]),
        never_alone=frozenset(
            [
                *res.get("currencies", []),
                *res.get("generic_nouns", []),
                *res.get("bare_adjectives", []),
            ]
        ),
        currencies=frozenset(res.get("currencies", [])),
        function_words=frozenset(w.casefold() for w in words),
        inner_capital_prefixes=tuple(res.get("inner_capital_prefixes", [])),
        time_zones=frozenset(res.get("time_zones", [])),
        months=frozenset(res.get("months", [])),
        date_abbreviations=frozenset(res.get("date_abbreviations", [])),
        compound_heads=frozenset(res.get("compound_heads", [])),
        organisation_name_heads=frozenset(res.get("organisation_name_heads", [])),
        place_name_heads=frozenset(res.get("place_name_heads", [])),
        name_particles=frozenset(res.get("name_particles", [])),
        common_noun_endings=tuple(res.get("common_noun_endings", [])),
        quantity_words=frozenset(w.casefold() for w in res.get("quantity_words", [])),
        organisation_words=frozenset(res.get("organisation_words", [])),
        coordinators=frozenset(res.get("coordinators", [])),
        adjective_endings=tuple(res.get("adjective_endings", [])),
        sentence_start_adverb_endings=tuple(res.get("sentence_start_adverb_endings", [])),
        speech_verbs=frozenset(res.get("speech_verbs", [])),
        work_words=frozenset(res.get("work_words", [])),
        medium_words=frozenset(res.get("medium_words", [])),
        articles=frozenset(w.casefold() for w in res.get("articles", [])),
        leading_determiners=frozenset(w.casefold() for w in res.get("leading_determiners", [])),
        number_units=frozenset(w.casefold() for w in res.get("number_units", [])),
        numbered_places=frozenset(res.get("numbered_places", [])),
        street_endings=frozenset(res.get("street_endings", [])),
        company_name_endings=frozenset(res.get("company_name_endings", [])),
        legal_forms=frozenset(res.get("legal_forms", [])),
        titles_are_appositions=bool(res.get("titles_are_appositions", False)),
        title_case_headlines=bool(res.get("title_case_headlines", False)),
        place_cues_after=tuple(res.get("place_cues_after", [])),
        place_cues_before=tuple(res.get("place_cues_before", [])),
        place_prepositions=frozenset(w.casefold() for w in res.get("place_prepositions", [])),
        place_name_endings=tuple(res.get("place_name_endings", [])),
        role_words=frozenset(res.get("role_words", [])),
        titles_part_names=bool(res.get("titles_part_names", False)),
        quoted_names_are_titles=bool(res.get("quoted_names_are_titles", False)),
        given_names_outvote_model=bool(res.get("given_names_outvote_model", True)),
        inflection_endings=tuple(sorted(res.get("inflection_endings", []), key=len, reverse=True)),
        possessive_endings=tuple(sorted(res.get("possessive_endings", []), key=len, reverse=True)),
        hyphen_word_endings=tuple(res.get("hyphen_word_endings", [])),
        company_cues_after=tuple(res.get("company_cues_after", [])),
        company_cues_before=tuple(res.get("company_cues_before", [])),
        company_roles=frozenset(res.get("company_roles", [])),
        institution_words=frozenset(res.get("institution_words", [])),
        organisation_word_endings=tuple(res.get("organisation_word_endings", [])),
        example_links=tuple(res.get("example_links", [])),
        alias_links=tuple(res.get("alias_links", [])),
        short_form_endings=tuple(res.get("short_form_endings", [])),
        news_agencies=tuple(sorted(res.get("news_agencies", []), key=len, reverse=True)),
        credit_roles=frozenset(res.get("credit_roles", [])),
        names_have_capitals=bool(res.get("names_have_capitals", False)),
        **word_lists(lang),
    )
