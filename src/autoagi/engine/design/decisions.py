"""Architecture decision records: one per quality concern the requirements raise, plus the frame.

A non-functional requirement or constraint cites every rule whose words it uses, or else the
default rule of its ISO 25010 category. A functional requirement nothing else answers may still
be answered by a rule its words call for ("the system must keep an audit log").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from autoagi.engine.artifacts import Requirement
from autoagi.engine.design.model import ExternalSystem
from autoagi.engine.design.nfr_rules import NFR_RULES, NfrRule
from autoagi.engine.design.text import clean_label, fold, natural_key

_MAX_QUOTE = 200
_TECHNOLOGIES = (
    ("python", "Python"),
    ("fastapi", "FastAPI"),
    ("django", "Django"),
    ("flask", "Flask"),
    ("java", "Java"),
    ("spring", "Spring"),
    ("node(?:\\.?js)?", "Node.js"),
    ("typescript", "TypeScript"),
    ("react", "React"),
    ("next\\.?js", "Next.js"),
    ("vue", "Vue"),
    ("angular", "Angular"),
    ("postgres(?:ql)?", "PostgreSQL"),
    ("mysql", "MySQL"),
    ("sqlite", "SQLite"),
    ("mongo(?:db)?", "MongoDB"),
    ("redis", "Redis"),
    ("aws", "AWS"),
    ("azure", "Azure"),
    ("gcp|google cloud", "Google Cloud"),
    ("docker", "Docker"),
    ("kubernetes|k8s", "Kubernetes"),
    ("\\.net|c#", ".NET"),
    ("php|laravel", "PHP"),
    ("ruby|rails", "Ruby on Rails"),
)


@dataclass
class DecisionDraft:
    key: str
    title: str
    context: str
    decision: str
    consequences: str
    requirement_ids: set[str] = field(default_factory=set)
    endpoints: tuple[tuple[str, str, str], ...] = ()
    pages: tuple[tuple[str, str], ...] = ()


def rules_for(requirement: Requirement, category_default: bool) -> list[NfrRule]:
    text = fold(f"{requirement.title}. {requirement.statement}")
    matched = [rule for rule in NFR_RULES if rule.pattern.search(text)]
    if not matched and category_default:
        matched = [rule for rule in NFR_RULES if requirement.category in rule.default_for][:1]
    return matched


def quality_decisions(
    requirements: list[Requirement], answered: set[str], role_names: list[str]
) -> list[DecisionDraft]:
    """ADRs for the quality concerns, in ``NFR_RULES`` order."""
    cited: dict[str, list[Requirement]] = {}
    for requirement in requirements:
        if requirement.kind == "functional" and requirement.id in answered:
            continue
        for rule in rules_for(requirement, category_default=requirement.kind != "functional"):
            cited.setdefault(rule.key, []).append(requirement)
    drafts = []
    for rule in NFR_RULES:
        if rule.key not in cited:
            continue
        sources = cited[rule.key]
        text = " ".join(fold(requirement.statement) for requirement in sources)
        decision, consequences = rule.decide(text, role_names)
        drafts.append(
            DecisionDraft(
                key=rule.key,
                title=rule.title,
                context=_context("These requirements call for it:", sources),
                decision=decision,
                consequences=consequences,
                requirement_ids={requirement.id for requirement in sources},
                endpoints=rule.endpoints,
                pages=rule.pages,
            )
        )
    return drafts


def architecture_decision(entity_labels: list[str], role_labels: list[str], requirement_ids: set[str]) -> DecisionDraft:
    who = ", ".join(role_labels) if role_labels else "its users"
    what = ", ".join(entity_labels) if entity_labels else "no entities yet"
    return DecisionDraft(
        key="architecture",
        title="Three-tier web application: web UI, REST API, relational database",
        context=(
            f"The functional requirements describe the data {who} work with ({what}) and what they do with it. "
            "The prototype must run on one machine and grow into a hosted service."
        ),
        decision=(
            "A responsive web UI calls a JSON REST API; the API validates input, checks permissions and stores "
            "data in a relational database (SQLite for the prototype, PostgreSQL in production). Each entity is a "
            "resource with list, create, read, update and delete; each action named in a requirement gets its "
            "own endpoint (POST /<resources>/{id}/<action>) rather than a generic update, so it can be "
            "authorised, audited and tested on its own."
        ),
        consequences=(
            "Business rules live in the API, not in the pages. The database schema follows the domain model and "
            "changes through migrations. Every endpoint and page lists the requirements it answers."
        ),
        requirement_ids=requirement_ids,
    )


def integration_decision(externals: list[ExternalSystem]) -> DecisionDraft | None:
    if not externals:
        return None
    names = ", ".join(external.label for external in externals)
    ids = set().union(*(external.requirement_ids for external in externals))
    return DecisionDraft(
        key="integrations",
        title="External services behind adapters, called from background jobs",
        context=f"The requirements mention services outside the application: {names}.",
        decision=(
            f"Reach each external service ({names}) through one adapter module with a fake for tests. Calls run "
            "in background jobs with timeouts and retries with backoff, so an outage there never blocks a user "
            "request; failures are logged and visible to administrators."
        ),
        consequences=(
            "Messages and payments are eventually consistent: the UI shows them as pending until the job "
            "reports back. Credentials for each service come from the environment."
        ),
        requirement_ids=ids,
    )


def constraint_decision(requirements: list[Requirement]) -> DecisionDraft | None:
    constraints = [requirement for requirement in requirements if requirement.kind == "constraint"]
    if not constraints:
        return None
    text = " ".join(fold(requirement.statement) for requirement in constraints)
    named = [label for pattern, label in _TECHNOLOGIES if re.search(rf"(?<![\w.]){pattern}(?![\w])", text)]
    decision = "Adopt the constraints as stated; they are inputs to the design, not choices to revisit."
    if named:
        decision += f" Named technology replaces the defaults of the other decisions: {', '.join(named)}."
    return DecisionDraft(
        key="constraints",
        title="Delivery constraints taken as given",
        context=_context("The client set these constraints:", constraints),
        decision=decision,
        consequences="Changing any of them needs the client's agreement and a new version of this record.",
        requirement_ids={requirement.id for requirement in constraints},
    )


def out_of_scope_decision(requirements: list[Requirement]) -> DecisionDraft | None:
    if not requirements:
        return None
    return DecisionDraft(
        key="out_of_scope",
        title="Won't-have requirements are out of scope for this release",
        context=_context("These requirements were prioritised as won't have:", requirements),
        decision="Design and build nothing for them now; keep them in the backlog for the next planning round.",
        consequences="When they return, the domain model may need new fields or entities and a migration.",
        requirement_ids={requirement.id for requirement in requirements},
    )


def _context(heading: str, requirements: list[Requirement]) -> str:
    lines = [heading]
    for requirement in sorted(requirements, key=lambda item: natural_key(item.id)):
        detail = requirement.category.replace("_", " ")
        lines.append(
            f"- {requirement.id} ({requirement.priority}, {detail}): {clean_label(requirement.statement, _MAX_QUOTE)}"
        )
    return "\n".join(lines)
