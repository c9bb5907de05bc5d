"""Started inside the sandbox, before any generated code: installs the guard, then runs pytest or a module.

    python -I -B -u guard.py --violations FILE --writable DIR [--writable DIR...] \
        (pytest --results FILE [--select FILE] -- PYTEST_ARGS... | module NAME -- ARGS...)

The guard is a ``sys.audit`` hook, which no Python code can remove once installed. It refuses
sockets to anything but loopback, DNS lookups of other hosts, new processes, ``ctypes``, writes
outside the given folders and reads outside them and the interpreter's and system's shared files
(so platform data cannot reach a log), and logs each refusal, with the running test, as a JSON line.
It sits inside the network namespace and resource limits of ``sandbox.py``; native code can
get past an audit hook, the namespace and limits it cannot.

Standard library only: it runs with the generated app's interpreter and must not import the
platform.
"""

from __future__ import annotations

import contextlib
import gc
import ipaddress
import json
import os
import runpy
import site
import sys
import threading

_LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1", "ip6-localhost"})
_SPAWN_EVENTS = frozenset(
    {"subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork", "os.forkpty", "pty.spawn"}
)
_PATH_EVENTS = frozenset(
    {
        "os.remove",
        "os.rmdir",
        "os.mkdir",
        "os.rename",
        "os.replace",
        "os.chmod",
        "os.chown",
        "os.truncate",
        "os.link",
        "os.symlink",
        "shutil.rmtree",
        "shutil.copyfile",
        "shutil.move",
    }
)
_NETWORK_EVENTS = frozenset(
    {
        "socket.connect",
        "socket.sendto",
        "socket.bind",
        "socket.getaddrinfo",
        "socket.gethostbyname",
        "socket.gethostbyname_ex",
        "socket.gethostbyaddr",
    }
)
_WATCHED = _SPAWN_EVENTS | _PATH_EVENTS | _NETWORK_EVENTS | {"open", "sqlite3.connect", "ctypes.dlopen"}
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_TRUNC
CURRENT_TEST = {"nodeid": None}


class SandboxViolation(PermissionError):
    pass


def _is_loopback_host(host: object) -> bool:
    if host is None:
        return True  # getaddrinfo(None, port): the local wildcard, used for binding
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


def _is_ip_address(host: object) -> bool:
    try:
        ipaddress.ip_address(host.decode() if isinstance(host, bytes) else str(host))
    except ValueError:
        return False
    return True


def _is_loopback_address(address: object) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX paths
        return True
    if isinstance(address, tuple) and address:
        return _is_loopback_host(address[0])
    return False


class Guard:
    def __init__(self, writable: list[str], violations_fd: int) -> None:
        self.writable = [os.path.realpath(path) for path in writable]
        self.readable = self.writable + [os.path.realpath(path) for path in _readable_roots()]
        self.violations_fd = violations_fd
        self.local = threading.local()

    def hook(self, event: str, args: tuple) -> None:
        if event not in _WATCHED or getattr(self.local, "busy", False):
            return  # our own checks trigger events too
        self.local.busy = True
        try:
            problem = self.check(event, args)
        finally:
            self.local.busy = False
        if problem:
            self.report(event, problem)
            raise SandboxViolation(f"blocked by the validation sandbox: {problem}")

    def check(self, event: str, args: tuple) -> str | None:
        if event in ("socket.connect", "socket.sendto") and len(args) >= 2:
            return None if _is_loopback_address(args[1]) else f"network access to {args[1]!r}"
        if event == "socket.bind" and len(args) >= 2:
            return None if _is_loopback_address(args[1]) else f"listening on {args[1]!r}"
        if event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex", "socket.gethostbyaddr"):
            host = args[0] if args else None
            if _is_loopback_host(host):
                return None
            return f"network access to {host!r}" if _is_ip_address(host) else f"name lookup of {host!r}"
        if event in _SPAWN_EVENTS:
            return f"starting a process ({event})"
        if event == "ctypes.dlopen":
            return "loading native code through ctypes"
        if event == "open" and args:
            path, mode, flags = (list(args) + [None, None])[:3]
            writing = (isinstance(mode, str) and any(char in mode for char in "wax+")) or (
                isinstance(flags, int) and flags & _WRITE_FLAGS
            )
            return self.outside(path, "writing") if writing else self.outside(path, "reading", self.readable)
        if event == "sqlite3.connect" and args:
            return None if args[0] in (":memory:", b":memory:", "") else self.outside(args[0], "a database")
        if event in _PATH_EVENTS:
            for path in args[:2]:
                problem = self.outside(path, event)
                if problem:
                    return problem
        return None

    def outside(self, path: object, what: str, roots: list[str] | None = None) -> str | None:
        if isinstance(path, int) or path is None:
            return None  # an already open descriptor
        if isinstance(path, os.PathLike):
            path = os.fspath(path)
        if isinstance(path, bytes):
            path = path.decode("utf-8", "replace")
        if not isinstance(path, str) or path in ("/dev/null", "/dev/tty"):
            return None
        real = os.path.realpath(path)
        if any(real == root or real.startswith(root + os.sep) for root in roots or self.writable):
            return None
        return f"{what} outside the sandbox folders: {real}"

    def report(self, event: str, problem: str) -> None:
        line = json.dumps({"event": event, "problem": problem, "test": CURRENT_TEST["nodeid"]}) + "\n"
        with contextlib.suppress(OSError):
            os.write(self.violations_fd, line.encode("utf-8", "replace"))


def _readable_roots() -> list[str]:
    """Where an app may read besides its own folders: the interpreter and its packages, and the
    system's shared files (time zones, MIME types, certificates). Not the platform's folders,
    nor other runs' temporary folders."""
    roots = {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix, *site.getsitepackages()}
    roots |= {path for path in sys.path if path and os.path.isabs(path) and not path.startswith("/tmp")}
    return sorted(roots | {"/usr", "/lib", "/lib64", "/etc", "/dev", "/proc/self", "/sys/devices/system/cpu"})


class Recorder:
    """A pytest plugin writing one JSON line per collected test and per result, as they happen,
    so results up to a kill survive it.

    With a selection (``{"nodeids": [...], "requirements": [...], "parameters": {name: [values]}}``)
    it keeps only the tests named, the tests marked with one of the requirement ids, and the
    parametrized tests with one of the given values for a parameter; the rest are deselected and
    listed, so the caller knows what it did not run."""

    def __init__(self, results_fd: int, selection: dict | None = None) -> None:
        self.results_fd = results_fd
        self.selection = selection
        chosen = selection or {}
        self.nodeids = {str(nodeid) for nodeid in chosen.get("nodeids", [])}
        self.requirements = {str(rid) for rid in chosen.get("requirements", [])}
        self.parameters = {
            str(name): {str(value) for value in values} for name, values in chosen.get("parameters", {}).items()
        }

    def write(self, record: dict) -> None:
        os.write(self.results_fd, (json.dumps(record) + "\n").encode("utf-8", "replace"))

    def selected(self, item) -> bool:
        if item.nodeid in self.nodeids:
            return True
        markers = item.iter_markers("requirement")
        if any(marker.args and str(marker.args[0]) in self.requirements for marker in markers):
            return True
        params = getattr(getattr(item, "callspec", None), "params", {})
        return any(name in params and str(params[name]) in values for name, values in self.parameters.items())

    def pytest_collection_modifyitems(self, config, items: list) -> None:
        if self.selection is not None:
            chosen = {id(item) for item in items if self.selected(item)}
            kept = [item for item in items if id(item) in chosen]
            dropped = [item for item in items if id(item) not in chosen]
            if dropped:
                config.hook.pytest_deselected(items=dropped)
                items[:] = kept
            self.write({"event": "deselected", "nodeids": [item.nodeid for item in dropped]})
        for item in items:
            requirement_ids = [str(marker.args[0]) for marker in item.iter_markers("requirement") if marker.args]
            self.write({"event": "collected", "nodeid": item.nodeid, "requirements": requirement_ids})

    def pytest_collection_finish(self, session) -> None:
        # What collection imported (the app, FastAPI, pydantic) lives until the end: keep the
        # cyclic garbage collector from walking it again and again during and after the tests.
        gc.freeze()

    def pytest_collectreport(self, report) -> None:
        if report.failed:
            self.write({"event": "collect_error", "nodeid": report.nodeid, "message": report.longreprtext[-4000:]})

    def pytest_runtest_logstart(self, nodeid: str, location: tuple) -> None:
        CURRENT_TEST["nodeid"] = nodeid
        self.write({"event": "start", "nodeid": nodeid})

    def pytest_runtest_logreport(self, report) -> None:
        failed_outside_call = report.when != "call" and report.failed
        skipped_in_setup = report.when == "setup" and report.skipped
        if report.when != "call" and not (failed_outside_call or skipped_in_setup):
            return
        outcome = "error" if failed_outside_call else report.outcome
        message = report.longreprtext[-4000:] if report.failed or report.skipped else ""
        if report.skipped and isinstance(report.longrepr, tuple) and len(report.longrepr) == 3:
            message = str(report.longrepr[2]).removeprefix("Skipped: ")
        self.write(
            {
                "event": "result",
                "nodeid": report.nodeid,
                "when": report.when,
                "outcome": outcome,
                "duration": round(report.duration, 4),
                "message": message,
            }
        )

    def pytest_sessionfinish(self, session, exitstatus) -> None:
        self.write({"event": "finish", "exitstatus": int(exitstatus)})


def _parse(argv: list[str]) -> tuple[list[str], str, str, str, str | None, list[str]]:
    writable: list[str] = []
    violations = results = select = ""
    mode, target, rest = "", None, []
    index = 0
    while index < len(argv):
        argument = argv[index]
        if argument == "--writable":
            writable.append(argv[index + 1])
            index += 2
        elif argument == "--violations":
            violations = argv[index + 1]
            index += 2
        elif argument == "--results":
            results = argv[index + 1]
            index += 2
        elif argument == "--select":
            select = argv[index + 1]
            index += 2
        elif argument in ("pytest", "module") and not mode:
            mode = argument
            index += 1
            if mode == "module":
                target = argv[index]
                index += 1
        elif argument == "--":
            rest = argv[index + 1 :]
            break
        else:
            raise SystemExit(f"guard: unexpected argument {argument!r}")
    return writable, violations, results, select, target if mode == "module" else None, [mode, *rest]


def main(argv: list[str]) -> int:
    writable, violations_path, results_path, select_path, module, (mode, *arguments) = _parse(argv)
    violations_fd = os.open(violations_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    results_fd = os.open(results_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600) if results_path else -1
    if mode == "pytest":
        import pytest  # imported before the guard: its own import machinery needs no exemptions

        selection = None
        if select_path:
            with open(select_path, encoding="utf-8") as handle:
                selection = json.load(handle)
        sys.addaudithook(Guard(writable, violations_fd).hook)
        return int(pytest.main(arguments, plugins=[Recorder(results_fd, selection)]))
    sys.addaudithook(Guard(writable, violations_fd).hook)
    sys.argv = [module or "", *arguments]
    runpy.run_module(module or "", run_name="__main__", alter_sys=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
