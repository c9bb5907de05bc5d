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
