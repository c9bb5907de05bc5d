"""A requirement said by leaving the verb out borrows the predicate of the one before it."""

from autoagi.engine.analysis import analyze


def statements(make_doc, text: str) -> list[str]:
    return [r.statement for r in analyze([make_doc(text)]).requirements]


def test_a_negated_ellipsis_takes_the_predicate_before_it(make_doc):
    text = "Tom and I should be able to change appointment types. Vets should not, they are busy enough."
    assert statements(make_doc, text) == [
        "Tom and I should be able to change appointment types.",
        "Vets should not be able to change appointment types.",
    ]


def test_a_positive_ellipsis_after_a_negative_requirement(make_doc):
    text = "Guests must not see the price list.\nMembers must too."
    assert statements(make_doc, text)[1] == "Members must see the price list."


def test_the_source_stays_the_words_that_were_said(make_doc):
    text = "Managers must be able to delete bookings. Receptionists mustn't."
    second = analyze([make_doc(text)]).requirements[1]
    assert second.statement == "Receptionists must not be able to delete bookings."
    assert second.sources[0].quote == "Receptionists mustn't."


def test_no_requirement_before_it_leaves_it_as_said(make_doc):
    assert statements(make_doc, "Vets should not.") == ["Vets should not."]


def test_a_requirement_in_another_passage_is_not_borrowed_from(make_doc):
    filler = "Some unrelated discussion about the weather and the car park followed for a while. " * 5
    text = f"Managers must be able to delete bookings.\n\n{filler}\n\nReceptionists should not."
    assert statements(make_doc, text)[-1] == "Receptionists should not."
