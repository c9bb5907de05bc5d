"""`autoagi serve` on an empty data directory: a real server process, driven over HTTP."""

from __future__ import annotations

import email
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from support.services import free_port

AUTOAGI = [sys.executable, "-m", "autoagi.cli"]
PASSWORD = "correct horse battery staple 42"


def environment(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AUTOAGI_")}
    env.update(AUTOAGI_DATA_DIR=str(data_dir), AUTOAGI_ARGON2_MEMORY_KIB="1024", AUTOAGI_ARGON2_TIME_COST="1", **extra)
    return env


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    data_dir = tmp_path / "data"
    port = free_port()
    process = subprocess.Popen(
        [*AUTOAGI, "serve", "--port", str(port)],
        env=environment(data_dir),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"server did not become ready:\n{process.stdout.read().decode()}")
            time.sleep(0.2)
        yield base, data_dir
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_serve_migrates_an_empty_data_dir_and_serves_the_api(server: tuple[str, Path]) -> None:
    base, data_dir = server
    assert (data_dir / "autoagi.db").exists()
    assert httpx.get(f"{base}/api/docs").status_code == 200
    with httpx.Client(base_url=base) as client:
        assert (
            client.post(
                "/api/v1/auth/register", json={"email": "e2e@example.com", "password": PASSWORD, "name": "E"}
            ).status_code
            == 202
        )
        message = email.message_from_bytes(next((data_dir / "outbox").glob("*.eml")).read_bytes())
        mail = message.get_payload(decode=True).decode()
        token = re.search(r"token=([A-Za-z0-9_\-]+)", mail).group(1)
        assert client.post("/api/v1/auth/verify-email", json={"token": token}).status_code == 200
        session = client.post("/api/v1/auth/login", json={"email": "e2e@example.com", "password": PASSWORD}).json()
        headers = {"Authorization": f"Bearer {session['access_token']}"}
        project = client.post("/api/v1/projects", json={"name": "From the CLI"}, headers=headers)
        assert project.status_code == 201
        assert client.get("/api/v1/projects", headers=headers).json()["total"] == 1


def test_create_admin_then_login(tmp_path: Path) -> None:
    env = environment(tmp_path, AUTOAGI_ADMIN_PASSWORD=PASSWORD)
    subprocess.run([*AUTOAGI, "db", "upgrade"], env=env, check=True, capture_output=True)
    created = subprocess.run(
        [*AUTOAGI, "users", "create-admin", "--email", "Root@Example.com"], env=env, capture_output=True, text=True
    )
    assert created.returncode == 0, created.stderr
    assert "created administrator root@example.com" in created.stdout
    again = subprocess.run(
        [*AUTOAGI, "users", "create-admin", "--email", "root@example.com"], env=env, capture_output=True, text=True
    )
    assert "promoted" in again.stdout
    weak = subprocess.run(
        [*AUTOAGI, "users", "create-admin", "--email", "x@example.com", "--password", "123"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert weak.returncode == 1 and "at least 10" in weak.stderr
    current = subprocess.run([*AUTOAGI, "db", "current"], env=env, capture_output=True, text=True)
    assert "(head)" in current.stdout + current.stderr


def test_production_refuses_unsafe_settings_with_the_fix(tmp_path: Path) -> None:
    result = subprocess.run(
        [*AUTOAGI, "serve", "--port", str(free_port())],
        env=environment(tmp_path, AUTOAGI_ENV="production"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "AUTOAGI_SECRET_KEY" in result.stderr and "AUTOAGI_DATABASE_URL" in result.stderr
    assert not (tmp_path / "autoagi.db").exists()  # production never auto-migrates


def test_seeded_example_project_is_there_for_the_demo_account(tmp_path: Path) -> None:
    env = environment(tmp_path)
    seeded = subprocess.run([*AUTOAGI, "db", "seed"], env=env, capture_output=True, text=True)
    assert seeded.returncode == 0, seeded.stderr
    password = re.search(r"demo@example.com / (\S+)", seeded.stdout).group(1)
    again = subprocess.run([*AUTOAGI, "db", "seed"], env=env, capture_output=True, text=True)
    assert "already there" in again.stdout
    port = free_port()
    process = subprocess.Popen(
        [*AUTOAGI, "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        session = httpx.post(
            f"{base}/api/v1/auth/login", json={"email": "demo@example.com", "password": password}
        ).json()
        headers = {"Authorization": f"Bearer {session['access_token']}"}
        projects = httpx.get(f"{base}/api/v1/projects", headers=headers).json()
        assert projects["total"] == 1
        project_id = projects["items"][0]["id"]
        documents = httpx.get(f"{base}/api/v1/projects/{project_id}/documents", headers=headers).json()
        assert documents["total"] == 5
        requirements = httpx.get(f"{base}/api/v1/projects/{project_id}/requirements", headers=headers).json()
        assert requirements["total"] > 10
    finally:
        process.terminate()
        process.wait(timeout=20)
