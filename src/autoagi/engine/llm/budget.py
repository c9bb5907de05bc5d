"""A per-project token and cost budget that stops work before it is overspent.

The platform stores a project's :class:`Budget` as JSON (``model_dump_json``), hands it to the
provider for a job and stores it again afterwards: the object carries both limits and counters.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from autoagi.engine.llm.errors import BudgetExceeded
from autoagi.engine.llm.usage import Usage


class BudgetLimits(BaseModel):
    """Ceilings for one project; ``None`` means unlimited."""

    model_config = ConfigDict(extra="forbid")

    max_tokens: int | None = Field(default=None, ge=0, description="input + output tokens")
    max_cost_usd: float | None = Field(default=None, ge=0.0)


class Budget(BaseModel):
    """Limits plus what has been spent so far. Not meant to be shared between threads."""

    model_config = ConfigDict(extra="forbid")

    limits: BudgetLimits = Field(default_factory=BudgetLimits)
    spent: Usage = Field(default_factory=Usage)
    calls: int = Field(default=0, ge=0)

    @property
    def remaining_tokens(self) -> int | None:
        if self.limits.max_tokens is None:
            return None
        return max(self.limits.max_tokens - self.spent.total_tokens, 0)

    @property
    def remaining_cost_usd(self) -> float | None:
        if self.limits.max_cost_usd is None:
            return None
        return max(self.limits.max_cost_usd - self.spent.cost_usd, 0.0)

    def ensure_affordable(self, *, tokens: int, cost_usd: float) -> None:
        """Raise :class:`BudgetExceeded` if a call estimated at ``tokens``/``cost_usd`` would overspend."""
        remaining_tokens = self.remaining_tokens
        if remaining_tokens is not None and tokens > remaining_tokens:
            raise BudgetExceeded(
                f"LLM token budget exhausted: the next call may use up to {tokens} tokens, "
                f"but only {remaining_tokens} of {self.limits.max_tokens} remain",
                limit="tokens",
                needed=tokens,
                remaining=remaining_tokens,
            )
        remaining_cost = self.remaining_cost_usd
        if remaining_cost is not None and cost_usd > remaining_cost:
            raise BudgetExceeded(
                f"LLM cost budget exhausted: the next call may cost up to ${cost_usd:.4f}, "
                f"but only ${remaining_cost:.4f} of ${self.limits.max_cost_usd:.2f} remain",
                limit="cost_usd",
                needed=cost_usd,
                remaining=remaining_cost,
            )

    def record(self, usage: Usage) -> None:
        """Add the actual usage of a call that was made."""
        self.spent = self.spent + usage
        self.calls += 1
