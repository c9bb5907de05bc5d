"""CSV and tab-separated tables (a backlog exported from Jira, Trello or a spreadsheet), read with
the standard library's csv module and laid out as a table: one row per line, cells as segments.

An empty cell is written as "-" so that every row keeps its columns under their header.
"""

from __future__ import annotations

import csv
import io
import itertools

from ..errors import CorruptDocument, EmptyDocument
from ..layout import ParsedText, TextAssembler
from ..source import Source

EMPTY_CELL = "-"
# a row of more cells than this is not a table a person wrote
MAX_COLUMNS = 200


def parse_csv(source: Source) -> ParsedText:
    return _parse(source, delimiter_of(source.decoded.text, ","))


def parse_tsv(source: Source) -> ParsedText:
    return _parse(source, "\t")


def delimiter_of(text: str, default: str) -> str:
    """ "," or ";" (spreadsheets in many European locales write ";"): the one the header row uses more."""
    header = text.lstrip("\ufeff").partition("\n")[0]
    return ";" if header.count(";") > header.count(default) else default


def looks_delimited(text: str, delimiter: str) -> bool:
    """Do the first rows split into the same number (two or more) of fields?"""
    try:
        rows = [row for row in itertools.islice(csv.reader(io.StringIO(text), delimiter=delimiter), 50) if row]
    except csv.Error:
        return False
    if len(rows) < 2:
        return False
    width = len(rows[0])
    return width >= 2 and sum(len(row) == width for row in rows) >= 0.8 * len(rows)


def _parse(source: Source, delimiter: str) -> ParsedText:
    text = source.decoded.text
    if not text.strip():
        raise EmptyDocument("The file contains no text.")
    try:
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    except csv.Error as error:
        raise CorruptDocument(f"The table could not be read: {error}.") from error
    assembler = TextAssembler()
    first_in_table = True
    for row in rows:
        if len(row) > MAX_COLUMNS:
            raise CorruptDocument(f"A row has {len(row)} columns; at most {MAX_COLUMNS} are read.")
        cells = [" ".join(cell.split()) for cell in row]
        if not any(cells):
            continue
        for index, cell in enumerate(cells):
            separator = None if first_in_table else "\n" if index == 0 else "\t"
            if assembler.add_segment(cell or EMPTY_CELL, "table_cell", separator=separator):
                first_in_table = False
    if assembler.is_empty:
        raise EmptyDocument("The table has no cells with text.")
    return assembler.result({"encoding": source.decoded.encoding, "delimiter": delimiter})
