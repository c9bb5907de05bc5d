"""A tender's statement of requirements: what the buyer will provide is a task for the project, an
instruction to bidders that names a standard still binds the product to it, and a security
certification is a security requirement."""

from autoagi.engine.analysis import analyze
from autoagi.engine.ingest import ingest

_TENDER = """# Invitation to tender – Leisure centre bookings

## 3. Scope

3.1 The system must let members book classes and courts online.
3.2 The Authority will provide an export of current memberships in CSV format.
3.3 The Supplier must be ISO 27001 certified.
3.4 Bidders should describe their approach to accessibility (WCAG 2.2 AA).
"""


def test_a_tenders_scope(check_sources):
    result = analyze([ingest(_TENDER.encode(), "tender.md")])
    check_sources(result)
    assert [(r.statement, r.priority, r.category) for r in result.requirements] == [
        ("The system must let members book classes and courts online.", "must", "functional_suitability"),
        ("The Supplier must be ISO 27001 certified.", "must", "security"),
        ("The system must comply with WCAG 2.2 AA.", "must", "usability"),
    ]
    tasks = [f.message for f in result.findings if f.rule == "action_item"]
    assert any("The Authority will provide an export" in m for m in tasks)  # the buyer's own task
    assert any("Bidders should describe" in m for m in tasks)  # and the instruction stays one
