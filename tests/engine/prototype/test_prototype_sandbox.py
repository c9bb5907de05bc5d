"""The sandbox stops and reports what a generated app must not do: loop forever, hang, reach the
network, eat memory, spawn processes, write outside its folder; and it leaks no platform secrets."""

from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path

import pytest

from autoagi.engine.prototype import SandboxLimits, network_namespace_available, run_validation
from autoagi.engine.prototype.fastapi_sqlite import FASTAPI_SQLITE
from autoagi.engine.prototype.validation import warm_start
from autoagi.engine.prototype.validation.sandbox import run_sandboxed
from engine.prototype.prototype_designs import REPO, minimal_app

QUICK = SandboxLimits(cpu_seconds=2, memory_bytes=1024**3, wall_seconds=20)
needs_namespace = pytest.mark.skipif(not network_namespace_available(), reason="no permission for network namespaces")


@pytest.fixture(params=["warm", "cold"])
def start(request) -> str:
    """Every limit holds whether the test run is forked from a warm zygote or started cold."""
    return request.param


def _validate(body: str, limits: SandboxLimits = QUICK, start: str = "warm", **options):
    return run_validation(minimal_app(body), limits=limits, smoke=False, warm_start=start == "warm", **options)


def test_infinite_loop_is_stopped_and_reported(start):
    validation = _validate("    while True:\n        pass", start=start)
    assert validation.per_requirement == {"REQ-001": "passed", "REQ-002": "failed", "REQ-003": "failed"}
    log = validation.artifact().log
    assert "CPU time limit during tests/test_bad.py::test_req_002_bad" in log
    assert "stopped by the sandbox" in log and "test_req_003_after did not run" in log


def test_a_hang_is_stopped_by_the_wall_clock(start):
    limits = SandboxLimits(cpu_seconds=30, memory_bytes=1024**3, wall_seconds=2)
    started = time.monotonic()
    validation = _validate("    import time\n    time.sleep(3600)", limits, start)
    assert time.monotonic() - started < 30
    assert validation.per_requirement["REQ-002"] == "failed"
    assert "wall-clock timeout during tests/test_bad.py::test_req_002_bad" in validation.artifact().log


def test_network_access_is_blocked_and_reported(start):
    body = (
        "    import socket\n"
        "    try:\n"
        '        socket.getaddrinfo("example.com", 80)\n'
        "    except OSError:\n"
        "        pass  # the app hides the failure: the sandbox still reports the attempt\n"
        '    socket.create_connection(("93.184.216.34", 80), timeout=3)'
    )
    validation = _validate(body, start=start)
    assert validation.per_requirement["REQ-002"] == "failed" and validation.per_requirement["REQ-003"] == "passed"
    problems = [item["problem"] for item in validation.violations]
    assert problems[0] == "name lookup of 'example.com'"
    assert "network access to '93.184.216.34'" in problems[1]
    assert all(item["test"] == "tests/test_bad.py::test_req_002_bad" for item in validation.violations)
    assert "Refused by the sandbox" in validation.artifact().log and not validation.ok


def test_without_a_network_namespace_the_guard_still_blocks(start):
    validation = _validate(
        '    import socket\n    socket.create_connection(("10.0.0.1", 80), timeout=3)',
        start=start,
        isolate_network=False,
    )
    assert validation.per_requirement["REQ-002"] == "failed"
    assert "NOT isolated by the kernel" in validation.artifact().log
    assert any("10.0.0.1" in item["problem"] for item in validation.violations)


@needs_namespace
def test_network_namespace_blocks_native_code_too(tmp_path):
    """Outside Python's reach (no guard here): the namespace has no route anywhere."""
    script = "import socket\ntry:\n    socket.create_connection(('1.1.1.1', 53), timeout=3)\nexcept OSError as e:\n    print('blocked', e.errno)\n"
    result = run_sandboxed([sys.executable, "-c", script], cwd=tmp_path, work_dir=tmp_path / "run", limits=QUICK)
    assert result.stdout.startswith("blocked 101"), result.stdout + result.stderr  # ENETUNREACH


def test_memory_is_limited(start):
    body = "    blocks = [bytearray(256 * 1024**2) for _ in range(16)]  # 4 GiB, the limit is 1 GiB\n    assert blocks"
    validation = _validate(body, start=start)
    assert validation.per_requirement["REQ-002"] == "failed"
    assert validation.per_requirement["REQ-003"] == "passed"  # the run survives the attempt
    assert "MemoryError" in validation.artifact().log


def test_processes_and_files_outside_the_folder_are_refused(tmp_path, start):
    outside = tmp_path / "outside.txt"
    secret = tmp_path / "platform-secret.txt"
    secret.write_text("do not show")
    body = (
        "    import os\n"
        "    for attempt in (\n"
        f"        lambda: open({str(outside)!r}, 'w').write('x'),\n"
        f"        lambda: open({str(secret)!r}).read(),\n"
        f"        lambda: open({str(REPO / 'pyproject.toml')!r}).read(),\n"
        "        lambda: os.system('true'),\n"
        "    ):\n"
        "        try:\n"
        "            print(attempt())\n"
        "        except PermissionError:\n"
        "            pass"
    )
    validation = _validate(body, start=start)
    assert not outside.exists() and "do not show" not in validation.artifact().log
    problems = " | ".join(item["problem"] for item in validation.violations)
    assert f"writing outside the sandbox folders: {outside}" in problems
    assert f"reading outside the sandbox folders: {secret}" in problems
    assert "reading outside the sandbox folders: " + str(REPO / "pyproject.toml") in problems
    assert "starting a process" in problems
    assert validation.per_requirement["REQ-002"] == "failed"


def test_the_whole_process_group_is_killed(tmp_path):
    pid_file = tmp_path / "background.pid"
    command = ["/bin/sh", "-c", f"sleep 300 & echo $! > {pid_file}; sleep 300"]
    limits = SandboxLimits(cpu_seconds=5, memory_bytes=1024**3, wall_seconds=1)
    result = run_sandboxed(command, cwd=tmp_path, work_dir=tmp_path / "run", limits=limits, isolate_network=False)
    assert result.timed_out and result.killed_by_limit == "wall-clock timeout"
    background = Path(f"/proc/{int(pid_file.read_text())}/stat")
    time.sleep(0.2)
    # Gone, or a zombie waiting for init to reap it: either way it no longer runs.
    assert not background.exists() or background.read_text().split(") ")[1].startswith("Z")


def test_platform_environment_does_not_leak(tmp_path, monkeypatch):
    monkeypatch.setenv("AUTOAGI_SECRET_KEY", "platform-secret")
    script = "import json, os; print(json.dumps(dict(os.environ)))"
    result = run_sandboxed([sys.executable, "-c", script], cwd=tmp_path, work_dir=tmp_path / "run", limits=QUICK)
    environment = json.loads(result.stdout)
    assert "AUTOAGI_SECRET_KEY" not in environment
    assert environment["HOME"].startswith(str(tmp_path)) and environment["HTTPS_PROXY"] == "http://127.0.0.1:9"


def test_output_is_captured_and_truncated(tmp_path):
    script = "import sys\nfor i in range(200000): print('line', i)\nprint('the end', file=sys.stderr)"
    limits = SandboxLimits(cpu_seconds=10, memory_bytes=1024**3, wall_seconds=20, output_bytes=4000)
    result = run_sandboxed([sys.executable, "-c", script], cwd=tmp_path, work_dir=tmp_path / "run", limits=limits)
    assert result.returncode == 0 and "bytes left out" in result.stdout and len(result.stdout) < 4200
    assert result.stdout.rstrip().endswith("line 199999") and result.stderr.strip() == "the end"


def test_unsafe_file_map_is_refused_not_written():
    validation = run_validation({"../../etc/evil": b"x", **minimal_app("    pass")}, smoke=False)
    assert not validation.ok and "the file map was refused" in validation.artifact().log
    assert not Path("/etc/evil").exists()


def test_a_warm_run_is_a_fresh_sandboxed_process_with_its_libraries_imported(monkeypatch):
    warm_start.close_all()  # the next zygote starts while the platform holds a secret
    monkeypatch.setenv("AUTOAGI_SECRET_KEY", "platform-secret")
    cpu_before = warm_start.children_cpu_seconds()
    body = (
        "    import os, sys\n"
        "    assert 'fastapi' in sys.modules and 'app' not in sys.modules  # warm, and nothing generated\n"
        "    assert os.getsid(0) == os.getpid() and os.getpgid(0) == os.getpid()  # its own session\n"
        "    assert 'AUTOAGI_SECRET_KEY' not in os.environ and os.environ['HOME'] == os.environ['TMPDIR']\n"
        "    assert os.environ['HOME'].endswith('/tests/home') and os.getcwd().endswith('/app')\n"
        "    assert not any(path.endswith('/validation') for path in sys.path)  # as in a cold start\n"
        "    import resource\n"
        "    assert resource.getrlimit(resource.RLIMIT_CPU)[0] == 2"
    )
    validation = _validate(body)
    assert validation.per_requirement == {"REQ-001": "passed", "REQ-002": "passed", "REQ-003": "passed"}, (
        validation.artifact().log
    )
    assert "Test run: started warm" in validation.artifact().log
    assert warm_start.children_cpu_seconds() > cpu_before
    zygote = warm_start.warm_starter(sys.executable, FASTAPI_SQLITE.warm_imports)
    assert b"platform-secret" not in Path(f"/proc/{zygote.process.pid}/environ").read_bytes()


def test_a_zygote_that_stops_mid_run_ends_the_run_and_is_replaced():
    zygote = warm_start.warm_starter(sys.executable, FASTAPI_SQLITE.warm_imports)
    threading.Timer(1.0, zygote.process.kill).start()
    started = time.monotonic()
    validation = _validate("    import time\n    time.sleep(60)", SandboxLimits(cpu_seconds=30, wall_seconds=40))
    assert time.monotonic() - started < 20  # not the wall-clock limit: the loss is noticed at once
    assert validation.per_requirement["REQ-002"] == "failed"
    assert "the zygote stopped while the run was going on" in validation.artifact().log
    again = _validate("    pass")
    assert again.ok and "Test run: started warm" in again.artifact().log
    assert warm_start.warm_starter(sys.executable, FASTAPI_SQLITE.warm_imports) is not zygote


def test_when_no_zygote_can_start_the_run_starts_cold_and_says_why(monkeypatch, tmp_path):
    monkeypatch.setattr(warm_start, "_STARTERS", {})
    monkeypatch.setattr(warm_start, "_FAILED", {})
    monkeypatch.setattr(warm_start, "ZYGOTE_SCRIPT", tmp_path / "missing.py")
    validation = _validate("    pass")
    log = validation.artifact().log
    assert validation.ok and "Test run: started cold: the zygote did not start" in log
    assert "missing.py" in log
