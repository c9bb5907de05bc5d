"""Planning: effort estimate with uncertainty, resource-levelled roadmap, and ROI.

- :func:`build_estimate`: IFPUG function points from a design → backfiring → COCOMO II.2000
  Post-Architecture, with a seeded Monte Carlo (P10/P50/P90) and a per-requirement trace.
- :func:`build_roadmap` / :func:`reflow_roadmap`: phases (MVP = must, then should, could),
  finish-to-start dependencies, a resource-levelled schedule on a working calendar, critical path,
  milestones and a Mermaid Gantt; user edits re-flow the schedule.
- :func:`analyze_roi`: the ``autoagi roi`` contract: monthly cash flows, NPV, IRR, paybacks,
  ROI %, benefit/cost ratio and a ±20 % tornado; :func:`analyze_roi_with_estimate` takes the
  estimate's cost as the investment.
"""

from .errors import DependencyCycleError, PlanningError, UnknownReferenceError
from .estimate import build_estimate
from .function_points import count_function_points
from .models import (
    BenefitItem,
    CashFlow,
    CostItem,
    DriverSetting,
    EffortMultipliers,
    Estimate,
    EstimateOptions,
    Milestone,
    Percentiles,
    Phase,
    Roadmap,
    RoadmapOptions,
    RoiInput,
    RoiResult,
    ScaleFactors,
    SensitivityRow,
    Task,
    TaskEdit,
    Triangular,
)
from .roadmap import build_roadmap, reflow_roadmap, render_gantt, validate_requirements
from .roi import (
    IrrSolution,
    analyze_roi,
    analyze_roi_with_estimate,
    internal_rate_of_return,
    investment_from_estimate,
    monthly_rate,
    net_present_value,
)
from .workcalendar import WorkCalendar

__all__ = [
    "BenefitItem",
    "CashFlow",
    "CostItem",
    "DependencyCycleError",
    "DriverSetting",
    "EffortMultipliers",
    "Estimate",
    "EstimateOptions",
    "IrrSolution",
    "Milestone",
    "Percentiles",
    "Phase",
    "PlanningError",
    "Roadmap",
    "RoadmapOptions",
    "RoiInput",
    "RoiResult",
    "ScaleFactors",
    "SensitivityRow",
    "Task",
    "TaskEdit",
    "Triangular",
    "UnknownReferenceError",
    "WorkCalendar",
    "analyze_roi",
    "analyze_roi_with_estimate",
    "build_estimate",
    "build_roadmap",
    "count_function_points",
    "internal_rate_of_return",
    "investment_from_estimate",
    "monthly_rate",
    "net_present_value",
    "reflow_roadmap",
    "render_gantt",
    "validate_requirements",
]
