"""Typed inputs and artifacts of the planning engine (schema version ``autoagi/1``).

Inputs (``EstimateOptions``, ``RoadmapOptions``, ``TaskEdit``, ``RoiInput``) reject unknown keys,
NaN and infinities, so a bad value fails as a :class:`pydantic.ValidationError` whose ``loc``
names the field. Outputs (``Estimate``, ``Roadmap``, ``RoiResult``) echo their inputs and name their
method, so every figure can be recomputed from the artifact alone.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from autoagi.engine.artifacts import SCHEMA_VERSION, Priority

from .cocomo import (
    BACKFIRING_SLOC_PER_UFP,
    EFFORT_MULTIPLIER_VALUES,
    SCALE_FACTOR_VALUES,
    language_sloc_per_ufp,
)

# Amounts above this are surely a unit mistake, and capping them keeps every discounted sum finite.
MAX_AMOUNT = 1e15
MAX_HORIZON_MONTHS = 1200


class PlanningModel(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)


# --------------------------------------------------------------------------------------------
# Estimate
# --------------------------------------------------------------------------------------------

Rating = Literal["VL", "L", "N", "H", "VH", "XH"]
FunctionType = Literal["ILF", "EIF", "EI", "EO", "EQ"]
Complexity = Literal["low", "average", "high"]
Percentile = Literal["p10", "p50", "p90", "mean"]


class DriverSetting(PlanningModel):
    """A COCOMO II driver rating, optionally with an uncertainty range for the Monte Carlo.

    ``low`` and ``high`` are the least and most favourable ratings you consider plausible; the
    simulation then draws the driver's value from a triangular distribution over the values of
    ``low``, ``rating`` and ``high``. A bare rating string (``"H"``) is accepted as shorthand.
    """

    rating: Rating = "N"
    low: Rating | None = None
    high: Rating | None = None

    @model_validator(mode="before")
    @classmethod
    def _accept_bare_rating(cls, data: Any) -> Any:
        return {"rating": data} if isinstance(data, str) else data

    def ratings(self) -> tuple[Rating, ...]:
        return tuple(r for r in (self.low, self.rating, self.high) if r is not None)


def _check_driver_ratings(table: dict[str, dict[str, float]], name: str, setting: DriverSetting) -> None:
    defined = table[name]
    for rating in setting.ratings():
        if rating not in defined:
            raise ValueError(f"{name} has no rating {rating!r} in COCOMO II.2000 (defined: {', '.join(defined)})")


class ScaleFactors(PlanningModel):
    """The five COCOMO II.2000 scale factors; all default to Nominal."""

    PREC: DriverSetting = Field(default_factory=DriverSetting, description="Precedentedness")
    FLEX: DriverSetting = Field(default_factory=DriverSetting, description="Development flexibility")
    RESL: DriverSetting = Field(default_factory=DriverSetting, description="Architecture / risk resolution")
    TEAM: DriverSetting = Field(default_factory=DriverSetting, description="Team cohesion")
    PMAT: DriverSetting = Field(default_factory=DriverSetting, description="Process maturity")

    @field_validator("*")
    @classmethod
    def _rating_defined(cls, value: DriverSetting, info: Any) -> DriverSetting:
        _check_driver_ratings(SCALE_FACTOR_VALUES, info.field_name, value)
        return value


class EffortMultipliers(PlanningModel):
    """The 17 COCOMO II.2000 Post-Architecture effort multipliers; all default to Nominal."""

    RELY: DriverSetting = Field(default_factory=DriverSetting, description="Required reliability")
    DATA: DriverSetting = Field(default_factory=DriverSetting, description="Database size")
    CPLX: DriverSetting = Field(default_factory=DriverSetting, description="Product complexity")
    RUSE: DriverSetting = Field(default_factory=DriverSetting, description="Developed for reusability")
    DOCU: DriverSetting = Field(default_factory=DriverSetting, description="Documentation match to needs")
    TIME: DriverSetting = Field(default_factory=DriverSetting, description="Execution time constraint")
    STOR: DriverSetting = Field(default_factory=DriverSetting, description="Main storage constraint")
    PVOL: DriverSetting = Field(default_factory=DriverSetting, description="Platform volatility")
    ACAP: DriverSetting = Field(default_factory=DriverSetting, description="Analyst capability")
    PCAP: DriverSetting = Field(default_factory=DriverSetting, description="Programmer capability")
    PCON: DriverSetting = Field(default_factory=DriverSetting, description="Personnel continuity")
    APEX: DriverSetting = Field(default_factory=DriverSetting, description="Applications experience")
    PLEX: DriverSetting = Field(default_factory=DriverSetting, description="Platform experience")
    LTEX: DriverSetting = Field(default_factory=DriverSetting, description="Language and tool experience")
    TOOL: DriverSetting = Field(default_factory=DriverSetting, description="Use of software tools")
    SITE: DriverSetting = Field(default_factory=DriverSetting, description="Multisite development")
    SCED: DriverSetting = Field(default_factory=DriverSetting, description="Required development schedule")

    @field_validator("*")
    @classmethod
    def _rating_defined(cls, value: DriverSetting, info: Any) -> DriverSetting:
        _check_driver_ratings(EFFORT_MULTIPLIER_VALUES, info.field_name, value)
        return value


class Triangular(PlanningModel):
    """A triangular distribution (``low`` ≤ ``mode`` ≤ ``high``) of a positive multiplier."""

    low: float = Field(gt=0, le=100)
    mode: float = Field(gt=0, le=100)
    high: float = Field(gt=0, le=100)

    @model_validator(mode="after")
    def _ordered(self) -> Triangular:
        if not self.low <= self.mode <= self.high:
            raise ValueError("need low <= mode <= high")
        return self


class EstimateOptions(PlanningModel):
    """User-adjustable inputs of :func:`autoagi.engine.planning.build_estimate`.

    Defaults are the published nominal values (every COCOMO II driver Nominal) plus the stated
    uncertainty assumptions; ``blended_hourly_rate`` is a placeholder to be replaced by your rate.
    """

    language: str = Field(
        default="Java",
        description="Language of the COCOMO II.2000 UFP-to-SLOC table; ignored when sloc_per_fp is set",
    )
    sloc_per_fp: float | None = Field(
        default=None, gt=0, le=1000, description="Override of the backfiring ratio (SLOC per UFP)"
    )
    requirements_volatility_percent: float = Field(
        default=0.0, ge=0, le=100, description="COCOMO II REVL: % of code thrown away by requirement churn"
    )
    scale_factors: ScaleFactors = Field(default_factory=ScaleFactors)
    effort_multipliers: EffortMultipliers = Field(default_factory=EffortMultipliers)
    team_size: int = Field(default=3, ge=1, le=1000)
    blended_hourly_rate: float = Field(default=100.0, ge=0, le=1e6)
    currency: str = Field(default="USD", min_length=1, max_length=8)
    hours_per_person_month: float = Field(
        default=152.0, gt=0, le=744, description="COCOMO II defines a person-month as 152 hours"
    )
    size_uncertainty: Triangular = Field(
        default_factory=lambda: Triangular(low=0.67, mode=1.0, high=1.5),
        description="Multiplier on size; default is Boehm's cone of uncertainty at the requirements stage",
    )
    model_error_sigma: float = Field(
        default=0.228,
        ge=0,
        le=2,
        description="σ of the lognormal COCOMO model error; 0.228 reproduces PRED(.30) = 75 %",
    )
    page_counting: Literal["uncovered", "all", "none"] = Field(
        default="uncovered",
        description="Count pages as transactions: only when no endpoint serves the same requirements, always, never",
    )
    count_wont: bool = Field(default=False, description="Also size design elements that serve only `wont` requirements")
    samples: int = Field(default=10_000, ge=100, le=1_000_000)
    seed: int = Field(default=0, ge=0, le=2**63 - 1)

    @field_validator("language")
    @classmethod
    def _known_language(cls, value: str) -> str:
        if language_sloc_per_ufp(value) is None:
            known = ", ".join(sorted(BACKFIRING_SLOC_PER_UFP))
            raise ValueError(f"unknown language {value!r}; set sloc_per_fp, or use one of: {known}")
        return value


class CountedFunction(PlanningModel):
    """One IFPUG function counted from a design element, with the rule that sized it."""

    id: str
    type: FunctionType
    element: str
    det: int
    ret: int | None = None
    ftr: int | None = None
    complexity: Complexity
    weight: int
    counted: bool = True
    function_points: int
    entities: list[str] = Field(default_factory=list)
    requirement_ids: list[str] = Field(default_factory=list)
    rule: str


class FunctionPointCount(PlanningModel):
    method: str
    unadjusted_function_points: int
    by_type: dict[str, int]
    functions: list[CountedFunction]


class SizeResult(PlanningModel):
    language: str
    sloc_per_fp: float
    sloc_per_fp_source: str
    unadjusted_function_points: int
    requirements_volatility_percent: float
    sloc: float
    ksloc: float


class DriverValue(PlanningModel):
    name: str
    rating: Rating
    value: float
    low: Rating | None = None
    high: Rating | None = None


class CocomoResult(PlanningModel):
    """The deterministic COCOMO II.2000 Post-Architecture figures for the stated ratings."""

    model: str
    A: float
    B: float
    C: float
    D: float
    scale_factors: list[DriverValue]
    scale_factor_sum: float
    effort_exponent_E: float
    schedule_exponent_F: float
    effort_multipliers: list[DriverValue]
    effort_multiplier_product: float
    sced_percent: float
    effort_pm_nominal_schedule: float
    effort_pm: float
    schedule_months: float
    average_staff: float


class Percentiles(PlanningModel):
    p10: float
    p50: float
    p90: float
    mean: float

    def at(self, which: Percentile) -> float:
        return float(getattr(self, which))


class PointEstimate(PlanningModel):
    """Figures for the stated inputs without uncertainty (size multiplier = mode, model error = 1)."""

    effort_pm: float
    schedule_months: float
    duration_months: float
    cost: float


class MonteCarloResult(PlanningModel):
    samples: int
    seed: int
    uncertain_inputs: list[str]
    effort_pm: Percentiles
    schedule_months: Percentiles
    duration_months: Percentiles
    cost: Percentiles


class RequirementContribution(PlanningModel):
    """What one requirement adds: its share of the function points and, pro rata, of effort and cost."""

    requirement_id: str
    title: str | None = None
    priority: Priority | None = None
    function_points: float
    share: float
    effort_pm: Percentiles
    cost: Percentiles
    function_ids: list[str]


class Estimate(PlanningModel):
    schema_version: str = SCHEMA_VERSION
    method: str
    inputs: EstimateOptions
    function_points: FunctionPointCount
    size: SizeResult
    cocomo: CocomoResult
    point: PointEstimate
    monte_carlo: MonteCarloResult
    team_size: int
    currency: str
    requirements: list[RequirementContribution]
    unattributed_function_points: float
    unattributed_function_ids: list[str]
    unsized_requirement_ids: list[str]
    assumptions: list[str]


# --------------------------------------------------------------------------------------------
# Roadmap
# --------------------------------------------------------------------------------------------

Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
PhaseId = Literal["mvp", "should", "could"]
TaskKind = Literal["requirement", "data_model", "design_element"]
EffortBasis = Literal["point", "p10", "p50", "p90", "mean"]


class RoadmapOptions(PlanningModel):
    start_date: dt.date
    team_size: int = Field(default=3, ge=1, le=1000)
    workdays: list[Weekday] = Field(default_factory=lambda: ["mon", "tue", "wed", "thu", "fri"], min_length=1)
    holidays: list[dt.date] = Field(default_factory=list, max_length=10_000)
    hours_per_day: float = Field(default=8.0, gt=0, le=24)
    estimate_basis: EffortBasis = Field(
        default="p50", description="Which estimate figure sizes the tasks (effort per function point)"
    )
    default_task_days: float = Field(
        default=2.0, ge=0, le=1000, description="Effort of a requirement no design element sizes (e.g. an NFR)"
    )
    phase_gates: bool = Field(
        default=True,
        description="Start a phase only after the previous phase's milestone (false: overlap phases "
        "to keep the team busy)",
    )
    title: str = Field(default="Roadmap", max_length=200)

    @field_validator("workdays")
    @classmethod
    def _distinct_workdays(cls, value: list[Weekday]) -> list[Weekday]:
        order = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        return sorted(set(value), key=order.index)

    @field_validator("holidays")
    @classmethod
    def _sorted_holidays(cls, value: list[dt.date]) -> list[dt.date]:
        return sorted(set(value))


class TaskEdit(PlanningModel):
    """A user's change to one task; edits apply in order, later ones win.

    ``fixed_start`` pins the task to start no earlier than that date (it also gets first pick of a
    free team member then); sending ``"fixed_start": null`` removes a pin.
    """

    task_id: str = Field(min_length=1)
    duration_days: int | None = Field(default=None, ge=0, le=100_000)
    fixed_start: dt.date | None = None
    add_depends_on: list[str] = Field(default_factory=list)
    remove_depends_on: list[str] = Field(default_factory=list)


class Task(PlanningModel):
    id: str
    title: str
    kind: TaskKind
    priority: Priority
    phase: PhaseId
    phase_reason: str
    requirement_ids: list[str]
    design_elements: list[str]
    function_points: float
    effort_days: float
    estimated_duration_days: int
    duration_days: int
    generated_depends_on: list[str]
    depends_on: list[str]
    fixed_start: dt.date | None = None
    edited: bool = False
    start: dt.date
    finish: dt.date
    start_day: int
    finish_day: int
    assignee: str | None
    total_float_days: int
    critical: bool


class Phase(PlanningModel):
    id: PhaseId
    name: str
    priority: Priority
    task_ids: list[str]
    start: dt.date
    finish: dt.date
    effort_days: float


class Milestone(PlanningModel):
    id: str
    name: str
    phase: PhaseId
    date: dt.date
    day: int


class RoadmapInputs(PlanningModel):
    options: RoadmapOptions
    edits: list[TaskEdit]
    person_days_per_function_point: float
    estimate_basis_effort_pm: float


class Roadmap(PlanningModel):
    schema_version: str = SCHEMA_VERSION
    method: str
    inputs: RoadmapInputs
    start: dt.date
    finish: dt.date
    working_days: int
    effort_days: float
    utilisation: float
    tasks: list[Task]
    phases: list[Phase]
    milestones: list[Milestone]
    critical_path: list[str]
    critical_chain: list[str]
    excluded_requirement_ids: list[str]
    design_warnings: list[str]
    schedule_warnings: list[str]
    assumptions: list[str]
    gantt: str


# --------------------------------------------------------------------------------------------
# ROI
# --------------------------------------------------------------------------------------------

Recurrence = Literal["monthly", "quarterly", "yearly"]


class CostItem(PlanningModel):
    name: str = Field(min_length=1, max_length=200)
    amount: float = Field(ge=0, le=MAX_AMOUNT)
    month: int = Field(default=0, ge=0, le=MAX_HORIZON_MONTHS)
    recurring: Recurrence | None = None


class BenefitItem(CostItem):
    probability: float = Field(default=1.0, ge=0, le=1)
    ramp_months: int = Field(default=0, ge=0, le=MAX_HORIZON_MONTHS)


class RoiInput(PlanningModel):
    """The ``autoagi roi`` input contract (issue 5, part 5)."""

    horizon_months: int = Field(ge=1, le=MAX_HORIZON_MONTHS)
    discount_rate: float = Field(
        ge=-0.99, le=100, description="Annual rate; the monthly rate is (1 + annual)^(1/12) − 1"
    )
    costs: list[CostItem] = Field(default_factory=list, max_length=10_000)
    benefits: list[BenefitItem] = Field(default_factory=list, max_length=10_000)


class CashFlow(PlanningModel):
    month: int
    costs: float
    benefits: float
    net: float
    discount_factor: float
    discounted_net: float
    cumulative: float
    cumulative_discounted: float


class SensitivityRow(PlanningModel):
    """NPV with one input moved 20 % down and up, all else at base (one bar of the tornado)."""

    parameter: str
    label: str
    base_value: float
    low_value: float
    high_value: float
    npv_low: float
    npv_high: float
    swing: float
    note: str | None = None


class RoiResult(PlanningModel):
    schema_version: str = SCHEMA_VERSION
    method: str
    inputs: RoiInput
    monthly_discount_rate: float
    npv: float
    irr: float | None
    irr_monthly: float | None
    irr_note: str | None = None
    irr_candidates: list[float] = Field(default_factory=list)
    roi_percent: float | None
    payback_months: float | None
    discounted_payback_months: float | None
    benefit_cost_ratio: float | None
    total_costs: float
    total_benefits: float
    pv_costs: float
    pv_benefits: float
    cash_flows: list[CashFlow]
    sensitivity: list[SensitivityRow]
    notes: list[str]
