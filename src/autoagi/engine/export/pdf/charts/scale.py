"""Axis arithmetic shared by the charts: "nice" tick values and compact labels."""

from __future__ import annotations

import math
from dataclasses import dataclass


def nice_ticks(low: float, high: float, max_ticks: int = 6) -> list[float]:
    """Round tick values (1, 2 or 5 × 10ⁿ apart) covering ``low``…``high``."""
    if not math.isfinite(low) or not math.isfinite(high):
        return [0.0]
    if high < low:
        low, high = high, low
    if high == low:
        high = low + (abs(low) or 1.0)
    raw_step = (high - low) / max(max_ticks - 1, 1)
    magnitude = 10 ** math.floor(math.log10(raw_step))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw_step)
    first = math.floor(low / step) * step
    count = int(math.ceil((high - first) / step - 1e-9)) + 1
    return [round(first + index * step, 10) for index in range(count)]


def compact(value: float) -> str:
    """12 → "12", 12_500 → "12.5k", -3_400_000 → "-3.4M"."""
    size = abs(value)
    for limit, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")):
        if size >= limit:
            return f"{value / limit:.1f}".rstrip("0").rstrip(".") + suffix
    return f"{value:.0f}" if size >= 10 or value == int(value) else f"{value:.1f}"


@dataclass(frozen=True)
class LinearScale:
    """Maps data values in [low, high] to drawing coordinates in [start, end]."""

    low: float
    high: float
    start: float
    end: float

    def __call__(self, value: float) -> float:
        span = self.high - self.low or 1.0
        return self.start + (value - self.low) / span * (self.end - self.start)
