"""Helpers to drive the API under test as its users would."""

from __future__ import annotations

import email
import re
from dataclasses import dataclass, field
from email.message import Message
from pathlib import Path

import httpx

from autoagi.server.config import Settings

STRONG_PASSWORD = "correct horse battery staple 42"


def make_test_settings(tmp_path: Path, **overrides) -> Settings:
    values = dict(
        env="test",
        data_dir=tmp_path,
        secret_key="test-secret-key-" + "x" * 32,
        argon2_time_cost=1,
        argon2_memory_kib=1024,
        log_json=False,
        log_level="WARNING",
        login_rate_limit="1000/minute",
        mail_rate_limit="1000/minute",
        mail_rate_limit_per_client="1000/minute",
    )
    values.update(overrides)
    return Settings(**values)


@dataclass
class Outbox:
    folder: Path

    def messages(self) -> list[Message]:
        return [email.message_from_bytes(p.read_bytes()) for p in sorted(self.folder.glob("*.eml"))]

    def last_to(self, address: str) -> Message:
        found = [m for m in self.messages() if m["To"] == address]
        assert found, f"no e-mail to {address}; outbox has {[m['To'] for m in self.messages()]}"
        return found[-1]

    def token_for(self, address: str) -> str:
        body = self.last_to(address).get_payload(decode=True).decode()
        match = re.search(r"[?&]token=([A-Za-z0-9_\-]+)", body)
        assert match, f"no token link in: {body}"
        return match.group(1)


@dataclass
class Api:
    """An HTTP client of the app under test, plus what the test needs to act as users."""

    client: httpx.AsyncClient
    outbox: Outbox
    settings: Settings
    context: object | None = None  # the AppContext of live tests
    tokens: dict[str, str] = field(default_factory=dict)

    def auth(self, who: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[who]}"}

    async def register(self, address: str, name: str = "Test User", password: str = STRONG_PASSWORD) -> None:
        response = await self.client.post(
            "/api/v1/auth/register", json={"email": address, "password": password, "name": name}
        )
        assert response.status_code == 202, response.text

    async def verify(self, address: str) -> dict:
        response = await self.client.post("/api/v1/auth/verify-email", json={"token": self.outbox.token_for(address)})
        assert response.status_code == 200, response.text
        return response.json()

    async def login(self, address: str, password: str = STRONG_PASSWORD) -> dict:
        response = await self.client.post("/api/v1/auth/login", json={"email": address, "password": password})
        assert response.status_code == 200, response.text
        return response.json()

    async def user(self, who: str, name: str | None = None) -> str:
        """Register, verify and sign in ``who@example.com``; its token is kept under ``who``."""
        address = f"{who}@example.com"
        await self.register(address, name or who.title())
        await self.verify(address)
        self.tokens[who] = (await self.login(address))["access_token"]
        return address

    async def finished_job(self, who: str, job_id: str) -> dict:
        """Let the in-process queue run everything, then read the job as the client would."""
        await self.context.jobs.join()
        response = await self.client.get(f"/api/v1/jobs/{job_id}", headers=self.auth(who))
        assert response.status_code == 200, response.text
        return response.json()

    async def upload(self, who: str, project_id: str, name: str, data: bytes, expect: int = 202) -> dict:
        response = await self.client.post(
            f"/api/v1/projects/{project_id}/documents", files={"file": (name, data)}, headers=self.auth(who)
        )
        assert response.status_code == expect, response.text
        return response.json()

    async def project(self, owner: str, name: str = "Clinic booking") -> dict:
        response = await self.client.post("/api/v1/projects", json={"name": name}, headers=self.auth(owner))
        assert response.status_code == 201, response.text
        return response.json()

    async def add_member(self, owner: str, project_id: str, member: str, role: str) -> None:
        response = await self.client.post(
            f"/api/v1/projects/{project_id}/members",
            json={"email": f"{member}@example.com", "role": role},
            headers=self.auth(owner),
        )
        assert response.status_code == 201, response.text
