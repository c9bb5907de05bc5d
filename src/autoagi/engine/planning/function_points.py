"""IFPUG unadjusted function points counted from a :class:`~autoagi.engine.artifacts.Design`.

Complexity matrices and weights: IFPUG *Function Point Counting Practices Manual*, release 4.3.1
(2010), Part 1 (also ISO/IEC 20926:2009):

- data functions (ILF, EIF): DET bands 1–19 / 20–50 / 51+, RET bands 1 / 2–5 / 6+;
  ILF weights low/average/high = 7/10/15, EIF = 5/7/10.
- external inputs (EI): DET bands 1–4 / 5–15 / 16+, FTR bands 0–1 / 2 / 3+; weights 3/4/6.
- external outputs (EO) and inquiries (EQ): DET bands 1–5 / 6–19 / 20+, FTR bands 0–1 / 2–3 / 4+;
  EO weights 4/5/7, EQ weights 3/4/6.

All three matrices have the same shape: rows are the RET/FTR band, columns the DET band.

A design is not a counting-grade specification, so the mapping from design elements to IFPUG
functions is a documented heuristic (each counted function records the rule it used):

- entity → ILF; DET = its fields + its foreign-key relations (many_to_one, one_to_one), since
  IFPUG counts foreign-key attributes as DETs; RET = 1 + its many_to_many relations (the
  association's record group is maintained with the entity).
- relation target that is not an entity of the design → EIF (external data, referenced only), low.
- endpoint → GET is an EQ, or an EO when the path names derived data (report, export, stats, …);
  POST/PUT/PATCH/DELETE is an EI. FTR = the entities named in the path plus the entities the
  primary (last named) entity references; DET = the primary entity's DETs + 1 for the
  message/action (DELETE: key + confirmation = 2).
- page → EI when its name or route says it captures data (new, edit, form, …), EO when it shows
  derived data (dashboard, report, …), else EQ; FTR and DET as for endpoints. An elementary
  process is counted once (IFPUG), so by default a page is counted only when no endpoint already
  serves all of the requirements it serves.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from autoagi.engine.artifacts import Design, Endpoint, Entity, Page

from .models import CountedFunction

FUNCTION_POINT_METHOD = "IFPUG CPM 4.3.1 unadjusted function points (no value adjustment factor)"

_MATRIX = (
    ("low", "low", "average"),
    ("low", "average", "high"),
    ("average", "high", "high"),
)

WEIGHTS: dict[str, dict[str, int]] = {
    "ILF": {"low": 7, "average": 10, "high": 15},
    "EIF": {"low": 5, "average": 7, "high": 10},
    "EI": {"low": 3, "average": 4, "high": 6},
    "EO": {"low": 4, "average": 5, "high": 7},
    "EQ": {"low": 3, "average": 4, "high": 6},
}

# Path or page words that mark derived data (calculations, aggregates): an external output.
_OUTPUT_WORDS = frozenset(
    {
        "report",
        "export",
        "stat",
        "statistic",
        "summary",
        "analytic",
        "dashboard",
        "metric",
        "download",
        "aggregate",
        "chart",
        "forecast",
        "kpi",
        "insight",
        "total",
        "overview",
    }
)
# Page words that mark data capture: an external input.
_INPUT_WORDS = frozenset(
    {
        "new",
        "create",
        "edit",
        "add",
        "register",
        "signup",
        "form",
        "setting",
        "upload",
        "checkout",
        "compose",
        "submit",
        "update",
        "profile",
        "onboarding",
    }
)
_SKIP_SEGMENTS = frozenset({"api", "rest", "graphql"})
_VERSION = re.compile(r"^v\d+$")
_NON_ALNUM = re.compile(r"[^a-z0-9]")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_SEPARATORS = re.compile(r"[^A-Za-z0-9]+")
_WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_FOREIGN_KEY_RELATIONS = frozenset({"many_to_one", "one_to_one"})


def data_function_complexity(det: int, ret: int) -> str:
    """ILF/EIF complexity from data element types and record element types."""
    det_band = 0 if det <= 19 else 1 if det <= 50 else 2
    ret_band = 0 if ret <= 1 else 1 if ret <= 5 else 2
    return _MATRIX[ret_band][det_band]


def input_complexity(det: int, ftr: int) -> str:
    """EI complexity from data element types and file types referenced."""
    det_band = 0 if det <= 4 else 1 if det <= 15 else 2
    ftr_band = 0 if ftr <= 1 else 1 if ftr == 2 else 2
    return _MATRIX[ftr_band][det_band]


def output_complexity(det: int, ftr: int) -> str:
    """EO and EQ complexity from data element types and file types referenced."""
    det_band = 0 if det <= 5 else 1 if det <= 19 else 2
    ftr_band = 0 if ftr <= 1 else 1 if ftr <= 3 else 2
    return _MATRIX[ftr_band][det_band]


def normalise_word(word: str) -> str:
    """Lower-case, strip punctuation and naively singularise, so ``order-items`` matches ``OrderItem``."""
    w = _NON_ALNUM.sub("", word.lower())
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("sses", "xes", "ches", "shes", "zes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _words(text: str) -> list[str]:
    # Split camelCase and any punctuation, keep the joined form too ("order items" → "orderitem").
    spaced = _CAMEL.sub(" ", text)
    parts = [p for p in _SEPARATORS.split(spaced) if p]
    out = [normalise_word(p) for p in parts]
    if len(parts) > 1:
        out.append(normalise_word("".join(parts)))
    return [w for w in out if w]


def _path_segments(path: str) -> list[str]:
    """Normalised path segments that can name an entity (parameters and ``api``/``v1`` dropped)."""
    segments: list[str] = []
    for segment in path.split("/"):
        low = segment.lower()
        if not segment or segment.startswith(("{", ":", "<")) or low in _SKIP_SEGMENTS or _VERSION.match(low):
            continue
        segments.append(normalise_word(segment))
    return segments


def _keywords(text: str) -> set[str]:
    return set(_words(text))


@dataclass
class _EntityInfo:
    entity: Entity
    det: int
    references: list[str] = field(default_factory=list)  # names of design entities it holds keys to


def _unique_id(base: str, used: set[str]) -> str:
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base} #{n}", n + 1
    used.add(candidate)
    return candidate


def count_function_points(design: Design, page_counting: str = "uncovered") -> list[CountedFunction]:
    """Every IFPUG function the design implies, in design order (entities, externals, endpoints, pages)."""
    used_ids: set[str] = set()
    by_norm: dict[str, _EntityInfo] = {}
    infos: list[_EntityInfo] = []
    for entity in design.entities:
        det = len(entity.fields) + sum(1 for r in entity.relations if r.kind in _FOREIGN_KEY_RELATIONS)
        info = _EntityInfo(entity=entity, det=max(det, 1))
        infos.append(info)
        by_norm.setdefault(normalise_word(entity.name), info)

    functions: list[CountedFunction] = []
    externals: dict[str, tuple[str, list[str], list[str]]] = {}  # norm → (name, referrers, req ids)
    for info in infos:
        entity = info.entity
        m2m = sum(1 for r in entity.relations if r.kind == "many_to_many")
        ret = 1 + m2m
        complexity = data_function_complexity(info.det, ret)
        for relation in entity.relations:
            target = by_norm.get(normalise_word(relation.target))
            if target is None:
                name, referrers, req_ids = externals.setdefault(
                    normalise_word(relation.target), (relation.target, [], [])
                )
                referrers.append(entity.name)
                req_ids.extend(r for r in entity.requirement_ids if r not in req_ids)
            elif relation.kind in _FOREIGN_KEY_RELATIONS and target.entity.name != entity.name:
                info.references.append(target.entity.name)
        weight = WEIGHTS["ILF"][complexity]
        functions.append(
            CountedFunction(
                id=_unique_id(f"entity:{entity.name}", used_ids),
                type="ILF",
                element=f"entity {entity.name}",
                det=info.det,
                ret=ret,
                complexity=complexity,
                weight=weight,
                function_points=weight,
                entities=[entity.name],
                requirement_ids=list(dict.fromkeys(entity.requirement_ids)),
                rule=f"entity → ILF; DET = {len(entity.fields)} fields + "
                f"{info.det - len(entity.fields)} foreign keys, RET = 1 + {m2m} many-to-many",
            )
        )
    for name, referrers, req_ids in externals.values():
        weight = WEIGHTS["EIF"]["low"]
        functions.append(
            CountedFunction(
                id=_unique_id(f"external:{name}", used_ids),
                type="EIF",
                element=f"external data {name}",
                det=1,
                ret=1,
                complexity="low",
                weight=weight,
                function_points=weight,
                entities=sorted(set(referrers)),
                requirement_ids=req_ids,
                rule="relation target outside the design → EIF, fields unknown so low",
            )
        )

    endpoint_requirements: set[str] = set()
    for endpoint in design.endpoints:
        functions.append(_count_endpoint(endpoint, by_norm, used_ids))
        endpoint_requirements.update(endpoint.requirement_ids)
    for page in design.pages:
        functions.append(_count_page(page, by_norm, used_ids, endpoint_requirements, page_counting))
    return functions


def _referenced_entities(words: Iterable[str], by_norm: dict[str, _EntityInfo]) -> list[_EntityInfo]:
    found: list[_EntityInfo] = []
    for word in words:
        info = by_norm.get(word)
        if info is not None and info not in found:
            found.append(info)
    return found


def _ftr_and_det(matched: list[_EntityInfo]) -> tuple[list[str], int]:
    if not matched:
        return [], 0
    primary = matched[-1]
    names = [m.entity.name for m in matched]
    for ref in primary.references:
        if ref not in names:
            names.append(ref)
    return names, primary.det


def _count_endpoint(endpoint: Endpoint, by_norm: dict[str, _EntityInfo], used_ids: set[str]) -> CountedFunction:
    method = endpoint.method.upper()
    keywords = _keywords(endpoint.path)
    entities, primary_det = _ftr_and_det(_referenced_entities(_path_segments(endpoint.path), by_norm))
    ftr = len(entities)
    if method in _WRITE_METHODS:
        kind = "EI"
        det = 2 if method == "DELETE" else primary_det + 1
        complexity = input_complexity(det, ftr)
        rule = f"{method} → EI (maintains data)"
    else:
        derived = bool(keywords & _OUTPUT_WORDS)
        kind = "EO" if derived else "EQ"
        det = primary_det + 1
        complexity = output_complexity(det, ftr)
        rule = f"{method} → {'EO (path names derived data)' if derived else 'EQ (retrieval)'}"
    det = max(det, 1)
    rule += f"; FTR = {ftr} ({', '.join(entities) or 'no entity matched'}), DET = {det}"
    weight = WEIGHTS[kind][complexity]
    return CountedFunction(
        id=_unique_id(f"endpoint:{method} {endpoint.path}", used_ids),
        type=kind,
        element=f"endpoint {method} {endpoint.path}",
        det=det,
        ftr=ftr,
        complexity=complexity,
        weight=weight,
        function_points=weight,
        entities=entities,
        requirement_ids=list(dict.fromkeys(endpoint.requirement_ids)),
        rule=rule,
    )


def _count_page(
    page: Page,
    by_norm: dict[str, _EntityInfo],
    used_ids: set[str],
    endpoint_requirements: set[str],
    page_counting: str,
) -> CountedFunction:
    candidates = _path_segments(page.route) + _words(page.name)
    keywords = _keywords(page.route) | _keywords(page.name)
    entities, primary_det = _ftr_and_det(_referenced_entities(candidates, by_norm))
    ftr = len(entities)
    det = max(primary_det + 1, 1)
    if keywords & _INPUT_WORDS:
        kind, complexity, why = "EI", input_complexity(det, ftr), "captures data"
    elif keywords & _OUTPUT_WORDS:
        kind, complexity, why = "EO", output_complexity(det, ftr), "shows derived data"
    else:
        kind, complexity, why = "EQ", output_complexity(det, ftr), "retrieval"
    weight = WEIGHTS[kind][complexity]
    rule = f"page → {kind} ({why}); FTR = {ftr} ({', '.join(entities) or 'no entity matched'}), DET = {det}"
    requirement_ids = list(dict.fromkeys(page.requirement_ids))
    counted = True
    if page_counting == "none":
        counted, rule = False, rule + "; not counted (page_counting = none)"
    elif page_counting == "uncovered" and requirement_ids and set(requirement_ids) <= endpoint_requirements:
        counted = False
        rule += "; not counted: endpoints already count the elementary processes of these requirements"
    return CountedFunction(
        id=_unique_id(f"page:{page.route}", used_ids),
        type=kind,
        element=f"page {page.name} ({page.route})",
        det=det,
        ftr=ftr,
        complexity=complexity,
        weight=weight,
        counted=counted,
        function_points=weight if counted else 0,
        entities=entities,
        requirement_ids=requirement_ids,
        rule=rule,
    )
