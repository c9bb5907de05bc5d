"""The openai provider against a local server speaking /v1/chat/completions."""

from __future__ import annotations

import json

import pytest
from pydantic import BaseModel, Field

from autoagi.engine.llm import LLMOutputError, LLMTask, LLMTransportError


class Verdict(BaseModel):
    answer: str
    score: int = Field(ge=0, le=10)


def verdict_task(user: str = "Is the sky blue?") -> LLMTask[Verdict]:
    return LLMTask(system="You judge questions.", user=user, output_model=Verdict, name="verdict")


def test_valid_answer_is_validated_and_usage_priced(vendor, make_openai_provider):
    vendor.enqueue(vendor.openai_reply({"answer": "yes", "score": 9}, input_tokens=1000, output_tokens=200))
    provider = make_openai_provider()

    result = provider.complete(verdict_task())

    assert result.output == Verdict(answer="yes", score=9)
    assert (result.usage.input_tokens, result.usage.output_tokens) == (1000, 200)
    assert result.usage.cost_usd == pytest.approx(1000 / 1000 * 0.01 + 200 / 1000 * 0.03)
    assert (result.rounds, result.cached) == (1, False)
    assert provider.budget.spent == result.usage and provider.budget.calls == 1

    [request] = vendor.requests
    assert request.headers["authorization"] == "Bearer test-key"
    assert request.body["model"] == "test-model"
    assert request.body["max_tokens"] == 500
    assert request.body["temperature"] == 0
    system, user = request.body["messages"]
    assert system["role"] == "system" and system["content"].startswith("You judge questions.")
    assert '"score"' in system["content"]  # the schema travels in the prompt too, for lax servers
    assert user == {"role": "user", "content": "Is the sky blue?"}
    response_format = request.body["response_format"]
    assert response_format["type"] == "json_schema"
    assert response_format["json_schema"]["name"] == "verdict"
    assert response_format["json_schema"]["schema"] == Verdict.model_json_schema()


@pytest.mark.parametrize(
    ("mode", "expected_format"),
    [("json_object", {"type": "json_object"}), ("prompt", None)],
)
def test_structured_output_mode_for_servers_without_json_schema(vendor, make_openai_provider, mode, expected_format):
    vendor.enqueue(vendor.openai_reply({"answer": "yes", "score": 1}))
    make_openai_provider(structured_output=mode).complete(verdict_task())

    assert vendor.requests[0].body.get("response_format") == expected_format


def test_invalid_json_is_repaired_with_the_errors_sent_back(vendor, make_openai_provider):
    vendor.enqueue(
        vendor.openai_reply("Sure! {answer: yes", input_tokens=100, output_tokens=10),
        vendor.openai_reply({"answer": "yes", "score": 8}, input_tokens=150, output_tokens=12),
    )
    provider = make_openai_provider()

    result = provider.complete(verdict_task())

    assert result.output.score == 8
    assert result.rounds == 2
    assert (result.usage.input_tokens, result.usage.output_tokens) == (250, 22)
    assert provider.budget.calls == 2
    repair_messages = vendor.requests[1].body["messages"]
    assert [message["role"] for message in repair_messages] == ["system", "user", "assistant", "user"]
    assert repair_messages[2]["content"] == "Sure! {answer: yes"
    assert "not valid JSON" in repair_messages[3]["content"]


def test_schema_violations_name_the_field_in_the_repair_request(vendor, make_openai_provider):
    vendor.enqueue(
        vendor.openai_reply({"answer": "yes", "score": 42}),
        vendor.openai_reply({"answer": "yes", "score": 4}),
    )

    result = make_openai_provider().complete(verdict_task())

    assert result.output.score == 4
    assert "score: Input should be less than or equal to 10" in vendor.requests[1].body["messages"][-1]["content"]


def test_a_second_invalid_answer_raises_a_clear_output_error(vendor, make_openai_provider):
    vendor.enqueue(vendor.openai_reply({"answer": "yes"}), vendor.openai_reply({"score": "high"}))

    with pytest.raises(LLMOutputError) as raised:
        make_openai_provider().complete(verdict_task())

    assert len(vendor.requests) == 2  # one repair round, no more
    error = raised.value
    assert error.task == "verdict"
    assert any(message.startswith("answer:") for message in error.errors)
    assert any(message.startswith("score:") for message in error.errors)
    assert json.loads(error.raw_output) == {"score": "high"}
    assert "after one repair round" in str(error)


def test_an_answer_cut_off_at_the_token_limit_says_so(vendor, make_openai_provider):
    cut_off = vendor.openai_reply('{"answer": "a very long', finish_reason="length")
    vendor.enqueue(cut_off, cut_off)

    with pytest.raises(LLMOutputError, match="cut off at max_output_tokens=500"):
        make_openai_provider().complete(verdict_task())


def test_answer_in_a_markdown_fence_or_after_prose_is_accepted(vendor, make_openai_provider):
    vendor.enqueue(
        vendor.openai_reply('```json\n{"answer": "fenced", "score": 1}\n```'),
        vendor.openai_reply('Here it is: {"answer": "prose", "score": 2} hope it helps'),
    )
    provider = make_openai_provider()

    assert provider.complete(verdict_task("a")).output.answer == "fenced"
    assert provider.complete(verdict_task("b")).output.answer == "prose"
    assert len(vendor.requests) == 2


def test_a_server_that_reports_no_usage_is_charged_the_estimate(vendor, make_openai_provider):
    vendor.enqueue(vendor.openai_reply({"answer": "yes", "score": 3}, with_usage=False))
    provider = make_openai_provider()

    result = provider.complete(verdict_task())

    assert result.usage.input_tokens > 0 and result.usage.output_tokens > 0
    assert provider.budget.spent.total_tokens == result.usage.total_tokens


def test_rate_limit_waits_as_long_as_retry_after_says(vendor, make_openai_provider, sleep):
    vendor.enqueue(
        vendor.openai_error(429, headers={"retry-after": "3"}),
        vendor.openai_reply({"answer": "yes", "score": 5}),
    )

    result = make_openai_provider().complete(verdict_task())

    assert result.output.score == 5
    assert sleep.calls == [3.0]
    assert [request.headers["x-stainless-retry-count"] for request in vendor.requests] == ["0", "0"]


def test_server_error_is_retried_after_a_jittered_backoff(vendor, make_openai_provider, sleep):
    vendor.enqueue(vendor.openai_error(500), vendor.openai_reply({"answer": "yes", "score": 5}))

    result = make_openai_provider(backoff_base_s=0.5).complete(verdict_task())

    assert result.output.score == 5
    [delay] = sleep.calls
    assert 0.5 * 0.75 <= delay <= 0.5  # base delay minus up to 25 % jitter


def test_persistent_failure_gives_up_after_max_retries_with_growing_delays(vendor, make_openai_provider, sleep):
    vendor.enqueue(*(vendor.openai_error(503) for _ in range(4)))

    with pytest.raises(LLMTransportError) as raised:
        make_openai_provider(max_retries=3, backoff_base_s=1.0).complete(verdict_task())

    assert len(vendor.requests) == 4
    assert raised.value.status_code == 503 and raised.value.attempts == 4
    assert "gave up after 4 attempt(s)" in str(raised.value)
    assert len(sleep.calls) == 3
    for retry_number, delay in enumerate(sleep.calls):
        assert 0.75 * 2**retry_number <= delay <= 2**retry_number


def test_a_response_slower_than_the_timeout_is_retried(vendor, make_openai_provider, sleep):
    vendor.enqueue(
        vendor.openai_reply({"answer": "late", "score": 1}, delay_s=2.0),
        vendor.openai_reply({"answer": "on time", "score": 2}),
    )

    result = make_openai_provider(timeout_s=0.5).complete(verdict_task())

    assert result.output.answer == "on time"
    assert len(vendor.requests) == 2 and len(sleep.calls) == 1
    assert vendor.requests[0].headers["x-stainless-read-timeout"] == "0.5"


def test_client_errors_are_not_retried(vendor, make_openai_provider, sleep):
    vendor.enqueue(vendor.openai_error(401))

    with pytest.raises(LLMTransportError) as raised:
        make_openai_provider().complete(verdict_task())

    assert raised.value.status_code == 401
    assert len(vendor.requests) == 1 and sleep.calls == []


def test_a_retry_after_beyond_the_limit_fails_instead_of_hanging(vendor, make_openai_provider, sleep):
    vendor.enqueue(vendor.openai_error(429, headers={"retry-after": "3600"}))

    with pytest.raises(LLMTransportError, match="asked to wait 3600 s"):
        make_openai_provider(max_retry_after_s=60).complete(verdict_task())

    assert sleep.calls == []
