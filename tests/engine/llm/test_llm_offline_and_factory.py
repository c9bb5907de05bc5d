"""The offline default, provider selection by configuration, and import hygiene."""

from __future__ import annotations

import hashlib
import subprocess
import sys

import pytest
from pydantic import BaseModel, ValidationError

from autoagi.engine.artifacts import Document
from autoagi.engine.llm import (
    AnthropicProvider,
    DocumentAnalyzer,
    LLMConfig,
    LLMProvider,
    LLMTask,
    LLMUnsupportedTaskError,
    OfflineProvider,
    OpenAICompatibleProvider,
    create_provider,
    extract_requirements,
)

TEXT = "The system shall export reports as PDF.\nUsers must log in with single sign-on.\n"


class Answer(BaseModel):
    text: str


def make_document() -> Document:
    return Document(
        id="doc-1",
        name="srs.txt",
        media_type="text/plain",
        sha256=hashlib.sha256(TEXT.encode()).hexdigest(),
        text=TEXT,
    )


def test_offline_is_the_default_and_answers_no_free_prompts():
    provider = create_provider(LLMConfig())

    assert isinstance(provider, OfflineProvider)
    assert isinstance(provider, LLMProvider) and isinstance(provider, DocumentAnalyzer)
    with pytest.raises(LLMUnsupportedTaskError, match="extract_requirements"):
        provider.complete(LLMTask(system="s", user="u", output_model=Answer))


def test_configuration_alone_picks_the_vendor_provider():
    openai_provider = create_provider(LLMConfig(provider="openai", model="llama3.1", base_url="http://127.0.0.1:9/v1"))
    anthropic_provider = create_provider(
        LLMConfig(provider="anthropic", model="claude-test", api_key="k", base_url="http://127.0.0.1:9")
    )
    try:
        assert isinstance(openai_provider, OpenAICompatibleProvider)
        assert isinstance(anthropic_provider, AnthropicProvider)
        assert isinstance(openai_provider, LLMProvider) and not isinstance(openai_provider, DocumentAnalyzer)
        assert (openai_provider.name, openai_provider.model) == ("openai", "llama3.1")
    finally:
        openai_provider.close()
        anthropic_provider.close()


@pytest.mark.parametrize("provider", ["openai", "anthropic"])
def test_hosted_providers_need_a_model(provider):
    with pytest.raises(ValidationError, match="needs a model name"):
        LLMConfig(provider=provider)


def test_the_api_key_stays_out_of_logs_and_dumps():
    config = LLMConfig(provider="openai", model="m", api_key="sk-secret")

    assert "sk-secret" not in repr(config) and "sk-secret" not in config.model_dump_json()


def test_importing_the_llm_layer_loads_no_vendor_sdk():
    code = "import sys, autoagi.engine.llm; print('openai' in sys.modules, 'anthropic' in sys.modules)"
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert completed.stdout.split() == ["False", "False"]


def test_offline_extraction_delegates_to_the_deterministic_engine():
    analysis = pytest.importorskip(
        "autoagi.engine.analysis",
        reason="autoagi.engine.analysis (the offline engine) is not importable yet",
    )
    documents = [make_document()]
    progress: list[float] = []

    result = extract_requirements(
        documents, OfflineProvider(), progress=lambda fraction, message: progress.append(fraction)
    )

    assert result == analysis.analyze(documents)
    assert result.requirements and progress and progress[-1] == 1.0
    for requirement in result.requirements:
        assert all(source.quote == TEXT[source.start : source.end] for source in requirement.sources)
