"""Notes that describe the product in the present tense, and people named by their role."""

import pytest

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.described import described_parts, described_statement
from autoagi.engine.analysis.people import find_people
from autoagi.engine.ingest import ingest

_NOTES = """## Volunteer rota

Sam is our volunteer coordinator.

- When someone drops out less than 48h before, Sam gets an alert and the shift goes to the waiting list.
- Sam can see who is on each shift.
- Every volunteer gets a reminder the day before their shift.
"""


def test_present_tense_notes_become_requirements_for_the_role(check_sources):
    result = analyze([ingest(_NOTES.encode(), "notes.md")])
    check_sources(result)
    got = [(r.statement, [s.quote for s in r.sources]) for r in result.requirements]
    assert got == [
        (
            "When someone drops out less than 48h before, the volunteer coordinator should get an alert.",
            ["When someone drops out less than 48h before, Sam gets an alert"],
        ),
        (
            "When someone drops out less than 48h before, the shift should go to the waiting list.",
            ["the shift goes to the waiting list"],
        ),
        (
            "The volunteer coordinator should be able to see who is on each shift.",
            ["Sam can see who is on each shift."],
        ),
        (
            "Every volunteer should get a reminder the day before their shift.",
            ["Every volunteer gets a reminder the day before their shift."],
        ),
    ]


_PEOPLE = find_people(["Sam is our volunteer coordinator. Tom is our head receptionist."], [])


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("Sam gets an alert.", "The volunteer coordinator should get an alert."),
        ("Sam approves new volunteers.", "The volunteer coordinator should be able to approve new volunteers."),
        (
            "When a spot opens, the first person on the waitlist gets an e-mail and has 30 minutes to confirm.",
            "When a spot opens, the first person on the waitlist should get an e-mail and have 30 minutes to confirm.",
        ),
        ("The customer receives a confirmation e-mail", "The customer should receive a confirmation e-mail."),
    ],
)
def test_one_present_tense_clause(text, statement):
    assert described_statement(text, _PEOPLE) == statement


@pytest.mark.parametrize(
    "text",
    [
        "Kim gets an alert.",  # who Kim is, the notes do not say
        "Tom would like a second SMS two hours before for surgery consults",  # a wish; "hours" is no verb
        "The shop opens at 9.",  # how the business runs
        "Our clinic has three rooms.",
        "The system sends a reminder.",  # a specification's own present tense stays as written
        "The customer gets a discount.",  # being sent a message is the product's doing; a discount may not be
    ],
)
def test_descriptions_that_state_no_requirement(text):
    assert described_statement(text, _PEOPLE) is None


def test_a_compound_description_is_split_with_its_shared_condition():
    parts = described_parts("If a dog is late, the groomer gets a text and the next slot moves up.", _PEOPLE)
    assert [p.statement for p in parts] == [
        "If a dog is late, the groomer should get a text.",
        "If a dog is late, the next slot should move up.",
    ]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Sam is our volunteer coordinator.", "volunteer coordinator"),
        ("Our practice manager, Priya, wants weekly reports.", "practice manager"),
        ("Ask our coordinator Sam about the rota.", "coordinator"),
    ],
)
def test_a_role_is_learnt_from_the_way_notes_introduce_people(text, role):
    people = find_people([text], [])
    name = next(iter(people.names))
    assert people.role_of(name.capitalize()) == role


def test_a_role_is_learnt_below_a_heading_and_for_a_trade():
    people = find_people(["Notes\n\nPriya is our front desk manager. Tom is the head coach."], [])
    assert people.roles == {"priya": "front desk manager", "tom": "head coach"}  # not "Notes Priya"


def test_who_stands_beside_a_known_person_is_a_person():
    people = find_people(["Priya is our front desk manager.\n- Sam, Tom and Priya can see the takings."], [])
    assert {"sam", "tom", "priya"} <= people.names
    assert not find_people(["Sam and Tom can see the takings."], []).names  # nobody known: no evidence


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "Waiting list: whoever is first gets the spot when someone cancels.",
            "The spot should go to whoever is first when someone cancels.",
        ),
        (
            "When a class is full, whoever joins the waiting list first gets the place.",
            "When a class is full, the place should go to whoever joins the waiting list first.",
        ),
        (
            "Reminders: every volunteer gets a reminder the day before.",
            "Every volunteer should get a reminder the day before.",
        ),
        (
            "- Tom and Priya should be able to edit the rota.",
            "Tom and the front desk manager should be able to edit the rota.",
        ),
        (
            "- Sam, Tom and Priya can see the takings.",
            "Sam, Tom and the front desk manager should be able to see the takings.",
        ),
    ],
)
def test_rules_told_as_fact_and_people_named_together(text, statement, check_sources):
    result = analyze([ingest(f"Notes\n\nPriya is our front desk manager.\n\n{text}\n".encode(), "notes.md")])
    check_sources(result)
    assert [r.statement for r in result.requirements] == [statement]
    assert not {"tom", "sam", "priya"} & {e for r in result.requirements for e in r.entities}


def test_a_role_doing_something_gets_a_title_with_its_verb_agreeing():
    [requirement] = analyze([ingest(b"The receptionist should be able to refund members.", "notes.txt")]).requirements
    assert requirement.title == "Receptionist refunds members"


def test_a_name_with_no_role_word_is_no_role():
    assert find_people(["Mia is our main contact."], []).roles == {}


@pytest.mark.parametrize(
    ("section", "item", "statement"),
    [
        (
            "What we need",
            "Corporate accounts with monthly invoicing",
            "The system should support corporate accounts with monthly invoicing.",
        ),
        ("What we need", "A loyalty scheme for regulars", "The system should support a loyalty scheme for regulars."),
        ("What we need", "Booking confirmation by e-mail", "The system should support booking confirmation by e-mail."),
        ("Won't have", "Gift vouchers", "Gift vouchers are out of scope."),
        ("Out of scope", "E-book lending", "E-book lending is out of scope."),
        # a subject and its verb, a quality, an adjective: as written
        ("What we need", "Status shows in red", "Status shows in red"),
        # where data is kept binds: not "The system should support data stays …"
        ("What we need", "Data stays in the UK", "Data must stay in the UK."),
        ("Non-functional", "Dark mode", "Dark mode"),
        ("What we need", "Search results within 2 seconds", "Search results within 2 seconds"),
    ],
)
def test_a_list_item_that_names_a_feature(section, item, statement):
    [requirement] = analyze([ingest(f"## {section}\n\n- {item}\n".encode(), "notes.md")]).requirements
    assert requirement.statement == statement


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("Must work for people using screen readers.", "The system must work for people using screen readers."),
        ("Should be easy to use for older clients.", "The system should be easy to use for older clients."),
        ("Needs to work offline.", "The system must work offline."),
        # an inverted condition and a question keep their own words
        ("Should a subsystem fail, the operator must be told.", None),
        ("Could customers save their favourite orders?", "Customers could save their favourite orders."),
    ],
)
def test_a_note_without_its_subject_is_about_the_system(text, statement):
    from autoagi.engine.analysis.phrasing import statement_for

    assert statement_for(text, "modal") == (statement or text)


def test_a_reason_that_leads_the_sentence_does_not_hide_its_wording():
    [requirement] = analyze(
        [ingest(b"Ann: We had a complaint last year, so clients need to be able to say no to marketing.", "chat.txt")]
    ).requirements
    assert requirement.statement == "Clients must be able to say no to marketing."
    assert requirement.rationale == "We had a complaint last year"


_BRIEF = """# Bike rental app – product brief

## Goals
- Get 30% of rentals booked online by the end of next summer

## Features
### Booking
- Pick a bike type and a time slot
- See prices before paying, incl. deposit
- Cancel up to 2 hours before for a full refund

### At the shop
- Staff scan a QR code to hand over the bike
- Damage check with photos on return
- Late returns are charged automatically, £5 per hour

## Non-functional
- Available in English, German and French

## Out of scope
- Bike maintenance tracking
"""


def test_a_product_brief_with_feature_subsections(check_sources):
    result = analyze([ingest(_BRIEF.encode(), "brief.md")])
    check_sources(result)
    got = [(r.statement, r.kind, r.priority) for r in result.requirements]
    assert got == [
        # a goal is the business's aim, not a requirement
        ("Users should be able to pick a bike type and a time slot.", "functional", "should"),
        ("Users should be able to see prices before paying, incl. deposit.", "functional", "should"),
        ("Users should be able to cancel up to 2 hours before for a full refund.", "functional", "should"),
        ("Staff should be able to scan a QR code to hand over the bike.", "functional", "should"),
        ("The system should support a damage check with photos on return.", "functional", "should"),
        ("Late returns should be charged automatically, £5 per hour.", "functional", "should"),
        ("The system should be available in English, German and French.", "non_functional", "should"),
        ("Bike maintenance tracking is out of scope.", "functional", "wont"),
    ]
    assert result.requirements[-2].category == "usability"  # the languages its users read


@pytest.mark.parametrize(
    ("item", "statement"),
    [
        (
            "Members can pause their membership once a year",
            "Members should be able to pause their membership once a year.",
        ),
        ("Vets can block time in their own diary", "Vets should be able to block time in their own diary."),
        ("The system can print receipts", "The system can print receipts"),  # the system's "can" stays
    ],
)
def test_what_a_group_can_do_under_features(item, statement):
    [requirement] = analyze([ingest(f"## Features\n\n- {item}\n".encode(), "notes.md")]).requirements
    assert requirement.statement == statement


def test_how_long_a_state_may_last_is_a_business_rule():
    [requirement] = analyze(
        [ingest(b"## Features\n\n- Members can freeze their membership for up to 3 months\n", "notes.md")]
    ).requirements
    assert (requirement.statement, requirement.kind) == (
        "Members should be able to freeze their membership for up to 3 months.",
        "functional",
    )
