"""Constraints: requirements that fix a technology, a standard, a law, a date or a budget."""

from __future__ import annotations

import re

from autoagi.engine.analysis import prefilter

_CONSTRAINT_RE = prefilter.compile(
    r"\b(?:(?:be\s+)?(?:written|implemented|developed|built|coded)\s+(?:in|with|using)\b|"
    r"(?:use|uses|using|run\s+on|runs\s+on|hosted\s+on|deployed\s+(?:on|to))\s+(?:the\s+)?(?:mysql|postgres\w*|oracle|java|"
    r"python|\.net|react|angular|vue|aws|azure|gcp|kubernetes|docker|sql\s+server|sqlite|mongodb|redis|php|ruby|"
    r"node(?:\.js)?|typescript|c\+\+|c#|linux|windows|unix|ios|android)\b|"
    r"compl(?:y|ies|iant|iance)\s+with|conform(?:s|ant)?\s+to|in\s+accordance\s+with|(?:according|pursuant)\s+to\s+"
    r"(?:the\s+)?(?:law|regulation|act|standard|policy)|"
    r"\b(?:law|laws|regulation|regulations|statute|legislation|gdpr|hipaa|sox|pci[\s-]?dss|iso\s?\d+)\b|"
    r"budget|deadline|(?:by|before|no\s+later\s+than)\s+(?:the\s+)?(?:end\s+of\s+)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|q[1-4]|\d{4})|"
    r"(?:we|they)\s+(?:decided|agreed)\s+to\s+(?:use|go\s+with|build\s+on|host))",
    re.IGNORECASE,
)


def constraint_cue(text: str) -> str | None:
    m = _CONSTRAINT_RE.search(text)
    return m.group(0) if m else None


# Limits on the project, not the product: its budget ("the budget is fixed") and its date ("we need it
# live before January"). A constraint whatever the classifier says, and no ISO 25010 characteristic.
PROJECT_LIMIT_RE = prefilter.compile(
    r"\bbudget\b|\b(?:cost|spend|spending|price)\s+(?:cap|ceiling|limit)\b|\bfixed[\s-]price\b|"
    r"\bmust\s+not\s+cost\s+more\b|\bno\s+more\s+than\s+[£$€]\s?\d|"
    # "go live before the new branch opens in May": a launch date, whatever marks it
    r"\bgo(?:es)?\s+live\s+(?:by|before|no\s+later\s+than|in\s+time\s+for)\b|"
    r"\b(?:live|launched|released|ready|finished|delivered|up\s+and\s+running|in\s+production|"
    # "we need your team to finish by March", "go live before Christmas"
    r"(?:to\s+)?(?:finish|launch|go\s+live|be\s+done|deliver))\s+"
    # ("launch in January": a month or season after "in" dates it too)
    r"(?:by|before|no\s+later\s+than|in\s+time\s+for|in)\s+(?:the\s+)?(?:end\s+of\s+|start\s+of\s+)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"spring|summer|autumn|fall|winter|christmas|easter|q[1-4]|\d{4}|next\s+(?:month|year|week))\b",
    re.IGNORECASE,
)


# what the first release holds: "Phase 1 = online booking, …", "Payments limited to the deposit in phase 1";
# not what it leaves out ("No native app in phase 1", "it is not in phase 1")
_FIRST_RELEASE_RE = prefilter.compile(r"\bphase\s+(?:1|one)\b", re.I)
_LEFT_OUT_RE = re.compile(r"\b(?:no|not|never|won['’]t|isn['’]t|aren['’]t|without|out\s+of\s+scope)\b", re.I)


def scopes_first_release(statement: str) -> bool:
    return _FIRST_RELEASE_RE.search(statement) is not None and _LEFT_OUT_RE.search(statement) is None
