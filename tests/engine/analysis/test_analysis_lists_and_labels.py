"""How a client's own lists, labels and short requests are read: a lead-in that names the list,
a line's label that says it is a worry or a problem, "X please", "the main thing is …", a
decision that puts something in scope, and a thing wished for later."""

from email.message import EmailMessage

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.listed import kept_statement, listed_statement
from autoagi.engine.analysis.words import is_plural_subject
from autoagi.engine.ingest import ingest


def _statements(text: str, name: str = "notes.md") -> dict[str, object]:
    result = analyze([ingest(text.encode(), name)])
    return {r.statement: r for r in result.requirements}


def _chat(*lines: str) -> dict[str, object]:
    return _statements("\n".join(lines) + "\n", "chat.txt")


def test_a_numbered_list_under_a_lead_in_that_names_it_is_a_list_of_requirements(check_sources):
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = "Head <head@school.example>", "sam@studio.example", "Our list"
    mail.set_content(
        "Hi Sam,\n\nAs promised, the governors' list for the parents' app:\n\n"
        "1. Parents report their child's absence before 9am, with a reason.\n"
        "2. Letters home go out through the app instead of book bags.\n"
        "3. Parents can top up dinner money. At the moment it's cash in an envelope.\n"
        "4. Permission slips for trips signed in the app.\n\n"
        "Nice to have: a calendar of term dates and events.\n\n"
        "Safeguarding matters most to the governors: only a child's own parents or carers may see anything "
        "about that child.\n\nThanks,\nRachel\n"
    )
    result = analyze([ingest(mail.as_bytes(), "list.eml")])
    check_sources(result)
    by_statement = {r.statement: r for r in result.requirements}
    assert list(by_statement) == [
        "Parents should be able to report their child's absence before 9am, with a reason.",
        "Letters home should go out through the app instead of book bags.",
        "Parents should be able to top up dinner money.",  # today's cash envelope is its reason, not an item
        "Permission slips for trips should be signed in the app.",
        "The system could support a calendar of term dates and events.",
        "Only a child's own parents or carers may see anything about that child.",
    ]
    assert (
        by_statement["Parents should be able to top up dinner money."].rationale
        == "At the moment it's cash in an envelope"
    )
    assert by_statement["Permission slips for trips should be signed in the app."].kind == "functional"  # not access
    only = by_statement["Only a child's own parents or carers may see anything about that child."]
    assert (only.priority, only.priority_cue) == ("must", "Safeguarding matters most to the governors")
    assert (only.kind, only.category) == ("non_functional", "security")


def test_a_lead_in_that_does_not_name_a_wish_list_leaves_its_items_alone():
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = "Head <head@school.example>", "sam@studio.example", "Names"
    mail.set_content(
        "Hi Sam,\n\nAs promised, the list of staff who will test it for us:\n\n"
        "1. Anna Berg, year 3\n2. Tom Reed, office\n\nThanks,\nRachel\n"
    )
    assert analyze([ingest(mail.as_bytes(), "names.eml")]).requirements == []


def test_a_worry_asks_for_nothing_and_the_answer_after_it_is_kept():
    found = _statements(
        "## Discussion\n"
        "- Concern: older clients may not use the portal. Phone ordering stays.\n"
        "- Problem: members can't see the timetable on their phone.\n"
        "- Risk: the payment provider must be PCI compliant.\n"
    )
    # the problem is how it is today: never "Members must not be able to see the timetable"
    assert list(found) == ["Phone ordering should remain available.", "The payment provider must be PCI compliant."]


def test_what_stays_as_it_is_is_kept_available():
    assert kept_statement("Phone ordering stays.") == "Phone ordering should remain available."
    assert kept_statement("Paper forms remain for now") == "Paper forms should remain available for now."
    assert kept_statement("It stays.") is None
    assert kept_statement("The manager stays") is None


def test_a_decision_that_puts_something_in_or_out_of_scope():
    found = _statements(
        "## Decisions\n"
        "- Online prescription requests are in scope for phase 1.\n"
        "- Online booking is in scope for launch.\n"
        "- Gift cards are not in scope.\n"
    )
    assert list(found) == [
        "The system must support online prescription requests in phase 1.",
        "The system must support online booking at launch.",
        "Gift cards are out of scope.",
    ]
    assert [r.priority for r in found.values()] == ["must", "must", "wont"]


def test_a_chat_asks_with_please_names_its_main_thing_and_wishes_for_later():
    found = _chat(
        "Tom: Hi, tell me about the app.",
        "Priya: So the main thing is owners booking a groom slot themselves, we spend half the day on the phone",
        "Priya: Oh and a text reminder the day before please!! no-shows are killing us",
        "Priya: Loyalty stamps would be nice but not for launch",
        "Priya: A waiting list would be great, but not yet.",
        "Tom: OK.",
    )
    assert list(found) == [
        "Owners should be able to book a groom slot themselves.",
        "The system should send a text reminder the day before.",
        "Loyalty stamps are out of scope for launch.",
        "A waiting list is out of scope for now.",
    ]
    main, reminder, stamps, waiting = found.values()
    assert (main.priority, main.rationale) == ("must", "We spend half the day on the phone")
    assert reminder.rationale == "No-shows are killing us"
    assert stamps.priority == waiting.priority == "wont"


def test_a_bare_noun_phrase_with_please_and_no_people_doing():
    found = _chat("Tom: Anything else?", "Priya: A loyalty card please", "Tom: OK.")
    assert list(found) == ["The system should provide a loyalty card."]
    # without "the main thing is", people doing something is how it is, not a wish
    assert _chat("Tom: How is it today?", "Priya: Owners booking by phone, mostly.", "Tom: OK.") == {}


def test_a_list_item_says_what_should_happen_to_things():
    assert (
        listed_statement("Invoices go out on the 1st of the month") == "Invoices should go out on the 1st of the month."
    )
    assert (
        listed_statement("Receipts for orders emailed to the buyer")
        == "Receipts for orders should be emailed to the buyer."
    )
    assert listed_statement("Class list on a tablet") is None  # one list, named: not "Class should list"


def test_one_thing_whose_modifier_has_an_and_is_singular():
    assert not is_plural_subject("a shop for chalk and shoes")
    assert not is_plural_subject("an audible and visual indication")
    assert is_plural_subject("the manager and the receptionist")
    assert is_plural_subject("owners")


def test_only_some_people_may_see_is_an_access_rule():
    found = _statements("## Requirements\n- Only a member's own trainers may see their health notes.\n")
    (rule,) = found.values()
    assert (rule.kind, rule.category) == ("non_functional", "security")


def test_a_signature_on_the_phone_is_no_sign_on():
    found = _chat(
        "Dev: What would make it easier?",
        "Karen: What I want is the driver gets the customer to sign on the phone and that's it, it's in the system.",
        "Dev: OK.",
    )
    (signature,) = found.values()
    assert signature.kind == "functional"


def test_an_answer_to_an_if_question_holds_in_that_case_and_keeps_its_reason():
    found = _chat(
        "Dev: And if there's no signal out on the farms?",
        "Karen: It has to keep working, a lot of our drops are in the middle of nowhere.",
        "Dev: OK.",
    )
    (offline,) = found.values()
    assert offline.statement == "If there's no signal out on the farms, the system must keep working."
    assert offline.rationale == "A lot of our drops are in the middle of nowhere"
    assert (offline.kind, offline.category) == ("non_functional", "reliability")  # ISO 25010 fault tolerance


def test_an_ideal_answer_says_what_people_should_be_able_to_do_and_why():
    found = _chat(
        "Priya: The main thing is owners booking a groom slot themselves.",
        "Tom: Do they need to pick a groomer?",
        "Priya: Yes ideally they can choose who grooms their dog, some dogs only like Jess",
        "Tom: OK.",
    )
    choose = found["Owners should be able to choose who grooms their dog."]
    assert (choose.priority, choose.rationale) == ("could", "Some dogs only like Jess")


def test_the_clients_own_figures_in_brackets_are_the_reason(check_sources):
    found = _statements(
        "## Requirements\n- Letters home go out through the app instead of book bags (we print ~300 a week).\n"
    )
    (letters,) = found.values()
    assert letters.statement == "Letters home should go out through the app instead of book bags."
    assert letters.rationale == "We print ~300 a week"


def test_nobody_and_where_are_no_entities():
    found = _chat(
        "Dev: Anything for customers?",
        "Karen: Customers also want a photo of where we left the parcel if nobody's in.",
        "Dev: OK.",
    )
    (photo,) = found.values()
    assert photo.entities == ["photo", "parcel"]


def test_a_brief_lists_what_people_do_a_page_and_who_runs_it_and_what_is_not_needed(check_sources):
    result = analyze(
        [
            ingest(
                (
                    b"# Brief: allotment society website\n\n## What we want\n"
                    b"- People join the waiting list online and can see roughly where they are on it.\n"
                    b"- A noticeboard page the committee can update without help.\n"
                    b"- Inspections: the committee records each plot's condition twice a year; a plot marked poor "
                    b"twice in a row gets a warning letter.\n\n"
                    b"## Constraints\n- Data about plot holders stays in the UK.\n\n"
                    b"## Not needed\n- A shop.\n"
                ),
                "brief.md",
            )
        ]
    )
    check_sources(result)
    found = {r.statement: r for r in result.requirements}
    assert list(found) == [
        "People should be able to join the waiting list online and see roughly where they are on it.",
        "The system should provide a noticeboard page that the committee can update without help.",
        "The committee should be able to record each plot's condition twice a year.",
        "A plot marked poor twice in a row should get a warning letter.",
        "Data about plot holders must stay in the UK.",
        "A shop is out of scope.",
    ]
    assert found["Data about plot holders must stay in the UK."].priority == "must"
    assert found["A shop is out of scope."].priority == "wont"


def test_a_call_gives_a_deposit_rule_a_no_show_rule_and_why_an_app_is_not_wanted():
    found = _chat(
        "Tom: Payment up front or on the day?",
        "Priya: Deposit of £10 when booking, rest on the day at the counter",
        "Priya: If they no-show they lose the deposit",
        "Tom: Anything you definitely don't want?",
        "Priya: No app. People won't download an app for a one-off hire.",
        "Tom: OK.",
    )
    assert list(found) == [
        "The system should take a £10 deposit when booking; the rest is paid on the day at the counter.",
        "If they do not show up, they should lose the deposit.",
        "An app is out of scope.",
    ]
    assert found["An app is out of scope."].rationale == "People won't download an app for a one-off hire"


def test_them_in_a_wish_are_the_people_named_before():
    found = _chat(
        "Sam: Tell me about the bike hire.",
        "Lena: People turn up at the shed and we write their name in a book. It's a mess.",
        "Lena: I want them to book and pay online before they come.",
        "Sam: OK.",
    )
    assert "People should be able to book and pay online before they come." in found


def test_the_way_named_alone_replaces_the_way_it_is_done_today():
    found = _statements(
        "## Discussion\n- Vaccination reminders go out by post today and cost about £600 a month. Email or SMS instead.\n"
    )
    (reminders,) = found.values()
    assert reminders.statement == "Vaccination reminders should go out by email or SMS instead of post."
    assert reminders.rationale == "Vaccination reminders go out by post today and cost about £600 a month"


def test_a_case_said_first_without_its_comma_keeps_the_wish_after_it():
    found = _chat(
        "Sam: And damage?",
        "Lena: If a bike comes back damaged I need to be able to note it and charge them.",
        "Sam: OK.",
    )
    assert list(found) == ["If a bike comes back damaged, users must be able to note it and charge them."]


def test_a_deposit_for_some_things_and_an_age_limit():
    found = _chat(
        "Sam: What about e-bikes, same rules?",
        "Lena: E-bikes need a £50 deposit, normal bikes don't. And nobody under 16 on an e-bike.",
        "Sam: OK.",
    )
    assert list(found) == [
        "The system must take a £50 deposit for e-bikes, but not for normal bikes.",
        "Nobody under 16 should be allowed on an e-bike.",
    ]
    assert found["Nobody under 16 should be allowed on an e-bike."].entities == ["e-bike"]  # "nobody" is no thing


def test_a_slack_thread_asks_checks_its_reach_and_puts_one_thing_after_launch():
    found = _statements(
        "Priya Shah  10:32 AM\ncan we get the booking page to show prices incl VAT\n"
        "Tom Reid  10:33 AM\nsure, everywhere?\n"
        "Priya Shah  10:35 AM\nyes everywhere customers see a price\n"
        "also the receipt email needs our VAT number on it, accountant flagged it\n"
        "Tom Reid  10:36 AM\n👍\n"
        "Priya Shah  10:41 AM\nand one more - corporate customers want monthly invoices instead of paying per booking\n"
        "not urgent tho, after launch is fine\n",
        "slack.txt",
    )
    assert list(found) == [
        "The booking page should show prices incl VAT everywhere customers see a price.",
        "The receipt email must show our VAT number.",
        "Corporate customers should get monthly invoices instead of paying per booking.",
    ]
    prices, receipt, invoices = found.values()
    assert [s.quote for s in prices.sources] == [
        "can we get the booking page to show prices incl VAT",
        "sure, everywhere?",
        "yes everywhere customers see a price",
    ]
    assert "everywhere" not in " ".join(prices.actors + prices.entities)
    assert (receipt.priority, receipt.rationale) == ("must", "Accountant flagged it")
    assert invoices.priority == "wont"


def test_a_request_typed_without_its_question_mark_stands_whatever_the_reply():
    for reply in ("OK.", "Sure."):
        found = _chat("Tom: Hi.", "Priya: can we get the booking page to show prices incl VAT", f"Tom: {reply}")
        assert list(found) == ["The booking page should show prices incl VAT."]


def test_a_problem_label_reads_its_chore_as_under_a_problems_heading():
    labelled = _statements("## Notes\n- Problem: I have to ring the studio to move a booking.\n")
    headed = _statements("## Problems\n- I have to ring the studio to move a booking.\n")
    assert list(labelled) == list(headed) == ["Users should not need to ring the studio to move a booking."]


def test_the_way_named_alone_keeps_an_acronym():
    found = _statements("## Notes\n- Reminders go out by post today. SMS or email instead.\n")
    assert list(found) == ["Reminders should go out by SMS or email instead of post."]
