"""The per-project budget: checked before each call, charged after it, persisted as JSON."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from autoagi.engine.llm import (
    Budget,
    BudgetExceeded,
    BudgetLimits,
    LLMConfig,
    LLMTask,
    Usage,
    create_provider,
)


class Answer(BaseModel):
    text: str


def answer_task(user: str = "Say something.") -> LLMTask[Answer]:
    return LLMTask(system="Be brief.", user=user, output_model=Answer, name="answer", max_output_tokens=100)


def test_budget_refuses_a_call_that_could_exceed_the_token_limit():
    budget = Budget(limits=BudgetLimits(max_tokens=1000), spent=Usage(input_tokens=800, output_tokens=100))

    budget.ensure_affordable(tokens=100, cost_usd=0)
    with pytest.raises(BudgetExceeded) as raised:
        budget.ensure_affordable(tokens=101, cost_usd=0)

    assert (raised.value.limit, raised.value.needed, raised.value.remaining) == ("tokens", 101, 100)
    assert "only 100 of 1000 remain" in str(raised.value)


def test_budget_refuses_a_call_that_could_exceed_the_cost_limit():
    budget = Budget(limits=BudgetLimits(max_cost_usd=1.0), spent=Usage(cost_usd=0.9))

    with pytest.raises(BudgetExceeded) as raised:
        budget.ensure_affordable(tokens=10, cost_usd=0.2)

    assert raised.value.limit == "cost_usd"


def test_budget_round_trips_through_json_with_its_counters():
    budget = Budget(limits=BudgetLimits(max_tokens=5000, max_cost_usd=2.5))
    budget.record(Usage(input_tokens=120, output_tokens=30, cost_usd=0.0021))

    restored = Budget.model_validate_json(budget.model_dump_json())

    assert restored == budget
    assert restored.calls == 1 and restored.spent.total_tokens == 150
    assert restored.remaining_tokens == 4850


def test_provider_stops_before_the_first_call_when_the_budget_cannot_cover_it(vendor, make_openai_provider):
    budget = Budget(limits=BudgetLimits(max_tokens=150))  # 100 output tokens + the prompt do not fit

    with pytest.raises(BudgetExceeded):
        make_openai_provider(budget=budget).complete(answer_task())

    assert vendor.requests == []
    assert budget.calls == 0 and budget.spent == Usage()


def test_provider_records_actual_usage_then_stops_when_spent(vendor, make_openai_provider):
    vendor.enqueue(vendor.openai_reply({"text": "hi"}, input_tokens=300, output_tokens=50))
    budget = Budget(limits=BudgetLimits(max_tokens=500))  # the next call needs ~230
    provider = make_openai_provider(budget=budget)

    provider.complete(answer_task())
    assert (budget.spent.input_tokens, budget.spent.output_tokens, budget.calls) == (300, 50, 1)

    with pytest.raises(BudgetExceeded):
        provider.complete(answer_task("Say something else."))
    assert len(vendor.requests) == 1


def test_cost_limit_uses_the_configured_prices(vendor, make_openai_provider):
    budget = Budget(limits=BudgetLimits(max_cost_usd=0.001))

    with pytest.raises(BudgetExceeded) as raised:
        # 100 output tokens at $0.03 per 1k already cost $0.003.
        make_openai_provider(budget=budget).complete(answer_task())

    assert raised.value.limit == "cost_usd"
    assert vendor.requests == []


def test_the_repair_round_is_budgeted_too(vendor, make_openai_provider):
    vendor.enqueue(vendor.openai_reply("not json", input_tokens=500, output_tokens=100))
    budget = Budget(limits=BudgetLimits(max_tokens=800))

    with pytest.raises(BudgetExceeded):
        make_openai_provider(budget=budget).complete(answer_task())

    assert len(vendor.requests) == 1
    assert budget.spent.total_tokens == 600  # the first call is still charged


def test_provider_without_a_budget_takes_the_limits_from_config(vendor):
    config = LLMConfig(
        provider="openai",
        model="test-model",
        base_url=vendor.openai_base_url,
        budget=BudgetLimits(max_tokens=10),
    )

    with create_provider(config) as provider:
        assert provider.budget.limits.max_tokens == 10
        with pytest.raises(BudgetExceeded):
            provider.complete(answer_task())
    assert vendor.requests == []
