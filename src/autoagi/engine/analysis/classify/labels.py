"""PROMISE NFR classes and their place in ISO/IEC 25010.

The artifact keeps only the ISO category; `promise_label_of` and `Classification.label` keep
the finer PROMISE class for callers that need it (several PROMISE classes share a category).
"""

from __future__ import annotations

PROMISE_LABELS: tuple[str, ...] = ("F", "A", "FT", "L", "LF", "MN", "O", "PE", "PO", "SC", "SE", "US")

PROMISE_NAMES: dict[str, str] = {
    "F": "Functional",
    "A": "Availability",
    "FT": "Fault tolerance",
    "L": "Legal",
    "LF": "Look and feel",
    "MN": "Maintainability",
    "O": "Operational",
    "PE": "Performance",
    "PO": "Portability",
    "SC": "Scalability",
    "SE": "Security",
    "US": "Usability",
}

# ISO 25010: availability and fault tolerance are sub-characteristics of reliability; capacity
# (scalability) of performance efficiency; user-interface aesthetics (look and feel) of usability;
# interoperability with the operational environment of compatibility.
ISO_CATEGORY: dict[str, str] = {
    "F": "functional_suitability",
    "A": "reliability",
    "FT": "reliability",
    "L": "legal",
    "LF": "usability",
    "MN": "maintainability",
    "O": "compatibility",
    "PE": "performance_efficiency",
    "PO": "portability",
    "SC": "performance_efficiency",
    "SE": "security",
    "US": "usability",
}

# The representative PROMISE class of each category, for reading a label back from an artifact.
_CATEGORY_LABEL = {
    "functional_suitability": "F",
    "reliability": "A",
    "legal": "L",
    "maintainability": "MN",
    "compatibility": "O",
    "performance_efficiency": "PE",
    "portability": "PO",
    "security": "SE",
    "usability": "US",
}


def promise_label_of(category: str) -> str:
    return _CATEGORY_LABEL.get(category, "F")
