"""The anthropic provider against a local server speaking /v1/messages."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, Field

from autoagi.engine.llm import AnthropicProvider, LLMConfig, LLMConfigError, LLMOutputError, LLMTask


class Verdict(BaseModel):
    answer: str
    score: int = Field(ge=0, le=10)


def verdict_task() -> LLMTask[Verdict]:
    return LLMTask(system="You judge questions.", user="Is the sky blue?", output_model=Verdict, name="verdict")


def test_valid_answer_uses_the_messages_api_with_native_structured_output(vendor, make_anthropic_provider):
    vendor.enqueue(vendor.anthropic_reply({"answer": "yes", "score": 7}, input_tokens=2000, output_tokens=100))
    provider = make_anthropic_provider()

    result = provider.complete(verdict_task())

    assert result.output == Verdict(answer="yes", score=7)
    assert (result.usage.input_tokens, result.usage.output_tokens) == (2000, 100)
    assert result.usage.cost_usd == pytest.approx(2 * 0.01 + 0.1 * 0.03)
    [request] = vendor.requests
    assert request.path == "/v1/messages"
    assert "anthropic-version" in request.headers
    body = request.body
    assert body["model"] == "test-model" and body["max_tokens"] == 500
    assert body["system"].startswith("You judge questions.")
    assert body["messages"] == [{"role": "user", "content": "Is the sky blue?"}]
    output_format = body["output_config"]["format"]
    assert output_format["type"] == "json_schema"
    assert output_format["schema"]["additionalProperties"] is False
    assert set(output_format["schema"]["properties"]) == {"answer", "score"}


def test_prompt_mode_sends_no_output_config(vendor, make_anthropic_provider):
    vendor.enqueue(vendor.anthropic_reply({"answer": "yes", "score": 7}))
    make_anthropic_provider(structured_output="prompt").complete(verdict_task())

    assert "output_config" not in vendor.requests[0].body


def test_invalid_answer_is_repaired_then_reported(vendor, make_anthropic_provider):
    vendor.enqueue(
        vendor.anthropic_reply("not json"),
        vendor.anthropic_reply({"answer": "yes", "score": 6}),
        vendor.anthropic_reply("still not json"),
        vendor.anthropic_reply("nor this"),
    )
    provider = make_anthropic_provider()

    assert provider.complete(verdict_task()).rounds == 2
    roles = [message["role"] for message in vendor.requests[1].body["messages"]]
    assert roles == ["user", "assistant", "user"]

    with pytest.raises(LLMOutputError):
        provider.complete(verdict_task())
    assert len(vendor.requests) == 4


def test_overloaded_and_rate_limited_responses_are_retried(vendor, make_anthropic_provider, sleep):
    vendor.enqueue(
        vendor.anthropic_error(529),
        vendor.anthropic_error(429, headers={"retry-after-ms": "1500"}),
        vendor.anthropic_reply({"answer": "yes", "score": 2}),
    )

    result = make_anthropic_provider(backoff_base_s=0.5).complete(verdict_task())

    assert result.output.score == 2
    first, second = sleep.calls
    assert 0.375 <= first <= 0.5
    assert second == 1.5


def test_a_response_slower_than_the_timeout_is_retried(vendor, make_anthropic_provider, sleep):
    vendor.enqueue(
        vendor.anthropic_reply({"answer": "late", "score": 1}, delay_s=2.0),
        vendor.anthropic_reply({"answer": "on time", "score": 2}),
    )

    result = make_anthropic_provider(timeout_s=0.5).complete(verdict_task())

    assert result.output.answer == "on time"
    assert len(sleep.calls) == 1


def test_a_missing_api_key_is_a_configuration_error_not_an_environment_lookup():
    config = LLMConfig(provider="anthropic", model="claude-test", base_url="http://127.0.0.1:9")

    with pytest.raises(LLMConfigError, match="api_key"):
        AnthropicProvider(config)
