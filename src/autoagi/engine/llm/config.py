"""Configuration of the LLM layer: which provider, where it lives, what it costs."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, model_validator

from autoagi.engine.llm.budget import BudgetLimits

ProviderName = Literal["offline", "openai", "anthropic"]

# How the schema reaches the model:
# - "json_schema": the vendor's native structured output (OpenAI ``response_format`` json_schema,
#   Anthropic ``output_config.format``) plus the schema in the system prompt;
# - "json_object": OpenAI JSON mode (for servers without json_schema support) plus the prompt;
# - "prompt": the schema in the system prompt only (for servers that reject both).
StructuredOutputMode = Literal["json_schema", "json_object", "prompt"]


class LLMConfig(BaseModel):
    """Everything needed to build a provider. The platform fills it from ``AUTOAGI_LLM_*`` settings."""

    model_config = ConfigDict(extra="forbid")

    provider: ProviderName = "offline"
    model: str | None = None
    base_url: str | None = Field(
        default=None,
        description="e.g. http://localhost:11434/v1 (Ollama), http://localhost:8000/v1 (vLLM), "
        "https://<resource>.openai.azure.com/openai/v1/ (Azure); None = the vendor's default",
    )
    api_key: SecretStr | None = None
    extra_headers: dict[str, str] = Field(default_factory=dict)
    timeout_s: float = Field(default=60.0, gt=0)
    max_retries: int = Field(default=3, ge=0)
    backoff_base_s: float = Field(default=0.5, ge=0)
    backoff_max_s: float = Field(default=30.0, ge=0)
    max_retry_after_s: float = Field(
        default=120.0, ge=0, description="a server asking to wait longer than this fails the call"
    )
    input_price_per_1k_tokens: float = Field(default=0.0, ge=0, description="USD")
    output_price_per_1k_tokens: float = Field(default=0.0, ge=0, description="USD")
    budget: BudgetLimits = Field(default_factory=BudgetLimits)
    max_output_tokens: int = Field(default=4096, gt=0)
    temperature: float | None = Field(default=0.0, description="openai provider only; None leaves it to the server")
    structured_output: StructuredOutputMode = "json_schema"

    @model_validator(mode="after")
    def _hosted_providers_need_a_model(self) -> LLMConfig:
        if self.provider != "offline" and not self.model:
            raise ValueError(f"the {self.provider!r} provider needs a model name")
        return self

    def cost_usd(self, *, input_tokens: int, output_tokens: int) -> float:
        return (input_tokens * self.input_price_per_1k_tokens + output_tokens * self.output_price_per_1k_tokens) / 1000
