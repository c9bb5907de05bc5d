"""External systems a design talks to, from what the requirements mention."""

from __future__ import annotations

import re

from autoagi.engine.artifacts import Requirement
from autoagi.engine.design.identifiers import kebab
from autoagi.engine.design.model import ExternalSystem
from autoagi.engine.design.text import clean_label, fold, to_ascii

# (key, label, pattern on folded text); the order is the order they are drawn in.
_KNOWN_SYSTEMS = (
    (
        "email",
        "E-mail service",
        r"\b(?:by|via|an?|the|send|sends|sent|receive|receives) emails?\b(?! address)"
        r"|\bemails? (?:notifications?|reminders?|confirmations?|alerts?|messages?)\b|\bsmtp\b|\bnewsletters?\b"
        r"|\bemail(?:ed|s)? (?:to|them|him|her|customers?|users?)\b",
    ),
    ("sms", "SMS gateway", r"\bsms\b|\btext messages?\b|\btwilio\b"),
    (
        "payments",
        "Payment provider",
        r"\bpa(?:y|ys|ying|yment|yments|id)\b|\bcredit cards?\b|\bstripe\b|\bpaypal\b|\bcheckout\b",
    ),
    ("calendar", "Calendar service", r"\bcalendars?\b|\bical\b|\bics\b|\boutlook\b"),
    (
        "identity",
        "Identity provider",
        r"\bsso\b|\bsingle sign[- ]on\b|\boauth\b|\bldap\b|\bactive directory\b|\bsaml\b",
    ),
    ("maps", "Maps service", r"\bmaps?\b|\bgeolocation\b|\bgeocod\w*"),
    ("push", "Push notification service", r"\bpush notifications?\b"),
    ("accounting", "Accounting system", r"\baccounting\b|\bquickbooks\b|\bxero\b|\bsage\b"),
    ("crm", "CRM", r"\bcrm\b|\bsalesforce\b|\bhubspot\b"),
    ("storage", "File storage", r"\buploads?\b|\battachments?\b|\bfile storage\b|\bs3\b"),
)
_NAMED_INTEGRATION = re.compile(
    r"\b(?:integrat\w* with|sync\w* with|synchroni[sz]\w* with|connect\w* to|import\w* from|export\w* to|via)"
    r"\s+(?:the\s+|an?\s+|our\s+|their\s+)?([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})"
)
_GENERIC_WORDS = frozenset({"The", "A", "An", "Our", "Their", "CSV", "PDF", "Excel", "JSON", "XML", "API", "REST"})


def find_external_systems(requirements: list[Requirement]) -> list[ExternalSystem]:
    systems: dict[str, ExternalSystem] = {}
    for requirement in requirements:
        folded = fold(f"{requirement.title}. {requirement.statement}")
        for key, label, pattern in _KNOWN_SYSTEMS:
            if re.search(pattern, folded):
                systems.setdefault(key, ExternalSystem(key, label)).requirement_ids.add(requirement.id)
        for match in _NAMED_INTEGRATION.finditer(to_ascii(requirement.statement)):
            name = clean_label(match.group(1), 40)
            if name.split()[0] in _GENERIC_WORDS or not kebab(name):
                continue
            key = "named-" + kebab(name)
            systems.setdefault(key, ExternalSystem(key, name)).requirement_ids.add(requirement.id)
    return list(systems.values())
