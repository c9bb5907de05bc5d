"""Effort, schedule and cost estimate with uncertainty, traceable to requirements.

Pipeline (each step is echoed in the :class:`~autoagi.engine.planning.models.Estimate`):

1. **Size**: IFPUG unadjusted function points counted from the design
   (:mod:`.function_points`, IFPUG CPM 4.3.1 weights); elements that serve only `wont`
   requirements are left out unless ``count_wont``.
2. **Backfiring**: UFP × SLOC-per-UFP for the named language (COCOMO II.2000 table), times
   (1 + REVL/100).
3. **Effort and schedule**: COCOMO II.2000 *Post-Architecture* model (:mod:`.cocomo`): five scale
   factors and seventeen effort multipliers, all user-adjustable, Nominal by default.
4. **Team**: duration = max(COCOMO schedule, effort / team size): a team smaller than the
   COCOMO average staffing stretches the schedule, a larger one cannot compress it (the SCED driver
   models deliberate compression). Cost = effort × hours per person-month × blended hourly rate.
5. **Uncertainty**: a seeded, vectorised Monte Carlo (``numpy.random.Generator``) over
   - size: × Triangular(0.67, 1, 1.5) by default, the range of Boehm's "cone of uncertainty" at the
     requirements-specification stage (Boehm, *Software Engineering Economics*, 1981);
   - model error: × lognormal(0, σ), σ = 0.228 so that 75 % of draws lie within ±30 %, matching
     COCOMO II.2000's published PRED(.30) = 75 % for effort;
   - every driver given a ``low``/``high`` rating range: its value ~ Triangular(value(low),
     value(rating), value(high)); SCED, whose rating also sets the schedule percentage, is drawn
     uniformly among the ratings of its range.
   P10/P50/P90 and the mean are reported for effort, COCOMO schedule, duration and cost.
6. **Trace**: each counted function's points are split evenly among the requirements it serves;
   effort and cost are allocated to requirements in proportion to their function points.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from autoagi.engine.artifacts import Design, Requirement

from . import cocomo
from .function_points import FUNCTION_POINT_METHOD, count_function_points
from .models import (
    CocomoResult,
    CountedFunction,
    DriverSetting,
    DriverValue,
    Estimate,
    EstimateOptions,
    FunctionPointCount,
    MonteCarloResult,
    Percentiles,
    PointEstimate,
    RequirementContribution,
    SizeResult,
)

COCOMO_MODEL = "COCOMO II.2000 Post-Architecture"
_FUNCTION_TYPES = ("ILF", "EIF", "EI", "EO", "EQ")


def _options(options: EstimateOptions | Mapping[str, Any] | None) -> EstimateOptions:
    if isinstance(options, EstimateOptions):
        return options
    return EstimateOptions.model_validate(dict(options or {}))


def _driver_values(
    settings: Mapping[str, DriverSetting], table: Mapping[str, Mapping[str, float]]
) -> list[DriverValue]:
    return [
        DriverValue(name=name, rating=s.rating, value=table[name][s.rating], low=s.low, high=s.high)
        for name, s in settings.items()
    ]


def _percentiles(values: np.ndarray) -> Percentiles:
    p10, p50, p90 = np.percentile(values, [10, 50, 90])
    return Percentiles(p10=float(p10), p50=float(p50), p90=float(p90), mean=float(values.mean()))


def _ratings_between(low: str, high: str) -> list[str]:
    i, j = sorted((cocomo.RATINGS.index(low), cocomo.RATINGS.index(high)))
    return list(cocomo.RATINGS[i : j + 1])


def _simulate(opts: EstimateOptions, ksloc: float) -> tuple[dict[str, np.ndarray], list[str]]:
    """Draw ``opts.samples`` scenarios; the draw order is fixed so a seed always gives the same result."""
    n = opts.samples
    rng = np.random.default_rng(opts.seed)
    uncertain: list[str] = []

    su = opts.size_uncertainty
    if su.low < su.high:
        size_multiplier = rng.triangular(su.low, su.mode, su.high, n)
        uncertain.append(f"size × Triangular({su.low:g}, {su.mode:g}, {su.high:g})")
    else:
        size_multiplier = np.full(n, su.mode)
    if opts.model_error_sigma > 0:
        model_error = rng.lognormal(0.0, opts.model_error_sigma, n)
        uncertain.append(f"COCOMO model error × lognormal(0, σ={opts.model_error_sigma:g})")
    else:
        model_error = np.ones(n)

    scale_factor_sum = np.zeros(n)
    for name, setting in opts.scale_factors:
        table = cocomo.SCALE_FACTOR_VALUES[name]
        mode = table[setting.rating]
        values = [table[r] for r in setting.ratings()]
        if min(values) < max(values):
            scale_factor_sum += rng.triangular(min(values), mode, max(values), n)
            uncertain.append(f"{name} ~ Triangular over ratings {'/'.join(setting.ratings())}")
        else:
            scale_factor_sum += mode

    multiplier_without_sced = np.ones(n)
    sced_multiplier = np.ones(n)
    sced_percent = np.full(n, 100.0)
    for name, setting in opts.effort_multipliers:
        table = cocomo.EFFORT_MULTIPLIER_VALUES[name]
        if name == "SCED":
            choices = (
                _ratings_between(setting.low or setting.rating, setting.high or setting.rating)
                if setting.low or setting.high
                else [setting.rating]
            )
            choices = [r for r in choices if r in table]
            if len(choices) > 1:
                picked = rng.integers(0, len(choices), n)
                sced_multiplier = np.array([table[r] for r in choices])[picked]
                sced_percent = np.array([cocomo.SCED_PERCENT[r] for r in choices])[picked]
                uncertain.append(f"SCED uniform over ratings {'/'.join(choices)}")
            else:
                sced_multiplier[:] = table[setting.rating]
                sced_percent[:] = cocomo.SCED_PERCENT[setting.rating]
            continue
        mode = table[setting.rating]
        values = [table[r] for r in setting.ratings()]
        if min(values) < max(values):
            multiplier_without_sced *= rng.triangular(min(values), mode, max(values), n)
            uncertain.append(f"{name} ~ Triangular over ratings {'/'.join(setting.ratings())}")
        else:
            multiplier_without_sced *= mode

    size = ksloc * size_multiplier
    exponent = cocomo.B + 0.01 * scale_factor_sum
    with np.errstate(divide="ignore"):
        effort_ns = np.where(size > 0, cocomo.A * np.power(size, exponent), 0.0) * multiplier_without_sced
    effort_ns *= model_error
    effort = effort_ns * sced_multiplier
    schedule_exp = cocomo.D + 0.2 * (exponent - cocomo.B)
    schedule = np.where(effort_ns > 0, cocomo.C * np.power(effort_ns, schedule_exp), 0.0) * sced_percent / 100
    duration = np.maximum(schedule, effort / opts.team_size)
    cost = effort * opts.hours_per_person_month * opts.blended_hourly_rate
    return {"effort_pm": effort, "schedule_months": schedule, "duration_months": duration, "cost": cost}, uncertain


def _leave_out_wont(functions: list[CountedFunction], requirements: Sequence[Requirement]) -> list[CountedFunction]:
    """Stop counting elements every one of whose requirements is `wont`: they are out of scope."""
    wont = {r.id for r in requirements if r.priority == "wont"}
    if not wont:
        return functions
    out = []
    for f in functions:
        if f.counted and f.requirement_ids and set(f.requirement_ids) <= wont:
            f = f.model_copy(
                update={"counted": False, "function_points": 0, "rule": f.rule + "; not counted: serves only `wont`"}
            )
        out.append(f)
    return out


def _contributions(
    functions: Sequence[CountedFunction],
    requirements: Sequence[Requirement],
    ufp: int,
    effort: Percentiles,
    cost: Percentiles,
) -> tuple[list[RequirementContribution], float, list[str], list[str]]:
    points: dict[str, float] = {}
    function_ids: dict[str, list[str]] = {}
    unattributed = 0.0
    unattributed_ids: list[str] = []
    for f in functions:
        if not f.counted:
            continue
        if not f.requirement_ids:
            unattributed += f.function_points
            unattributed_ids.append(f.id)
            continue
        each = f.function_points / len(f.requirement_ids)
        for rid in f.requirement_ids:
            points[rid] = points.get(rid, 0.0) + each
            function_ids.setdefault(rid, []).append(f.id)

    known = {r.id: r for r in requirements}
    order = [r.id for r in requirements if r.id in points] + sorted(set(points) - set(known))

    def scaled(p: Percentiles, share: float) -> Percentiles:
        return Percentiles(p10=p.p10 * share, p50=p.p50 * share, p90=p.p90 * share, mean=p.mean * share)

    rows = []
    for rid in order:
        share = points[rid] / ufp if ufp else 0.0
        req = known.get(rid)
        rows.append(
            RequirementContribution(
                requirement_id=rid,
                title=req.title if req else None,
                priority=req.priority if req else None,
                function_points=points[rid],
                share=share,
                effort_pm=scaled(effort, share),
                cost=scaled(cost, share),
                function_ids=function_ids[rid],
            )
        )
    unsized = [r.id for r in requirements if r.id not in points]
    return rows, unattributed, unattributed_ids, unsized


def build_estimate(
    design: Design,
    requirements: Sequence[Requirement] = (),
    options: EstimateOptions | Mapping[str, Any] | None = None,
) -> Estimate:
    """Estimate effort (person-months), duration (months) and cost for ``design``.

    ``requirements`` adds titles and priorities to the per-requirement trace and lists the ones no
    design element sizes. ``options`` may be a dict (validated; bad values raise
    ``pydantic.ValidationError`` naming the field). Same inputs and seed → identical estimate.
    """
    opts = _options(options)
    functions = count_function_points(design, opts.page_counting)
    if not opts.count_wont:
        functions = _leave_out_wont(functions, requirements)
    ufp = sum(f.function_points for f in functions)
    by_type = {t: sum(f.function_points for f in functions if f.type == t) for t in _FUNCTION_TYPES}

    if opts.sloc_per_fp is not None:
        ratio, language, source = opts.sloc_per_fp, opts.language, "user-supplied sloc_per_fp"
    else:
        ratio = cocomo.language_sloc_per_ufp(opts.language) or 0.0
        language = cocomo.canonical_language(opts.language)
        source = "COCOMO II.2000 Model Definition Manual, UFP to SLOC conversion ratios (after Jones)"
    sloc = ufp * ratio * (1 + opts.requirements_volatility_percent / 100)
    ksloc = sloc / 1000

    scale_factors = _driver_values(dict(opts.scale_factors), cocomo.SCALE_FACTOR_VALUES)
    multipliers = _driver_values(dict(opts.effort_multipliers), cocomo.EFFORT_MULTIPLIER_VALUES)
    sf_sum = sum(d.value for d in scale_factors)
    em_without_sced = float(np.prod([d.value for d in multipliers if d.name != "SCED"]))
    sced_rating = opts.effort_multipliers.SCED.rating
    sced_em = cocomo.EFFORT_MULTIPLIER_VALUES["SCED"][sced_rating]
    sced_percent = cocomo.SCED_PERCENT[sced_rating]
    effort_ns = cocomo.effort_person_months(ksloc, sf_sum, em_without_sced)
    effort = effort_ns * sced_em
    schedule = cocomo.schedule_months(effort_ns, sf_sum, sced_percent)
    exponent = cocomo.effort_exponent(sf_sum)

    # The point estimate uses the size mode and a model error of 1 (the lognormal's median).
    point_effort = effort * opts.size_uncertainty.mode**exponent
    point_schedule = cocomo.schedule_months(effort_ns * opts.size_uncertainty.mode**exponent, sf_sum, sced_percent)
    point = PointEstimate(
        effort_pm=point_effort,
        schedule_months=point_schedule,
        duration_months=max(point_schedule, point_effort / opts.team_size),
        cost=point_effort * opts.hours_per_person_month * opts.blended_hourly_rate,
    )

    draws, uncertain = _simulate(opts, ksloc)
    monte_carlo = MonteCarloResult(
        samples=opts.samples,
        seed=opts.seed,
        uncertain_inputs=uncertain,
        **{key: _percentiles(values) for key, values in draws.items()},
    )
    contributions, unattributed, unattributed_ids, unsized = _contributions(
        functions, requirements, ufp, monte_carlo.effort_pm, monte_carlo.cost
    )

    return Estimate(
        method=(
            f"{FUNCTION_POINT_METHOD} → backfiring at {ratio:g} SLOC/UFP ({language}) → {COCOMO_MODEL}; "
            f"Monte Carlo, {opts.samples} samples, seed {opts.seed}"
        ),
        inputs=opts,
        function_points=FunctionPointCount(
            method=FUNCTION_POINT_METHOD,
            unadjusted_function_points=ufp,
            by_type=by_type,
            functions=functions,
        ),
        size=SizeResult(
            language=language,
            sloc_per_fp=ratio,
            sloc_per_fp_source=source,
            unadjusted_function_points=ufp,
            requirements_volatility_percent=opts.requirements_volatility_percent,
            sloc=sloc,
            ksloc=ksloc,
        ),
        cocomo=CocomoResult(
            model=COCOMO_MODEL,
            A=cocomo.A,
            B=cocomo.B,
            C=cocomo.C,
            D=cocomo.D,
            scale_factors=scale_factors,
            scale_factor_sum=sf_sum,
            effort_exponent_E=exponent,
            schedule_exponent_F=cocomo.schedule_exponent(exponent),
            effort_multipliers=multipliers,
            effort_multiplier_product=em_without_sced * sced_em,
            sced_percent=sced_percent,
            effort_pm_nominal_schedule=effort_ns,
            effort_pm=effort,
            schedule_months=schedule,
            average_staff=effort / schedule if schedule > 0 else 0.0,
        ),
        point=point,
        monte_carlo=monte_carlo,
        team_size=opts.team_size,
        currency=opts.currency,
        requirements=contributions,
        unattributed_function_points=unattributed,
        unattributed_function_ids=unattributed_ids,
        unsized_requirement_ids=unsized,
        assumptions=_assumptions(opts, ratio, language, ufp, unsized),
    )


def _assumptions(opts: EstimateOptions, ratio: float, language: str, ufp: int, unsized: list[str]) -> list[str]:
    su = opts.size_uncertainty
    notes = [
        "Functional size is IFPUG unadjusted function points (COCOMO II sizes from UFP; no value "
        "adjustment factor). Each counted function records the mapping rule that sized it.",
        "Pages are counted only when no endpoint serves all their requirements: an elementary process counts once."
        if opts.page_counting == "uncovered"
        else f"Page counting: {opts.page_counting}.",
        f"Backfiring ratio {ratio:g} SLOC per UFP ({language}); ratios vary widely between projects, "
        "which the size uncertainty covers in part.",
        "Scale factors and effort multipliers are Nominal unless set in the inputs; non-functional "
        "requirements act through these drivers, not through function points.",
        f"Monte Carlo: size × Triangular({su.low:g}, {su.mode:g}, {su.high:g}) (cone of uncertainty), "
        f"model error lognormal σ = {opts.model_error_sigma:g} (PRED(.30) = 75 %), "
        "plus any driver rating ranges given.",
        f"Duration = max(COCOMO schedule, effort / {opts.team_size} people); cost = effort × "
        f"{opts.hours_per_person_month:g} h/person-month × {opts.blended_hourly_rate:g} "
        f"{opts.currency}/h (blended rate).",
        "Per-requirement effort and cost are allocated in proportion to function points.",
    ]
    if not opts.count_wont:
        notes.append("Design elements serving only `wont` requirements are out of scope and not counted.")
    if "blended_hourly_rate" not in opts.model_fields_set:
        notes.append(
            f"The blended rate {opts.blended_hourly_rate:g} {opts.currency}/h is a placeholder default: set yours."
        )
    if ufp == 0:
        notes.append("The design has no sized element: effort, duration and cost are zero.")
    if unsized:
        notes.append(
            f"{len(unsized)} requirement(s) have no sized design element ({', '.join(unsized[:10])}"
            f"{', …' if len(unsized) > 10 else ''}); their cost is not in the function-point total."
        )
    return notes
