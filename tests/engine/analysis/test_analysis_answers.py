"""Questions in calls and chats answered by the other side: how far, how long, how often; whether
others should be able to do something; which ones. Also questions typed or captioned without a
question mark, and run-on speech cut into its sentences."""

import pytest

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.answers import answer_statement
from autoagi.engine.analysis.asking import asks
from autoagi.engine.analysis.units import iter_units
from autoagi.engine.ingest import ingest


def _analyze(text: str, name: str = "chat.txt"):
    return analyze([ingest(text.encode(), name)])


@pytest.mark.parametrize(
    ("question", "answer", "statement"),
    [
        (
            "And how far ahead can they book?",
            "About two weeks ahead, no more than that.",
            "They should be able to book about two weeks ahead, no more than that.",
        ),
        ("How far ahead can customers book?", "Two weeks.", "Customers should be able to book two weeks ahead."),
        (
            "How long do you need to keep the records?",
            "Seven years, by law.",
            "The system should keep the records for seven years, by law.",
        ),
        ("How often should reminders go out?", "Once a day.", "Reminders should go out once a day."),
        ("How soon should we reply to enquiries?", "An hour", "The system should reply to enquiries within an hour."),
        ("How long should the front desk keep notes?", "A year", "The front desk should keep notes for a year."),
        (
            "And do you want them to be able to cancel online?",
            "Yes, up to a day before.",
            "They should be able to cancel online, up to a day before.",
        ),
        ("Would you like reminders to go out by text?", "Yes please", "Reminders should go out by text."),
        ("Do you want to send reminders?", "Yes", "The system should send reminders."),
        ("Which payment methods do you need?", "Card and Apple Pay.", "Payment methods: card and Apple Pay."),
        (
            "How long should we keep order history?",
            "two years I think",
            "The system should keep order history for two years (to be confirmed).",
        ),
    ],
)
def test_a_spoken_question_and_its_answer_state_one_requirement(question, answer, statement):
    assert answer_statement(question, answer, spoken=True) == statement


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("How long have you been open?", "Twelve years"),  # about the business, not the product
        ("How far can you drive?", "20 miles"),  # what the speaker can do
        ("How often do they come in?", "Weekly"),  # how things are today
        ("How long will the build take?", "About six weeks."),  # an estimate for the project
        ("Do you want them to be able to cancel online?", "No."),  # not wanted is no requirement of its own
    ],
)
def test_questions_about_the_speaker_or_today_state_nothing(question, answer):
    assert answer_statement(question, answer, spoken=True) is None


@pytest.mark.parametrize(
    "text",
    [
        "okay and how far ahead can they book",
        "and do you want them to be able to cancel online",
        "what about payments",
        "which payment methods do you need",
        "who can edit prices",
        "Do customers need accounts?",
    ],
)
def test_a_question_is_recognised_with_or_without_its_question_mark(text):
    assert asks(text)


@pytest.mark.parametrize(
    "text",
    [
        "how they do it is a mess",
        "when they cancel we lose money",
        "what a nightmare",
        "no guest checkout is fine",
        "Do that before launch.",
    ],
)
def test_statements_that_open_like_questions_are_not_questions(text):
    assert not asks(text)


_CAPTIONS = """WEBVTT

00:00:01.000 --> 00:00:04.000
<v Speaker 1>okay so tell me about how bookings work today

00:00:04.000 --> 00:00:09.000
<v Speaker 2>right now people ring us and we write it in the diary which is a nightmare

00:00:09.000 --> 00:00:12.000
<v Speaker 1>okay and how far ahead can they book

00:00:12.000 --> 00:00:15.000
<v Speaker 2>about two weeks ahead no more than that

00:00:15.000 --> 00:00:18.000
<v Speaker 1>and do you want them to be able to cancel online

00:00:18.000 --> 00:00:22.000
<v Speaker 2>yes up to a day before

00:00:22.000 --> 00:00:26.000
<v Speaker 1>what about payments

00:00:26.000 --> 00:00:30.000
<v Speaker 2>no they pay at the clinic we don't want online payments for now
"""


def test_an_unpunctuated_call_reads_its_questions_through_their_answers(check_sources):
    result = _analyze(_CAPTIONS, "call.vtt")
    check_sources(result)
    got = [(r.statement, r.priority) for r in result.requirements]
    assert got == [
        # "they" are the people who ring today; "tell me about …" asks the client to talk
        ("People should be able to book about two weeks ahead no more than that.", "should"),
        ("People should be able to cancel online, up to a day before.", "should"),
        ("Payments are out of scope.", "wont"),  # "what about payments" declined, as when punctuated
        ("Online payments are out of scope for now.", "wont"),
    ]
    book = result.requirements[0]
    assert sorted(s.quote for s in book.sources) == [
        "about two weeks ahead no more than that",
        "okay and how far ahead can they book",
    ]


def test_the_same_call_with_punctuation_reads_the_same():
    punctuated = (
        _CAPTIONS.replace("work today", "work today.")
        .replace("can they book", "can they book?")
        .replace("ahead no more than that", "ahead, no more than that.")
        .replace("cancel online\n", "cancel online?\n")
        .replace("yes up to a day before", "Yes, up to a day before.")
        .replace("what about payments", "What about payments?")
        .replace("no they pay at the clinic we", "No, they pay at the clinic. We")
    )
    statements = [r.statement for r in _analyze(punctuated, "call.vtt").requirements]
    assert "People should be able to book about two weeks ahead, no more than that." in statements
    assert "People should be able to cancel online, up to a day before." in statements
    assert "Online payments are out of scope for now." in statements
    assert not any("tell me" in s.lower() for s in statements)


def test_a_chat_typed_without_question_marks():
    result = _analyze(
        "Tom: hey, a few questions about the shop app\n"
        "Tom: which payment methods do you need\n"
        "Ana: card and apple pay\n"
        "Tom: how long should we keep order history\n"
        "Ana: two years i think\n"
        "Tom: do you want customers to be able to track their order\n"
        "Ana: yes definitely\n"
    )
    assert [r.statement for r in result.requirements] == [
        "Payment methods: card and apple pay.",
        "The system should keep order history for two years (to be confirmed).",
        "Customers should be able to track their order.",
    ]


def test_a_prompt_to_describe_is_no_requirement_but_an_instruction_is():
    result = _analyze(
        "Joe: Tell me about how bookings work today.\n"
        "Ann: Tell me when stock runs low.\n"
        "Joe: Walk me through a typical hire.\n"
        "Ann: Show customers their order history.\n"
    )
    assert [r.statement for r in result.requirements] == [
        "The system should tell Ann when stock runs low.",  # "me" is the one who said it
        "The system should show customers their order history.",
    ]


def _sentences(text: str) -> list[str]:
    return [u.text for u in iter_units(ingest(text.encode(), "chat.txt"))]


def test_run_on_speech_is_cut_where_a_new_sentence_plainly_starts():
    assert _sentences("Ana: no they pay at the clinic we don't want online payments for now\nTom: ok\nAna: thanks") == [
        "no they pay at the clinic",
        "we don't want online payments for now",
        "ok",
        "thanks",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Ana: I don't know what we need for the launch yet",  # "what we need" is one clause
        "Ana: okay and how far ahead can they book",  # the question's auxiliary, not a new question
        "Ana: if they cancel late, we want to keep the deposit",  # the comma joins them
        "Ana: no they pay at the clinic. We don't want online payments for now.",  # punctuated: its own stops
    ],
)
def test_run_on_cuts_leave_one_clause_whole(line):
    assert len(_sentences(line + "\nTom: ok\nAna: thanks")) == (4 if ". We" in line else 3)


def test_out_of_scope_for_now_keeps_when_apart_from_what():
    [requirement] = _analyze("Ana: We don't want online payments for now.\nTom: ok\nAna: thanks").requirements
    assert requirement.statement == "Online payments are out of scope for now."


def test_a_discovery_call_with_a_trade_business(check_sources):
    result = _analyze(
        "[00:01:20] Dave Harris: And the engineers need the job details on their phone.\n"
        "[00:01:34] Maya Chen: Do the engineers need to take payment on site?\n"
        "[00:01:38] Dave Harris: Yes, card payments on site.\n"
        "[00:01:45] Maya Chen: What about invoices?\n"
        "[00:01:48] Dave Harris: They go out from Xero, so the app should push the job into Xero when it's done.\n"
        "[00:02:02] Maya Chen: How quickly does the customer need to hear back after booking?\n"
        "[00:02:06] Dave Harris: Within an hour during office hours.\n"
        "[00:02:25] Maya Chen: Anything you definitely don't want?\n"
        "[00:02:28] Dave Harris: No chatbot.\n",
        "call.txt",
    )
    check_sources(result)
    got = [(r.statement, r.priority, r.rationale) for r in result.requirements]
    assert got == [
        ("The engineers must have the job details on their phone.", "must", None),
        ("The engineers must be able to take payment on site: card payments on site.", "must", None),
        # "they" are the invoices just asked about, not the engineers named before
        ("The app should push the job into Xero when it's done.", "should", "Invoices go out from Xero"),
        ("The customer should hear back after booking within an hour during office hours.", "should", None),
        ("A chatbot is out of scope.", "wont", None),
    ]


@pytest.mark.parametrize(
    ("answer", "statement"),
    [
        ("No chatbot.", "A chatbot is out of scope."),
        ("No pop-ups", "Pop-ups are out of scope."),
        ("No online payments, they pay at the desk", "Online payments are out of scope."),
    ],
)
def test_what_the_client_does_not_want_is_out_of_scope(answer, statement):
    assert answer_statement("Anything you definitely don't want?", answer, spoken=True) == statement


_GROOMING_CALL = """WEBVTT

00:00:12.800 --> 00:00:15.100
<v Ben Ortiz>What would you like the app to do first?

00:00:15.600 --> 00:00:21.900
<v Lucy Grant>Owners should book online. The price depends on the size of the dog and the coat.

00:00:22.300 --> 00:00:26.000
<v Ben Ortiz>Should owners pay a deposit?

00:00:26.400 --> 00:00:30.800
<v Lucy Grant>Yes, £10, and they lose it if they cancel less than 24 hours before.

00:00:41.600 --> 00:00:45.900
<v Ben Ortiz>What about reminders?

00:00:46.300 --> 00:00:50.700
<v Lucy Grant>A text the day before would be great.

00:00:51.000 --> 00:00:55.000
<v Ben Ortiz>Do you want owners to have accounts?

00:00:55.400 --> 00:01:00.000
<v Lucy Grant>I'd rather not force them. Guest booking with just a phone number is fine.

00:01:00.400 --> 00:01:04.000
<v Ben Ortiz>Okay. How many bookings a week?

00:01:04.400 --> 00:01:08.000
<v Lucy Grant>About sixty, more before Christmas.
"""


def test_a_grooming_salon_call(check_sources):
    result = _analyze(_GROOMING_CALL, "call.vtt")
    check_sources(result)
    got = [(r.statement, r.priority, r.kind) for r in result.requirements]
    assert got == [
        ("Owners should book online.", "should", "functional"),
        ("The price should depend on the size of the dog and the coat.", "should", "functional"),
        # a long answer that starts with "Yes" still answers the question
        (
            "Owners should pay a deposit: £10, and they lose it if they cancel less than 24 hours before.",
            "should",
            "functional",
        ),
        ("The system could send a text the day before.", "could", "functional"),
        ("Owners should not need accounts.", "should", "functional"),
        ("The system should allow guest booking with just a phone number.", "should", "functional"),
        # a volume per week is a capacity the product must carry
        ("The system should support about sixty bookings a week, more before Christmas.", "should", "non_functional"),
    ]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Would you consider that?", "Yes, I would."),  # about the one answering
        ("Could you elaborate?", "Yes, I either go to state parks or with a friend."),
    ],
)
def test_a_question_about_the_one_answering_states_nothing(question, answer):
    assert answer_statement(question, answer, spoken=True) is None


@pytest.mark.parametrize(
    "text",
    ["At least I think the technology is okay.", "That is fine.", "The waiting room is okay."],
)
def test_a_judgement_is_no_accepted_option(text):
    assert [r.statement for r in _analyze(f"Ann: {text}\nJoe: ok\nAnn: thanks").requirements] == []


@pytest.mark.parametrize(
    "chat",
    [
        # WhatsApp's export on Android, then on iPhone
        "27/11/2026, 09:15 - Maya Chen: do the engineers need to see the customer's boiler history on the job?\n"
        "27/11/2026, 09:21 - Dave Harris: yes definitely, last 3 services at least\n"
        "27/11/2026, 09:24 - Maya Chen: 👍 and should customers get a text when the engineer is on the way?\n"
        "27/11/2026, 09:30 - Dave Harris: yes with the engineer's name and a rough ETA\n",
        "[27/11/2026, 09:15:10] Maya Chen: do the engineers need to see the customer's boiler history on the job?\n"
        "[27/11/2026, 09:21:44] Dave Harris: yes definitely, last 3 services at least\n"
        "[27/11/2026, 09:24:01] Maya Chen: 👍 and should customers get a text when the engineer is on the way?\n"
        "[27/11/2026, 09:30:12] Dave Harris: yes with the engineer's name and a rough ETA\n",
    ],
)
def test_a_whatsapp_chat_answered_in_lower_case(chat, check_sources):
    result = _analyze(chat, "whatsapp.txt")
    check_sources(result)
    assert [r.statement for r in result.requirements] == [
        "The engineers must be able to see the customer's boiler history on the job: last 3 services at least.",
        "Customers should get a text when the engineer is on the way: with the engineer's name and a rough ETA.",
    ]


_CAFE_CALL = """Jenny Walsh  0:00
So thanks for jumping on. We run three cafés in Bristol and we want to do click and collect.

Sam Patel  0:08
Great. What's the main thing you want customers to be able to do?

Jenny Walsh  0:13
Order ahead from their phone and pick a collection time. It'd be good to have favourites so regulars can reorder in one tap.

Sam Patel  0:25
Makes sense. Payments up front?

Jenny Walsh  0:28
Yes, always up front. Apple Pay is a must.

Sam Patel  0:35
And for the staff side?

Jenny Walsh  0:38
A tablet behind the counter that shows orders as they come in, with a sound. Ideally it prints a ticket too.

Sam Patel  0:49
Anything around allergens?

Jenny Walsh  0:52
Yes, that's non-negotiable. Every item has to show its allergens.

Sam Patel  1:02
Got it. Timeline?

Jenny Walsh  1:04
We'd love to launch before the summer holidays.
"""


def test_a_cafe_owner_on_an_otter_transcript(check_sources):
    result = _analyze(_CAFE_CALL, "call.txt")
    check_sources(result)
    got = [(r.statement, r.priority) for r in result.requirements]
    assert got == [
        ("The system should support click and collect.", "should"),
        # what customers should be able to do, asked and answered
        ("Customers should be able to order ahead from their phone and pick a collection time.", "should"),
        ("The system could provide favourites so regulars can reorder in one tap.", "could"),
        ("Payments should always be taken up front.", "should"),
        # "Apple Pay is a must" is a requirement of its own, not a priority for "payments up front"
        ("The system must support Apple Pay.", "must"),
        (
            "The system should provide a tablet behind the counter that shows orders as they come in, with a sound.",
            "should",
        ),
        ("The system could print a ticket too.", "could"),
        # "Yes, that's non-negotiable" says how much the next sentence matters, not what
        ("Every item has to show its allergens.", "must"),
        ("The system should go live before the summer holidays.", "should"),
    ]
    assert result.requirements[-1].kind == "constraint"


def test_one_more_thing_on_the_answerers_next_line_joins_the_answer(check_sources):
    result = _analyze(
        "27/11/2026, 09:15 - Maya Chen: do the engineers need to see the customer's boiler history on the job?\n"
        "27/11/2026, 09:21 - Dave Harris: yes definitely, last 3 services at least\n"
        "27/11/2026, 09:22 - Dave Harris: and photos of the boiler plate if we have them\n",
        "whatsapp.txt",
    )
    check_sources(result)
    [requirement] = result.requirements
    assert requirement.statement == (
        "The engineers must be able to see the customer's boiler history on the job: last 3 services at least, "
        "and photos of the boiler plate if we have them."
    )
    assert [s.quote for s in requirement.sources][-1] == "and photos of the boiler plate if we have them"


def test_one_more_thing_after_the_other_sides_ok_is_a_requirement_of_its_own(check_sources):
    result = _analyze("Tom: do you need refunds?\nAna: yes, full refunds only\nTom: ok\nAna: and gift cards too\n")
    check_sources(result)
    assert [r.statement for r in result.requirements] == [
        "The system should provide refunds: full refunds only.",
        # not a kind of refund: after "ok" the answer is over and this is one more thing wanted
        "The system should support gift cards.",
    ]
    assert result.requirements[1].sources[0].quote == "gift cards"


@pytest.mark.parametrize(
    "between",
    [
        "Tom: and do you need a waiting list?",  # a new question: what follows answers it
        "Tom: ok\nTom: what about vouchers?",
    ],
)
def test_more_than_an_ok_in_between_ends_the_answer(between):
    result = _analyze(
        f"Tom: do you need refunds?\nAna: yes, full refunds only\n{between}\nAna: and they pay at the desk\n"
    )
    assert "The system should support they pay at the desk." not in [r.statement for r in result.requirements]
    assert not any("full refunds only, and" in r.statement for r in result.requirements)


@pytest.mark.parametrize(
    ("question", "answer", "statement"),
    [
        ("Payments up front?", "Yes.", "Payments should be taken up front."),
        ("Deposits by card?", "Yes, always by card.", "Deposits should always be taken by card."),
        ("Reminders by text?", "Yes, by text the day before.", "Reminders should be sent by text the day before."),
        ("Delivery on weekends?", "No, weekdays only.", "Delivery should not be offered on weekends: weekdays only."),
        ("Gift cards?", "Yes.", "The system should support gift cards."),
        ("Loyalty points?", "No.", "Loyalty points are out of scope."),
        (
            "Online payments?",
            "Yes, card and Apple Pay.",
            "The system should support online payments: card and Apple Pay.",
        ),
        ("A waiting list?", "Yes please", "The system should support a waiting list."),
        ("Timeline?", "Before summer.", "The system should go live before summer."),
        ("Go-live date?", "End of March.", "The system should go live by the end of March."),
    ],
)
def test_a_short_topic_question_answered_yes_or_no(question, answer, statement, check_sources):
    result = _analyze(f"Tom: {question}\nAna: {answer}\n")
    check_sources(result)
    assert [r.statement for r in result.requirements] == [statement]


def test_a_rule_told_as_fact_answers_for_itself():
    result = _analyze(
        "Tom: How do people reserve?\nAna: Whoever is first gets the spot when someone cancels.\n"
        "Tom: How do reminders work?\nAna: Every customer gets a text the day before.\n"
    )
    assert [r.statement for r in result.requirements] == [
        "The spot should go to whoever is first when someone cancels.",
        "Every customer should get a text the day before.",
    ]
