"""A project on a hosted model: the vendor's wire protocol on loopback, the budget, the fallback."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from support.api import Api
from support.fake_llm import ScriptedVendorServer

NOTES = (
    b"Kickoff notes.\nWe'd love clients to pay the invoice online by card.\nThe dashboard must load in two seconds.\n"
)
ANSWER = {
    "requirements": [
        {
            "quote": "pay the invoice online by card",
            "statement": "Clients shall pay invoices online by card.",
            "priority": "should",
        },
        {
            "quote": "The dashboard must load in two seconds",
            "statement": "The dashboard shall load within 2 s.",
            "kind": "non_functional",
            "category": "performance_efficiency",
            "priority": "must",
        },
        {"quote": "a sentence nobody wrote", "statement": "Invented by the model."},
    ]
}


@pytest.fixture
def vendor() -> Iterator[ScriptedVendorServer]:
    server = ScriptedVendorServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def settings_overrides(vendor: ScriptedVendorServer) -> dict:
    return {
        "llm_provider": "openai",
        "llm_model": "test-model",
        "llm_base_url": vendor.openai_base_url,
        "llm_api_key": "test-key",
        "llm_input_price_per_1k_tokens": 0.01,
        "llm_output_price_per_1k_tokens": 0.03,
        "llm_max_retries": 1,
    }


async def test_requirements_come_from_the_model_grounded_in_the_text(
    live_api: Api, vendor: ScriptedVendorServer
) -> None:
    await live_api.user("owner")
    project = await live_api.project("owner")
    vendor.enqueue(vendor.openai_reply(ANSWER, input_tokens=900, output_tokens=300))
    accepted = await live_api.upload("owner", project["id"], "kickoff.txt", NOTES)
    job = await live_api.finished_job("owner", accepted["job"]["id"])
    assert job["status"] == "succeeded", job
    assert job["result"]["llm"]["provider"] == "openai" and "fallback" not in job["result"]["llm"]
    assert vendor.requests and vendor.requests[0].headers["authorization"] == "Bearer test-key"

    listed = (
        await live_api.client.get(f"/api/v1/projects/{project['id']}/requirements", headers=live_api.auth("owner"))
    ).json()
    statements = {r["statement"] for r in listed["items"]}
    assert statements == {"Clients shall pay invoices online by card.", "The dashboard shall load within 2 s."}
    for requirement in listed["items"]:
        source = requirement["sources"][0]
        assert NOTES.decode()[source["start"] : source["end"]] == source["quote"]

    spent = (await live_api.client.get(f"/api/v1/projects/{project['id']}", headers=live_api.auth("owner"))).json()[
        "llm"
    ]
    assert spent["tokens_spent"] == 1200 and spent["cost_spent_usd"] == pytest.approx(0.009 + 0.009)


async def test_a_spent_budget_falls_back_to_the_offline_engine(live_api: Api, vendor: ScriptedVendorServer) -> None:
    await live_api.user("owner")
    project = await live_api.project("owner")
    limited = await live_api.client.patch(
        f"/api/v1/projects/{project['id']}", json={"llm": {"max_tokens": 10}}, headers=live_api.auth("owner")
    )
    assert limited.status_code == 200 and limited.json()["llm"]["max_tokens"] == 10
    accepted = await live_api.upload("owner", project["id"], "kickoff.txt", NOTES)
    job = await live_api.finished_job("owner", accepted["job"]["id"])
    assert job["status"] == "succeeded"
    assert "budget" in job["result"]["llm"]["fallback"]
    assert vendor.requests == []  # stopped before spending
    assert job["result"]["requirements"] >= 2  # the offline engine answered


async def test_a_failing_server_falls_back_with_the_reason(live_api: Api, vendor: ScriptedVendorServer) -> None:
    await live_api.user("owner")
    project = await live_api.project("owner")
    vendor.enqueue(*[vendor.openai_error(500) for _ in range(10)])
    accepted = await live_api.upload("owner", project["id"], "kickoff.txt", NOTES)
    job = await live_api.finished_job("owner", accepted["job"]["id"])
    assert job["status"] == "succeeded" and "offline engine used" in job["result"]["llm"]["fallback"]


async def test_only_owners_choose_the_model(live_api: Api) -> None:
    await live_api.user("owner")
    await live_api.user("editor")
    project = await live_api.project("owner")
    await live_api.add_member("owner", project["id"], "editor", "editor")
    denied = await live_api.client.patch(
        f"/api/v1/projects/{project['id']}", json={"llm": {"provider": "anthropic"}}, headers=live_api.auth("editor")
    )
    assert denied.status_code == 403
    chosen = await live_api.client.patch(
        f"/api/v1/projects/{project['id']}", json={"llm": {"provider": "offline"}}, headers=live_api.auth("owner")
    )
    assert chosen.json()["llm"]["provider"] == "offline"


async def test_the_model_annotates_and_the_engine_designs(live_api: Api, vendor: ScriptedVendorServer) -> None:
    await live_api.user("owner")
    project = await live_api.project("owner")
    vendor.enqueue(vendor.openai_reply(ANSWER))
    accepted = await live_api.upload("owner", project["id"], "kickoff.txt", NOTES)
    await live_api.finished_job("owner", accepted["job"]["id"])
    keys = [
        r["key"]
        for r in (
            await live_api.client.get(f"/api/v1/projects/{project['id']}/requirements", headers=live_api.auth("owner"))
        ).json()["items"]
    ]
    annotations = {
        "requirements": [
            {
                "id": keys[0],
                "actors": ["client"],
                "entities": ["invoice", "invoice.amount", "invoice.due_date", "payment.card_last4"],
            },
            {"id": "REQ-999", "actors": ["ghost"], "entities": ["phantom"]},  # unknown ids are dropped
        ]
    }
    vendor.enqueue(vendor.openai_reply(annotations))
    job = await live_api.client.post(f"/api/v1/projects/{project['id']}/designs", headers=live_api.auth("owner"))
    done = await live_api.finished_job("owner", job.json()["job"]["id"])
    assert done["status"] == "succeeded" and done["result"]["llm"]["provider"] == "openai", done
    design = (
        await live_api.client.get(f"/api/v1/designs/{done['result']['design_id']}", headers=live_api.auth("owner"))
    ).json()["artifact"]
    entities = {e["name"]: e for e in design["entities"]}
    assert "Invoice" in entities and {"amount", "due_date"} <= {f["name"] for f in entities["Invoice"]["fields"]}
    assert "Phantom" not in entities
    assert all(set(e["requirement_ids"]) <= set(keys) for e in design["entities"])


async def test_a_failing_model_still_gets_a_design(live_api: Api, vendor: ScriptedVendorServer) -> None:
    await live_api.user("owner")
    project = await live_api.project("owner")
    vendor.enqueue(vendor.openai_reply(ANSWER))
    accepted = await live_api.upload("owner", project["id"], "kickoff.txt", NOTES)
    await live_api.finished_job("owner", accepted["job"]["id"])
    vendor.enqueue(*[vendor.openai_reply("this is not json") for _ in range(4)])
    job = await live_api.client.post(f"/api/v1/projects/{project['id']}/designs", headers=live_api.auth("owner"))
    done = await live_api.finished_job("owner", job.json()["job"]["id"])
    assert done["status"] == "succeeded" and "offline engine used" in done["result"]["llm"]["fallback"]
