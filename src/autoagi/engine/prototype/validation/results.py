"""What the sandboxed runs left behind, read into results: tests, smoke checks, refusals, outcomes."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

TestStatus = Literal["passed", "failed", "error", "skipped", "not run"]
Outcome = Literal["passed", "failed", "untested"]


@dataclass
class TestResult:
    nodeid: str
    status: TestStatus
    requirements: list[str] = field(default_factory=list)
    message: str = ""
    duration_s: float = 0.0


@dataclass
class SmokeCheck:
    method: str
    path: str
    status: int
    ok: bool
    phase: str = ""
    requirements: list[str] = field(default_factory=list)
    detail: str = ""


@dataclass
class TestRun:
    tests: list[TestResult]
    collect_errors: list[str]
    finished: bool  # pytest reached the end of its session
    interrupted_test: str | None  # started but never reported: what a kill cut short
    deselected: list[str] = field(default_factory=list)  # collected, left out by a selection


def _json_lines(path: Path) -> list[dict[str, Any]]:
    records = []
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    for line in text.splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue  # a line cut short by a kill
        if isinstance(record, dict):
            records.append(record)
    return records


def read_test_run(results_path: Path) -> TestRun:
    tests: dict[str, TestResult] = {}
    collect_errors: list[str] = []
    finished = False
    started: str | None = None
    deselected: list[str] = []
    for record in _json_lines(results_path):
        event, nodeid = record.get("event"), str(record.get("nodeid", ""))
        if event == "deselected":
            deselected += [str(item) for item in record.get("nodeids", [])]
        elif event == "collected":
            tests[nodeid] = TestResult(nodeid, "not run", [str(item) for item in record.get("requirements", [])])
        elif event == "collect_error":
            collect_errors.append(f"{nodeid or 'collection'}: {record.get('message', '')}")
        elif event == "start":
            started = nodeid
        elif event == "result":
            result = tests.setdefault(nodeid, TestResult(nodeid, "not run"))
            status = record.get("outcome")
            # A failing teardown after a passed call still fails the test; never the other way round.
            if status in ("failed", "error") or result.status == "not run":
                result.status = status if status in ("passed", "failed", "error", "skipped") else "error"
                result.message = str(record.get("message", ""))
            result.duration_s += float(record.get("duration", 0.0) or 0.0)
        elif event == "finish":
            finished = True
    last = tests.get(started or "")
    interrupted = started if not finished and last is not None and last.status == "not run" else None
    return TestRun(list(tests.values()), collect_errors, finished, interrupted, deselected)


def read_smoke(result_path: Path) -> tuple[bool, float | None, list[SmokeCheck], str]:
    """(started, seconds to ready, checks, why it did not start) from the smoke runner's file."""
    try:
        data = json.loads(result_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False, None, [], "the smoke runner wrote no result"
    checks = [
        SmokeCheck(
            method=str(item.get("method", "")),
            path=str(item.get("path", "")),
            status=int(item.get("status", 0) or 0),
            ok=bool(item.get("ok")),
            phase=str(item.get("phase", "")),
            requirements=[str(rid) for rid in item.get("requirements", [])],
            detail=str(item.get("detail", "")),
        )
        for item in data.get("checks", [])
        if isinstance(item, dict)
    ]
    why = (
        ""
        if data.get("started")
        else f"the app did not answer its readiness check (exit code {data.get('server_exit')})"
    )
    return bool(data.get("started")), data.get("ready_s"), checks, why


def read_violations(path: Path) -> list[dict[str, Any]]:
    return _json_lines(path)


def read_traceability(files: dict[str, bytes], path: str) -> list[dict[str, Any]]:
    """The generated app's requirement list; empty when missing or unreadable (outcomes then come
    from test markers alone)."""
    try:
        data = json.loads(files[path].decode("utf-8"))
        requirements = data["requirements"]
    except (KeyError, ValueError, UnicodeDecodeError, TypeError):
        return []
    return [item for item in requirements if isinstance(item, dict) and isinstance(item.get("id"), str)]


def requirement_outcomes(
    traced: list[dict[str, Any]],
    tests: list[TestResult],
    smoke: list[SmokeCheck],
    violations: Sequence[dict[str, Any]] = (),
) -> tuple[dict[str, Outcome], dict[str, str]]:
    """Each requirement's outcome and, for anything not passed, why.

    Passed: its tests ran and passed, and no endpoint answering it failed the smoke test. Failed:
    a test failed or errored, an expected test never ran (a kill, a collection error), its test
    tried something the sandbox refused, or an endpoint answering it failed. Untested: no test for
    it, or its test was skipped.
    """
    requirement_ids = [item["id"] for item in traced]
    aliases = {item["id"]: {item["id"], str(item.get("code_id", item["id"]))} for item in traced}
    expected = {item["id"]: [str(test) for test in item.get("tests", [])] for item in traced}
    for test in tests:
        for rid in test.requirements:
            if rid not in aliases and not any(rid in names for names in aliases.values()):
                requirement_ids.append(rid)
                aliases[rid] = {rid}
                expected[rid] = []
    smoke_failures: dict[str, list[SmokeCheck]] = {}
    for check in smoke:
        if not check.ok:
            for rid in check.requirements:
                smoke_failures.setdefault(rid, []).append(check)
    outcomes: dict[str, Outcome] = {}
    reasons: dict[str, str] = {}
    by_nodeid = {test.nodeid: test for test in tests}
    refused = {str(item.get("test")): str(item.get("problem", "")) for item in violations if item.get("test")}
    for rid in requirement_ids:
        mine = [test for test in tests if aliases[rid] & set(test.requirements)]
        missing = [
            nodeid for nodeid in expected[rid] if nodeid not in by_nodeid or by_nodeid[nodeid].status == "not run"
        ]
        failing = [test for test in mine if test.status in ("failed", "error")]
        refusals = [refused[test.nodeid] for test in mine if test.nodeid in refused]
        if failing:
            outcomes[rid], reasons[rid] = "failed", f"{failing[0].nodeid} {failing[0].status}"
        elif refusals:
            outcomes[rid], reasons[rid] = "failed", f"refused by the sandbox: {refusals[0]}"
        elif missing:
            outcomes[rid], reasons[rid] = "failed", f"{missing[0]} did not run"
        elif rid in smoke_failures:
            check = smoke_failures[rid][0]
            outcomes[rid], reasons[rid] = "failed", f"smoke test: {check.method} {check.path} answered {check.status}"
        elif any(test.status == "passed" for test in mine):
            outcomes[rid] = "passed"
        else:
            skipped = [test for test in mine if test.status == "skipped"]
            outcomes[rid] = "untested"
            reasons[rid] = f"skipped: {skipped[0].message.strip()[-200:]}" if skipped else "no test"
    return outcomes, reasons
