"""examples/meeting-notes.md → ingest → analyze → design → generate → validate: every generated test passes."""

from __future__ import annotations

from autoagi.engine.analysis import analyze
from autoagi.engine.design import design
from autoagi.engine.ingest import ingest
from autoagi.engine.prototype import generate_prototype, run_validation
from engine.prototype.prototype_designs import REPO


def test_meeting_notes_become_a_validated_prototype():
    document = ingest((REPO / "examples" / "meeting-notes.md").read_bytes(), "meeting-notes.md")
    requirements = analyze([document]).requirements
    prototype, files = generate_prototype(requirements, design(requirements))
    validation = run_validation(files)
    log = validation.artifact().log
    assert validation.ok, log
    assert validation.tests_failed == 0 and validation.tests_passed > 10
    assert validation.smoke and all(check.ok for check in validation.smoke), log
    assert set(validation.per_requirement) == {item.id for item in requirements}
    tested = [item.id for item in requirements if item.kind == "functional" and item.acceptance_criteria]
    assert tested and all(validation.per_requirement[rid] in ("passed", "untested") for rid in tested)
    assert any(validation.per_requirement[rid] == "passed" for rid in tested)
    prototype.validation = validation.artifact()
    assert prototype.model_validate_json(prototype.model_dump_json()) == prototype


def test_an_action_deadline_is_enforced_and_proved_by_the_generated_tests():
    text = (
        "The system shall let an owner cancel an appointment until 24 hours before it starts.\n"
        "The system shall refuse online changes after that time.\n"
    )
    requirements = analyze([ingest(text.encode(), "rules.txt")]).requirements
    the_design = design(requirements)
    [cancel] = [item for item in the_design.endpoints if item.path.endswith("/cancel")]
    assert cancel.deadline is not None and cancel.deadline.hours_before == 24
    assert {item.id for item in requirements} <= set(cancel.requirement_ids)
    _, files = generate_prototype(requirements, the_design)
    assert "require_time_left" in files["app/entities/appointment.py"].decode()
    validation = run_validation(files)
    assert validation.ok, validation.artifact().log
    # each requirement's test both saw the refusal (409 inside 24 hours) and the cancellation before it
    assert all(validation.per_requirement[item.id] == "passed" for item in requirements)
