"""Pronoun subjects restated with the group of people named just before them."""

from autoagi.engine.analysis import analyze


def test_they_becomes_the_group_named_just_before(make_doc):
    text = "We've got clients with four cats. They want to bring them all at once, one after another."
    requirement = analyze([make_doc(text)]).requirements[-1]
    assert requirement.statement == "Clients should be able to bring them all at once, one after another."
    assert requirement.sources[0].quote.startswith("They want")  # the words said stay the source
    assert "client" in requirement.actors


def test_they_with_no_group_before_it_is_left_as_said(make_doc):
    text = "The weather was fine. They want to bring them all at once."
    statements = [r.statement for r in analyze([make_doc(text)]).requirements]
    assert statements == ["They want to bring them all at once."]


def test_only_a_subject_they_is_restated(make_doc):
    text = "Owners call us a lot. The system shall remind owners before they arrive."
    requirement = analyze([make_doc(text)]).requirements[-1]
    assert requirement.statement == "The system shall remind owners before they arrive."


def test_a_subject_it_names_what_the_requirement_before_was_about(make_doc):
    text = (
        "The system should offer the slot by SMS to the first person on the waiting list. "
        "If they don't answer, it should go to the next person."
    )
    doc = make_doc(text)
    requirement = analyze([doc]).requirements[-1]
    assert requirement.statement == "If they don't answer, the slot should go to the next person."
    assert requirement.entities == ["slot"]
    [finding] = [f for f in requirement.findings if f.rule == "unclear_pronoun"]
    assert doc.text[finding.start : finding.end] == "it" and "slot" in finding.message
    [criterion] = requirement.acceptance_criteria
    assert (criterion.when, criterion.then) == ("they don't answer", "the slot goes to the next person")


def test_an_object_it_is_left_as_said(make_doc):
    text = "The system should offer the slot to the first person. Whoever accepts first gets it."
    statements = [r.statement for r in analyze([make_doc(text)]).requirements]
    assert all("slot" not in s for s in statements[1:])
