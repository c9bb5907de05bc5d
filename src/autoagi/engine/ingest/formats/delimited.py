"""CSV and tab-separated tables (a backlog exported from Jira, Trello or a spreadsheet), read with
the standard library's csv module and laid out as a table: one row per line, cells as segments.

An empty cell is written as "-" so that every row keeps its columns under their header.
"""

from __future__ import annotations

import csv
import io
import itertools
import re

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


# Jira's wiki markup, which a Jira export leaves in its descriptions
_JIRA_BLOCK = re.compile(r"\{(code|noformat|quote|panel)(?::[^}]*)?\}.*?\{\1\}", re.DOTALL)
_JIRA_TAG = re.compile(r"\{(?:color|anchor)(?::[^}]*)?\}")
_JIRA_HEADING = re.compile(r"^\s*h[1-6]\.\s+")
_LINE_BULLET = re.compile(r"^\s*(?:[*#-]+|\d+[.)])\s+")
_JIRA_LINK = re.compile(r"\[([^|\]\n]+)\|[^\]\n]+\]")
_JIRA_EMPHASIS = re.compile(r"(?<![\w*])[*_+](\S(?:[^*_+\n]*\S)?)[*_+](?![\w*])")
_LINE_END = (".", "!", "?", ":", ";")


def cell_text(cell: str) -> str:
    """A cell on one line: a line that starts a bullet, a heading or a capitalised sentence ends the
    one before it ("Acceptance criteria:" for a heading); a wrapped line goes on. Jira's headings
    ("h3."), bullets, emphasis, links and code blocks are dropped."""
    cell = _JIRA_TAG.sub("", _JIRA_BLOCK.sub(" ", cell))
    lines: list[tuple[str, bool]] = []  # (text, starts something new)
    for raw in cell.split("\n"):
        heading = _JIRA_HEADING.match(raw) is not None
        bullet = _LINE_BULLET.match(raw) is not None
        line = _JIRA_EMPHASIS.sub(r"\1", _JIRA_LINK.sub(r"\1", _LINE_BULLET.sub("", _JIRA_HEADING.sub("", raw))))
        line = " ".join(line.replace("||", "; ").split())
        if line:
            if heading and not line.endswith(":"):
                line += ":"
            lines.append((line, heading or bullet or not line[:1].islower()))
    text = ""
    for line, starts in lines:
        if text and starts and not text.endswith(_LINE_END):
            text += "."  # the line before it was a sentence of its own
        text = f"{text} {line}" if text else line
    return text


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
        cells = [cell_text(cell) for cell in row]
        if not any(cells):
            continue
        for index, cell in enumerate(cells):
            separator = None if first_in_table else "\n" if index == 0 else "\t"
            if assembler.add_segment(cell or EMPTY_CELL, "table_cell", separator=separator):
                first_in_table = False
    if assembler.is_empty:
        raise EmptyDocument("The table has no cells with text.")
    return assembler.result({"encoding": source.decoded.encoding, "delimiter": delimiter})
