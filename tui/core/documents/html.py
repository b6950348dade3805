"""Web pages (``.html``, ``.htm``): the article and its metadata, extracted by trafilatura.

The document's ``text`` is the extracted article as plain text, not the page: offsets point
into it, and no markup is left in it to be interpreted later.
"""

from __future__ import annotations

import codecs
import re

from tui.core.documents.dates import parse_publication_date
from tui.core.documents.decoding import decode
from tui.core.model import Document


class NoArticleError(ValueError):
    """The page holds no article (a login form, a list of links); the message is one line."""


#: The HTML standard prescans 1024 bytes for the charset; saved pages often carry long inline
#: styles or scripts before the declaration, so further.
_PRESCAN = 64 * 1024
_DECLARED = re.compile(
    rb"""<(?:meta|\?xml)\b[^<>]*?(?:charset|encoding)\s*=\s*["']?\s*([\w.:-]+)""", re.I
)
#: Labels every browser reads as windows-1252 (the HTML standard's encoding table): such
#: pages use its curly quotes and euro sign, which ISO-8859-1 would turn into controls.
_AS_CP1252 = {"ascii", "iso8859-1"}
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)

#: Markup that never holds article text: scripts (but the JSON-LD metadata trafilatura
#: reads), styles, inline SVG and comments. Saved pages are mostly these, and libxml2 stops
#: parsing at ~10 MB of them (measured: the body of such a page was lost).
_HIDDEN = re.compile(r"<!--|<(script|style|svg)(?=[\s/>])[^<>]*>", re.I)
_END_OF = {
    "": re.compile(r"-->"),
    "script": re.compile(r"</script\s*>", re.I),
    "style": re.compile(r"</style\s*>", re.I),
    "svg": re.compile(r"</svg\s*>", re.I),
}
#: Inline images and fonts (``src="data:image/png;base64,..."``), often megabytes each.
_DATA_URI = re.compile(r"data:[^\"'\s<>)]{256,}", re.I)
#: Trafilatura needs about 3 s per MB of dense article markup (a 20 MB page of paragraphs
#: took 330 s), so only this much of the page, once trimmed, is read: a long article's
#: markup is a few hundred KB, and the page's metadata stands at its top.
MAX_MARKUP = 1_000_000

#: Htmldate's markup search only (meta tags, JSON-LD, <time>, the URL): its "extensive"
#: search of the free text, trafilatura's default, invents dates: 1 January from "© 2024",
#: a date of the story ("am 6. Januar 2021") as the publication date.
_DATE_SEARCH = {"extensive_search": False, "original_date": True}
#: A page has an article if some paragraph of at least this many words ends like a sentence;
#: logins, link lists and menus have none.
_MIN_PROSE_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?…][\"'”’“‘»«)\]]*$")
#: The headline, when trafilatura keeps it in the text, stands in one of the first lines
#: (after a kicker, say).
_HEADLINE_LINES = 3


def parse_html(data: bytes, *, doc_id: str, origin: str) -> tuple[Document, list[str]]:
    """The page's article as a document, and warnings; raises DecodingError or NoArticleError."""
    markup, warnings = _decode(data)
    markup = _trimmed(markup)
    if len(markup) > MAX_MARKUP:
        markup = markup[: markup.rfind(">", 0, MAX_MARKUP) + 1 or MAX_MARKUP]
        warnings.append(f"a very large page: only its first {MAX_MARKUP // 10**6} MB read")

    import trafilatura  # half a second to import, and only web pages need it
    from trafilatura.settings import Document as Page

    page = trafilatura.bare_extraction(
        markup,
        with_metadata=True,
        include_comments=False,  # readers' comments are not the article
        include_tables=False,  # table cells are no sentences
        date_extraction_params=_DATE_SEARCH,
    )
    if not isinstance(page, Page):  # trafilatura found nothing at all
        raise NoArticleError("no article text found")
    title = " ".join((page.title or "").split()) or None
    body = _body(title, _paragraphs(page.text or ""))
    if not _has_prose(body):
        raise NoArticleError("no article text found")
    # The headline opens the text as a paragraph of its own, as in a plain-text or Markdown
    # article, and ``lede`` spans it: the events builder gives the headline role (a headline
    # is news, however hedged) only to a sentence inside ``lede``, and takes that event's
    # title from ``Document.title``.
    text = "\n\n".join(body if title is None else [title, *body])
    lede = None if title is None else (0, len(title))
    dct = None
    if page.date:
        try:
            dct = parse_publication_date(page.date)
        except ValueError as exc:
            warnings.append(f"page date ignored: {exc}")
    document = Document(
        id=doc_id,
        text=text,
        title=title,
        dct=dct,
        source=page.sitename or None,
        url=page.url or None,
        origin=origin,
        lede=lede,
    )
    return document, warnings


def _decode(data: bytes) -> tuple[str, list[str]]:
    """A BOM decides; else bytes that are valid UTF-8 are UTF-8 (a page re-saved as UTF-8
    keeps its old declaration, and legacy text is almost never valid UTF-8 by chance);
    else the declared charset; else the guess any text input gets (mostly UTF-8, cp1252)."""
    if not data.startswith(_BOMS) and (charset := _declared_charset(data)) is not None:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                return data.decode(charset), []
            except UnicodeDecodeError:
                pass  # the declaration is wrong
    decoded = decode(data)
    return decoded.text, decoded.warnings()


def _declared_charset(data: bytes) -> str | None:
    """The Python codec for the page's ``<meta charset>``, ``http-equiv`` content type or XML
    declaration; None for UTF-8, UTF-16 (a byte-oriented page cannot be UTF-16: the HTML
    standard reads it as UTF-8) and unknown labels."""
    if (m := _DECLARED.search(data, 0, _PRESCAN)) is None:
        return None
    try:
        name = codecs.lookup(m[1].decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    if name.startswith(("utf-8", "utf-16", "utf-32")):
        return None
    return "cp1252" if name in _AS_CP1252 else name


def _trimmed(markup: str) -> str:
    """``markup`` without the parts that never hold article text (a forward scan: an
    unclosed script hides the rest of the page, as in a browser)."""
    kept: list[str] = []
    pos = 0
    while (m := _HIDDEN.search(markup, pos)) is not None:
        element = (m[1] or "").lower()
        if element == "script" and "ld+json" in m[0].lower():
            kept.append(markup[pos : m.end()])
            pos = m.end()
            continue
        kept.append(markup[pos : m.start()])
        end = _END_OF[element].search(markup, m.end())
        pos = len(markup) if end is None else end.end()
    kept.append(markup[pos:])
    return _DATA_URI.sub("data:,", "".join(kept))


def _paragraphs(text: str) -> list[str]:
    """Trafilatura ends each block (paragraph, heading, list item, and a ``<br>``) with a
    single line break; the pipeline separates paragraphs at blank lines, so each line
    becomes a paragraph of its own."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def _has_prose(paragraphs: list[str]) -> bool:
    return any(len(p.split()) >= _MIN_PROSE_WORDS and _SENTENCE_END.search(p) for p in paragraphs)


def _body(title: str | None, paragraphs: list[str]) -> list[str]:
    """The paragraphs without the headline: trafilatura mostly keeps the ``<h1>`` in its
    text, and the headline is put in front of the text, so it is taken out here (never
    doubled)."""
    if title is None:
        return paragraphs
    key = title.casefold()
    return [
        p
        for i, p in enumerate(paragraphs)
        if i >= _HEADLINE_LINES or " ".join(p.split()).casefold() != key
    ]
