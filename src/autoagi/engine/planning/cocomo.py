"""COCOMO II.2000 Post-Architecture constants and equations, and the backfiring table.

Source: B. Boehm et al., *COCOMO II Model Definition Manual*, version 2.1 (COCOMO II.2000),
USC Center for Software Engineering, 2000; also *Software Cost Estimation with COCOMO II*,
Prentice Hall, 2000.

- Effort:   PM   = A · Size^E · Π EM_i,       E = B + 0.01 · Σ SF_j   (Post-Architecture effort equation)
- Schedule: TDEV = C · PM_NS^F · SCED% / 100, F = D + 0.2 · (E − B)    (schedule equation),
  where PM_NS is the effort without the SCED multiplier.
- COCOMO II.2000 calibration: A = 2.94, B = 0.91, C = 3.67, D = 0.28.
- Size in KSLOC; with requirements evolution and volatility (REVL), Size = (1 + REVL/100) · KSLOC.
- A person-month is 152 hours.

Scale-factor and effort-multiplier values are the manual's rating tables ("Scale Factor Values,
SF_j, for COCOMO II Models" and the Post-Architecture cost-driver tables). The model's published
accuracy after the Bayesian calibration on 161 projects is PRED(.30) = 75 % for effort, which the
estimate uses to size its model-error term.
"""

from __future__ import annotations

import math

A = 2.94
B = 0.91
C = 3.67
D = 0.28
HOURS_PER_PERSON_MONTH = 152.0

RATINGS = ("VL", "L", "N", "H", "VH", "XH")


def _table(*values: float | None) -> dict[str, float]:
    return {rating: value for rating, value in zip(RATINGS, values, strict=True) if value is not None}


# Scale factors SF_j: Very Low … Extra High.
SCALE_FACTOR_VALUES: dict[str, dict[str, float]] = {
    "PREC": _table(6.20, 4.96, 3.72, 2.48, 1.24, 0.00),
    "FLEX": _table(5.07, 4.05, 3.04, 2.03, 1.01, 0.00),
    "RESL": _table(7.07, 5.65, 4.24, 2.83, 1.41, 0.00),
    "TEAM": _table(5.48, 4.38, 3.29, 2.19, 1.10, 0.00),
    "PMAT": _table(7.80, 6.24, 4.68, 3.12, 1.56, 0.00),
}

# Post-architecture effort multipliers EM_i; None where the manual defines no rating.
EFFORT_MULTIPLIER_VALUES: dict[str, dict[str, float]] = {
    # product
    "RELY": _table(0.82, 0.92, 1.00, 1.10, 1.26, None),
    "DATA": _table(None, 0.90, 1.00, 1.14, 1.28, None),
    "CPLX": _table(0.73, 0.87, 1.00, 1.17, 1.34, 1.74),
    "RUSE": _table(None, 0.95, 1.00, 1.07, 1.15, 1.24),
    "DOCU": _table(0.81, 0.91, 1.00, 1.11, 1.23, None),
    # platform
    "TIME": _table(None, None, 1.00, 1.11, 1.29, 1.63),
    "STOR": _table(None, None, 1.00, 1.05, 1.17, 1.46),
    "PVOL": _table(None, 0.87, 1.00, 1.15, 1.30, None),
    # personnel
    "ACAP": _table(1.42, 1.19, 1.00, 0.85, 0.71, None),
    "PCAP": _table(1.34, 1.15, 1.00, 0.88, 0.76, None),
    "PCON": _table(1.29, 1.12, 1.00, 0.90, 0.81, None),
    "APEX": _table(1.22, 1.10, 1.00, 0.88, 0.81, None),
    "PLEX": _table(1.19, 1.09, 1.00, 0.91, 0.85, None),
    "LTEX": _table(1.20, 1.09, 1.00, 0.91, 0.84, None),
    # project
    "TOOL": _table(1.17, 1.09, 1.00, 0.90, 0.78, None),
    "SITE": _table(1.22, 1.09, 1.00, 0.93, 0.86, 0.80),
    "SCED": _table(1.43, 1.14, 1.00, 1.00, 1.00, None),
}

# SCED rating → schedule as a percentage of the nominal schedule (the manual's SCED table).
SCED_PERCENT: dict[str, float] = {"VL": 75.0, "L": 85.0, "N": 100.0, "H": 130.0, "VH": 160.0}

# Backfiring: SLOC per unadjusted function point, from the "UFP to SLOC conversion ratios" table of
# the COCOMO II.2000 Model Definition Manual (function-point sizing section, after Capers Jones).
BACKFIRING_SLOC_PER_UFP: dict[str, float] = {
    "Access": 38,
    "Ada 83": 71,
    "Ada 95": 49,
    "AI Shell": 49,
    "APL": 32,
    "Assembly - Basic": 320,
    "Assembly - Macro": 213,
    "Basic - ANSI": 64,
    "Basic - Compiled": 91,
    "Basic - Visual": 32,
    "C": 128,
    "C++": 55,
    "Cobol (ANSI 85)": 91,
    "Database - Default": 40,
    "Fifth Generation Language": 4,
    "First Generation Language": 320,
    "Forth": 64,
    "Fortran 77": 107,
    "Fortran 95": 71,
    "Fourth Generation Language": 20,
    "High Level Language": 64,
    "HTML 3.0": 15,
    "Java": 53,
    "Jovial": 107,
    "Lisp": 64,
    "Machine Code": 640,
    "Modula 2": 80,
    "Pascal": 91,
    "PERL": 27,
    "PowerBuilder": 16,
    "Prolog": 64,
    "Query - Default": 13,
    "Report Generator": 80,
    "Second Generation Language": 107,
    "Simulation - Default": 46,
    "Spreadsheet": 6,
    "Third Generation Language": 80,
    "Unix Shell Scripts": 107,
    "Visual Basic 5.0": 29,
    "Visual C++": 34,
}

# PRED(.30) = 75 % means |ln(actual/estimate)| ≤ ln 1.3 for 75 % of projects; for a lognormal error
# with median 1 that gives σ = ln 1.3 / z(0.875).
MODEL_ERROR_SIGMA_PRED30_75 = math.log(1.3) / 1.1503493803760079


def language_sloc_per_ufp(language: str) -> float | None:
    """The backfiring ratio for ``language`` (case-insensitive), or None when the table lacks it."""
    wanted = language.strip().casefold()
    for name, ratio in BACKFIRING_SLOC_PER_UFP.items():
        if name.casefold() == wanted:
            return float(ratio)
    return None


def canonical_language(language: str) -> str:
    wanted = language.strip().casefold()
    for name in BACKFIRING_SLOC_PER_UFP:
        if name.casefold() == wanted:
            return name
    return language


def effort_exponent(scale_factor_sum: float) -> float:
    return B + 0.01 * scale_factor_sum


def schedule_exponent(effort_exp: float) -> float:
    return D + 0.2 * (effort_exp - B)


def effort_person_months(ksloc: float, scale_factor_sum: float, effort_multiplier_product: float) -> float:
    """PM = A · KSLOC^E · Π EM (the caller includes or excludes SCED in the product)."""
    if ksloc <= 0:
        return 0.0
    return A * ksloc ** effort_exponent(scale_factor_sum) * effort_multiplier_product


def schedule_months(effort_pm_without_sced: float, scale_factor_sum: float, sced_percent: float) -> float:
    """TDEV = C · PM_NS^F · SCED%/100."""
    if effort_pm_without_sced <= 0:
        return 0.0
    f = schedule_exponent(effort_exponent(scale_factor_sum))
    return C * effort_pm_without_sced**f * sced_percent / 100.0
