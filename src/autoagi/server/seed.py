"""An example project for a fresh embedded install: a demo account, a client, documents, requirements.

`make run` calls this before serving, so the first screen is not empty. It does nothing when the
demo account exists already, and it refuses to run in production.
"""

from __future__ import annotations

import asyncio
import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from autoagi.engine.analysis import analyze
from autoagi.engine.ingest import ingest
from autoagi.server.auth.repository import UserRepository
from autoagi.server.clients.repository import ClientRepository
from autoagi.server.config import Settings
from autoagi.server.context import AppContext
from autoagi.server.documents import storage_keys
from autoagi.server.documents.repository import DocumentRepository
from autoagi.server.models import Client, DocumentRecord, Project, ProjectMember, User
from autoagi.server.projects.repository import MemberRepository, ProjectRepository
from autoagi.server.requirements.merge import merge_analysis

DEMO_EMAIL = "demo@example.com"
EXAMPLE_FILES = (
    "meeting-notes.md",
    "kickoff-transcript.vtt",
    "client-email-thread.eml",
    "srs.pdf",
    "requirements.docx",
)


@dataclass(frozen=True)
class SeedResult:
    created: bool
    email: str
    password: str | None
    credentials_file: Path


def examples_dir() -> Path:
    return Path(__file__).resolve().parents[3] / "examples"


async def seed_example_project(settings: Settings, examples: Path | None = None) -> SeedResult:
    if settings.env == "production":
        raise RuntimeError("the example project is for development installs, not production")
    credentials = settings.data_dir / "demo-credentials.txt"
    context = AppContext.from_settings(settings)
    try:
        async with context.sessions() as session, session.begin():
            users = UserRepository(session)
            if await users.by_email(DEMO_EMAIL) is not None:
                return SeedResult(False, DEMO_EMAIL, None, credentials)
            password = secrets.token_urlsafe(12)
            user = await users.add(
                User(
                    email=DEMO_EMAIL,
                    name="Demo User",
                    password_hash=context.passwords.hash(password),
                    email_verified_at=datetime.now(UTC),
                )
            )
            client = await ClientRepository(session).add(
                Client(owner_id=user.id, name="Harbourside Veterinary Clinic", industry="Veterinary care")
            )
            project = await ProjectRepository(session).add(
                Project(
                    owner_id=user.id,
                    client_id=client.id,
                    name="Online booking",
                    description="Appointments, reminders and pet records for a three-vet clinic (example project).",
                    status="active",
                    project_type="web_app",
                    llm_settings={},
                )
            )
            await MemberRepository(session).add(ProjectMember(project_id=project.id, user_id=user.id, role="owner"))
            await _add_documents(context, session, project, user, examples or examples_dir())
        credentials.parent.mkdir(parents=True, exist_ok=True)
        credentials.write_text(f"e-mail: {DEMO_EMAIL}\npassword: {password}\n")
        credentials.chmod(0o600)
        return SeedResult(True, DEMO_EMAIL, password, credentials)
    finally:
        await context.close()


async def _add_documents(context: AppContext, session, project: Project, user: User, folder: Path) -> None:
    documents, record_ids = [], {}
    repository = DocumentRepository(session)
    for name in EXAMPLE_FILES:
        path = folder / name
        if not path.is_file():
            continue
        data = path.read_bytes()
        document = await asyncio.to_thread(ingest, data, name)
        record = await repository.add(
            DocumentRecord(
                project_id=project.id,
                uploaded_by_id=user.id,
                name=name,
                media_type=document.media_type,
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                storage_key="",
                artifact_id=document.id,
                word_count=len(document.text.split()),
                status="analyzed",
            )
        )
        record.storage_key = storage_keys.original(record.id)
        await context.storage.put(record.storage_key, data, document.media_type)
        await context.storage.put(
            storage_keys.ingested(record.id), document.model_dump_json().encode(), "application/json"
        )
        documents.append(document)
        record_ids[document.id] = str(record.id)
    if documents:
        result = await asyncio.to_thread(analyze, documents)
        await merge_analysis(session, project.id, result, record_ids)
