"""Anthropic's Messages API through the official ``anthropic`` package.

(Not named ``anthropic.py``: that would shadow the vendor package.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import anthropic

from autoagi.engine.llm.config import LLMConfig
from autoagi.engine.llm.errors import LLMConfigError
from autoagi.engine.llm.sdk_errors import translate_sdk_error
from autoagi.engine.llm.sdk_provider import SDKChatProvider
from autoagi.engine.llm.structured import ChatReply, ChatRequest

if TYPE_CHECKING:
    # The vendors' own HTTP library; only a type here (pass a client to set proxies or a CA bundle).
    import httpx2

PROVIDER_NAME = "anthropic"
DEFAULT_BASE_URL = "https://api.anthropic.com"


class AnthropicMessagesBackend:
    def __init__(self, config: LLMConfig, *, http_client: httpx2.Client | None = None) -> None:
        if config.api_key is None:
            # Without an explicit key the SDK would go looking in the environment and in profile
            # files on disk; the engine takes its configuration from the caller only.
            raise LLMConfigError("the anthropic provider needs an api_key in LLMConfig")
        self._config = config
        self._client = anthropic.Anthropic(
            api_key=config.api_key.get_secret_value(),
            base_url=config.base_url or DEFAULT_BASE_URL,
            timeout=config.timeout_s,
            max_retries=0,  # retried by StructuredChatProvider, where sleep is injectable
            default_headers=config.extra_headers or None,
            http_client=http_client,
        )

    def _output_config(self, request: ChatRequest) -> dict[str, Any] | anthropic.Omit:
        if self._config.structured_output != "json_schema":
            return anthropic.omit
        # transform_schema rewrites constraints the API does not accept (minimum, ...) into text.
        return {"format": {"type": "json_schema", "schema": anthropic.transform_schema(request.schema)}}

    def send(self, request: ChatRequest) -> ChatReply:
        try:
            message = self._client.messages.create(
                model=self._config.model or "",
                system=request.system,
                messages=[{"role": turn.role, "content": turn.content} for turn in request.turns],
                max_tokens=request.max_output_tokens,
                output_config=self._output_config(request),  # type: ignore[arg-type]
            )
        except anthropic.APIError as error:
            raise translate_sdk_error(error, anthropic, PROVIDER_NAME, timeout_s=self._config.timeout_s) from error
        text = "".join(block.text for block in message.content if block.type == "text")
        return ChatReply(text=text, input_tokens=message.usage.input_tokens, output_tokens=message.usage.output_tokens)

    def close(self) -> None:
        self._client.close()


class AnthropicProvider(SDKChatProvider):
    provider_name = PROVIDER_NAME
    default_base_url = DEFAULT_BASE_URL
    backend_type = AnthropicMessagesBackend
