"""The platform's side of the LLM seam: which provider a project uses, its budget, the cache."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from autoagi.engine.llm import Budget, BudgetLimits, DirectoryResponseCache, LLMConfig, ResponseCache
from autoagi.engine.llm.config import ProviderName
from autoagi.server.config import Settings


class ProjectLLMSettings(BaseModel):
    """What a project stores in ``projects.llm_settings``; the API key never lives here."""

    model_config = ConfigDict(extra="ignore")

    provider: ProviderName | None = None  # None: the platform's default
    model: str | None = None
    budget: Budget | None = None


class ProjectLLMUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    provider: ProviderName | None = None
    model: str | None = Field(default=None, max_length=200)
    max_tokens: int | None = Field(default=None, ge=0)
    max_cost_usd: float | None = Field(default=None, ge=0)


def project_llm_settings(raw: dict[str, Any] | None) -> ProjectLLMSettings:
    return ProjectLLMSettings.model_validate(raw or {})


def llm_config(settings: Settings, project: ProjectLLMSettings) -> LLMConfig:
    provider = project.provider or settings.llm_provider
    limits = (project.budget.limits if project.budget else None) or BudgetLimits(
        max_tokens=settings.llm_project_max_tokens, max_cost_usd=settings.llm_project_max_cost_usd
    )
    return LLMConfig(
        provider=provider,
        model=(project.model or settings.llm_model) if provider != "offline" else None,
        base_url=settings.llm_base_url,
        api_key=settings.llm_api_key.get_secret_value() if settings.llm_api_key else None,
        timeout_s=settings.llm_timeout_s,
        max_retries=settings.llm_max_retries,
        input_price_per_1k_tokens=settings.llm_input_price_per_1k_tokens,
        output_price_per_1k_tokens=settings.llm_output_price_per_1k_tokens,
        budget=limits,
    )


def project_budget(config: LLMConfig, project: ProjectLLMSettings) -> Budget:
    spent = project.budget or Budget()
    return Budget(limits=config.budget, spent=spent.spent, calls=spent.calls)


def response_cache(settings: Settings) -> ResponseCache:
    """Identical prompts are answered from the cache: re-runs cost nothing."""
    return DirectoryResponseCache(settings.data_dir / "llm-cache")


def apply_llm_update(raw: dict[str, Any] | None, update: ProjectLLMUpdate) -> dict[str, Any]:
    """New provider, model or limits; what was already spent stays on the books."""
    current = project_llm_settings(raw)
    budget = current.budget or Budget()
    limits = budget.limits.model_copy(
        update={
            name: value
            for name, value in (("max_tokens", update.max_tokens), ("max_cost_usd", update.max_cost_usd))
            if name in update.model_fields_set
        }
    )
    changed = current.model_copy(
        update={
            **{name: getattr(update, name) for name in ("provider", "model") if name in update.model_fields_set},
            "budget": budget.model_copy(update={"limits": limits}),
        }
    )
    return changed.model_dump(mode="json")


def llm_summary(settings: Settings, raw: dict[str, Any] | None) -> dict[str, Any]:
    project = project_llm_settings(raw)
    config = llm_config(settings, project)
    budget = project_budget(config, project)
    return {
        "provider": config.provider,
        "model": config.model,
        "max_tokens": budget.limits.max_tokens,
        "max_cost_usd": budget.limits.max_cost_usd,
        "tokens_spent": budget.spent.total_tokens,
        "cost_spent_usd": budget.spent.cost_usd,
    }
