"""The document formats: how each is rendered, typed and named, alone or inside the zip."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .bundle import ProjectBundle
from .docx_export import render_docx
from .icalendar_export import render_icalendar
from .jira_csv import render_jira_csv
from .json_export import render_json
from .markdown_report import render_markdown_report
from .pdf import render_pdf
from .reqif_export import render_reqif

Renderer = Callable[[ProjectBundle], bytes]


@dataclass(frozen=True)
class FormatSpec:
    name: str
    suffix: str  # after the project's slug when downloaded alone: "-report.pdf"
    member: str  # its name inside the zip
    media_type: str
    description: str
    render: Renderer


def utf8(render: Callable[[ProjectBundle], str]) -> Renderer:
    return lambda bundle: render(bundle).encode("utf-8")


DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

DOCUMENT_FORMATS: tuple[FormatSpec, ...] = (
    FormatSpec(
        "markdown",
        "-report.md",
        "report.md",
        "text/markdown; charset=utf-8",
        "the whole project as Markdown",
        utf8(render_markdown_report),
    ),
    FormatSpec("pdf", "-report.pdf", "report.pdf", "application/pdf", "the PDF report", render_pdf),
    FormatSpec("docx", "-report.docx", "report.docx", DOCX_MEDIA_TYPE, "the report for Word", render_docx),
    FormatSpec(
        "json",
        ".json",
        "project.json",
        "application/json",
        "every artifact as JSON (schema autoagi/1)",
        utf8(render_json),
    ),
    # ReqIF has no registered media type; requirements tools read it as XML.
    FormatSpec(
        "reqif",
        "-requirements.reqif",
        "requirements.reqif",
        "application/xml",
        "requirements as ReqIF 1.2",
        render_reqif,
    ),
    FormatSpec(
        "jira_csv",
        "-jira.csv",
        "jira.csv",
        "text/csv; charset=utf-8",
        "epics and stories for Jira's CSV importer",
        utf8(render_jira_csv),
    ),
    FormatSpec(
        "ics",
        "-roadmap.ics",
        "roadmap.ics",
        "text/calendar; charset=utf-8",
        "roadmap phases and milestones for calendars",
        render_icalendar,
    ),
)
