"""PowerPoint decks (.pptx): slides in order, titles as headings, bullets as list items, tables,
speaker notes; each segment on its slide's number."""

from __future__ import annotations

import io
import zipfile

import pptx
import pytest
from pptx.util import Inches

from autoagi.engine.analysis import analyze
from autoagi.engine.ingest import CorruptDocument, EncryptedDocument, NoText, ingest


def _deck(*slides: dict) -> bytes:
    """A real .pptx written by python-pptx: each slide a title, bullets, an optional table,
    text box and notes."""
    deck = pptx.Presentation()
    for spec in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[1])  # "Title and Content"
        slide.shapes.title.text = spec["title"]
        body = slide.placeholders[1].text_frame
        for index, (level, bullet) in enumerate(spec.get("bullets", [])):
            paragraph = body.paragraphs[0] if index == 0 else body.add_paragraph()
            paragraph.text, paragraph.level = bullet, level
        if rows := spec.get("table"):
            shape = slide.shapes.add_table(len(rows), len(rows[0]), Inches(1), Inches(5), Inches(6), Inches(1))
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    shape.table.cell(r, c).text = value
        if box := spec.get("box"):
            slide.shapes.add_textbox(Inches(1), Inches(6.5), Inches(6), Inches(0.5)).text_frame.text = box
        if notes := spec.get("notes"):
            slide.notes_slide.notes_text_frame.text = notes
        if spec.get("hidden"):
            slide._element.set("show", "0")
    data = io.BytesIO()
    deck.save(data)
    return data.getvalue()


def test_a_deck_is_read_slide_by_slide(check_segments):
    data = _deck(
        {
            "title": "Where we are",
            "bullets": [(0, "Bookings are taken by phone")],
            "notes": "Say how many calls we miss.",
        },
        {"title": "Old pricing", "bullets": [(0, "Draft only")], "hidden": True},
        {
            "title": "What we need",
            "bullets": [(0, "Online booking"), (1, "with a deposit for groups")],
            "table": [["Requirement", "Priority"], ["Reminders by text", "High"]],
            "box": "Prices exclude VAT",
        },
    )
    document = ingest(data, "vision.pptx")
    assert document.media_type == "application/vnd.openxmlformats-officedocument.presentationml.presentation"
    check_segments(document)
    got = [(s.kind, s.page, document.text[s.start : s.end]) for s in document.segments]
    assert got == [
        ("heading", 1, "Where we are"),
        ("list_item", 1, "Bookings are taken by phone"),
        ("paragraph", 1, "Say how many calls we miss."),  # the speaker's notes
        ("heading", 3, "What we need"),  # the hidden slide 2 is left out; pages stay the slide numbers
        ("list_item", 3, "Online booking"),
        ("list_item", 3, "with a deposit for groups"),
        ("table_cell", 3, "Requirement"),
        ("table_cell", 3, "Priority"),
        ("table_cell", 3, "Reminders by text"),
        ("table_cell", 3, "High"),
        ("paragraph", 3, "Prices exclude VAT"),  # a text box below the table
    ]
    assert document.metadata["slides"] == "2"


def test_what_a_slide_lists_under_what_we_need_are_requirements_citing_the_slide():
    data = _deck({"title": "What we need", "bullets": [(0, "Customers book a table online"), (0, "Card payments")]})
    result = analyze([ingest(data, "pitch.pptx")])
    assert [r.statement for r in result.requirements] == [
        "Customers should be able to book a table online.",
        "The system should support card payments.",
    ]
    # each source lies in a segment of slide 1, which the document view shows as its page
    document = result.documents[0]
    for requirement in result.requirements:
        [segment] = [s for s in document.segments if s.start <= requirement.sources[0].start < s.end]
        assert (segment.kind, segment.page) == ("list_item", 1)


def test_bad_decks_get_a_clear_error():
    with pytest.raises(NoText):
        ingest(_deck({"title": "", "hidden": False}), "blank.pptx")
    damaged = io.BytesIO()
    with zipfile.ZipFile(damaged, "w") as deck:
        deck.writestr("[Content_Types].xml", "<x/>")
        deck.writestr("ppt/presentation.xml", "<x/>")
    with pytest.raises(CorruptDocument, match="damaged"):
        ingest(damaged.getvalue(), "deck.pptx")
    protected = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100) + "EncryptedPackage".encode("utf-16-le") + bytes(100)
    with pytest.raises(EncryptedDocument, match="PowerPoint deck is password-protected"):
        ingest(protected, "board.pptx")
