"""Each quality rule fires with offsets into the document and a suggested fix."""

import pytest

from autoagi.engine.analysis import AnalysisOptions, analyze


def _findings(make_doc, text, rule):
    doc = make_doc(text)
    result = analyze([doc])
    found = [
        (f, doc.text[f.start : f.end] if f.start is not None else None)
        for r in result.requirements
        for f in r.findings
        if f.rule == rule
    ]
    return found


@pytest.mark.parametrize(
    ("text", "rule", "span"),
    [
        ("The system shall be user-friendly.", "vague_term", "user-friendly"),
        ("The search shall be fast.", "vague_term", "fast"),
        ("The system shall archive old orders if possible.", "escape_clause", "if possible"),
        ("The system shall notify the owner as appropriate.", "escape_clause", "as appropriate"),
        ("The system shall export CSV, XLSX, etc.", "open_ended_list", "etc."),
        ("The system shall support cards, vouchers and so on.", "open_ended_list", "and so on"),
        ("The retention period shall be TBD.", "tbd", "TBD"),
        ("The backup site shall be TBC.", "tbd", "TBC"),
        ("Invoices shall be archived after 30 days.", "passive_voice", "be archived"),
        ("It shall be printed in colour.", "unclear_pronoun", "It"),
        ("The system shall accept cash and/or cards.", "compound_requirement", "and/or"),
    ],
)
def test_wording_rules(make_doc, text, rule, span):
    found = _findings(make_doc, text, rule)
    assert found, f"{rule} not raised for {text!r}"
    finding, quoted = found[0]
    assert quoted == span
    assert finding.suggestion
    assert finding.severity in {"info", "warning", "error"}


def test_ambiguous_pronoun_with_two_candidates(make_doc):
    found = _findings(
        make_doc, "The system shall attach the invoice to the e-mail when it is ready.", "unclear_pronoun"
    )
    assert found and found[0][1] == "it"


@pytest.mark.parametrize(
    "text",
    [
        # "it" is one thing and never a person: only the invoice can be ready
        "The clerk shall send the invoice to the customer when it is ready.",
        # "they" is several things or people: only the clients can have a microchip number
        "New clients must register the pet before the first booking, with the microchip number if they have one.",
        # a dummy "it" stands for nothing
        "It shall be possible to book a second pet in the same visit.",
    ],
)
def test_a_pronoun_with_one_candidate_that_agrees_is_clear(make_doc, text):
    assert not _findings(make_doc, text, "unclear_pronoun")


def test_every_ambiguous_pronoun_is_flagged(make_doc):
    text = "The system shall copy the reports to the archives when they change and mark them as read."
    assert [word for _, word in _findings(make_doc, text, "unclear_pronoun")] == ["they", "them"]


def test_how_many_asks_for_a_figure_and_is_not_vague(make_doc):
    assert not _findings(make_doc, "Members shall see how many places are left in each class.", "vague_term")
    assert _findings(make_doc, "Members shall see many classes at once.", "vague_term")


def test_passive_with_agent_is_fine(make_doc):
    assert not _findings(make_doc, "Invoices shall be approved by the finance manager.", "passive_voice")


def test_clean_requirement_has_no_wording_findings(make_doc):
    result = analyze([make_doc("The system shall e-mail a receipt to the customer within 60 seconds of payment.")])
    assert [f.rule for f in result.requirements[0].findings] == []


def test_unmeasurable_quality_requirement(make_doc):
    result = analyze([make_doc("The website shall be available and highly secure.")])
    req = result.requirements[0]
    assert req.kind == "non_functional"
    assert any(f.rule == "unmeasurable" for f in req.findings)


@pytest.mark.parametrize(
    ("text", "measurable"),
    [
        ("The day view must open in under a second.", True),
        ("Search results shall appear within two seconds.", True),
        ("The booking page shall respond quickly.", False),
    ],
)
def test_a_figure_may_be_written_in_words(text, measurable):
    from autoagi.engine.analysis.lint.wording import unmeasurable

    assert (not unmeasurable(text)) is measurable


def test_missing_nfr_areas_become_questions(make_doc):
    result = analyze([make_doc("The system shall print receipts.\nThe system shall store orders.")])
    missing = [f for f in result.findings if f.rule == "missing_nfr_area"]
    for area in ("security", "performance", "availability", "privacy"):
        assert any(f"mentions {area}." in f.message for f in missing), area
    assert all("Question for the client" in f.message and f.start is None and f.suggestion for f in missing)


def test_mentioned_areas_are_not_asked_about(make_doc):
    text = (
        "Only signed-in staff shall see customer addresses.\n"
        "Pages shall load within 2 seconds.\n"
        "The shop shall be available 99.5% of the time.\n"
        "Personal data shall be deleted after 2 years under GDPR.\n"
    )
    result = analyze([make_doc(text)])
    assert [f for f in result.findings if f.rule == "missing_nfr_area"] == []


def test_lint_can_be_turned_off(make_doc):
    result = analyze([make_doc("The system shall be fast, etc.")], AnalysisOptions(lint=False))
    assert result.requirements[0].findings == []
    assert result.findings == []


def test_a_security_requirement_needs_no_figure(make_doc):
    # met or not by inspection: asking for "a number and a unit" would be noise
    result = analyze([make_doc("Staff shall sign in with a password and a second factor.")])
    req = result.requirements[0]
    assert req.category == "security"
    assert not any(f.rule == "unmeasurable" for f in req.findings)


def test_an_unclear_pronoun_lists_the_nearest_candidates_only():
    from autoagi.engine.analysis.lint.wording import unclear_pronouns

    items = " ".join(f"the file{i} and the record{i}," for i in range(40))
    text = f"The system shall store {items} when it changes."
    [finding] = unclear_pronouns(text)
    assert text[finding.start : finding.end] == "it"
    listed = finding.message.split(": ", 1)[1].rstrip(".").split(", ")
    assert listed == ["file37", "record37", "file38", "record38", "file39", "record39"]


@pytest.mark.parametrize(
    "text",
    [
        # an aside in brackets is not what a pronoun after it points back to
        "The report (a PDF for the vet) shall be sent when it is ready.",
        # a capital that only starts the sentence is not a name, and owners are not an "it"
        "Owners can cancel an appointment online until 24 hours before it.",
        # "as well" is not a noun, and an instruction's verb is not a thing
        "E-mail is fine as well but owners should be able to switch it off.",
        "Offer the slot by SMS to the first person on the waiting list and give them two hours to accept.",
    ],
)
def test_words_that_cannot_be_the_referent_are_not_candidates(text):
    from autoagi.engine.analysis.lint.wording import unclear_pronouns

    assert not unclear_pronouns(text)


def test_a_pronoun_inside_brackets_still_sees_the_nouns_in_them():
    from autoagi.engine.analysis.lint.wording import unclear_pronouns

    [finding] = unclear_pronouns("The clerk shall scan the form (and the label, when it is printed).")
    assert "form" in finding.message and "label" in finding.message


def test_the_clients_reason_is_not_linted_as_requirement_wording(make_doc):
    text = "It has to be fast on phones, most owners book from their phone in the evening."
    [req] = analyze([make_doc(text)]).requirements
    assert req.rationale and "most owners" in req.rationale.lower()
    flagged = {text[f.start : f.end] for f in req.findings if f.start is not None and f.end - f.start < 20}
    assert "fast" in flagged  # the requirement's own wording still is
    assert not flagged & {"most", "their"}


def test_a_pronoun_the_statement_has_replaced_is_not_reported(make_doc):
    text = "Saturday clinic: make it bookable online for vaccinations and nurse clinics."
    [req] = analyze([make_doc(text)]).requirements
    assert " it " not in f" {req.statement} "
    assert not [f for f in req.findings if f.rule == "unclear_pronoun"]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # the object of a verb is not that verb's own subject: the clients cannot be "them"
        ("Clients should be able to bring them all at once.", ["them"]),
        ("The system shall refund it when the consult is cancelled.", ["it"]),
        # ... but what modifies the subject can be ("people with three cats ... them": the cats)
        ("People with three cats should be able to book them back to back.", []),
        # two things joined by "and" are one more thing "they" can stand for
        ("Online payment and a second site are out of scope, but the design shall not prevent them.", []),
        # a pronoun that is a subject itself is not an object: the train and the location stay open
        ("If the train cannot stop at the new target location it shall reject the request.", ["it"]),
    ],
)
def test_pronoun_referents_follow_clause_structure(text, flagged):
    from autoagi.engine.analysis.lint.wording import unclear_pronouns

    assert [text[f.start : f.end] for f in unclear_pronouns(text)] == flagged


def test_a_split_part_is_read_with_the_clause_it_shares(make_doc):
    # the source part "shall hold it for that owner" names no slot, but its statement does
    text = "When a slot is freed, the system shall offer it to the first owner on the waiting list and shall hold it for two hours."
    result = analyze([make_doc(text)])
    assert len(result.requirements) == 2
    for req in result.requirements:
        assert req.statement.startswith("When a slot is freed, the system shall")
        assert not [f for f in req.findings if f.rule == "unclear_pronoun"], req.statement


def test_a_pronoun_finding_points_at_the_pronoun_in_the_source(make_doc):
    text = "Whoever accepts first gets it, and the others must be told."
    doc = make_doc(text)
    [req] = analyze([doc]).requirements
    [finding] = [f for f in req.findings if f.rule == "unclear_pronoun"]
    assert doc.text[finding.start : finding.end] == "it"
