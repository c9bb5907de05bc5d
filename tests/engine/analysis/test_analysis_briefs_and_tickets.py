"""A project brief (what it must do, who will use it, what is out of scope) and a help desk's ticket
export (one request per ticket, its subject says what, its description why)."""

import pytest

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.listed import listed_statement
from autoagi.engine.analysis.priority import moscow_heading
from autoagi.engine.analysis.sections import section_style
from autoagi.engine.analysis.tickets import says_nothing, subject_statement
from autoagi.engine.analysis.words import as_theirs
from autoagi.engine.ingest import ingest

_BRIEF = """# Project brief: Harbour Yoga booking app

## Background
Harbour Yoga runs three studios in Bristol. Bookings are taken by phone and on a paper sheet at the desk.

## Who will use it?
Members, teachers and the front-desk staff. The owner, Priya, will look at reports once a week.

## What it must do
- Members book a class from their phone and see how many places are left.
- Teachers see who is booked into their class and mark attendance.
- Front-desk staff can book a walk-in member into a class.

## What it should do
- Members get a reminder the day before.

## Success criteria
- No double bookings.

## Out of scope
- Check-ups still by phone for now.
- Retail sales.
"""


def test_a_brief_gives_what_it_must_do_who_uses_it_and_what_is_ruled_out(check_sources):
    result = analyze([ingest(_BRIEF.encode(), "brief.md")])
    check_sources(result)
    got = [(r.statement, r.priority) for r in result.requirements]
    assert got == [
        ("The owner should be able to look at reports once a week.", "should"),
        ("Members must be able to book a class from their phone and see how many places are left.", "must"),
        ("Teachers must be able to see who is booked into their class and mark attendance.", "must"),
        ("Front-desk staff must be able to book a walk-in member into a class.", "must"),
        ("Members should get a reminder the day before.", "should"),
        ("The system must not allow double bookings.", "must"),
        ("Check-ups are out of scope for now (still by phone).", "wont"),
        ("Retail sales are out of scope.", "wont"),
    ]
    owner = result.requirements[0]
    assert owner.actors == ["owner"]
    assert owner.sources[0].quote == "The owner, Priya, will look at reports once a week."
    assert result.requirements[3].actors[0] == "front-desk staff"
    assert result.requirements[5].kind == "functional"  # a rule of the business, not a security control


def test_headings_that_say_what_it_must_or_should_do():
    assert section_style("What it must do") == "requirement"
    assert section_style("3. What the app should do on day one") == "requirement"
    assert section_style("What it did before") is None
    assert moscow_heading("What it must do") == "must"
    assert moscow_heading("What the app has to do") == "must"
    assert moscow_heading("What it should do") == "should"
    assert moscow_heading("What it could do later") == "could"
    assert moscow_heading("What we learnt") is None


def test_who_will_use_it_says_what_they_will_do_with_it():
    assert section_style("Who will use it?") == "users"
    assert section_style("Users") == "users"
    assert section_style("Target audience") == "users"
    assert section_style("Who will pay for it?") is None
    assert section_style("User stories") == "requirement"
    text = "## Users\n- Teachers will use it on their phones between classes.\n- Members, teachers and staff.\n"
    got = [r.statement for r in analyze([ingest(text.encode(), "brief.md")]).requirements]
    assert got == ["Teachers should be able to use the system on their phones between classes."]


def test_will_outside_a_users_section_stays_as_written():
    text = "## Plan\n- Teachers will use it on their phones between classes.\n"
    got = [r.statement for r in analyze([ingest(text.encode(), "brief.md")]).requirements]
    assert got == ["Teachers will use it on their phones between classes."]


@pytest.mark.parametrize(
    ("item", "statement"),
    [
        ("Front-desk staff can book a walk-in member", "Front-desk staff should be able to book a walk-in member."),
        (
            "Reception staff see all bookings for the day",
            "Reception staff should be able to see all bookings for the day.",
        ),
        ("Support staff can close tickets", "Support staff should be able to close tickets."),
        ("Let members book a class", "The system should let members book a class."),  # not "Let members should"
        ("Ensure staff can log in with SSO", None),
    ],
)
def test_a_group_named_by_two_words_can_do_what_the_item_says(item, statement):
    assert listed_statement(item) == statement


def test_no_double_bookings_is_a_rule_and_no_gift_cards_rules_a_feature_out():
    text = "## Notes\n- No double bookings.\n- No gift cards.\n- No duplicate invoices, we tried that and the accountant hated it.\n"
    got = [(r.statement, r.priority) for r in analyze([ingest(text.encode(), "notes.md")]).requirements]
    assert got == [
        ("The system must not allow double bookings.", "must"),
        ("Gift cards are out of scope.", "wont"),
        ("The system must not allow duplicate invoices.", "must"),
    ]


def test_what_stays_as_it_is_is_ruled_out_with_how_it_is_done_meanwhile():
    text = "## Out of scope\n- Check-ups still by phone for now.\n- Invoices are still done in Xero.\n"
    got = [r.statement for r in analyze([ingest(text.encode(), "brief.md")]).requirements]
    assert got == [
        "Check-ups are out of scope for now (still by phone).",
        "Invoices are out of scope (still done in Xero).",
    ]


_TICKETS = """Ticket ID,Created,Subject,Description,Status,Priority
4812,2026-10-02,Can't reset password,"I clicked forgot password but never got the email. Checked spam too. Please help, I can't log in.",Open,High
4813,2026-10-03,Export to Excel please,"Would be great if we could export the member list to Excel, we do our mailings from it.",Open,Low
4815,2026-10-04,App very slow in the evenings,"Between 6 and 8pm the timetable takes ages to load, sometimes 20 seconds. Members are complaining.",Open,Medium
4817,2026-10-05,Lost my basket each time,"Every time I switch to the app from the website, my basket is empty and I have to add everything again.",Closed,Medium
4820,2026-10-06,Dark mode?,"Any chance of a dark mode? The white screen is painful at night.",Open,Low
4821,2026-10-06,Hello,"I would like to be able to book for my daughter too, she is 14.",Open,Medium
4822,2026-10-07,Thank you!,Just wanted to say the new timetable is lovely.,Solved,Low
4823,2026-10-08,Can't reset password,The reset link says it has expired straight away.,Open,High
"""


def test_a_ticket_export_gives_one_requirement_per_ticket_from_its_subject(check_sources):
    result = analyze([ingest(_TICKETS.encode(), "tickets.csv")])
    check_sources(result)
    got = [(r.statement, r.priority) for r in result.requirements]
    assert got == [
        ("Users must be able to reset their password.", "must"),
        ("Users could export to Excel.", "could"),  # a "Low" ticket words it as a could-have
        ("The app must respond quickly in the evenings.", "should"),
        ("The basket must not be lost.", "should"),
        ("The system could support a dark mode.", "could"),
        ("Users should be able to book for their daughter too.", "should"),
    ]
    reset, _, slow, basket, dark, daughter = result.requirements
    # the description tells why; two tickets asking the same are one requirement with both sources
    assert reset.rationale.startswith("I clicked forgot password but never got the email.")
    assert [s.quote for s in reset.sources] == ["Can't reset password", "Can't reset password"]
    assert slow.kind == "non_functional" and slow.category == "performance_efficiency"
    assert "20 seconds" in slow.rationale
    assert basket.rationale.startswith("Every time I switch to the app")
    assert dark.rationale == "Any chance of a dark mode? The white screen is painful at night."
    # "Hello" asks for nothing: what the customer wants is in the description, said of them
    assert daughter.sources[0].quote.startswith("I would like to be able to book for my daughter")
    assert not any("timetable is lovely" in s.quote for r in result.requirements for s in r.sources)


def test_a_table_without_ticket_columns_still_reads_its_description_column():
    text = "ID,Summary,Description\n1,Booking,Members must be able to book a class online.\n"
    got = [r.statement for r in analyze([ingest(text.encode(), "backlog.csv")]).requirements]
    assert got == ["Members must be able to book a class online."]


@pytest.mark.parametrize(
    ("subject", "statement"),
    [
        ("Unable to log in on Android", "Users must be able to log in on Android."),
        ("Help! Can't log in", "Users must be able to log in."),
        ("Can't see my bookings", "Users must be able to see their bookings."),
        ("Login doesn't work on Safari", "The login must work on Safari."),
        ("URGENT: checkout broken", "The checkout must work."),
        ("Password reset email never arrives", "The password reset email must arrive."),
        ("Booking confirmation not sent", "The booking confirmation must be sent."),
        ("Didn't get receipt", "Users must receive their receipt."),
        ("App crashes when uploading photos", "The app must not crash when uploading photos."),
        ("Payment page freezes on iPhone", "The payment page must not freeze on iPhone."),
        ("Timetable slow to load", "The timetable must load quickly."),
        ("Basket emptied when I switch to the app", "The basket must not be lost when they switch to the app."),
        ("Why was I charged twice?", "Customers must not be charged twice."),
        (
            "Feature request: waiting list for full classes",
            "The system should support a waiting list for full classes.",
        ),
        ("Any chance of a dark mode?", "The system should support a dark mode."),
        ("Timetable doesn't load on Android 10", "The timetable must load on Android 10."),
        ("App won't open after update", "The app must open after update."),
        ("Calendar not syncing", "The calendar must sync."),
        ("Please add Apple Pay", "The system should support Apple Pay."),
        ("Wrong price shown for kids classes", "The correct price must be shown for kids classes."),
        ("Can I change my email address?", "Users should be able to change their email address."),
        ("Duplicate emails", "The system must not allow duplicate emails."),
        ("Option to pause membership", "Users should be able to pause their membership."),
        ("Why is the app different on iPad?", None),
        ("Question about my membership", None),
    ],
)
def test_ticket_subjects(subject, statement):
    assert subject_statement(subject) == statement


def test_subjects_that_ask_for_nothing():
    assert says_nothing("Hello")
    assert says_nothing("Re: Question about my membership")
    assert says_nothing("Order #1234")
    assert says_nothing("Refund request")
    assert not says_nothing("Export to Excel please")
    assert not says_nothing("Waiting list for full classes")


def test_what_a_user_wrote_of_themselves_is_said_of_them():
    assert as_theirs("pause my membership while I'm travelling") == "pause their membership while they're travelling"
    assert as_theirs("I am away and we were told") == "they are away and they were told"
    assert as_theirs("Ian was there") == "Ian was there"


def test_a_github_issues_export_is_read_like_tickets():
    text = (
        "number,title,body,state,labels\n"
        "12,Export bookings to CSV,We need to get the week's bookings into Excel for payroll.,open,enhancement\n"
        '13,Timetable doesn\'t load on Android 10,"Blank screen on my Samsung, works on iPhone.",open,bug\n'
    )
    got = [(r.statement, r.rationale) for r in analyze([ingest(text.encode(), "issues.csv")]).requirements]
    assert got == [
        (
            "Users should be able to export bookings to CSV.",
            "We need to get the week's bookings into Excel for payroll.",
        ),
        ("The timetable must load on Android 10.", "Blank screen on my Samsung, works on iPhone."),
    ]


def test_a_jira_export_is_read_as_a_backlog_not_as_tickets():
    text = (
        "Issue key,Summary,Issue Type,Priority,Description\n"
        'HY-1,Book a class,Story,High,"As a member, I want to book a class from my phone so that I don\'t have to ring."\n'
    )
    (story,) = analyze([ingest(text.encode(), "jira.csv")]).requirements
    assert story.statement.startswith("As a member, I want to book a class from my phone")


_BACKLOG = """ID,Requirement,Priority,Status,Comments
R1,Members can book a class online,High,Agreed,
R2,Members can pay by direct debit,Medium,Deferred,Phase 2 - needs GoCardless
R3,Loyalty points for every class,Low,Rejected,Client dropped it on 12 Nov
R4,Gift vouchers,Medium,Open,Waiting for pricing from Priya
"""


def test_a_backlogs_status_puts_off_what_was_deferred_or_rejected(check_sources):
    result = analyze([ingest(_BACKLOG.encode(), "backlog.csv")])
    check_sources(result)
    got = [(r.statement, r.priority, r.priority_cue) for r in result.requirements]
    assert got == [
        ("Members must be able to book a class online.", "must", "High"),  # "High" words it as a must
        # a comment that qualifies the row goes with it; one that explains it is its rationale
        ("Members should be able to pay by direct debit (phase 2 - needs GoCardless).", "wont", "Won't (Deferred)"),
        ("Loyalty points for every class are out of scope.", "wont", "Won't (Rejected)"),
        ("The system should support gift vouchers (waiting for pricing from Priya).", "should", "Medium"),
    ]
    assert result.requirements[2].rationale == "Client dropped it on 12 Nov"
