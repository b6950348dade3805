"""A small corpus for the story and key-dates views: three articles report the same vote in
their own words (one with a title that looks like markup), and other events around it."""

from __future__ import annotations

from ui_fixtures import AnalysisBuilder

from tui.core.model import Analysis

HERALD = (
    "Parliament passes climate law\n\n"
    "On 13 March 2024 the Bundestag voted to approve the climate protection law by 412 votes "
    "to 198.\n\n"
    "Olaf Scholz had presented the draft on 2 February 2024.\n\n"
    "The law takes effect on 1 January 2025.\n"
)
COURIER = (
    "Climate law approved\n\n"
    "The climate protection law was approved by the Bundestag on 13 March 2024, with 412 votes "
    "in favour and 198 against.\n\n"
    "Environmental groups in Hamburg will march on 20 April 2024.\n"
)
GAZETTE = (
    "After the vote\n\n"
    "Lawmakers in the Bundestag approved the climate protection law on 13 March 2024 in a vote "
    "of 412 to 198.\n\n"
    "On 13 March 2024 Bayern Munich beat Arsenal in London.\n"
)


def add_vote(b: AnalysisBuilder) -> None:
    b.entity("org-bundestag", "Bundestag", "ORG")
    b.entity("per-scholz", "Olaf Scholz", "PER", "Scholz")
    b.entity("loc-hamburg", "Hamburg", "LOC")
    b.entity("org-bayern", "Bayern Munich", "ORG")
    b.entity("org-arsenal", "Arsenal", "ORG")
    b.entity("loc-london", "London", "LOC")
    herald = b.document(
        "herald", HERALD, title="Parliament passes climate law", dct="2024-03-14",
        lang="en", source="The Herald",
    )  # fmt: skip
    b.event(herald, "On 13 March", value="2024-03-13", timex="13 March 2024")
    b.event(herald, "Olaf Scholz", value="2024-02-02", timex="2 February 2024")
    b.event(herald, "The law takes", value="2025-01-01", timex="1 January 2025")
    courier = b.document(
        "courier", COURIER, title="[bold]Climate law[/bold] approved", dct="2024-03-14",
        lang="en", source="Daily Courier",
    )  # fmt: skip
    b.event(courier, "The climate", value="2024-03-13", timex="13 March 2024")
    b.event(courier, "Environmental", value="2024-04-20", timex="20 April 2024")
    gazette = b.document(
        "gazette", GAZETTE, title="After the vote", dct="2024-03-15", lang="en",
        source="Gazette",
    )  # fmt: skip
    b.event(gazette, "Lawmakers", value="2024-03-13", timex="13 March 2024")
    b.event(gazette, "On 13 March 2024 Bayern", value="2024-03-13", timex="13 March 2024")


def vote_analysis() -> Analysis:
    builder = AnalysisBuilder()
    add_vote(builder)
    return builder.build()
