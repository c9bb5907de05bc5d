"""Build the binary example inputs from committed sources.

    python examples/make_examples.py

- ``srs.pdf`` from ``srs-source.md`` (rendered with reportlab),
- ``requirements.docx`` from the content below (written with python-docx).

Both outputs are byte-for-byte reproducible (fixed dates, reportlab's invariant mode, fixed zip
timestamps), so re-running the script changes nothing unless a source changed.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.shared import Pt
from markdown_it import MarkdownIt
from markdown_it.token import Token
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer

EXAMPLES = Path(__file__).resolve().parent
FIXED_TIME = datetime(2025, 3, 21, 9, 0, 0)


# --- srs.pdf ---------------------------------------------------------------------------------


def build_srs_pdf(source: Path, target: Path) -> None:
    styles = getSampleStyleSheet()
    heading_styles = {"h1": styles["Title"], "h2": styles["Heading2"], "h3": styles["Heading3"]}
    body = styles["BodyText"]
    bullet = ParagraphStyle("Bullet", parent=body, leftIndent=14, bulletIndent=2)

    story: list[Flowable] = []
    tokens = MarkdownIt("commonmark").parse(source.read_text(encoding="utf-8"))
    style = body
    for token in tokens:
        if token.type == "heading_open":
            style = heading_styles[token.tag]
        elif token.type == "bullet_list_open":
            style = bullet
        elif token.type in ("heading_close", "bullet_list_close"):
            style = body
        elif token.type == "inline":
            text = escape(_inline_text(token))
            bullet_text = "•" if style is bullet else None
            story.append(Paragraph(text, style, bulletText=bullet_text))
        elif token.type == "paragraph_close" and style is body:
            story.append(Spacer(1, 0.1 * cm))

    output = io.BytesIO()
    document = SimpleDocTemplate(
        output,
        pagesize=A4,
        title="Software Requirements Specification: Harbourside Online Booking",
        author="Kestrel Software",
        subject="Phase 1 requirements",
        invariant=1,  # no creation date or random file id: reproducible bytes
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
    )
    document.build(story)
    target.write_bytes(output.getvalue())


def _inline_text(token: Token) -> str:
    return "".join(child.content if child.type != "softbreak" else " " for child in token.children or [])


# --- requirements.docx -----------------------------------------------------------------------

DOCX_TITLE = "Harbourside Online Booking: requirements for review"
DOCX_INTRO = (
    "This is the list of requirements we heard at the kickoff call, the second workshop and in "
    "the e-mails since. Please check each line before workshop 3 on 27 March. Mark anything that "
    "is wrong, missing or in the wrong priority; we will not start the design until the clinic "
    "has agreed the must-haves."
)
DOCX_TABLE_HEADER = ("ID", "Requirement", "Priority", "Heard from")
DOCX_TABLE_ROWS = (
    (
        "R1",
        "Owners can book vaccinations, check-ups, nurse clinics, dental assessments and "
        "surgery consults online, in real free slots.",
        "Must",
        "Dr Moreau, kickoff",
    ),
    (
        "R2",
        "Emergencies cannot be booked online; every booking page shows the emergency number.",
        "Must",
        "Dr Moreau, kickoff",
    ),
    ("R3", "Owners can cancel or move an appointment online until 24 hours before it.", "Must", "Tom Keane, kickoff"),
    ("R4", "An SMS reminder is sent the day before every appointment.", "Must", "Priya Nair, kickoff"),
    ("R5", "Several pets can be booked back to back in one booking.", "Must", "Workshop 2"),
    (
        "R6",
        "A £30 deposit is taken for surgery consults and refunded on timely cancellation.",
        "Should",
        "Priya Nair, kickoff",
    ),
    (
        "R7",
        "Freed slots are offered by SMS to the waiting list, two hours per person.",
        "Should",
        "Tom Keane, e-mail 14 March",
    ),
    ("R8", "Vets can block time in their own diary.", "Should", "Dr Moreau, e-mail 15 March"),
    (
        "R9",
        "Monthly report of bookings, cancellations and no-shows, downloadable as a spreadsheet.",
        "Could",
        "Priya Nair, e-mail 17 March",
    ),
    ("R10", "Booking pages in Welsh.", "Won't (phase 1)", "Workshop 2"),
)
DOCX_QUALITY_INTRO = "The clinic also told us how the system has to behave:"
DOCX_QUALITY_ITEMS = (
    "Booking pages must load quickly on a phone over 4G; we propose under 2 seconds.",
    "The reception day view must open in under a second at the morning rush.",
    "Pages must work with screen readers (WCAG 2.2 AA).",
    "Owner and pet data must stay in the United Kingdom.",
    "Owners can refuse marketing messages and still receive reminders.",
)
DOCX_STEPS_INTRO = "Next steps:"
DOCX_STEPS = (
    "The clinic reviews this table and marks changes by 25 March.",
    "Kestrel confirms the VetStar CSV formats with a sample export.",
    "Workshop 3 agrees the phase 1 scope and the acceptance tests.",
)


def build_requirements_docx(target: Path) -> None:
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(10.5)
    properties = document.core_properties
    properties.title = DOCX_TITLE
    properties.author = "Kestrel Software"
    properties.last_modified_by = "Kestrel Software"
    properties.created = properties.modified = FIXED_TIME
    properties.revision = 1

    document.add_heading(DOCX_TITLE, level=1)
    document.add_paragraph(DOCX_INTRO)
    document.add_heading("Functional requirements", level=2)
    table = document.add_table(rows=1, cols=len(DOCX_TABLE_HEADER))
    table.style = "Table Grid"
    for cell, label in zip(table.rows[0].cells, DOCX_TABLE_HEADER, strict=True):
        cell.text = label
    for row in DOCX_TABLE_ROWS:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
    document.add_heading("Quality requirements", level=2)
    document.add_paragraph(DOCX_QUALITY_INTRO)
    for item in DOCX_QUALITY_ITEMS:
        document.add_paragraph(item, style="List Bullet")
    document.add_heading("Next steps", level=2)
    document.add_paragraph(DOCX_STEPS_INTRO)
    for step in DOCX_STEPS:
        document.add_paragraph(step, style="List Number")

    output = io.BytesIO()
    document.save(output)
    target.write_bytes(_with_fixed_timestamps(output.getvalue()))


def _with_fixed_timestamps(archive: bytes) -> bytes:
    """python-docx stamps zip members with the current time; pin them for reproducibility."""
    source = zipfile.ZipFile(io.BytesIO(archive))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as fixed:
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=FIXED_TIME.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = member.external_attr
            fixed.writestr(info, source.read(member.filename))
    return output.getvalue()


def main() -> None:
    build_srs_pdf(EXAMPLES / "srs-source.md", EXAMPLES / "srs.pdf")
    build_requirements_docx(EXAMPLES / "requirements.docx")
    for name in ("srs.pdf", "requirements.docx"):
        print(f"wrote examples/{name} ({(EXAMPLES / name).stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
