"""The reason a client gives for a requirement is kept beside it, not inside it."""

import pytest

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.rationale import describes_the_users, split_rationale
from autoagi.engine.ingest import ingest


@pytest.mark.parametrize(
    ("said", "statement", "rationale"),
    [
        (
            "Every change needs to be logged with who did it and when, because the deposit is money.",
            "Every change needs to be logged with who did it and when.",
            "The deposit is money",
        ),
        (
            "Owners must be able to opt out of marketing (Priya: GDPR, we got told off last year).",
            "Owners must be able to opt out of marketing.",
            "Priya: GDPR, we got told off last year",
        ),
        (
            "Must work for people using screen readers (Ana's sister is blind and uses the site).",
            "Must work for people using screen readers.",
            "Ana's sister is blind and uses the site",
        ),
        (
            "The system must be fast on phones, most owners book from their phone in the evening.",
            "The system must be fast on phones.",
            "Most owners book from their phone in the evening",
        ),
        (
            "The day view has to show which appointments are paid, so we know who to chase.",
            "The day view has to show which appointments are paid.",
            "We know who to chase",
        ),
        (
            # "that" would point into the reason once it is split off, so the statement names it
            "We hold the dogs' vaccination cards, so that has to be locked down.",
            "The dogs' vaccination cards have to be locked down.",
            "We hold the dogs' vaccination cards",
        ),
        (
            "The surgery is small, so it needs to be quick.",
            "It needs to be quick.",
            "The surgery is small",
        ),
        (
            "We had a complaint about marketing e-mails, so clients need to be able to say no to marketing.",
            "Clients need to be able to say no to marketing.",
            "We had a complaint about marketing e-mails",
        ),
        (
            "Clients should be able to book on their phone at night, and right now they can't.",
            "Clients should be able to book on their phone at night.",
            "Right now they can't",
        ),
        (
            "The second SMS before surgery consults is approved too, it's only about 60 a month.",
            "The second SMS before surgery consults is approved too.",
            "It's only about 60 a month",
        ),
        (
            "The system shall lock an account after five failed sign-ins, so that guessing passwords fails.",
            "The system shall lock an account after five failed sign-ins.",
            "Guessing passwords fails",
        ),
        (
            "Each owner will need a password in order to reach their own page.",
            "Each owner will need a password.",
            "Reach their own page",
        ),
    ],
)
def test_a_stated_reason_is_split_off(said, statement, rationale):
    split = split_rationale(said)
    assert (split.statement, split.rationale) == (statement, rationale)


@pytest.mark.parametrize(
    "said",
    [
        # attribute lists, examples, conditions and figures in brackets are part of the requirement
        "New clients must register the pet before the first booking (species, breed, date of birth).",
        "The notification shall include the reason (i.e. a player has won the game).",
        "Delete is allowed (if the distributor has to be deactivated).",
        "The product shall display HTML properly in 80% of browsers (minimum is to test 8 browsers).",
        "Pages must work with screen readers (WCAG 2.2 AA).",
        # a subordinate clause before the comma: what follows is the main clause, not a remark
        "All terminals shall ensure that when services are available, the user is prevented from entering.",
        "Since the software will be developed in stages, the software is to be designed to be extended.",
        # 'since' as time and 'because of' are not reasons given in a clause
        "The system shall allow the generation of all documents since a certain point of time.",
        "Data should be collected about people who are isolated because of a health event.",
        # a second clause with a cue of its own is a second requirement, not a reason
        "Whoever accepts first gets it, and the others must be told it's gone.",
        "The system shall print invoices, it must also e-mail them.",
        # no requirement would be left
        "Approved too, it's only about 60 a month.",
    ],
)
def test_no_reason_is_invented(said):
    assert split_rationale(said).rationale is None


def test_a_budget_constraint_keeps_its_reason():
    said = "The budget is fixed for this financial year, so anything big has to wait for phase 2."
    assert split_rationale(said, keep_leading=True).rationale is None


def test_the_requirement_keeps_the_whole_sentence_as_its_source(make_doc):
    text = "Every change needs to be logged with who did it and when, because our accountant will ask."
    requirement = analyze([make_doc(text)]).requirements[0]
    assert requirement.statement == "Every change needs to be logged with who did it and when."
    assert requirement.rationale == "Our accountant will ask"
    source = requirement.sources[0]
    assert "because our accountant will ask" in text[source.start : source.end]
    # the reason names no actor or entity of the requirement
    assert not any("accountant" in name.lower() for name in requirement.actors + requirement.entities)


def test_a_user_story_keeps_its_benefit_in_the_statement(make_doc):
    text = "As a vet, I want to see my day, so that I can prepare for each consult."
    requirement = analyze([make_doc(text)]).requirements[0]
    assert requirement.rationale is None
    assert "so that I can prepare" in requirement.statement


def test_who_the_users_are_said_just_before_is_the_reason():
    notes = "## Notes\n- Our patients are mostly over 75. Large buttons, nothing fiddly.\n"
    [req] = analyze([ingest(notes.encode(), "notes.md")]).requirements
    assert req.rationale == "Our patients are mostly over 75"
    assert not describes_the_users("The prices are mostly fine.")  # things, not the people using it
