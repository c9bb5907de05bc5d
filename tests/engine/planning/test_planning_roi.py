"""ROI: worked examples, recurrence and ramp-up, null cases, validation, tornado, estimate as investment."""

from __future__ import annotations

import math

import numpy_financial as npf
import pytest
from pydantic import ValidationError

from autoagi.engine.artifacts import Design
from autoagi.engine.planning import (
    RoiInput,
    analyze_roi,
    analyze_roi_with_estimate,
    build_estimate,
    internal_rate_of_return,
    investment_from_estimate,
    monthly_rate,
)

# (1.01)^12 − 1: the annual rate whose monthly equivalent is exactly 1 %.
ONE_PERCENT_MONTHLY = 1.01**12 - 1


def test_worked_example_undiscounted() -> None:
    # Months: 0: −100; 1: +60; 2: +60.
    r = analyze_roi(
        {
            "horizon_months": 3,
            "discount_rate": 0,
            "costs": [{"name": "build", "amount": 100}],
            "benefits": [{"name": "savings", "amount": 60, "month": 1, "recurring": "monthly"}],
        }
    )
    assert [c.net for c in r.cash_flows] == [-100, 60, 60]
    assert r.npv == pytest.approx(20)
    assert r.roi_percent == pytest.approx(20)
    assert r.benefit_cost_ratio == pytest.approx(1.2)
    # Cumulative −100, −40, +20: crosses zero 40/60 of the way through month 2.
    assert r.payback_months == pytest.approx(1 + 40 / 60)
    assert r.discounted_payback_months == pytest.approx(1 + 40 / 60)
    # −100 + 60x + 60x² = 0 with x = 1/(1 + r): x = (−60 + √27600) / 120.
    x = (-60 + math.sqrt(27600)) / 120
    assert r.irr_monthly == pytest.approx(1 / x - 1, abs=1e-12)
    assert r.irr == pytest.approx((1 / x) ** 12 - 1, rel=1e-12)
    assert r.irr_note is None


def test_worked_example_discounted_annuity() -> None:
    # 1,000 now; 100 a month for 12 months at 1 % a month: NPV = −1000 + 100 · (1 − 1.01^−12) / 0.01.
    r = analyze_roi(
        {
            "horizon_months": 13,
            "discount_rate": ONE_PERCENT_MONTHLY,
            "costs": [{"name": "licence", "amount": 1000}],
            "benefits": [{"name": "time saved", "amount": 100, "month": 1, "recurring": "monthly"}],
        }
    )
    assert r.monthly_discount_rate == pytest.approx(0.01, abs=1e-15)
    assert r.cash_flows[0].discount_factor == 1.0
    assert r.cash_flows[12].discount_factor == pytest.approx(1.01**-12)
    assert r.npv == pytest.approx(-1000 + 100 * (1 - 1.01**-12) / 0.01, abs=1e-9)
    assert r.npv == pytest.approx(125.5077473, abs=1e-6)
    assert r.pv_benefits == pytest.approx(1125.5077473, abs=1e-6)
    assert r.benefit_cost_ratio == pytest.approx(1.1255077473, abs=1e-9)
    assert r.payback_months == pytest.approx(10.0)  # cumulative reaches exactly 0 at month 10
    # Discounted: cumulative still below 0 at month 10, above at 11.
    cum = [c.cumulative_discounted for c in r.cash_flows]
    assert cum[10] < 0 < cum[11]
    assert r.discounted_payback_months == pytest.approx(10 + -cum[10] / (cum[11] - cum[10]))
    assert r.irr_monthly == pytest.approx(npf.irr([c.net for c in r.cash_flows]), abs=1e-12)


def test_recurrence_schedules() -> None:
    r = analyze_roi(
        {
            "horizon_months": 30,
            "discount_rate": 0,
            "costs": [
                {"name": "q", "amount": 10, "month": 1, "recurring": "quarterly"},
                {"name": "y", "amount": 7, "month": 2, "recurring": "yearly"},
                {"name": "once", "amount": 5, "month": 29},
            ],
        }
    )
    costs = {c.month: c.costs for c in r.cash_flows if c.costs}
    assert costs == {
        **{m: 10 for m in range(1, 30, 3) if m not in (2, 14, 26)},
        2: 7,
        14: 7,
        26: 7,
        29: 5,
    }


def test_probability_and_ramp_up() -> None:
    r = analyze_roi(
        {
            "horizon_months": 8,
            "discount_rate": 0,
            "benefits": [
                {"name": "b", "amount": 100, "month": 2, "recurring": "monthly", "probability": 0.5, "ramp_months": 4}
            ],
        }
    )
    assert [c.benefits for c in r.cash_flows] == [0, 0, 12.5, 25, 37.5, 50, 50, 50]


def test_no_benefits_and_no_costs_give_nulls() -> None:
    only_costs = analyze_roi({"horizon_months": 12, "discount_rate": 0.1, "costs": [{"name": "c", "amount": 5}]})
    assert only_costs.irr is None and "never change sign" in only_costs.irr_note
    assert only_costs.payback_months is None and only_costs.discounted_payback_months is None
    assert only_costs.roi_percent == -100 and only_costs.benefit_cost_ratio == 0
    assert only_costs.npv == -5
    assert any("no benefits" in n for n in only_costs.notes)

    only_benefits = analyze_roi({"horizon_months": 12, "discount_rate": 0.1, "benefits": [{"name": "b", "amount": 5}]})
    assert only_benefits.roi_percent is None and only_benefits.benefit_cost_ratio is None
    assert only_benefits.payback_months is None and only_benefits.irr is None

    nothing = analyze_roi({"horizon_months": 1, "discount_rate": 0})
    assert nothing.npv == 0 and nothing.irr is None and "zero" in nothing.irr_note
    assert nothing.model_dump()["payback_months"] is None


def test_never_paying_back_within_horizon() -> None:
    r = analyze_roi(
        {
            "horizon_months": 6,
            "discount_rate": 0,
            "costs": [{"name": "c", "amount": 1000}],
            "benefits": [{"name": "b", "amount": 10, "month": 1, "recurring": "monthly"}],
        }
    )
    assert r.payback_months is None and r.discounted_payback_months is None
    assert r.irr is not None and r.irr < 0  # a rate exists, it is just a loss


def test_paid_back_immediately() -> None:
    r = analyze_roi(
        {
            "horizon_months": 3,
            "discount_rate": 0,
            "costs": [{"name": "c", "amount": 10}],
            "benefits": [{"name": "b", "amount": 50}],
        }
    )
    assert r.payback_months == 0


def test_several_sign_changes_report_non_unique_irr() -> None:
    # −100 + 230x − 132x² = 0 at x = 1/1.1 and x = 1/1.2: monthly IRRs of 10 % and 20 %.
    r = analyze_roi(
        {
            "horizon_months": 3,
            "discount_rate": 0,
            "costs": [{"name": "dig", "amount": 100}, {"name": "restore", "amount": 132, "month": 2}],
            "benefits": [{"name": "ore", "amount": 230, "month": 1}],
        }
    )
    assert "may not be unique" in r.irr_note
    assert r.irr_monthly == pytest.approx(0.1, abs=1e-12)
    assert r.irr_candidates == pytest.approx([1.1**12 - 1, 1.2**12 - 1], rel=1e-10)


def test_irr_without_a_real_root() -> None:
    solution = internal_rate_of_return([1, -3, 3])  # 1 − 3x + 3x² has no real root
    assert solution.rate is None and solution.sign_changes == 2 and "does not exist" in solution.note


def test_irr_of_long_series_with_several_sign_changes_uses_grid() -> None:
    flows = [-100.0] + [3.0] * 600 + [-50.0] + [1.0] * 500
    solution = internal_rate_of_return(flows)
    assert solution.rate is not None and solution.sign_changes == 3
    assert npf.npv(solution.rate, flows) == pytest.approx(0, abs=1e-6)


def test_sensitivity_tornado() -> None:
    r = analyze_roi(
        {
            "horizon_months": 24,
            "discount_rate": 0.1,
            "costs": [{"name": "build", "amount": 50_000}, {"name": "run", "amount": 500, "recurring": "monthly"}],
            "benefits": [
                {
                    "name": "sales",
                    "amount": 6_000,
                    "month": 3,
                    "recurring": "monthly",
                    "probability": 0.9,
                    "ramp_months": 6,
                }
            ],
        }
    )
    rows = {row.parameter: row for row in r.sensitivity}
    assert set(rows) == {
        "costs[0].amount",
        "costs[1].amount",
        "benefits[0].amount",
        "benefits[0].probability",
        "benefits[0].ramp_months",
        "discount_rate",
    }
    swings = [row.swing for row in r.sensitivity]
    assert swings == sorted(swings, reverse=True)
    build = rows["costs[0].amount"]
    # A month-0 cost moves NPV one for one: ±20 % of 50,000.
    assert (build.npv_low - r.npv, build.npv_high - r.npv) == pytest.approx((10_000, -10_000))
    probability = rows["benefits[0].probability"]
    assert probability.high_value == 1.0 and probability.note == "probability capped at 1"
    assert rows["discount_rate"].npv_low > r.npv > rows["discount_rate"].npv_high
    assert rows["benefits[0].ramp_months"].npv_low > r.npv  # a faster ramp-up is worth more


def test_item_after_horizon_is_noted() -> None:
    r = analyze_roi({"horizon_months": 12, "discount_rate": 0, "costs": [{"name": "late", "amount": 5, "month": 12}]})
    assert r.total_costs == 0 and any("after the horizon" in n for n in r.notes)


@pytest.mark.parametrize(
    ("patch", "loc"),
    [
        ({"costs": [{"name": "c", "amount": -1}]}, ("costs", 0, "amount")),
        ({"benefits": [{"name": "b", "amount": -5}]}, ("benefits", 0, "amount")),
        ({"horizon_months": 0}, ("horizon_months",)),
        ({"horizon_months": 1201}, ("horizon_months",)),
        ({"horizon_months": 12_000}, ("horizon_months",)),
        ({"discount_rate": float("nan")}, ("discount_rate",)),
        ({"discount_rate": float("inf")}, ("discount_rate",)),
        ({"costs": [{"name": "c", "amount": float("nan")}]}, ("costs", 0, "amount")),
        ({"benefits": [{"name": "b", "amount": 1, "probability": 1.5}]}, ("benefits", 0, "probability")),
        ({"benefits": [{"name": "b", "amount": 1, "probability": -0.1}]}, ("benefits", 0, "probability")),
        ({"costs": [{"name": "c", "amount": 1, "recurring": "weekly"}]}, ("costs", 0, "recurring")),
        ({"costs": [{"name": "c", "amount": 1, "month": -1}]}, ("costs", 0, "month")),
        ({"costs": [{"name": "c", "amount": 1, "probability": 0.5}]}, ("costs", 0, "probability")),
        ({"benefits": [{"name": "b", "amount": 1, "ramp_months": -2}]}, ("benefits", 0, "ramp_months")),
        ({"colour": "red"}, ("colour",)),
    ],
)
def test_bad_input_names_the_field(patch: dict, loc: tuple) -> None:
    data = {"horizon_months": 12, "discount_rate": 0.1, **patch}
    with pytest.raises(ValidationError) as info:
        analyze_roi(data)
    assert [e["loc"] for e in info.value.errors()] == [loc]


def test_missing_required_fields() -> None:
    with pytest.raises(ValidationError) as info:
        analyze_roi({"costs": []})
    assert {e["loc"] for e in info.value.errors()} == {("horizon_months",), ("discount_rate",)}


def test_defaults_of_the_contract() -> None:
    data = RoiInput.model_validate(
        {
            "horizon_months": 2,
            "discount_rate": 0,
            "costs": [{"name": "c", "amount": 1}],
            "benefits": [{"name": "b", "amount": 1}],
        }
    )
    assert (data.costs[0].month, data.costs[0].recurring) == (0, None)
    assert (data.benefits[0].probability, data.benefits[0].ramp_months) == (1, 0)


def test_output_has_the_contract_keys_and_round_trips() -> None:
    r = analyze_roi({"horizon_months": 4, "discount_rate": 0.05, "costs": [{"name": "c", "amount": 1}]})
    dumped = r.model_dump(mode="json")
    for key in (
        "npv",
        "irr",
        "roi_percent",
        "payback_months",
        "discounted_payback_months",
        "benefit_cost_ratio",
        "cash_flows",
        "sensitivity",
    ):
        assert key in dumped
    assert len(dumped["cash_flows"]) == 4
    assert dumped["inputs"]["costs"][0] == {"name": "c", "amount": 1.0, "month": 0, "recurring": None}


def test_monthly_rate_convention() -> None:
    assert monthly_rate(ONE_PERCENT_MONTHLY) == pytest.approx(0.01, abs=1e-15)
    assert monthly_rate(0) == 0


def test_estimate_cost_as_investment() -> None:
    design = Design.model_validate({"entities": [{"name": "A"}, {"name": "B"}]})
    est = build_estimate(design, options={"seed": 1})
    items = investment_from_estimate(est, "p90")
    assert len(items) == 1 and items[0].amount == pytest.approx(est.monte_carlo.cost.p90)
    spread = investment_from_estimate(est, spread_over_duration=True)
    assert sum(i.amount for i in spread) == pytest.approx(est.monte_carlo.cost.p50)
    assert [i.month for i in spread] == list(range(len(spread)))
    assert len(spread) == math.ceil(est.monte_carlo.duration_months.p50)

    roi_in = {
        "horizon_months": 36,
        "discount_rate": 0.08,
        "benefits": [{"name": "b", "amount": 20_000, "month": 6, "recurring": "monthly"}],
    }
    r = analyze_roi_with_estimate(roi_in, est)
    assert r.inputs.costs[0].amount == pytest.approx(est.monte_carlo.cost.p50)
    assert r.total_costs == pytest.approx(est.monte_carlo.cost.p50)
    assert r.npv < analyze_roi(roi_in).npv


def test_sensitivity_rows_equal_a_full_recomputation() -> None:
    data = {
        "horizon_months": 36,
        "discount_rate": 0.12,
        "costs": [
            {"name": "build", "amount": 40_000, "month": 1},
            {"name": "run", "amount": 700, "recurring": "quarterly"},
        ],
        "benefits": [
            {"name": "a", "amount": 3_000, "month": 4, "recurring": "monthly", "probability": 0.6, "ramp_months": 5},
            {"name": "b", "amount": 9_000, "month": 12, "recurring": "yearly", "probability": 0.9},
        ],
    }
    result = analyze_roi(data)
    for row in result.sensitivity:
        for value, npv in ((row.low_value, row.npv_low), (row.high_value, row.npv_high)):
            if row.parameter == "discount_rate":
                changed = {**data, "discount_rate": value}
            else:
                group, rest = row.parameter.split("[")
                index, field = int(rest[0]), rest.split(".")[1]
                items = [dict(item) for item in data[group]]
                if field == "ramp_months":
                    continue  # fractional ramp lengths are not valid input; covered by the ordering test
                items[index][field] = value
                changed = {**data, group: items}
            assert analyze_roi(changed).npv == pytest.approx(npv, rel=1e-12, abs=1e-9), row.parameter
