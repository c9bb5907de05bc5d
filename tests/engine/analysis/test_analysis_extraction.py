"""Extraction on each writing style, with exact source offsets."""

import pytest

from autoagi.engine.analysis import analyze
from autoagi.engine.ingest import ingest

SHALL_LINES = [
    "The system shall allow a librarian to register a new member.",
    "The system shall send an overdue notice by e-mail.",
    "Members shall be able to renew a loan online.",
    "The system shall print a monthly circulation report.",
    "The catalogue shall hold 200,000 titles.",
    "The system shall log every failed sign-in attempt.",
]


def test_one_requirement_per_shall_line(make_doc, check_sources):
    text = "\n".join(SHALL_LINES) + "\n"
    result = analyze([make_doc(text)])
    check_sources(result)
    lines = []
    pos = 0
    for line in SHALL_LINES:
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    for start, end in lines:
        assert any(start <= s.start < end for r in result.requirements for s in r.sources), text[start:end]


@pytest.mark.parametrize("abbreviation", ["e.g.", "i.e.", "a.k.a.", "approx."])
def test_an_abbreviation_does_not_end_the_sentence(make_doc, abbreviation):
    text = f"The system shall export the register ({abbreviation} Document Type Definition) as XML."
    [req] = analyze([make_doc(text)]).requirements
    assert req.sources[0].quote == text


def test_shall_lines_without_segments_or_final_newline(make_doc, check_sources):
    from autoagi.engine.artifacts import Document

    text = "\n".join(SHALL_LINES)
    doc = Document(id="plain", name="plain.txt", media_type="text/plain", sha256="0" * 64, text=text)
    result = analyze([doc])
    check_sources(result)
    assert len(result.requirements) >= len(SHALL_LINES)


def test_numbered_and_bulleted_lines_quote_without_the_prefix(make_doc, check_sources):
    text = "FR-1: The system shall export invoices as PDF.\n- The system shall archive invoices yearly.\n2.3.1 The system must validate VAT numbers."
    result = analyze([make_doc(text)])
    check_sources(result)
    quotes = [r.sources[0].quote for r in result.requirements]
    assert quotes[0].startswith("The system shall export")
    assert quotes[1].startswith("The system shall archive")
    assert quotes[2].startswith("The system must validate")


def test_requirements_numbered_on_one_line_are_one_each(make_doc, check_sources):
    # a flattened SRS table: numbered requirements run together with semicolons, some without a modal
    text = (
        "REQ-1: Search results shall load in 2 seconds; REQ-2: Database of torrent sites can be updated via "
        "the internet; REQ-3: There will be a tick box to include torrent searching\n"
        "FR-4. Results sorted by date.\n"
        "Q3: revenue was up by a lot this year.\n"
    )
    result = analyze([make_doc(text)])
    check_sources(result)
    quotes = [r.sources[0].quote for r in result.requirements]
    assert quotes == [
        "Search results shall load in 2 seconds",
        "Database of torrent sites can be updated via the internet",
        "There will be a tick box to include torrent searching",
        "Results sorted by date.",
    ]


def test_user_stories(make_doc, check_sources):
    text = (
        "As a shop manager, I want to see daily sales so that I can plan staff.\n"
        "As an anonymous visitor, I want to browse the catalogue.\n"
    )
    result = analyze([make_doc(text)])
    check_sources(result)
    assert len(result.requirements) == 2
    first = result.requirements[0]
    assert first.actors[0] == "shop manager"
    assert first.title == "See daily sales"
    assert first.kind == "functional"
    assert "anonymous visitor" in result.requirements[1].actors


def test_informal_meeting_speech(make_doc, check_sources):
    text = (
        "[00:00:05] Sarah: Morning everyone, thanks for joining.\n"
        "[00:01:05] Sarah: We'd like the app to send customers a reminder the day before pickup.\n"
        "[00:01:40] Tom: Customers keep asking for gift cards.\n"
        "[00:02:10] Sarah: It would be great if the staff could see tomorrow's orders on one screen.\n"
        "[00:02:30] Tom: It has to work on the old tablets in the shop.\n"
        "[00:02:50] Tom: I have to leave at ten, by the way.\n"
        "Decision: we agreed to use Stripe for payments.\n"
        "Action item: Tom will send the price list by Friday.\n"
    )
    result = analyze([make_doc(text, speakers=True)])
    check_sources(result)
    statements = [r.statement for r in result.requirements]
    assert "The system should send customers a reminder the day before pickup." in statements
    assert "The system should provide gift cards." in statements
    assert any(s.startswith("The staff could see") for s in statements)
    assert "The system must work on the old tablets in the shop." in statements
    assert not any("thanks for joining" in s or "leave at ten" in s for s in statements)
    assert any("Stripe" in s for s in statements)
    # an action item is a project task: reported as a document-level note, not a requirement
    assert not any("price list" in s for s in statements)
    assert any(f.rule == "action_item" and "price list" in f.message for f in result.findings)
    # the quote is what was said, the statement what an analyst writes
    reminder = next(r for r in result.requirements if "reminder" in r.statement)
    assert reminder.sources[0].quote.startswith("We'd like the app")


def test_email_thread(make_doc, check_sources):
    text = (
        "From: anna@client.example\n"
        "To: team@agency.example\n"
        "Subject: Portal wishes\n"
        "\n"
        "Hi team,\n"
        "\n"
        "thanks for the demo. We need the portal to export reports to Excel, and it has to\n"
        "support single sign-on with our Azure AD.\n"
        "Our accountants keep asking for a VAT summary per quarter.\n"
        "\n"
        "Best regards,\n"
        "Anna\n"
    )
    result = analyze([make_doc(text)])
    check_sources(result)
    joined = " | ".join(r.statement for r in result.requirements)
    assert "Excel" in joined
    assert "single sign-on" in joined  # the wrapped line was joined to its sentence
    assert "VAT summary" in joined
    assert not any("Subject" in r.sources[0].quote or "From:" in r.sources[0].quote for r in result.requirements)


def test_descriptive_prose_is_not_a_requirement(make_doc):
    text = (
        "This document describes the requirements of the ordering system.\n"
        "The remainder of this section will present an overview.\n"
        "The bakery was founded in 1952 and has three shops.\n"
    )
    assert analyze([make_doc(text)]).requirements == []


def test_what_a_speaker_does_under_a_condition_is_not_a_requirement(make_doc):
    text = (
        "If I need to reschedule, I call them and ask about the insurance details.\n"
        "If it is within the average price, that will be okay.\n"
        "If someone cancels, the system should offer the slot to the waiting list.\n"
        "If possible, we want reminders by SMS.\n"
        "I walk up to four miles on a Sunday if I want to spend longer outside.\n"
        "Mostly I drive, but if I need to be there early, I take the train.\n"
    )
    statements = [r.statement for r in analyze([make_doc(text, speakers=False)]).requirements]
    assert len(statements) == 2
    assert statements[0].startswith("If someone cancels, the system should offer the slot")
    assert "reminders by SMS" in statements[1]


def test_the_interviewer_and_questions_state_no_requirement(make_doc):
    text = (
        "Interviewer: I will summarise it to make sure I have understood what you need.\n"
        "Interviewee: What matters most to you is important to know, right?\n"
        "Interviewee: Can we also add a map of the trail?\n"
        "Interviewee: I need to know whether the utilities are included.\n"
    )
    statements = [r.statement for r in analyze([make_doc(text)]).requirements]
    assert len(statements) == 2
    assert "map" in statements[0] and "utilities" in statements[1]


def test_an_interviewee_telling_a_story_states_no_requirement(make_doc):
    text = (
        "Interviewee: For the heating I don't have to do anything, it just works.\n"
        "Interviewee: The third thing will be parking.\n"
        "Interviewee: It is a long trip for nurses who have to drive in from the valley.\n"
        "Interviewee: Sort of like, you know, a friend tells me and I look at their website.\n"
        "Interviewee: So that's something I will look at again next spring.\n"
        "Interviewee: When the neighbours are loud I cannot sleep.\n"
        "Interviewee: It cost the same as the old flat but I want a bigger kitchen.\n"
        "Interviewee: For phase 1 we'll need a monthly report of no-shows.\n"
        "Interviewee: Also, as a vet, I want to block out time for training days.\n"
    )
    result = analyze([make_doc(text)])
    statements = [r.statement for r in result.requirements]
    assert len(statements) == 3, statements
    assert "bigger kitchen" in statements[0]
    assert "monthly report of no-shows" in statements[1] and "will" not in statements[1]
    assert "block out time" in statements[2]
    # "as the old flat, but I want" is a comparison, not "As a <persona>, I want"
    assert not any("flat" in actor for actor in result.requirements[0].actors)
    assert result.requirements[2].actors == ["vet"]


def test_a_speakers_plan_split_off_a_requirement_is_dropped(check_sources):
    text = (
        "Analyst: Anything else about emergencies?\n"
        "Maria: That's a thing I will raise with Tom, and the booking page has to show the emergency number.\n"
        "Analyst: Understood.\n"
    )
    result = analyze([ingest(text.encode(), "call.txt")])
    check_sources(result)
    assert [r.statement for r in result.requirements] == ["The booking page has to show the emergency number."]
    assert result.requirements[0].sources[0].quote.startswith("the booking page has to show")
    assert not any(f.rule == "compound_requirement" for f in result.requirements[0].findings)


def test_a_client_call(check_sources):
    text = (
        "[00:00:04] Nadia Okafor: So customers need to order refills from their phone and see how many are in stock.\n"
        "[00:00:20] Ben: And when stock runs out?\n"
        "[00:00:23] Nadia Okafor: Then the order waits, and the warehouse gets an e-mail automatically.\n"
        "[00:00:40] Nadia Okafor: We'd like to sell gift boxes online as well.\n"
        "[00:00:52] Nadia Okafor: We store prescriptions, so that has to be locked down.\n"
        "[00:01:05] Nadia Okafor: The van drivers must be able to scan deliveries offline.\n"
        "[00:01:15] Nadia Okafor: And we need it live before March, that's our busy season.\n"
        "[00:01:25] Nadia Okafor: No loyalty scheme for now, maybe next year.\n"
        "[00:01:33] Nadia Okafor: I'd love a referral badge, but that's a nice to have.\n"
        "[00:01:40] Nadia Okafor: I'll send you our price list on Monday.\n"
    )
    result = analyze([ingest(text.encode(), "call.vtt.txt")])
    check_sources(result)
    by_start = {r.sources[0].quote.split()[0]: r for r in result.requirements}
    stock = next(r for r in result.requirements if "in stock" in r.statement)
    assert not any(f.rule == "vague_term" for f in stock.findings)  # "how many" asks for a figure
    assert any("automatically" in r.statement for r in result.requirements)
    statements = [r.statement for r in result.requirements]
    assert "The system should sell gift boxes online as well." in statements
    locked = next(r for r in result.requirements if "locked down" in r.statement)
    assert locked.statement == "Prescriptions have to be locked down."
    assert (locked.kind, locked.category, locked.rationale) == ("non_functional", "security", "We store prescriptions")
    offline = next(r for r in result.requirements if "offline" in r.statement)
    assert offline.category == "reliability"
    live = next(r for r in result.requirements if "March" in r.statement)
    assert live.statement == "The system must be live before March."
    assert (live.kind, live.rationale) == ("constraint", "That's our busy season")
    assert by_start["No"].priority == "wont"
    badge = next(r for r in result.requirements if "referral badge" in r.statement)
    assert badge.statement == "The system should provide a referral badge."
    assert badge.priority == "could" and not badge.findings
    assert not any("price list" in s for s in statements)
    assert any(f.rule == "action_item" and "price list" in f.message for f in result.findings)


def test_a_heading_says_what_its_items_are(check_sources):
    text = (
        "# Allotment society – notes\n\n"
        "## Background\n"
        "- Plot rents are paid by cheque at the spring meeting.\n\n"
        "## What they want\n"
        "- Members see which plots are free on a map.\n"
        "- Waiting list in order of application date.\n"
        "- Send the annual invoice in January.\n"
        "- Refunds if a plot is given up before April – automatically to the card used.\n\n"
        "## Constraints\n"
        "- Payments through the society's GoCardless account.\n\n"
        "## Out of scope\n"
        "- A shop for seeds and tools.\n\n"
        "## Open questions\n"
        "- Do we need a Welsh version?\n"
    )
    result = analyze([ingest(text.encode(), "notes.md")])
    check_sources(result)
    by_quote = {r.sources[0].quote: r for r in result.requirements}
    assert list(by_quote) == [
        "Members see which plots are free on a map.",
        "Waiting list in order of application date.",
        "Send the annual invoice in January.",
        "Refunds if a plot is given up before April – automatically to the card used.",
        "Payments through the society's GoCardless account.",
        "A shop for seeds and tools.",
    ]
    assert by_quote["Send the annual invoice in January."].statement.startswith("The system should send")
    assert by_quote["Refunds if a plot is given up before April – automatically to the card used."].title.startswith(
        "Refunds"
    )
    payments = by_quote["Payments through the society's GoCardless account."]
    assert (payments.kind, payments.priority) == ("constraint", "must")
    assert by_quote["A shop for seeds and tools."].priority == "wont"
    [question] = [f for f in result.findings if f.rule == "open_question"]
    assert question.document_id == result.documents[0].id
    assert result.documents[0].text[question.start : question.end] == "Do we need a Welsh version?"


def test_a_clients_reply_in_an_email(check_sources):
    text = (
        "From: Ines Duarte <ines@florist.example>\n"
        "To: Sam <sam@agency.example>\n"
        "Subject: Re: web shop\n"
        "Date: Tue, 3 Mar 2026 09:12:00 +0000\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        "Hi Sam,\n\n"
        "Wedding bouquets need at least 14 days' notice, so the shop shouldn't offer a date sooner than that.\n"
        "Could customers reorder a past bouquet?\n"
        "I want an SMS when an order comes in.\n"
        "Prices have to include VAT, that's the law here (Consumer Rights Act).\n"
        "The shop must cope with Valentine's week – last year the old site crashed at about 300 orders.\n\n"
        "Ines\n"
    )
    result = analyze([ingest(text.encode(), "reply.eml")])
    check_sources(result)
    by_word = {r.sources[0].quote.split()[0]: r for r in result.requirements}
    notice = by_word["Wedding"]
    assert (notice.kind, notice.priority) == ("functional", "should")  # a lead time, not a speed
    assert notice.title.startswith("The shop cannot offer a date")
    assert by_word["Could"].statement == "Customers could reorder a past bouquet."
    assert by_word["Could"].priority == "could"
    assert by_word["I"].statement == "The system should send an SMS when an order comes in."
    assert by_word["Prices"].statement == "Prices have to include VAT."
    assert by_word["Prices"].rationale == "That's the law here (Consumer Rights Act)"
    assert by_word["The"].statement == "The shop must cope with Valentine's week."
    assert by_word["The"].rationale == "Last year the old site crashed at about 300 orders"


def test_an_answer_given_inline_states_a_requirement_with_its_question(check_sources):
    text = (
        "From: Ines Duarte <ines@florist.example>\n"
        "To: Sam <sam@agency.example>\n"
        "Subject: Re: questions\n"
        "Date: Tue, 3 Mar 2026 09:12:00 +0000\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        "Hi Sam, answers below.\n\n"
        "> Which flowers should be bookable for weddings?\n\n"
        "All the seasonal stems except orchids.\n\n"
        "> How do customers pay?\n\n"
        "By card when they order, or cash when they collect.\n\n"
        "> Delivery?\n\n"
        "Only inside the ring road.\n\n"
        "> Do you need gift messages?\n\n"
        "Yes please.\n\n"
        "> Should we book the van automatically?\n\n"
        "No.\n\n"
        "> Do you need a Welsh version?\n\n"
        "No thanks.\n\n"
        "Ines\n\n"
        "On Mon, 2 Mar 2026, Sam wrote:\n"
        "> Which flowers should be bookable for weddings?\n"
        "> How do customers pay?\n"
    )
    result = analyze([ingest(text.encode(), "reply.eml")])
    check_sources(result)
    statements = [r.statement for r in result.requirements]
    assert statements == [
        "All the seasonal stems except orchids should be bookable for weddings.",
        "How customers pay: by card when they order, or cash when they collect.",
        "Delivery: only inside the ring road.",
        "The system should provide gift messages.",
        "The system must not book the van automatically.",
        "A Welsh version is out of scope.",  # "No thanks" to a thing offered: a won't-have
    ]
    first = result.requirements[0]
    assert first.sources[0].quote.startswith("Which flowers should be bookable")
    assert first.sources[0].quote.endswith("except orchids.")
    assert first.kind == "functional"  # "bookable" is what can be done, not a quality
    assert result.requirements[2].title == "Delivery: only inside the ring road"


def test_an_answer_to_a_numbered_question_is_read_with_that_question(check_sources):
    text = (
        "Questions we sent to the bakery on Monday:\n\n"
        "1. When a customer cancels a cake order, should we refund it automatically?\n"
        "2. Should we show the allergen list on every product page?\n"
        "3. Who should hear about a broken oven?\n\n"
        "Reply from Lena, Tuesday:\n\n"
        "Question 2: yes.\n"
        "Re question 1 - please don't refund it automatically. The manager decides each case.\n"
        "Q3: the shift lead must get a text straight away.\n"
    )
    doc = ingest(text.encode(), "answers.txt")
    result = analyze([doc])
    check_sources(result)
    allergens, refund, oven = result.requirements
    assert allergens.statement == "The system should show the allergen list on every product page."
    assert [s.quote for s in allergens.sources] == [
        "Question 2: yes.",
        "Should we show the allergen list on every product page?",
    ]
    # the answer's "it" is what its question named; the source is the answer without the reference
    assert refund.statement == "The system must not refund the cake order automatically."
    assert (refund.priority, refund.priority_cue) == ("must", "please don't")
    assert refund.sources[0].quote == "please don't refund it automatically."
    assert refund.sources[1].quote.startswith("When a customer cancels a cake order")
    [assumed] = [f for f in refund.findings if f.rule == "unclear_pronoun"]
    assert doc.text[assumed.start : assumed.end] == "it" and "cake order" in assumed.message
    assert "cake order" in refund.entities
    assert oven.statement == "The shift lead must get a text straight away."
    assert oven.sources[1].quote == "Who should hear about a broken oven?"


def test_a_question_number_with_no_such_question_is_left_as_said(check_sources):
    text = "Question 4: please don't refund it automatically.\n"
    result = analyze([ingest(text.encode(), "answers.txt")])
    check_sources(result)
    [requirement] = result.requirements
    assert requirement.statement == "The system must not refund it automatically."
    assert len(requirement.sources) == 1


def test_a_spoken_transcript_reads_without_its_fillers(check_sources):
    text = (
        "WEBVTT\n\n"
        "00:00:01.000 --> 00:00:06.000\n"
        "<v Dr Lena Brandt>Um, so, basically the main thing is, uh, owners need to be able to book a grooming slot.\n\n"
        "00:00:06.500 --> 00:00:12.000\n"
        "<v Dr Lena Brandt>And, you know, move it too, but not less than one day before, otherwise we charge.\n\n"
        "00:00:12.500 --> 00:00:18.000\n"
        "<v Dr Lena Brandt>The groomer, uh, should see her list on the tablet.\n\n"
        "00:00:18.500 --> 00:00:24.000\n"
        "<v Dr Lena Brandt>The vaccination records are confidential, so only the vet and the owner can see them.\n\n"
        "00:00:24.500 --> 00:00:28.000\n"
        "<v Dr Lena Brandt>Text them the day before.\n\n"
        "00:00:28.500 --> 00:00:34.000\n"
        "<v Dr Lena Brandt>I'm not sure about loyalty points yet, let's talk about that later.\n\n"
        "00:00:34.500 --> 00:00:40.000\n"
        "<v Dr Lena Brandt>Oh, and it needs to be, like, really quick, the old booking page takes ages to open.\n"
    )
    result = analyze([ingest(text.encode(), "call.vtt")])
    check_sources(result)
    statements = [r.statement for r in result.requirements]
    assert statements == [
        "Owners need to be able to book a grooming slot.",
        "Owners need to be able to move it too, but not less than one day before.",
        "The groomer should see her list on the tablet.",
        "Only the vet and the owner can see them.",
        "The system should send them a text the day before.",
        "The system must be really quick.",
    ]
    assert result.requirements[0].sources[0].quote.startswith("Um, so, basically")  # the words said
    moved = result.requirements[1]
    assert (moved.kind, moved.rationale) == ("functional", "We charge")
    assert result.requirements[3].category == "security"
    quick = next(r for r in result.requirements if "quick" in r.statement)
    assert quick.category == "performance_efficiency"
    assert quick.rationale == "The old booking page takes ages to open"
    [undecided] = [f for f in result.findings if f.rule == "open_question"]
    assert "loyalty points" in undecided.message


def test_a_backlog_table_and_a_quality_list(check_sources):
    text = (
        "# Bike hire backlog\n\n"
        "| ID | Requirement | Priority |\n"
        "|----|-------------|----------|\n"
        "| B1 | Riders unlock a bike with the app | Must |\n"
        "| B2 | Group rentals | Won't |\n\n"
        "Non-functional:\n"
        "- WCAG 2.2 AA.\n"
        "- Search results within 2 seconds.\n"
    )
    result = analyze([ingest(text.encode(), "backlog.md")])
    check_sources(result)
    by_quote = {r.sources[0].quote: r for r in result.requirements}
    assert set(by_quote) == {
        "Riders unlock a bike with the app",
        "Group rentals",
        "WCAG 2.2 AA.",
        "Search results within 2 seconds.",
    }
    # a quality named under "Non-functional", not an instruction to search
    assert by_quote["Search results within 2 seconds."].statement == "Search results within 2 seconds."
    assert by_quote["Search results within 2 seconds."].category == "performance_efficiency"
    assert by_quote["Group rentals"].priority == "wont"  # two words, but the column says it is one
    assert by_quote["WCAG 2.2 AA."].category == "usability"


def test_backlog_notes_with_epics_and_acceptance_criteria(check_sources):
    text = (
        "# Library app – grooming\n\n"
        "## Epic: Loans\n"
        "- Members renew a loan from their phone\n"
        "- AC: the new due date shows straight away\n"
        "- AC: a reserved book cannot be renewed\n"
        "- Overdue loans (more than 3 weeks, or lost) go to the branch manager automatically\n"
        '- Volunteer: "people queue to ask when books are due" → members need to see their due dates\n'
        "- Fines: TBC with the council\n\n"
        "## Non-functional\n"
        "- Works on the kiosk browser\n"
    )
    doc = ingest(text.encode(), "grooming.md")
    result = analyze([doc])
    check_sources(result)
    renew, overdue, due_dates, kiosk = result.requirements
    assert renew.statement == "Members should be able to renew a loan from their phone."
    # the "AC:" lines are the outcomes of that requirement, sourced where they were written
    assert [c.then for c in renew.acceptance_criteria][-2:] == [
        "the new due date shows straight away",
        "a reserved book cannot be renewed",
    ]
    assert [s.quote for s in renew.sources][1:] == [
        "the new due date shows straight away",
        "a reserved book cannot be renewed",
    ]
    assert overdue.title == "Overdue loans go to the branch manager automatically"
    assert (due_dates.statement, due_dates.rationale) == (
        "Members must be able to see their due dates.",
        '"people queue to ask when books are due"',
    )
    assert kiosk.statement == "The system should work on the kiosk browser."
    assert [f.message for f in result.findings if f.rule == "open_question"] == [
        "Open question in grooming.md: “Fines: TBC with the council”"
    ]


_BACKLOG = (
    "Issue key,Summary,Priority,Description\r\n"
    'LIB-1,Renew loans,High,"Members renew a loan from the app, up to three times"\r\n'
    "LIB-2,Card fines,,Fines can be paid by card at the desk\r\n"
    'LIB-3,Reading lists,Low,"Teachers share a reading list\nwith their class"\r\n'
)


def test_each_row_of_a_backlog_is_a_requirement_with_its_priority(check_sources):
    result = analyze([ingest(_BACKLOG.encode(), "export.csv")])
    check_sources(result)
    assert [(r.statement, r.priority) for r in result.requirements] == [
        # the statement says what its priority cell says: "High" a must, "Low" a could
        ("Members must be able to renew a loan from the app, up to three times.", "must"),
        ("Fines can be paid by card at the desk", "should"),
        ("Teachers could share a reading list with their class.", "could"),
    ]
    # the description states the requirement; the summary only names it
    assert result.requirements[0].sources[0].quote == "Members renew a loan from the app, up to three times"


def test_a_why_column_is_the_rationale(check_sources):
    text = (
        "| ID | Requirement | Priority | Why |\n|---|---|---|---|\n"
        "| R1 | Volunteers sign up for shifts on their phone | Must | most have no laptop |\n"
        "| R2 | Coordinators see who is on each shift | Should | |\n"
    )
    result = analyze([ingest(text.encode(), "rota.md")])
    check_sources(result)
    assert [(r.priority, r.rationale) for r in result.requirements] == [
        ("must", "Most have no laptop"),
        ("should", None),
    ]


def test_minutes_with_labels_are_not_a_chat(check_sources):
    text = (
        "Minutes – climbing wall app, call 2\n"
        "Attendees: Noor (manager), Ben (route setter), Ola (agency)\n\n"
        "Noor wants members to buy a 5-visit card online.\n"
        "Agreed: cards expire after 12 months.\n"
        "Ben: setters need a list of routes due for a reset.\n"
        "When a session frees up, the next climber on the waitlist gets an SMS and has 20 minutes to accept.\n"
        "Cancellation: free until 6 hours before the session.\n"
        "Ola asked about hosting: Noor is happy for it to be hosted anywhere in the EU.\n"
        "Not for now: a shop for chalk and shoes.\n"
        "Budget: £9k, fixed.\n"
        "Next steps: Ola to send the wireframes by Friday.\n"
    )
    document = ingest(text.encode(), "minutes.txt")
    assert document.media_type == "text/plain"  # "Agreed:", "Budget:" are labels, not people talking
    result = analyze([document])
    check_sources(result)
    by_word = {r.statement.split()[0].strip(":"): r for r in result.requirements}
    assert by_word["Members"].statement == "Members should be able to buy a 5-visit card online."
    assert by_word["Cards"].statement == "Cards should expire after 12 months."  # agreed: worded as wanted
    assert "should get an SMS and have 20 minutes" in by_word["When"].statement and by_word["When"].kind == "functional"
    assert by_word["Cancellation"].statement.startswith("Cancellation: free until 6 hours before")
    assert by_word["Ola"].kind == "constraint" and by_word["Ola"].category == "legal"
    assert by_word["A"].priority == "wont"
    budget = next(r for r in result.requirements if "£9k" in r.statement)
    assert (budget.statement, budget.kind) == ("The budget is £9k, fixed.", "constraint")
    assert any(f.rule == "action_item" and "wireframes" in f.message for f in result.findings)


def test_empty_and_blank_documents(make_doc):
    assert analyze([]).requirements == []
    assert analyze([make_doc("")]).requirements == []
    assert analyze([make_doc("   \n\n\t\n")]).requirements == []


def test_progress_is_reported_from_zero_to_one(make_doc):
    calls = []
    analyze([make_doc("The system shall print receipts.")], progress=lambda f, s: calls.append((f, s)))
    fractions = [f for f, _ in calls]
    assert fractions[0] == 0.0 and fractions[-1] == 1.0
    assert fractions == sorted(fractions)
    assert all(isinstance(s, str) and s for _, s in calls)


def test_options_can_turn_informal_speech_off(make_doc):
    from autoagi.engine.analysis import AnalysisOptions

    text = "We'd like the app to send reminders.\nThe system shall print receipts."
    result = analyze([make_doc(text)], AnalysisOptions(include_informal=False))
    assert [r.statement for r in result.requirements] == ["The system shall print receipts."]


@pytest.mark.parametrize(
    ("said", "statement"),
    [
        (
            "So wherever they can book, the emergency number has to be right there.",
            "Wherever they can book, the emergency number has to be right there.",
        ),
        ("Also, the day view has to show unpaid deposits.", "The day view has to show unpaid deposits."),
        ("And please, the vets must be able to block out time.", "The vets must be able to block out time."),
        ("So it must.", "So it must."),  # nothing would be left to state
        # a topic label is the e-mail's subject line; a time frame is part of the requirement
        (
            "On records: we are required to keep records for six years.",
            "We are required to keep records for six years.",
        ),
        ("On Saturdays, the clinic must open at nine.", "On Saturdays, the clinic must open at nine."),
    ],
)
def test_a_connective_to_the_previous_sentence_is_not_part_of_the_statement(make_doc, said, statement):
    requirement = analyze([make_doc(said)]).requirements[0]
    assert requirement.statement == statement
    assert requirement.sources[0].quote.startswith(said.split()[0])


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("Vets must not be able to change the deposit amount.", "Vets cannot change the deposit amount"),
        ("The system shall never offer emergency appointments online.", "Never offer emergency appointments online"),
        ("The system shall print invoices.", "Print invoices"),
        # a passive names its action, with what it acts on
        ("Every change needs to be logged with its author.", "Log every change with its author"),
        ("Contact details shall be deleted after a year.", "Delete contact details"),
        # a quality names what has it
        ("The booking page shall be available 99.5% of the time.", "Booking page available 99.5% of the time"),
        ("The system must be fast on phones.", "Fast on phones"),
        # the system's clause names the requirement; a bare verb keeps who does it
        (
            "Inside 24 hours they have to ring – the system should stop them booking online.",
            "Stop them booking online",
        ),
        ("Customers should be able to cancel.", "Customers cancel"),
        # a bare verb names who it is about; a time relation is part of the action, a condition is not
        ("Only the vets who do surgery should show up.", "Only vets who do surgery show up"),
        ("The system shall send an SMS two hours before the visit.", "Send an SMS two hours before the visit"),
        ("The system shall send an SMS when a visit is booked.", "Send an SMS"),
        # a leading subordinate clause is not the requirement; a review of the software is a review
        (
            "While the risks are not fully known, a legal review should be made before launch.",
            "Make a legal review",
        ),
        ("A review of the software should be done every year.", "Do a review of the software every year"),
        # a forbidden passive, an existential, a provision to act, a clause cut mid-way
        ("Contact details must not be shared or sold.", "Never share or sell contact details"),
        ("There shall be a tick box to include archived orders.", "Tick box to include archived orders"),
        ("The system shall have the provision to attach scanned receipts.", "Attach scanned receipts"),
        ("The system shall accept readings that are within the valid range.", "Accept readings"),
        # a passive of the system, a figure, a condition inside a that-clause
        ("The system shall be protected by a firewall.", "System protected by a firewall"),
        # an opener before the point is not the title, nor is a leading clause when the rest has no modal
        ("For example, the system shall e-mail the receipt.", "E-mail the receipt"),
        (
            "After the office closes, members cannot get into the parcel room.",
            "Members cannot get into the parcel room",
        ),
        ("The initial inventory shall be 20,000 items.", "Initial inventory: 20,000 items"),
        (
            "All terminals shall ensure that when a call is active, the user is prevented from dialling.",
            "Ensure that the user is prevented from dialling",
        ),
        ("Whoever accepts first gets it, and the others must be told.", "Tell the others"),
        # a thing that acts without an object names itself; a time limit stays in the title
        ("The reception day view shall open in under 1 second.", "Reception day view opens in under 1 second"),
        ("Search results shall appear within 2 seconds.", "Search results appear within 2 seconds"),
        ("Users shall log in with a password.", "Log in with a password"),
        # a permission names who may act
        ("The system shall let an owner cancel or move a booking online.", "Owner cancels or moves a booking online"),
        (
            "The system shall let the practice manager and the head receptionist change the prices.",
            "Practice manager and head receptionist change the prices",
        ),
        ("The system shall allow the clerk to print the invoice.", "Clerk prints the invoice"),
        # a decision is titled by what was decided
        (
            "The second SMS two hours before surgery consults is approved too.",
            "Second SMS two hours before surgery consults",
        ),
    ],
)
def test_titles_name_the_action_or_quality(make_doc, said, title):
    assert analyze([make_doc(said)]).requirements[0].title == title


@pytest.mark.parametrize(
    ("row", "title"),
    [
        # a table row stating a fact in the passive still names an action
        ("An SMS reminder is sent the day before every visit.", "Send an SMS reminder the day before every visit"),
        ("Freed slots are offered by SMS to the waiting list.", "Offer freed slots by SMS to the waiting list"),
        ("Phase 1 is approved.", "Phase 1"),
    ],
)
def test_titles_of_statements_without_a_modal(row, title):
    from autoagi.engine.analysis.phrasing import title_for

    assert title_for(row) == title


def test_it_in_an_instruction_under_a_topic_is_the_topic(make_doc):
    text = "Saturday clinic: yes, make it bookable online, but only for vaccinations."
    requirement = analyze([make_doc(text, speakers=False)]).requirements[0]
    assert requirement.statement == (
        "The system should make the Saturday clinic bookable online, but only for vaccinations."
    )


def test_numbered_clauses_on_consecutive_markdown_lines_lose_their_numbers():
    text = "## 3. Requirements\n\n3.1 The solution must allow visitors to book online.\n3.2 The Supplier shall provide training.\n"
    result = analyze([ingest(text.encode(), "tender.md")])
    assert [r.statement for r in result.requirements] == [
        "The solution must allow visitors to book online.",
        "The Supplier shall provide training.",
    ]


def test_a_tenders_instructions_to_bidders_are_tasks_not_requirements():
    tender = (
        "## 3. Requirements\n\n"
        "3.1 The solution must allow visitors to book a timed entry slot online.\n"
        "3.2 Bidders should describe how their solution handles peak demand.\n"
        "3.3 Please provide three references from similar organisations.\n"
        "3.4 Please provide a CSV export of all bookings.\n"
        "3.5 Bidders must be able to see the current price in the auction view.\n"  # no tender verb: a requirement
        "3.6 Responses will be scored on quality (60%) and price (40%).\n"
        "3.7 The response to a search shall be returned within 2 seconds.\n"
    )
    result = analyze([ingest(tender.encode(), "tender.md")])
    assert [r.statement for r in result.requirements] == [
        "The solution must allow visitors to book a timed entry slot online.",
        "The system should provide a CSV export of all bookings.",
        "Bidders must be able to see the current price in the auction view.",
        "The response to a search shall be returned within 2 seconds.",
    ]
    tasks = [f.message for f in result.findings if f.rule == "action_item"]
    assert len(tasks) == 3 and all(m.startswith("Instruction to bidders in tender.md") for m in tasks)
    assert "three references" in tasks[1]


def test_where_the_supplier_hosts_it_is_a_legal_quality():
    result = analyze([ingest(b"The Supplier will be responsible for hosting the solution in the UK.\n", "tender.txt")])
    [hosting] = result.requirements
    assert (hosting.kind, hosting.category) == ("constraint", "legal")  # where the data lives is fixed


def test_a_backlog_item_that_starts_with_a_verb_says_who_does_it():
    board = (
        "Content,Author,Tags\n"
        "Pay for trips online,Tom,Should\n"
        "Send a reminder the day before,Helen,Must\n"
        "Log in with Google,Tom,Could\n"
        "Search results within 2 seconds,Helen,Must\n"  # a figure: a quality, left as written
    )
    result = analyze([ingest(board.encode(), "miro-board.csv")])
    assert [r.statement for r in result.requirements] == [
        "Users should be able to pay for trips online.",
        "The system must send a reminder the day before.",  # worded as its "Must" tag says
        "Users could log in with Google.",
        "Search results within 2 seconds",
    ]


def test_a_backlog_row_in_the_present_tense_says_who_does_it():
    backlog = (
        "ID,Requirement,Priority\n"
        "R1,Customer receives a confirmation e-mail after booking,High\n"
        "R2,Admin approves new trainer accounts,High\n"
        "R3,Reminder e-mails a week before the class,Medium\n"
        "R4,Export of attendance to Excel,Low\n"
        "R5,Status shows in red,Low\n"  # not a role, not a message: as written
    )
    result = analyze([ingest(backlog.encode(), "backlog.csv")])
    assert [r.statement for r in result.requirements] == [
        "The customer must receive a confirmation e-mail after booking.",  # "High"
        "The admin must be able to approve new trainer accounts.",
        "The system should send reminder e-mails a week before the class.",
        "Users could export attendance to Excel.",  # "Low"
        "Status shows in red",
    ]


def test_acceptance_criteria_in_a_jira_description_belong_to_its_story():
    export = (
        "Summary,Priority,Description\n"
        '"Book a class",High,"As a member, I want to book a class so that I don\'t have to call.\n\n'
        'h3. Acceptance criteria\n* Given a class has free places, when I book it, then I see it under My bookings"\n'
    )
    [story] = analyze([ingest(export.encode(), "jira.csv")]).requirements
    assert story.priority == "must"
    assert story.acceptance_criteria[-1].model_dump(include={"given", "when", "then"}) == {
        "given": "a class has free places",
        "when": "I book it",
        "then": "I see it under My bookings",
    }
    assert [s.quote for s in story.sources][
        1
    ] == "Given a class has free places, when I book it, then I see it under My bookings"


def test_a_decision_log_row_is_worded_as_what_should_happen():
    board = (
        "## Decision log\n\n| Date | Decision | Owner |\n|---|---|---|\n"
        "| 12 Nov | Payments go through Stripe | Tom |\n"
        "| 20 Nov | Members can freeze their pass for up to 3 months | Helen |\n"
    )
    payments, freeze = analyze([ingest(board.encode(), "board.md")]).requirements
    assert payments.statement == "Payments should go through Stripe."
    assert freeze.statement == "Members can freeze their pass for up to 3 months"  # its own modal: as written
    assert freeze.kind == "functional"  # how long a pass may be frozen is a rule, not a speed


def test_a_roles_table_says_what_each_role_can_do():
    roles = (
        "## User roles\n\n| Role | What they can do |\n|---|---|\n"
        "| Admin | Create users, edit prices, see all reports |\n"
        "| Dealer | Place orders, see own invoices |\n"
        "| Viewer | Read-only access to the catalogue |\n"
        "| Finance team | Export invoices |\n"
        "| Manager | Managers can approve refunds |\n"  # its own "can", worded as the others
    )
    result = analyze([ingest(roles.encode(), "roles.md")])
    assert [r.statement for r in result.requirements] == [
        "Admins should be able to create users, edit prices and see all reports.",
        "Dealers should be able to place orders and see their own invoices.",
        "Viewers should have read-only access to the catalogue.",
        "The finance team should be able to export invoices.",
        "Managers should be able to approve refunds.",  # worded like the rows above
    ]


def test_a_moscow_heading_ranks_the_items_under_it():
    page = (
        "# Bakery app\n\n## Must have\n"
        "- [ ] Customers order cakes online for collection\n"
        "- [x] Choose a collection time slot\n"  # what users do, not an order to the system
        "- Send a reminder the day before\n"
        "- Card payments are essential\n"  # its own word for how much it matters
        "\n## Nice to have\n- Customers should be able to reorder\n"
        "\n## Won't have\n- Delivery\n"
    )
    result = analyze([ingest(page.encode(), "notion.md")])
    assert [(r.statement, r.priority) for r in result.requirements] == [
        # worded by the analysis, under "Must have": "must"
        ("Customers must be able to order cakes online for collection.", "must"),
        ("Users must be able to choose a collection time slot.", "must"),
        ("The system must send a reminder the day before.", "must"),
        ("The system must support card payments.", "must"),
        ("Customers should be able to reorder", "could"),  # the heading, not its "should"
        ("Delivery is out of scope.", "wont"),
    ]
    assert result.requirements[0].priority_cue == "Must have"


def test_a_confluence_requirements_page_reads_its_questions_outcomes_and_not_doing():
    page = (
        "<html><body><h1>Dealer portal</h1><h2>Requirements</h2><table>"
        "<tr><th>#</th><th>Title</th><th>User Story</th><th>Importance</th><th>Notes</th></tr>"
        "<tr><td>1</td><td>Reorder</td><td>As a dealer, I want to repeat a previous order so that I save time.</td>"
        "<td>Should Have</td><td></td></tr></table>"
        "<h2>Questions</h2><table><tr><th>Question</th><th>Outcome</th></tr>"
        "<tr><td>Do dealers need multiple users per account?</td><td>Yes, up to 5.</td></tr>"
        "<tr><td>Which couriers do we support?</td><td></td></tr></table>"
        "<h2>Not Doing</h2><ul><li>Mobile app</li><li>Credit card payments</li></ul></body></html>"
    )
    result = analyze([ingest(page.encode(), "prd.html")])
    assert [(r.statement, r.priority) for r in result.requirements] == [
        ("As a dealer, I want to repeat a previous order so that I save time.", "should"),
        ("Dealers must have multiple users per account: up to 5.", "must"),  # the outcome answers it
        ("A mobile app is out of scope.", "wont"),
        ("Credit card payments are out of scope.", "wont"),
    ]
    assert [s.quote for s in result.requirements[1].sources] == [
        "Do dealers need multiple users per account?",
        "Yes, up to 5.",
    ]
    questions = [f.message for f in result.findings if f.rule == "open_question"]
    assert len(questions) == 1 and "couriers" in questions[0]  # no outcome yet: still open
