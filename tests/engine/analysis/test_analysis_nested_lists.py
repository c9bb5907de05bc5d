"""A client's list with topics and items nested under them ("- Payments" / "  - yearly rent, paid
online by card"), in Markdown and in a plain-text e-mail: the topics are no requirements, the
items are, however tersely they are put."""

import pytest

from autoagi.engine.analysis import analyze
from autoagi.engine.ingest import ingest

_LIST = """Hi both, as promised here's my list for the sailing club site

- Moorings
  - members can see which moorings are free on a plan of the harbour
  - waiting list, people join online and see their position
- Fees
  - yearly fee, paid online by card
  - reminders if unpaid after 30 days
  - refunds only by the treasurer
- News
  - committee posts notices
  - members get them by email

Not bothered about a forum.

Thanks, Dave
"""


@pytest.mark.parametrize("name", ["list.md", "list.txt"])
def test_topics_over_nested_items_are_no_requirements_and_the_items_are(name, check_sources):
    result = analyze([ingest(_LIST.encode(), name)])
    check_sources(result)
    assert [r.statement for r in result.requirements] == [
        "Members should be able to see which moorings are free on a plan of the harbour.",
        # a thing, then what people do with it
        "The system should provide a waiting list: people should be able to join online and see their position.",
        "The yearly fee should be paid online by card.",  # a thing, then how it is handled
        "The system should send reminders if unpaid after 30 days.",
        "Only the treasurer should handle refunds.",
        "The committee should be able to post notices.",
        # "them": what the item before acts on; "get": they receive it, not an ability
        "Members should get the notices by email.",
        "A forum is out of scope.",  # "Not bothered about …", as a note says it
    ]
    news = result.requirements[-2]
    assert [f.rule for f in news.findings] == ["unclear_pronoun"]  # the reading is shown for a reviewer


def test_a_short_item_over_a_deeper_one_is_a_topic_only_when_it_says_nothing():
    text = "Our wish list:\n\n- Members can book online\n  - members pay by card\n- Payments\n  - refunds by staff\n"
    statements = [r.statement for r in analyze([ingest(text.encode(), "wishes.md")]).requirements]
    assert "Members should be able to book online." in statements  # it states something: kept
    assert not any(s.startswith("The system should support payments") for s in statements)


@pytest.mark.parametrize("name", ["wishes.md", "wishes.txt"])
def test_nested_items_that_go_on_with_the_item_above_finish_it(name, check_sources):
    text = (
        "Our wish list:\n\n"
        "- Members can book online\n  - by card\n  - by PayPal\n"
        "- Payments\n  - by card\n  - by bank transfer\n"
        "- Notices\n  - committee posts notices\n"
    )
    result = analyze([ingest(text.encode(), name)])
    check_sources(result)
    assert [(r.statement, [s.quote for s in r.sources]) for r in result.requirements] == [
        ("Members should be able to book online by card or by PayPal.",
         ["Members can book online", "by card", "by PayPal"]),
        # a topic whose items only go on with it is what they finish, not a title over them
        ("The system should support payments by card or by bank transfer.",
         ["Payments", "by card", "by bank transfer"]),
        ("The committee should be able to post notices.", ["committee posts notices"]),
    ]  # fmt: skip


def test_what_each_one_has_and_these_said_just_after(check_sources):
    notes = (
        "## Rules\n\n"
        "- Each room has its own hourly price: studio £20, hall £35, kitchen £15. Jo wants to change these herself.\n"
    )
    result = analyze([ingest(notes.encode(), "rules.md")])
    check_sources(result)
    assert [(r.statement, r.entities) for r in result.requirements] == [
        ("Each room should have its own hourly price: studio £20, hall £35, kitchen £15.",
         ["room", "hourly price", "studio", "hall", "kitchen"]),
        # "these": what each room has, named; "herself" is no entity
        ("Users should be able to change the hourly prices herself.", ["hourly price"]),
    ]  # fmt: skip
