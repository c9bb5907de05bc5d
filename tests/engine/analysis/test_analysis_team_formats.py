"""Formats product teams paste in: job stories, a whiteboard's export (Miro cards with tags) and
Gherkin scenarios."""

from autoagi.engine.analysis import analyze
from autoagi.engine.ingest import ingest

_JOBS = """## Jobs to be done

- When I'm running late for a class, I want to let the studio know from my phone, so I don't lose my credit.
- When a class is cancelled, I want to be told straight away, so I can book another one.
"""


def test_job_stories_have_their_situation_as_condition_and_outcome_as_reason(check_sources):
    result = analyze([ingest(_JOBS.encode(), "jobs.md")])
    check_sources(result)
    assert [(r.statement, r.rationale) for r in result.requirements] == [
        (
            "When a user is running late for a class, they should be able to let the studio know from their phone.",
            "They don't lose their credit",
        ),
        ("When a class is cancelled, users should be told straight away.", "They can book another one"),
    ]


_BOARD = """Content,Tag,Author
"Online booking for all classes",Must,Jo
"Members can freeze their membership",Should,Jo
"Loyalty points",Could,Sam
"Kiosk check-in at reception",Won't,Jo
"What about dinner money?",Question,Helen
"""


def test_a_whiteboard_export_with_tags(check_sources):
    result = analyze([ingest(_BOARD.encode(), "miro.csv")])
    check_sources(result)
    assert [(r.statement, r.priority) for r in result.requirements] == [
        ("The system must support online booking for all classes.", "must"),
        ("Members should be able to freeze their membership.", "should"),
        ("The system could support loyalty points.", "could"),  # two words are a card under "Content"
        ("Kiosk check-in at reception is out of scope.", "wont"),
    ]
    assert any("What about dinner money?" in f.message for f in result.findings)  # a question, asked back


_CLUSTERED_BOARD = """Content,Color,Tags,Author
Book a walk from my phone,yellow,Owners,Dana
Get a photo at the end of the walk,yellow,Owners,Sam
See my route for the day,blue,Dog walkers,Dana
Mark a dog as collected,blue,Walkers,Lee
Max 6 dogs per walker at once,green,Rules,Dana
"""


def test_a_board_clustered_by_role_says_whose_each_sticky_is(check_sources):
    result = analyze([ingest(_CLUSTERED_BOARD.encode(), "board.csv")])
    check_sources(result)
    assert [(r.statement, r.actors) for r in result.requirements] == [
        ("Owners should be able to book a walk from their phone.", ["owner"]),
        ("Owners should get a photo at the end of the walk.", ["owner"]),  # what they receive
        ("Dog walkers should be able to see their route for the day.", ["dog walker"]),
        ("Walkers should be able to mark a dog as collected.", ["walker"]),
        ("The system should allow at most 6 dogs per walker at once.", ["walker"]),  # a rule, capped
    ]


def test_a_cap_written_as_a_rule_is_one(check_sources):
    notes = (
        "Rules:\n- Max 20 people per class\n- Maximum of 3 bookings per member per week\n- Min. 2 nights per booking\n"
    )
    result = analyze([ingest(notes.encode(), "rules.txt")])
    check_sources(result)
    assert [r.statement for r in result.requirements] == [
        "The system should allow at most 20 people per class.",
        "The system should allow at most 3 bookings per member per week.",
        "The system should require at least 2 nights per booking.",
    ]


_TRELLO = """Card ID,Card Name,Card Description,Labels,List Name,Due Date
a1,Online booking,Members book and cancel classes from the app. Cancel up to 12 hours before.,Members,Phase 1,
a3,Teacher cover,Teachers can swap classes with each other.,Teachers,Phase 2,
a4,Gift cards,,Shop,Later,
"""


def test_a_board_card_is_read_from_its_description_and_its_list(check_sources):
    result = analyze([ingest(_TRELLO.encode(), "trello.csv")])
    check_sources(result)
    assert [(r.statement, r.priority) for r in result.requirements] == [
        ("Members should be able to book and cancel classes from the app.", "should"),
        ("Members should be able to cancel up to 12 hours before.", "should"),  # the card's label: whose
        ("Teachers should be able to swap classes with each other.", "wont"),  # in the "Phase 2" list
        ("Gift cards are out of scope for now.", "wont"),  # no description: its name; "Later"
    ]
    # the card's name titles what its description asks for first
    assert [r.title for r in result.requirements][:3] == [
        "Online booking",
        "Cancel up to 12 hours before",
        "Teacher cover",
    ]


_FEATURE = """Feature: Class waitlist

  Scenario: A spot opens up
    Given a full class with a waitlist
    When a booked member cancels
    Then the first person on the waitlist gets the spot
    And they get an e-mail

  Scenario: Nobody on the waitlist
    Given a full class with an empty waitlist
    When a booked member cancels
    Then the spot shows as free on the timetable
"""


def test_each_gherkin_scenario_is_a_requirement_with_its_steps_as_criterion(check_sources):
    result = analyze([ingest(_FEATURE.encode(), "waitlist.feature.md")])
    check_sources(result)
    first, second = result.requirements
    assert first.title == "A spot opens up"
    assert first.statement == (
        "When a booked member cancels (a full class with a waitlist), the first person on the waitlist should get "
        "the spot and they should get an e-mail."
    )
    assert first.sources[0].quote.startswith("Scenario: A spot opens up")
    assert first.sources[0].quote.endswith("And they get an e-mail")
    written = first.acceptance_criteria[-1]
    assert (written.given, written.when, written.then) == (
        "a full class with a waitlist",
        "a booked member cancels",
        "the first person on the waitlist gets the spot and they get an e-mail",
    )
    assert second.statement == (
        "When a booked member cancels (a full class with an empty waitlist), the spot should show as free on the "
        "timetable."
    )


_NOW_NEXT_LATER = """# Pottery studio roadmap

## Now

- Online booking for wheel sessions
- Card payments

## Next

- Gift cards

## Later

- WhatsApp updates
- Kiln schedule changes
- Members can freeze their membership

## Next steps

- Ana to send the price list
"""


def test_a_now_next_later_board_puts_only_now_in_scope(check_sources):
    result = analyze([ingest(_NOW_NEXT_LATER.encode(), "roadmap.md")])
    check_sources(result)
    assert [(r.statement, r.priority) for r in result.requirements] == [
        ("The system should support online booking for wheel sessions.", "should"),
        ("The system should support card payments.", "should"),
        ("Gift cards are out of scope for now.", "wont"),
        # a thing named under "Later" is ruled out, not asked for ("should send WhatsApp updates")
        ("WhatsApp updates are out of scope for now.", "wont"),
        ("Kiln schedule changes are out of scope for now.", "wont"),
        ("Members should be able to freeze their membership.", "wont"),
    ]


_SURVEY = """Timestamp,How often do you come to the climbing wall?,What is the most frustrating thing about booking today?,What one thing would you add to the app?,Anything else?
2026/10/01 8:02:11,Weekly,Having to ring the front desk to book a session,Being able to book from my phone,
2026/10/01 9:15:40,Monthly,The app signs me out every day,Apple Pay,
2026/10/02 19:44:03,Twice a week,Can't see which routes have been reset,Show the date each wall was last reset on the map,Great staff!
"""


def test_a_survey_export_gives_what_respondents_want_and_why(check_sources):
    """Google Forms / Typeform: the answers to "What would you add?" are wishes, the answers to "What
    is most frustrating?" are their reasons (or a wish, when it is a chore or something they cannot
    do); "How often…?" is about the respondent, and a trouble that is only how it is today asks for
    nothing by itself."""
    result = analyze([ingest(_SURVEY.encode(), "survey.csv")])
    check_sources(result)
    assert [(r.statement, r.rationale) for r in result.requirements] == [
        ("Customers should not need to ring the front desk to book a session.", None),
        ("Customers should be able to book from their phone.", "Having to ring the front desk to book a session"),
        ("The system should support Apple Pay.", None),  # "signs me out" speaks of something else
        ("Customers should be able to see which routes have been reset.", None),
        (
            "The system should show the date each wall was last reset on the map.",
            "Can't see which routes have been reset",
        ),
    ]


_FEATURE_LIST = """Feature,Description,Priority (1-3),Notes
Online booking,Customers book a court for up to 4 players,1,Bigger groups call us
Deposits,Take a £3 deposit per player for evening slots,2,
Gift vouchers,,3,Maybe next year
"""


def test_a_feature_list_with_a_numbered_priority_scale(check_sources):
    """ "Priority (1-3)": 1 first; a description worded as an instruction is the system's to do; a
    row with no description asks for what its name names."""
    result = analyze([ingest(_FEATURE_LIST.encode(), "features.csv")])
    check_sources(result)
    assert [(r.statement, r.priority) for r in result.requirements] == [
        ("Customers must be able to book a court for up to 4 players.", "must"),
        ("The system should take a £3 deposit per player for evening slots.", "should"),
        ("The system could support gift vouchers.", "could"),
    ]
