"""Jobs of the documents domain."""

from __future__ import annotations

import uuid
from typing import Any

from autoagi.engine.analysis import analyze
from autoagi.engine.artifacts import AnalysisResult, Document
from autoagi.engine.llm import extract_requirements
from autoagi.server.documents import storage_keys
from autoagi.server.documents.repository import DocumentRepository
from autoagi.server.models import DocumentRecord
from autoagi.server.requirements.merge import merge_analysis
from autoagi.server.worker.llm import run_with_project_llm
from autoagi.server.worker.registry import job_handler
from autoagi.server.worker.runner import JobContext, JobFailed

ANALYSIS_SHARE = (0.05, 0.9)  # of the job's progress; loading and merging take the rest


async def load_documents(job: JobContext, records: list[DocumentRecord]) -> list[Document]:
    return [
        Document.model_validate_json(await job.app.storage.get(storage_keys.ingested(record.id))) for record in records
    ]


async def analyze_and_merge(job: JobContext, project_id: uuid.UUID, records: list[DocumentRecord]) -> dict[str, Any]:
    """Analyse the documents together and fold the result into the project's requirements."""
    await job.progress(0.01, "loading documents")
    documents = await load_documents(job, records)
    result, llm_note = await extract(job, project_id, documents)
    await job.progress(0.92, "merging with the project's requirements")
    record_ids = {document.id: str(record.id) for document, record in zip(documents, records, strict=True)}
    async with job.app.sessions() as session, session.begin():
        summary = await merge_analysis(session, project_id, result, record_ids)
        repository = DocumentRepository(session)
        for record in records:
            stored = await repository.get(record.id)
            if stored is not None:
                stored.status, stored.error = "analyzed", None
                stored.findings = [
                    finding.model_dump(mode="json")
                    for finding in result.findings
                    if finding.document_id == record.artifact_id
                ]
    return {
        "requirements": len(result.requirements),
        "llm": llm_note,
        "merge": summary.as_dict(),
        "findings": [finding.model_dump(mode="json") for finding in result.findings],
    }


def _offline_analysis(documents: list[Document], progress) -> AnalysisResult:
    return analyze(documents, None, progress=progress)


async def extract(job: JobContext, project_id: uuid.UUID, documents: list[Document]) -> tuple[AnalysisResult, dict]:
    """The project's LLM proposes, the engine grounds every quote; or the offline engine alone."""
    return await run_with_project_llm(
        job, project_id, extract_requirements, _offline_analysis, (documents,), progress_scale=ANALYSIS_SHARE
    )


async def mark_failed(job: JobContext, record_ids: list[uuid.UUID], message: str) -> None:
    async with job.app.sessions() as session, session.begin():
        repository = DocumentRepository(session)
        for record_id in record_ids:
            record = await repository.get(record_id)
            if record is not None:
                record.status, record.error = "failed", message


@job_handler("documents.analyze")
async def analyze_document(job: JobContext) -> dict[str, Any]:
    document_id = uuid.UUID(job.payload["document_id"])
    async with job.app.sessions() as session:
        record = await DocumentRepository(session).get(document_id)
    if record is None:
        raise JobFailed("The document was deleted before it could be analysed.")
    try:
        return await analyze_and_merge(job, record.project_id, [record])
    except Exception:
        await mark_failed(job, [document_id], "Analysis failed; see the job for details.")
        raise
