"""The planning numbers as labelled, formatted rows: computed once, printed by every format.

Markdown, DOCX and PDF show the same tables; keeping the wording and rounding here means a
reviewer sees the same figure in each.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from autoagi.engine.artifacts import AnalysisResult
from autoagi.engine.planning.models import Estimate, Percentiles, Roadmap, RoiResult

from .text import clip

TOP_CONTRIBUTIONS = 15
MONTHLY_CASH_FLOW_LIMIT = 36  # longer horizons are summarised per year


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: list[tuple[str, ...]]


def project_notes(analysis: AnalysisResult) -> list[tuple[str, list[str]]]:
    """The findings that belong to no requirement, under the heading each format prints: what the
    business wants from the project (objectives, success measures), what to ask the client (uncovered
    quality areas, open questions) and what the team must do (action items)."""
    goals = [f.message for f in analysis.findings if f.rule == "business_goal"]
    tasks = [f.message for f in analysis.findings if f.rule == "action_item"]
    questions = [f.message for f in analysis.findings if f.rule not in {"action_item", "business_goal"}]
    return [
        (heading, notes)
        for heading, notes in (
            ("Business goals", goals),
            ("Questions for the client", questions),
            ("Action items", tasks),
        )
        if notes
    ]


def number(value: float, decimals: int = 0) -> str:
    return f"{value:,.{decimals}f}"


def money(value: float, currency: str | None) -> str:
    return f"{value:,.0f} {currency}" if currency else f"{value:,.0f}"


def percent(fraction: float | None, decimals: int = 1) -> str:
    return "n/a" if fraction is None else f"{fraction * 100:.{decimals}f} %"


def months(value: float | None) -> str:
    return "never within the horizon" if value is None else f"{value:.1f} months"


def _spread(values: Percentiles, decimals: int, unit: str = "") -> tuple[str, ...]:
    suffix = f" {unit}" if unit else ""
    return tuple(number(getattr(values, key), decimals) + suffix for key in ("p10", "p50", "p90", "mean"))


# --- requirements -----------------------------------------------------------------------------


def requirement_counts(analysis: AnalysisResult) -> Table:
    priorities = Counter(requirement.priority for requirement in analysis.requirements)
    kinds = Counter(requirement.kind for requirement in analysis.requirements)
    severities = Counter(finding.severity for r in analysis.requirements for finding in r.findings)
    rows = [
        ("Requirements", str(len(analysis.requirements))),
        *((f"Priority: {name}", str(priorities[name])) for name in ("must", "should", "could", "wont")),
        *(
            (f"Kind: {name.replace('_', '-')}", str(kinds[name]))
            for name in ("functional", "non_functional", "constraint")
        ),
        *((f"Findings: {name}", str(severities[name])) for name in ("error", "warning", "info")),
        ("Source documents", str(len(analysis.documents))),
    ]
    return Table(("Measure", "Count"), rows)


# --- estimate ---------------------------------------------------------------------------------


def estimate_spread(estimate: Estimate) -> Table:
    simulation = estimate.monte_carlo
    return Table(
        ("Figure", "P10", "P50", "P90", "Mean"),
        [
            ("Effort (person-months)", *_spread(simulation.effort_pm, 1)),
            ("Duration (months)", *_spread(simulation.duration_months, 1)),
            (f"Cost ({estimate.currency})", *_spread(simulation.cost, 0)),
        ],
    )


def estimate_basis(estimate: Estimate) -> Table:
    cocomo, size, point = estimate.cocomo, estimate.size, estimate.point
    return Table(
        ("Input or result", "Value"),
        [
            ("Method", estimate.method),
            ("Unadjusted function points", str(estimate.function_points.unadjusted_function_points)),
            ("Language / SLOC per FP", f"{size.language} / {number(size.sloc_per_fp, 1)} ({size.sloc_per_fp_source})"),
            ("Size (KSLOC)", number(size.ksloc, 2)),
            ("Effort exponent E", number(cocomo.effort_exponent_E, 4)),
            ("Effort multiplier product", number(cocomo.effort_multiplier_product, 4)),
            ("Point effort (person-months)", number(point.effort_pm, 1)),
            ("Point duration (months)", number(point.duration_months, 1)),
            ("Point cost", money(point.cost, estimate.currency)),
            ("Team size", str(estimate.team_size)),
            ("Monte Carlo", f"{estimate.monte_carlo.samples:,} samples, seed {estimate.monte_carlo.seed}"),
        ],
    )


def function_points_by_type(estimate: Estimate) -> Table:
    by_type = estimate.function_points.by_type
    return Table(("Function type", "Function points"), [(name, str(by_type[name])) for name in sorted(by_type)])


def top_contributions(estimate: Estimate, limit: int = TOP_CONTRIBUTIONS) -> Table:
    ranked = sorted(estimate.requirements, key=lambda item: (-item.share, item.requirement_id))[:limit]
    return Table(
        ("Requirement", "Title", "Priority", "FP", "Share", f"P50 cost ({estimate.currency})"),
        [
            (
                item.requirement_id,
                clip(item.title or "", 60),
                item.priority or "",
                number(item.function_points, 1),
                percent(item.share),
                number(item.cost.p50),
            )
            for item in ranked
        ],
    )


# --- roadmap ----------------------------------------------------------------------------------


def roadmap_summary(roadmap: Roadmap) -> Table:
    return Table(
        ("Measure", "Value"),
        [
            ("Start", roadmap.start.isoformat()),
            ("Finish", roadmap.finish.isoformat()),
            ("Working days", str(roadmap.working_days)),
            ("Effort (person-days)", number(roadmap.effort_days, 1)),
            ("Team size", str(roadmap.inputs.options.team_size)),
            ("Utilisation", percent(roadmap.utilisation)),
            ("Tasks", str(len(roadmap.tasks))),
            ("Tasks on the critical path", str(len(roadmap.critical_path))),
        ],
    )


def roadmap_phases(roadmap: Roadmap) -> Table:
    return Table(
        ("Phase", "Start", "Finish", "Tasks", "Effort (person-days)"),
        [
            (
                phase.name,
                phase.start.isoformat(),
                phase.finish.isoformat(),
                str(len(phase.task_ids)),
                number(phase.effort_days, 1),
            )
            for phase in roadmap.phases
        ],
    )


def roadmap_milestones(roadmap: Roadmap) -> Table:
    return Table(
        ("Milestone", "Date", "Phase"),
        [(milestone.name, milestone.date.isoformat(), milestone.phase) for milestone in roadmap.milestones],
    )


def roadmap_tasks(roadmap: Roadmap) -> Table:
    return Table(
        ("Task", "Title", "Phase", "Start", "Finish", "Days", "Assignee", "Critical"),
        [
            (
                task.id,
                clip(task.title, 70),
                task.phase,
                task.start.isoformat(),
                task.finish.isoformat(),
                str(task.duration_days),
                task.assignee or "",
                "yes" if task.critical else "",
            )
            for task in sorted(roadmap.tasks, key=lambda task: (task.start_day, task.id))
        ],
    )


# --- ROI --------------------------------------------------------------------------------------


def roi_key_figures(roi: RoiResult) -> Table:
    """Amounts are in the unit of the ROI inputs, which name no currency."""
    irr = percent(roi.irr, 2) if roi.irr is not None else "does not exist"
    if roi.irr_note:
        irr = f"{irr} ({roi.irr_note})"
    return Table(
        ("Figure", "Value"),
        [
            ("Net present value", number(roi.npv)),
            ("Internal rate of return (annual)", irr),
            ("ROI", "n/a" if roi.roi_percent is None else f"{roi.roi_percent:.1f} %"),
            ("Payback", months(roi.payback_months)),
            ("Discounted payback", months(roi.discounted_payback_months)),
            ("Benefit/cost ratio", "n/a" if roi.benefit_cost_ratio is None else number(roi.benefit_cost_ratio, 2)),
            ("Total costs / benefits", f"{number(roi.total_costs)} / {number(roi.total_benefits)}"),
            (
                "Present value of costs / benefits",
                f"{number(roi.pv_costs)} / {number(roi.pv_benefits)}",
            ),
            ("Horizon", f"{roi.inputs.horizon_months} months"),
            ("Discount rate (annual)", percent(roi.inputs.discount_rate, 2)),
        ],
    )


def roi_sensitivity(roi: RoiResult) -> Table:
    return Table(
        ("Input", "Base value", "NPV at −20 %", "NPV at +20 %", "Swing"),
        [
            (
                clip(row.label, 60),
                number(row.base_value, 2),
                number(row.npv_low),
                number(row.npv_high),
                number(row.swing),
            )
            for row in roi.sensitivity
        ],
    )


def roi_cash_flows(roi: RoiResult) -> Table:
    """Monthly rows for short horizons; one row per year beyond ``MONTHLY_CASH_FLOW_LIMIT`` months."""
    flows = roi.cash_flows
    if len(flows) <= MONTHLY_CASH_FLOW_LIMIT:
        return Table(
            ("Month", "Costs", "Benefits", "Net", "Cumulative", "Cumulative discounted"),
            [
                (
                    str(f.month),
                    number(f.costs),
                    number(f.benefits),
                    number(f.net),
                    number(f.cumulative),
                    number(f.cumulative_discounted),
                )
                for f in flows
            ],
        )
    rows = []
    for start in range(0, len(flows), 12):
        year = flows[start : start + 12]
        last = year[-1]
        rows.append(
            (
                f"{start // 12 + 1} (months {year[0].month}–{last.month})",
                number(sum(f.costs for f in year)),
                number(sum(f.benefits for f in year)),
                number(sum(f.net for f in year)),
                number(last.cumulative),
                number(last.cumulative_discounted),
            )
        )
    return Table(("Year", "Costs", "Benefits", "Net", "Cumulative", "Cumulative discounted"), rows)
