"""Structured output over any chat API: schema in, validated model out.

:class:`StructuredChatProvider` holds what every chat vendor shares — budget check before the
call, retries, usage accounting, JSON parsing, schema validation, one repair round, the cache.
A vendor contributes only a :class:`ChatBackend` that sends one request and returns the text;
parsing and validation live in :mod:`output_parsing`.
"""

from __future__ import annotations

import json
import random
import time
from dataclasses import dataclass, replace
from typing import Any, Literal, Protocol

from pydantic import ValidationError

from autoagi.engine.llm.budget import Budget
from autoagi.engine.llm.cache import ResponseCache, cache_key
from autoagi.engine.llm.config import LLMConfig
from autoagi.engine.llm.errors import LLMOutputError
from autoagi.engine.llm.output_parsing import parse_structured_reply, repair_instructions, schema_instructions
from autoagi.engine.llm.provider import LLMResult, LLMTask, OutputT
from autoagi.engine.llm.retry import RetryPolicy, Sleep, call_with_retries
from autoagi.engine.llm.usage import Usage, estimate_tokens

# Per-message framing tokens the vendors add around each turn (role markers and the like).
_TOKENS_PER_TURN = 8


@dataclass(frozen=True)
class ChatTurn:
    role: Literal["user", "assistant"]
    content: str


@dataclass(frozen=True)
class ChatRequest:
    system: str
    turns: tuple[ChatTurn, ...]
    schema: dict[str, Any]
    schema_name: str
    max_output_tokens: int


@dataclass(frozen=True)
class ChatReply:
    text: str
    input_tokens: int | None = None  # None when the server does not report usage
    output_tokens: int | None = None
    truncated: bool = False  # the model hit max_output_tokens before finishing


class ChatBackend(Protocol):
    def send(self, request: ChatRequest) -> ChatReply:
        """One HTTP call. Raises RetryableCallError for transient failures, LLMTransportError otherwise."""
        ...

    def close(self) -> None: ...


def _parse_reply(
    reply: ChatReply, output_model: type[OutputT], max_output_tokens: int
) -> tuple[OutputT | None, list[str]]:
    output, errors = parse_structured_reply(reply.text, output_model)
    if output is None and reply.truncated:
        # Otherwise the user sees only "invalid JSON" and cannot tell that the fix is a larger limit.
        errors.insert(
            0,
            f"the answer was cut off at max_output_tokens={max_output_tokens}; raise "
            "max_output_tokens or send less text per request",
        )
    return output, errors


class StructuredChatProvider:
    """The shared half of the OpenAI-compatible and Anthropic providers."""

    def __init__(
        self,
        *,
        name: str,
        config: LLMConfig,
        backend: ChatBackend,
        endpoint: str,
        budget: Budget | None = None,
        cache: ResponseCache | None = None,
        sleep: Sleep = time.sleep,
        rng: random.Random | None = None,
    ) -> None:
        assert config.model is not None  # LLMConfig validation guarantees it for hosted providers
        self.name = name
        self.model = config.model
        self.config = config
        self.budget = budget if budget is not None else Budget(limits=config.budget)
        self._backend = backend
        self._endpoint = endpoint  # part of the cache key: the same model name on two servers differs
        self._cache = cache
        self._sleep = sleep
        self._rng = rng if rng is not None else random.Random()
        self._retry_policy = RetryPolicy(
            max_retries=config.max_retries,
            base_delay_s=config.backoff_base_s,
            max_delay_s=config.backoff_max_s,
            max_retry_after_s=config.max_retry_after_s,
        )

    def close(self) -> None:
        self._backend.close()

    def __enter__(self) -> StructuredChatProvider:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def complete(self, task: LLMTask[OutputT]) -> LLMResult[OutputT]:
        schema = task.output_model.model_json_schema()
        key = None
        if self._cache is not None:
            key = cache_key(
                provider=f"{self.name}@{self._endpoint}",
                model=self.model,
                system=task.system,
                user=task.user,
                schema=schema,
            )
            hit = self._from_cache(key, task.output_model)
            if hit is not None:
                return hit

        request = ChatRequest(
            system=f"{task.system}\n\n{schema_instructions(schema)}",
            turns=(ChatTurn("user", task.user),),
            schema=schema,
            schema_name=task.name,
            max_output_tokens=task.max_output_tokens or self.config.max_output_tokens,
        )
        reply, usage = self._send_within_budget(request)
        output, errors = _parse_reply(reply, task.output_model, request.max_output_tokens)
        rounds = 1
        if output is None:
            repair = replace(
                request,
                turns=(
                    *request.turns,
                    ChatTurn("assistant", reply.text),
                    ChatTurn("user", repair_instructions(errors)),
                ),
            )
            reply, repair_usage = self._send_within_budget(repair)
            usage = usage + repair_usage
            rounds = 2
            output, errors = _parse_reply(reply, task.output_model, request.max_output_tokens)
            if output is None:
                raise LLMOutputError(
                    f"{self.name} model {self.model!r} gave no valid {task.name!r} answer after one "
                    f"repair round: " + "; ".join(errors),
                    task=task.name,
                    errors=errors,
                    raw_output=reply.text,
                )

        if key is not None and self._cache is not None:
            self._cache.set(
                key,
                {
                    "output": output.model_dump(mode="json"),
                    "raw_text": reply.text,
                    "usage": usage.model_dump(mode="json"),
                },
            )
        return LLMResult(output=output, usage=usage, cached=False, rounds=rounds, raw_text=reply.text)

    def _from_cache(self, key: str, output_model: type[OutputT]) -> LLMResult[OutputT] | None:
        assert self._cache is not None
        entry = self._cache.get(key)
        if entry is None:
            return None
        try:
            output = output_model.model_validate(entry["output"])
        except (KeyError, TypeError, ValidationError):
            return None  # an entry from an older schema is simply a miss
        return LLMResult(output=output, usage=Usage(), cached=True, rounds=0, raw_text=str(entry.get("raw_text", "")))

    def _estimate_input_tokens(self, request: ChatRequest) -> int:
        text_tokens = estimate_tokens(request.system) + sum(
            estimate_tokens(turn.content) + _TOKENS_PER_TURN for turn in request.turns
        )
        if self.config.structured_output == "json_schema":
            # The native structured-output parameter sends the schema a second time.
            text_tokens += estimate_tokens(json.dumps(request.schema, separators=(",", ":")))
        return text_tokens

    def _send_within_budget(self, request: ChatRequest) -> tuple[ChatReply, Usage]:
        estimated_input = self._estimate_input_tokens(request)
        # The reply can be as long as max_output_tokens: counting all of it means a call is
        # refused up front rather than the budget discovered overspent afterwards.
        worst_case_output = request.max_output_tokens
        self.budget.ensure_affordable(
            tokens=estimated_input + worst_case_output,
            cost_usd=self.config.cost_usd(input_tokens=estimated_input, output_tokens=worst_case_output),
        )
        reply = call_with_retries(
            lambda: self._backend.send(request),
            provider=self.name,
            policy=self._retry_policy,
            sleep=self._sleep,
            rng=self._rng,
        )
        # Servers that report no usage (some self-hosted ones) are charged the estimate.
        input_tokens = estimated_input if reply.input_tokens is None else reply.input_tokens
        output_tokens = estimate_tokens(reply.text) if reply.output_tokens is None else reply.output_tokens
        usage = Usage(
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            cost_usd=self.config.cost_usd(input_tokens=input_tokens, output_tokens=output_tokens),
        )
        self.budget.record(usage)
        return reply, usage
