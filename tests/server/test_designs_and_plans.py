"""From requirements to a design, an estimate, a roadmap and an ROI, through HTTP."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.api import Api

NOTES = (Path(__file__).resolve().parents[2] / "examples" / "meeting-notes.md").read_bytes()
ROI = {
    "horizon_months": 36,
    "discount_rate": 0.08,
    "costs": [{"name": "hosting", "amount": 400, "month": 1, "recurring": "monthly"}],
    "benefits": [
        {
            "name": "front-desk time saved",
            "amount": 6000,
            "month": 4,
            "recurring": "monthly",
            "ramp_months": 3,
            "probability": 0.9,
        }
    ],
}


@pytest.fixture
async def designed(live_api: Api) -> dict:
    await live_api.user("owner")
    project = await live_api.project("owner")
    accepted = await live_api.upload("owner", project["id"], "meeting-notes.md", NOTES)
    assert (await live_api.finished_job("owner", accepted["job"]["id"]))["status"] == "succeeded"
    job = await live_api.client.post(f"/api/v1/projects/{project['id']}/designs", headers=live_api.auth("owner"))
    assert job.status_code == 202
    done = await live_api.finished_job("owner", job.json()["job"]["id"])
    assert done["status"] == "succeeded", done
    return {"project": project, "design_id": done["result"]["design_id"]}


async def test_design_versions_trace_to_requirements(live_api: Api, designed: dict) -> None:
    project_id, headers = designed["project"]["id"], live_api.auth("owner")
    design = (await live_api.client.get(f"/api/v1/designs/{designed['design_id']}", headers=headers)).json()
    assert design["version"] == 1
    artifact = design["artifact"]
    assert artifact["entities"] and artifact["endpoints"] and artifact["diagrams"]
    keys = {
        r["key"]
        for r in (
            await live_api.client.get(
                f"/api/v1/projects/{project_id}/requirements", params={"size": 100}, headers=headers
            )
        ).json()["items"]
    }
    for endpoint in artifact["endpoints"]:
        assert set(endpoint["requirement_ids"]) <= keys
    markdown = await live_api.client.get(f"/api/v1/designs/{designed['design_id']}/markdown", headers=headers)
    assert "```mermaid" in markdown.text
    listed = (await live_api.client.get(f"/api/v1/projects/{project_id}/designs", headers=headers)).json()
    assert listed["total"] == 1 and listed["items"][0]["inputs"]["requirement_ids"]


async def test_estimate_roadmap_edit_and_roi(live_api: Api, designed: dict) -> None:
    base, headers = f"/api/v1/projects/{designed['project']['id']}", live_api.auth("owner")
    estimate = await live_api.client.post(
        f"{base}/estimate", json={"options": {"team_size": 3, "seed": 7}}, headers=headers
    )
    assert estimate.status_code == 201, estimate.text
    figures = estimate.json()["artifact"]
    assert figures["schema_version"] == "autoagi/1" and figures["inputs"]["seed"] == 7

    roadmap = await live_api.client.post(
        f"{base}/roadmap",
        json={"options": {"start_date": "2027-01-04", "team_size": 2, "holidays": ["2027-01-06"]}},
        headers=headers,
    )
    assert roadmap.status_code == 201, roadmap.text
    plan = roadmap.json()["artifact"]
    assert plan["tasks"] and plan["milestones"] and plan["gantt"].startswith("gantt")
    first = plan["tasks"][0]
    edited = await live_api.client.post(
        f"{base}/roadmap/edits", json={"edits": [{"task_id": first["id"], "duration_days": 15}]}, headers=headers
    )
    assert edited.status_code == 201 and edited.json()["version"] == 2
    longer = {t["id"]: t for t in edited.json()["artifact"]["tasks"]}[first["id"]]
    assert longer["duration_days"] == 15
    assert (await live_api.client.get(f"{base}/roadmap", headers=headers)).json()["version"] == 2

    roi = await live_api.client.post(f"{base}/roi", json={**ROI, "investment_from_estimate": "p50"}, headers=headers)
    assert roi.status_code == 201, roi.text
    result = roi.json()["artifact"]
    assert result["total_costs"] > 400 * 35  # the estimate's cost flowed in as the investment
    assert {"npv", "irr", "payback_months", "sensitivity"} <= set(result)
    assert (await live_api.client.get(f"{base}/roi", headers=headers)).json()["id"] == roi.json()["id"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({**ROI, "costs": [{"name": "x", "amount": -5}]}, "costs.0.amount"),
        ({**ROI, "horizon_months": 0}, "horizon_months"),
        ({**ROI, "horizon_months": 12_000}, "horizon_months"),
        ({**ROI, "discount_rate": "NaN"}, "discount_rate"),
        ({**ROI, "benefits": [{"name": "b", "amount": 5, "probability": 2}]}, "benefits.0.probability"),
    ],
)
async def test_bad_roi_inputs_are_422_naming_the_field(live_api: Api, designed: dict, body: dict, field: str) -> None:
    response = await live_api.client.post(
        f"/api/v1/projects/{designed['project']['id']}/roi", json=body, headers=live_api.auth("owner")
    )
    assert response.status_code == 422
    assert field in {".".join(d["loc"][1:]) for d in response.json()["error"]["details"]}


async def test_roadmap_errors_name_what_is_wrong(live_api: Api, designed: dict) -> None:
    base, headers = f"/api/v1/projects/{designed['project']['id']}", live_api.auth("owner")
    assert (
        await live_api.client.post(f"{base}/roadmap/edits", json={"edits": [{"task_id": "x"}]}, headers=headers)
    ).status_code == 404
    await live_api.client.post(f"{base}/roadmap", json={"options": {"start_date": "2027-01-04"}}, headers=headers)
    unknown = await live_api.client.post(
        f"{base}/roadmap/edits", json={"edits": [{"task_id": "no-such-task", "duration_days": 3}]}, headers=headers
    )
    assert unknown.status_code == 422 and "no-such-task" in unknown.json()["error"]["message"]
    # A dependency cycle between requirements is named.
    requirements = (await live_api.client.get(f"{base}/requirements", params={"size": 2}, headers=headers)).json()[
        "items"
    ]
    a, b = requirements
    await live_api.client.patch(f"/api/v1/requirements/{a['id']}", json={"depends_on": [b["key"]]}, headers=headers)
    await live_api.client.patch(f"/api/v1/requirements/{b['id']}", json={"depends_on": [a["key"]]}, headers=headers)
    cycle = await live_api.client.post(
        f"{base}/roadmap", json={"options": {"start_date": "2027-01-04"}}, headers=headers
    )
    assert cycle.status_code == 422
    assert a["key"] in cycle.json()["error"]["message"] and b["key"] in cycle.json()["error"]["message"]
    missing_date = await live_api.client.post(f"{base}/roadmap", json={"options": {}}, headers=headers)
    assert missing_date.status_code == 422


async def test_planning_needs_a_design_first(live_api: Api) -> None:
    await live_api.user("owner")
    project = await live_api.project("owner")
    response = await live_api.client.post(f"/api/v1/projects/{project['id']}/estimate", headers=live_api.auth("owner"))
    assert response.status_code == 409 and "design" in response.json()["error"]["message"]
    assert (
        await live_api.client.get(f"/api/v1/projects/{project['id']}/estimate", headers=live_api.auth("owner"))
    ).status_code == 404
    empty = await live_api.client.post(f"/api/v1/projects/{project['id']}/designs", headers=live_api.auth("owner"))
    job = await live_api.finished_job("owner", empty.json()["job"]["id"])
    assert job["status"] == "failed" and "no requirements" in job["error"]


async def test_design_and_plan_endpoints_respect_roles(live_api: Api, designed: dict) -> None:
    project_id = designed["project"]["id"]
    await live_api.user("viewer")
    await live_api.user("outsider")
    await live_api.add_member("owner", project_id, "viewer", "viewer")
    await live_api.client.post(f"/api/v1/projects/{project_id}/estimate", headers=live_api.auth("owner"))
    reads = [
        f"/api/v1/designs/{designed['design_id']}",
        f"/api/v1/designs/{designed['design_id']}/markdown",
        f"/api/v1/projects/{project_id}/designs",
        f"/api/v1/projects/{project_id}/estimate",
    ]
    for path in reads:
        assert (await live_api.client.get(path)).status_code == 401
        assert (await live_api.client.get(path, headers=live_api.auth("outsider"))).status_code == 404
        assert (await live_api.client.get(path, headers=live_api.auth("viewer"))).status_code == 200
    writes = [
        ("designs", None),
        ("estimate", None),
        ("roadmap", {"options": {"start_date": "2027-01-04"}}),
        ("roi", ROI),
    ]
    for path, body in writes:
        url = f"/api/v1/projects/{project_id}/{path}"
        assert (await live_api.client.post(url, json=body)).status_code == 401
        assert (await live_api.client.post(url, json=body, headers=live_api.auth("outsider"))).status_code == 404
        assert (await live_api.client.post(url, json=body, headers=live_api.auth("viewer"))).status_code == 403
