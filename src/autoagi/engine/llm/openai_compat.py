"""Any OpenAI-compatible chat server through the official ``openai`` package.

Works with OpenAI, Azure OpenAI (``base_url=https://<resource>.openai.azure.com/openai/v1/``),
Ollama, vLLM, llama.cpp server and LM Studio: they all speak ``POST /v1/chat/completions``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import openai

from autoagi.engine.llm.config import LLMConfig
from autoagi.engine.llm.retry import RetryableCallError
from autoagi.engine.llm.sdk_errors import translate_sdk_error
from autoagi.engine.llm.sdk_provider import SDKChatProvider
from autoagi.engine.llm.structured import ChatReply, ChatRequest

if TYPE_CHECKING:
    # The vendors' own HTTP library; only a type here (pass a client to set proxies or a CA bundle).
    import httpx2

PROVIDER_NAME = "openai"
DEFAULT_BASE_URL = "https://api.openai.com/v1"
# Self-hosted servers ignore the key, but the client refuses to start without one.
_PLACEHOLDER_API_KEY = "not-needed"
# OpenAI accepts schema names matching ^[a-zA-Z0-9_-]{1,64}$ only.
_SCHEMA_NAME_UNSAFE = re.compile(r"[^a-zA-Z0-9_-]")


class OpenAIChatBackend:
    def __init__(self, config: LLMConfig, *, http_client: httpx2.Client | None = None) -> None:
        assert config.model is not None
        self._config = config
        self._client = openai.OpenAI(
            api_key=config.api_key.get_secret_value() if config.api_key else _PLACEHOLDER_API_KEY,
            base_url=config.base_url or DEFAULT_BASE_URL,
            timeout=config.timeout_s,
            max_retries=0,  # retried by StructuredChatProvider, where sleep is injectable
            default_headers=config.extra_headers or None,
            http_client=http_client,
        )

    def _response_format(self, request: ChatRequest) -> dict[str, Any] | openai.Omit:
        mode = self._config.structured_output
        if mode == "json_schema":
            # strict=False: OpenAI's strict mode forbids optional fields, and our models have defaults.
            return {
                "type": "json_schema",
                "json_schema": {
                    "name": _SCHEMA_NAME_UNSAFE.sub("_", request.schema_name)[:64] or "answer",
                    "schema": request.schema,
                    "strict": False,
                },
            }
        if mode == "json_object":
            return {"type": "json_object"}
        return openai.omit

    def send(self, request: ChatRequest) -> ChatReply:
        messages: list[dict[str, str]] = [{"role": "system", "content": request.system}]
        messages += [{"role": turn.role, "content": turn.content} for turn in request.turns]
        try:
            completion = self._client.chat.completions.create(
                model=self._config.model or "",
                messages=messages,  # type: ignore[arg-type]
                response_format=self._response_format(request),  # type: ignore[arg-type]
                max_tokens=request.max_output_tokens,
                temperature=self._config.temperature if self._config.temperature is not None else openai.omit,
            )
        except openai.APIError as error:
            raise translate_sdk_error(error, openai, PROVIDER_NAME, timeout_s=self._config.timeout_s) from error
        if not completion.choices:
            raise RetryableCallError("the server returned no choices")
        choice = completion.choices[0]
        usage = completion.usage
        return ChatReply(
            text=choice.message.content or "",
            input_tokens=usage.prompt_tokens if usage else None,
            output_tokens=usage.completion_tokens if usage else None,
            truncated=choice.finish_reason == "length",
        )

    def close(self) -> None:
        self._client.close()


class OpenAICompatibleProvider(SDKChatProvider):
    provider_name = PROVIDER_NAME
    default_base_url = DEFAULT_BASE_URL
    backend_type = OpenAIChatBackend
