"""Return on investment from monthly cash flows: NPV, IRR, payback, ROI %, B/C ratio, tornado.

Conventions (issue 5, the ``autoagi roi`` contract):

- Cash flows cover months 0 … horizon − 1. An item starts at its ``month``; a recurring item
  repeats every 1, 3 or 12 months until the horizon. Items starting at or after the horizon add
  nothing (and are noted).
- A benefit counts at its expected value, ``amount × probability``, scaled during ramp-up: the
  k-th month since its start (k = 0, 1, …) gets ``min(1, (k + 1) / ramp_months)`` of the value,
  so full value is reached at month ``month + ramp_months − 1``.
- Monthly rate r = (1 + annual)^(1/12) − 1; month m is discounted by (1 + r)^−m, so month 0 is not.
- NPV = Σ net_m (1 + r)^−m, the same as ``numpy_financial.npv(r, net)``.
- IRR: the monthly rate where NPV = 0, reported annualised as (1 + irr)^12 − 1. With no sign change
  in the net flows it does not exist (null). With exactly one, Descartes' rule of signs makes it
  unique; it is found by Brent's method on the NPV polynomial in x = 1/(1 + r), evaluated where
  |x| ≤ 1 (the reversed polynomial otherwise) so 1,200 months never overflow. With several sign
  changes every real root is listed in ``irr_candidates`` and, like numpy-financial, the rate
  closest to zero is reported, with ``irr_note`` saying it may not be unique.
- ROI % = (total benefits − total costs) / total costs × 100, undiscounted expected values.
- Benefit/cost ratio = PV(benefits) / PV(costs).
- Payback: the time after which the cumulative net flow stays ≥ 0, linearly interpolated within the
  month it turns; 0 when it is never negative; null when it is still negative at the horizon or
  there are no costs. Discounted payback likewise on discounted flows.
- Sensitivity (tornado): NPV with each input — every amount, every probability, every ramp-up
  length and the discount rate — moved 20 % down and up, all else at base; sorted by swing.
  Probabilities are capped at 1 (noted).

The IRR and NPV are checked against numpy-financial 1.0.0 by property tests and a benchmark.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
from scipy.optimize import brentq

from .models import (
    BenefitItem,
    CashFlow,
    CostItem,
    Estimate,
    RoiInput,
    RoiResult,
    SensitivityRow,
)

ROI_METHOD = (
    "Monthly expected cash flows; NPV at the monthly equivalent of the annual rate; IRR by Brent's "
    "method (unique root when the flows change sign once), annualised; interpolated simple and "
    "discounted payback; ±20 % one-at-a-time NPV sensitivity"
)
SENSITIVITY_STEP = 0.2
_MIN_RATE, _MAX_RATE = -0.99, 100.0  # the range RoiInput accepts for discount_rate
_STEP_MONTHS = {None: 0, "monthly": 1, "quarterly": 3, "yearly": 12}
# np.roots on a companion matrix is O(n³): beyond this length, multi-root searches use a grid instead.
_ROOTS_MAX_LENGTH = 400


def monthly_rate(annual_rate: float) -> float:
    return (1.0 + annual_rate) ** (1.0 / 12.0) - 1.0


def annual_rate(monthly: float) -> float:
    return (1.0 + monthly) ** 12 - 1.0


def net_present_value(rate: float, values: Sequence[float] | np.ndarray) -> float:
    """Σ values[t] / (1 + rate)^t, the first value undiscounted (numpy-financial's ``npv``)."""
    v = np.asarray(values, dtype=float)
    return float((v / (1.0 + rate) ** np.arange(v.size)).sum())


@dataclass(frozen=True)
class IrrSolution:
    """Per-period IRR (None when no rate gives NPV = 0), every real root found, and a note."""

    rate: float | None
    candidates: list[float] = field(default_factory=list)
    sign_changes: int = 0
    note: str | None = None


def _poly(coefficients: np.ndarray, x: float) -> float:
    # Σ c_t x^t for 0 ≤ x ≤ 1: powers never overflow.
    return float(coefficients @ np.power(x, np.arange(coefficients.size)))


def internal_rate_of_return(values: Sequence[float] | np.ndarray) -> IrrSolution:
    """The per-period IRR of ``values`` (period 0 first), as ``numpy_financial.irr`` defines it."""
    v = np.asarray(values, dtype=float)
    nonzero = np.flatnonzero(v)
    if nonzero.size == 0:
        return IrrSolution(None, note="all cash flows are zero: IRR does not exist")
    # Leading zeros factor out as x^k and trailing zeros lower the degree: same positive roots.
    v = v[nonzero[0] : nonzero[-1] + 1]
    signs = np.sign(v[v != 0])
    changes = int(np.count_nonzero(signs[1:] != signs[:-1]))
    if changes == 0:
        return IrrSolution(
            None, sign_changes=0, note="cash flows never change sign: no rate makes NPV zero, IRR does not exist"
        )
    if changes == 1:
        return IrrSolution(_single_root(v), sign_changes=1)
    roots = _all_roots(v)
    if not roots:
        return IrrSolution(
            None,
            sign_changes=changes,
            note=f"cash flows change sign {changes} times but no real rate makes NPV zero: IRR does not exist",
        )
    best = min(roots, key=abs)
    note = f"cash flows change sign {changes} times, so the IRR may not be unique"
    if len(roots) > 1:
        note += f" ({len(roots)} rates give NPV = 0; reporting the one closest to zero)"
    return IrrSolution(best, candidates=roots, sign_changes=changes, note=note)


def _single_root(v: np.ndarray) -> float:
    """The unique positive root x of Σ v_t x^t (one sign change), as a rate 1/x − 1."""
    at_one = float(v.sum())
    if at_one == 0.0:
        return 0.0
    if np.sign(at_one) != np.sign(v[0]):
        # Root x in (0, 1): a positive rate.
        x = brentq(lambda x: _poly(v, x), 0.0, 1.0, xtol=1e-300, rtol=4 * np.finfo(float).eps, maxiter=500)
        return 1.0 / x - 1.0
    # Root x in (1, ∞): with y = 1/x in (0, 1), Σ v_t x^t = x^T Σ v_{T−s} y^s; the rate is y − 1.
    reversed_v = v[::-1].copy()
    y = brentq(lambda y: _poly(reversed_v, y), 0.0, 1.0, xtol=1e-300, rtol=4 * np.finfo(float).eps, maxiter=500)
    return y - 1.0


def _all_roots(v: np.ndarray) -> list[float]:
    """Every rate > −100 % where NPV = 0, ascending."""
    if v.size <= _ROOTS_MAX_LENGTH:
        # Same root finder as numpy-financial (eigenvalues of the companion matrix), so results agree.
        roots = np.roots(v[::-1])
        real = roots[(roots.imag == 0) & (roots.real > 0)].real
        return sorted({float(1.0 / x - 1.0) for x in real})
    rates: set[float] = set()
    grid = np.linspace(0.0, 1.0, 4097)
    for coefficients, to_rate in ((v, lambda x: 1.0 / x - 1.0), (v[::-1].copy(), lambda y: y - 1.0)):
        values = np.polynomial.polynomial.polyval(grid, coefficients)  # Horner, vectorised over the grid
        for k in np.flatnonzero(np.sign(values[:-1]) * np.sign(values[1:]) < 0):
            root = brentq(lambda x, c=coefficients: _poly(c, x), grid[k], grid[k + 1], xtol=1e-300, maxiter=500)
            if root > 0:
                rates.add(float(to_rate(root)))
        for k in np.flatnonzero(values == 0):
            if grid[k] > 0:
                rates.add(float(to_rate(grid[k])))
    return sorted(rates)


def _item_flows(item: CostItem, horizon: int, ramp_override: float | None = None) -> np.ndarray:
    flows = np.zeros(horizon)
    if item.month >= horizon:
        return flows
    step = _STEP_MONTHS[item.recurring]
    months = np.arange(item.month, horizon, step) if step else np.array([item.month])
    value = np.full(months.size, item.amount, dtype=float)
    if isinstance(item, BenefitItem):
        value *= item.probability
        ramp = item.ramp_months if ramp_override is None else ramp_override
        if ramp > 0:
            value *= np.minimum(1.0, (months - item.month + 1) / ramp)
    flows[months] = value
    return flows


def _payback(cumulative: np.ndarray) -> float | None:
    negative = np.flatnonzero(cumulative < 0)
    if negative.size == 0:
        return 0.0
    last = int(negative[-1])
    if last == cumulative.size - 1:
        return None
    before, after = cumulative[last], cumulative[last + 1]
    return float(last + (-before) / (after - before))


def _discount_factors(annual: float, horizon: int) -> np.ndarray:
    # (1 + r)^−m computed as exp(−m·log1p(r)): exact for month 0 and free of overflow in the power.
    return np.exp(-np.arange(horizon) * math.log1p(monthly_rate(annual)))


@dataclass
class _Flows:
    """Per-item monthly flows (costs positive), their sums, and the discount factors."""

    cost_items: list[np.ndarray]
    benefit_items: list[np.ndarray]
    costs: np.ndarray
    benefits: np.ndarray
    discount: np.ndarray
    rate: float


def _flows(data: RoiInput) -> _Flows:
    horizon = data.horizon_months
    cost_items = [_item_flows(item, horizon) for item in data.costs]
    benefit_items = [_item_flows(item, horizon) for item in data.benefits]
    costs = np.sum(cost_items, axis=0) if cost_items else np.zeros(horizon)
    benefits = np.sum(benefit_items, axis=0) if benefit_items else np.zeros(horizon)
    discount = _discount_factors(data.discount_rate, horizon)
    return _Flows(cost_items, benefit_items, costs, benefits, discount, monthly_rate(data.discount_rate))


def _sensitivity(data: RoiInput, flows: _Flows, base_npv: float) -> list[SensitivityRow]:
    """One row per input. NPV is linear in each amount and probability, so those rows move the base
    NPV by the item's present value; ramp-up rows recompute one item, the rate row the discounting."""
    net = flows.benefits - flows.costs
    rows: list[SensitivityRow] = []

    def row(parameter: str, label: str, base: float, low: float, high: float, npv_at, note: str | None = None):
        npv_low, npv_high = npv_at(low), npv_at(high)
        rows.append(
            SensitivityRow(
                parameter=parameter,
                label=label,
                base_value=base,
                low_value=low,
                high_value=high,
                npv_low=npv_low,
                npv_high=npv_high,
                swing=abs(npv_high - npv_low),
                note=note,
            )
        )

    down, up = 1 - SENSITIVITY_STEP, 1 + SENSITIVITY_STEP
    for i, item in enumerate(data.costs):
        pv = float(flows.cost_items[i] @ flows.discount)
        row(
            f"costs[{i}].amount",
            f"cost {item.name!r}: amount",
            item.amount,
            item.amount * down,
            item.amount * up,
            lambda v, pv=pv, base=item.amount: base_npv - pv * (v / base - 1) if base else base_npv,
        )
    for i, item in enumerate(data.benefits):
        pv = float(flows.benefit_items[i] @ flows.discount)
        row(
            f"benefits[{i}].amount",
            f"benefit {item.name!r}: amount",
            item.amount,
            item.amount * down,
            item.amount * up,
            lambda v, pv=pv, base=item.amount: base_npv + pv * (v / base - 1) if base else base_npv,
        )
        high = item.probability * up
        row(
            f"benefits[{i}].probability",
            f"benefit {item.name!r}: probability",
            item.probability,
            item.probability * down,
            min(high, 1.0),
            lambda v, pv=pv, base=item.probability: base_npv + pv * (v / base - 1) if base else base_npv,
            "probability capped at 1" if high > 1 else None,
        )
        if item.ramp_months > 0:

            def ramped(v: float, i: int = i, item: BenefitItem = item, pv: float = pv) -> float:
                return base_npv - pv + float(_item_flows(item, data.horizon_months, v) @ flows.discount)

            row(
                f"benefits[{i}].ramp_months",
                f"benefit {item.name!r}: ramp-up months",
                float(item.ramp_months),
                item.ramp_months * down,
                item.ramp_months * up,
                ramped,
            )
    low, high = sorted((data.discount_rate * down, data.discount_rate * up))
    note = None
    if low < _MIN_RATE or high > _MAX_RATE:
        low, high = max(low, _MIN_RATE), min(high, _MAX_RATE)
        note = "discount rate kept within the accepted range"
    row(
        "discount_rate",
        "discount rate (annual)",
        data.discount_rate,
        low,
        high,
        lambda v: float(net @ _discount_factors(v, data.horizon_months)),
        note,
    )
    rows.sort(key=lambda r: (-r.swing, r.parameter))
    return rows


def analyze_roi(data: RoiInput | Mapping[str, Any]) -> RoiResult:
    """Cash flows, NPV, IRR, ROI %, paybacks, benefit/cost ratio and a tornado table.

    ``data`` follows the ``autoagi roi`` contract; a dict is validated first, so bad input raises
    ``pydantic.ValidationError`` whose ``loc`` names the field (``("costs", 0, "amount")``).
    """
    if not isinstance(data, RoiInput):
        data = RoiInput.model_validate(data)
    flows = _flows(data)
    net = flows.benefits - flows.costs
    discounted = net * flows.discount
    npv = float(discounted.sum())
    cumulative = np.cumsum(net)
    cumulative_discounted = np.cumsum(discounted)
    total_costs = float(flows.costs.sum())
    total_benefits = float(flows.benefits.sum())
    pv_costs = float((flows.costs * flows.discount).sum())
    pv_benefits = float((flows.benefits * flows.discount).sum())

    irr = internal_rate_of_return(net)
    notes: list[str] = []
    for kind, items in (("cost", data.costs), ("benefit", data.benefits)):
        for item in items:
            if item.month >= data.horizon_months:
                notes.append(
                    f"{kind} {item.name!r} starts in month {item.month}, after the horizon "
                    f"(months 0–{data.horizon_months - 1}); it adds nothing"
                )
    if not data.benefits:
        notes.append("no benefits given: NPV is the negative of the costs' present value; add benefits to judge return")
    if not data.costs:
        notes.append("no costs given: ROI %, payback and benefit/cost ratio do not exist")

    has_costs = total_costs > 0
    return RoiResult(
        method=ROI_METHOD,
        inputs=data,
        monthly_discount_rate=flows.rate,
        npv=npv,
        irr=None if irr.rate is None else annual_rate(irr.rate),
        irr_monthly=irr.rate,
        irr_note=irr.note,
        irr_candidates=[annual_rate(r) for r in irr.candidates] if len(irr.candidates) > 1 else [],
        roi_percent=(total_benefits - total_costs) / total_costs * 100 if has_costs else None,
        payback_months=_payback(cumulative) if has_costs else None,
        discounted_payback_months=_payback(cumulative_discounted) if has_costs else None,
        benefit_cost_ratio=pv_benefits / pv_costs if pv_costs > 0 else None,
        total_costs=total_costs,
        total_benefits=total_benefits,
        pv_costs=pv_costs,
        pv_benefits=pv_benefits,
        cash_flows=[
            CashFlow(
                month=m,
                costs=float(flows.costs[m]),
                benefits=float(flows.benefits[m]),
                net=float(net[m]),
                discount_factor=float(flows.discount[m]),
                discounted_net=float(discounted[m]),
                cumulative=float(cumulative[m]),
                cumulative_discounted=float(cumulative_discounted[m]),
            )
            for m in range(data.horizon_months)
        ],
        sensitivity=_sensitivity(data, flows, npv),
        notes=notes,
    )


def investment_from_estimate(
    estimate: Estimate,
    percentile: Literal["p10", "p50", "p90", "mean"] = "p50",
    *,
    month: int = 0,
    spread_over_duration: bool = False,
    name: str | None = None,
) -> list[CostItem]:
    """The estimate's Monte Carlo cost as ROI cost items.

    One one-off cost at ``month`` by default; with ``spread_over_duration`` the cost is split evenly
    over the months of the estimate's duration at the same percentile (the last month pro rata).
    """
    cost = estimate.monte_carlo.cost.at(percentile)
    label = name or f"Development ({percentile.upper()} of the estimate, {estimate.currency})"
    if not spread_over_duration:
        return [CostItem(name=label, amount=cost, month=month)]
    months = estimate.monte_carlo.duration_months.at(percentile)
    whole = max(math.ceil(months - 1e-9), 1)
    per_month = cost / months if months > 0 else cost
    items = []
    for k in range(whole):
        fraction = min(1.0, months - k) if months > 0 else 1.0
        items.append(CostItem(name=f"{label}, month {k + 1} of {whole}", amount=per_month * fraction, month=month + k))
    return items


def analyze_roi_with_estimate(
    data: RoiInput | Mapping[str, Any],
    estimate: Estimate,
    percentile: Literal["p10", "p50", "p90", "mean"] = "p50",
    *,
    spread_over_duration: bool = False,
) -> RoiResult:
    """:func:`analyze_roi` with the estimate's cost added to ``data``'s costs as the investment."""
    if not isinstance(data, RoiInput):
        data = RoiInput.model_validate(data)
    investment = investment_from_estimate(estimate, percentile, spread_over_duration=spread_over_duration)
    return analyze_roi(data.model_copy(update={"costs": [*investment, *data.costs]}))
