"""Rich Text Format (.rtf), what TextEdit and WordPad save: paragraphs, lists and tables as text."""

from __future__ import annotations

import pytest

from autoagi.engine.analysis import analyze
from autoagi.engine.ingest import NoText, detect_media_type, ingest

# as TextEdit writes a note: font and colour tables, a bold title, Windows-1252 and \u escapes, a picture
_NOTE = rb"""{\rtf1\ansi\ansicpg1252\cocoartf2709
{\fonttbl\f0\fswiss\fcharset0 Helvetica;}
{\colortbl;\red255\green255\blue255;}
\pard\tx566\pardirnatural\partightenfactor0
\f0\b\fs24 \cf0 Call with Priya \'96 Harbour Yoga\
\b0 \
Members need to book classes from their phone.\
{\pict\pngblip 89504e470d0a1a0a0000000d49484452}
The caf\u233\'e9 sells a tea loyalty card.\
}"""


def test_an_rtf_note_is_read_as_its_text(check_segments):
    document = ingest(_NOTE, "call notes.rtf")
    assert document.media_type == "application/rtf"
    check_segments(document)
    assert [document.text[s.start : s.end] for s in document.segments] == [
        "Call with Priya – Harbour Yoga",
        "Members need to book classes from their phone.",
        "The café sells a tea loyalty card.",
    ]  # no font names, colours or picture data
    assert [r.statement for r in analyze([document]).requirements][0] == (
        "Members must be able to book classes from their phone."
    )


def test_rtf_is_recognised_by_its_header_whatever_the_name():
    assert detect_media_type(b"{\\rtf1\\ansi Hello}", "notes.txt") == "application/rtf"
    assert ingest(b"{\\rtf1\\ansi Hello}", "notes.txt").text == "Hello"


def test_a_word_rtf_keeps_list_items_and_table_rows():
    data = (
        rb"{\rtf1\ansi{\fonttbl\f0 Arial;}"
        rb"{\listtext\'95\tab}Book a class\par "
        rb"{\listtext\'95\tab}Cancel a class\par "
        rb"\trowd\cellx2000\cellx4000 Field\cell Required\cell\row "
        rb"\trowd\cellx2000\cellx4000 Name\cell Yes\cell\row }"
    )
    text = ingest(data, "needs.rtf").text
    assert "\u2022\tBook a class\n\u2022\tCancel a class" in text
    assert "Field\tRequired\nName\tYes" in text  # cells by tabs, a row a line


def test_characters_beyond_the_basic_plane_are_joined_and_a_lone_half_replaced():
    assert ingest(b"{\\rtf1 \\u-10179?\\u-8704? smile}", "x.rtf").text == "\U0001f600 smile"
    assert ingest(b"{\\rtf1 \\u-10179? half}", "x.rtf").text == "\ufffd half"


def test_another_code_page_is_honoured():
    assert ingest(b"{\\rtf1\\ansi\\ansicpg1251 \\'cf\\'f0\\'e8\\'e2\\'e5\\'f2}", "x.rtf").text == "Привет"


@pytest.mark.parametrize(
    "data",
    [b"{\\rtf1 }", b"{\\rtf1\\ansi{\\pict 89504e47}}", b"{\\rtf1" + b"{" * 50_000],
)
def test_an_rtf_without_text_is_refused_clearly(data):
    with pytest.raises(NoText):
        ingest(data, "empty.rtf")
