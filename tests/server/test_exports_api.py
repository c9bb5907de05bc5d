"""Exports run as jobs and hand out download links that expire."""

from __future__ import annotations

import csv
import io
import uuid
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from docx import Document as DocxDocument
from pypdf import PdfReader

from autoagi.server.models import ExportRecord
from support.api import Api

NOTES = (Path(__file__).resolve().parents[2] / "examples" / "meeting-notes.md").read_bytes()


@pytest.fixture
async def project(live_api: Api) -> dict:
    await live_api.user("owner")
    project = await live_api.project("owner")
    accepted = await live_api.upload("owner", project["id"], "meeting-notes.md", NOTES)
    await live_api.finished_job("owner", accepted["job"]["id"])
    return project


async def export(api: Api, project: dict, format_name: str) -> dict:
    response = await api.client.post(
        f"/api/v1/projects/{project['id']}/exports", json={"format": format_name}, headers=api.auth("owner")
    )
    assert response.status_code == 202, response.text
    assert response.json()["export"]["status"] == "pending" and response.json()["export"]["download_url"] is None
    job = await api.finished_job("owner", response.json()["job"]["id"])
    assert job["status"] == "succeeded", job
    return (
        await api.client.get(f"/api/v1/exports/{response.json()['export']['id']}", headers=api.auth("owner"))
    ).json()


async def download(api: Api, ready: dict) -> bytes:
    assert ready["status"] == "ready" and ready["download_url"]
    response = await api.client.get(ready["download_url"])  # no session needed: the link is the credential
    assert response.status_code == 200 and response.headers["content-disposition"].startswith("attachment")
    return response.content


async def test_each_format_downloads_and_opens(live_api: Api, project: dict) -> None:
    pdf = await download(live_api, await export(live_api, project, "pdf"))
    assert "REQ-001" in "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    docx = DocxDocument(io.BytesIO(await download(live_api, await export(live_api, project, "docx"))))
    assert any("REQ-001" in p.text for p in docx.paragraphs) or docx.tables
    rows = list(
        csv.DictReader(
            io.StringIO((await download(live_api, await export(live_api, project, "jira-csv"))).decode("utf-8-sig"))
        )
    )
    assert rows and "Summary" in rows[0]
    markdown = (await download(live_api, await export(live_api, project, "md"))).decode()
    assert "REQ-001" in markdown
    reqif = await download(live_api, await export(live_api, project, "reqif"))
    assert b"REQ-IF" in reqif
    archive = zipfile.ZipFile(io.BytesIO(await download(live_api, await export(live_api, project, "zip"))))
    assert any(name.endswith(".pdf") for name in archive.namelist())


async def test_formats_needing_missing_artifacts_fail_with_a_reason(live_api: Api, project: dict) -> None:
    response = await live_api.client.post(
        f"/api/v1/projects/{project['id']}/exports", json={"format": "ics"}, headers=live_api.auth("owner")
    )
    job = await live_api.finished_job("owner", response.json()["job"]["id"])
    assert job["status"] == "failed" and "roadmap" in job["error"].lower()
    record = (
        await live_api.client.get(f"/api/v1/exports/{response.json()['export']['id']}", headers=live_api.auth("owner"))
    ).json()
    assert record["status"] == "failed" and record["download_url"] is None


async def test_links_expire_and_cannot_be_forged(live_api: Api, project: dict) -> None:
    ready = await export(live_api, project, "md")
    url = ready["download_url"]
    forged = url.rsplit("token=", 1)[0] + "token=" + "x" * 40
    assert (await live_api.client.get(forged)).status_code == 404
    other = await export(live_api, project, "json")
    swapped = other["download_url"].split("?")[0] + "?" + url.split("?")[1]  # a token for another export
    assert (await live_api.client.get(swapped)).status_code == 404
    async with live_api.context.sessions() as session, session.begin():
        record = await session.get(ExportRecord, uuid.UUID(ready["id"]))
        record.expires_at = datetime.now(UTC) - timedelta(seconds=1)
    assert (await live_api.client.get(url)).status_code == 410
    again = (await live_api.client.get(f"/api/v1/exports/{ready['id']}", headers=live_api.auth("owner"))).json()
    assert again["download_url"] is None


async def test_export_access_follows_project_roles(live_api: Api, project: dict) -> None:
    await live_api.user("viewer")
    await live_api.user("outsider")
    await live_api.add_member("owner", project["id"], "viewer", "viewer")
    ready = await export(live_api, project, "md")
    path = f"/api/v1/exports/{ready['id']}"
    assert (await live_api.client.get(path)).status_code == 401
    assert (await live_api.client.get(path, headers=live_api.auth("outsider"))).status_code == 404
    assert (await live_api.client.get(path, headers=live_api.auth("viewer"))).status_code == 200
    create = f"/api/v1/projects/{project['id']}/exports"
    assert (await live_api.client.post(create, json={"format": "md"})).status_code == 401
    assert (
        await live_api.client.post(create, json={"format": "md"}, headers=live_api.auth("outsider"))
    ).status_code == 404
    assert (
        await live_api.client.post(create, json={"format": "md"}, headers=live_api.auth("viewer"))
    ).status_code == 403
    bad = await live_api.client.post(create, json={"format": "exe"}, headers=live_api.auth("owner"))
    assert bad.status_code == 422


async def test_json_schemas_are_published(live_api: Api) -> None:
    index = (await live_api.client.get("/api/v1/schemas/")).json()
    assert "Requirement" in index
    schema = await live_api.client.get(index["Requirement"])
    assert schema.status_code == 200 and schema.json()["properties"]["id"]
    assert (await live_api.client.get("/api/v1/schemas/Nope")).status_code == 404
