"""The validation log: what ran, what failed and why, what the sandbox stopped; failures first."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from autoagi.engine.prototype.validation.runner import ValidationReport

MAX_LOG_CHARS = 60_000
_MIB = 1024**2


def render_log(validation: ValidationReport) -> str:
    limits = validation.limits
    outcomes = list(validation.per_requirement.values())
    lines = [f"Validation of target {validation.target} in a sandbox."]
    if validation.plan is not None:
        lines += [*validation.plan.log_lines(), ""]
    lines += [
        f"Network: {validation.network}.",
        *([f"Test run: {validation.test_start}."] if validation.test_start else []),
        f"Limits per process: {limits.cpu_seconds} s CPU, {limits.memory_bytes // _MIB} MiB address space,"
        f" {limits.file_bytes // _MIB} MiB per file; {limits.wall_seconds:.0f} s wall clock per run.",
        f"Result: {'PASSED' if validation.ok else 'FAILED'} in {validation.duration_s:.1f} s.",
        f"Tests: {validation.tests_passed} passed, {validation.tests_failed} failed,"
        f" {validation.tests_skipped} skipped"
        + (f" ({validation.carried_tests} of them carried over)." if validation.carried_tests else "."),
    ]
    if validation.smoke_started:
        passed = sum(1 for check in validation.smoke if check.ok)
        lines.append(
            f"Smoke test: the app answered after {validation.smoke_ready_s or 0:.1f} s;"
            f" {passed} of {len(validation.smoke)} HTTP checks passed"
            + (f" ({validation.carried_smoke} of them carried over)." if validation.carried_smoke else ".")
        )
    if validation.carried_counts != (0, 0):
        carried_passed, carried_failed = validation.carried_counts
        lines.append(
            f"Carried over from the previous validation: {carried_passed} passed, {carried_failed} failed checks."
        )
    elif validation.carried and not validation.carried_tests and validation.mode != "full":
        lines.append(
            "The counts above cover the checks run now; the previous validation was given as an artifact"
            " without its tests, so only its per-requirement results are carried over."
        )
    lines.append(
        f"Requirements: {outcomes.count('passed')} passed, {outcomes.count('failed')} failed,"
        f" {outcomes.count('untested')} untested."
    )
    if validation.problems:
        lines += ["", "Problems:"] + [f"  - {problem}" for problem in validation.problems]
    failed = [test for test in validation.tests if test.status in ("failed", "error", "not run")]
    if failed:
        lines += ["", "Failed tests:"]
        for test in failed:
            ids = f" ({', '.join(test.requirements)})" if test.requirements else ""
            lines.append(f"  - {test.nodeid}{ids}: {test.status}")
            lines += [f"      {line}" for line in test.message.strip().splitlines()[-12:]]
    smoke_failures = [check for check in validation.smoke if not check.ok]
    if smoke_failures:
        lines += ["", "Smoke test failures:"]
        for check in smoke_failures:
            ids = f" ({', '.join(check.requirements)})" if check.requirements else ""
            lines.append(f"  - {check.method} {check.path} answered {check.status}{ids}: {check.detail[:300]}")
    if validation.violations:
        lines += ["", "Refused by the sandbox:"]
        for item in validation.violations[:50]:
            during = f" during {item.get('test')}" if item.get("test") else ""
            lines.append(f"  - {item.get('phase', '')}: {item.get('problem', '')}{during}")
    not_passed = {rid: outcome for rid, outcome in validation.per_requirement.items() if outcome != "passed"}
    if not_passed:
        lines += ["", "Requirements not passed:"]
        for rid, outcome in not_passed.items():
            lines.append(f"  - {rid}: {outcome} ({validation.reasons.get(rid, '')})")
    if validation.test_output.strip() and (failed or validation.problems):
        lines += ["", "--- pytest output ---", validation.test_output.strip()[-12_000:]]
    if validation.smoke_output.strip() and (smoke_failures or any("smoke" in p for p in validation.problems)):
        lines += ["", "--- smoke test and server output ---", validation.smoke_output.strip()[-8_000:]]
    text = "\n".join(lines) + "\n"
    if len(text) > MAX_LOG_CHARS:
        text = text[: MAX_LOG_CHARS // 2] + "\n[... log shortened ...]\n" + text[-MAX_LOG_CHARS // 2 :]
    return text
