"""Defects a reviewer found in the output on realistic client documents, one test per rule."""

import hashlib

import pytest

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.grammar import noun_phrases
from autoagi.engine.analysis.people import find_people
from autoagi.engine.analysis.words import singular
from autoagi.engine.artifacts import Document, Segment


def _doc(text: str, segments=(), media_type: str = "text/markdown") -> Document:
    return Document(
        id="d1",
        name="d1.md",
        media_type=media_type,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        text=text,
        segments=list(segments),
    )


@pytest.mark.parametrize(
    ("plural", "expected"),
    [
        ("species", "species"),
        ("series", "series"),
        ("status", "status"),
        ("statuses", "status"),
        ("analysis", "analysis"),
        ("analyses", "analysis"),
        ("buses", "bus"),
        ("causes", "cause"),
        ("data", "data"),
        ("children", "child"),
        ("policies", "policy"),
        ("movies", "movie"),
        ("boxes", "box"),
        ("caches", "cache"),
        ("churches", "church"),
        ("knives", "knife"),
        ("criteria", "criterion"),
        ("check-ins", "check-in"),
        ("APIs", "API"),
        ("SMS", "SMS"),
        ("Invoices", "Invoice"),
    ],
)
def test_singular_handles_irregular_and_already_singular_words(plural, expected):
    assert singular(plural) == expected


def test_entity_names_are_proper_singulars(make_doc):
    req = analyze([make_doc("The system shall record the species and the diagnoses of each patient.")]).requirements[0]
    assert "species" in req.entities
    assert "diagnosis" in req.entities
    assert not any("specy" in e or e == "diagnose" for e in req.entities)


def test_adjectives_and_predicates_are_not_entities():
    heads = {p.head.lower() for p in noun_phrases("The export must be available and the list is complete and big.")}
    assert "available" not in heads and "big" not in heads
    heads = {p.head.lower() for p in noun_phrases("Owners edit the timetable when they know the dates.")}
    assert "timetable" in heads and "know" not in heads


def test_a_verb_with_its_particle_ends_the_phrase_before_it():
    phrases = [" ".join(p.words) for p in noun_phrases("When a table frees up or the screen locks up, ring a bell.")]
    assert phrases[:2] == ["table", "screen"]
    # a plural noun before "up" or "back" stays a noun
    phrases = [
        " ".join(p.words) for p in noun_phrases("Send the sales details back with voltage fluctuations up to 5%.")
    ]
    assert "sales details" in phrases and "voltage fluctuations" in phrases


def test_people_named_in_a_document_are_never_entities():
    text = (
        "Attendees: Kim Lee (buyer), Ravi Shah (warehouse lead).\n\n"
        "Kim wants a weekly export of open orders.\n"
        "Ravi said the picking list must show the shelf of every item.\n"
    )
    result = analyze([_doc(text)])
    entities = {e for r in result.requirements for e in r.entities}
    assert not entities & {"kim", "ravi", "lee", "shah", "ravi said", "kim want"}
    export = next(r for r in result.requirements if "export" in r.statement)
    assert "buyer" in export.actors  # the named person's role, not their name
    picking = next(r for r in result.requirements if "picking list" in r.statement)
    assert picking.statement.startswith("The picking list must show")


def test_a_wish_for_a_message_asks_the_system_to_send_it():
    text = (
        "Attendees: Kim Lee (buyer), Ravi Shah (warehouse lead).\n\n"
        "Kim wants a weekly export of open orders.\n"
        "Ravi would like a text message to the driver when an order is packed.\n"
    )
    statements = [r.statement for r in analyze([_doc(text)]).requirements]
    assert "The system should provide the buyer with a weekly export of open orders." in statements
    # the message goes to the driver, not to the warehouse lead who asked for it
    assert "The system should send a text message to the driver when an order is packed." in statements


def test_people_come_from_speakers_sign_offs_and_titles():
    people = find_people(
        ["Hello Marta,\n\nThe report should list refunds.\n\nKind regards,\nOwen\n", "Dr Patel asked for a summary."],
        speakers=["Lucia Gomez"],
    )
    for name in ("Marta", "Owen", "Patel", "Lucia", "Gomez"):
        assert people.is_name(name), name
    assert not people.is_name("Refunds") and not people.is_name("report")


def test_budget_remark_is_a_constraint_not_a_quality_requirement():
    text = "Jo reminded everyone that the budget is capped for this year, so extra features have to wait for phase 2."
    [req] = analyze([_doc(text)]).requirements
    assert req.kind == "constraint"
    assert req.category not in {"reliability", "performance_efficiency"}
    assert req.priority != "wont"
    assert "budget" in req.title.lower()


@pytest.mark.parametrize(
    "text",
    [
        "The kiosk app has to run on the older Android tablets in the warehouse.",
        "It must work on the cheap phones our drivers carry.",
    ],
)
def test_working_on_devices_is_portability(make_doc, text):
    [req] = analyze([make_doc(text)]).requirements
    assert (req.kind, req.category) == ("non_functional", "portability")


def test_action_items_are_tasks_not_requirements():
    text = (
        "# Workshop notes\n\n"
        "- Guests want to split the bill between two cards.\n\n"
        "## Next steps\n\n"
        "- [ ] Lee – book the venue for the launch.\n"
        "- Marta to send the menu prices by Monday.\n"
        "- The app must print a receipt for every split payment.\n"
    )
    result = analyze([_doc(text)])
    statements = " ".join(r.statement for r in result.requirements)
    assert "venue" not in statements and "menu prices" not in statements
    assert "split the bill" in statements
    assert "print a receipt" in statements  # product behaviour stays a requirement wherever it is
    tasks = [f for f in result.findings if f.rule == "action_item"]
    assert len(tasks) == 2 and all(f.severity == "info" for f in tasks)
    assert text[tasks[0].start : tasks[0].end].startswith("Lee")


def test_a_priority_remark_sets_the_priority_of_the_requirement_before_it():
    text = "- Guests want to split the bill between two cards.\n- Marta said this is a must for the terrace.\n"
    [req] = analyze([_doc(text)]).requirements
    assert req.priority == "must"
    assert len(req.sources) == 2  # the remark is kept as evidence for the priority


def test_sentence_after_a_contraction_is_split(make_doc, check_sources):
    result = analyze([make_doc("Right now the staff can't. The app must log every refund with its reason.")])
    check_sources(result)
    [req] = result.requirements
    assert req.sources[0].quote.startswith("The app must log")


def test_second_modal_clause_borrows_the_subject(make_doc, check_sources):
    result = analyze([make_doc("The system shall archive closed tickets, and shall notify the owner of each ticket.")])
    check_sources(result)
    statements = [r.statement for r in result.requirements]
    assert "The system shall notify the owner of each ticket." in statements
    assert len(statements) == 2


def test_a_list_with_commas_is_not_cut_into_a_subjectless_clause(make_doc):
    text = "The portal shall let the admin change rates, their limits and the fee, and shall log each change."
    statements = [r.statement for r in analyze([make_doc(text)]).requirements]
    assert not any(s.lower().startswith(("the fee", "their limits")) for s in statements)
    assert "The portal shall log each change." in statements


def test_requirements_table_rows_use_the_header():
    header = ["Ref", "Requirement", "MoSCoW", "Raised by"]
    rows = [
        ["Q1", "Drivers see their next three drops on the home screen.", "Must", "Ravi Shah, call"],
        ["Q2", "Customers get a text when the van is ten minutes away.", "Could", "Kim Lee, e-mail"],
        ["Q3", "Deliveries to Ireland.", "Won't (v1)", "Workshop"],
    ]
    lines, segments, pos = [], [], 0
    for r, row in enumerate([header, *rows]):
        cells = []
        for c, cell in enumerate(row):
            segments.append(Segment(id=f"c{r}-{c}", start=pos, end=pos + len(cell), kind="table_cell"))
            cells.append(cell)
            pos += len(cell) + 1
        lines.append("\t".join(cells))
    text = "\n".join(lines)
    result = analyze([_doc(text, segments, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
    by_quote = {r.sources[0].quote: r for r in result.requirements}
    assert set(by_quote) == {rows[0][1], rows[1][1], rows[2][1]}
    assert [by_quote[row[1]].priority for row in rows] == ["must", "could", "wont"]
    entities = {e for r in result.requirements for e in r.entities}
    assert not entities & {"ravi", "shah", "kim", "lee", "must ravi"}


def test_reported_talk_about_the_meeting_is_not_a_requirement(make_doc):
    text = (
        "Today we only want to hear what the tool has to do, in your words.\n"
        "If a parcel is damaged they need to phone us, not fill in the form.\n"
    )
    assert analyze([make_doc(text)]).requirements == []


def test_informal_wishes_without_a_quality_word_are_functional(make_doc):
    text = "Our members want to renew their membership 30 days before it runs out."
    [req] = analyze([make_doc(text)]).requirements
    assert req.statement == "Members should be able to renew their membership 30 days before it runs out."
    assert req.kind == "functional"


@pytest.mark.parametrize(
    ("said", "statement"),
    [
        ("Priya wants this live by March.", "The system should be live by March."),
        ("The client wants the site live before Easter.", "The system should be live before Easter."),
        ("She needs the new app ready by June.", "The system must be ready by June."),
    ],
)
def test_someone_wanting_it_live_by_a_date_is_a_go_live_date(make_doc, said, statement):
    assert [r.statement for r in analyze([make_doc(said + "\n")]).requirements] == [statement]


def test_a_moscow_list_with_bare_headings_and_task_boxes():
    from autoagi.engine.ingest import ingest

    notes = (
        "# Website v2\n\n## Must\n- [ ] Online booking for classes\n- [x] Members can pause their membership\n\n"
        "## Could\n- Gift cards\n"
    )
    result = analyze([ingest(notes.encode(), "notion.md")])
    assert [(r.statement, r.priority) for r in result.requirements] == [
        ("The system must support online booking for classes.", "must"),
        ("Members must be able to pause their membership.", "must"),
        ("The system could support gift cards.", "could"),
    ]
    assert result.requirements[0].sources[0].quote == "Online booking for classes"  # not the "[ ]"


def test_a_thing_on_a_page_is_what_the_page_shows():
    from autoagi.engine.ingest import ingest

    notes = "## Must\n- New logo on the homepage\n- Opening hours on every page\n"
    result = analyze([ingest(notes.encode(), "notion.md")])
    assert [r.statement for r in result.requirements] == [
        "The homepage must show the new logo.",
        "Every page must show the opening hours.",
    ]


def test_minutes_action_table_gives_action_items_and_a_chosen_product_is_used():
    from autoagi.engine.ingest import ingest

    minutes = (
        "# Kick-off minutes\n\n## Decisions\n- We'll use Stripe for payments.\n\n## Actions\n"
        "| Action | Owner | Due |\n|---|---|---|\n| Send the logo files | Priya | Fri |\n"
        "| Draft the booking flow | Studio | 12 Mar |\n"
    )
    result = analyze([ingest(minutes.encode(), "minutes.md")])
    assert [r.statement for r in result.requirements] == ["The system should use Stripe for payments."]
    actions = [f.message for f in result.findings if f.rule == "action_item"]
    assert len(actions) == 2 and "Send the logo files" in actions[0]  # tasks for the project, not records


def test_release_headings_scope_their_items():
    from autoagi.engine.ingest import ingest

    plan = "# Plan\n\n## Phase 1\n- Online booking\n\n## MVP\n- Class timetable\n\n## V2\n- Mobile app\n"
    result = analyze([ingest(plan.encode(), "plan.md")])
    assert [(r.statement, r.priority) for r in result.requirements] == [
        ("The system should support online booking.", "should"),
        ("The system should support a class timetable.", "should"),
        ("A mobile app is out of scope for now.", "wont"),
    ]


def test_message_kinds_and_things_ruled_out_read_as_written():
    from autoagi.engine.ingest import ingest

    plan = "## Must\n- SMS reminders\n- Text them the day before\n\n## Later\n- Mobile app\n- Apple Pay\n"
    result = analyze([ingest(plan.encode(), "plan.md")])
    assert [r.statement for r in result.requirements] == [
        "The system must send SMS reminders.",  # not "send reminders an SMS"
        "The system must send them a text the day before.",
        "A mobile app is out of scope for now.",
        "Apple Pay is out of scope for now.",
    ]


_BAKERY_CALL = """Rosa Lind  0:03
We make wedding cakes and birthday cakes, all to order, and it's all phone calls at the moment.

Sam (developer)  0:12
What would help most?

Rosa Lind  0:15
I'd love for customers to order a cake online and pick the sponge and the filling.

Sam (developer)  0:24
And paying?

Rosa Lind  0:27
They should pay half when they order and the rest on collection. And we need at least 72 hours notice for a wedding cake.

Sam (developer)  0:40
Anything for the kitchen?

Rosa Lind  0:43
The bakers need a sheet every morning with what's going out that day.
"""


def test_a_call_about_cake_orders_reads_as_a_reviewer_would():
    """Otter's "Name  0:03" transcript: "I'd love for customers to …" is what customers should be able
    to do (was "For customers should …"); what "they" pay when they order is a step of ordering;
    how far ahead an order must come is a rule; the bakers are people whose need the system meets."""
    from autoagi.engine.ingest import ingest

    result = analyze([ingest(_BAKERY_CALL.encode(), "call.txt")])
    assert [(r.statement, r.priority) for r in result.requirements] == [
        ("Customers should be able to order a cake online and pick the sponge and the filling.", "should"),
        ("Customers should pay half when they order and the rest on collection.", "should"),
        ("The system should require at least 72 hours' notice for a wedding cake.", "must"),
        ("The bakers must have a sheet every morning with what's going out that day.", "must"),
    ]


@pytest.mark.parametrize(
    ("said", "statement"),
    [
        ("Min. 2 days notice for group bookings", "The system should require at least 2 days' notice for group bookings."),
        ("Customers have to give us a week's notice for parties", "The system should require at least a week's notice for parties."),
        ("48h notice for custom orders", "The system should require at least 48 hours' notice for custom orders."),
        ("We need 1 day notice for changes", "The system should require at least 1 day's notice for changes."),
    ],
)  # fmt: skip
def test_notice_periods_are_rules(said, statement):
    from autoagi.engine.analysis.caps import notice_statement

    assert notice_statement(said) == statement


_SALON_BRIEF = """# Nail bar – app brief

**The big one:** clients should be able to book a treatment online.

Other bits:
1. A text reminder the day before.

Not needed: a loyalty scheme, selling polish online.

We'd love it before the spring wedding season (April).
"""


def test_a_brief_s_lead_in_labels_and_inline_exclusions():
    """ "The big one:" ranks what follows and is no part of it; "Not needed:" rules out each thing
    it lists; "we'd love it before …" is the date it should be live."""
    from autoagi.engine.ingest import ingest

    result = analyze([ingest(_SALON_BRIEF.encode(), "brief.md")])
    assert [(r.statement, r.priority, r.kind) for r in result.requirements] == [
        ("Clients should be able to book a treatment online.", "must", "functional"),
        ("The system should send a text reminder the day before.", "should", "functional"),
        ("A loyalty scheme is out of scope.", "wont", "functional"),
        ("Selling polish online is out of scope.", "wont", "functional"),
        ("The system should go live before the spring wedding season (April).", "should", "constraint"),
    ]
    assert [(r.sources[0].quote) for r in result.requirements][2:4] == ["a loyalty scheme", "selling polish online"]


@pytest.mark.parametrize(
    ("item", "statement"),
    [
        ("A text reminder the day before.", "The system should send a text reminder the day before."),
        ("An e-mail confirmation after booking", "The system should send an e-mail confirmation after booking."),
        ("Email reminder a week before", "The system should send an email reminder a week before."),
    ],
)
def test_one_message_named_in_a_list_is_sent_with_its_article(item, statement):
    from autoagi.engine.analysis.phrasing import statement_for

    assert statement_for(item, "table") == statement


@pytest.mark.parametrize(
    ("said", "statement"),
    [
        (
            "We use PetDesk for records, it'd be great if bookings went straight in there.",
            "The system could send bookings straight into PetDesk.",
        ),
        (
            "It would be nice if invoices synced straight into Sage.",
            "The system could send invoices straight into Sage.",
        ),
    ],
)
def test_a_wish_that_things_went_straight_into_the_tool_they_use(said, statement):
    """ "there" is the tool named before it (was: the sentence as written)."""
    from autoagi.engine.analysis.phrasing import statement_for

    assert statement_for(said, "informal") == statement


def test_what_they_keep_by_it_is_the_reason():
    """ "… so we keep their pet's history" says what the account is for (was part of the statement)."""
    from autoagi.engine.ingest import ingest

    text = "Regular clients should have an account so we keep their dog's grooming history.\n"
    [requirement] = analyze([ingest(text.encode(), "notes.txt")]).requirements
    assert requirement.statement == "Regular clients should have an account."
    assert requirement.rationale == "We keep their dog's grooming history"


_VOICE_NOTE = (
    "Voice note from Kim (transcribed)\n\n"
    "We hire out four trailers. Customers need to upload a photo ID before they collect. "
    "Oh and we charge a £150 deposit that goes back when the trailer is returned undamaged. "
    "It has to stop double bookings obviously.\n"
)


def test_a_money_rule_of_the_business_is_the_system_s_to_apply():
    """ "we charge a £150 deposit that …" was not read at all; a trailing "obviously" adds nothing."""
    from autoagi.engine.ingest import ingest

    statements = [r.statement for r in analyze([ingest(_VOICE_NOTE.encode(), "note.txt")]).requirements]
    assert (
        "The system should charge a £150 deposit that goes back when the trailer is returned undamaged." in statements
    )
    assert "The system must stop double bookings." in statements


def test_it_in_the_second_clause_is_what_the_first_acts_on():
    from autoagi.engine.ingest import ingest

    text = (
        "Renters must upload a photo of their licence, and staff must approve it.\n\n"
        "The manager should publish the rota and staff should see it on their phones.\n"
    )
    result = analyze([ingest(text.encode(), "notes.txt")])
    assert [r.statement for r in result.requirements] == [
        "Renters must upload a photo of their licence.",
        "Staff must approve the photo.",
        "The manager should publish the rota.",
        "Staff should see the rota on their phones.",
    ]
    approve = result.requirements[1]
    assert any(
        f.rule == "unclear_pronoun" and f.severity == "info" for f in approve.findings
    )  # for a reviewer to confirm
