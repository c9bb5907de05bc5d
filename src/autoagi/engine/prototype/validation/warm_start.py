"""Start sandboxed guard runs from a warm interpreter (``zygote.py``) instead of a cold one.

A generated app's test run spends most of its time importing pytest, FastAPI and pydantic. One
zygote per interpreter (and set of modules) imports them once and forks a child per run; the child
sets up the same sandbox a cold start gets (see ``zygote.py``) before the guard runs. A
``WarmChild`` answers like ``subprocess.Popen`` (``pid``, ``wait``, ``returncode``), so
``SandboxedProcess`` treats both alike. When a zygote cannot start, ``warm_starter`` says why
and the caller starts cold.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from autoagi.engine.prototype.validation.sandbox import SandboxStartError, sandbox_environment

_HERE = Path(__file__).resolve().parent
GUARD_SCRIPT = _HERE / "guard.py"
ZYGOTE_SCRIPT = _HERE / "zygote.py"
_INTERPRETER_FLAGS = ("-I", "-B", "-u")
_READY_TIMEOUT_S = 60.0


def guard_command(interpreter: str) -> list[str]:
    """How a sandboxed run starts cold; a warm start is given the arguments that follow it."""
    return [interpreter, *_INTERPRETER_FLAGS, str(GUARD_SCRIPT)]


class WarmChild:
    """A run forked by a zygote; waited for through it, since it is the zygote's child."""

    def __init__(self, starter: WarmStarter, pid: int) -> None:
        self.starter, self.pid = starter, pid
        self.returncode: int | None = None
        self.cpu_seconds = 0.0

    def wait(self, timeout: float | None = None) -> int:
        if self.returncode is None:
            status, self.cpu_seconds = self.starter.exit_status(self.pid, timeout)
            self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode


class WarmStarter:
    """One running zygote and the reader thread that collects its answers."""

    def __init__(self, interpreter: str, modules: Sequence[str]) -> None:
        self.command_prefix = guard_command(interpreter)
        self.owner_pid = os.getpid()
        self.folder = Path(tempfile.mkdtemp(prefix="autoagi-zygote-"))
        self.condition = threading.Condition()
        self.write_lock = threading.Lock()
        self.started: dict[int, int | str] = {}  # request id -> pid, or why it failed
        self.exited: dict[int, tuple[int, float]] = {}  # pid -> (wait status, CPU seconds)
        self.cpu_seconds = 0.0  # of every child that ended: they are not this process's children
        self.alive, self.ready = True, False
        self.next_id = 0
        log = open(self.folder / "zygote.log", "wb")  # noqa: SIM115 - the child keeps it
        try:
            self.process = subprocess.Popen(
                [interpreter, *_INTERPRETER_FLAGS, str(ZYGOTE_SCRIPT), *modules],
                cwd=self.folder,  # never an app's folder: -I keeps it off sys.path anyway
                env=sandbox_environment(self.folder, None),  # no platform secrets, even in /proc/PID/environ
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log,
                start_new_session=True,
                close_fds=True,
            )
        except OSError as error:
            shutil.rmtree(self.folder, ignore_errors=True)
            raise SandboxStartError(f"could not start the zygote: {error}") from error
        finally:
            log.close()
        threading.Thread(target=self._read, args=(self.process.stdout,), name="zygote-reader", daemon=True).start()
        with self.condition:
            self.condition.wait_for(lambda: self.ready or not self.alive, _READY_TIMEOUT_S)
        if not self.ready:
            problem = self.log_tail()
            self.close()
            raise SandboxStartError(f"the zygote did not start: {problem or 'no answer'}")

    def _read(self, stream: IO[bytes]) -> None:
        for line in stream:
            message = json.loads(line)
            with self.condition:
                if message.get("ready"):
                    self.ready = True
                elif "exited" in message:
                    self.exited[message["exited"]] = (message["status"], message["cpu_s"])
                    self.cpu_seconds += message["cpu_s"]
                else:
                    self.started[message["id"]] = message.get("pid") or message.get("error", "no pid")
                self.condition.notify_all()
        with self.condition:
            self.alive = False
            self.condition.notify_all()

    def spawn(
        self,
        argv: Sequence[str],
        *,
        cwd: Path,
        env: dict[str, str],
        stdout: Path,
        stderr: Path,
        limits: list[tuple[int, int, int]],
        isolate_network: bool,
    ) -> WarmChild:
        """Start ``argv`` — a guard command for this zygote's interpreter — as a sandboxed child."""
        if list(argv[: len(self.command_prefix)]) != self.command_prefix:
            raise SandboxStartError(f"not a guard run of {self.command_prefix[0]}: {list(argv)[:5]}")
        request = {
            "argv": list(argv[len(self.command_prefix) :]),
            "cwd": str(cwd),
            "env": env,
            "stdout": str(stdout),
            "stderr": str(stderr),
            "limits": limits,
            "isolate_network": isolate_network,
        }
        with self.write_lock:
            self.next_id += 1
            request["id"] = request_id = self.next_id
            try:
                assert self.process.stdin is not None
                self.process.stdin.write((json.dumps(request) + "\n").encode("utf-8"))
                self.process.stdin.flush()
            except (OSError, ValueError) as error:
                raise SandboxStartError(f"the zygote stopped: {error}") from error
        with self.condition:
            self.condition.wait_for(lambda: request_id in self.started or not self.alive, _READY_TIMEOUT_S)
            answer = self.started.pop(request_id, None)
        if not isinstance(answer, int):
            raise SandboxStartError(f"the zygote could not start the run: {answer or 'it stopped'}")
        return WarmChild(self, answer)

    def exit_status(self, pid: int, timeout: float | None) -> tuple[int, float]:
        """The raw wait status and CPU seconds of a child once it ended; ``TimeoutExpired`` first."""
        with self.condition:
            if not self.condition.wait_for(lambda: pid in self.exited or not self.alive, timeout):
                raise subprocess.TimeoutExpired(str(pid), timeout or 0)
            if pid not in self.exited:
                raise SandboxStartError("the zygote stopped while the run was going on")
            return self.exited.pop(pid)

    def log_tail(self) -> str:
        with contextlib.suppress(OSError):
            return (self.folder / "zygote.log").read_text(encoding="utf-8", errors="replace")[-2000:].strip()
        return ""

    def close(self) -> None:
        """Closing its stdin ends the zygote; runs still going on are their starters' to end."""
        with contextlib.suppress(OSError, ValueError):
            if self.process.stdin is not None:
                self.process.stdin.close()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.alive = False
        shutil.rmtree(self.folder, ignore_errors=True)


_STARTERS: dict[tuple[str, tuple[str, ...]], WarmStarter] = {}
_FAILED: dict[tuple[str, tuple[str, ...]], str] = {}  # why a zygote could not start: not tried again
_RETIRED_CPU = [0.0]  # of starters that stopped and were replaced
_LOCK = threading.Lock()


def warm_starter(interpreter: str, modules: Sequence[str]) -> WarmStarter:
    """The zygote of ``interpreter`` warmed with ``modules``, started on first use (and again if it
    stopped). ``SandboxStartError`` when it cannot start: the caller then starts cold."""
    key = (interpreter, tuple(modules))
    with _LOCK:
        starter = _STARTERS.get(key)
        if starter is not None and starter.alive and starter.owner_pid == os.getpid():
            return starter
        if key in _FAILED:
            raise SandboxStartError(_FAILED[key])
        if starter is not None:
            _RETIRED_CPU[0] += starter.cpu_seconds
        try:
            _STARTERS[key] = starter = WarmStarter(interpreter, modules)
        except SandboxStartError as error:
            _FAILED[key] = str(error)
            raise
        return starter


def children_cpu_seconds() -> float:
    """CPU seconds of every warm-started run that ended in this process's zygotes (the zygotes'
    children, which ``getrusage(RUSAGE_CHILDREN)`` of this process does not count)."""
    with _LOCK:
        return _RETIRED_CPU[0] + sum(starter.cpu_seconds for starter in _STARTERS.values())


@atexit.register
def close_all() -> None:
    with _LOCK:
        for starter in _STARTERS.values():
            if starter.owner_pid == os.getpid():
                starter.close()
        _STARTERS.clear()
