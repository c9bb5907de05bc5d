"""A client's e-mail after a first call: what matters most, a list of "other bits", what they never
want to see, and the tools they already use."""

from autoagi.engine.analysis import analyze
from autoagi.engine.ingest import ingest

_MAIL = """From: Maria Lopez <maria@bloomflorist.example>
To: Dan Hughes <dan@studio.example>
Subject: Re: Website project - next steps
Date: Thu, 26 Nov 2026 16:05:00 +0000

Hi Dan,

Thanks for the call yesterday, it was really useful.

The most important thing for us is same-day delivery. Orders placed before 2pm should go out the
same day. Customers need to be able to choose a delivery slot.

Payment wise, we use Square in the shop so it would make sense to use it online too.

A few other bits:
- gift messages on the card (max 200 characters)
- corporate accounts with monthly invoicing

And please no pop-ups asking people to sign up for the newsletter, I hate those.

Last year the old site went down on Valentine's morning and it has to stay in the UK.

Thanks,
Maria
"""


def _by_statement():
    result = analyze([ingest(_MAIL.encode(), "reply.eml")])
    return {r.statement: r for r in result.requirements}


def test_a_client_mail_reads_as_an_analyst_would_write_it(check_sources):
    result = analyze([ingest(_MAIL.encode(), "reply.eml")])
    check_sources(result)
    got = [(r.statement, r.priority) for r in result.requirements]
    assert got[:6] == [
        ("The system must provide same-day delivery.", "must"),  # "the most important thing"
        ("Orders placed before 2pm should go out the same day.", "should"),
        ("Customers must be able to choose a delivery slot.", "must"),  # not "Users"
        ("The system should use Square online too.", "should"),  # "it" is the tool they use
        ("The system should support gift messages on the card (max 200 characters).", "should"),  # not sent: written
        ("The system should support corporate accounts with monthly invoicing.", "should"),  # under "A few other bits:"
    ]
    assert ("There must be no pop-ups asking people to sign up for the newsletter.", "must") in got


def test_what_a_client_says_in_a_mail_names_a_quality_before_it_counts_as_one():
    found = _by_statement()
    # the model, trained on specification prose, would call these usability and look & feel
    for statement in (
        "Orders placed before 2pm should go out the same day.",
        "The system should support corporate accounts with monthly invoicing.",
    ):
        assert found[statement].kind == "functional", statement
    assert found["There must be no pop-ups asking people to sign up for the newsletter."].kind == "functional"
    assert not found["The system must provide same-day delivery."].findings  # "most important" is no vague "most"


def test_where_it_has_to_stay_is_a_legal_constraint():
    [residency] = [r for r in _by_statement().values() if "UK" in r.statement]
    assert (residency.kind, residency.category) == ("constraint", "legal")


def test_what_went_wrong_before_must_not_happen_again(check_sources):
    mail = (
        "Hi Dan,\n\nOur busiest day is Valentine's. Last year the old site went down on Valentine's morning and we "
        "lost a lot of orders. That can't happen again.\n\nAlso the checkout froze twice in December. "
        "We can't have that again.\n\nThat can't happen again.\n\nMaria\n"
    )
    result = analyze([ingest(mail.encode(), "notes.txt")])
    check_sources(result)
    site, checkout, unknown = result.requirements
    assert (site.statement, site.priority, site.category) == ("The site must not go down again.", "must", "reliability")
    assert site.rationale.startswith("Last year the old site went down")
    assert [s.quote for s in site.sources] == [
        "That can't happen again.",
        "Last year the old site went down on Valentine's morning and we lost a lot of orders.",
    ]
    assert checkout.statement == "The checkout must not freeze again."
    # after no incident, "that" stays a pronoun for the analyst to resolve
    assert unknown.statement == "That can't happen again."
    assert [f.rule for f in unknown.findings] == ["unclear_pronoun"]


def test_a_client_speaking_in_notes_names_a_quality_before_it_counts_as_one():
    notes = (
        "What I'd love is for customers to pick a groomer themselves, and the price should depend on the size "
        "of the dog (small £35, medium £45, large £60).\n"
    )
    result = analyze([ingest(notes.encode(), "notes.txt")])
    price = next(r for r in result.requirements if "price" in r.statement)
    assert price.kind == "functional"  # a rule of the business, though the model reads "size" as a quality
    spec = analyze([ingest(b"The system shall respond to a search within 2 seconds.\n", "srs.txt")])
    assert spec.requirements[0].kind == "non_functional"


def test_points_answered_inline_below_their_quote(check_sources):
    reply = (
        "From: Maria Lopez <maria@bloomflorist.example>\nTo: Dan Hughes <dan@studio.example>\n"
        "Subject: Re: A few suggestions\n\nHi Dan, answers below.\n\n"
        "> 1. We'd suggest a waiting list for sold-out delivery slots.\n\nYes, let's do that.\n\n"
        "> 2. We could also add a loyalty scheme.\n\nNot for now.\n\n"
        "> 3. Should customers be able to edit an order after paying?\n\nOnly until 10am on the delivery day.\n\n"
        "> 4. Our invoices are sent monthly.\n\n"  # a quote nobody answers is the thread's history
        "Thanks,\nMaria\n"
    )
    result = analyze([ingest(reply.encode(), "reply.eml")])
    check_sources(result)
    assert [(r.statement, r.priority) for r in result.requirements] == [
        ("The system should provide a waiting list for sold-out delivery slots.", "should"),
        ("A loyalty scheme is out of scope for now.", "wont"),
        ("Customers should be able to edit an order after paying, only until 10am on the delivery day.", "should"),
    ]
    assert "invoices" not in result.documents[0].text
    assert [s.quote for s in result.requirements[0].sources] == [
        "a waiting list for sold-out delivery slots",
        "Yes, let's do that.",
    ]


def test_load_the_product_must_carry_is_a_quality_in_a_mail_too():
    mail = b"From: a@b.example\nTo: c@d.example\nSubject: site\n\nHi,\n\nThe site must cope with the Friday evening rush.\n"
    [rush] = analyze([ingest(mail, "rush.eml")]).requirements
    assert rush.kind == "non_functional"


_DENTAL = """From: Priya Shah <priya@brightsmiles-dental.example>
To: Tom Reed <tom@studio.example>
Subject: Re: Online booking - a few questions
Date: Thu, 26 Nov 2026 10:12:00 +0000

Hi Tom,

> 1. Which treatments should patients be able to book online?
Check-ups and hygiene appointments only.

> 2. Do patients need to pay when they book?
No, they pay at reception after the appointment.

> 3. Should the system send reminders?
Yes please, by text two days before. Some patients prefer e-mail so they should be able to choose.

Also, our receptionists must be able to move appointments around when a dentist is off sick, and the patient gets a text automatically.

One more thing: we're an NHS practice so patient data can't leave the UK.

Right now patients can't book online at all.

Thanks,
Priya
"""


def test_a_practice_managers_answers_and_additions(check_sources):
    result = analyze([ingest(_DENTAL.encode(), "thread.eml")])
    check_sources(result)
    got = [(r.statement, r.priority, r.rationale) for r in result.requirements]
    assert got == [
        # the question's own subject does the booking; the answer says what they may book
        ("Patients should be able to book online: check-ups and hygiene appointments only.", "should", None),
        # not needing to pay is no "must"
        (
            "Patients should not need to pay when they book: they pay at reception after the appointment.",
            "should",
            None,
        ),
        ("The system should send reminders: by text two days before.", "should", None),
        ("Patients should be able to choose.", "should", "Some patients prefer e-mail"),
        ("The receptionists must be able to move appointments around when a dentist is off sick.", "must", None),
        ("The patient should get a text automatically.", "must", None),
        ("Patient data must not leave the UK.", "must", "We're an NHS practice"),
        # how things are today is no requirement
    ]
    residency = result.requirements[-1]
    assert (residency.kind, residency.category) == ("constraint", "legal")


def test_a_spoken_cant_forbids_but_a_specifications_cannot_stays_as_written():
    from autoagi.engine.analysis.phrasing import statement_for

    assert statement_for("Receptionists can't see card numbers.", "modal") == (
        "Receptionists must not be able to see card numbers."
    )
    assert statement_for("Patient data can't leave the UK.", "modal") == "Patient data must not leave the UK."
    assert statement_for("We can't afford downtime.", "modal") == "We can't afford downtime."
    assert statement_for("The current operation cannot be completed.", "modal") == (
        "The current operation cannot be completed."
    )


def test_the_one_thing_a_client_asks_for():
    from autoagi.engine.analysis.phrasing import statement_for

    assert statement_for("For now, the only thing I'd like is a deposit for surgery consults.", "informal") == (
        "The system should support a deposit for surgery consults for now."
    )
    assert statement_for("The one thing we really need is online booking.", "informal") == (
        "The system must support online booking."
    )
    assert statement_for("All I want is for it to work.", "informal") == "All I want is for it to work."


def test_a_gym_owners_wishlist(check_sources):
    mail = """From: Rob Kane <rob@ironworks-gym.example>
To: Lena Ford <lena@studio.example>
Subject: App wishlist
Date: Fri, 27 Nov 2026 09:00:00 +0000

Hi Lena,

We'd also need the ability to freeze a membership when someone is injured. There should be a way for trainers to log a session against a member's plan. It's important that members can see how many PT sessions they have left.

At the moment we chase failed payments by hand. We don't want to have to do that any more, the app should retry failed payments automatically and text the member.

Make sure the check-in works even when the wifi is down.

Cheers,
Rob
"""
    result = analyze([ingest(mail.encode(), "wishlist.eml")])
    check_sources(result)
    got = [(r.statement, r.priority, r.rationale) for r in result.requirements]
    assert got == [
        ("Users must be able to freeze a membership when someone is injured.", "must", None),
        ("Trainers should be able to log a session against a member's plan.", "should", None),
        ("Members should be able to see how many PT sessions they have left.", "should", None),
        (
            "The app should retry failed payments automatically and text the member.",
            "should",
            "We don't want to have to do that any more",
        ),
        ("The check-in must work even when the wifi is down.", "must", None),
    ]
    assert result.requirements[-1].category == "reliability"  # working on when the network is down
    assert result.requirements[3].kind == "functional"  # collecting failed payments is the business's own work
