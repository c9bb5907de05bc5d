"""The default provider: no model, no network — the deterministic analysis engine."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from autoagi.engine.artifacts import AnalysisResult, Document
from autoagi.engine.llm.budget import Budget
from autoagi.engine.llm.errors import LLMUnsupportedTaskError
from autoagi.engine.llm.provider import LLMTask

PROVIDER_NAME = "offline"
MODEL_NAME = "autoagi-analysis"


class OfflineProvider:
    """Satisfies :class:`LLMProvider` and :class:`DocumentAnalyzer`; spends no budget."""

    name = PROVIDER_NAME
    model = MODEL_NAME

    def __init__(self, budget: Budget | None = None) -> None:
        self.budget = budget if budget is not None else Budget()

    def complete(self, task: LLMTask[Any]) -> NoReturn:
        raise LLMUnsupportedTaskError(
            f"the offline provider answers no free-form prompts (task {task.name!r}); it analyses "
            "documents with the deterministic engine — use extract_requirements(), or configure "
            "the 'openai' or 'anthropic' provider"
        )

    def analyze_documents(
        self,
        documents: Sequence[Document],
        options: Any = None,
        progress: Callable[..., Any] | None = None,
    ) -> AnalysisResult:
        # Imported here: the analysis package is heavy and the LLM layer must import without it.
        from autoagi.engine.analysis import analyze

        return analyze(list(documents), options=options, progress=progress)

    def close(self) -> None:
        """Nothing to release; present so every provider can be closed the same way."""
