"""Configuration alone picks the provider."""

from __future__ import annotations

import random
import time

from autoagi.engine.llm.budget import Budget
from autoagi.engine.llm.cache import ResponseCache
from autoagi.engine.llm.config import LLMConfig
from autoagi.engine.llm.errors import LLMConfigError
from autoagi.engine.llm.offline import OfflineProvider
from autoagi.engine.llm.provider import LLMProvider
from autoagi.engine.llm.retry import Sleep


def create_provider(
    config: LLMConfig,
    *,
    budget: Budget | None = None,
    cache: ResponseCache | None = None,
    sleep: Sleep = time.sleep,
    rng: random.Random | None = None,
) -> LLMProvider:
    """Build the provider ``config.provider`` names; ``budget`` defaults to ``config.budget`` limits."""
    if config.provider == "offline":
        return OfflineProvider(budget=budget)
    if config.provider == "openai":
        # Imported on demand so the offline default never loads a vendor SDK.
        from autoagi.engine.llm.openai_compat import OpenAICompatibleProvider

        return OpenAICompatibleProvider(config, budget=budget, cache=cache, sleep=sleep, rng=rng)
    if config.provider == "anthropic":
        from autoagi.engine.llm.anthropic_provider import AnthropicProvider

        return AnthropicProvider(config, budget=budget, cache=cache, sleep=sleep, rng=rng)
    raise LLMConfigError(f"unknown LLM provider {config.provider!r}")  # pragma: no cover
