"""Quality requirements become ADRs that cite them, with the figures they state."""

from __future__ import annotations

import pytest

from autoagi.engine.design import adr_filename, design, render_adr_markdown


def _by_requirement(result, requirement_id):
    return [decision for decision in result.decisions if requirement_id in decision.requirement_ids]


def _single(make_requirement, statement, category):
    return design([make_requirement("N1", statement, kind="non_functional", category=category)])


@pytest.mark.parametrize(
    ("statement", "category", "title_word", "decision_words"),
    [
        (
            "The service shall be available 99.9% of the time.",
            "reliability",
            "availability",
            ["/healthz", "43.2 minutes"],
        ),
        (
            "Pages must load within 2 seconds for 500 concurrent users.",
            "performance_efficiency",
            "response times",
            ["Index", "2000 ms", "500 concurrent users"],
        ),
        (
            "Only authorised staff may change records; changes must be audited.",
            "security",
            "audit log",
            ["Argon2id", "audit log", "encrypted", "at rest"],
        ),
        ("Personal data must be kept no longer than 6 months (GDPR).", "legal", "consent", ["6 months", "consent"]),
        ("The interface must meet WCAG 2.1 AA.", "usability", "WCAG", ["WCAG 2.1 level AA", "keyboard"]),
        ("The product must be portable across cloud providers.", "portability", "container", ["container image"]),
        ("The code must be easy to maintain.", "maintainability", "test", ["migrations"]),
        ("It must work in current Chrome and Firefox versions.", "compatibility", "browsers", ["OpenAPI"]),
        (
            "Nightly backups must allow restoring data with an RPO of 24 hours.",
            "reliability",
            "backups",
            ["RPO 24 hours"],
        ),
    ],
)
def test_each_quality_concern_gets_an_adr(make_requirement, statement, category, title_word, decision_words):
    decisions = _by_requirement(_single(make_requirement, statement, category), "N1")
    assert decisions, "the requirement is not answered by any decision"
    matching = [decision for decision in decisions if title_word.lower() in decision.title.lower()]
    assert matching, [decision.title for decision in decisions]
    text = matching[0].decision
    for word in decision_words:
        assert word in text
    assert "N1" in matching[0].context and matching[0].consequences


def test_category_alone_selects_the_default_decision(make_requirement):
    decisions = _by_requirement(_single(make_requirement, "It must be solid.", "reliability"), "N1")
    assert [decision.title for decision in decisions] == ["Health checks and redundant API instances for availability"]


def test_higher_availability_targets_need_more_replicas(make_requirement):
    three_nines = _single(make_requirement, "Uptime of 99.9%.", "reliability").decisions[0].decision
    four_nines = _single(make_requirement, "Uptime of 99.99%.", "reliability").decisions[0].decision
    assert "at least 2 stateless API instances" in three_nines
    assert "at least 3 stateless API instances" in four_nines


def test_clinic_decisions_cover_every_quality_requirement(clinic):
    result = design(clinic)
    for requirement in clinic:
        if requirement.kind != "functional":
            assert _by_requirement(result, requirement.id), requirement.id
    titles = [decision.title for decision in result.decisions]
    assert titles[0].startswith("Three-tier web application")
    assert "Delivery constraints taken as given" in titles
    constraint = next(decision for decision in result.decisions if decision.title.startswith("Delivery"))
    assert "Python" in constraint.decision and "PostgreSQL" in constraint.decision


def test_external_services_get_an_integration_decision(clinic):
    result = design(clinic)
    integration = next(decision for decision in result.decisions if decision.title.startswith("External services"))
    assert "E-mail service" in integration.decision and "Payment provider" in integration.decision
    assert "REQ-016" in integration.requirement_ids  # "receive an e-mail reminder"


def test_wont_have_requirements_are_recorded_as_out_of_scope(clinic):
    result = design(clinic)
    out_of_scope = next(decision for decision in result.decisions if "out of scope" in decision.title)
    assert out_of_scope.requirement_ids == ["REQ-017"]
    assert not any("REQ-017" in endpoint.requirement_ids for endpoint in result.endpoints)


def test_functional_requirement_answered_by_a_quality_rule_when_nothing_else_does(make_requirement):
    result = design([make_requirement("F1", "The system must keep an audit trail of every change.")])
    assert "F1" not in result.unanswered_requirement_ids
    assert any("audit" in decision.title for decision in _by_requirement(result, "F1"))


def test_logging_each_change_is_answered_by_the_audit_log(make_requirement):
    result = design([make_requirement("F1", "The system shall log each change with its author and time.")])
    assert any("audit" in decision.title for decision in _by_requirement(result, "F1"))
    assert any(endpoint.path == "/audit-events" and "F1" in endpoint.requirement_ids for endpoint in result.endpoints)


def test_adr_markdown_has_the_standard_sections(clinic):
    decision = design(clinic).decisions[1]
    text = render_adr_markdown(decision, 2)
    assert text.startswith("# ADR-002: Health checks and redundant API instances for availability\n")
    for heading in ("## Context", "## Decision", "## Consequences"):
        assert f"\n{heading}\n" in text
    assert "- Requirements: REQ-010" in text
    assert "- REQ-010 (should, reliability): The system shall be available 99.9% of the time" in text
    assert adr_filename(decision, 2) == "0002-health-checks-and-redundant-api-instances-for-availability.md"


def test_adr_markdown_escapes_html_from_statements(make_requirement):
    result = _single(make_requirement, "Must be secure <script>alert(1)</script> | pipes", "security")
    text = render_adr_markdown(result.decisions[-1], 1)
    assert "<script>" not in text and "&lt;script&gt;" in text
