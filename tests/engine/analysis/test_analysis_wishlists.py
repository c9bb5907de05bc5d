"""A wishlist kept as a Markdown task list or under a "<product> – requirements" heading: every item
beside the others is a wish (the first one is no title over the rest), an item's trailing
"(dropped, too much work)" or "(on hold – …)" puts it out of scope with its reason, a "Notes"
heading holds remarks, and a page's byline is no requirement."""

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.sections import section_style
from autoagi.engine.ingest import ingest

_TASKS = """# Choir website – wishlist

- [x] Colours picked
- [ ] Singers can sign up for concerts online
- [ ] Rehearsal calendar that the section leaders can edit themselves
- [ ] Gallery where members can upload photos
- [ ] ~~Merch shop~~ (dropped, not worth the effort)
- [ ] Forum [on hold – waiting for a volunteer]
- [ ] Waiting list when a concert is full
- [ ] Recordings page (nice to have)

## Notes
- Most singers are retired.
"""


def _read(text: str, name: str):
    return analyze([ingest(text.encode(), name)])


def test_task_list_items_are_wishes_with_their_status(check_sources):
    result = _read(_TASKS, "wishlist.md")
    check_sources(result)
    said = {r.statement: r for r in result.requirements}
    assert "Singers should be able to sign up for concerts online." in said  # people named by what they do
    assert not any("picked" in r.statement for r in result.requirements)  # "Colours picked": done, nothing to build
    assert "The system should support a rehearsal calendar that the section leaders can edit themselves." in said
    assert "The system should support a waiting list when a concert is full." in said
    assert said["The system could support a recordings page."].priority == "could"
    shop = said["A merch shop is out of scope."]
    assert (shop.priority, shop.rationale, shop.sources[0].quote) == ("wont", "Not worth the effort", "Merch shop")
    forum = said["A forum is out of scope for now."]
    assert (forum.priority, forum.rationale) == ("wont", "Waiting for a volunteer")
    assert not any("retired" in r.statement for r in result.requirements)  # a remark under "Notes"


def test_headings_that_name_the_product_and_its_wishes():
    for heading in ("Website requirements", "Club app – features", "Booking site wishlist", "Our needs"):
        assert section_style(heading) == "requirement", heading
    for heading in ("Rejected features", "Existing features", "Notes"):
        assert section_style(heading) != "requirement", heading


def test_a_page_byline_is_no_requirement():
    page = "# Shop – requirements\n\n- Owner: Dana Fox · Last updated 3 Nov\n- Customers can order online\n"
    assert [r.statement for r in _read(page, "page.md").requirements] == ["Customers should be able to order online."]


def test_a_backlog_item_s_rank_tag_and_estimate_are_no_words_of_it():
    backlog = "# Backlog\n\n- [P1] Online booking for lessons\n- [P3] Gift vouchers (est. 3 days)\n- P2: Waiting list (~1 week)\n"
    assert [(r.statement, r.priority, r.priority_cue) for r in _read(backlog, "backlog.md").requirements] == [
        ("The system must support online booking for lessons.", "must", "P1"),
        ("The system could support gift vouchers.", "could", "P3"),
        ("The system should support a waiting list.", "should", "P2"),
    ]


def test_a_rank_tag_after_a_bullet_in_plain_text():
    backlog = "Backlog\n\n- [P1] Online booking for lessons\n- P2: Waiting list (~1 week)\n"
    assert [(r.priority, r.priority_cue) for r in _read(backlog, "backlog.txt").requirements] == [
        ("must", "P1"),
        ("should", "P2"),
    ]


def test_a_fee_taken_and_a_thing_with_its_details():
    wishes = "Wishlist\n\n- Deposit for parties over 10\n- Gift cards – £10, £25 or £50, valid for a year\n"
    assert [r.statement for r in _read(wishes, "wishes.txt").requirements] == [
        "The system should take a deposit for parties over 10.",
        "The system should support gift cards: £10, £25 or £50, valid for a year.",
    ]


def test_things_whose_names_end_like_a_doer_s_are_no_people():
    wishes = "Wishlist\n\n- Flowers can be delivered the same day\n- Visitors can book a tour\n- Waiting list when fully booked\n"
    assert [r.statement for r in _read(wishes, "wishes.txt").requirements] == [
        "Flowers can be delivered the same day",
        "Visitors should be able to book a tour.",
        "The system should support a waiting list when fully booked.",
    ]
