"""Quality areas nobody mentioned become questions for the client (document-level findings)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from autoagi.engine.artifacts import Finding


class Stated(Protocol):
    """A draft or a stored requirement: all the coverage check reads."""

    statement: str
    category: str


_AREAS: dict[str, tuple[tuple[str, ...], str, str]] = {
    # area: (categories that cover it, keyword pattern, question to ask)
    "security": (
        ("security",),
        r"secur|authenti|authori[sz]|password|log\s?in|sign\s?in|signed[\s-]in|logged[\s-]in|permission|access\s+control|encrypt|\brole|"
        r"\b2fa\b|\bmfa\b|\bsso\b|audit|attack|vulnerab",
        "Who may see and change what? Which sign-in method (SSO, MFA), which data must be encrypted, "
        "and what must be logged for audit?",
    ),
    "performance": (
        ("performance_efficiency",),
        r"\d+\s*(?:ms|milliseconds?|s|sec|secs|seconds?|minutes?)\b|response\s+time|latency|throughput|"
        r"performance|concurrent|per\s+second|\bload\b|fast|quick",
        "How many users work at once, and how fast must the main pages and actions respond (e.g. 95% within 1 s)?",
    ),
    "availability": (
        ("reliability",),
        r"availab|uptime|downtime|24\s*/\s*7|24x7|outage|backup|recover|failover|maintenance\s+window|\bsla\b",
        "What uptime is needed (e.g. 99.9%), in which hours, and how much data and time may a failure cost (RPO/RTO)?",
    ),
    "privacy": (
        (),
        r"privacy|personal\s+(?:data|information)|\bgdpr\b|\bccpa\b|\bhipaa\b|consent|anonymi|pseudonymi|"
        r"data\s+protection|retention|\bpii\b|right\s+to\s+(?:be\s+forgotten|erasure)",
        "Which personal data is stored, under which law (e.g. GDPR), for how long, and who may export or erase it?",
    ),
    "usability": (
        ("usability",),
        r"usab|easy|intuitive|accessib|wcag|learn|training|user\s+interface|\bui\b",
        "Who are the users, what must a first-time user manage without training, and which accessibility "
        "standard (e.g. WCAG 2.2 AA) applies?",
    ),
    "maintainability": (
        ("maintainability",),
        r"maintain|modif|extensib|configur|upgrade|update",
        "Who will maintain the system, and which changes must be possible without a developer?",
    ),
    "portability": (
        ("portability", "compatibility"),
        r"browser|platform|operating\s+system|windows|linux|mac|ios|android|mobile|install",
        "On which devices, browsers and platforms must it run?",
    ),
}


def missing_areas(drafts: Sequence[Stated], areas: tuple[str, ...]) -> list[Finding]:
    text = "\n".join(d.statement for d in drafts)
    categories = {d.category for d in drafts}
    findings = []
    for area in areas:
        covering, pattern, question = _AREAS.get(area, ((), re.escape(area), f"What is needed for {area}?"))
        if categories.intersection(covering) or re.search(pattern, text, re.I):
            continue
        findings.append(
            Finding(
                rule="missing_nfr_area",
                severity="warning",
                message=f"No requirement mentions {area}. Question for the client: {question}",
                suggestion=f"Ask the client and add measurable {area} requirements.",
            )
        )
    return findings
