"""The one protocol every LLM provider satisfies.

A provider takes an :class:`LLMTask` (system prompt, user content, the pydantic model the answer
must satisfy) and returns an :class:`LLMResult`: a validated instance of that model plus what
the call used. Providers that can analyse documents without a model (the offline engine) also
satisfy :class:`DocumentAnalyzer`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar, runtime_checkable

from pydantic import BaseModel

from autoagi.engine.artifacts import AnalysisResult, Document
from autoagi.engine.llm.budget import Budget
from autoagi.engine.llm.usage import Usage

OutputT = TypeVar("OutputT", bound=BaseModel)


@dataclass(frozen=True)
class LLMTask(Generic[OutputT]):
    system: str
    user: str
    output_model: type[OutputT]
    # Names the schema for the vendor (OpenAI requires ``^[a-zA-Z0-9_-]{1,64}$``) and errors.
    name: str = "answer"
    max_output_tokens: int | None = None  # None = the provider's configured maximum


@dataclass(frozen=True)
class LLMResult(Generic[OutputT]):
    output: OutputT
    usage: Usage  # what this call spent; zero when answered from the cache
    cached: bool = False
    rounds: int = 1  # model calls made: 1, or 2 after a repair round, 0 from the cache
    raw_text: str = ""


@runtime_checkable
class LLMProvider(Protocol):
    name: str  # "offline" | "openai" | "anthropic"
    model: str
    budget: Budget

    def complete(self, task: LLMTask[OutputT]) -> LLMResult[OutputT]: ...

    def close(self) -> None:
        """Release the HTTP connection pool, if any."""
        ...


@runtime_checkable
class DocumentAnalyzer(Protocol):
    """A provider that extracts requirements itself instead of answering prompts."""

    def analyze_documents(
        self,
        documents: Sequence[Document],
        options: Any = None,
        progress: Callable[..., Any] | None = None,
    ) -> AnalysisResult: ...
