"""export(bundle, format): names, media types, aliases, errors, bundle validation, determinism."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from autoagi.engine.artifacts import AnalysisResult
from autoagi.engine.export import (
    FORMATS,
    ExportError,
    MissingArtifactError,
    ProjectBundle,
    UnknownFormatError,
    export,
    normalise_format,
)

EXPECTED = {
    "markdown": ("clinic-bookings-report.md", "text/markdown; charset=utf-8"),
    "json": ("clinic-bookings.json", "application/json"),
    "pdf": ("clinic-bookings-report.pdf", "application/pdf"),
    "docx": (
        "clinic-bookings-report.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    "reqif": ("clinic-bookings-requirements.reqif", "application/xml"),
    "jira_csv": ("clinic-bookings-jira.csv", "text/csv; charset=utf-8"),
    "ics": ("clinic-bookings-roadmap.ics", "text/calendar; charset=utf-8"),
    "zip": ("clinic-bookings-export.zip", "application/zip"),
}
MAGIC = {"pdf": b"%PDF-", "docx": b"PK\x03\x04", "zip": b"PK\x03\x04", "reqif": b"<?xml", "ics": b"BEGIN:VCALENDAR"}


@pytest.fixture(scope="module")
def clinic_exports(clinic_bundle):
    return {name: export(clinic_bundle, name) for name in FORMATS}


def test_every_format_has_a_name_a_media_type_and_content(clinic_exports) -> None:
    assert set(clinic_exports) == set(EXPECTED)
    for name, exported in clinic_exports.items():
        filename, media_type, content = exported  # a plain tuple to callers
        assert (filename, media_type) == EXPECTED[name]
        assert isinstance(content, bytes) and content
        assert content.startswith(MAGIC.get(name, b""))


def test_the_same_bundle_gives_the_same_bytes_in_every_format(samples, clinic_exports) -> None:
    """Determinism, across a bundle rebuilt from scratch, not just a second call."""
    rebuilt = samples.build_bundle(samples.clinic_requirements(), **samples.prototype_parts())
    for name, exported in clinic_exports.items():
        assert export(rebuilt, name).content == exported.content, name


def test_only_generated_at_changes_the_time_stamps(samples, clinic_bundle, clinic_exports) -> None:
    later = clinic_bundle.model_copy(update={"generated_at": samples.GENERATED_AT + dt.timedelta(days=1)})
    assert export(later, "reqif").content != clinic_exports["reqif"].content
    assert export(later, "jira_csv").content == clinic_exports["jira_csv"].content  # CSV carries no time


@pytest.mark.parametrize(
    ("alias", "canonical"), [("md", "markdown"), ("jira-csv", "jira_csv"), (" PDF ", "pdf"), ("ical", "ics")]
)
def test_aliases_and_case_are_accepted(alias: str, canonical: str) -> None:
    assert normalise_format(alias) == canonical


def test_an_unknown_format_names_the_choices(clinic_bundle) -> None:
    with pytest.raises(UnknownFormatError, match="unknown export format 'xlsx'.*markdown.*zip") as caught:
        export(clinic_bundle, "xlsx")
    assert isinstance(caught.value, ValueError)


def test_a_calendar_needs_a_roadmap(minimal_bundle) -> None:
    with pytest.raises(MissingArtifactError, match="iCalendar export needs a roadmap"):
        export(minimal_bundle, "ics")


@pytest.mark.parametrize("name", [name for name in FORMATS if name != "ics"])
def test_requirements_alone_are_enough_for_every_other_format(minimal_bundle, name: str) -> None:
    assert export(minimal_bundle, name).content


def test_an_empty_project_still_exports(minimal_bundle) -> None:
    empty = minimal_bundle.model_copy(update={"analysis": AnalysisResult(documents=[], requirements=[])})
    for name in FORMATS:
        if name != "ics":
            assert export(empty, name).content


@pytest.mark.parametrize(
    "path", ["../evil.py", "/etc/passwd", "a/../../b", "dir\\file", "C:/x", "a//b", "", "./a", "a\x00b"]
)
def test_prototype_paths_that_could_escape_an_archive_are_rejected(minimal_bundle, path: str) -> None:
    with pytest.raises(ValidationError, match="unsafe file name"):
        ProjectBundle(**{**minimal_bundle.model_dump(), "prototype_files": {path: b"x"}})


def test_screenshots_must_be_png(samples, minimal_bundle) -> None:
    with pytest.raises(ValidationError, match="not a PNG"):
        ProjectBundle(**{**minimal_bundle.model_dump(), "screenshots": {"phone": b"GIF89a..."}})
    ok = ProjectBundle(**{**minimal_bundle.model_dump(), "screenshots": {"phone": samples.png()}})
    assert "phone" in ok.screenshots


def test_a_naive_generated_at_is_taken_as_utc(minimal_bundle) -> None:
    naive = ProjectBundle(**{**minimal_bundle.model_dump(), "generated_at": dt.datetime(2026, 1, 1, 12, 0)})
    assert naive.generated_at_utc == dt.datetime(2026, 1, 1, 12, 0, tzinfo=dt.UTC)


def test_a_blank_project_name_is_rejected(minimal_bundle) -> None:
    with pytest.raises(ValidationError, match="blank"):
        ProjectBundle(**{**minimal_bundle.model_dump(), "project_name": "   "})


def test_a_project_name_without_latin_letters_still_gets_a_file_name(minimal_bundle) -> None:
    hebrew = minimal_bundle.model_copy(update={"project_name": "פרויקט"})
    assert export(hebrew, "json").filename == "project.json"
    assert issubclass(MissingArtifactError, ExportError)


def test_the_package_exports_resolve_lazily() -> None:
    import autoagi.engine.export as package

    assert sorted(package.__all__) == sorted(package._HOMES)
    for name in package.__all__:
        assert getattr(package, name) is not None
    with pytest.raises(AttributeError):
        package.no_such_name  # noqa: B018
