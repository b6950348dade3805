"""Publication dates as TIMEX3 values at the precision they were given in."""

from __future__ import annotations

import datetime as dt
import re

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_ABSOLUTE_PARSERS = ["timestamp", "custom-formats", "absolute-time"]
_ISO_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}")


def parse_publication_date(raw: str, *, free_form: bool = False) -> str:
    """``2024``, ``2024-12``, ``2024-12-05`` (or an ISO date-time) as a TIMEX3 value.

    A month stays a month: no day is invented. With ``free_form``, other spellings
    (``5 Dec 2024``, RFC 2822 feed dates, ``5. Dezember 2024``) are parsed by dateparser
    and give a day. Raises ValueError with a message fit for the user.
    """
    value = raw.strip()
    if m := _ISO_DATETIME.match(value):
        value = m[1]
    if m := _ISO.match(value):
        year, month, day = int(m[1]), m[2], m[3]
        try:
            if day is not None:
                return dt.date(year, int(month), int(day)).isoformat()
            if month is not None:
                return dt.date(year, int(month), 1).strftime("%Y-%m")
            return f"{year:04d}"
        except ValueError:
            raise ValueError(f"invalid date {raw!r}") from None
    if free_form:
        import dateparser  # only needed for unusual spellings, so imported on demand

        parsed = dateparser.parse(
            value,
            languages=["en", "de"],
            # Not relative to today ("yesterday", "vor 2 Tagen"): a date the text carries.
            settings={"REQUIRE_PARTS": ["year"], "PARSERS": _ABSOLUTE_PARSERS},
        )
        if parsed is not None:
            return parsed.date().isoformat()
    raise ValueError(f"invalid date {raw!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
