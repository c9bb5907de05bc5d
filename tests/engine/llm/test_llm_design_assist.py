"""The model annotates requirements with actors and entities; the engine keeps only what is safe."""

from __future__ import annotations

import json

from autoagi.engine.artifacts import Requirement
from autoagi.engine.llm import annotate_requirements

REQUIREMENTS = [
    Requirement(id="REQ-001", title="Pay", statement="Clients shall pay invoices by card.", entities=["invoice"]),
    Requirement(id="REQ-002", title="Remind", statement="The system shall send reminders.", actors=["system admin"]),
]


def test_annotations_are_added_and_cleaned(vendor, make_openai_provider) -> None:
    vendor.enqueue(
        vendor.openai_reply(
            {
                "requirements": [
                    {
                        "id": "REQ-001",
                        "actors": ["Client", "client"],
                        "entities": ["invoice", "Invoice.Amount", "<script>x</script>"],
                    },
                    {"id": "REQ-404", "actors": ["ghost"], "entities": ["phantom"]},
                ]
            }
        )
    )
    annotated = annotate_requirements(REQUIREMENTS, make_openai_provider())
    first, second = annotated
    assert first.actors == ["client"]
    assert first.entities == ["invoice", "invoice.amount"]  # kept the engine's, added the model's, dropped markup
    assert second == REQUIREMENTS[1]  # no annotation for it: unchanged
    sent = json.loads(vendor.requests[0].body["messages"][-1]["content"].split("Requirements:\n", 1)[1])
    assert [item["id"] for item in sent] == ["REQ-001", "REQ-002"]
