"""The Jira CSV: the importer's columns, epics before stories, cells safe from formula injection."""

from __future__ import annotations

import csv
import io

import pytest

from autoagi.engine.export.jira_csv import HEADER, neutralise_cell, render_jira_csv

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def read(text: str) -> tuple[list[str], list[list[str]]]:
    rows = list(csv.reader(io.StringIO(text, newline="")))
    return rows[0], rows[1:]


@pytest.fixture(scope="module")
def clinic_rows(clinic_bundle) -> tuple[list[str], list[list[str]]]:
    return read(render_jira_csv(clinic_bundle))


def test_columns_are_jiras(clinic_rows) -> None:
    header, rows = clinic_rows
    assert header == list(HEADER)
    for name in ("Issue ID", "Parent", "Issue Type", "Summary", "Description", "Priority", "Labels"):
        assert name in header
    assert all(len(row) == len(header) for row in rows)


def test_epics_come_first_and_stories_point_at_them(clinic_rows) -> None:
    header, rows = clinic_rows
    column = {name: header.index(name) for name in ("Issue ID", "Parent", "Issue Type", "Summary", "Priority")}
    types = [row[column["Issue Type"]] for row in rows]
    assert types == ["Epic"] * 3 + ["Story"] * 5  # must, should, could; then one story each
    epics = {row[column["Issue ID"]]: row for row in rows if row[column["Issue Type"]] == "Epic"}
    stories = [row for row in rows if row[column["Issue Type"]] == "Story"]
    assert all(story[column["Parent"]] in epics for story in stories)
    first = stories[0]
    assert first[column["Summary"]] == "REQ-001: Book an appointment"
    assert first[column["Priority"]] == "Highest"
    assert "MVP" in epics[first[column["Parent"]]][column["Summary"]]
    ids = [row[column["Issue ID"]] for row in rows]
    assert len(set(ids)) == len(ids)


def test_description_carries_criteria_findings_and_source(clinic_rows) -> None:
    header, rows = clinic_rows
    description = rows[3][header.index("Description")]
    assert "h3. Acceptance criteria" in description
    assert "*Given* a free slot *when* a customer books it *then* the appointment is confirmed" in description
    assert "(warning) vague\\_term" not in description and "(warning) vague_term: 'fast' is vague" in description
    assert "Traceability: REQ-001" in description
    assert "_Rationale:_ Most owners book from their phone in the evening." in description
    assert "\n" in description  # multi-line cells survive quoting


def test_labels_have_no_spaces_and_estimates_are_seconds(clinic_rows) -> None:
    header, rows = clinic_rows
    label_columns = [index for index, name in enumerate(header) if name == "Labels"]
    labels = {row[index] for row in rows for index in label_columns if row[index]}
    assert {"autoagi", "moscow-must", "functional", "performance_efficiency"} <= labels
    assert all(" " not in label for label in labels)
    estimates = [row[header.index("Original Estimate")] for row in rows[3:]]
    assert all(value.isdigit() for value in estimates if value) and any(estimates)


def test_hostile_cells_are_neutralised(samples, hostile_bundle) -> None:
    header, rows = read(render_jira_csv(hostile_bundle))
    cells = [cell for row in rows for cell in row]
    assert not any(cell.startswith(FORMULA_STARTS) for cell in cells)
    description = next(row[header.index("Description")] for row in rows if "REQ-006" in row[header.index("Summary")])
    assert description.startswith("'=HYPERLINK(")  # quoted so a spreadsheet shows it as text
    assert "\\{code\\} \\!image.png\\!" in description  # no Jira macro or embedded image
    assert samples.RTL in description and samples.EMOJI in description
    assert "\x00" not in "".join(cells)


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_formula_prefixes_get_a_quote(value: str) -> None:
    assert neutralise_cell(value) == "'" + value


def test_plain_cells_are_left_alone() -> None:
    assert neutralise_cell('a, b; "c"\nd') == 'a, b; "c"\nd'
