"""Errors raised by the LLM layer.

All derive from :class:`LLMError`, so a caller (CLI, API, worker) can turn any of them into a
clear message without knowing which vendor was behind the call.
"""

from __future__ import annotations


class LLMError(Exception):
    """Base class of every error the LLM layer raises."""


class LLMConfigError(LLMError):
    """The configuration cannot work (unknown provider, missing model, ...)."""


class LLMUnsupportedTaskError(LLMError):
    """The provider cannot answer this kind of task (the offline engine answers no free prompts)."""


class LLMTransportError(LLMError):
    """The service could not be reached or refused the request, after any retries."""

    def __init__(self, message: str, *, provider: str, status_code: int | None = None, attempts: int = 1) -> None:
        super().__init__(message)
        self.provider = provider
        self.status_code = status_code
        self.attempts = attempts


class LLMOutputError(LLMError):
    """The model's answer did not satisfy the schema, even after one repair round."""

    def __init__(self, message: str, *, task: str, errors: list[str], raw_output: str) -> None:
        super().__init__(message)
        self.task = task
        self.errors = errors
        self.raw_output = raw_output


class BudgetExceeded(LLMError):
    """A call would take the project over its token or cost budget, so it was not made."""

    def __init__(self, message: str, *, limit: str, needed: float, remaining: float) -> None:
        super().__init__(message)
        self.limit = limit  # "tokens" or "cost_usd"
        self.needed = needed
        self.remaining = remaining
