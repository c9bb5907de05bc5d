"""Quality requirements → architecture decisions.

Each rule names the words that call for it, the ISO 25010 categories it answers by default, what
it decides (with the figures the requirements state) and the endpoints and pages it adds.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

Decide = Callable[[str, list[str]], tuple[str, str]]


@dataclass(frozen=True)
class NfrRule:
    key: str
    title: str
    pattern: re.Pattern[str]
    decide: Decide  # (folded text of the cited requirements, role names) → (decision, consequences)
    default_for: frozenset[str] = frozenset()
    endpoints: tuple[tuple[str, str, str], ...] = ()
    pages: tuple[tuple[str, str], ...] = ()


def _percentages(text: str) -> list[float]:
    return [float(value) for value in re.findall(r"(\d{2}(?:\.\d+)?)\s*(?:%|percent)", text) if float(value) < 100]


def _figure(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".")


def _decide_availability(text: str, roles: list[str]) -> tuple[str, str]:
    targets = [value for value in _percentages(text) if value >= 90]
    target = max(targets) if targets else None
    replicas = 3 if target is not None and target >= 99.95 else 2
    decision = (
        f"Run at least {replicas} stateless API instances behind a load balancer. Each exposes a liveness probe "
        "(GET /healthz) and a readiness probe (GET /readyz, which checks the database), so an instance that fails "
        "leaves rotation by itself. State lives only in the database, which runs with a standby and "
        "point-in-time recovery. Releases roll out one instance at a time, so deploying needs no downtime."
    )
    if target is not None:
        minutes = (100 - target) / 100 * 30 * 24 * 60
        decision += (
            f" The target of {_figure(target)} % leaves {_figure(round(minutes, 1))} minutes of downtime per "
            "30 days; uptime is measured from outside and alerts fire before that budget is half spent."
        )
    consequences = (
        f"Hosting costs at least {replicas} API instances and a database standby. Nothing may be kept in an "
        "instance's memory or disk between requests (sessions travel in signed tokens, caches sit in a shared "
        "store). The probes stay cheap and unauthenticated."
    )
    return decision, consequences


def _decide_recovery(text: str, roles: list[str]) -> tuple[str, str]:
    decision = (
        "Back the database up every night and archive its transaction log continuously, keep 30 days of backups "
        "in a second location, and restore the latest backup into a scratch environment at every release to "
        "prove it works. Uploaded files are stored in versioned object storage."
    )
    stated = re.findall(r"\b(rpo|rto)\b[^.;]*?(\d+)\s*(minutes?|hours?|mins?|h)\b", text)
    if stated:
        decision += " Stated objectives: " + ", ".join(f"{kind.upper()} {n} {unit}" for kind, n, unit in stated) + "."
    consequences = (
        "Storage for backups and a regular restore drill; a restore brings back data up to the last archived log."
    )
    return decision, consequences


def _response_target_ms(text: str) -> float | None:
    found = []
    for value, unit in re.findall(r"(\d+(?:\.\d+)?)\s*(ms|milliseconds?|s|secs?|seconds?)\b", text):
        found.append(float(value) * (1 if unit.startswith("m") else 1000))
    return min(found) if found else None


def _decide_performance(text: str, roles: list[str]) -> tuple[str, str]:
    target = _response_target_ms(text)
    users = re.findall(r"(\d[\d,]*)\s+(?:concurrent|simultaneous|parallel|active)\s+users", text)
    decision = (
        "Index every foreign key and every field used to filter or sort. Paginate every list endpoint "
        "(?page=&size=, size at most 100). Serve read-mostly responses with ETags and a short-lived shared cache, "
        "and keep slow work (reports, e-mail, exports) in background jobs."
    )
    if target is not None:
        decision += f" Budget: 95 % of API requests answer within {_figure(target)} ms, measured at the server."
    if users:
        peak = max(int(value.replace(",", "")) for value in users)
        decision += f" A load test with {peak} concurrent users runs before each release."
    consequences = (
        "Indexes slow writes slightly and use disk; cached data can be a few seconds old, so views that must be "
        "exact (balances, availability) bypass the cache."
    )
    return decision, consequences


def _decide_security(text: str, roles: list[str]) -> tuple[str, str]:
    role_text = f" ({', '.join(roles)})" if roles else ""
    decision = (
        "Every page and endpoint except sign-in, registration and health checks requires an authenticated user. "
        "Passwords are hashed with Argon2id; access tokens are short-lived and refresh tokens rotate. Each "
        f"endpoint checks the caller's role{role_text} and denies by default; another user's record answers 404. "
        "Every create, update, delete and action is written to an append-only audit log (who, what, when, "
        "before and after). Traffic is encrypted in transit (TLS 1.2+, HSTS) and data at rest (encrypted "
        "database volume and backups); secrets come from the environment, never from the code. Sign-in is "
        "rate-limited and locks after repeated failures."
    )
    if re.search(r"\b(2fa|mfa|two[- ]factor|multi[- ]factor)\b", text):
        decision += " Users can enrol a second factor (TOTP), required for administrators."
    consequences = (
        "Every endpoint needs an authorisation test per role; the audit log grows with use and needs a retention "
        "period; encryption keys must be managed and rotated."
    )
    return decision, consequences


def _decide_privacy(text: str, roles: list[str]) -> tuple[str, str]:
    periods = re.findall(r"(\d+)\s+(days?|weeks?|months?|years?)", text)
    period = " ".join(periods[0]) if periods else "the period agreed with the client"
    decision = (
        "Collect only the personal fields the features need. Record consent with its purpose and time, and let "
        f"it be withdrawn. Keep personal data for {period} after it was last needed, then delete or anonymise "
        "it with a scheduled job. Users can download their data (GET /me/export) and erase their account "
        "(DELETE /me). Personal data stays out of logs and analytics."
    )
    consequences = (
        "Deletion must cascade to backups within their retention window; reports must work on anonymised data; a "
        "privacy page explains what is stored and why."
    )
    return decision, consequences


def _decide_accessibility(text: str, roles: list[str]) -> tuple[str, str]:
    level = re.search(r"wcag\s*(2\.\d)?\s*(?:level\s*)?(aaa|aa|a)\b", text)
    version = level.group(1) if level and level.group(1) else "2.2"
    grade = level.group(2).upper() if level else "AA"
    decision = (
        f"Meet WCAG {version} level {grade}: semantic HTML, labelled form controls, visible focus, full keyboard "
        "operation, contrast of at least 4.5:1 and text that scales to 200 %. Layouts are responsive from "
        "320 px phones to wide desktops. Messages use plain language and forms validate inline. Every page "
        "passes an automated accessibility check in CI, and main flows are tried with a screen reader."
    )
    consequences = (
        "Custom widgets need ARIA patterns and keyboard handling; visual design is constrained by contrast rules; "
        "accessibility checks become part of the definition of done."
    )
    return decision, consequences


def _decide_localisation(text: str, roles: list[str]) -> tuple[str, str]:
    decision = (
        "Keep every user-facing string in message catalogues, format dates, numbers and currency by the user's "
        "locale, store timestamps in UTC and show them in the user's time zone, and store money as decimal "
        "amounts with an ISO 4217 currency code."
    )
    consequences = "Every new string needs translations before release; layouts must allow longer text."
    return decision, consequences


def _decide_compatibility(text: str, roles: list[str]) -> tuple[str, str]:
    decision = (
        "Every capability is reachable through the versioned REST API (/api/v1) described by an OpenAPI "
        "document. Files are exchanged as CSV or JSON with documented columns. The web UI supports the last two "
        "versions of Chrome, Firefox, Safari and Edge. Integrations sit behind adapters so a provider can be "
        "replaced without touching the domain code."
    )
    consequences = "Breaking API changes need a new version; the OpenAPI document is generated and checked in CI."
    return decision, consequences


def _decide_portability(text: str, roles: list[str]) -> tuple[str, str]:
    decision = (
        "Ship one container image. Configuration comes only from environment variables, the database is "
        "reached through a URL (SQLite for development, PostgreSQL in production) and files go to object "
        "storage, so the same image runs on a laptop with Docker Compose, on a VM or on Kubernetes."
    )
    consequences = "No host-specific paths or services; a Dockerfile and a compose file are part of every release."
    return decision, consequences


def _decide_maintainability(text: str, roles: list[str]) -> tuple[str, str]:
    decision = (
        "Split the code by domain (one module per entity) and by layer (API, services, data access). Every "
        "requirement gets at least one automated test named after it; CI runs lint, type checks and tests on "
        "every change, and database changes go through versioned migrations."
    )
    consequences = "More files than a single-script prototype; changes land only with green CI."
    return decision, consequences


def _decide_observability(text: str, roles: list[str]) -> tuple[str, str]:
    decision = (
        "Write structured JSON logs with a request id on every line, expose Prometheus metrics (GET /metrics: "
        "request rate, errors, latency, job queue depth) and alert on error rate, latency and failed health "
        "checks."
    )
    consequences = "A metrics store and alert routing are needed in every environment beyond development."
    return decision, consequences


def _decide_compliance(text: str, roles: list[str]) -> tuple[str, str]:
    decision = (
        "Keep a register mapping each legal or regulatory requirement to the features, tests and records that "
        "satisfy it; keep the audit log and the data needed as evidence for the legally required period."
    )
    if re.search(r"\bpci\b|\bcard\b", text):
        decision += " Card data never touches these servers: payments use the provider's hosted checkout."
    consequences = "Legal review of the register before release; retention periods may override privacy deletion."
    return decision, consequences


def _pattern(*alternatives: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{alternative})" for alternative in alternatives))


# The order here is the order the ADRs appear in.
NFR_RULES: tuple[NfrRule, ...] = (
    NfrRule(
        "availability",
        "Health checks and redundant API instances for availability",
        _pattern(
            r"\bavailab",
            r"\buptime\b",
            r"\bdowntime\b",
            r"24\s*/\s*7",
            r"\b24x7\b",
            r"\bfail-?over\b",
            r"\bredundan",
            r"\bfault[- ]toleran",
            r"\b9\d(?:\.\d+)?\s*(?:%|percent)",
        ),
        _decide_availability,
        frozenset({"reliability"}),
        endpoints=(("GET", "/healthz", "Liveness probe"), ("GET", "/readyz", "Readiness probe: database reachable")),
    ),
    NfrRule(
        "recovery",
        "Automated backups with tested restores",
        _pattern(
            r"\bbackups?\b",
            r"\bback(?:ed)? up\b",
            r"\brestor",
            r"\brecover",
            r"\bdisaster\b",
            r"\brpo\b",
            r"\brto\b",
            r"\bdata loss\b",
            r"\blose (?:any )?data\b",
        ),
        _decide_recovery,
    ),
    NfrRule(
        "performance",
        "Indexes, pagination and caching for response times",
        _pattern(
            r"\brespon(?:d|se|ses) (?:time|within)",
            r"\blatency\b",
            r"\bfast\b",
            r"\bquick(?:ly)?\b",
            r"\bperforman",
            r"\bthroughput\b",
            r"\bconcurrent\b",
            r"\bsimultaneous",
            r"\bload(?:s|ed)? (?:in|within)\b",
            r"\bwithin \d+(?:\.\d+)? ?(?:ms|milliseconds?|s|secs?|seconds?)\b",
            r"\bper second\b",
            r"\bscal(?:e|able|ability)\b",
        ),
        _decide_performance,
        frozenset({"performance_efficiency"}),
    ),
    NfrRule(
        "security",
        "Authentication, role-based access, audit log and encryption",
        _pattern(
            r"\bsecur",
            r"\bauthenticat",
            r"\bauthori[sz]",
            r"\bpasswords?\b",
            r"\bencrypt",
            r"\bpermissions?\b",
            r"\baccess control\b",
            r"\baudit",
            r"\b(?:log|logs|record|records|track|tracks)\s+(?:each|every|all|any)\s+(?:change|edit|update|modification)s?\b",
            r"\b2fa\b",
            r"\bmfa\b",
            r"\btwo[- ]factor\b",
            r"\btls\b",
            r"\bhttps\b",
            r"\bssl\b",
            r"\bowasp\b",
            r"\bvulnerab",
            r"\bbreach",
            r"\bconfidential",
            r"\bunauthori[sz]ed\b",
            r"\bonly (?:\w+ )?(?:admins?|administrators?|staff|authori[sz]ed)\b",
        ),
        _decide_security,
        frozenset({"security"}),
        endpoints=(("GET", "/audit-events", "Audit log of changes (administrators)"),),
        pages=(("Audit log", "/admin/audit-log"),),
    ),
    NfrRule(
        "privacy",
        "Data minimisation, consent, retention and data-subject rights",
        _pattern(
            r"\bprivacy\b",
            r"\bpersonal (?:data|information|details)\b",
            r"\bpii\b",
            r"\bgdpr\b",
            r"\bconsent",
            r"\bretention\b",
            r"\bretain",
            r"\banonymi[sz]",
            r"\bpseudonymi[sz]",
            r"\bdata protection\b",
            r"\bright to be forgotten\b",
            r"\berasure\b",
            r"\bhipaa\b",
            r"\bdata subjects?\b",
            r"\bcookies?\b",
        ),
        _decide_privacy,
        endpoints=(
            ("GET", "/me/export", "Download all my personal data"),
            ("DELETE", "/me", "Erase my account and personal data"),
        ),
        pages=(("Privacy and consent", "/privacy"),),
    ),
    NfrRule(
        "accessibility",
        "Accessible, responsive user interface (WCAG 2.2 AA)",
        _pattern(
            r"\busab",
            r"\bintuitive\b",
            r"\beasy to (?:use|learn)\b",
            r"\buser[- ]friendly\b",
            r"\baccessib",
            r"\bwcag\b",
            r"\bscreen readers?\b",
            r"\bkeyboard\b",
            r"\bcontrast\b",
            r"\bdisabilit",
            r"\bresponsive\b",
            r"\bmobile (?:phones?|devices?)\b",
            r"\bsmartphones?\b",
            r"\btablets?\b",
            r"\bon mobile\b",
        ),
        _decide_accessibility,
        frozenset({"usability"}),
        pages=(("Accessibility statement", "/accessibility"),),
    ),
    NfrRule(
        "localisation",
        "Internationalisation: languages, locales, time zones and currencies",
        _pattern(
            r"\blanguages?\b",
            r"\btranslat",
            r"\blocali[sz]",
            r"\bi18n\b",
            r"\bmultilingual\b",
            r"\bcurrenc",
            r"\btime ?zones?\b",
            r"\blocales?\b",
        ),
        _decide_localisation,
    ),
    NfrRule(
        "compatibility",
        "Standard interfaces: versioned REST API, CSV/JSON files, current browsers",
        _pattern(
            r"\bcompatib",
            r"\bbrowsers?\b",
            r"\bchrome\b",
            r"\bfirefox\b",
            r"\bsafari\b",
            r"\binteroperab",
            r"\bintegrat",
            r"\bapis?\b",
            r"\bcsv\b",
            r"\bjson\b",
            r"\bxml\b",
            r"\bimport\b",
            r"\bexport\b",
        ),
        _decide_compatibility,
        frozenset({"compatibility"}),
    ),
    NfrRule(
        "portability",
        "One container image, configured by environment variables",
        _pattern(
            r"\bportab",
            r"\bdocker\b",
            r"\bcontaineri[sz]",
            r"\bcontainers?\b",
            r"\bkubernetes\b",
            r"\bcloud\b",
            r"\bon[- ]prem",
            r"\bself[- ]host",
            r"\binstall",
            r"\bdeploy",
            r"\blinux\b",
            r"\bwindows\b",
            r"\bmacos\b",
            r"\baws\b",
            r"\bazure\b",
            r"\bgcp\b",
            r"\bvendor lock",
        ),
        _decide_portability,
        frozenset({"portability"}),
    ),
    NfrRule(
        "maintainability",
        "Modules per domain, a test per requirement, CI on every change",
        _pattern(
            r"\bmaintain",
            r"\bmodular",
            r"\bextensib",
            r"\bextend",
            r"\btest(?:s|ed|able|ing)?\b",
            r"\bdocument(?:ed|ation)\b",
            r"\bcode quality\b",
            r"\brefactor",
            r"\bupgrad",
            r"\bconfigurable\b",
            r"\bcoverage\b",
        ),
        _decide_maintainability,
        frozenset({"maintainability"}),
    ),
    NfrRule(
        "observability",
        "Structured logs, metrics and alerts",
        _pattern(
            r"\bmonitor", r"\blogg(?:ing|ed)\b", r"\blogs\b", r"\balert", r"\bmetrics?\b", r"\bobservab", r"\btracing\b"
        ),
        _decide_observability,
        endpoints=(("GET", "/metrics", "Operational metrics (Prometheus format)"),),
    ),
    NfrRule(
        "compliance",
        "Compliance register and retained evidence",
        _pattern(
            r"\blaws?\b",
            r"\blegal(?:ly)?\b",
            r"\bregulat",
            r"\bcomplian",
            r"\bcomply\b",
            r"\blicen[cs]",
            r"\bpci\b",
            r"\biso ?27001\b",
            r"\bsoc ?2\b",
            r"\btax(?:es)?\b",
            r"\bstatutory\b",
        ),
        _decide_compliance,
        frozenset({"legal"}),
    ),
)
