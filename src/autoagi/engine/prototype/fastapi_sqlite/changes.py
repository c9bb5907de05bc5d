"""What a change between two generated ``fastapi_sqlite`` apps can affect.

Requirement parts: a requirement's test function in ``tests/test_requirements.py`` and its entries
in ``traceability.json`` and ``static/catalog.json``. Entity parts: ``app/entities/<module>.py``,
the entity's statements in ``app/schema.sql`` and its entry in the catalogue. A changed entity
also affects the entities whose records need one of its records (their tests create it), and
through them the requirements whose test, entities or endpoints use any of those entities, the
generic tests parametrized with them and the endpoints on their paths.

Documentation and packaging (README, Dockerfile, ignore files) is read by no test. Everything else
is shared and means a full validation: ``app/main.py``, the database, auth and settings modules,
the entities package, static assets, ``conftest.py`` and ``support.py``, the generic test modules,
the project files, a file added or removed, and any part of the files above that belongs to no
single requirement or entity (the test module's imports and helpers, the catalogue's title, roles
or pages, the app's own tables, the set or order of entities or tables).
"""

from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass
from typing import Any

from autoagi.engine.prototype.changes import ChangeImpact, FileDiff
from autoagi.engine.prototype.fastapi_sqlite.render_data import REQUIREMENT_TESTS_FILE
from autoagi.engine.prototype.files import FileMap

TRACEABILITY_FILE = "traceability.json"
CATALOG_FILE = "static/catalog.json"
SCHEMA_FILE = "app/schema.sql"
ENTITIES_PACKAGE = "app/entities/__init__.py"
INERT_FILES = frozenset({"README.md", "Dockerfile", ".dockerignore", ".gitignore"})
# Parameters of the generic tests (tests/test_entities.py, tests/test_security.py) naming an entity.
ENTITY_PARAMETERS = ("segment", "child")
_ENTITY_MODULE = re.compile(r"app/entities/([A-Za-z_][A-Za-z0-9_]*)\.py")
_TABLE_ENTRY = re.compile(r'"([^"]+)": ([A-Za-z_][A-Za-z0-9_]*)\.TABLE\b')
_STATEMENT = re.compile(r'CREATE (?:UNIQUE )?(?:TABLE|INDEX) IF NOT EXISTS "([^"]+)"(?: ON "([^"]+)")?')
_REFERENCE = re.compile(r'REFERENCES "([^"]+)"')


@dataclass(frozen=True)
class _TestFunction:
    text: str
    markers: tuple[str, ...]  # requirement (code) ids of its ``requirement`` markers


@dataclass(frozen=True)
class _TestModule:
    header: str  # everything outside the test functions: imports, helpers, module code
    functions: dict[str, _TestFunction]


def classify_changes(old: FileMap, new: FileMap, diff: FileDiff) -> ChangeImpact:
    impact = ChangeImpact()
    entities: dict[str, str] = {}  # segment of a changed entity → why
    for path in diff.changed:
        if path in INERT_FILES:
            impact.inert.append(path)
        elif path not in old or path not in new:
            impact.share(path, "a file was added or removed")
        elif path == REQUIREMENT_TESTS_FILE:
            _compare_tests(old, new, impact)
        elif path == TRACEABILITY_FILE:
            _compare_traceability(old, new, impact)
        elif path == CATALOG_FILE:
            _compare_catalog(old, new, impact, entities)
        elif path == SCHEMA_FILE:
            _compare_schema(old, new, impact, entities)
        elif _ENTITY_MODULE.fullmatch(path) and path != ENTITIES_PACKAGE:
            _compare_entity_module(old, new, path, impact, entities)
        else:
            impact.share(path, "every requirement depends on it")
    if entities and not impact.shared:
        _spread(new, impact, entities)
    return impact


# --- reading -----------------------------------------------------------------------------------


def _json(files: FileMap, path: str) -> dict[str, Any] | None:
    try:
        data = json.loads(files[path].decode("utf-8"))
    except (KeyError, UnicodeDecodeError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _keyed(items: object, key: str) -> dict[str, Any] | None:
    """A list of objects by ``key``, in order; None unless every item has a distinct string key."""
    if not isinstance(items, list):
        return None
    result: dict[str, Any] = {}
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get(key), str) or item[key] in result:
            return None
        result[item[key]] = item
    return result


def _test_module(files: FileMap) -> _TestModule | None:
    try:
        source = files[REQUIREMENT_TESTS_FILE].decode("utf-8")
        tree = ast.parse(source)
    except (KeyError, UnicodeDecodeError, SyntaxError, ValueError):
        return None
    lines = source.splitlines()
    inside: set[int] = set()
    functions: dict[str, _TestFunction] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) or not node.name.startswith("test"):
            continue
        if node.name in functions:
            return None  # a redefinition: which one runs is not a per-function question
        first = min([node.lineno, *(decorator.lineno for decorator in node.decorator_list)])
        last = node.end_lineno or node.lineno
        inside.update(range(first, last + 1))
        functions[node.name] = _TestFunction("\n".join(lines[first - 1 : last]), _markers(node))
    header = "\n".join(line for number, line in enumerate(lines, 1) if number not in inside and line.strip())
    return _TestModule(header, functions)


def _markers(node: ast.FunctionDef | ast.AsyncFunctionDef) -> tuple[str, ...]:
    found = []
    for decorator in node.decorator_list:
        if (
            isinstance(decorator, ast.Call)
            and isinstance(decorator.func, ast.Attribute)
            and decorator.func.attr == "requirement"
            and decorator.args
            and isinstance(decorator.args[0], ast.Constant)
            and isinstance(decorator.args[0].value, str)
        ):
            found.append(decorator.args[0].value)
    return tuple(found)


def _schema(files: FileMap) -> list[tuple[str, str]] | None:
    """(table, statement) in file order; an index belongs to its table."""
    try:
        text = files[SCHEMA_FILE].decode("utf-8")
    except (KeyError, UnicodeDecodeError):
        return None
    statements = []
    for part in text.split(";"):
        body = "\n".join(line for line in part.splitlines() if not line.lstrip().startswith("--")).strip()
        if not body:
            continue
        match = _STATEMENT.match(body)
        if match is None:
            return None
        statements.append((match.group(2) or match.group(1), body))
    return statements


def _modules(files: FileMap) -> dict[str, str]:
    """Entity module → URL segment, from the entities package."""
    try:
        text = files[ENTITIES_PACKAGE].decode("utf-8")
    except (KeyError, UnicodeDecodeError):
        return {}
    return {module: segment for segment, module in _TABLE_ENTRY.findall(text)}


def _code_ids(*traceabilities: dict[str, Any] | None) -> dict[str, str]:
    """Requirement id as code writes it → requirement id."""
    ids: dict[str, str] = {}
    for data in traceabilities:
        for item in (data or {}).get("requirements", []) or []:
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                ids.setdefault(str(item.get("code_id", item["id"])), item["id"])
                ids.setdefault(item["id"], item["id"])
    return ids


# --- comparing ---------------------------------------------------------------------------------


def _compare_tests(old: FileMap, new: FileMap, impact: ChangeImpact) -> None:
    path = REQUIREMENT_TESTS_FILE
    before, after = _test_module(old), _test_module(new)
    if before is None or after is None:
        impact.share(path, "it could not be parsed")
        return
    if before.header != after.header:
        impact.share(f"{path} (imports, helpers)", "every requirement's test runs it")
        return
    ids = _code_ids(_json(new, TRACEABILITY_FILE), _json(old, TRACEABILITY_FILE))
    for name in sorted(set(before.functions) | set(after.functions)):
        was, now = before.functions.get(name), after.functions.get(name)
        if was == now:
            continue
        markers = sorted({*(was.markers if was else ()), *(now.markers if now else ())})
        if not markers:
            impact.share(f"{path}::{name}", "a test of no requirement changed")
            continue
        how = "was added" if was is None else "was removed" if now is None else "changed"
        for code in markers:
            impact.touch(ids.get(code, code), f"its test {name} {how}")


def _json_pair(
    old: FileMap, new: FileMap, path: str, parts: set[str], impact: ChangeImpact
) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """Both versions of a JSON file; any top-level key outside ``parts`` that changed is shared."""
    before, after = _json(old, path), _json(new, path)
    if before is None or after is None:
        impact.share(path, "it could not be read")
        return None
    for key in sorted((set(before) | set(after)) - parts):
        if before.get(key) != after.get(key):
            impact.share(f"{path} ({key})", "the whole app reads it")
    return before, after


def _changed(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """Keys whose values differ, added and removed ones included."""
    return [key for key in sorted(set(before) | set(after)) if before.get(key) != after.get(key)]


def _compare_traceability(old: FileMap, new: FileMap, impact: ChangeImpact) -> None:
    pair = _json_pair(old, new, TRACEABILITY_FILE, {"requirements", "endpoints"}, impact)
    if pair is None:
        return
    before, after = pair
    old_items, new_items = _keyed(before.get("requirements"), "id"), _keyed(after.get("requirements"), "id")
    old_endpoints, new_endpoints = before.get("endpoints"), after.get("endpoints")
    readable = isinstance(old_endpoints, dict) and isinstance(new_endpoints, dict)
    if old_items is None or new_items is None or not readable:
        impact.share(TRACEABILITY_FILE, "its requirements or endpoints could not be read")
        return
    for rid in _changed(old_items, new_items):
        impact.touch(rid, "its traceability entry (tests, entities, endpoints) changed")
    for key in _changed(old_endpoints, new_endpoints):
        impact.endpoints.append(key)
        for rid in sorted({*(old_endpoints.get(key) or []), *(new_endpoints.get(key) or [])}):
            impact.touch(str(rid), f"the requirements answered by {key} changed")


def _compare_catalog(old: FileMap, new: FileMap, impact: ChangeImpact, entities: dict[str, str]) -> None:
    pair = _json_pair(old, new, CATALOG_FILE, {"entities", "requirements"}, impact)
    if pair is None:
        return
    before, after = pair
    old_entities, new_entities = _keyed(before.get("entities"), "segment"), _keyed(after.get("entities"), "segment")
    if old_entities is None or new_entities is None or list(old_entities) != list(new_entities):
        impact.share(f"{CATALOG_FILE} (entities)", "the set or order of entities changed")
        return
    for segment in _changed(old_entities, new_entities):
        entities.setdefault(segment, "its catalogue entry (fields, samples, seed data) changed")
    old_items, new_items = _keyed(before.get("requirements"), "id"), _keyed(after.get("requirements"), "id")
    if old_items is None or new_items is None:
        impact.share(f"{CATALOG_FILE} (requirements)", "they could not be read")
        return
    for rid in _changed(old_items, new_items):
        impact.touch(rid, "its catalogue entry (wording, criteria) changed")


def _compare_schema(old: FileMap, new: FileMap, impact: ChangeImpact, entities: dict[str, str]) -> None:
    path = SCHEMA_FILE
    before, after = _schema(old), _schema(new)
    if before is None or after is None:
        impact.share(path, "it could not be parsed")
        return
    order_before = list(dict.fromkeys(table for table, _ in before))
    order_after = list(dict.fromkeys(table for table, _ in after))
    if order_before != order_after:
        impact.share(path, "the set or order of tables changed")
        return
    segments = {
        entry["table"]: entry["segment"]
        for data in (_json(old, CATALOG_FILE), _json(new, CATALOG_FILE))
        for entry in (_keyed((data or {}).get("entities"), "segment") or {}).values()
        if isinstance(entry.get("table"), str)
    }
    for table in order_after:
        was = [statement for name, statement in before if name == table]
        now = [statement for name, statement in after if name == table]
        if was == now:
            continue
        if table in segments:
            entities.setdefault(segments[table], f"its table in {path} changed")
            continue
        # A link table belongs to the entities it joins; any other table (the app's own) to everyone.
        joined = sorted({segments.get(name, "") for statement in was + now for name in _REFERENCE.findall(statement)})
        if not joined or "" in joined:
            impact.share(f"{path} ({table})", "a table of the app itself changed")
            continue
        for segment in joined:
            entities.setdefault(segment, f"its link table {table} changed")


def _compare_entity_module(
    old: FileMap, new: FileMap, path: str, impact: ChangeImpact, entities: dict[str, str]
) -> None:
    module = path.removeprefix("app/entities/").removesuffix(".py")
    segment, was = _modules(new).get(module), _modules(old).get(module)
    if segment is None or segment != was:
        impact.share(path, "no entity of the entities package owns it")
        return
    entities.setdefault(segment, f"{path} changed")


# --- spreading an entity change ----------------------------------------------------------------


def _spread(new: FileMap, impact: ChangeImpact, changed: dict[str, str]) -> None:
    """From changed entities to what uses them: dependent entities, requirements, tests, endpoints."""
    catalog, traceability, tests = _json(new, CATALOG_FILE), _json(new, TRACEABILITY_FILE), _test_module(new)
    entries = _keyed((catalog or {}).get("entities"), "segment")
    items = _keyed((traceability or {}).get("requirements"), "id")
    if entries is None or items is None or tests is None:
        impact.share("entities", "the catalogue, traceability or tests could not be read to follow an entity change")
        return
    needs = {
        segment: {str(item["references"]) for item in entry.get("fields", []) if item.get("references")}
        for segment, entry in entries.items()
    }
    why = dict(changed)
    grown = True
    while grown:  # an entity whose records need a record of an affected one is affected too
        grown = False
        for segment, parents in needs.items():
            used = sorted(parents & set(why))
            if segment not in why and used:
                why[segment] = f"its records need a {used[0]} record"
                grown = True
    affected = set(why)
    impact.notes += [f"entity {segment}: {reason}" for segment, reason in sorted(why.items())]
    segment_of = {str(entry.get("name")): segment for segment, entry in entries.items()}
    for rid, item in items.items():
        code = str(item.get("code_id", rid))
        texts = [function.text for function in tests.functions.values() if code in function.markers]
        used = {segment_of.get(str(name)) for name in item.get("entities", [])} & affected
        used |= {part for endpoint in item.get("endpoints", []) for part in str(endpoint).split("/")} & affected
        used |= {segment for segment in affected if any(f'"{segment}"' in text for text in texts)}
        if used:
            impact.touch(rid, f"it uses entity {', '.join(sorted(used))}, which is affected by the change")
    impact.test_parameters = {name: sorted(affected) for name in ENTITY_PARAMETERS}
    impact.endpoint_segments = sorted(affected)
