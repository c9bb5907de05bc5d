"""Live previews: a prototype's app started on demand, reached through the platform, stopped when idle.

Each preview runs as its own process with CPU and memory limits and, where the kernel allows,
without a network (``unshare --net``). It listens on a Unix socket instead of a port, so the
platform's proxy reaches it while the app itself cannot reach anything.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

logger = logging.getLogger("autoagi.preview")

STARTUP_TIMEOUT_S = 30.0
MEMORY_LIMIT_BYTES = 1024 * 1024 * 1024
CPU_LIMIT_S = 3600


class PreviewFailed(RuntimeError):
    pass


def _network_isolation() -> list[str]:
    """``unshare --net`` when this kernel lets us, else nothing (the app still binds only a socket)."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "--net", "true"], capture_output=True).returncode == 0:
        return [unshare, "--net", "--"]
    return []


def _limits() -> None:  # runs in the child before exec
    os.setsid()
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT_BYTES, MEMORY_LIMIT_BYTES))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_LIMIT_S, CPU_LIMIT_S))


def _spawn(argv: list[str], folder: Path, env: dict[str, str]) -> subprocess.Popen:
    with open(folder / ".preview.log", "wb") as log:  # the child keeps its own copy of the handle
        return subprocess.Popen(
            argv,
            cwd=folder,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=log,
            preexec_fn=_limits,
        )


@dataclass
class RunningPreview:
    key: str
    folder: Path
    socket: Path
    process: subprocess.Popen
    client: httpx.AsyncClient
    last_used: float = field(default_factory=time.monotonic)

    def alive(self) -> bool:
        return self.process.poll() is None


def uvicorn_command(app: str) -> Callable[[Path], list[str]]:
    """The start command of an ASGI prototype, for a Unix socket."""

    def command(socket: Path) -> list[str]:
        return [sys.executable, "-m", "uvicorn", app, "--uds", str(socket), "--log-level", "warning"]

    return command


class PreviewManager:
    def __init__(self, idle_timeout_s: float = 600.0, max_running: int = 4):
        self.idle_timeout_s = idle_timeout_s
        self.max_running = max_running
        self._running: dict[str, RunningPreview] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        self._isolation = _network_isolation()
        self._reaper: asyncio.Task | None = None

    async def ensure(
        self, key: str, write_files: Callable[[Path], None], command: Callable[[Path], list[str]]
    ) -> RunningPreview:
        """The running preview for ``key``, started from the files ``write_files`` puts in a folder."""
        lock = self._locks.setdefault(key, asyncio.Lock())
        async with lock:
            preview = self._running.get(key)
            if preview is not None and preview.alive():
                preview.last_used = time.monotonic()
                return preview
            if preview is not None:
                await self._stop(preview)
            await self._make_room()
            preview = await self._start(key, write_files, command)
            self._running[key] = preview
            self._start_reaper()
            return preview

    async def _start(self, key: str, write_files, command) -> RunningPreview:
        folder = Path(tempfile.mkdtemp(prefix="autoagi-preview-"))
        await asyncio.to_thread(write_files, folder)
        socket = folder / f".preview-{uuid.uuid4().hex[:8]}.sock"
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(folder),
            "PYTHONDONTWRITEBYTECODE": "1",
            "PYTHONPATH": str(folder),
            "NO_PROXY": "*",
        }
        process = await asyncio.to_thread(_spawn, [*self._isolation, *command(socket)], folder, env)
        client = httpx.AsyncClient(
            transport=httpx.AsyncHTTPTransport(uds=str(socket)), base_url="http://preview", timeout=30
        )
        preview = RunningPreview(key, folder, socket, process, client)
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while time.monotonic() < deadline:
            if not preview.alive():
                break
            if socket.exists():
                with contextlib.suppress(httpx.TransportError):
                    await client.get("/", timeout=2)
                    return preview
            await asyncio.sleep(0.1)
        log = (folder / ".preview.log").read_text(errors="replace")[-2000:]
        await self._stop(preview)
        raise PreviewFailed(f"the prototype did not start: {log.strip() or 'no output'}")

    async def _stop(self, preview: RunningPreview) -> None:
        self._running.pop(preview.key, None)
        await preview.client.aclose()
        if preview.alive():
            with contextlib.suppress(ProcessLookupError):
                os.killpg(preview.process.pid, signal.SIGTERM)
            try:
                await asyncio.to_thread(preview.process.wait, 5)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(preview.process.pid, signal.SIGKILL)
                await asyncio.to_thread(preview.process.wait)
        shutil.rmtree(preview.folder, ignore_errors=True)

    async def _make_room(self) -> None:
        while len(self._running) >= self.max_running:
            oldest = min(self._running.values(), key=lambda p: p.last_used)
            await self._stop(oldest)

    async def stop_idle(self) -> int:
        now = time.monotonic()
        idle = [p for p in self._running.values() if now - p.last_used > self.idle_timeout_s or not p.alive()]
        for preview in idle:
            await self._stop(preview)
        return len(idle)

    def _start_reaper(self) -> None:
        if self._reaper is None or self._reaper.done():
            self._reaper = asyncio.get_running_loop().create_task(self._reap())

    async def _reap(self) -> None:
        while self._running:
            await asyncio.sleep(min(30.0, self.idle_timeout_s / 2))
            await self.stop_idle()

    def is_running(self, key: str) -> bool:
        preview = self._running.get(key)
        return preview is not None and preview.alive()

    async def close(self) -> None:
        if self._reaper is not None:
            self._reaper.cancel()
        for preview in list(self._running.values()):
            await self._stop(preview)
