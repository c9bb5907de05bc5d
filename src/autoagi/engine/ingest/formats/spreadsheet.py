"""Excel workbooks (.xlsx) via openpyxl: every visible sheet that holds text, laid out as a table
(one row per line, cells as segments) as a CSV export would be, under the sheet's name as a
heading when there is more than one ("Must have", "Out of scope" then read as sections).

The archive is vetted by ``archive_guard`` before openpyxl inflates anything; the workbook is read
in read-only (streaming) mode, and a formula gives the value Excel last computed for it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from ..archive_guard import check_archive
from ..errors import CorruptDocument, DocumentTooLarge, EncryptedDocument, NoText
from ..layout import ParsedText, TextAssembler
from ..source import Source
from .delimited import EMPTY_CELL, MAX_COLUMNS, cell_text
from .docx import OLE2_MAGIC, is_encrypted_office_file

_MAIN_PART = "xl/workbook.xml"
# more cells than a person fills in by hand: a data dump, not a list of requirements
MAX_CELLS = 200_000


def parse_xlsx(source: Source) -> ParsedText:
    if is_encrypted_office_file(source.data):
        raise EncryptedDocument("The Excel workbook is password-protected; upload an unprotected copy.")
    if source.data.startswith(OLE2_MAGIC):
        raise CorruptDocument("The file is not an .xlsx workbook; save it from Excel as .xlsx or CSV.")
    if _MAIN_PART not in check_archive(source.data, source.limits):
        raise CorruptDocument("The file is a zip archive but not an Excel (.xlsx) workbook.")
    # imported here, not at start-up: a tenth of a second most runs never need
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = openpyxl.load_workbook(io.BytesIO(source.data), read_only=True, data_only=True)
    except (InvalidFileException, KeyError, ValueError, TypeError, zipfile.BadZipFile) as error:
        raise CorruptDocument("The Excel workbook is damaged and could not be read.") from error
    try:
        sheets = [(sheet.title, _rows(sheet)) for sheet in book.worksheets if sheet.sheet_state == "visible"]
    finally:
        book.close()
    sheets = [(title, rows) for title, rows in sheets if rows]
    if not sheets:
        raise NoText("The workbook has no cells with text.")
    assembler = TextAssembler()
    for title, rows in sheets:
        if len(sheets) > 1:
            assembler.add_segment(title, "heading")
        _add_table(rows, assembler)
    return assembler.result({"sheets": "; ".join(title for title, _ in sheets)})


def _rows(sheet) -> list[list[str]]:
    """The sheet's rows as text, without empty rows or the empty columns at their ends."""
    rows: list[list[str]] = []
    cells = 0
    for values in sheet.iter_rows(values_only=True):
        row = [_text(value) for value in values]
        while row and not row[-1]:
            row.pop()
        if not row:
            continue
        if len(row) > MAX_COLUMNS:
            raise CorruptDocument(
                f"Sheet “{sheet.title}” has a row of {len(row)} columns; at most {MAX_COLUMNS} are read."
            )
        cells += len(row)
        if cells > MAX_CELLS:
            raise DocumentTooLarge(
                f"The workbook has more than {MAX_CELLS:,} filled cells; upload the sheet that matters."
            )
        rows.append(row)
    return rows


def _add_table(rows: list[list[str]], assembler: TextAssembler) -> None:
    width = max(len(row) for row in rows)
    first_in_table = True
    for row in rows:
        for index in range(width):  # every row keeps its columns under their header
            cell = row[index] if index < len(row) else ""
            separator = None if first_in_table else "\n" if index == 0 else "\t"
            if assembler.add_segment(cell or EMPTY_CELL, "table_cell", separator=separator):
                first_in_table = False


def _text(value: object) -> str:
    """A cell as Excel shows it: dates without a midnight time, whole numbers without ".0"."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else format(value, ".15g")
    return cell_text(str(value))
