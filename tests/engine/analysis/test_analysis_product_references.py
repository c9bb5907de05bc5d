"""What a client points to in another product ("We love how Calendly shows free slots, …",
"like Amazon, a way to see what you ordered before"): the requirement is what that product does,
with the product named as the example."""

import pytest

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.references import product_reference_statement
from autoagi.engine.ingest import ingest


@pytest.mark.parametrize(
    ("said", "statement"),
    [
        ("We love how Doodle shows everyone's free times, something like that for team rotas would be great.",
         "The system could show everyone's free times for team rotas (like Doodle)."),
        ("I like how Monzo sends a notification for every payment.",
         "The system should send a notification for every payment (like Monzo)."),
        ("And like Etsy, a way to save your favourite shops.",
         "Users should be able to save their favourite shops (like Etsy)."),
        ("Something like Trello for planning the allotment jobs.",
         "The system should support planning the allotment jobs (like Trello)."),
        ("It should work like Deliveroo, you see the rider coming on a map.",
         "Users should be able to see the rider coming on a map (like Deliveroo)."),
    ],
)  # fmt: skip
def test_a_product_pointed_to_gives_what_it_does(said, statement):
    assert product_reference_statement(said) == statement


def test_a_market_is_no_feature():
    assert product_reference_statement("Something like Uber but for dog walkers.") is None


def test_references_in_a_plain_email_and_a_question_in_a_chat(check_sources):
    mail = "Hi Sam,\n\nWe love how Doodle shows everyone's free times, something like that for team rotas would be great.\n"
    result = analyze([ingest(mail.encode(), "mail.txt")])
    check_sources(result)
    [rota] = result.requirements
    assert (rota.statement, rota.priority) == (
        "The system could show everyone's free times for team rotas (like Doodle).",
        "could",
    )
    chat = "Sam: Anything else?\nHannah: Can it show reviews?\nSam: sure\n"
    [reviews] = analyze([ingest(chat.encode(), "chat.txt")]).requirements
    assert (reviews.statement, reviews.priority, reviews.priority_cue) == (
        "The system could show reviews.",
        "could",
        "Can it",
    )
