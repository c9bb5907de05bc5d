"""Validate a changed app again, re-running only what the change can affect.

    report = run_revalidation(old_files, old_report, new_files)     # a ValidationReport
    validation = revalidate(old_files, old_validation, new_files)   # the Validation artifact

1. The file maps are compared; the target's ``classify_changes`` says what each change can affect.
2. A change to anything shared (the app's main module, database, static assets, conftest, …),
   a target that cannot classify changes, or a previous validation that cannot be trusted part by
   part means a full validation, and the log says why.
3. Otherwise the requirements the change touches (and those that failed last time) are re-run:
   their tests (the node ids the new ``traceability.json`` lists for them, and tests marked with
   their ids), the generic tests parametrized with an affected entity, and a smoke test of their
   endpoints only. Every other requirement keeps its outcome from the previous validation.
4. If the partial run finds a failure the previous validation did not have, the whole app is
   validated again (``full_on_failure``): a failure can reach further than the change that caused
   it, so no stale "passed" is carried over next to it. So it is, too, when pytest collected a
   test the previous validation never ran and the selection left out.

The previous validation may be the detailed ``ValidationReport`` (its tests and smoke checks are
carried over, so the counts stay those of a full run) or only the ``Validation`` artifact (then
outcomes are carried per requirement and the counts cover the checks run now).
"""

from __future__ import annotations

import copy
import dataclasses
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TypedDict, Unpack

from autoagi.engine.artifacts import Validation
from autoagi.engine.prototype.changes import FileDiff, diff_files
from autoagi.engine.prototype.files import FileMap
from autoagi.engine.prototype.targets import Target, get_target
from autoagi.engine.prototype.validation.results import (
    Outcome,
    SmokeCheck,
    TestResult,
    read_traceability,
    requirement_outcomes,
)
from autoagi.engine.prototype.validation.runner import ValidationReport, run_validation
from autoagi.engine.prototype.validation.sandbox import SandboxLimits
from autoagi.engine.prototype.validation.selection import Selection

PreviousValidation = ValidationReport | Validation
_FAILED = ("failed", "error", "not run")
Mode = Literal["unchanged", "incremental", "full"]


@dataclass
class RevalidationPlan:
    """What changed, and what a revalidation runs again and why."""

    diff: FileDiff
    mode: Mode
    why_full: list[str] = field(default_factory=list)
    rerun: dict[str, str] = field(default_factory=dict)  # requirement id → why it runs again
    carried: dict[str, Outcome] = field(default_factory=dict)  # requirement id → previous outcome
    dropped: list[str] = field(default_factory=list)  # requirements the change removed
    selection: Selection | None = None
    inert: list[str] = field(default_factory=list)  # changed files no test or check reads
    notes: list[str] = field(default_factory=list)
    escalated: str = ""  # why an incremental run turned into a full one

    def summary(self) -> dict[str, Any]:
        selection = self.selection or Selection()
        return {
            "mode": self.mode,
            "why_full": self.why_full,
            "escalated": self.escalated,
            "files": self.diff.summary(),
            "inert_files": self.inert,
            "rerun": self.rerun,
            "carried_over": sorted(self.carried),
            "dropped": self.dropped,
            "tests_selected": list(selection.nodeids),
            "test_parameters": {name: list(values) for name, values in selection.parameters.items()},
            "endpoints_checked": list(selection.endpoints),
            "endpoint_segments": list(selection.segments),
        }

    def log_lines(self) -> list[str]:
        changed = self.diff.changed
        shown = ", ".join(changed[:12]) + (f" and {len(changed) - 12} more" if len(changed) > 12 else "")
        lines = [f"Revalidation after a change: {len(changed)} of {len(changed) + self.diff.unchanged} files changed"]
        lines[0] += f" ({shown})." if changed else "."
        if self.mode == "unchanged":
            return [*lines, "Nothing changed, so every result is carried over from the previous validation."]
        if self.mode == "full":
            return [
                *lines,
                "Full validation, because:",
                *(f"  - {why}" for why in self.why_full + [self.escalated] if why),
            ]
        lines.append(
            f"Incremental validation: {len(self.rerun)} requirement(s) re-run, {len(self.carried)} carried over."
        )
        lines += [f"  - re-run {rid}: {why}" for rid, why in self.rerun.items()]
        lines += [f"  - {note}" for note in self.notes]
        if self.dropped:
            lines.append(f"  - removed by the change: {', '.join(self.dropped)}")
        if self.inert:
            lines.append(f"  - no test reads {', '.join(self.inert)}")
        if self.selection is not None and self.selection.runs_smoke:
            lines.append(
                f"  - smoke test limited to {len(self.selection.endpoints)} endpoint(s)"
                + (f" and the paths of {', '.join(self.selection.segments)}" if self.selection.segments else "")
            )
        return lines


def plan_revalidation(
    old_files: FileMap,
    old_validation: PreviousValidation | None,
    new_files: FileMap,
    *,
    target: str = "fastapi_sqlite",
    targets: Mapping[str, Target] | None = None,
) -> RevalidationPlan:
    """Decide, without running anything, what a revalidation of ``new_files`` runs again."""
    chosen = get_target(target, targets)
    diff = diff_files(old_files, new_files)

    def full(*why: str) -> RevalidationPlan:
        return RevalidationPlan(diff, "full", why_full=list(why))

    if old_validation is None:
        return full("there is no previous validation to carry results over from")
    distrust = _untrusted(old_validation)
    if distrust:
        return full(distrust)
    previous = dict(old_validation.per_requirement)
    if not diff.changed:
        return RevalidationPlan(diff, "unchanged", carried=previous)
    if chosen.classify_changes is None:
        return full(f"target {chosen.name} cannot tell what a change affects")
    impact = chosen.classify_changes(old_files, new_files, diff)
    if impact.shared:
        return full(*(f"{where} changed, and {why}" for where, why in impact.shared.items()))
    traced = read_traceability(new_files, chosen.traceability_path)
    if not traced:
        return full(f"the new app has no readable {chosen.traceability_path}")
    by_id = {item["id"]: item for item in traced}
    rerun: dict[str, str] = {}
    for rid in by_id:
        if rid in impact.requirements:
            rerun[rid] = impact.requirements[rid]
        elif rid not in previous:
            rerun[rid] = "the previous validation has no result for it"
        elif previous[rid] == "failed":
            rerun[rid] = "it failed in the previous validation"
    selection = Selection(
        requirement_ids=tuple(rerun),
        nodeids=tuple(sorted({str(test) for rid in rerun for test in by_id[rid].get("tests", [])})),
        marked=tuple(sorted({str(by_id[rid].get("code_id", rid)) for rid in rerun} | set(rerun))),
        parameters={name: tuple(values) for name, values in impact.test_parameters.items() if values},
        # Endpoints whose code or data the change reaches are in the impact; a requirement re-run
        # only because its own wording, test or traceability entry changed needs no new smoke check
        # (its endpoints answer as before), one that failed or has no result does.
        endpoints=tuple(
            sorted(
                {
                    *impact.endpoints,
                    *(
                        str(item)
                        for rid in rerun
                        if rid not in impact.requirements
                        for item in by_id[rid].get("endpoints", [])
                    ),
                }
            )
        ),
        segments=tuple(impact.endpoint_segments),
    )
    return RevalidationPlan(
        diff,
        "incremental",
        rerun=rerun,
        carried={rid: previous[rid] for rid in by_id if rid not in rerun},
        dropped=sorted(rid for rid in impact.requirements if rid not in by_id),
        selection=selection,
        inert=list(impact.inert),
        notes=list(impact.notes),
    )


def _untrusted(old: PreviousValidation) -> str:
    """Why the previous validation's results cannot be carried over part by part, if they cannot."""
    if isinstance(old, ValidationReport):
        if old.problems:
            return f"the previous validation did not run cleanly ({old.problems[0][:200]})"
        if old.violations:
            return "the sandbox refused something during the previous validation"
        return ""
    if old.failed:
        return (
            f"the previous validation failed {old.failed} check(s) and its artifact does not say which,"
            " so none of its results can be carried over"
        )
    return ""


class ValidationOptions(TypedDict, total=False):
    """``run_validation``'s options, which a revalidation passes on to the runs it makes."""

    target: str
    targets: Mapping[str, Target] | None
    limits: SandboxLimits | None
    smoke: bool
    python: str | None
    isolate_network: bool | None
    keep_dir: Path | None
    warm_start: bool


def run_revalidation(
    old_files: FileMap,
    old_validation: PreviousValidation | None,
    new_files: FileMap,
    *,
    full_on_failure: bool = True,
    **options: Unpack[ValidationOptions],
) -> ValidationReport:
    """Validate ``new_files``, re-running only what changed since ``old_files`` was validated.
    ``options`` are ``run_validation``'s (target, targets, limits, smoke, python, …)."""
    started = time.monotonic()
    target, targets = options.get("target", "fastapi_sqlite"), options.get("targets")
    plan = plan_revalidation(old_files, old_validation, new_files, target=target, targets=targets)
    if plan.mode == "full" or old_validation is None:
        report = run_validation(new_files, **options)
        report.plan = plan
        return report
    selection = plan.selection or Selection()
    if selection.runs_tests or (options.get("smoke", True) and selection.runs_smoke):
        part = run_validation(new_files, **options, selection=selection)
    else:
        limits = options.get("limits") or SandboxLimits()
        part = ValidationReport(target=target, limits=limits, network="not used (nothing to run)")
    report, unknown, failure = _merge(part, old_validation, plan, new_files, get_target(target, targets))
    if unknown or (failure and full_on_failure):
        why = (
            f"tests the previous validation never ran would have been left out ({', '.join(unknown[:5])})"
            if unknown
            else f"the incremental run found a new failure ({failure}); a failure can reach further than"
            " the change, so nothing is carried over next to it"
        )
        report = run_validation(new_files, **options)
        report.plan = dataclasses.replace(plan, mode="full", escalated=why)
    report.duration_s = time.monotonic() - started
    return report


def revalidate(
    old_files: FileMap,
    old_validation: PreviousValidation | None,
    new_files: FileMap,
    *,
    full_on_failure: bool = True,
    **options: Unpack[ValidationOptions],
) -> Validation:
    """``run_revalidation``, returning the ``Validation`` artifact."""
    report = run_revalidation(old_files, old_validation, new_files, full_on_failure=full_on_failure, **options)
    return report.artifact()


def _merge(
    part: ValidationReport, old: PreviousValidation, plan: RevalidationPlan, files: FileMap, target: Target
) -> tuple[ValidationReport, list[str], str]:
    """The partial run completed with what the previous validation says about everything else;
    the tests of the new app that neither ran now nor before (which nothing then vouches for);
    and the first failure the partial run found that the previous validation did not have."""
    ran_tests, ran_smoke = list(part.tests), list(part.smoke)  # this run's own evidence
    report = part
    report.mode = "unchanged" if plan.mode == "unchanged" else "incremental"
    report.plan = plan
    unknown: list[str] = []
    if isinstance(old, ValidationReport):
        if ran_tests or part.deselected:  # pytest ran: it listed what it left out
            left_out = set(part.deselected)
            carried_tests = [copy.copy(test) for test in old.tests if test.nodeid in left_out]
            unknown = sorted(left_out - {test.nodeid for test in old.tests})
        else:
            touched = set(plan.rerun) | set(plan.dropped) | set((plan.selection or Selection()).marked)
            carried_tests = [copy.copy(test) for test in old.tests if not set(test.requirements) & touched]
        carried_smoke = _carried_checks(old.smoke, part.smoke)
        report.tests, report.smoke = carried_tests + part.tests, carried_smoke + part.smoke
        report.carried_tests, report.carried_smoke = len(carried_tests), len(carried_smoke)
        if not part.smoke_started:
            report.smoke_started, report.smoke_ready_s = old.smoke_started, old.smoke_ready_s
        report.network, report.limits = report.network or old.network, part.limits
    elif not (ran_tests or ran_smoke):
        report.carried_counts = (old.passed, old.failed)
    # Outcomes: recomputed for what was re-run and for anything a failing check now names; the
    # rest as the previous validation left them.
    named = {rid for test in ran_tests if test.status in ("failed", "error", "not run") for rid in test.requirements}
    named |= {rid for check in ran_smoke if not check.ok for rid in check.requirements}
    traced = read_traceability(files, target.traceability_path)
    decide = [item for item in traced if item["id"] in plan.rerun or {item["id"], item.get("code_id")} & named]
    outcomes, reasons = requirement_outcomes(decide, ran_tests, ran_smoke, part.violations)
    old_reasons = old.reasons if isinstance(old, ValidationReport) else {}
    report.per_requirement, report.reasons, report.carried = {}, {}, {}
    for item in traced:
        rid = item["id"]
        if rid in outcomes:
            report.per_requirement[rid] = outcomes[rid]
            if rid in reasons:
                report.reasons[rid] = reasons[rid]
        elif rid in plan.carried:
            report.per_requirement[rid] = report.carried[rid] = plan.carried[rid]
            if plan.carried[rid] != "passed":
                report.reasons[rid] = old_reasons.get(rid, "carried over from the previous validation")
    for rid, outcome in outcomes.items():  # ids only a test marker names
        report.per_requirement.setdefault(rid, outcome)
    return report, unknown, _new_failure(part, ran_tests, ran_smoke, outcomes, old)


def _carried_checks(old: list[SmokeCheck], new: list[SmokeCheck]) -> list[SmokeCheck]:
    """The previous smoke checks not made again: an endpoint checked k times before and n times
    now keeps its last k - n previous checks (sign-in, for one, is checked again on every run)."""
    made: dict[tuple[str, str], int] = {}
    for check in new:
        made[(check.method, check.path)] = made.get((check.method, check.path), 0) + 1
    carried = []
    for check in old:
        key = (check.method, check.path)
        if made.get(key, 0) > 0:
            made[key] -= 1
        else:
            carried.append(copy.copy(check))
    return carried


def _new_failure(
    part: ValidationReport,
    tests: list[TestResult],
    smoke: list[SmokeCheck],
    outcomes: Mapping[str, Outcome],
    old: PreviousValidation,
) -> str:
    """The first thing the partial run shows to be wrong that the previous validation did not
    already show, in words; empty when there is none."""
    if part.problems:
        return part.problems[0][:300]
    if part.violations:
        return f"the sandbox refused: {part.violations[0].get('problem', '')}"
    for rid, outcome in outcomes.items():
        if outcome == "failed" and old.per_requirement.get(rid) != "failed":
            return f"{rid} failed: {part.reasons.get(rid) or 'see the log'}"[:300]
    # Failures of checks that belong to no requirement: new unless the same check failed before.
    failed_before = {test.nodeid for test in getattr(old, "tests", []) if test.status in _FAILED}
    failed_before |= {f"{check.method} {check.path}" for check in getattr(old, "smoke", []) if not check.ok}
    for test in tests:
        if test.status in _FAILED and not test.requirements and test.nodeid not in failed_before:
            return f"{test.nodeid} {test.status}"
    for check in smoke:
        if not check.ok and not check.requirements and f"{check.method} {check.path}" not in failed_before:
            return f"smoke test: {check.method} {check.path} answered {check.status}"
    return ""
