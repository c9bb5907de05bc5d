"""What clients say in chats and calls: questions answered by the next speaker, wishes for other
people, pronouns for the role just named, conditions spoken without a comma."""

import pytest

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.phrasing import statement_for, title_for
from autoagi.engine.analysis.priority import priority_of
from autoagi.engine.ingest import ingest


def _chat(*lines: str):
    return analyze([ingest("\n".join(lines).encode(), "chat.txt")])


def test_a_short_answer_in_a_chat_is_read_with_the_question_before_it(check_sources):
    result = _chat(
        "[10:01] Joe Park: what about gift cards?",
        "[10:02] Ann Vale: later. not in the first version",
        "[10:03] Joe Park: Do members need an account?",
        "[10:03] Ann Vale: No, no account.",
        "[10:04] Joe Park: How do you usually pay for classes?",
        "[10:05] Ann Vale: Cash mostly.",
    )
    check_sources(result)
    gift, account = result.requirements  # a question about the speaker's own habits states nothing
    assert gift.statement == "Gift cards are out of scope for the first version."  # a suggestion declined
    assert gift.priority == "wont"
    assert [s.quote for s in gift.sources] == ["gift cards", "later. not in the first version"]
    assert account.statement == "Members should not need an account."
    assert account.title == "Members do not need an account"


def test_an_answer_with_a_requirement_of_its_own_keeps_its_own_words():
    result = _chat(
        "Joe: Anything about payments?",
        "Ann: eventually people should pay online",
    )
    [requirement] = result.requirements
    assert requirement.statement == "Eventually people should pay online."


def test_it_is_not_read_across_a_question():
    result = _chat(
        "Ann: Depot staff need a checklist on a tablet for the handover.",
        "Joe: How many depots are there?",
        "Ann: 14 now and maybe 20 next year, it needs to cope with that.",
    )
    assert "checklist" not in result.requirements[-1].entities


@pytest.mark.parametrize(
    ("said", "statement"),
    [
        ("We want people to give by card or Apple Pay.", "People should be able to give by card or Apple Pay."),
        ("We want the changing rooms page to be printable.", "The changing rooms page should be printable."),
        ("I want them to be healthy.", "I want them to be healthy."),
        ("Parents need to sign the consent form.", "Parents must be able to sign the consent form."),
        ("Coaches want to message the whole squad.", "Coaches should be able to message the whole squad."),
        # not a group of people wishing: a modal in the subject, a negated subject, a passive
        ("Other users might need to monitor the queue.", "Other users might need to monitor the queue."),
        ("No special tools need to be used on the radio.", "No special tools need to be used on the radio."),
        (
            "The practice manager would like a weekly report.",
            "The system should provide the practice manager with a weekly report.",
        ),
        (
            "yes!! every driver has to upload a photo of their licence",
            "Every driver has to upload a photo of their licence",
        ),
    ],
)
def test_wishes_are_restated_for_whom_they_are(said, statement):
    assert statement_for(said, "informal") == statement


def test_a_must_have_named_is_not_a_statement_cut_short(make_doc):
    text = "Monthly donors should get an email with a link to stop their donation. Gift Aid is a must."
    statements = [r.statement for r in analyze([make_doc(text)]).requirements]
    assert statements[-1] == "The system must support Gift Aid."


def test_she_is_the_role_named_just_before_and_not_seeing_data_is_confidentiality():
    result = _chat(
        "Nadia: Our bookkeeper wants a CSV export of sales every week, and she shouldn't see card details, obviously.",
        "Sam: ok",
    )
    export, hidden = result.requirements
    assert export.statement == "The system should provide the bookkeeper with a CSV export of sales every week."
    assert "weekly" not in export.entities and "csv export" in export.entities
    assert hidden.statement == "The bookkeeper shouldn't see card details."
    assert (hidden.kind, hidden.category) == ("non_functional", "security")
    assert hidden.sources[0].quote.startswith("she shouldn't see")


def test_an_age_group_is_not_a_time_limit():
    result = _chat("Lee: under 21s can't rent the sports cars, the insurer won't allow it", "Kim: ok")
    [requirement] = result.requirements
    assert requirement.kind == "functional"


def test_a_condition_spoken_without_a_comma_leaves_the_requirement_after_it():
    result = _chat("Priya: If they tick the Gift Aid box we need their home address.", "Dev: ok")
    [requirement] = result.requirements
    assert requirement.priority == "must" and "home address" in requirement.entities


def test_a_weekly_report_is_one_thing():
    assert title_for("The system should provide the coach with a weekly report.").endswith("weekly report")


def test_a_request_after_please_late_in_a_sentence_is_the_requirement(check_sources):
    result = _chat(
        "Marta: the old site takes 10 seconds to show prices, pls make the new one show them in under 2 seconds",
        "Joe: ok",
    )
    check_sources(result)
    [requirement] = result.requirements
    assert requirement.sources[0].quote == "pls make the new one show them in under 2 seconds"
    assert requirement.statement == "The system should make the new one show them in under 2 seconds."
    assert requirement.category == "performance_efficiency"


def test_a_fault_reported_in_an_email_is_what_must_work(check_sources):
    text = (
        "From: Kate <kate@gym.example>\nTo: Sam <sam@agency.example>\nSubject: bugs\n"
        "Date: Tue, 3 Mar 2026 09:12:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
        "Hi Sam,\n\nAlso the class timetable doesn't work on Firefox.\n\n"
        "Our members page isn't loading on older phones.\n\n"
        "The system does not display card numbers.\n\n"
        "One more thing: we'd love a Polish version eventually but it's not urgent.\n\nKate\n"
    )
    result = analyze([ingest(text.encode(), "bugs.eml")])
    check_sources(result)
    statements = [(r.statement, r.priority) for r in result.requirements]
    # "does not display" may be a rule, not a fault: it is not turned into its opposite
    assert statements == [
        ("The class timetable must work on Firefox.", "must"),
        ("The members page must load on older phones.", "must"),
        ("The system should provide a Polish version eventually.", "could"),
    ]


def test_a_cue_in_the_reason_does_not_set_the_priority(make_doc):
    text = "Our members want to renew their passes online, and right now they can't."
    [requirement] = analyze([make_doc(text)]).requirements
    assert requirement.rationale == "Right now they can't"
    assert (requirement.priority, requirement.priority_cue) == ("should", "want")


def test_a_remark_naming_the_requirement_before_sets_its_priority_and_reason(check_sources):
    text = (
        "## Payments\n"
        "- Members can pay for the summer camp in instalments. Ola: instalments are essential, some families "
        "can't pay it all at once.\n"
        "- Gift vouchers are a must.\n"
    )
    result = analyze([ingest(text.encode(), "notes.md")])
    check_sources(result)
    parts, vouchers = result.requirements
    assert (parts.priority, parts.priority_cue) == ("must", "essential")
    assert parts.rationale == "Some families can't pay it all at once"
    assert len(parts.sources) == 2
    # a must-have that names nothing said before is a requirement of its own
    assert vouchers.statement == "The system must support gift vouchers." and vouchers.priority == "must"


def test_a_confirmed_paraphrase_and_a_yes_with_details(check_sources):
    result = _chat(
        "Rosa: Phone bookings eat half my afternoon.",
        "Dev: So you want guests to book a table online and get a confirmation text?",
        "Rosa: Exactly.",
        "Dev: Should we take a card deposit for no-shows?",
        "Rosa: Yes, ten pounds a head for Friday and Saturday nights.",
    )
    check_sources(result)
    booking, deposit = result.requirements
    assert booking.statement == "Guests should be able to book a table online and get a confirmation text."
    assert booking.sources[1].quote.startswith("So you want guests")
    assert deposit.statement == (
        "The system should take a card deposit for no-shows: ten pounds a head for Friday and Saturday nights."
    )
    assert deposit.title == "Take a card deposit for no-shows"


def test_a_reply_numbering_its_answers_is_read_with_the_quoted_questions(check_sources):
    text = (
        "From: Kate <kate@gym.example>\nTo: Sam <sam@agency.example>\nSubject: Re: a few questions\n"
        "Date: Tue, 3 Mar 2026 09:12:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
        "Hi Sam, answers below:\n\n1. Yes\n2. No, unused credits just expire.\n3. Only the front desk.\n\nKate\n\n"
        "On Mon, 2 Mar 2026 at 10:00, Sam <sam@agency.example> wrote:\n"
        "> Hi Kate,\n"
        "> 1. Should members be able to pause their membership while travelling?\n"
        "> 2. Do you need refunds for unused credits?\n"
        "> 3. Who may edit the class timetable?\n"
        "> Thanks, Sam\n"
    )
    doc = ingest(text.encode(), "answers.eml")
    assert "> 2. Do you need refunds for unused credits?" in doc.text  # kept: the reply answers it by number
    result = analyze([doc])
    check_sources(result)
    pause, refunds, timetable = result.requirements
    assert pause.statement == "Members should be able to pause their membership while travelling."
    assert [s.quote for s in pause.sources] == [
        "Yes",
        "Should members be able to pause their membership while travelling?",
    ]
    assert refunds.statement == "Refunds for unused credits are out of scope: unused credits just expire."
    assert refunds.priority == "wont"
    assert timetable.statement == "Only the front desk may edit the class timetable."


def test_numbered_lines_without_quoted_questions_are_not_answers():
    text = "Notes:\n1. Yes\n2. The system shall print receipts.\n"
    statements = [r.statement for r in analyze([ingest(text.encode(), "notes.txt")]).requirements]
    assert statements == ["The system shall print receipts."]


def test_and_i_names_the_one_speaking():
    result = _chat(
        "Attendees: Kim Lee (buyer), Ravi Shah (warehouse lead).",
        "Kim: Ravi and I should be able to approve large orders.",
        "Ravi: Kim and I must see the stock level of every shelf.",
    )
    assert [r.statement for r in result.requirements] == [
        "Ravi and the buyer should be able to approve large orders.",
        "Kim and the warehouse lead must see the stock level of every shelf.",
    ]


def test_a_rambling_email_paragraph(check_sources):
    text = (
        "Hi,\n\nWhat I'd love is for clients to choose a stylist and a time themselves, and the price should "
        "depend on the length of the hair. It would be amazing if they could send a photo of the style they want "
        "so we know how long to book, but that's not essential. We don't want to take deposits online yet, people "
        "pay at the till. Oh and my stylists shouldn't be able to see each other's takings. I'd also want a text "
        "the day before.\n\nThanks,\nMo\n"
    )
    result = analyze([ingest(text.encode(), "salon.txt")])
    check_sources(result)
    got = [(r.statement, r.priority) for r in result.requirements]
    assert got[0] == ("Clients should be able to choose a stylist and a time themselves.", "should")
    assert got[1][0] == "The price should depend on the length of the hair."
    assert got[2] == ("Clients could send a photo of the style they want.", "could")
    assert result.requirements[2].rationale == "We know how long to book"
    assert got[3][1] == "wont"
    assert got[4][0] == "The stylists shouldn't be able to see each other's takings."
    assert got[5][0] == "The system should send a text the day before."


def test_a_council_or_committee_asks_as_one():
    result = _chat(
        "[00:00:05] Helen Park: Right, so the council wants every allotment holder to renew online this year.",
        "[00:00:12] Dev Shah: ok",
        "[00:01:10] Helen Park: Oh, and the committee needs a list of unpaid plots every Monday.",
    )
    renew, unpaid = result.requirements
    assert renew.statement == "Every allotment holder should be able to renew online this year."
    # what they "need" binds: a must, in the statement and its priority
    assert unpaid.statement == "The system must provide the committee with a list of unpaid plots every Monday."
    assert unpaid.priority == "must"
    assert "committee" in unpaid.actors


@pytest.mark.parametrize(
    ("said", "statement", "priority", "title"),
    [
        (
            "Ideally the app would remember a customer's favourite bakery.",
            "The app could remember a customer's favourite bakery.",
            "could",
            "Remember a customer's favourite bakery",
        ),
        (
            "Every parcel needs a tracking code that drivers can scan.",
            "Every parcel needs a tracking code that drivers can scan.",
            "must",
            "Every parcel has a tracking code",
        ),
        ("We're not bothered about a loyalty scheme.", "A loyalty scheme is out of scope.", "wont", None),
        (
            "Can we get notified when a delivery fails?",
            "The system could send a notification when a delivery fails.",
            "could",
            None,
        ),
        (
            "Make it work in Polish as well as English.",
            "The system should work in Polish as well as English.",
            "should",
            None,
        ),
        (
            "I want to see which drivers are late each week.",
            "The system should show which drivers are late each week.",
            "should",
            None,
        ),
    ],
)
def test_what_clients_often_say(said, statement, priority, title):
    [requirement] = _chat("Dev: Anything else?", f"Ana: {said}", "Dev: ok", "Ana: Thanks.").requirements
    assert (requirement.statement, requirement.priority) == (statement, priority)
    if title:
        assert requirement.title == title


def test_an_instruction_answering_a_topic_keeps_its_own_words_and_same_thing_adds_nothing():
    result = _chat(
        "Dev: Reminders?",
        "Ana: Text them the day before.",
        "Dev: And for the hygienist?",
        "Ana: Yeah, same thing.",
    )
    assert [r.statement for r in result.requirements] == ["The system should send them a text the day before."]


@pytest.mark.parametrize(
    ("statement", "title"),
    [
        ("Only the front desk may edit class times.", "Only front desk edits class times"),
        ("Only admins can delete accounts.", "Only admins delete accounts"),
        ("Every parcel needs a tracking code that drivers scan.", "Every parcel has a tracking code"),
        # a modal before "need" makes it no statement of what each thing has
        ("The archive may need a client that gathers logs.", "Need a client that gathers logs"),
    ],
)
def test_titles_keep_who_is_allowed_and_what_each_thing_has(statement, title):
    assert title_for(statement) == title


def test_may_need_is_no_must():
    assert priority_of("The archive may need a client that gathers logs.") == ("could", "may")
    assert priority_of("Every parcel needs a tracking code.") == ("must", "Every parcel needs")


def test_a_summary_read_back_and_confirmed_gives_one_requirement_per_item(check_sources):
    result = _chat(
        "[00:01] Dana Lee: Can you walk me through a hire?",
        "[00:02] Mike Ross: Sure, it starts on the website and ends at the depot.",
        "[00:03] Dana Lee: So to summarise: customers book and pay a deposit online, the desk checks licences at"
        " collection, and deposits are refunded within three days of return. Is that right?",
        "[00:04] Mike Ross: Yes, that's it.",
        "[00:05] Dana Lee: Great, thanks.",
    )
    check_sources(result)
    book, check, refund = result.requirements  # "Is that right?" / "Yes, that's it." add none of their own
    assert book.statement == "Customers should be able to book and pay a deposit online."
    assert check.statement == "The desk should check licences at collection."
    assert refund.statement == "Deposits should be refunded within three days of return."
    assert refund.kind == "functional"  # money the business gives back is a rule of the domain, not a speed
    assert [s.quote for s in check.sources] == ["the desk checks licences at collection", "Yes, that's it."]


def test_a_summary_goes_on_over_sentences_and_names_features():
    result = _chat(
        "Interviewer: Thanks for making time. How do members renew today?",
        "Sam: They come to the desk and pay cash, mostly.",
        "Interviewer: Let me play that back: members renew online. The gym sends a reminder a week before the"
        " pass runs out. Thanks again for your time. Did I get that right?",
        "Sam: Exactly, and we also want a monthly report of renewals.",
        "Interviewer: To recap: online booking, card payments, and a waiting list when plots aren't renewed.",
    )
    statements = [r.statement for r in result.requirements]
    assert statements == [
        "Members should be able to renew online.",
        "The gym should send a reminder a week before the pass runs out.",
        "The system should provide a monthly report of renewals.",  # said after the "exactly"
        "The system should provide online booking.",
        "The system should provide card payments.",
        "The system should provide a waiting list when plots aren't renewed.",
    ]


def test_a_summary_the_client_corrects_is_left_as_a_question():
    result = _chat(
        "Dana Lee: How do collections work?",
        "Mike Ross: The desk hands over the keys.",
        "Dana Lee: Just to confirm: customers book online and the desk checks licences at collection.",
        "Mike Ross: Not quite, the desk only checks licences for new customers.",
        "Dana Lee: OK, noted.",
    )
    assert not any("checks licences at collection" in s.quote for r in result.requirements for s in r.sources)
    [question] = [f for f in result.findings if f.rule == "open_question"]
    assert "was not confirmed" in question.message and "Not quite" in question.message


def test_what_people_do_today_is_no_item_of_a_summary():
    from autoagi.engine.analysis.summaries import summary_items

    assert summary_items("So to summarise, you pick a van, then you pay.") == []
    assert summary_items("So to summarise, they phone us and we write it down.") == []


def test_a_description_of_the_new_system_states_its_requirements(check_sources):
    result = _chat(
        "Dana Lee: How would it work in the new system?",
        "Mike Ross: Customers would pick a van on the website, then pay a deposit by card.",
        "Mike Ross: The idea is that the desk scans the licence at collection and the app logs the fuel level.",
        "Mike Ross: In the new system, customers get a text when the van is ready.",
        "Mike Ross: Ideally, the manager sees every open hire on one screen.",
        "Mike Ross: Customers would complain if it was slow.",  # a guess at how people react
        "Mike Ross: The idea is that the desk scans the licence and a photo of the van.",  # not every part a clause
    )
    check_sources(result)
    assert [(r.statement, r.priority) for r in result.requirements] == [
        ("Customers should be able to pick a van on the website, then pay a deposit by card.", "should"),
        ("The desk should scan the licence at collection.", "should"),
        ("The app should log the fuel level.", "should"),
        ("Customers should get a text when the van is ready.", "should"),
        ("The manager should see every open hire on one screen.", "could"),
    ]
    assert result.requirements[2].sources[0].quote == "the app logs the fuel level"


def test_a_frame_around_a_stated_requirement_leaves_its_words_alone():
    from autoagi.engine.analysis.envisioned import envisioned_items

    assert envisioned_items("Ideally, each error message will be accompanied by an explanation.", False) == ([], False)
    assert envisioned_items("Staff would love it.", True) == ([], False)
    assert envisioned_items("Customers would pick a van.", False) == ([], False)  # "would" only when spoken


def test_a_forwarded_whatsapp_chat_reads_as_a_conversation(check_sources):
    result = _chat(
        "27/11/2026, 09:12 - Priya Shah: Hi Tom, quick summary of what we need for the café app",
        "27/11/2026, 09:12 - Priya Shah: Customers order from their table by scanning a QR code",
        "27/11/2026, 09:13 - Priya Shah: and pay by card or Apple Pay, no cash in the app",
        "27/11/2026, 09:14 - Tom Reid: Got it. Should the kitchen get the orders on a screen?",
        "27/11/2026, 09:15 - Priya Shah: Yes please, a tablet by the pass",
        "27/11/2026, 09:15 - Priya Shah: Allergens must be shown on every dish 👍",
        "27/11/2026, 09:16 - Tom Reid: What about loyalty points?",
        "27/11/2026, 09:17 - Priya Shah: not for launch",
        "27/11/2026, 09:18 - Priya Shah: <Media omitted>",
        "27/11/2026, 09:20 - Tom Reid: So to summarise: QR ordering at the table 🙂, card and Apple Pay. Right?",
        "27/11/2026, 09:21 - Priya Shah: Yep 👍",
    )
    check_sources(result)
    assert [(r.statement, r.priority) for r in result.requirements] == [
        # the announced list: the same person's next messages are its items, until someone else speaks
        ("Customers should be able to order from their table by scanning a QR code.", "should"),
        ("Customers should be able to pay by card or Apple Pay, no cash in the app.", "should"),  # goes on
        ("The kitchen should get the orders on a screen: a tablet by the pass.", "should"),
        ("Allergens must be shown on every dish.", "must"),  # the emoji stays in the source only
        ("Loyalty points are out of scope for launch.", "wont"),  # a suggestion declined
    ]
    assert result.requirements[3].sources[0].quote.endswith("👍")
    # the summary restates the first two: its items and the "yep" are their sources, not new requirements
    assert [s.quote for s in result.requirements[0].sources][1:] == ["QR ordering at the table 🙂", "Yep 👍"]
    assert [s.quote for s in result.requirements[1].sources][1:] == ["card and Apple Pay", "Yep 👍"]


def test_a_summary_confirmed_by_e_mail_gives_its_items_sourced_on_the_yes(check_sources):
    from email.message import EmailMessage

    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = "Helen Park <helen@gym.example>", "tom@studio.example", "Re: Booking"
    mail.set_content(
        "Hi Tom,\n\nYes, that's all correct. One more thing: instructors should be able to cancel a class.\n\n"
        "Helen\n\nOn Wed, 25 Nov 2026 at 17:40, Tom Reid <tom@studio.example> wrote:\n"
        "> Thanks for your time today. Just to confirm what we agreed:\n>\n"
        "> - members book and cancel classes on their phones\n> - a waiting list for full classes\n>\n"
        "> Could you let me know if that's right?\n"
    )
    result = analyze([ingest(mail.as_bytes(), "reply.eml")])
    check_sources(result)
    assert [(r.statement, [s.quote for s in r.sources]) for r in result.requirements] == [
        (
            "Instructors should be able to cancel a class.",
            ["One more thing: instructors should be able to cancel a class."],
        ),
        (
            "Members should be able to book and cancel classes on their phones.",
            ["members book and cancel classes on their phones", "Yes, that's all correct."],
        ),
        (
            "The system should provide a waiting list for full classes.",
            ["a waiting list for full classes", "Yes, that's all correct."],
        ),
    ]


def test_a_summary_in_a_chat_may_list_its_items_below_its_lead():
    result = _chat(
        "Dana Lee: Thanks both. Just to confirm what we agreed:",
        "- customers book online",
        "- a deposit for every hire",
        "Mike Ross: Yes, spot on.",
        "Dana Lee: Great.",
    )
    assert [r.statement for r in result.requirements] == [
        "Customers should be able to book online.",
        "The system should provide a deposit for every hire.",
    ]


def test_how_a_group_should_do_something_is_answered_in_a_call_but_not_how_it_is_done_today():
    result = _chat(
        "Priya Shah: Customers need to order from their table without waiting for staff.",
        "Tom Reid: Okay. And how do they pay?",
        "Priya Shah: Card or Apple Pay.",
        "Tom Reid: How do members renew today?",
        "Priya Shah: At the desk, in cash.",
    )
    assert [r.statement for r in result.requirements] == [
        "Customers must be able to order from their table without waiting for staff.",
        "How customers pay: card or Apple Pay.",  # "they": the group named just before
    ]


def test_what_the_client_does_not_want_is_out_of_scope_or_must_not_happen():
    result = _chat(
        "Priya Shah: We don't want cash in the app.",
        "Priya Shah: We don't need a loyalty scheme.",
        "Priya Shah: We don't want customers to see each other's orders.",
        "Priya Shah: I don't want it to crash on a busy night.",
        "Priya Shah: We don't need the app to be pretty, it has to be quick.",  # not needed is no prohibition
        "Priya Shah: I don't need anything else, thanks.",
    )
    assert [(r.statement, r.priority) for r in result.requirements] == [
        ("Cash in the app is out of scope.", "wont"),
        ("Loyalty scheme is out of scope.", "wont"),
        ("Customers must not see each other's orders.", "must"),
        ("The system must not crash on a busy night.", "must"),
        ("We don't need the app to be pretty, it has to be quick.", "must"),
    ]


def test_an_answer_with_its_own_subject_is_titled_by_what_it_asks():
    result = _chat(
        "Tom Reid: Should the kitchen get the orders on a screen?",
        "Priya Shah: Yes please, a tablet by the pass",
    )
    [kitchen] = result.requirements
    assert kitchen.title == "Get the orders on a screen"  # not "The kitchen should get the orders on a screen: a …"


def test_summary_items_name_who_does_what():
    from autoagi.engine.analysis.summaries import summary_items

    items = summary_items(
        "So to summarise: payments go through Stripe, pay overdue fines online, allergens on every dish."
    )
    assert [i.statement for i in items] == [
        "Payments should go through Stripe.",  # a thing: no "be able to"
        "Users should be able to pay overdue fines online.",  # what people do
        "The system should provide allergens on every dish.",  # no subject and verb here
    ]


@pytest.mark.parametrize("said", ["No native app in phase 1, a PWA instead.", "No loyalty scheme at launch."])
def test_a_thing_ruled_out_of_the_first_release_is_a_wont(said):
    [requirement] = _chat(f"Helen Park: {said}").requirements
    assert requirement.priority == "wont"


def test_a_list_of_needs_in_an_e_mail_is_read_and_the_sign_off_is_not():
    from email.message import EmailMessage

    mail = EmailMessage()
    mail["From"], mail["Subject"] = "Helen Park <helen@gym.example>", "Booking app"
    mail.set_content(
        "Hi Tom,\n\nHere's what we need:\n- online booking\n- Members see their past classes\n\n"
        "Looking forward to the demo next week.\n\nThanks,\nHelen\n"
    )
    result = analyze([ingest(mail.as_bytes(), "needs.eml")])
    assert [r.statement for r in result.requirements] == [
        "The system should support online booking.",  # short, but under "Here's what we need" it is a feature
        "Members should be able to see their past classes.",
    ]


def test_no_one_else_may_is_a_prohibition():
    result = _chat(
        "Helen Park: Nobody else may see a member's medical notes.",
        "Tom Reid: Noted.",
        "Helen Park: And no one can change a booking after 6pm.",
    )
    notes, change = result.requirements
    assert (notes.priority, notes.category) == ("must", "security")  # not "may": a could
    assert change.priority == "must"


def test_what_people_do_by_themselves_or_online_is_the_new_system():
    notes = (
        "## Discussion\n"
        "- Volunteers sign up for shifts themselves, from their phone.\n"
        "- Owners book online for: vaccination, annual check-up,\n  and nurse clinic.\n"
        "- Customers ring the front desk today, or book online through Fresha.\n"  # how it is done now
        "- Customers keep asking for a way to cancel themselves.\n"  # what they ask for, read as such
    )
    statements = [r.statement for r in analyze([ingest(notes.encode(), "notes.md")]).requirements]
    assert statements == [
        "Volunteers should be able to sign up for shifts themselves, from their phone.",
        "Owners should be able to book online for: vaccination, annual check-up, and nurse clinic.",
        "Customers should be able to cancel themselves.",
    ]


def test_a_b2b_call_states_its_main_ask_its_size_and_its_hours(check_sources):
    result = _chat(
        "[09:02] Karen Holt: So the main ask from our side is a portal for our dealers to place orders.",
        "[09:03] Raj Patel: How many dealers are we talking about?",
        "[09:03] Karen Holt: About 400 dealers, maybe 1,500 users in total.",
        "[09:10] Karen Holt: Also, our finance team needs an audit trail of who changed an order and when.",
        "[09:11] Raj Patel: Any uptime requirements?",
        "[09:11] Karen Holt: It needs to be up from 7am to 7pm UK time, Monday to Saturday.",
    )
    check_sources(result)
    got = [(r.statement, r.priority, r.kind) for r in result.requirements]
    assert got == [
        ("The system must provide a portal for our dealers to place orders.", "must", "functional"),
        ("The system should support about 400 dealers, maybe 1,500 users in total.", "should", "non_functional"),
        (
            "The system must provide the finance team with an audit trail of who changed an order and when.",
            "must",
            "non_functional",
        ),
        ("The system must be up from 7am to 7pm UK time, Monday to Saturday.", "must", "non_functional"),
    ]


def test_a_date_the_project_must_finish_by_is_a_constraint():
    result = _chat(
        "Karen Holt: Hello.",
        "Karen Holt: We need your team to finish by March.",
        "Raj Patel: Ok.",
        "Karen Holt: The shop has to go live before Christmas.",
    )
    assert [(r.kind, r.priority) for r in result.requirements] == [("constraint", "must"), ("constraint", "must")]
    assert result.requirements[1].entities == ["shop"]  # not "christma", not "live"
