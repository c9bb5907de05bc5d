"""Estimate: COCOMO II.2000 figures checked by hand, Monte Carlo reproducibility, trace, validation."""

from __future__ import annotations

import math

import numpy as np
import pytest
from pydantic import ValidationError

from autoagi.engine.artifacts import Design, Requirement
from autoagi.engine.planning import EstimateOptions, build_estimate
from autoagi.engine.planning.cocomo import MODEL_ERROR_SIGMA_PRED30_75


def test_nominal_cocomo_by_hand(shop_design: Design, shop_requirements: list[Requirement]) -> None:
    est = build_estimate(shop_design, shop_requirements)
    # 25 UFP × 53 SLOC/UFP (Java) = 1,325 SLOC.
    assert est.function_points.unadjusted_function_points == 25
    assert est.function_points.by_type == {"ILF": 14, "EIF": 0, "EI": 4, "EO": 4, "EQ": 3}
    assert est.size.sloc == pytest.approx(1325.0)
    c = est.cocomo
    # Nominal scale factors: 3.72 + 3.04 + 4.24 + 3.29 + 4.68 = 18.97 → E = 0.91 + 0.1897 = 1.0997.
    assert c.scale_factor_sum == pytest.approx(18.97)
    assert c.effort_exponent_E == pytest.approx(1.0997)
    assert c.effort_multiplier_product == pytest.approx(1.0)
    # PM = 2.94 · 1.325^1.0997 = 2.94 · e^(1.0997 · 0.281412) = 2.94 · 1.362702 = 4.00634
    assert c.effort_pm == pytest.approx(4.00634, rel=1e-5)
    # F = 0.28 + 0.2 · 0.1897 = 0.31794; TDEV = 3.67 · 4.00634^0.31794 = 3.67 · 1.554665 = 5.70563
    assert c.schedule_exponent_F == pytest.approx(0.31794)
    assert c.schedule_months == pytest.approx(5.70563, rel=1e-5)
    # Team of 3 needs 4.0 / 3 = 1.3 months of effort: the COCOMO schedule governs the duration.
    assert est.point.duration_months == pytest.approx(c.schedule_months)
    assert est.point.cost == pytest.approx(4.00634 * 152 * 100, rel=1e-5)
    assert "COCOMO II.2000 Post-Architecture" in est.method


def test_adjusted_drivers_by_hand(shop_design: Design) -> None:
    options = {
        "sloc_per_fp": 400,  # 25 UFP → 10 KSLOC
        "scale_factors": {"PREC": "XH"},
        "effort_multipliers": {"RELY": "VH", "PCAP": {"rating": "H"}, "SCED": "L"},
        "team_size": 2,
        "blended_hourly_rate": 50,
    }
    est = build_estimate(shop_design, options=options)
    c = est.cocomo
    # ΣSF = 18.97 − 3.72 = 15.25 → E = 1.0625; PM_NS = 2.94 · 10^1.0625 · 1.26 · 0.88 = 37.6444
    assert est.size.ksloc == pytest.approx(10.0)
    assert c.effort_exponent_E == pytest.approx(1.0625)
    assert c.effort_pm_nominal_schedule == pytest.approx(37.6444, rel=1e-5)
    # SCED Low: ×1.14 effort, 85 % schedule. PM = 42.9146; TDEV = 3.67 · 37.6444^0.3105 · 0.85 = 9.62365
    assert c.effort_pm == pytest.approx(42.9146, rel=1e-5)
    assert c.sced_percent == 85
    assert c.schedule_months == pytest.approx(9.62365, rel=1e-5)
    # Two people need 42.9 / 2 = 21.5 months: staffing, not COCOMO, sets the duration.
    assert est.point.duration_months == pytest.approx(42.9146 / 2, rel=1e-5)
    assert est.point.cost == pytest.approx(42.9146 * 152 * 50, rel=1e-5)


def test_monte_carlo_reproducible_with_seed(shop_design: Design, shop_requirements: list[Requirement]) -> None:
    a = build_estimate(shop_design, shop_requirements, {"seed": 7, "samples": 5000})
    b = build_estimate(shop_design, shop_requirements, {"seed": 7, "samples": 5000})
    c = build_estimate(shop_design, shop_requirements, {"seed": 8, "samples": 5000})
    assert a.model_dump_json() == b.model_dump_json()
    assert a.monte_carlo.effort_pm != c.monte_carlo.effort_pm
    mc = a.monte_carlo
    for p in (mc.effort_pm, mc.schedule_months, mc.duration_months, mc.cost):
        assert 0 < p.p10 < p.p50 < p.p90
    assert mc.cost.p50 == pytest.approx(mc.effort_pm.p50 * 152 * 100)
    assert (mc.samples, mc.seed) == (5000, 7)


def test_monte_carlo_median_near_point_without_size_skew(shop_design: Design) -> None:
    est = build_estimate(
        shop_design, options={"size_uncertainty": {"low": 1, "mode": 1, "high": 1}, "samples": 100_000}
    )
    # Only the lognormal model error remains: its median is 1 and 75 % of draws lie within ±30 %.
    assert est.monte_carlo.effort_pm.p50 == pytest.approx(est.point.effort_pm, rel=0.01)
    assert round(MODEL_ERROR_SIGMA_PRED30_75, 4) == 0.2281
    z = math.log(1.3) / MODEL_ERROR_SIGMA_PRED30_75
    assert math.erf(z / math.sqrt(2)) == pytest.approx(0.75, abs=1e-9)


def test_driver_ranges_widen_the_distribution(shop_design: Design) -> None:
    fixed = build_estimate(shop_design)
    ranged = build_estimate(
        shop_design,
        options={
            "effort_multipliers": {"CPLX": {"rating": "N", "low": "L", "high": "VH"}, "SCED": {"low": "VL"}},
            "scale_factors": {"PMAT": {"rating": "N", "low": "VL", "high": "H"}},
        },
    )
    spread = lambda e: e.monte_carlo.effort_pm.p90 / e.monte_carlo.effort_pm.p10  # noqa: E731
    assert spread(ranged) > spread(fixed)
    assert any("CPLX" in u for u in ranged.monte_carlo.uncertain_inputs)
    assert any("SCED" in u for u in ranged.monte_carlo.uncertain_inputs)


def test_every_point_traces_to_requirements(shop_design: Design, shop_requirements: list[Requirement]) -> None:
    est = build_estimate(shop_design, shop_requirements)
    rows = {r.requirement_id: r for r in est.requirements}
    # REQ-001: Customer ILF 7 + GET EQ 3; REQ-002: Order ILF 7 + POST EI 4; REQ-003: dashboard EO 4.
    assert {k: r.function_points for k, r in rows.items()} == {"REQ-001": 10, "REQ-002": 11, "REQ-003": 4}
    assert rows["REQ-002"].function_ids == ["entity:Order", "endpoint:POST /api/v1/customers/{id}/orders"]
    assert rows["REQ-001"].title == "List customers" and rows["REQ-001"].priority == "must"
    total = sum(r.function_points for r in rows.values()) + est.unattributed_function_points
    assert total == est.function_points.unadjusted_function_points
    assert sum(r.effort_pm.p50 for r in rows.values()) == pytest.approx(est.monte_carlo.effort_pm.p50)
    assert est.unsized_requirement_ids == ["REQ-004", "REQ-005"]


def test_shared_element_splits_points_evenly() -> None:
    design = Design.model_validate(
        {"endpoints": [{"method": "GET", "path": "/x", "summary": "", "requirement_ids": ["A", "B"]}]}
    )
    est = build_estimate(design)
    assert [(r.requirement_id, r.function_points) for r in est.requirements] == [("A", 1.5), ("B", 1.5)]


def test_empty_design_gives_zero_not_error() -> None:
    est = build_estimate(Design())
    assert est.function_points.unadjusted_function_points == 0
    assert est.monte_carlo.effort_pm.p90 == 0 and est.monte_carlo.cost.p90 == 0
    assert any("no sized element" in a for a in est.assumptions)


@pytest.mark.parametrize(
    ("options", "loc"),
    [
        ({"team_size": 0}, ("team_size",)),
        ({"blended_hourly_rate": -1}, ("blended_hourly_rate",)),
        ({"blended_hourly_rate": float("nan")}, ("blended_hourly_rate",)),
        ({"language": "Klingon"}, ("language",)),
        ({"effort_multipliers": {"DATA": "VL"}}, ("effort_multipliers", "DATA")),
        ({"scale_factors": {"PREC": "ZZ"}}, ("scale_factors", "PREC", "rating")),
        ({"size_uncertainty": {"low": 2, "mode": 1, "high": 3}}, ("size_uncertainty",)),
        ({"samples": 10}, ("samples",)),
        ({"surprise": 1}, ("surprise",)),
    ],
)
def test_bad_options_name_the_field(options: dict, loc: tuple) -> None:
    with pytest.raises(ValidationError) as info:
        EstimateOptions.model_validate(options)
    assert info.value.errors()[0]["loc"][: len(loc)] == loc


def test_language_lookup_is_case_insensitive(shop_design: Design) -> None:
    est = build_estimate(shop_design, options={"language": "c++"})
    assert (est.size.language, est.size.sloc_per_fp) == ("C++", 55)


def test_samples_are_vectorised_draws() -> None:
    # Guard the seed contract: the Generator, not the legacy global RandomState, drives the draws.
    state = np.random.get_state()[1][:4].copy()
    build_estimate(Design.model_validate({"entities": [{"name": "A"}]}), options={"seed": 1})
    assert (np.random.get_state()[1][:4] == state).all()


def test_wont_only_elements_are_out_of_scope(shop_design: Design, shop_requirements: list[Requirement]) -> None:
    demoted = [r.model_copy(update={"priority": "wont"}) if r.id == "REQ-003" else r for r in shop_requirements]
    est = build_estimate(shop_design, demoted)
    dashboard = next(f for f in est.function_points.functions if f.id == "page:/dashboard")
    assert not dashboard.counted and "wont" in dashboard.rule
    assert est.function_points.unadjusted_function_points == 21
    assert "REQ-003" in est.unsized_requirement_ids
    assert build_estimate(shop_design, demoted, {"count_wont": True}).function_points.unadjusted_function_points == 25
