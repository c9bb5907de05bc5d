"""Started once per interpreter by ``warm_start.py``: imports the libraries a generated app's tests
import (pytest, FastAPI, pydantic, …), then forks a fresh child for each sandboxed run asked of it.

    python -I -B -u zygote.py [MODULE...]

Importing those libraries takes most of a small test run (about half a second); a child forked
from here starts with them in memory. Nothing generated ever runs in this process: the child first
builds the same sandbox ``sandbox.py`` builds between fork and exec (own session, network
namespace, limits, scrubbed environment, output files, working folder) and only then hands over to
``guard.main``, which installs the guard before the first generated module is imported.

Protocol, one JSON object per line. In, on stdin: ``{"id", "argv", "cwd", "env", "stdout",
"stderr", "limits": [[resource, soft, hard], ...], "isolate_network"}``, where ``argv`` is what
``guard.py`` takes. Out, on stdout: ``{"ready": true}`` once warm, then ``{"id", "pid"}`` or
``{"id", "error"}`` per request and ``{"exited", "status", "cpu_s"}`` when a child ends (``status``
is the raw wait status). When stdin closes this process ends; its children have their own
sessions and are ended by whoever started them.

Standard library only, apart from the modules it is asked to warm, which may be missing.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import importlib.util
import json
import os
import resource
import select
import signal
import sys
import traceback


def _load_beside(name: str):
    """A module next to this script, loaded by file name: ``-I`` leaves this folder off ``sys.path``,
    and it must stay off, so the generated app sees the same ``sys.path`` as in a cold start."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), f"{name}.py")
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


guard = _load_beside("guard")
netns = _load_beside("netns")


def warm_up(modules: list[str]) -> None:
    for name in modules:
        with contextlib.suppress(Exception):  # a missing library is imported (or not) by the test run itself
            importlib.import_module(name)
    gc.collect()
    gc.freeze()  # keep the warm modules out of every child's collections, and their pages shared


def redirect(fd: int, path: str, flags: int) -> None:
    opened = os.open(path, flags, 0o600)
    os.dup2(opened, fd)
    os.close(opened)


def run_child(request: dict, unshare) -> int:
    """In the forked child: become the sandboxed process, then run the guard."""
    signal.set_wakeup_fd(-1)
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    os.setsid()  # its own process group, so a timeout can kill everything it starts
    if request["isolate_network"]:
        netns.isolate_network(unshare)
    for kind, soft, hard in request["limits"]:
        resource.setrlimit(kind, (soft, hard))
    redirect(0, os.devnull, os.O_RDONLY)
    redirect(1, request["stdout"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    redirect(2, request["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    os.closerange(3, resource.getrlimit(resource.RLIMIT_NOFILE)[0])  # the protocol pipes among them
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    if "tempfile" in sys.modules:
        sys.modules["tempfile"].tempdir = None  # found again from the run's TMPDIR
    sys.argv = [guard.__file__, *request["argv"]]
    try:
        code = guard.main(request["argv"])
    except SystemExit as stop:
        code = stop.code
    except BaseException:
        traceback.print_exc()
        code = 1
    if code is not None and not isinstance(code, int):
        print(code, file=sys.stderr)
        code = 1
    return code or 0


def child_main(request: dict, unshare) -> None:
    """Never returns: the child must not fall back into the server loop."""
    code = 1
    try:
        code = run_child(request, unshare)
        import atexit

        atexit._run_exitfuncs()
    except BaseException:
        with contextlib.suppress(BaseException):
            traceback.print_exc()
    finally:
        with contextlib.suppress(BaseException):
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(code if isinstance(code, int) else 1)


def send(message: dict) -> None:
    os.write(1, (json.dumps(message) + "\n").encode("utf-8"))


def start(request: dict, unshare) -> None:
    try:
        pid = os.fork()
    except OSError as error:
        send({"id": request.get("id"), "error": f"could not fork: {error}"})
        return
    if pid == 0:
        child_main(request, unshare)
    send({"id": request.get("id"), "pid": pid})


def reap() -> None:
    while True:
        try:
            pid, status, usage = os.wait4(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        send({"exited": pid, "status": status, "cpu_s": usage.ru_utime + usage.ru_stime})


def serve(unshare) -> None:
    wake_read, wake_write = os.pipe()
    for fd in (wake_read, wake_write):
        os.set_blocking(fd, False)
    signal.set_wakeup_fd(wake_write)
    signal.signal(signal.SIGCHLD, lambda *_: None)  # only to wake ``select``
    pending = b""
    send({"ready": True})
    while True:
        readable, _, _ = select.select([0, wake_read], [], [])
        if wake_read in readable:
            with contextlib.suppress(BlockingIOError):
                while os.read(wake_read, 4096):
                    pass
        reap()
        if 0 not in readable:
            continue
        data = os.read(0, 65536)
        if not data:
            return
        pending += data
        *lines, pending = pending.split(b"\n")
        for line in lines:
            if line.strip():
                start(json.loads(line), unshare)
        reap()


def main(modules: list[str]) -> None:
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    unshare = netns.libc_unshare()  # before any fork: a child loads nothing through ctypes
    warm_up(modules)
    serve(unshare)


if __name__ == "__main__":
    main(sys.argv[1:])
