"""`autoagi analyze | roi | estimate | roadmap` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from autoagi.cli import app
from autoagi.engine.artifacts import Design, Endpoint, Entity, Field_, Page, Requirement

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_analyze_json_gives_one_requirement_per_shall_line(tmp_path: Path) -> None:
    lines = [
        "The system shall let clients book appointments online.",
        "The system shall send reminders by SMS.",
        "The system shall export invoices as PDF.",
    ]
    notes = tmp_path / "shall.txt"
    notes.write_text("\n".join(lines) + "\n")
    result = run("analyze", str(notes), "--format", "json", "--no-progress")
    assert result.exit_code == 0, result.stderr
    payload = json.loads(result.stdout)
    assert set(payload) >= {"documents", "requirements"}
    text = payload["documents"][0]["text"]
    covered = set()
    for requirement in payload["requirements"]:
        for source in requirement["sources"]:
            assert text[source["start"] : source["end"]] == source["quote"]
            covered |= {i for i, line in enumerate(lines) if source["quote"] in line}
    assert covered == {0, 1, 2}


@pytest.mark.parametrize(
    "example", ["meeting-notes.md", "kickoff-transcript.vtt", "client-email-thread.eml", "srs.pdf", "requirements.docx"]
)
def test_analyze_each_example_as_markdown(example: str) -> None:
    result = run("analyze", str(EXAMPLES / example), "--format", "md", "--no-progress")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("# Requirements") and "### REQ-001" in result.stdout


def test_analyze_reports_bad_files_clearly(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 garbage")
    result = runner.invoke(app, ["analyze", str(broken), "--no-progress"])
    assert result.exit_code == 1 and "corrupt" in result.stderr
    missing = runner.invoke(app, ["analyze", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 1 and "no such file" in missing.stderr
    wrong = runner.invoke(app, ["analyze", str(broken), "--format", "xml"])
    assert wrong.exit_code == 1 and "unknown format" in wrong.stderr


def test_roi_contract(tmp_path: Path) -> None:
    inputs = {
        "horizon_months": 24,
        "discount_rate": 0.12,
        "costs": [{"name": "build", "amount": 50_000}, {"name": "support", "amount": 1_000, "recurring": "quarterly"}],
        "benefits": [{"name": "saved time", "amount": 5_000, "month": 2, "recurring": "monthly", "ramp_months": 2}],
    }
    path = tmp_path / "roi.json"
    path.write_text(json.dumps(inputs))
    result = run("roi", str(path))
    assert result.exit_code == 0, result.stderr
    out = json.loads(result.stdout)
    for key in ("npv", "irr", "roi_percent", "payback_months", "discounted_payback_months", "benefit_cost_ratio"):
        assert key in out
    assert [flow["month"] for flow in out["cash_flows"]] == list(range(24))
    assert out["cash_flows"][0]["costs"] == pytest.approx(51_000)  # build + first quarterly support
    assert out["sensitivity"]


def test_roi_bad_input_names_the_field(tmp_path: Path) -> None:
    path = tmp_path / "roi.json"
    path.write_text(json.dumps({"horizon_months": 12000, "discount_rate": 0.1, "costs": [], "benefits": []}))
    result = runner.invoke(app, ["roi", str(path)])
    assert result.exit_code == 1 and "horizon_months" in result.stderr
    path.write_text("{not json")
    assert "not valid JSON" in runner.invoke(app, ["roi", str(path)]).stderr


def small_design_files(tmp_path: Path) -> tuple[Path, Path]:
    requirements = [
        Requirement(
            id="REQ-001", title="Book", statement="Clients shall book visits.", priority="must", entities=["visit"]
        ),
        Requirement(
            id="REQ-002",
            title="Remind",
            statement="The system shall remind clients.",
            priority="should",
            depends_on=["REQ-001"],
        ),
    ]
    design = Design(
        entities=[
            Entity(name="Visit", fields=[Field_(name="starts_at", type="datetime")], requirement_ids=["REQ-001"])
        ],
        endpoints=[
            Endpoint(method="POST", path="/visits", summary="book", requirement_ids=["REQ-001"]),
            Endpoint(method="POST", path="/visits/{id}/remind", summary="remind", requirement_ids=["REQ-002"]),
        ],
        pages=[Page(name="Visits", route="/visits", requirement_ids=["REQ-001"])],
    )
    design_path, requirements_path = tmp_path / "design.json", tmp_path / "requirements.json"
    design_path.write_text(design.model_dump_json())
    requirements_path.write_text(json.dumps({"requirements": [r.model_dump(mode="json") for r in requirements]}))
    return design_path, requirements_path


def test_estimate_and_roadmap_from_files(tmp_path: Path) -> None:
    design, requirements = small_design_files(tmp_path)
    estimate = run("estimate", str(design), "--requirements", str(requirements))
    assert estimate.exit_code == 0, estimate.stderr
    figures = json.loads(estimate.stdout)
    assert figures["schema_version"] == "autoagi/1"
    assert json.loads(run("estimate", str(design), "--requirements", str(requirements)).stdout) == figures  # seeded

    roadmap = run(
        "roadmap", str(design), "--requirements", str(requirements), "--start", "2026-12-07", "--team-size", "2"
    )
    assert roadmap.exit_code == 0, roadmap.stderr
    plan = json.loads(roadmap.stdout)
    assert plan["tasks"] and plan["milestones"]
    gantt = run("roadmap", str(design), "--requirements", str(requirements), "--start", "2026-12-07", "-f", "md")
    assert gantt.stdout.startswith("```mermaid\ngantt")


def test_roadmap_reports_a_dependency_cycle(tmp_path: Path) -> None:
    design, requirements = small_design_files(tmp_path)
    data = json.loads(requirements.read_text())
    data["requirements"][0]["depends_on"] = ["REQ-002"]
    requirements.write_text(json.dumps(data))
    result = runner.invoke(app, ["roadmap", str(design), "--requirements", str(requirements), "--start", "2026-12-07"])
    assert result.exit_code == 1 and "REQ-001" in result.stderr and "REQ-002" in result.stderr
