"""A local HTTP server speaking the OpenAI and Anthropic wire protocols, scripted per test.

No client library is mocked: providers run the official ``openai`` and ``anthropic`` packages
against this server on 127.0.0.1. Each test queues the responses the server gives, in order,
and reads back the requests it received.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import pytest

from autoagi.engine.llm import AnthropicProvider, LLMConfig, OpenAICompatibleProvider
from autoagi.engine.llm.sdk_provider import SDKChatProvider
from support.fake_llm import ScriptedVendorServer

ProviderT = TypeVar("ProviderT", bound=SDKChatProvider)


@pytest.fixture
def vendor() -> Iterator[ScriptedVendorServer]:
    server = ScriptedVendorServer()
    server.start()
    yield server
    server.stop()


class RecordingSleep:
    """Stands in for time.sleep: remembers each delay and returns at once."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


@pytest.fixture
def sleep() -> RecordingSleep:
    return RecordingSleep()


def _config(provider: str, base_url: str, overrides: dict[str, Any]) -> LLMConfig:
    settings: dict[str, Any] = {
        "provider": provider,
        "base_url": base_url,
        "model": "test-model",
        "api_key": "test-key",
        "timeout_s": 2.0,
        "max_retries": 2,
        "backoff_base_s": 0.5,
        "input_price_per_1k_tokens": 0.01,
        "output_price_per_1k_tokens": 0.03,
        "max_output_tokens": 500,
    }
    settings.update(overrides)
    return LLMConfig(**settings)


def _make_providers(
    provider_type: type[ProviderT], provider: str, base_url: str, sleep: RecordingSleep
) -> Iterator[Callable[..., ProviderT]]:
    created: list[ProviderT] = []

    def make(*, budget: Any = None, cache: Any = None, **overrides: Any) -> ProviderT:
        made = provider_type(
            _config(provider, base_url, overrides),
            budget=budget,
            cache=cache,
            sleep=sleep,
            rng=random.Random(7),
        )
        created.append(made)
        return made

    yield make
    for made in created:
        made.close()


@pytest.fixture
def make_openai_provider(
    vendor: ScriptedVendorServer, sleep: RecordingSleep
) -> Iterator[Callable[..., OpenAICompatibleProvider]]:
    """Build an openai provider aimed at the scripted server; keyword arguments override config."""
    yield from _make_providers(OpenAICompatibleProvider, "openai", vendor.openai_base_url, sleep)


@pytest.fixture
def make_anthropic_provider(
    vendor: ScriptedVendorServer, sleep: RecordingSleep
) -> Iterator[Callable[..., AnthropicProvider]]:
    yield from _make_providers(AnthropicProvider, "anthropic", vendor.anthropic_base_url, sleep)
