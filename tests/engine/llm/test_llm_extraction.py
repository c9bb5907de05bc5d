"""extract_requirements through model providers: the engine checks and completes the answer."""

from __future__ import annotations

import hashlib

import pytest

from autoagi.engine.artifacts import Document
from autoagi.engine.llm import (
    UNGROUNDED_RULE,
    Budget,
    BudgetExceeded,
    BudgetLimits,
    InMemoryResponseCache,
    extract_requirements,
)

NOTES = (
    "Meeting with Acme, 3 March.\n\n"
    "Anna: We'd like customers to pay by card at checkout.\n"
    "Ben: The dashboard must load in under 2 seconds.\n"
    "Anna: Exports to   Excel would be nice to have.\n"
)


def make_document(document_id: str, name: str, text: str) -> Document:
    return Document(
        id=document_id,
        name=name,
        media_type="text/markdown",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        text=text,
    )


CARD = {
    "quote": "customers to pay by card at checkout",
    "title": "Card payment at checkout",
    "statement": "The system shall let customers pay by card at checkout.",
    "kind": "functional",
    "category": "security",
    "priority": "should",
    "priority_cue": "We'd like",
    "actors": ["customer", " Customer "],
    "entities": ["Card", "Checkout", "card"],
    "confidence": 0.9,
}
DASHBOARD = {
    "quote": "The dashboard must load in under 2 seconds.",
    "title": "Fast dashboard",
    "statement": "The dashboard shall load in under 2 seconds.",
    "rationale": "  Managers check it   between meetings. ",
    "kind": "non_functional",
    "category": "performance_efficiency",
    "priority": "must",
    "priority_cue": "must",
    "acceptance_criteria": [
        {"given": "a signed-in user", "when": "they open the dashboard", "then": "it loads within 2 s"}
    ],
    "an_invented_field": "ignored, not worth a repair round",
}
EXPORT_WITH_RESPACED_QUOTE = {"quote": "exports to excel would be nice to have.", "priority": "could"}
INVENTED = {"quote": "The system shall send SMS reminders.", "title": "SMS reminders"}


def test_requirements_are_grounded_numbered_in_source_order_and_completed(vendor, make_openai_provider):
    document = make_document("doc-notes", "meeting-notes.md", NOTES)
    answer = {"requirements": [EXPORT_WITH_RESPACED_QUOTE, INVENTED, DASHBOARD, CARD, CARD]}
    vendor.enqueue(vendor.openai_reply(answer))

    result = extract_requirements([document], make_openai_provider())

    assert [requirement.id for requirement in result.requirements] == ["REQ-001", "REQ-002", "REQ-003"]
    card, dashboard, export = result.requirements
    for requirement in result.requirements:
        [source] = requirement.sources
        assert source.document_id == "doc-notes"
        assert source.quote == NOTES[source.start : source.end]
    assert card.sources[0].quote == CARD["quote"]
    assert export.sources[0].quote == "Exports to   Excel would be nice to have."  # the source's spacing

    # Completed by the engine.
    assert card.category == "functional_suitability"  # a functional requirement's only home
    assert card.actors == ["customer"] and card.entities == ["card", "checkout"]
    assert export.statement == "Exports to Excel would be nice to have."
    assert export.title == "Exports to Excel would be nice to have"
    assert (export.kind, export.priority, export.confidence) == ("functional", "could", 0.8)
    assert dashboard.acceptance_criteria[0].then == "it loads within 2 s"
    assert dashboard.rationale == "Managers check it between meetings." and card.rationale is None

    [finding] = result.findings
    assert finding.rule == UNGROUNDED_RULE and finding.severity == "warning"
    assert "meeting-notes.md" in finding.message and "SMS reminders" in finding.message
    assert result.documents == [document]

    prompt = vendor.requests[0].body["messages"][1]["content"]
    assert 'Document "meeting-notes.md"' in prompt and NOTES in prompt


def test_a_rerun_with_the_cache_is_free_and_byte_identical(vendor, make_openai_provider):
    document = make_document("doc-notes", "meeting-notes.md", NOTES)
    vendor.enqueue(vendor.openai_reply({"requirements": [CARD, DASHBOARD]}))
    provider = make_openai_provider(cache=InMemoryResponseCache())

    first = extract_requirements([document], provider)
    second = extract_requirements([document], provider)

    assert second.model_dump_json() == first.model_dump_json()
    assert len(vendor.requests) == 1


def test_long_documents_are_sent_in_chunks_and_quotes_found_in_the_chunk_the_model_saw(vendor, make_openai_provider):
    repeated = "The invoice must show the VAT number."
    long_text = (
        "Billing.\n\n" + repeated + "\n\n" + "Background filler sentence. " * 20 + "\n\nAgain: " + repeated + "\n"
    )
    short = make_document("doc-a", "a.md", NOTES)
    long = make_document("doc-b", "b.md", long_text)
    second_occurrence = long_text.rindex(repeated)
    vendor.enqueue(
        vendor.openai_reply({"requirements": [DASHBOARD]}),
        vendor.openai_reply({"requirements": [{"quote": repeated, "statement": "Show VAT (billing)."}]}),
        vendor.openai_reply({"requirements": [{"quote": repeated, "statement": "Show VAT (again)."}]}),
    )
    progress: list[tuple[float, str]] = []

    result = extract_requirements(
        [short, long],
        make_openai_provider(),
        max_chunk_chars=400,
        progress=lambda fraction, message: progress.append((fraction, message)),
    )

    prompts = [request.body["messages"][1]["content"] for request in vendor.requests]
    assert len(prompts) == 3 and "part 1 of 2" in prompts[1] and "part 2 of 2" in prompts[2]
    assert [(r.id, r.sources[0].document_id) for r in result.requirements] == [
        ("REQ-001", "doc-a"),
        ("REQ-002", "doc-b"),
        ("REQ-003", "doc-b"),
    ]
    assert result.requirements[2].sources[0].start == second_occurrence
    assert [round(fraction, 2) for fraction, _ in progress] == [0.33, 0.67, 1.0]
    assert progress[-1][1] == "b.md: part 2 of 2 analysed"


def test_the_same_requirement_quoted_twice_is_merged_keeping_both_sources(vendor, make_openai_provider):
    text = "Users must reset their password by e-mail.\nAgain: users must reset their password by e-mail.\n"
    statement = "The system shall let users reset their password by e-mail."
    vendor.enqueue(
        vendor.openai_reply(
            {
                "requirements": [
                    {"quote": "users must reset their password by e-mail.", "statement": statement},
                    {"quote": "Users must reset their password by e-mail.", "statement": statement},
                ]
            }
        )
    )

    [requirement] = extract_requirements([make_document("d", "d.md", text)], make_openai_provider()).requirements

    assert [source.start for source in requirement.sources] == [0, text.rindex("users must")]


def test_extraction_works_the_same_through_the_anthropic_provider(vendor, make_anthropic_provider):
    vendor.enqueue(vendor.anthropic_reply({"requirements": [DASHBOARD, INVENTED]}))

    result = extract_requirements([make_document("doc-notes", "n.md", NOTES)], make_anthropic_provider())

    assert [r.title for r in result.requirements] == ["Fast dashboard"]
    assert [f.rule for f in result.findings] == [UNGROUNDED_RULE]
    assert vendor.requests[0].path == "/v1/messages"


def test_running_out_of_budget_stops_cleanly_and_the_rerun_pays_only_for_the_rest(vendor, make_openai_provider):
    documents = [make_document("a", "a.md", NOTES), make_document("b", "b.md", "Admins must approve refunds.\n")]
    cache = InMemoryResponseCache()
    budget = Budget(limits=BudgetLimits(max_tokens=3000))  # each call needs ~2.6k at worst
    vendor.enqueue(vendor.openai_reply({"requirements": [CARD]}, input_tokens=1500, output_tokens=100))

    with pytest.raises(BudgetExceeded):
        extract_requirements(documents, make_openai_provider(budget=budget, cache=cache))
    assert len(vendor.requests) == 1

    budget.limits = BudgetLimits(max_tokens=10_000)  # the owner raises the budget
    vendor.enqueue(vendor.openai_reply({"requirements": [{"quote": "Admins must approve refunds."}]}))
    result = extract_requirements(documents, make_openai_provider(budget=budget, cache=cache))

    assert len(vendor.requests) == 2
    assert [r.statement for r in result.requirements] == [CARD["statement"], "Admins must approve refunds."]


def test_blank_documents_cost_no_call(vendor, make_openai_provider):
    result = extract_requirements([make_document("e", "empty.txt", "  \n\n ")], make_openai_provider())

    assert result.requirements == [] and result.findings == [] and vendor.requests == []
