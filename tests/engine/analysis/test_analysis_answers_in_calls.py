"""Answers in a call that say more than yes or no: who sees something ("Accounts, for invoicing, and
me"), how many ("About forty, and in August …"), which of two options is enough ("Website is
fine."), a scenario the client describes ("What I want is the driver gets …"), and a system the
product must live beside ("… the new portal reads from it, it does not replace it")."""

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.answers import answer_statement
from autoagi.engine.analysis.rationale import split_rationale
from autoagi.engine.ingest import ingest


def _chat(*lines: str) -> dict[str, object]:
    result = analyze([ingest(("\n".join(lines) + "\n").encode(), "chat.txt")])
    return {r.statement: r for r in result.requirements}


def test_the_one_answering_who_is_named_and_an_aside_is_bracketed():
    said = _chat(
        "Dev: Who should see the delivery notes?",
        "Karen: Accounts, for invoicing, and me.",
        "Dev: Who can change the prices?",
        "Karen: Tom and me.",
        "Dev: Who receives the invoices afterwards?",
        "Karen: The treasurer.",
    )
    assert "Accounts (for invoicing) and Karen should see the delivery notes." in said
    assert "Tom and Karen can change the prices." in said
    invoices = said["The treasurer should receive the invoices afterwards."]  # "who receives …": who should
    assert invoices.entities == ["invoice"]  # not "invoices afterward"
    assert answer_statement("Who sees the invoices?", "Just me.") is None  # not "Just me should see …"
    notes = said["Accounts (for invoicing) and Karen should see the delivery notes."]
    assert [s.quote for s in notes.sources] == [
        "Accounts, for invoicing, and me.",
        "Who should see the delivery notes?",
    ]


def test_a_how_many_answer_with_a_second_load_is_a_capacity_requirement():
    said = _chat(
        "Dev: How many bikes?",
        "Marta: About forty, and in August we can have a hundred bookings a day.",
        "Dev: How many staff do you have?",
        "Marta: Five of us, but only two use the computer.",
    )
    bikes = said["The system should support about forty bikes, and a hundred bookings a day in August."]
    assert (bikes.kind, bikes.category) == ("non_functional", "performance_efficiency")
    assert "The system should support five staff, but only two use the computer." in said  # not "five staff of us"


def test_an_option_said_to_be_enough_rules_out_the_other():
    assert (
        answer_statement("Do you need an app or is the website fine?", "Website is fine.")
        == "An app is out of scope: the website is enough."
    )
    assert (
        answer_statement("Do you want a booking system, or is email ok?", "Email's fine for now.")
        == "A booking system is out of scope: email is enough, for now."
    )
    # the answer picks neither: nothing is decided
    assert answer_statement("Do you need an app or is the website fine?", "Email is fine.") is None
    said = _chat(
        "Sam: Do you need an app or is the website fine?",
        "Jo: Website is fine.",
        "Sam: Do you want a booking system, or is email ok?",
        "Jo: No, email is fine for now, we only get ten a week.",
    )
    assert list(said) == ["An app is out of scope: the website is enough.", "A booking system is out of scope for now."]
    assert (
        said["A booking system is out of scope for now."].rationale == "Email is fine for now, we only get ten a week"
    )


def test_a_scenario_the_client_wants_is_what_its_people_should_do():
    said = _chat(
        "Dev: How do you want the signatures to work?",
        "Karen: What I want is the driver gets the customer to sign on the phone and that's it, it's in the system.",
    )
    statement = "The driver should get the customer to sign on the phone, and then it's in the system."
    assert statement in said
    assert said[statement].actors == ["driver", "customer"]


def test_a_system_the_product_lives_beside_is_compatibility_and_not_a_reason():
    said = _chat(
        "Vet: Pet records must stay on the existing practice system; the new portal reads from it, it does not replace it.",
        "Vet: Thanks.",
    )
    statement = (
        "Pet records must stay on the existing practice system; the new portal reads from it, it does not replace it."
    )
    assert (said[statement].kind, said[statement].category) == ("non_functional", "compatibility")
    assert said[statement].rationale is None
    # a spliced remark of the client's own is still the reason
    assert split_rationale("The export must work on Safari, it doesn't work at all today.").rationale


def _table(html_rows: str) -> dict[str, object]:
    page = f"<html><body><h2>Requirements</h2><table>{html_rows}</table></body></html>"
    result = analyze([ingest(page.encode(), "page.html")])
    return {r.statement: r for r in result.requirements}


def test_a_notes_cell_qualifies_its_row_or_says_why(check_sources):
    page = (
        "<html><body><h2>Requirements</h2><table>"
        "<tr><th>#</th><th>Requirement</th><th>Priority</th><th>Notes</th></tr>"
        "<tr><td>1</td><td>Customers scan the QR code on their table and order from their phone</td><td>High</td>"
        "<td>No app download</td></tr>"
        "<tr><td>2</td><td>Staff can mark a beer as sold out from the bar tablet</td><td>Medium</td>"
        "<td>Kegs run out mid-evening</td></tr>"
        "<tr><td>3</td><td>Tabs: a table can keep a tab open and pay at the end</td><td>Medium</td>"
        "<td>TBC with Ellie</td></tr>"
        "</table></body></html>"
    )
    result = analyze([ingest(page.encode(), "page.html")])
    check_sources(result)
    said = {r.statement: r for r in result.requirements}
    scan = said[
        "Customers must be able to scan the QR code on their table and order from their phone (no app download)."
    ]
    assert [s.quote for s in scan.sources][-1] == "No app download"  # sourced on its cell
    assert scan.entities == ["qr code", "table", "phone"]  # the row's own things
    beer = said["Staff should be able to mark a beer as sold out from the bar tablet."]
    assert beer.rationale == "Kegs run out mid-evening"
    tab = said["A table should be able to keep a tab open and pay at the end (TBC with Ellie)."]  # not "can"
    tbd = [f for f in tab.findings if f.rule == "tbd"]
    assert tbd and result.documents[0].text[tbd[0].start : tbd[0].end] == "TBC"  # found in the note's cell


def test_a_list_item_of_two_peoples_duties_is_two_requirements():
    said = _table(
        "<tr><th>Requirement</th><th>Priority</th></tr>"
        "<tr><td>Age check: anyone ordering alcohol confirms they are over 18, staff check ID at the table</td>"
        "<td>High</td></tr>"
        "<tr><td>Everyone booking a class signs the waiver first</td><td>High</td></tr>"
    )
    assert list(said) == [
        "Anyone ordering alcohol must confirm they are over 18.",
        "Staff must be able to check ID at the table.",
        "Everyone booking a class must sign the waiver first.",
    ]


def test_a_ruled_out_item_with_its_reason():
    result = analyze(
        [
            ingest(
                b"## Not doing\n- Fines \xe2\x80\x94 the council scrapped fines last year\n"
                b"- E-books, the county service already does them\n",
                "wishlist.md",
            )
        ]
    )
    assert [(r.statement, r.rationale, r.priority) for r in result.requirements] == [
        ("Fines are out of scope.", "The council scrapped fines last year", "wont"),
        ("E-books are out of scope.", "The county service already does them", "wont"),
    ]


def test_a_dictated_voice_note_without_punctuation_is_read_thought_by_thought():
    note = (
        "ok so this is a voice note for the roofing firm um so basically what i need is a way for my crew to see "
        "their jobs for the day on their phone instead of me ringing each of them at 7am and then when they finish a "
        "job they should be able to take a photo of the roof what else oh yeah quotes i type them up on a sunday "
        "night and it takes hours so i'd like the quote to go out automatically when the survey's marked done and i "
        "don't want anything complicated half my crew hate phones right that's it cheers"
    )
    result = analyze([ingest(note.encode(), "memo.txt")])
    assert [r.statement for r in result.requirements] == [
        "The crew should be able to see their jobs for the day on their phone.",  # how it is done now: the reason
        "When they finish a job, they should be able to take a photo of the roof.",
        "The quote should go out automatically when the survey's marked done.",
        "The system should be simple half my crew hate phones.",
    ]
    # a long interview answer without punctuation is cut where a new thought starts, not at "they also"
    from autoagi.engine.analysis.units import iter_units

    answer = (
        "It should be in a park but not a playground park there are some parks I go to that have playgrounds "
        "but they also have separate trails so then I will still go to those parks " * 3
    )
    units = [u.text for u in iter_units(ingest(answer.encode(), "interview.txt"))]
    assert not any(u.endswith(" they") for u in units)


def test_an_answer_that_the_business_cannot_run_two_of_something_is_the_reason():
    said = _chat(
        "Sam: Any other systems it has to talk to?",
        "Hannah: We use Cliniko for notes. Bookings must end up in Cliniko, we can't run two diaries.",
    )
    assert said["Bookings must end up in Cliniko."].rationale == "We can't run two diaries"


def test_a_wishlist_exported_from_a_notes_app(check_sources):
    wishlist = (
        "# Library app - wishlist\n\n"
        "## Must have\n"
        "- [ ] Reserve a book and get a text when it's ready to collect\n\n"
        "## Nice to have\n"
        "- [ ] Reading challenge for kids over the summer holidays\n"
        '- [ ] A "recently returned" shelf on the home page\n\n'
        "## Notes\n"
        "- Members are mostly over 60. Big text, no tiny buttons.\n"
        "- Our catalogue is an Excel sheet with about 9,000 books. It needs bringing over.\n"
    )
    result = analyze([ingest(wishlist.encode(), "wishlist.md")])
    check_sources(result)
    said = {r.statement: r for r in result.requirements}
    assert list(said) == [
        "Users must be able to reserve a book and get a text when it's ready to collect.",
        "The system could support a reading challenge for kids over the summer holidays.",
        'The system could support a "recently returned" shelf on the home page.',
        "The system should use big text and no tiny buttons.",
        "The catalogue (an Excel sheet with about 9,000 books) must be imported.",
    ]
    assert said["The system could support a reading challenge for kids over the summer holidays."].entities[0] == (
        "reading challenge"
    )
    assert said["The system should use big text and no tiny buttons."].category == "usability"
    imported = said["The catalogue (an Excel sheet with about 9,000 books) must be imported."]
    assert [s.quote for s in imported.sources] == [
        "It needs bringing over.",
        "Our catalogue is an Excel sheet with about 9,000 books.",
    ]


def test_a_thing_that_would_save_work_is_asked_for_with_that_reason():
    said = _chat(
        "Dev: Anything else?",
        "Gary: Customers keep ringing to ask when the plumber's coming. A text when he's on his way would save "
        "us loads of calls.",
    )
    text = said["The system should send a text when he's on his way."]
    assert text.rationale == "It would save us loads of calls"
    # "so what would be good" names nothing wished for
    assert _chat("Jo: One friend told me what I could get at each place, so what would be good.", "Jo: Thanks.") == {}


def test_a_duty_asked_about_anything_is_named_by_the_answer():
    assert (
        answer_statement(
            "Do new patients need to fill anything in before their first visit?",
            "Yes, a health questionnaire. At the moment it's paper.",
        )
        == "New patients must fill in a health questionnaire before their first visit."
    )


_PASTED_THREAD = """Hi Priya,

Thanks for the call yesterday. A few things we forgot to mention:

1) The booking form must ask whether the dog is neutered, the insurers need it.
2) We close on bank holidays, so no bookings those days.

Also the groomers want to see the next day's list the evening before, they plan the van route from it.

Kind regards,
Tom Baker

This email and any attachments are confidential and intended solely for the addressee. Waggy Tails Ltd must
not be held liable for any viruses transmitted.

From: Priya Shah <priya@studio.example>
Sent: 25 November 2026 16:02
To: Tom Baker <tom@waggytails.example>
Subject: Follow-up from today

Hi Tom, could you send over anything we missed? Our team should have the first designs ready by Friday.
"""


def test_an_email_thread_pasted_as_text_keeps_only_the_clients_reply(check_sources):
    result = analyze([ingest(_PASTED_THREAD.encode(), "thread.txt")])
    check_sources(result)
    assert [(r.statement, r.rationale) for r in result.requirements] == [
        ("The booking form must ask whether the dog is neutered.", "The insurers need it"),
        ("The system must not accept bookings on bank holidays.", "We close on bank holidays"),
        ("Groomers should be able to see the next day's list the evening before.", "They plan the van route from it"),
    ]  # not the legal footer, nor the studio's own earlier message below "From: … Sent: …"
    closed = result.requirements[1]
    assert (closed.priority, closed.priority_cue) == ("must", "must not")  # as the reading words it, not "should"


def test_a_header_block_at_the_top_is_the_messages_own():
    text = "From: Tom Baker\nSent: 25 November 2026\nSubject: Wishlist\n\nCustomers must be able to book online.\n"
    assert [r.statement for r in analyze([ingest(text.encode(), "mail.txt")]).requirements] == [
        "Customers must be able to book online."
    ]


def test_a_list_with_emoji_ticks_and_crosses_and_a_shouted_heading(check_sources):
    note = (
        "WHAT WE WANT \U0001f447\n"
        "\u2705 online booking for the studio classes\n"
        "\u2705 members can freeze their membership for up to 2 months\n"
        "\u274c no app, website only\n"
        "\u274c no card details stored by us\n"
        "\U0001f914 maybe a referral scheme later?\n\n"
        "BUDGET: around \u00a38k\n"
        "DEADLINE: before January \U0001f4aa\n"
    )
    result = analyze([ingest(note.encode(), "wants.txt")])
    check_sources(result)
    assert [(r.statement, r.priority) for r in result.requirements] == [
        ("The system should support online booking for the studio classes.", "should"),
        ("Members should be able to freeze their membership for up to 2 months.", "should"),
        ("App is out of scope.", "wont"),
        ("The system must not store card details.", "must"),  # as the reading words it
        ("The system could support a referral scheme later.", "could"),
        ("The budget is around \u00a38k.", "must"),
        ("The system must go live before January.", "must"),
    ]
    assert result.requirements[2].rationale == "Website only"
    # a specification's "No specific testing procedures need to be used …" is no "no X done" prohibition
    spec = analyze([ingest(b"No specific testing procedures need to be used on the radio.\n", "spec.txt")])
    assert [r.statement for r in spec.requirements] == ["No specific testing procedures need to be used on the radio."]


_TEAMS_CHAT = """[10:42] Ruth Evans
morning! quick one before the workshop - the trustees want volunteers to log their hours on the app, not on paper sheets

[10:43] Ruth Evans
and each shop manager should approve the hours for their shop before they count

[10:45] Dan (Studio)
makes sense. do volunteers need to log in for that?

[10:46] Ruth Evans
yes but please not another password, most of them already have a google account

[10:47] Dan (Studio)
so sign in with google?

[10:47] Ruth Evans
exactly \U0001f44d

[10:49] Ruth Evans
oh and monthly totals per shop for the trustees report, exported to excel
"""


def test_a_chat_copied_from_teams_with_the_time_before_each_name(check_sources):
    document = ingest(_TEAMS_CHAT.encode(), "teams.txt")
    assert {s.speaker for s in document.segments if s.speaker} == {"Ruth Evans", "Dan (Studio)"}
    result = analyze([document])
    check_sources(result)
    assert [r.statement for r in result.requirements] == [
        # the greeting and "quick one before the workshop -" are not part of it; the trustees want it of others
        "Volunteers should be able to log their hours on the app, not on paper sheets.",
        "Each shop manager should approve the hours for their shop before they count.",
        "Users should sign in with google.",  # the studio's "so sign in with google?", confirmed
        # one more thing after a bare "exactly" is a thing of its own, not more of that answer
        "The system should support monthly totals per shop for the trustees report, exported to excel.",
    ]
    assert result.requirements[3].entities == ["monthly total", "shop", "trustees report"]


def test_a_go_live_label_is_no_speaker_and_how_it_is_done_today_is_the_reason():
    result = analyze([ingest(b"Deadline: before January\nGo-live: end of March\n", "plan.txt")])
    assert [r.statement for r in result.requirements] == [
        "The system must go live before January.",
        "The system must go live by the end of March.",
    ]
    split = split_rationale(
        "The lads should be able to see their jobs on their phone instead of me texting them at 6am."
    )
    assert (split.statement, split.rationale) == (
        "The lads should be able to see their jobs on their phone.",
        "Instead of me texting them at 6am",
    )
    # "instead of" a place or a thing is part of what is asked
    assert split_rationale("Letters should go out through the app instead of book bags.").rationale is None


def test_plus_and_a_verb_before_which_are_no_entities():
    from autoagi.engine.analysis.grammar import noun_phrases

    def phrases(text: str) -> list[str]:
        return [text[p.start : p.end] for p in noun_phrases(text)]

    assert phrases("book a first assessment or a follow-up, see which physio they're with") == [
        "first assessment",
        "follow-up",
        "physio",
    ]
    assert phrases("four physios, plus a sports massage therapist") == ["physios", "sports massage therapist"]
    assert phrases("an SMS the day before, plus e-mail with the details") == ["SMS", "day", "e-mail", "details"]
