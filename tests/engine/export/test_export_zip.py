"""The zip of everything: opens, holds every format and file, same bytes every time, no traversal."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import docx
import pytest
from pypdf import PdfReader

from autoagi.engine.export.deterministic_zip import build_zip, zip_time
from autoagi.engine.export.zip_export import render_zip


@pytest.fixture(scope="module")
def archive_bytes(clinic_bundle) -> bytes:
    return render_zip(clinic_bundle)


@pytest.fixture(scope="module")
def archive(archive_bytes) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(archive_bytes))


def test_holds_every_format_screenshots_and_prototype_files(archive: zipfile.ZipFile) -> None:
    assert archive.testzip() is None
    assert archive.namelist() == sorted(archive.namelist())
    assert set(archive.namelist()) == {
        "README.txt",
        "jira.csv",
        "project.json",
        "report.docx",
        "report.md",
        "report.pdf",
        "requirements.reqif",
        "roadmap.ics",
        "screenshots/desktop.png",
        "screenshots/phone.png",
        "prototype/README.md",
        "prototype/app/main.py",
    }
    assert archive.read("prototype/app/main.py") == b"print('hello')\n"


def test_members_open_in_their_readers(archive: zipfile.ZipFile) -> None:
    assert len(PdfReader(io.BytesIO(archive.read("report.pdf"))).pages) > 5
    assert docx.Document(io.BytesIO(archive.read("report.docx"))).paragraphs
    assert archive.read("roadmap.ics").startswith(b"BEGIN:VCALENDAR")


def test_stamps_and_modes_are_fixed(archive: zipfile.ZipFile) -> None:
    for info in archive.infolist():
        assert info.date_time == (2026, 3, 2, 9, 30, 0)
        assert info.create_system == 3 and info.external_attr >> 16 == 0o100644
        assert info.compress_type == zipfile.ZIP_DEFLATED


def test_same_bundle_same_bytes(clinic_bundle, archive_bytes: bytes) -> None:
    assert render_zip(clinic_bundle) == archive_bytes


def test_missing_artifacts_are_left_out_and_explained(minimal_bundle) -> None:
    with zipfile.ZipFile(io.BytesIO(render_zip(minimal_bundle))) as archive:
        assert "roadmap.ics" not in archive.namelist()
        assert "roadmap.ics left out: the iCalendar export needs a roadmap" in archive.read("README.txt").decode()


def test_screenshot_names_are_made_safe(clinic_bundle, samples) -> None:
    odd = clinic_bundle.model_copy(
        update={"screenshots": {"../../etc/passwd": samples.png(), "../ETC passwd": samples.png()}}
    )
    with zipfile.ZipFile(io.BytesIO(render_zip(odd))) as archive:
        shots = sorted(name for name in archive.namelist() if name.startswith("screenshots/"))
    assert shots == ["screenshots/etc-passwd-2.png", "screenshots/etc-passwd.png"]


@pytest.mark.parametrize("name", ["../x", "/abs", "a/../b", "a\\b", "C:/x", ""])
def test_the_zip_writer_refuses_unsafe_names(name: str) -> None:
    with pytest.raises(ValueError, match="unsafe file name"):
        build_zip([(name, b"x")], dt.datetime(2026, 1, 1, tzinfo=dt.UTC))


def test_duplicate_names_are_refused() -> None:
    with pytest.raises(ValueError, match="duplicate"):
        build_zip([("a", b"1"), ("a", b"2")], dt.datetime(2026, 1, 1, tzinfo=dt.UTC))


def test_zip_time_stays_within_what_a_zip_can_hold() -> None:
    assert zip_time(dt.datetime(1970, 1, 1, tzinfo=dt.UTC)) == (1980, 1, 1, 0, 0, 0)
    assert zip_time(dt.datetime(2200, 1, 1, tzinfo=dt.UTC)) == (2107, 12, 31, 23, 59, 58)
    assert zip_time(dt.datetime(2026, 3, 2, 10, 30, 1, tzinfo=dt.timezone(dt.timedelta(hours=1)))) == (
        2026,
        3,
        2,
        9,
        30,
        0,
    )
