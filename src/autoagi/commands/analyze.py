"""`autoagi analyze FILE...`: documents in, requirements out (JSON, Markdown or a table)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from autoagi.commands.progress import Report
from autoagi.engine.artifacts import AnalysisResult, Document
from autoagi.engine.export.requirements_markdown import render_requirements_markdown
from autoagi.engine.ingest import ingest
from autoagi.engine.llm import LLMConfig, create_provider, extract_requirements

OutputFormat = Literal["json", "md", "table"]


def read_documents(paths: list[Path], report: Report) -> list[Document]:
    """Ingest each file; IngestError (with a message fit for the user) propagates."""
    documents = []
    for index, path in enumerate(paths):
        report(0.1 * index / len(paths), f"reading {path.name}")
        documents.append(ingest(path.read_bytes(), path.name))
    return documents


def analyse(documents: list[Document], config: LLMConfig, report: Report) -> AnalysisResult:
    provider = create_provider(config)
    try:
        return extract_requirements(documents, provider, progress=lambda f, s: report(0.1 + 0.9 * f, s))
    finally:
        provider.close()


def as_json(result: AnalysisResult) -> str:
    payload = result.model_dump(mode="json")
    return json.dumps(
        {"documents": payload["documents"], "requirements": payload["requirements"], "findings": payload["findings"]},
        ensure_ascii=False,
        indent=2,
    )


def print_table(result: AnalysisResult) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(result.requirements)} requirements", show_lines=False)
    for column in ("id", "kind", "category", "priority", "statement", "findings"):
        table.add_column(column, overflow="fold")
    for r in result.requirements:
        findings = ", ".join(sorted({f.rule for f in r.findings}))
        table.add_row(r.id, r.kind, r.category, r.priority, r.statement, findings)
    Console(soft_wrap=False).print(table)


def render(result: AnalysisResult, output: OutputFormat) -> str | None:
    if output == "json":
        return as_json(result)
    if output == "md":
        return render_requirements_markdown(result)
    print_table(result)
    return None
