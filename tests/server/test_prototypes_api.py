"""Prototype versions through HTTP: generate + validate, files, archive, diff, live preview, screenshots."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest

from support.api import Api

NOTES = (Path(__file__).resolve().parents[2] / "examples" / "meeting-notes.md").read_bytes()


@pytest.fixture
def database_url(sqlite_database_url: str) -> str:
    """The prototype pipeline is engine work: one database is enough here (both are covered elsewhere)."""
    return sqlite_database_url


@pytest.fixture
async def built(live_api: Api) -> dict:
    await live_api.user("owner")
    project = await live_api.project("owner")
    accepted = await live_api.upload("owner", project["id"], "meeting-notes.md", NOTES)
    await live_api.finished_job("owner", accepted["job"]["id"])
    job = await live_api.client.post(f"/api/v1/projects/{project['id']}/prototypes", headers=live_api.auth("owner"))
    assert job.status_code == 202
    done = await live_api.finished_job("owner", job.json()["job"]["id"])
    assert done["status"] == "succeeded", done
    return {"project": project, "result": done["result"]}


async def test_generated_prototype_passes_its_tests(live_api: Api, built: dict) -> None:
    result, headers = built["result"], live_api.auth("owner")
    assert result["tests_passed"] > 0 and result["tests_failed"] == 0
    record = (await live_api.client.get(f"/api/v1/prototypes/{result['prototype_id']}", headers=headers)).json()
    artifact = record["artifact"]
    assert artifact["validation"]["failed"] == 0 and artifact["files"]
    # the design was derived on the way and kept as a version
    designs = (await live_api.client.get(f"/api/v1/projects/{built['project']['id']}/designs", headers=headers)).json()
    assert designs["total"] == 1

    readme = await live_api.client.get(f"/api/v1/prototypes/{result['prototype_id']}/files/README.md", headers=headers)
    assert readme.status_code == 200 and readme.headers["content-type"].startswith("text/plain")
    assert (
        await live_api.client.get(f"/api/v1/prototypes/{result['prototype_id']}/files/nope.txt", headers=headers)
    ).status_code == 404
    archive = await live_api.client.get(f"/api/v1/prototypes/{result['prototype_id']}/archive", headers=headers)
    names = zipfile.ZipFile(io.BytesIO(archive.content)).namelist()
    assert sorted(names) == sorted(f["path"] for f in artifact["files"])


async def test_regeneration_changes_only_affected_files(live_api: Api, built: dict) -> None:
    project_id, headers = built["project"]["id"], live_api.auth("owner")
    again = await live_api.client.post(f"/api/v1/projects/{project_id}/prototypes", headers=headers)
    second = (await live_api.finished_job("owner", again.json()["job"]["id"]))["result"]
    unchanged = (await live_api.client.get(f"/api/v1/prototypes/{second['prototype_id']}/diff", headers=headers)).json()
    assert unchanged["against_version"] == 1 and unchanged["changed"] == [] and unchanged["added"] == []

    requirements = (
        await live_api.client.get(f"/api/v1/projects/{project_id}/requirements", params={"size": 100}, headers=headers)
    ).json()["items"]
    target = next(r for r in requirements if r["kind"] == "functional")
    await live_api.client.patch(
        f"/api/v1/requirements/{target['id']}", json={"title": "Book a visit online, any hour"}, headers=headers
    )
    third_job = await live_api.client.post(f"/api/v1/projects/{project_id}/designs", headers=headers)
    await live_api.finished_job("owner", third_job.json()["job"]["id"])
    regenerated = await live_api.client.post(f"/api/v1/projects/{project_id}/prototypes", headers=headers)
    third = (await live_api.finished_job("owner", regenerated.json()["job"]["id"]))["result"]
    assert second["validation_mode"]["mode"] == "unchanged"  # nothing to re-run: results carried over
    assert third["validation_mode"]["mode"] in ("incremental", "full")
    assert third["tests_failed"] == 0
    diff = (await live_api.client.get(f"/api/v1/prototypes/{third['prototype_id']}/diff", headers=headers)).json()
    assert diff["against_version"] == 2
    assert diff["unchanged"] > len(diff["changed"])  # most files stay as they were


async def test_live_preview_serves_the_app_in_a_sandbox(live_api: Api, built: dict) -> None:
    prototype_id, headers = built["result"]["prototype_id"], live_api.auth("owner")
    link = await live_api.client.post(f"/api/v1/prototypes/{prototype_id}/preview", headers=headers)
    assert link.status_code == 200, link.text
    url = link.json()["url"]
    page = await live_api.client.get(url)  # the link itself is the credential
    assert page.status_code == 200 and "<html" in page.text.lower()
    assert "sandbox" in page.headers["content-security-policy"]
    assert "set-cookie" not in page.headers
    health = await live_api.client.get(url + "healthz")
    assert health.status_code == 200
    forged = url.replace("/preview/", "/preview/x").rstrip("/") + "/"
    assert (await live_api.client.get(forged)).status_code == 404
    assert live_api.context.previews.is_running(prototype_id)
    assert await live_api.context.previews.stop_idle() == 0
    live_api.context.previews.idle_timeout_s = 0
    assert await live_api.context.previews.stop_idle() == 1
    assert (await live_api.client.get(url + "healthz")).status_code == 200  # started again on demand


@pytest.mark.skipif(
    shutil.which("chromium") is None and not __import__("os").environ.get("CI"), reason="chromium not installed"
)
async def test_device_screenshots(live_api: Api, built: dict) -> None:
    prototype_id, headers = built["result"]["prototype_id"], live_api.auth("owner")
    job = await live_api.client.post(f"/api/v1/prototypes/{prototype_id}/screenshots", headers=headers)
    assert job.status_code == 202
    done = await live_api.finished_job("owner", job.json()["job"]["id"])
    assert done["status"] == "succeeded", done
    assert set(done["result"]["screenshots"]) >= {"phone", "tablet", "laptop", "desktop"}
    png = await live_api.client.get(f"/api/v1/prototypes/{prototype_id}/screenshots/phone.png", headers=headers)
    assert png.content.startswith(b"\x89PNG")


async def test_prototype_endpoints_respect_roles(live_api: Api, built: dict) -> None:
    project_id, prototype_id = built["project"]["id"], built["result"]["prototype_id"]
    await live_api.user("viewer")
    await live_api.user("outsider")
    await live_api.add_member("owner", project_id, "viewer", "viewer")
    reads = [
        f"/api/v1/prototypes/{prototype_id}",
        f"/api/v1/prototypes/{prototype_id}/archive",
        f"/api/v1/prototypes/{prototype_id}/diff",
        f"/api/v1/prototypes/{prototype_id}/files/README.md",
        f"/api/v1/projects/{project_id}/prototypes",
    ]
    for path in reads:
        assert (await live_api.client.get(path)).status_code == 401
        assert (await live_api.client.get(path, headers=live_api.auth("outsider"))).status_code == 404
        assert (await live_api.client.get(path, headers=live_api.auth("viewer"))).status_code == 200
    for path in (f"/api/v1/projects/{project_id}/prototypes", f"/api/v1/prototypes/{prototype_id}/screenshots"):
        assert (await live_api.client.post(path, headers=live_api.auth("outsider"))).status_code == 404
        assert (await live_api.client.post(path, headers=live_api.auth("viewer"))).status_code == 403
    assert (
        await live_api.client.post(f"/api/v1/prototypes/{prototype_id}/preview", headers=live_api.auth("outsider"))
    ).status_code == 404
