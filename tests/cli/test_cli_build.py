"""`autoagi build` and `autoagi export`: the whole pipeline from the command line."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from autoagi.cli import app

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
runner = CliRunner()
EXPECTED = [
    "requirements.json",
    "requirements.md",
    "design.json",
    "design.md",
    "prototype.json",
    "estimate.json",
    "roadmap.json",
    "roadmap.md",
    "roi.json",
    "report.md",
    "report.pdf",
]


@pytest.fixture(scope="module")
def build_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("build")
    benefits = out.parent / "benefits.json"
    benefits.write_text(
        json.dumps(
            {
                "discount_rate": 0.08,
                "horizon_months": 36,
                "benefits": [
                    {
                        "name": "fewer phone bookings",
                        "amount": 4000,
                        "month": 3,
                        "recurring": "monthly",
                        "ramp_months": 3,
                    }
                ],
            }
        )
    )
    result = runner.invoke(
        app,
        [
            "build",
            str(EXAMPLES / "meeting-notes.md"),
            "-o",
            str(out),
            "--start",
            "2027-01-04",
            "--benefits",
            str(benefits),
            "--report",
            "pdf",
            "--no-progress",
        ],
    )
    assert result.exit_code == 0, result.output
    return out


def test_build_writes_every_artifact(build_dir: Path) -> None:
    for name in EXPECTED:
        assert (build_dir / name).is_file(), name
    assert list((build_dir / "adr").glob("*.md"))
    prototype = json.loads((build_dir / "prototype.json").read_text())
    assert prototype["validation"]["failed"] == 0 and prototype["validation"]["passed"] > 0
    for entry in prototype["files"]:
        assert (build_dir / "prototype" / entry["path"]).is_file()
    roi = json.loads((build_dir / "roi.json").read_text())
    assert roi["npv"] is not None and roi["total_costs"] > 0  # the estimate became the investment
    report = (build_dir / "report.md").read_text()
    assert "| source | requirement | design | test | result |" in report and "passed" in report
    assert "```mermaid\ngantt" in (build_dir / "roadmap.md").read_text()
    assert PdfReader(build_dir / "report.pdf").pages


def test_generated_prototype_tests_run_with_plain_pytest(build_dir: Path) -> None:
    import subprocess
    import sys

    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=build_dir / "prototype",
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout[-3000:]


def test_roi_without_benefits_lists_the_inputs_needed(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["build", str(EXAMPLES / "srs.pdf"), "-o", str(tmp_path), "--no-validate", "--no-progress"]
    )
    assert result.exit_code == 0, result.output
    roi = json.loads((tmp_path / "roi.json").read_text())
    assert roi["status"] == "inputs needed" and roi["investment_p50"] > 0


@pytest.mark.parametrize(
    ("fmt", "check"),
    [
        ("md", lambda data: b"REQ-001" in data),
        ("json", lambda data: json.loads(data)["schema_version"] == "autoagi/1"),
        ("reqif", lambda data: b"REQ-IF" in data),
        ("jira-csv", lambda data: b"Summary" in data),
        ("ics", lambda data: data.startswith(b"BEGIN:VCALENDAR")),
        ("zip", lambda data: any(n.startswith("prototype/") for n in zipfile.ZipFile(io.BytesIO(data)).namelist())),
        ("docx", lambda data: data.startswith(b"PK")),
        ("pdf", lambda data: data.startswith(b"%PDF")),
    ],
)
def test_export_each_format(build_dir: Path, tmp_path: Path, fmt: str, check) -> None:
    out = tmp_path / f"export.{fmt}"
    result = runner.invoke(app, ["export", str(build_dir), "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert check(out.read_bytes())


def test_export_errors_are_clear(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", str(tmp_path), "--format", "md", "-o", str(tmp_path / "x.md")])
    assert result.exit_code == 1 and "requirements.json" in result.stderr
    result = runner.invoke(app, ["export", str(tmp_path / "missing"), "--format", "md", "-o", str(tmp_path / "x.md")])
    assert result.exit_code == 1 and "no such folder" in result.stderr
