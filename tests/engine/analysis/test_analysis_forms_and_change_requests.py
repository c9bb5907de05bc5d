"""A discovery questionnaire the client filled in, and a change request for a system already live:
the form's questions head their answers (and say how much they matter), and a change request's
"it", "they" and "up to five" name what the sentence before was about."""

import pytest

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.phrasing import title_for
from autoagi.engine.analysis.priority import moscow_heading, priority_of
from autoagi.engine.analysis.rationale import split_rationale
from autoagi.engine.analysis.sections import constraints_section, section_style
from autoagi.engine.analysis.units import iter_units
from autoagi.engine.ingest import ingest

_QUESTIONNAIRE = """Project discovery questionnaire - Harbour Vets

1. Tell us about your business.
We are an independent practice with two branches, 5 vets and 8 nurses.

2. What problem do you want the new system to solve?
Owners phone to book and the lines are jammed every morning. Reception can't keep up and people go elsewhere.

3. What must it do on day one?
- Online booking for routine appointments (vaccinations, check-ups)
- Reminders by text the day before
- Owners can see their pet's vaccination history
- Reception can block out slots for surgery

4. What would be nice to have?
Online payment for consultations. Repeat prescription requests.

5. Is there anything it must NOT do?
Emergency appointments must not be bookable online - they have to phone.

6. Do you have existing systems it must work with?
We use PetDesk for clinical records. Bookings need to show up in PetDesk, we can't have two diaries.

7. Budget and timeline
Around £20k. We'd like it live before the spring vaccination rush.

8. Any other requirements?
Must work on phones, most of our clients are on mobiles. GDPR obviously.
"""


def test_a_filled_in_questionnaire_gives_the_answers_as_requirements(check_sources):
    result = analyze([ingest(_QUESTIONNAIRE.encode(), "questionnaire.txt")])
    check_sources(result)
    got = [(r.statement, r.priority) for r in result.requirements]
    assert got == [
        ("The system must support online booking for routine appointments (vaccinations, check-ups).", "must"),
        ("The system must send reminders by text the day before.", "must"),
        ("Owners must be able to see their pet's vaccination history.", "must"),
        ("Reception must be able to block out slots for surgery.", "must"),
        ("The system could support online payment for consultations.", "could"),
        ("The system could support repeat prescription requests.", "could"),
        ("Emergency appointments must not be bookable online - they have to phone.", "must"),
        ("Bookings must show up in PetDesk.", "must"),
        ("The budget is around £20k.", "must"),
        ("The system should be live before the spring vaccination rush.", "should"),
        ("The system must work on phones.", "must"),
        ("The system must comply with GDPR.", "must"),
    ]
    by_statement = {r.statement: r for r in result.requirements}
    assert by_statement["Bookings must show up in PetDesk."].rationale == "We can't have two diaries"
    assert by_statement["The system must work on phones."].rationale == "Most of our clients are on mobiles"
    assert by_statement["The budget is around £20k."].kind == "constraint"
    gdpr = by_statement["The system must comply with GDPR."]
    assert (gdpr.kind, gdpr.category) == ("constraint", "legal")
    # the studio's questions are no requirements, and neither is the problem the client describes
    assert not any("?" in r.statement or "keep up" in r.statement for r in result.requirements)
    assert by_statement["Emergency appointments must not be bookable online - they have to phone."].title == (
        "Emergency appointments not bookable online"
    )


def test_numbered_questions_without_answers_are_no_form():
    """The studio's own list of questions, answered nowhere: no question heads anything."""
    text = "Hi Sam,\n\nA few questions:\n1. Do you need refunds?\n2. Should members be able to pay online?\n\nThanks"
    result = analyze([ingest(text.encode(), "questions.eml")])
    assert [r.statement for r in result.requirements] == []


@pytest.mark.parametrize(
    ("heading", "priority"),
    [
        ("3. What must it do on day one?", "must"),
        ("What does the app need to do at launch?", "must"),
        ("4. What would be nice to have?", "could"),
        ("Is there anything it must NOT do?", None),
        ("Who will use it?", None),
        ("Must have", "must"),
    ],
)
def test_a_form_question_ranks_its_answer(heading, priority):
    assert moscow_heading(heading) == priority


def test_form_questions_say_what_their_answers_are():
    assert section_style("3. What must it do on day one?") == "requirement"
    assert section_style("Any other requirements?") == "requirement"
    assert section_style("2. What problem do you want the new system to solve?") == "problem"
    assert section_style("Who will use it?") == "users"  # who they are, and what they will do with it
    assert section_style("Who will pay for it?") is None
    assert constraints_section("7. Budget and timeline")
    assert constraints_section("What is your budget?")
    assert not constraints_section("Budget holders can approve refunds")


_CHANGE_REQUEST = """From: Sarah Ng <sarah@lettings.example>
To: dev@studio.example
Subject: Change request - tenant portal

Hi team,

A few changes now that the tenant portal has been live for a month.

Currently when a tenant reports a repair they can only attach one photo. They need to be able to attach up to five, most problems need more than one angle.

Landlords should get a notification as soon as a repair is logged on one of their properties.

The rent statement shows every transaction since the tenancy started, which is hundreds of lines for some people. Can we default it to the last 12 months with an option to see everything?

Also, tenants keep asking us for a copy of their tenancy agreement. Please add a documents section where they can download it themselves.

One bug: the "report a repair" button doesn't work on Safari on iPad.

Thanks,
Sarah
"""


def test_a_change_request_names_what_it_changes(check_sources):
    result = analyze([ingest(_CHANGE_REQUEST.encode(), "change-request.eml")])
    check_sources(result)
    got = [(r.statement, r.priority) for r in result.requirements]
    assert got == [
        ("Tenants need to be able to attach up to five photos.", "must"),
        ("Landlords should get a notification as soon as a repair is logged on one of their properties.", "should"),
        ("The rent statement could default to the last 12 months with an option to see everything.", "could"),
        (
            "The system should provide a documents section where tenants can download their tenancy agreement themselves.",
            "should",
        ),
        ('The "report a repair" button must work on Safari on iPad.', "must"),
    ]
    photos, _, rent, documents, bug = result.requirements
    # what tenants keep asking for is why the section is asked for, and says who "they" are and what "it" is
    assert documents.rationale == "Tenants keep asking us for a copy of their tenancy agreement"
    assert [s.quote for s in documents.sources] == [
        "Please add a documents section where they can download it themselves.",
        "Also, tenants keep asking us for a copy of their tenancy agreement.",
    ]
    assert photos.rationale == "Most problems need more than one angle"
    assert bug.title == '"report a repair" button works on Safari on iPad'
    # "it" is read as the rent statement, and the reviewer is told so, on the word "it"
    note = next(f for f in rent.findings if f.rule == "unclear_pronoun")
    assert "'it' is read as 'rent statement', the subject of the sentence before" in note.message
    document = result.documents[0]
    assert document.text[note.start : note.end] == "it"


def test_a_request_to_change_how_something_looks():
    result = analyze([ingest(b"Hi,\n\nCould you make the logo bigger?\n\nThanks", "logo.eml")])
    assert [(r.statement, r.priority) for r in result.requirements] == [("The logo could be bigger.", "could")]


def test_what_the_business_cannot_live_with_is_a_reason():
    split = split_rationale("Bookings must show up in PetDesk, we can't have two diaries.")
    assert (split.statement, split.rationale) == ("Bookings must show up in PetDesk.", "We can't have two diaries")


def test_a_generalisation_after_a_requirement_is_its_reason():
    split = split_rationale("Users must be able to attach five photos, most problems need more than one angle.")
    assert (split.statement, split.rationale) == (
        "Users must be able to attach five photos.",
        "Most problems need more than one angle",
    )
    # a clause with a modal of its own is a second requirement, not a reason
    assert split_rationale("Reminders must go out by text, most owners should get them early.").rationale is None


@pytest.mark.parametrize(
    ("statement", "title"),
    [
        ("Emergency appointments must not be bookable online.", "Emergency appointments not bookable online"),
        ("Refunds must not be possible after 24 hours.", "Refunds not possible"),
        ("Passwords must not be stored in plain text.", "Never store passwords in plain text"),
        ("Bookings must show up in PetDesk.", "Bookings show up in PetDesk"),
    ],
)
def test_titles_of_prohibitions_and_things(statement, title):
    assert title_for(statement) == title


_BOLD_FORM = """# Discovery answers - Summit Climbing

**What must the app do at launch?**

- Members check in by scanning a QR code at the desk
- Book a slot for busy evenings (max 60 people at a time)
- Buy a 10-visit pass

**What would be nice to have?**

- Route setting news
- A leaderboard for the bouldering league

**Who will use it?**

Members, desk staff and the two managers.

**Budget?**

£15-18k
"""


def test_a_form_written_with_bold_questions(check_sources):
    result = analyze([ingest(_BOLD_FORM.encode(), "answers.md")])
    check_sources(result)
    assert [(r.statement, r.priority) for r in result.requirements] == [
        ("Members must be able to check in by scanning a QR code at the desk.", "must"),
        ("Users must be able to book a slot for busy evenings (max 60 people at a time).", "must"),
        ("Users must be able to buy a 10-visit pass.", "must"),
        ("The system could support route setting news.", "could"),
        ("The system could support a leaderboard for the bouldering league.", "could"),
        ("The budget is £15-18k.", "must"),
    ]


def test_one_question_in_prose_heads_nothing():
    text = "# Notes\n\nWhat must the app do at launch?\n\nWe talked about it for an hour and agreed nothing.\n"
    units = list(iter_units(ingest(text.encode(), "notes.md")))
    assert [u.text for u in units if u.heading] == ["Notes"]
    assert not any(u.item for u in units)


_INTAKE = """Client intake form - Petal & Stem

Q: What does your business do?
A: We're a two-person florist selling bouquets and wedding flowers.

Q: What should the website do?
A: Let people order bouquets for delivery, pick a delivery date, and add a message card.

Q: How will you take payment?
A: Card and Apple Pay through Stripe.

Q: When do you need it?
A: Before Mother's Day (March 30th).
"""


def test_a_question_and_answer_form(check_sources):
    result = analyze([ingest(_INTAKE.encode(), "intake.txt")])
    check_sources(result)
    assert [r.statement for r in result.requirements] == [
        "People should be able to order bouquets for delivery, pick a delivery date, and add a message card.",
        "The system should take payments by card and Apple Pay through Stripe.",
        "The system should go live before Mother's Day (March 30th).",
    ]


def test_what_was_tried_before_is_the_reason_a_thing_is_ruled_out():
    text = (
        _INTAKE
        + "\nQ: Anything you definitely don't want?\nA: No subscriptions. We tried that and it was a headache.\n"
    )
    result = analyze([ingest(text.encode(), "intake.txt")])
    ruled_out = result.requirements[-1]
    assert (ruled_out.statement, ruled_out.priority) == ("Subscriptions are out of scope.", "wont")
    assert ruled_out.rationale == "We tried that and it was a headache"
    quotes = [s.quote for s in ruled_out.sources]  # the answer, the question it answers, and the reason
    assert quotes == [
        "No subscriptions.",
        "Anything you definitely don't want?",
        "We tried that and it was a headache.",
    ]


def test_a_request_after_what_people_keep_asking_for():
    text = "Hi,\n\nCustomers keep asking for gift cards. Can we add them?\n\nMembers keep asking for a waiting list. Also please add dark mode.\n"
    result = analyze([ingest(text.encode(), "asks.eml")])
    assert [(r.statement, r.rationale) for r in result.requirements] == [
        ("The system could provide gift cards.", "Customers keep asking for gift cards"),
        # a request about something else stands on its own, and so does what they asked for
        ("The system should provide a waiting list.", None),
        ("The system should provide dark mode.", None),
    ]


_CALL_NOTES = """Notes from the call with Dee

- No gift cards.
- No subscriptions, we tried that and it was a headache.
- No patient data leaves the UK
- Members can pause their membership
"""


def test_a_note_that_rules_a_thing_out(check_sources):
    result = analyze([ingest(_CALL_NOTES.encode(), "notes.md")])
    check_sources(result)
    assert [(r.statement, r.priority, r.rationale) for r in result.requirements] == [
        ("Gift cards are out of scope.", "wont", None),
        ("Subscriptions are out of scope.", "wont", "We tried that and it was a headache"),
        # "No patient data leaves the UK" is a rule about data, not a thing ruled out
        ("Members can pause their membership", "should", None),
    ]


_SALES_SUMMARY = """Call summary - Larch Dental (sales call, 12 Nov)

Spoke to Dr Omar Shah (owner) and Leanne (practice manager).

- Client wants patients to book hygiene appointments online.
- They mentioned a waiting list would be nice, for cancellations.
- Leanne is worried about no-shows; she'd like automatic SMS reminders 48h before.
- Omar was clear the system must integrate with their existing software (Dentally).
- Concerned about cost - they said anything over £30k is a non-starter.
- They need it before the new branch opens in May.
- Next step: send proposal by Friday.
"""


def test_a_call_summary_written_by_the_studio(check_sources):
    """Reported in the third person: "Client wants …", "They mentioned …", "Omar was clear …"."""
    result = analyze([ingest(_SALES_SUMMARY.encode(), "summary.txt")])
    check_sources(result)
    got = [(r.statement, r.priority, r.kind) for r in result.requirements]
    assert got == [
        ("Patients should be able to book hygiene appointments online.", "should", "functional"),
        ("The system could provide a waiting list for cancellations.", "could", "functional"),
        ("The system should send automatic SMS reminders 48h before.", "should", "functional"),
        ("The system must integrate with their existing software (Dentally).", "must", "non_functional"),
        ("The budget must not exceed £30k.", "must", "constraint"),
        # "May" here is the month, not a modal: nothing is carried over from the line before
        ("The system must go live before the new branch opens in May.", "must", "constraint"),
    ]
    assert result.requirements[2].rationale == "Leanne is worried about no-shows"
    waiting_list = result.requirements[1]
    assert not any(f.rule == "vague_term" for f in waiting_list.findings)  # "would be nice" ranks it
    assert [f.rule for f in result.findings if f.rule == "action_item"] == ["action_item"]


_USER_INTERVIEW = """User interview 3 - Priya, patient, 34

Interviewer: What's the most annoying part of booking?
Priya: Honestly not knowing what slots there are. I'd just like to see the free times and pick one.
Interviewer: Anything else?
Priya: A reminder would help, I forgot one last year and got charged. And I'd want to cancel without phoning.
"""


def test_a_user_interview(check_sources):
    result = analyze([ingest(_USER_INTERVIEW.encode(), "interview.txt")])
    check_sources(result)
    got = [(r.statement, r.priority, r.rationale) for r in result.requirements]
    assert got == [
        ("Users should be able to see the free times and pick one.", "should", None),
        ("The system could send a reminder.", "could", "I forgot one last year and got charged"),
        ("Users should be able to cancel without phoning.", "should", None),
    ]


@pytest.mark.parametrize(
    ("text", "priority"),
    [
        ("They need it before the new branch opens in May.", "should"),
        ("Users may export their data.", "could"),
        ("The system MAY cache results.", "could"),
    ],
)
def test_may_the_month_is_no_modal(text, priority):
    assert priority_of(text, None)[0] == priority


_COMPARISON = """# What we liked in other systems

| Feature | Fresha | Booksy | Must for us? |
|---|---|---|---|
| Online booking | Yes | Yes | Yes |
| Marketing emails | Yes | Yes | No |
| Staff rota | No | Yes | Nice to have |
"""


def test_a_comparison_with_other_products_says_what_the_client_needs(check_sources):
    result = analyze([ingest(_COMPARISON.encode(), "comparison.md")])
    check_sources(result)
    assert [(r.statement, r.priority) for r in result.requirements] == [
        ("The system must support online booking.", "must"),
        ("Marketing emails are out of scope.", "wont"),
        ("The system could support a staff rota.", "could"),
    ]


_TENDER = """# Invitation to tender: volunteer management system

## 4. Requirements

| Ref | Requirement | Priority | Supplier response |
|---|---|---|---|
| F2 | Coordinators can approve or reject registrations | M | |
| F3 | The system sends shift reminders by SMS 24 hours before | S | |
| F4 | Volunteers can swap shifts with each other | C | |

## 5. Response instructions

Suppliers must provide two references from similar charities.
"""


def test_a_tender_table_and_its_instructions_to_bidders(check_sources):
    result = analyze([ingest(_TENDER.encode(), "tender.md")])
    check_sources(result)
    assert [(r.statement, r.priority) for r in result.requirements] == [
        ("Coordinators must be able to approve or reject registrations.", "must"),
        ("The system should send shift reminders by SMS 24 hours before.", "should"),
        ("Volunteers could swap shifts with each other.", "could"),
    ]
    # what bidders must send is for the bid, not the product
    (instruction,) = [f for f in result.findings if "references" in f.message]
    assert "not a product requirement" in instruction.message


def test_it_after_a_condition_about_people_is_the_thing_before():
    text = (
        "Customers should be able to ask for a quote online. If they accept, it should go straight into the calendar.\n"
        "The system shall keep an audit log. When an order is cancelled, it shall be refunded within 5 days.\n"
    )
    statements = [r.statement for r in analyze([ingest(text.encode(), "notes.txt")]).requirements]
    assert "If customers accept, the quote should go straight into the calendar." in statements
    # a condition that names its own thing says what "it" is
    assert "When an order is cancelled, it shall be refunded within 5 days." in statements


_DECISIONS = """Meeting notes 3 March

- We agreed to use Stripe for payments.
- Decided to drop the loyalty scheme.
- We decided that refunds go back to the original card.
- Going with Mailchimp for newsletters.
- Sam will handle the logo.
- Members will check in at the desk.
"""


def test_decisions_written_in_meeting_notes(check_sources):
    result = analyze([ingest(_DECISIONS.encode(), "minutes.md")])
    check_sources(result)
    assert [(r.statement, r.priority) for r in result.requirements] == [
        ("The system should use Stripe for payments.", "should"),
        ("Loyalty scheme is out of scope.", "wont"),
        ("Refunds should go back to the original card.", "should"),
        ("The system should use Mailchimp for newsletters.", "should"),
        # a named person's task is no requirement; what members do at the desk is one
        ("Members will check in at the desk.", "should"),
    ]
    assert [f.message for f in result.findings if "Sam will handle the logo" in f.message]


_STORY_MAP = """As a,I want to,So that,Priority
Member,book a class from my phone,I don't have to ring the studio,Must
Instructor,see who is booked into my class,I can plan the session,Must
Owner,see monthly revenue by class type,I know which classes to run,Could
"""


def test_a_story_map_spreadsheet(check_sources):
    """The columns "As a" | "I want to" | "So that" of a story-mapping sheet."""
    result = analyze([ingest(_STORY_MAP.encode(), "stories.csv")])
    check_sources(result)
    assert [(r.statement, r.priority, r.rationale) for r in result.requirements] == [
        ("Members must be able to book a class from their phone.", "must", "They don't have to ring the studio"),
        ("Instructors must be able to see who is booked into their class.", "must", "They can plan the session"),
        ("Owners could see monthly revenue by class type.", "could", "They know which classes to run"),
    ]


_NOTION = """# Project: grooming app

## Features
- [ ] Deposit at booking (£10)
- [ ] Reminder SMS day before

<details><summary>Later</summary>

- Loyalty card
- Grooming photos sent to owners

</details>
"""


def test_a_notion_page_with_a_collapsed_later_section(check_sources):
    result = analyze([ingest(_NOTION.encode(), "notion.md")])
    check_sources(result)
    assert [(r.statement, r.priority) for r in result.requirements] == [
        ("The system should support a deposit at booking (£10).", "should"),
        ("The system should send a reminder SMS the day before.", "should"),
        ("A loyalty card is out of scope for now.", "wont"),
        ("Grooming photos sent to owners are out of scope.", "wont"),
    ]


_FORWARDED = """From: Jo Patel <jo@surgery.example>
To: dev@studio.example
Subject: Fwd: booking for my mum

Hi both, see below - we get this a lot. Can carers book on behalf of a patient? They'd need the patient's consent recorded.

Jo

---------- Forwarded message ---------
From: Sue Miles <sue.m@example.com>
Subject: booking for my mum

Hello, I look after my mum who doesn't use the internet. Is there a way I can book her appointments online from my account? Thanks, Sue
"""


def test_a_forwarded_request_with_the_clients_question_on_top(check_sources):
    result = analyze([ingest(_FORWARDED.encode(), "fwd.eml")])
    check_sources(result)
    assert [(r.statement, r.priority) for r in result.requirements] == [
        ("Carers could book on behalf of a patient.", "could"),
        ("The patient's consent must be recorded.", "must"),  # "they'd need …", as it is worded
    ]
    assert result.requirements[0].entities == []  # "on behalf of" names no thing


@pytest.mark.parametrize(
    ("item", "statement"),
    [
        ("Appointment reminders by SMS", "The system should send appointment reminders by SMS."),
        (
            "NHS data security standards (DSPT) apply",
            "The system must comply with NHS data security standards (DSPT).",
        ),
    ],
)
def test_scope_items_of_a_brief(item, statement):
    text = f"# Brief\n\n## Scope\n- {item}\n"
    (requirement,) = analyze([ingest(text.encode(), "brief.md")]).requirements
    assert requirement.statement == statement


_FORM_TABLE = """# Discovery form - Bright Smiles Dental

| Question | Answer |
|---|---|
| What must the system do? | Online booking for check-ups and hygiene. Reminders by text. |
| What would be nice to have? | A waiting list for cancellations |
| Do you need online payments? | Yes, deposits only. |
| Budget | Around £20k |
| When do you need it? | Before September |
| Which practice system do you use? | |
"""


def test_a_form_laid_out_as_a_table(check_sources):
    result = analyze([ingest(_FORM_TABLE.encode(), "form.md")])
    check_sources(result)
    assert [(r.statement, r.priority) for r in result.requirements] == [
        ("The system must support online booking for check-ups and hygiene.", "must"),
        ("The system must send reminders by text.", "must"),
        ("The system could support a waiting list for cancellations.", "could"),
        ("The system should provide online payments: deposits only.", "should"),
        ("The budget is around £20k.", "must"),
        ("The system should go live before September.", "should"),
    ]
    # a question left unanswered stays open
    assert [f.rule for f in result.findings if "practice system" in f.message] == ["open_question"]


def test_a_word_questionnaire_numbered_by_word_itself(check_sources):
    """Word keeps a list's numbers out of the text: the questions are list items like their answers."""
    import io

    import docx

    form = docx.Document()
    form.add_heading("Discovery questionnaire", 1)
    for question, answers in [
        (
            "What must it do on day one?",
            ["Online booking for routine appointments", "Reminders by text the day before"],
        ),
        ("What would be nice to have?", ["Online payment for consultations"]),
    ]:
        form.add_paragraph(question, style="List Number")
        for answer in answers:
            form.add_paragraph(answer, style="List Bullet")
    buffer = io.BytesIO()
    form.save(buffer)
    result = analyze([ingest(buffer.getvalue(), "questionnaire.docx")])
    check_sources(result)
    assert [(r.statement, r.priority) for r in result.requirements] == [
        ("The system must support online booking for routine appointments.", "must"),
        ("The system must send reminders by text the day before.", "must"),
        ("The system could support online payment for consultations.", "could"),
    ]


def test_the_problem_a_questionnaire_describes_is_the_reason_for_what_solves_it():
    result = analyze([ingest(_QUESTIONNAIRE.encode(), "questionnaire.txt")])
    why = {r.statement: r.rationale for r in result.requirements}
    assert why["The system must support online booking for routine appointments (vaccinations, check-ups)."] == (
        "Owners phone to book and the lines are jammed every morning"
    )
    # "Reception can't keep up" shares only who acts with "Reception must be able to block out slots"
    assert why["Reception must be able to block out slots for surgery."] is None
    # a requirement with its own reason keeps it
    assert why["Bookings must show up in PetDesk."] == "We can't have two diaries"
