"""What each row of a client's spreadsheet is ("bookings.csv", a sheet called "Members"): the thing
the system should record, named by the sheet or the file."""

from __future__ import annotations

import re
from pathlib import PurePath

from autoagi.engine.analysis.words import singular

# words of a file or sheet name that say nothing of what its rows are
_GENERIC = frozenset(
    {"sheet", "sheets", "export", "exports", "data", "list", "lists", "report", "reports", "file", "copy", "final",
     "new", "old", "table", "download", "untitled", "book", "workbook", "spreadsheet", "master", "current",
     "records", "record", "all", "our", "the", "and", "for", "from", "with", "csv", "xlsx", "xls", "ods", "tsv",
     "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
     "week", "weekly", "month", "monthly", "year", "yearly", "backup", "version", "draft", "latest"}
)  # fmt: skip


def records_of(section: str | None, file_name: str) -> str:
    """ "booking" for "bookings.csv"; "member" for a sheet called "Member list"; else "record"."""
    names = [section or "", PurePath(file_name).stem]
    words = [w.lower() for name in names for w in re.findall(r"[A-Za-z]{3,}", name) if w.lower() not in _GENERIC]
    plural = next((w for w in words if singular(w) != w), None)  # "bookings": what each row is one of
    return singular(plural) if plural else words[0] if words else "record"
