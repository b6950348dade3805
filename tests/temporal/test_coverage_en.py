"""English coverage (issue 3, item 2): one row per kind of expression."""

from __future__ import annotations

import pytest

from tui.core.temporal import tag

DCT = "2024-12-05"  # a Thursday

# (sentence, expression as tagged, type, value, mod)
CASES = [
    # full and partial dates
    ("It happened on January 6, 2021.", "January 6, 2021", "DATE", "2021-01-06", None),
    ("It happened on 6 January 2021.", "6 January 2021", "DATE", "2021-01-06", None),
    ("It happened on 1/6/2021 at noon.", "1/6/2021", "DATE", "2021-01-06", None),
    ("The deadline was 2021-01-06.", "2021-01-06", "DATE", "2021-01-06", None),
    ("It began in January 2021.", "January 2021", "DATE", "2021-01", None),
    ("It happened on Jan. 6.", "Jan. 6", "DATE", "2024-01-06", None),
    ("It happened on Friday, Jan. 6, 2023.", "Friday, Jan. 6, 2023", "DATE", "2023-01-06", None),
    ("It was signed in May 2020.", "May 2020", "DATE", "2020-05", None),
    # years in context
    ("He lost the 2020 election.", "2020", "DATE", "2020", None),
    ("He called at 2.15pm.", "2.15pm", "TIME", "2024-12-05T14:15", None),
    # a 24-hour time without a colon, as British live reports write it: no year
    ("Just after 1345 GMT a ferry docked.", "1345", "TIME", "2024-12-05T13:45", None),
    ("By 1000 (1500 GMT) the hall was full.", "1000", "TIME", "2024-12-05T10:00", None),
    # a year before a plural noun after a determiner or possessive (not a count of things)
    ("The 2020 elections were close.", "2020", "DATE", "2020", None),
    ("The company's 2020 results were strong.", "2020", "DATE", "2020", None),
    ("Prices rose in 2020.", "2020", "DATE", "2020", None),
    ("The fiscal 1998 results were poor.", "fiscal 1998", "DATE", "1998", None),
    ("Prices were low before 2020.", "2020", "DATE", "2020", "BEFORE"),
    ("Prices rose after 1990.", "1990", "DATE", "1990", "AFTER"),
    ("Prices rose since 2019.", "2019", "DATE", "2019", "ON_OR_AFTER"),
    ("It was heard the week of March 6.", "the week of March 6", "DATE", "2024-W10", None),
    # decades and centuries
    ("It was popular in the 1990s.", "the 1990s", "DATE", "199", None),
    ("It was popular in the '80s.", "the '80s", "DATE", "198", None),
    ("It was built in the 19th century.", "the 19th century", "DATE", "18", None),
    # seasons, quarters, halves
    ("It opened in the spring of 2023.", "the spring of 2023", "DATE", "2023-SP", None),
    (
        "It opened in the last week of May 2024.",
        "the last week of May 2024",
        "DATE",
        "2024-W22",
        None,
    ),
    ("Profits rose in the third quarter.", "the third quarter", "DATE", "2024-Q3", None),
    ("Profits rose in Q3 2023.", "Q3 2023", "DATE", "2023-Q3", None),
    ("Sales fell in the first half of 2023.", "the first half of 2023", "DATE", "2023-H1", None),
    ("It will be hot this summer.", "this summer", "DATE", "2025-SU", None),
    ("It was hot this summer.", "this summer", "DATE", "2024-SU", None),
    ("It was cold in the fall of last year.", "the fall of last year", "DATE", "2023-FA", None),
    (
        "Sales fell in the fourth quarter of last year.",
        "the fourth quarter of last year",
        "DATE",
        "2023-Q4",
        None,
    ),
    ("The FY2023 results were poor.", "FY2023", "DATE", "2023", None),
    ("The FY24 results were poor.", "FY24", "DATE", "2024", None),
    ("Its Q4 FY2023 results were poor.", "Q4 FY2023", "DATE", "2023-Q4", None),
    ("Its 3Q24 results were poor.", "3Q24", "DATE", "2024-Q3", None),
    ("Sales rose in H1 2023.", "H1 2023", "DATE", "2023-H1", None),
    ("Sales rose in 2H23.", "2H23", "DATE", "2023-H2", None),
    ("It was popular in the late 2000s.", "late 2000s", "DATE", "200", "END"),
    ("He made the late-November trip.", "late-November", "DATE", "2024-11", "END"),
    ("It happened in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996", None),
    ("Profits rose at year-end.", "year-end", "DATE", "2024", "END"),
    ("It is done by year's end.", "year's end", "DATE", "2024", "END"),
    ("Sales rose in the current fiscal year.", "the current fiscal year", "DATE", "2024", None),
    # weekdays and parts of the day
    ("He was arrested on Wednesday.", "Wednesday", "DATE", "2024-12-04", None),
    ("He will arrive on Monday.", "Monday", "DATE", "2024-12-09", None),
    ("It burned on Wednesday night.", "Wednesday night", "DATE", "2024-12-04", None),
    ("It burned last night.", "last night", "TIME", "2024-12-04TNI", None),
    ("He left last Friday.", "last Friday", "DATE", "2024-11-29", None),
    ("He came the day after Monday.", "the day after Monday", "DATE", "2024-12-03", None),
    (
        "It was the day before last Tuesday.",
        "the day before last Tuesday",
        "DATE",
        "2024-12-02",
        None,
    ),
    ("He called yesterday morning.", "yesterday morning", "TIME", "2024-12-04TMO", None),
    ("He called in the late afternoon.", "the late afternoon", "TIME", "2024-12-05TAF", None),
    ("He called at midnight.", "midnight", "TIME", "2024-12-05T24:00", None),
    # the date after "the night of" is the expression
    ("He was shot on the night of Oct. 23.", "Oct. 23", "DATE", "2024-10-23", None),
    # clock times
    ("The crash happened at 3 p.m.", "3 p.m.", "TIME", "2024-12-05T15:00", None),
    ("The crash happened at 3:30 p.m. sharp.", "3:30 p.m.", "TIME", "2024-12-05T15:30", None),
    ("The train left at 14:30.", "14:30", "TIME", "2024-12-05T14:30", None),
    ("He left at 4 in the morning.", "4 in the morning", "TIME", "2024-12-05T04:00", None),
    ("Back at 8 o'clock at night.", "8 o'clock at night", "TIME", "2024-12-05T20:00", None),
    ("It ends at 11 at night.", "11 at night", "TIME", "2024-12-05T23:00", None),
    ("Talks broke off at noon Tuesday.", "noon Tuesday", "TIME", "2024-12-03T12:00", None),
    # relative expressions
    ("He arrived yesterday.", "yesterday", "DATE", "2024-12-04", None),
    ("He is here today.", "today", "DATE", "2024-12-05", None),
    ("He comes tomorrow.", "tomorrow", "DATE", "2024-12-06", None),
    ("He was ill last week.", "last week", "DATE", "2024-W48", None),
    ("Elections are held next year.", "next year", "DATE", "2025", None),
    ("Sales fell last year.", "last year", "DATE", "2023", None),
    # a single unit "in the past year" is the previous one; a number makes it a span
    ("Hate groups grew over the past year.", "past year", "DATE", "2023", None),
    ("Hate groups grew over the past two years.", "the past two years", "DURATION", "P2Y", None),
    ("Hate groups grew over the past decade.", "the past decade", "DURATION", "P10Y", None),
    ("It happened two weeks ago.", "two weeks ago", "DATE", "2024-W47", None),
    ("It happened three years ago.", "three years ago", "DATE", "2021", None),
    ("Sales fell last month.", "last month", "DATE", "2024-11", None),
    # vague references
    ("He recently announced it.", "recently", "DATE", "PAST_REF", None),
    ("He is currently abroad.", "currently", "DATE", "PRESENT_REF", None),
    ("He blamed current market conditions.", "current", "DATE", "PRESENT_REF", None),
    ("It may change in the future.", "the future", "DATE", "FUTURE_REF", None),
    ("It is decided at a later date.", "a later date", "DATE", "FUTURE_REF", None),
    ("Islam will one day be the largest religion.", "one day", "DATE", "FUTURE_REF", None),
    ("The strike lasted one day.", "one day", "DURATION", "P1D", None),
    # modifiers
    ("Sales rose late last year.", "late last year", "DATE", "2023", "END"),
    ("Three were hurt late Saturday.", "late Saturday", "DATE", "2024-11-30", "END"),
    ("Sales rose earlier this year.", "earlier this year", "DATE", "2024", None),
    ("He starred in the 2024/25 season.", "2024/25", "DATE", "2024", None),
    ("It started in early 2020.", "early 2020", "DATE", "2020", "START"),
    ("It happened late last year.", "late last year", "DATE", "2023", "END"),
    ("It opened in mid-March.", "mid-March", "DATE", "2024-03", "MID"),
    ("It ended at the end of 2019.", "the end of 2019", "DATE", "2019", "END"),
    ("It lasted about three years.", "three years", "DURATION", "P3Y", "APPROX"),
    ("It lasted more than two years.", "more than two years", "DURATION", "P2Y", "MORE_THAN"),
    # durations
    ("The trial lasted three years.", "three years", "DURATION", "P3Y", None),
    ("The talks lasted 45 minutes.", "45 minutes", "DURATION", "PT45M", None),
    ("He served several years.", "several years", "DURATION", "PXY", None),
    ("He signed a two-year contract.", "two-year", "DURATION", "P2Y", None),
    ("They met for a day-long session.", "day-long", "DURATION", "P1D", None),
    ("It ended a decades-long feud.", "decades-long", "DURATION", "PXY", None),
    ("He stays two more weeks.", "two more weeks", "DURATION", "P2W", None),
    ("It runs for an additional year.", "an additional year", "DURATION", "P1Y", None),
    (
        "It grows over the next couple of years.",
        "the next couple of years",
        "DURATION",
        "P2Y",
        None,
    ),
    ("Prices fell over the past two months.", "the past two months", "DURATION", "P2M", None),
    ("Sales rose in the year ended March 31.", "the year", "DURATION", "P1Y", None),
    # a fraction is written in the next smaller unit, as the English TimeML corpora do
    ("They lived there for 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M", None),
    ("It took two and a half hours.", "two and a half hours", "DURATION", "PT2H30M", None),
    ("A minute and a half later it fell.", "A minute and a half", "DURATION", "PT1M30S", None),
    ("It took half an hour.", "half an hour", "DURATION", "PT30M", None),
    ("It took 1.5 days.", "1.5 days", "DURATION", "P1DT12H", None),
    # sets
    ("They meet every week.", "every week", "SET", "P1W", None),
    ("The paper appears daily.", "daily", "SET", "P1D", None),
    ("They meet every Monday.", "every Monday", "SET", "XXXX-WXX-1", None),
    ("They meet twice a year.", "twice a year", "SET", "P1Y", None),
    ("They march each July.", "each July", "SET", "XXXX-07", None),
    ("They guard it 24 hours a day.", "24 hours a day", "SET", "P1D", None),
    # holidays
    ("He came home on Christmas Day 2023.", "Christmas Day 2023", "DATE", "2023-12-25", None),
    ("He was found on Thanksgiving Day 1999.", "Thanksgiving Day 1999", "DATE", "1999-11-25", None),
    ("They met on Easter Sunday, 2024.", "Easter Sunday, 2024", "DATE", "2024-03-31", None),
    ("Polls close on Election Day.", "Election Day", "DATE", "2024-11-05", None),
    ("On Election Day in 2004, Doe conceded.", "Election Day in 2004", "DATE", "2004-11-02", None),
    ("The truce of Christmas of 1914 held.", "Christmas of 1914", "DATE", "1914-12-25", None),
    ("The sale began on Black Friday.", "Black Friday", "DATE", "2024-11-29", None),
    ("They marched on St. Patrick's Day.", "St. Patrick's Day", "DATE", "2024-03-17", None),
    (
        "He spoke on Martin Luther King Jr. Day.",
        "Martin Luther King Jr. Day",
        "DATE",
        "2024-01-15",
        None,
    ),
    ("The shops close on Boxing Day.", "Boxing Day", "DATE", "2024-12-26", None),
    # numbers and ordinals spelled out
    ("It lasted twenty-six years.", "twenty-six years", "DURATION", "P26Y", None),
    ("It stood for two hundred years.", "two hundred years", "DURATION", "P200Y", None),
    ("It took three quarters of an hour.", "three quarters of an hour", "DURATION", "PT45M", None),
    ("It took a quarter of a century.", "a quarter of a century", "DURATION", "P25Y", None),
    ("It was built in the nineteenth century.", "the nineteenth century", "DATE", "18", None),
    (
        "It began in the early twenty-first century.",
        "early twenty-first century",
        "DATE",
        "20",
        "START",
    ),
    # "a decade ago" is the year ten years back, not the previous decade
    ("A decade ago it was different.", "A decade ago", "DATE", "2014", None),
    ("Two centuries ago it was a village.", "Two centuries ago", "DATE", "1824", None),
    # "this spring" is the one the tense points at
    ("It rained a lot this spring.", "this spring", "DATE", "2024-SP", None),
    ("It will rain this spring.", "this spring", "DATE", "2025-SP", None),
    # a part of the day, every day
    ("She runs every morning.", "every morning", "SET", "TMO", None),
]


@pytest.mark.parametrize(("sentence", "phrase", "kind", "value", "mod"), CASES)
def test_english_expression(find, sentence, phrase, kind, value, mod):
    timex = find(sentence, "en", DCT, phrase)
    assert (timex.type, timex.value, timex.mod) == (kind, value, mod)


POINTED = [
    ("It will show in the coming months.", "the coming months", "DURATION", "PXM", "FUTURE_REF"),
    ("Rates may fall in coming weeks.", "coming weeks", "DURATION", "PXW", "FUTURE_REF"),
    ("Funds will sell in the weeks ahead.", "the weeks ahead", "DURATION", "PXW", "FUTURE_REF"),
    ("Prices rose in recent years.", "recent years", "DURATION", "PXY", None),
    ("He will decide in three months.", "three months", "DURATION", "P3M", "2025-03"),
    # "later" and "earlier" are signals: the span is the amount, placed by its point
    ("He came in 2016. Three years later he left.", "Three years", "DURATION", "P3Y", "2019"),
    ("He left in 2016. Two years earlier he came.", "Two years", "DURATION", "P2Y", "2014"),
    ("Prices fell over the past two months.", "the past two months", "DURATION", "P2M", "PAST_REF"),
    (
        "Prices will rise in the next two weeks.",
        "the next two weeks",
        "DURATION",
        "P2W",
        "FUTURE_REF",
    ),
]


@pytest.mark.parametrize(("sentence", "phrase", "kind", "value", "point"), POINTED)
def test_english_span_points_in_time(find, sentence, phrase, kind, value, point):
    timex = find(sentence, "en", DCT, phrase)
    assert (timex.type, timex.value, timex.point) == (kind, value, point)


def test_part_of_the_day_before_a_date_is_not_tagged_apart():
    found = tag("He was shot on the night of Oct. 23.", lang="en", dct=DCT)
    assert [t.text for t in found] == ["Oct. 23"]
