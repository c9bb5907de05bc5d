"""Markdown: rendered to plain text; headings, list items, table cells and code are segments."""

from __future__ import annotations

from autoagi.engine.ingest import ingest

NOTES = """# Workshop 2

Present: **Ana** and _Tom_, see [the agenda](https://example.com/agenda).

## Booking rules
- Owners *must* book online
- Cancellation up to 24 hours
  before the appointment
  1. nested step

| Type | Length |
|------|--------|
| Vaccination | 15 min |

> Tom: the phone never stops.

```
not markdown **here**
```

<div onclick="steal()"><script>alert('x')</script>Raw HTML text</div>
"""


def test_markdown_structure_becomes_segments(check_segments, texts):
    document = ingest(NOTES.encode(), "notes.md")

    assert document.media_type == "text/markdown"
    check_segments(document)
    assert [(segment.kind, text) for segment, text in zip(document.segments, texts(document), strict=True)] == [
        ("heading", "Workshop 2"),
        ("paragraph", "Present: Ana and Tom, see the agenda."),
        ("heading", "Booking rules"),
        ("list_item", "Owners must book online"),
        ("list_item", "Cancellation up to 24 hours\nbefore the appointment"),  # the author's lines kept
        ("list_item", "nested step"),
        ("table_cell", "Type"),
        ("table_cell", "Length"),
        ("table_cell", "Vaccination"),
        ("table_cell", "15 min"),
        ("quote", "Tom: the phone never stops."),
        ("code", "not markdown **here**"),
        ("paragraph", "Raw HTML text"),
    ]


def test_markup_scripts_and_link_targets_never_reach_the_text():
    document = ingest(NOTES.encode(), "notes.md")

    for hidden in ("**Ana**", "https://example.com", "alert", "steal", "<div", "# Workshop"):
        assert hidden not in document.text
    assert "Type\tLength\nVaccination\t15 min" in document.text


def test_markdown_is_recognised_without_the_extension():
    document = ingest(NOTES.encode(), "notes")

    assert document.media_type == "text/markdown"
