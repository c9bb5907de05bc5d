"""``run_validation``: write the files to a temporary folder, run their tests and a smoke test in the
sandbox (both at once, they share nothing), and turn what happened into a ``ValidationReport``.

With a ``Selection`` only part of it runs: the tests and endpoints of some requirements
(``revalidation`` decides which, after a change)."""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from autoagi.engine.artifacts import Validation
from autoagi.engine.prototype.files import FileMap, UnsafePathError, write_prototype
from autoagi.engine.prototype.targets import Target, get_target
from autoagi.engine.prototype.validation import report
from autoagi.engine.prototype.validation.results import (
    Outcome,
    SmokeCheck,
    TestResult,
    read_smoke,
    read_test_run,
    read_traceability,
    read_violations,
    requirement_outcomes,
)
from autoagi.engine.prototype.validation.sandbox import (
    SandboxedProcess,
    SandboxLimits,
    SandboxResult,
    SandboxStartError,
    network_namespace_available,
)
from autoagi.engine.prototype.validation.selection import Selection
from autoagi.engine.prototype.validation.warm_start import GUARD_SCRIPT, WarmStarter, guard_command, warm_starter

if TYPE_CHECKING:
    from autoagi.engine.prototype.validation.revalidation import RevalidationPlan

_HERE = Path(__file__).resolve().parent
SMOKE_SCRIPT = _HERE / "smoke.py"
_PYTEST_ARGUMENTS = ("-p", "no:cacheprovider", "-q", "--color=no")


@dataclass
class ValidationReport:
    target: str
    tests: list[TestResult] = field(default_factory=list)
    smoke: list[SmokeCheck] = field(default_factory=list)
    smoke_started: bool = False
    smoke_ready_s: float | None = None
    violations: list[dict[str, Any]] = field(default_factory=list)
    per_requirement: dict[str, Outcome] = field(default_factory=dict)
    reasons: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    network: str = ""
    test_start: str = ""  # how the test run was started: warm (forked from a zygote) or cold, and why
    limits: SandboxLimits = field(default_factory=SandboxLimits)
    duration_s: float = 0.0
    test_output: str = ""
    smoke_output: str = ""
    # A revalidation after a change: "incremental" re-ran part and carried the rest over,
    # "unchanged" ran nothing; ``plan`` says what changed and why each part ran or not.
    mode: Literal["full", "incremental", "unchanged"] = "full"
    plan: RevalidationPlan | None = None
    carried: dict[str, Outcome] = field(default_factory=dict)  # outcomes taken over unchanged
    # (passed, failed) checks taken over from a previous ``Validation`` artifact, which lists no tests.
    carried_counts: tuple[int, int] = (0, 0)
    carried_tests: int = 0  # of ``tests``, how many are the previous validation's
    carried_smoke: int = 0  # of ``smoke``, likewise
    deselected: list[str] = field(default_factory=list)  # tests of the app a selection left out

    def count(self, *statuses: str) -> int:
        return sum(1 for test in self.tests if test.status in statuses)

    @property
    def tests_passed(self) -> int:
        return self.count("passed")

    @property
    def tests_failed(self) -> int:
        return self.count("failed", "error", "not run")

    @property
    def tests_skipped(self) -> int:
        return self.count("skipped")

    @property
    def smoke_failed(self) -> int:
        return sum(1 for check in self.smoke if not check.ok)

    @property
    def ok(self) -> bool:
        """Everything that ran passed, nothing stopped a run early, the sandbox refused nothing;
        for a revalidation, nothing carried over had failed either."""
        blocked = self.tests_failed or self.smoke_failed or self.problems or self.violations
        carried_failed = self.carried_counts[1] or "failed" in self.carried.values()
        proven = self.tests_passed > 0 or self.carried_counts[0] > 0 or "passed" in self.carried.values()
        return not blocked and not carried_failed and proven

    def artifact(self) -> Validation:
        """The ``Validation`` artifact: counts cover tests and smoke checks, the log says which is which."""
        carried_passed, carried_failed = self.carried_counts
        return Validation(
            passed=self.tests_passed + sum(1 for check in self.smoke if check.ok) + carried_passed,
            failed=self.tests_failed + self.smoke_failed + len(self.problems) + len(self.violations) + carried_failed,
            duration_s=round(self.duration_s, 3),
            per_requirement=self.per_requirement,
            log=report.render_log(self),
        )


def validate(
    files: FileMap,
    *,
    target: str = "fastapi_sqlite",
    targets: Mapping[str, Target] | None = None,
    limits: SandboxLimits | None = None,
    smoke: bool = True,
    isolate_network: bool | None = None,
) -> Validation:
    """Run the generated tests and a smoke test in the sandbox: the ``Validation`` artifact.
    ``run_validation`` takes the same arguments and returns the detailed report."""
    detailed = run_validation(
        files, target=target, targets=targets, limits=limits, smoke=smoke, isolate_network=isolate_network
    )
    return detailed.artifact()


def run_validation(
    files: FileMap,
    *,
    target: str = "fastapi_sqlite",
    targets: Mapping[str, Target] | None = None,
    limits: SandboxLimits | None = None,
    smoke: bool = True,
    python: str | None = None,
    isolate_network: bool | None = None,
    keep_dir: Path | None = None,
    selection: Selection | None = None,
    warm_start: bool = True,
) -> ValidationReport:
    """Validate a file map. ``isolate_network=None`` uses a network namespace when the platform may
    create one; ``keep_dir`` keeps the run's folder (app, logs) there instead of deleting it;
    ``warm_start`` forks the test run from an interpreter that has the target's libraries imported
    (``warm_start.py``; it starts cold when that is not possible).

    ``selection`` runs only part: its tests (no pytest at all when it names none) and a smoke test
    of its endpoints (none when it names none); outcomes are decided for its requirements only."""
    chosen = get_target(target, targets)
    limits = limits or SandboxLimits()
    interpreter = python or sys.executable
    started = time.monotonic()
    validation = ValidationReport(target=chosen.name, limits=limits)
    isolated = network_namespace_available() if isolate_network is None else isolate_network
    validation.network = (
        "isolated: a network namespace with loopback only, plus the in-process guard"
        if isolated
        else "NOT isolated by the kernel (no permission for a network namespace): only the in-process guard and dead proxies"
    )
    root = Path(tempfile.mkdtemp(prefix="autoagi-validate-"))
    try:
        app = root / "app"
        try:
            write_prototype(files, app)
        except UnsafePathError as error:
            validation.problems.append(f"the file map was refused: {error}")
            return _finish(validation, files, chosen, started, selection)
        # Both start now and run side by side; they share nothing but the app folder.
        run_tests = selection is None or selection.runs_tests
        run_smoke = smoke and (selection is None or selection.runs_smoke)
        warm, cold_because = None, ""
        if warm_start and run_tests:
            try:
                warm = warm_starter(interpreter, chosen.warm_imports)
            except SandboxStartError as error:
                cold_because = f"started cold: {error}"
        tests = _start_tests(interpreter, app, root / "tests", limits, isolated, selection, warm) if run_tests else None
        if tests is not None and cold_because:
            tests.notes.append(cold_because)
        smoke_run = (
            _start_smoke(interpreter, app, root / "smoke", chosen, limits, isolated, selection) if run_smoke else None
        )
        if tests is not None:
            _record_tests(validation, tests.wait(), root / "tests", selection)
        if smoke_run is not None:
            _record_smoke(validation, smoke_run.wait(), root / "smoke")
        return _finish(validation, files, chosen, started, selection)
    finally:
        if keep_dir is not None:
            shutil.copytree(root, keep_dir, dirs_exist_ok=True)
        shutil.rmtree(root, ignore_errors=True)


def _guarded(interpreter: str, writable: list[Path], violations: Path) -> list[str]:
    command = [*guard_command(interpreter), "--violations", str(violations)]
    for folder in writable:
        command += ["--writable", str(folder)]
    return command


def _start_tests(
    interpreter: str,
    app: Path,
    work: Path,
    limits: SandboxLimits,
    isolated: bool,
    selection: Selection | None,
    warm: WarmStarter | None,
) -> SandboxedProcess:
    work.mkdir(parents=True)
    command = _guarded(interpreter, [app, work], work / "violations.jsonl")
    command += ["--results", str(work / "results.jsonl")]
    if selection is not None:
        (work / "select.json").write_text(json.dumps(selection.pytest_selection()), encoding="utf-8")
        command += ["--select", str(work / "select.json")]
    command += ["pytest", "--", *_PYTEST_ARGUMENTS]
    command += ["--basetemp", str(work / "pytest-tmp")]
    return SandboxedProcess(command, cwd=app, work_dir=work, limits=limits, isolate_network=isolated, warm=warm)


def _start_smoke(
    interpreter: str,
    app: Path,
    work: Path,
    target: Target,
    limits: SandboxLimits,
    isolated: bool,
    selection: Selection | None,
) -> SandboxedProcess:
    work.mkdir(parents=True)
    command = [interpreter, "-I", "-B", "-u", str(SMOKE_SCRIPT), "--app-dir", str(app), "--work-dir", str(work)]
    command += ["--guard", str(GUARD_SCRIPT), "--out", str(work / "result.json"), "--readiness", target.readiness_path]
    if selection is not None:
        (work / "only.json").write_text(json.dumps(selection.smoke_selection()), encoding="utf-8")
        command += ["--only", str(work / "only.json")]
    command += ["--ready-timeout", str(max(5.0, limits.wall_seconds / 3)), "--", *target.serve_arguments]
    return SandboxedProcess(command, cwd=app, work_dir=work, limits=limits, isolate_network=isolated)


def _record_tests(validation: ValidationReport, result: SandboxResult, work: Path, selection: Selection | None) -> None:
    run = read_test_run(work / "results.jsonl")
    validation.test_start = "; ".join(result.notes)
    validation.tests = run.tests
    validation.deselected = run.deselected
    validation.test_output = result.stdout + result.stderr
    validation.violations += [{**item, "phase": "tests"} for item in read_violations(work / "violations.jsonl")]
    stopped = result.killed_by_limit
    if run.interrupted_test:
        for test in validation.tests:
            if test.nodeid == run.interrupted_test:
                test.status = "error"
                test.message = f"stopped by the sandbox ({stopped or 'the run ended'}) while this test was running"
    if stopped:
        where = f" during {run.interrupted_test}" if run.interrupted_test else ""
        validation.problems.append(f"tests: {stopped}{where}, after {result.duration_s:.1f} s")
    elif not run.finished:
        validation.problems.append(f"tests: pytest did not finish (exit code {result.returncode})")
    for error in run.collect_errors:
        validation.problems.append(f"tests: could not collect {error[-1500:]}")
    if run.finished and not validation.tests and not run.collect_errors:
        what = "the selection matched no test" if selection is not None else "pytest collected no tests"
        validation.problems.append(f"tests: {what}")


def _record_smoke(validation: ValidationReport, result: SandboxResult, work: Path) -> None:
    started, ready_s, checks, why = read_smoke(work / "result.json")
    validation.smoke_started, validation.smoke_ready_s, validation.smoke = started, ready_s, checks
    server_log = work / "server.log"
    server_tail = server_log.read_text(encoding="utf-8", errors="replace")[-6000:] if server_log.exists() else ""
    validation.smoke_output = (result.stdout + result.stderr)[-6000:] + server_tail
    validation.violations += [{**item, "phase": "smoke"} for item in read_violations(work / "violations.jsonl")]
    if result.killed_by_limit:
        validation.problems.append(f"smoke test: {result.killed_by_limit}, after {result.duration_s:.1f} s")
    elif not started:
        validation.problems.append(f"smoke test: {why}")


def _finish(
    validation: ValidationReport, files: FileMap, target: Target, started: float, selection: Selection | None = None
) -> ValidationReport:
    traced = read_traceability(files, target.traceability_path)
    if selection is not None:
        traced = [item for item in traced if item["id"] in selection.requirement_ids]
    validation.per_requirement, validation.reasons = requirement_outcomes(
        traced, validation.tests, validation.smoke, validation.violations
    )
    validation.duration_s = time.monotonic() - started
    return validation
