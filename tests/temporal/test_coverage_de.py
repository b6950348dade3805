"""German coverage (issue 3, item 2): one row per kind of expression."""

from __future__ import annotations

import pytest

DCT = "2024-12-05"  # a Thursday

# (sentence, expression as tagged, type, value, mod)
CASES = [
    # full and partial dates
    ("Das war am 6. Januar 2021.", "6. Januar 2021", "DATE", "2021-01-06", None),
    ("Das war am 6.1.2021 in Berlin.", "6.1.2021", "DATE", "2021-01-06", None),
    ("Das Treffen war am 06.01.21.", "06.01.21", "DATE", "2021-01-06", None),
    ("Stichtag war der 2021-01-06.", "2021-01-06", "DATE", "2021-01-06", None),
    ("Im Januar 2021 begann es.", "Januar 2021", "DATE", "2021-01", None),
    ("Im Jänner 2015 schneite es.", "Jänner 2015", "DATE", "2015-01", None),
    ("Es war am 6. Januar.", "6. Januar", "DATE", "2024-01-06", None),
    (
        "Am Donnerstag, 18. Dezember 2014 kam er.",
        "Donnerstag, 18. Dezember 2014",
        "DATE",
        "2014-12-18",
        None,
    ),
    ("Das war im August vorigen Jahres.", "August vorigen Jahres", "DATE", "2023-08", None),
    # years in context
    ("Bei der Wahl 2020 verlor er.", "2020", "DATE", "2020", None),
    ("Im Jahr 2020 verlor er.", "Jahr 2020", "DATE", "2020", None),
    ("Der Winter 1850/51 war hart.", "Winter 1850/51", "DATE", "1850-WI", None),
    ("Die Saison 2023/24 war lang.", "2023/24", "DATE", "2023", None),
    ("Die Saison 2019/2020 war lang.", "2019/2020", "DATE", "2019", None),
    ("Das war Mitte der 1990er Jahre.", "Mitte der 1990er Jahre", "DATE", "199", "MID"),
    ("Seit Jahresbeginn stieg der Preis.", "Jahresbeginn", "DATE", "2024", "START"),
    ("Zum Monatsende wird gezahlt.", "Monatsende", "DATE", "2024-12", "END"),
    ("Im Herbst vergangenen Jahres kam er.", "Herbst vergangenen Jahres", "DATE", "2023-FA", None),
    ("Seit 2019 ist er Bürgermeister.", "2019", "DATE", "2019", "ON_OR_AFTER"),
    ("Bis 2030 soll es fertig sein.", "2030", "DATE", "2030", "ON_OR_BEFORE"),
    ("Vor 2020 war alles anders.", "2020", "DATE", "2020", "BEFORE"),
    ("Nach 2010 wurde gebaut.", "2010", "DATE", "2010", "AFTER"),
    ("Die Messe ist in der KW 5.", "KW 5", "DATE", "2024-W05", None),
    ("Das war in der 12. Kalenderwoche 2023.", "12. Kalenderwoche 2023", "DATE", "2023-W12", None),
    # decades and centuries
    ("Das war in den 1920er Jahren.", "den 1920er Jahren", "DATE", "192", None),
    ("Die 1920er waren wild.", "Die 1920er", "DATE", "192", None),
    ("Die zwanziger Jahre waren wild.", "Die zwanziger Jahre", "DATE", "192", None),
    ("Das war in den 80er Jahren.", "den 80er Jahren", "DATE", "198", None),
    ("Im 19. Jahrhundert wuchs die Stadt.", "19. Jahrhundert", "DATE", "18", None),
    # seasons, quarters, halves
    ("Im Frühjahr 2023 kam es.", "Frühjahr 2023", "DATE", "2023-SP", None),
    ("Mitte der Achtzigerjahre zog sie um.", "Mitte der Achtzigerjahre", "DATE", "198", "MID"),
    ("Moldau war bis 1991 Teil der Sowjetunion.", "1991", "DATE", "1991", None),
    # the week of a month an ordinal names (ISO week holding its 4th, 11th, ... day)
    (
        "In der ersten Januarwoche 2025 kam es.",
        "der ersten Januarwoche 2025",
        "DATE",
        "2025-W01",
        None,
    ),
    ("Der Umsatz stieg im Q3.", "Q3", "DATE", "2024-Q3", None),
    ("Im dritten Quartal 2009 sank er.", "dritten Quartal 2009", "DATE", "2009-Q3", None),
    ("Das zweite Halbjahr wird besser.", "Das zweite Halbjahr", "DATE", "2024-H2", None),
    ("Im 1. Halbjahr 2023 stieg er.", "1. Halbjahr 2023", "DATE", "2023-H1", None),
    ("Im 3. Quartal stieg er.", "3. Quartal", "DATE", "2024-Q3", None),
    ("Im H1 2023 stieg er.", "H1 2023", "DATE", "2023-H1", None),
    ("Im Sommer war es heiß.", "Sommer", "DATE", "2024-SU", None),
    # weekdays and parts of the day
    ("Am Mittwoch wurde er verhaftet.", "Mittwoch", "DATE", "2024-12-04", None),
    ("Am Mittwochabend kam es zum Streit.", "Mittwochabend", "TIME", "2024-12-04TEV", None),
    ("Am Montag wird die Schule eröffnet.", "Montag", "DATE", "2024-12-09", None),
    ("Am vergangenen Freitag kam er.", "vergangenen Freitag", "DATE", "2024-11-29", None),
    ("Gestern Abend brannte es.", "Gestern Abend", "TIME", "2024-12-04TEV", None),
    ("Heute früh brannte es.", "Heute früh", "TIME", "2024-12-05TMO", None),
    ("Am Montag früh brannte es.", "Montag früh", "TIME", "2024-12-02TMO", None),
    ("Es brannte in der Früh.", "Früh", "TIME", "2024-12-05TMO", None),
    ("Es brannte in der Nacht auf Sonntag.", "Nacht auf Sonntag", "TIME", "2024-11-30TNI", None),
    ("Vergangene Nacht brannte es.", "Vergangene Nacht", "TIME", "2024-12-04TNI", None),
    ("Es brannte am frühen Morgen.", "frühen Morgen", "TIME", "2024-12-05TMO", None),
    ("Es brannte gegen Mittag.", "Mittag", "TIME", "2024-12-05TMI", None),
    ("Am Wochenende wurde gefeiert.", "Wochenende", "DATE", "2024-W48-WE", None),
    # clock times
    ("Der Unfall passierte um 14:30 Uhr.", "14:30 Uhr", "TIME", "2024-12-05T14:30", None),
    ("Der Zug kam um 20.30 Uhr.", "20.30 Uhr", "TIME", "2024-12-05T20:30", None),
    ("Beginn ist um 18 Uhr.", "18 Uhr", "TIME", "2024-12-05T18:00", None),
    ("Er kam um 8 Uhr abends.", "8 Uhr abends", "TIME", "2024-12-05T20:00", None),
    ("Er kam um 3 Uhr morgens.", "3 Uhr morgens", "TIME", "2024-12-05T03:00", None),
    # relative expressions
    ("Gestern kam er an.", "Gestern", "DATE", "2024-12-04", None),
    ("Heute ist er da.", "Heute", "DATE", "2024-12-05", None),
    ("Er kommt morgen.", "morgen", "DATE", "2024-12-06", None),
    ("Letzte Woche war er krank.", "Letzte Woche", "DATE", "2024-W48", None),
    ("Nächstes Jahr wird gewählt.", "Nächstes Jahr", "DATE", "2025", None),
    ("Im Vorjahr waren es weniger.", "Vorjahr", "DATE", "2023", None),
    ("Heuer wird gebaut.", "Heuer", "DATE", "2024", None),
    ("Im vergangenen Monat stieg der Preis.", "vergangenen Monat", "DATE", "2024-11", None),
    ("Dies gilt im laufenden Jahr.", "laufenden Jahr", "DATE", "2024", None),
    # vague references
    ("Kürzlich kündigte er an, zu gehen.", "Kürzlich", "DATE", "PAST_REF", None),
    ("Er wird bald gehen.", "bald", "DATE", "FUTURE_REF", None),
    ("Das soll auch in Zukunft so bleiben.", "Zukunft", "DATE", "FUTURE_REF", None),
    ("In naher Zukunft wird gebaut.", "naher Zukunft", "DATE", "FUTURE_REF", None),
    ("Derzeit ist alles ruhig.", "Derzeit", "DATE", "PRESENT_REF", None),
    ("Vor kurzem war er hier.", "Vor kurzem", "DATE", "PAST_REF", None),
    ("Eines Tages stand er vor der Tür.", "Eines Tages", "DATE", "PAST_REF", None),
    ("Eines Tages wird er kommen.", "Eines Tages", "DATE", "FUTURE_REF", None),
    ("Davon zehrt das Land noch heute.", "heute", "DATE", "PRESENT_REF", None),
    # modifiers
    ("Ende vergangenen Jahres sank er.", "Ende vergangenen Jahres", "DATE", "2023", "END"),
    ("Anfang nächster Woche wird gewählt.", "Anfang nächster Woche", "DATE", "2024-W50", "START"),
    ("Im Laufe des Tages wird entschieden.", "Laufe des Tages", "DATE", "2024-12-05", None),
    ("Zu Ostern kommt er.", "Ostern", "DATE", "2025-04-20", None),
    ("Anfang März kam er.", "Anfang März", "DATE", "2024-03", "START"),
    ("Mitte 2020 kam er.", "Mitte 2020", "DATE", "2020", "MID"),
    ("Ende des Jahres ist Schluss.", "Ende des Jahres", "DATE", "2024", "END"),
    ("Anfang der 90er zog er um.", "Anfang der 90er", "DATE", "199", "START"),
    ("Das dauerte rund 200 Stunden.", "rund 200 Stunden", "DURATION", "PT200H", "APPROX"),
    # durations
    ("Das dauerte drei Jahre.", "drei Jahre", "DURATION", "P3Y", None),
    # a fraction stays a decimal, as KRAUTS writes it
    ("Er brauchte dreieinhalb Minuten.", "dreieinhalb Minuten", "DURATION", "PT3.5M", None),
    ("Das dauerte 45 Minuten.", "45 Minuten", "DURATION", "PT45M", None),
    ("Es wurden 3435 Stunden geleistet.", "3435 Stunden", "DURATION", "PT3435H", None),
    ("Er war mehrere Jahre im Amt.", "mehrere Jahre", "DURATION", "PXY", None),
    ("Er war seit vier Jahren im Amt.", "vier Jahren", "DURATION", "P4Y", None),
    ("Sie stritten jahrelang.", "jahrelang", "DURATION", "PXY", None),
    ("Sie stritten ein halbes Jahr.", "ein halbes Jahr", "DURATION", "P6M", None),
    ("Das dauerte ein Jahrzehnt.", "ein Jahrzehnt", "DURATION", "P10Y", None),
    # sets
    ("Er kommt jeden Montag.", "jeden Montag", "SET", "XXXX-WXX-1", None),
    ("Das Fest findet jährlich statt.", "jährlich", "SET", "P1Y", None),
    ("Der Bus fährt jeden Tag.", "jeden Tag", "SET", "P1D", None),
    ("Sie treffen sich einmal im Monat.", "einmal im Monat", "SET", "P1M", None),
    ("Der Markt ist samstags offen.", "samstags", "SET", "XXXX-WXX-6", None),
    # holidays
    ("Zu Weihnachten 2023 kam er.", "Weihnachten 2023", "DATE", "2023-12-25", None),
    ("Zu Ostern 2024 kam er.", "Ostern 2024", "DATE", "2024-03-31", None),
    ("Zu Pfingsten war er da.", "Pfingsten", "DATE", "2024-05-19", None),
    ("Die Prozession ist zu Fronleichnam 2015.", "Fronleichnam 2015", "DATE", "2015-06-04", None),
    ("Über Weihnachten 2023 war er daheim.", "Weihnachten 2023", "DATE", "2023-12-25", None),
    ("Am ersten Advent war Markt.", "ersten Advent", "DATE", "2024-12-01", None),
    ("Am dritten Advent 2023 war Markt.", "dritten Advent 2023", "DATE", "2023-12-17", None),
    ("Am Buß- und Bettag war Markt.", "Buß- und Bettag", "DATE", "2024-11-20", None),
    ("Am Reformationstag war frei.", "Reformationstag", "DATE", "2024-10-31", None),
    (
        "Am zweiten Weihnachtsfeiertag kam er.",
        "zweiten Weihnachtsfeiertag",
        "DATE",
        "2024-12-26",
        None,
    ),
    ("An Christi Himmelfahrt war frei.", "Christi Himmelfahrt", "DATE", "2024-05-09", None),
    # numbers and ordinals spelled out
    ("Es dauerte sechsundzwanzig Jahre.", "sechsundzwanzig Jahre", "DURATION", "P26Y", None),
    ("Es stand zweihundert Jahre.", "zweihundert Jahre", "DURATION", "P200Y", None),
    ("Im neunzehnten Jahrhundert wuchs sie.", "neunzehnten Jahrhundert", "DATE", "18", None),
    (
        "Anfang des zwanzigsten Jahrhunderts kam er.",
        "Anfang des zwanzigsten Jahrhunderts",
        "DATE",
        "19",
        "START",
    ),
    # "diesen Sommer" is the one the tense points at
    ("Diesen Sommer war es heiß.", "Diesen Sommer", "DATE", "2024-SU", None),
    ("Diesen Sommer wird es heiß.", "Diesen Sommer", "DATE", "2025-SU", None),
    # a part of the day, every day
    ("Er läuft jeden Morgen.", "jeden Morgen", "SET", "TMO", None),
]


@pytest.mark.parametrize(("sentence", "phrase", "kind", "value", "mod"), CASES)
def test_german_expression(find, sentence, phrase, kind, value, mod):
    timex = find(sentence, "de", DCT, phrase)
    assert (timex.type, timex.value, timex.mod) == (kind, value, mod)


# (sentence, expression, type, value, point): spans that place their sentence in time.
POINTED = [
    (
        "Das zeigt sich in den kommenden Monaten.",
        "den kommenden Monaten",
        "DURATION",
        "PXM",
        "FUTURE_REF",
    ),
    (
        "Es geschah in den vergangenen Tagen.",
        "den vergangenen Tagen",
        "DURATION",
        "PXD",
        "PAST_REF",
    ),
    ("Das war vor zwei Jahren.", "zwei Jahren", "DURATION", "P2Y", "2022"),
    ("Er kommt in drei Monaten.", "drei Monaten", "DURATION", "P3M", "2025-03"),
    ("Vor wenigen Tagen kam er.", "wenigen Tagen", "DURATION", "PXD", "PAST_REF"),
    ("Seit vier Jahren ist er im Amt.", "vier Jahren", "DURATION", "P4Y", "2020"),
    ("Seit Jahren ist er im Amt.", "Seit Jahren", "DURATION", "PXY", "PAST_REF"),
    # "vor zwei Jahrzehnten" points at the year twenty years back
    ("Vor zwei Jahrzehnten kam er.", "zwei Jahrzehnten", "DURATION", "P20Y", "2004"),
]


@pytest.mark.parametrize(("sentence", "phrase", "kind", "value", "point"), POINTED)
def test_german_span_points_in_time(find, sentence, phrase, kind, value, point):
    timex = find(sentence, "de", DCT, phrase)
    assert (timex.type, timex.value, timex.point) == (kind, value, point)
