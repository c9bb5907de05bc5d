"""CSV and tab-separated tables (a backlog exported from Jira or a spreadsheet): one row per line,
cells as segments, columns kept under their header."""

from __future__ import annotations

import io
import zipfile

import pytest

from autoagi.engine.ingest import CorruptDocument, EmptyDocument, UnsupportedType, ingest

BACKLOG = (
    "Issue key,Summary,Priority,Description\r\n"
    'LIB-1,Renew loans,High,"Members renew a loan from the app, up to three times"\r\n'
    "LIB-2,Card fines,,Fines can be paid by card at the desk\r\n"
    'LIB-3,Reading lists,Low,"Teachers share a reading list\nwith their class"\r\n'
)


def test_a_csv_export_becomes_a_table(check_segments, texts):
    document = ingest(BACKLOG.encode(), "export.csv")
    assert document.media_type == "text/csv"
    check_segments(document)
    lines = document.text.split("\n")
    assert lines[0] == "Issue key\tSummary\tPriority\tDescription"
    # a quoted comma stays in its cell, an empty cell keeps the columns in line, a newline in a cell is a space
    assert lines[1].split("\t")[3] == "Members renew a loan from the app, up to three times"
    assert lines[2].split("\t") == ["LIB-2", "Card fines", "-", "Fines can be paid by card at the desk"]
    assert lines[3].split("\t")[3] == "Teachers share a reading list with their class"
    assert {segment.kind for segment in document.segments} == {"table_cell"}


def test_semicolons_and_tabs_are_delimiters_too():
    semicolons = ingest(b"Requirement;Priority\nStaff export the day list;Must\nOwners pay online;Could\n", "x.csv")
    assert semicolons.text.split("\n")[1] == "Staff export the day list\tMust"
    tabs = ingest(b"Requirement\tPriority\nStaff export the day list\tMust\n", "x.tsv")
    assert tabs.media_type == "text/tab-separated-values"


def test_a_csv_name_on_prose_is_read_as_text():
    document = ingest(b"We need online booking, and reminders, please.\nThanks!\n", "notes.csv")
    assert document.media_type == "text/plain"


def test_empty_and_unreadable_tables_get_a_clear_error():
    with pytest.raises(EmptyDocument):
        ingest(b",,,\n,,,\n", "empty.csv")
    too_wide = ",".join(["x"] * 500)
    with pytest.raises(CorruptDocument, match="columns"):
        ingest(f"{too_wide}\n{too_wide}\n".encode(), "wide.csv")
    # a field larger than the csv module reads, after rows that made it look like a table
    rows = "a,b\n" + "x,1\n" * 60 + '"' + "x" * 200_000 + '",1\n'
    with pytest.raises(CorruptDocument, match="could not be read"):
        ingest(rows.encode(), "huge.csv")


def test_an_excel_workbook_is_refused_with_what_to_do_instead():
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as workbook:  # what detection looks at: the workbook part
        workbook.writestr("[Content_Types].xml", "<Types/>")
        workbook.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(UnsupportedType, match="save the sheet as CSV"):
        ingest(data.getvalue(), "backlog.xlsx")


def test_a_jira_description_loses_its_markup_and_keeps_its_sentences():
    export = (
        "Summary,Priority,Description\n"
        '"Book a class",High,"As a member, I want to book a class so that I don\'t have to call.\n\n'
        "h3. Acceptance criteria\n* Given a class has free places, when I book it, then I see it under *My bookings*\n"
        '* Full classes show a [waiting list|https://jira.example/x] button"\n'
        '"Login bug",Highest,"The login button doesn\'t work on Safari. {code}TypeError: x is undefined{code}"\n'
    )
    document = ingest(export.encode(), "jira.csv")
    cells = [document.text[s.start : s.end] for s in document.segments]
    assert cells[5] == (
        "As a member, I want to book a class so that I don't have to call. Acceptance criteria: Given a class has"
        " free places, when I book it, then I see it under My bookings. Full classes show a waiting list button"
    )
    assert cells[8] == "The login button doesn't work on Safari."
