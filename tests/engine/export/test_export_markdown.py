"""The Markdown report: every section, Markdown-safe client text, headings nested under sections."""

from __future__ import annotations

import re

import pytest

from autoagi.engine.export.markdown_report import demote_headings, render_markdown_report
from autoagi.engine.export.requirements_markdown import escape_markdown, render_requirements_markdown


@pytest.fixture(scope="module")
def report(clinic_bundle) -> str:
    return render_markdown_report(clinic_bundle)


def test_every_section_is_present_once(report: str) -> None:
    top = re.findall(r"^## (.+)$", report, flags=re.MULTILINE)
    for section in ("Requirements", "Design", "Prototype", "Estimate", "Roadmap", "Return on investment"):
        assert top.count(section) == 1, section
    assert report.startswith("# Clinic bookings: project report\n")
    assert re.search(r"^#### REQ-001 — Book an appointment$", report, flags=re.MULTILINE)


def test_the_gantt_chart_is_a_mermaid_block(clinic_bundle, report: str) -> None:
    assert "```mermaid\n" + clinic_bundle.roadmap.gantt.rstrip("\n") + "\n```" in report


def test_headings_inside_fences_are_not_demoted() -> None:
    text = "# Title\n```\n# not a heading\n```\n### Sub"
    assert demote_headings(text) == "## Title\n```\n# not a heading\n```\n#### Sub"
    assert demote_headings("###### Deepest") == "###### Deepest"


def test_client_text_cannot_inject_html_or_links(samples, hostile_bundle) -> None:
    report = render_markdown_report(hostile_bundle)
    # Fenced blocks (Mermaid source) are shown as code, never rendered as HTML; their fence is
    # longer than any backtick run inside, so nothing can close it early.
    prose = re.sub(r"^(`{3,})[^\n]*\n.*?^\1$", "", report, flags=re.MULTILINE | re.DOTALL)
    assert "```" not in prose
    assert "<script>" not in prose and "<img" not in prose
    assert "[link](javascript" not in prose
    assert "&lt;script&gt;" in prose and "\\[link\\]" in prose
    assert samples.RTL in report and samples.EMOJI in report


def test_escape_markdown_covers_emphasis_code_tables_and_links() -> None:
    assert escape_markdown("*a* _b_ `c` |d| [e](f) <g>") == "\\*a\\* \\_b\\_ \\`c\\` \\|d\\| \\[e\\](f) &lt;g&gt;"


def test_the_requirements_report_still_stands_alone(clinic_bundle) -> None:
    text = render_requirements_markdown(clinic_bundle.analysis)
    assert text.startswith("# Requirements") and "### REQ-001" in text
    assert "- **Rationale:** Most owners book from their phone in the evening." in text


def test_a_requirements_only_report_has_no_empty_sections(minimal_bundle) -> None:
    report = render_markdown_report(minimal_bundle)
    assert "## Requirements" in report
    assert "## Design" not in report and "## Roadmap" not in report


def test_questions_and_action_items_are_listed_apart(minimal_bundle) -> None:
    from autoagi.engine.artifacts import Finding

    analysis = minimal_bundle.analysis.model_copy(
        update={
            "findings": [
                Finding(rule="missing_nfr_area", severity="warning", message="No requirement mentions privacy."),
                Finding(rule="open_question", severity="info", message="Open question in notes.md: “Welsh too?”"),
                Finding(rule="action_item", severity="info", message="Action item in notes.md: “Priya to send X.”"),
                Finding(rule="business_goal", severity="info", message="Business goal in brief.md: “Cut calls.”"),
            ]
        }
    )
    text = render_requirements_markdown(analysis)
    goals = text.index("## Business goals")
    questions, tasks = text.index("## Questions for the client"), text.index("## Action items")
    assert goals < text.index("Cut calls") < questions < text.index("privacy") < text.index("Welsh") < tasks
    assert tasks < text.index("Priya") and text.count("Cut calls") == 1  # a goal is no question
