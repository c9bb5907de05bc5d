"""Run an untrusted command in a sandbox: own session, no network, CPU/memory/file limits, wall clock.

Layers, outermost first:

1. A new network namespace (``unshare(CLONE_NEWNET)`` in the child before ``exec``) holding only
   a loopback interface, brought up so the app can serve the smoke test on 127.0.0.1. Needs root
   or CAP_SYS_ADMIN; where that fails the run continues without it and says so (``network``).
2. ``setrlimit`` in the child: CPU seconds (SIGXCPU, then SIGKILL), address space, file size,
   open files, no core dumps.
3. A scrubbed environment: no platform secrets, proxies pointing at a closed port, HOME and
   TMPDIR inside the run's own folder.
4. Inside the interpreter, ``guard.py`` installs an audit hook that refuses non-loopback sockets,
   new processes and writes outside the run's folders (see there).
5. A wall-clock timeout that kills the whole process group.

Output goes to files, not pipes, so a chatty or stuck child can neither fill memory nor block.
"""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from autoagi.engine.prototype.validation import netns

if TYPE_CHECKING:
    from autoagi.engine.prototype.validation.warm_start import WarmChild, WarmStarter

_KILL_GRACE_SECONDS = 5


@dataclass(frozen=True)
class SandboxLimits:
    cpu_seconds: int = 60
    memory_bytes: int = 2 * 1024**3  # address space; threads reserve far more than they touch
    wall_seconds: float = 90.0
    file_bytes: int = 64 * 1024**2  # any one file written, logs included
    open_files: int = 512
    output_bytes: int = 64 * 1024  # kept per stream for the log: head and tail


class SandboxStartError(RuntimeError):
    """A run could not be started, or its starter stopped while it ran."""


@dataclass
class SandboxResult:
    argv: list[str]
    returncode: int | None
    duration_s: float
    timed_out: bool
    stdout: str
    stderr: str
    network_isolated: bool
    signal_name: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def killed_by_limit(self) -> str | None:
        """Which limit stopped the process, in words, if one did."""
        if self.timed_out:
            return "wall-clock timeout"
        return {
            "SIGXCPU": "CPU time limit",
            "SIGKILL": "killed (CPU hard limit or out of memory)",
            "SIGXFSZ": "file size limit",
            "SIGSEGV": "crashed (often the memory limit)",
        }.get(self.signal_name or "")


def network_namespace_available() -> bool:
    """Whether this process may create a network namespace (tried in a throw-away child)."""
    try:
        completed = subprocess.run(
            ["/bin/true"], preexec_fn=_child_setup(None, True), timeout=10, check=False, capture_output=True
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return completed.returncode == 0


class SandboxedProcess:
    """A started sandboxed process. Starting is separate from waiting so a caller can run two at
    once from one thread: forking with a ``preexec_fn`` from several threads at a time is unsafe."""

    def __init__(
        self,
        argv: Sequence[str],
        *,
        cwd: Path,
        work_dir: Path,
        limits: SandboxLimits,
        env: dict[str, str] | None = None,
        isolate_network: bool = True,
        warm: WarmStarter | None = None,
    ) -> None:
        self.argv, self.limits, self.isolate_network = list(argv), limits, isolate_network
        work_dir.mkdir(parents=True, exist_ok=True)
        home = work_dir / "home"
        home.mkdir(exist_ok=True)
        self.stdout_path, self.stderr_path = work_dir / "stdout.log", work_dir / "stderr.log"
        self.started = time.monotonic()
        self.process: subprocess.Popen | WarmChild | None = None
        self.start_error = ""
        self.notes: list[str] = []
        if warm is not None:
            try:
                self.process = warm.spawn(
                    self.argv,
                    cwd=cwd,
                    env=sandbox_environment(home, env),
                    stdout=self.stdout_path,
                    stderr=self.stderr_path,
                    limits=resource_limits(limits),
                    isolate_network=isolate_network,
                )
                self.notes.append("started warm: forked from an interpreter with its libraries imported")
                return
            except SandboxStartError as error:
                self.notes.append(f"started cold: {error}")
        with open(self.stdout_path, "wb") as stdout, open(self.stderr_path, "wb") as stderr:
            try:
                self.process = subprocess.Popen(
                    self.argv,
                    cwd=cwd,
                    env=sandbox_environment(home, env),
                    stdin=subprocess.DEVNULL,
                    stdout=stdout,
                    stderr=stderr,
                    start_new_session=True,  # its own process group, so the timeout can kill every child
                    preexec_fn=_child_setup(limits, isolate_network),
                    close_fds=True,
                )
            except (OSError, subprocess.SubprocessError) as error:
                self.start_error = f"could not start: {error}"

    def wait(self) -> SandboxResult:
        """Wait until it ends or its wall-clock time is up; never raises for what the child did."""
        if self.process is None:
            return SandboxResult(self.argv, None, 0.0, False, "", self.start_error, self.isolate_network)
        timed_out = False
        remaining = max(0.0, self.limits.wall_seconds - (time.monotonic() - self.started))
        try:
            self.process.wait(timeout=remaining)
        except subprocess.TimeoutExpired:
            timed_out = True
        except SandboxStartError as error:  # its zygote stopped: the outcome is lost, the run is ended
            self.notes.append(str(error))
        _kill_group(self.process.pid)  # also ends anything left running in the background
        if timed_out and not isinstance(self.process, subprocess.Popen):
            # A warm child may be stopped before its setsid(): then it is no group leader yet.
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(self.process.pid, signal.SIGKILL)
        if timed_out:
            with contextlib.suppress(subprocess.TimeoutExpired, SandboxStartError):
                self.process.wait(timeout=_KILL_GRACE_SECONDS)
        returncode = self.process.returncode
        signal_name = signal.Signals(-returncode).name if returncode is not None and returncode < 0 else None
        return SandboxResult(
            argv=self.argv,
            returncode=returncode,
            duration_s=time.monotonic() - self.started,
            timed_out=timed_out,
            stdout=read_truncated(self.stdout_path, self.limits.output_bytes),
            stderr=read_truncated(self.stderr_path, self.limits.output_bytes),
            network_isolated=self.isolate_network,
            signal_name=signal_name,
            notes=self.notes,
        )


def run_sandboxed(
    argv: Sequence[str],
    *,
    cwd: Path,
    work_dir: Path,
    limits: SandboxLimits,
    env: dict[str, str] | None = None,
    isolate_network: bool = True,
) -> SandboxResult:
    """Run ``argv`` in the sandbox and wait for it."""
    return SandboxedProcess(
        argv, cwd=cwd, work_dir=work_dir, limits=limits, env=env, isolate_network=isolate_network
    ).wait()


def sandbox_environment(home: Path, extra: dict[str, str] | None) -> dict[str, str]:
    """Only what an interpreter needs; nothing from the platform's own environment leaks in."""
    closed_port = "http://127.0.0.1:9"  # discard port: anything honouring proxies fails at once
    environment = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "TMPDIR": str(home),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONHASHSEED": "0",
        "PYTHONUNBUFFERED": "1",
        "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
        "MALLOC_ARENA_MAX": "2",  # glibc reserves 64 MiB of address space per thread arena otherwise
        "HTTP_PROXY": closed_port,
        "HTTPS_PROXY": closed_port,
        "ALL_PROXY": closed_port,
        "http_proxy": closed_port,
        "https_proxy": closed_port,
        "all_proxy": closed_port,
        "NO_PROXY": "127.0.0.1,localhost",
        "no_proxy": "127.0.0.1,localhost",
    }
    environment.update(extra or {})
    return environment


def read_truncated(path: Path, limit: int) -> str:
    """The head and tail of a file, with how much was left out between them."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            if size <= limit:
                return handle.read().decode("utf-8", "replace")
            head = handle.read(limit // 2)
            handle.seek(size - limit // 2)
            tail = handle.read()
    except OSError:
        return ""
    skipped = size - len(head) - len(tail)
    return f"{head.decode('utf-8', 'replace')}\n[... {skipped} bytes left out ...]\n{tail.decode('utf-8', 'replace')}"


def resource_limits(limits: SandboxLimits) -> list[tuple[int, int, int]]:
    """``(resource, soft, hard)`` for ``setrlimit``: CPU (SIGXCPU at the soft limit, SIGKILL two
    seconds later), address space, file size, open files, no core dumps."""
    return [
        (resource.RLIMIT_CPU, limits.cpu_seconds, limits.cpu_seconds + 2),
        (resource.RLIMIT_AS, limits.memory_bytes, limits.memory_bytes),
        (resource.RLIMIT_FSIZE, limits.file_bytes, limits.file_bytes),
        (resource.RLIMIT_NOFILE, limits.open_files, limits.open_files),
        (resource.RLIMIT_CORE, 0, 0),
    ]


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


def _child_setup(limits: SandboxLimits | None, isolate_network: bool) -> Callable[[], None]:
    """What runs in the child between fork and exec. Everything it calls is resolved here, in the
    parent, so the child takes no import lock and allocates as little as possible."""
    unshare = netns.libc_unshare() if isolate_network else None
    rlimits = resource_limits(limits) if limits is not None else []

    def setup() -> None:
        if unshare is not None:
            netns.isolate_network(unshare)
        for kind, soft, hard in rlimits:
            resource.setrlimit(kind, (soft, hard))

    return setup
