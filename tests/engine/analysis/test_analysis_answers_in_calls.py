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
