"""The vendor SDKs' errors, as the retry loop understands them.

The ``openai`` and ``anthropic`` packages share one error hierarchy (``APITimeoutError``,
``APIConnectionError``, ``APIStatusError`` with ``status_code``, ``message`` and ``response``),
so one translation serves both.
"""

from __future__ import annotations

from types import ModuleType

from autoagi.engine.llm.errors import LLMTransportError
from autoagi.engine.llm.retry import RetryableCallError, is_retryable_status, retry_after_seconds


def translate_sdk_error(error: Exception, sdk: ModuleType, provider: str, *, timeout_s: float) -> Exception:
    if isinstance(error, sdk.APITimeoutError):
        return RetryableCallError(f"no answer within {timeout_s:g} s")
    if isinstance(error, sdk.APIConnectionError):
        return RetryableCallError(f"connection failed: {error}")
    if isinstance(error, sdk.APIStatusError):
        if is_retryable_status(error.status_code):
            return RetryableCallError(
                f"HTTP {error.status_code}: {error.message}",
                status_code=error.status_code,
                retry_after_s=retry_after_seconds(error.response.headers),
            )
        return LLMTransportError(
            f"{provider}: HTTP {error.status_code}: {error.message}", provider=provider, status_code=error.status_code
        )
    return LLMTransportError(f"{provider}: {error}", provider=provider)
