"""LLM providers behind one protocol: offline (default), OpenAI-compatible, Anthropic.

Typical use::

    config = LLMConfig(provider="openai", base_url="http://localhost:11434/v1", model="llama3.1")
    provider = create_provider(config, budget=project_budget, cache=DirectoryResponseCache(path))
    result = extract_requirements(documents, provider)

Vendor SDKs are imported only when their provider is created.
"""

from typing import Any

from autoagi.engine.llm.budget import Budget, BudgetLimits
from autoagi.engine.llm.cache import DirectoryResponseCache, InMemoryResponseCache, ResponseCache, cache_key
from autoagi.engine.llm.config import LLMConfig, ProviderName, StructuredOutputMode
from autoagi.engine.llm.design_assist import annotate_requirements
from autoagi.engine.llm.errors import (
    BudgetExceeded,
    LLMConfigError,
    LLMError,
    LLMOutputError,
    LLMTransportError,
    LLMUnsupportedTaskError,
)
from autoagi.engine.llm.extraction import (
    EXTRACTION_SYSTEM_PROMPT,
    UNGROUNDED_RULE,
    DraftRequirement,
    DraftRequirementList,
    extract_requirements,
)
from autoagi.engine.llm.factory import create_provider
from autoagi.engine.llm.grounding import QuoteLocator, QuoteMatch
from autoagi.engine.llm.offline import OfflineProvider
from autoagi.engine.llm.provider import DocumentAnalyzer, LLMProvider, LLMResult, LLMTask
from autoagi.engine.llm.retry import RetryPolicy
from autoagi.engine.llm.usage import Usage, estimate_tokens

__all__ = [
    "EXTRACTION_SYSTEM_PROMPT",
    "AnthropicProvider",
    "OpenAICompatibleProvider",
    "UNGROUNDED_RULE",
    "annotate_requirements",
    "Budget",
    "BudgetExceeded",
    "BudgetLimits",
    "DirectoryResponseCache",
    "DocumentAnalyzer",
    "DraftRequirement",
    "DraftRequirementList",
    "InMemoryResponseCache",
    "LLMConfig",
    "LLMConfigError",
    "LLMError",
    "LLMOutputError",
    "LLMProvider",
    "LLMResult",
    "LLMTask",
    "LLMTransportError",
    "LLMUnsupportedTaskError",
    "OfflineProvider",
    "ProviderName",
    "QuoteLocator",
    "QuoteMatch",
    "ResponseCache",
    "RetryPolicy",
    "StructuredOutputMode",
    "Usage",
    "cache_key",
    "create_provider",
    "estimate_tokens",
    "extract_requirements",
]

# The vendor providers load their SDKs; resolve them only when asked for.
_LAZY_EXPORTS = {
    "OpenAICompatibleProvider": "autoagi.engine.llm.openai_compat",
    "AnthropicProvider": "autoagi.engine.llm.anthropic_provider",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY_EXPORTS:
        import importlib

        return getattr(importlib.import_module(_LAZY_EXPORTS[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
