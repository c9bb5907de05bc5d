"""CSV and tab-separated tables (a backlog exported from Jira or a spreadsheet): one row per line,
cells as segments, columns kept under their header."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import openpyxl
import pytest

from autoagi.engine.ingest import (
    CorruptDocument,
    DocumentTooLarge,
    EmptyDocument,
    NoText,
    ingest,
)

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


def _workbook(*sheets: tuple[str, list[list[object]]], hidden: str | None = None) -> bytes:
    """A real .xlsx written by openpyxl, as Excel would save it."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    if hidden:
        book[hidden].sheet_state = "hidden"
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


def test_an_excel_workbook_is_read_sheet_by_sheet(check_segments):
    data = _workbook(
        (
            "Must have",
            [
                ["ID", "Requirement", "Due", "Estimate"],
                ["R1", "Members renew a loan from the app", dt.datetime(2027, 3, 1), 3.0],
                ["R2", "Fines can be paid by card\nat the desk", None, 0.5],
                [None, None, None, None],  # an empty row in the middle
            ],
        ),
        ("Out of scope", [["Requirement"], ["A loyalty scheme"]]),
        ("Lookups", [["Priority"], ["High"]]),
        hidden="Lookups",
    )
    document = ingest(data, "backlog.xlsx")
    assert document.media_type == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    check_segments(document)
    assert document.text.split("\n") == [
        "Must have",  # the sheet's name heads its table
        "",
        "ID\tRequirement\tDue\tEstimate",
        "R1\tMembers renew a loan from the app\t2027-03-01\t3",  # a date, a whole number, as Excel shows them
        "R2\tFines can be paid by card at the desk\t-\t0.5",
        "",
        "Out of scope",
        "",
        "Requirement",
        "A loyalty scheme",
    ]  # the hidden sheet of lookups is left out
    assert document.metadata["sheets"] == "Must have; Out of scope"


def test_a_formula_gives_the_value_excel_computed():
    book = openpyxl.Workbook()
    book.active.append(["Requirement", "Points"])
    book.active.append(["Members renew a loan from the app", "=1+2"])
    data = io.BytesIO()
    book.save(data)  # openpyxl stores no computed value: the cell reads as empty, not as "=1+2"
    document = ingest(data.getvalue(), "plan.xlsx")
    assert document.text.split("\n")[1] == "Members renew a loan from the app\t-"


def test_bad_workbooks_get_a_clear_error(add_zip_members):
    with pytest.raises(NoText):
        ingest(_workbook(("Sheet1", [])), "empty.xlsx")
    damaged = io.BytesIO()
    with zipfile.ZipFile(damaged, "w") as workbook:  # what detection looks at, and nothing openpyxl can read
        workbook.writestr("[Content_Types].xml", "<Types/>")
        workbook.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(CorruptDocument, match=r"Excel \(\.xlsx\) workbook; it may be damaged"):
        ingest(damaged.getvalue(), "backlog.xlsx")
    with pytest.raises(CorruptDocument, match="columns"):
        ingest(_workbook(("Wide", [["x"] * 300])), "wide.xlsx")


def test_a_workbook_of_many_filled_cells_is_refused(monkeypatch):
    from autoagi.engine.ingest.formats import spreadsheet

    monkeypatch.setattr(spreadsheet, "MAX_CELLS", 10)
    with pytest.raises(DocumentTooLarge, match="more than 10 filled cells"):
        ingest(_workbook(("Data", [[n, n] for n in range(20)])), "dump.xlsx")


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


def test_a_workbook_in_a_zipped_folder_is_read_and_its_sheets_are_sections():
    from autoagi.engine.analysis import analyze

    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as folder:
        folder.writestr(
            "backlog.xlsx",
            _workbook(
                ("Must have", [["Requirement", "Priority"], ["Customer receives a confirmation e-mail", "High"]]),
                ("Out of scope", [["Requirement"], ["A loyalty scheme"]]),
            ),
        )
    document = ingest(data.getvalue(), "client-folder.zip")
    assert document.text.startswith("File: backlog.xlsx")
    assert [(r.statement, r.priority) for r in analyze([document]).requirements] == [
        ("The customer must receive a confirmation e-mail.", "must"),
        ("A loyalty scheme is out of scope.", "wont"),  # a sheet named "Out of scope" says what its rows are
    ]


def test_a_password_protected_workbook_says_so():
    from autoagi.engine.ingest import EncryptedDocument

    protected = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100) + "EncryptedPackage".encode("utf-16-le") + bytes(100)
    with pytest.raises(EncryptedDocument, match="Excel workbook is password-protected"):
        ingest(protected, "budget.xlsx")
