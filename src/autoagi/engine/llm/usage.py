"""Token usage and its cost, plus the estimate used before a call is made."""

from __future__ import annotations

import math

from pydantic import BaseModel, ConfigDict, Field

# A conservative bytes-per-token ratio: English averages ~4 bytes per token, CJK text ~3.
# Over-estimating makes the budget stop one call early rather than one call late.
_BYTES_PER_TOKEN_ESTIMATE = 3


class Usage(BaseModel):
    model_config = ConfigDict(extra="forbid")

    input_tokens: int = Field(default=0, ge=0)
    output_tokens: int = Field(default=0, ge=0)
    cost_usd: float = Field(default=0.0, ge=0.0)

    @property
    def total_tokens(self) -> int:
        return self.input_tokens + self.output_tokens

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            input_tokens=self.input_tokens + other.input_tokens,
            output_tokens=self.output_tokens + other.output_tokens,
            cost_usd=self.cost_usd + other.cost_usd,
        )


def estimate_tokens(text: str) -> int:
    """Upper-leaning token count for ``text`` without a vendor tokenizer."""
    return math.ceil(len(text.encode("utf-8")) / _BYTES_PER_TOKEN_ESTIMATE)
