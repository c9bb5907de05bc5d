"""The generated parts of the app package besides entity modules: schema, registries, links."""

from __future__ import annotations

from autoagi.engine.prototype.code import INDENT, call, from_import, literal
from autoagi.engine.prototype.fastapi_sqlite.app_spec import AppSpec, EntitySpec, FieldSpec
from autoagi.engine.prototype.fastapi_sqlite.render_entity import link_constant

_SQL_TYPES = {"integer": "INTEGER", "decimal": "REAL", "boolean": "INTEGER"}
_INTERNAL_TABLES = """\
CREATE TABLE IF NOT EXISTS "app_meta" (
    "key" TEXT PRIMARY KEY,
    "value" TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS "app_activity" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT,
    "at" TEXT NOT NULL,
    "actor" TEXT,
    "entity" TEXT NOT NULL,
    "record_id" TEXT NOT NULL,
    "action" TEXT NOT NULL
);
"""
_ACCOUNT_TABLES = """
CREATE TABLE IF NOT EXISTS "app_user" (
    "id" TEXT PRIMARY KEY,
    "email" TEXT NOT NULL UNIQUE COLLATE NOCASE,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "created_at" TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS "app_token" (
    "token_hash" TEXT PRIMARY KEY,
    "user_id" TEXT NOT NULL REFERENCES "app_user" ("id") ON DELETE CASCADE,
    "expires_at" TEXT NOT NULL
);
"""


def render_schema(spec: AppSpec) -> str:
    """SQLite DDL; every identifier is a checked name, double-quoted."""
    parts = ["-- Tables of the generated app. Entity tables first, then links, then the app's own.", ""]
    for entity in spec.entities:
        parts += _entity_table(spec, entity)
    done: set[str] = set()
    for entity in spec.entities:
        for partner_module in entity.partners:
            _, table, left, right = link_constant(entity, spec.entity(partner_module))
            if table not in done:
                done.add(table)
                parts += _link_table(spec, table, left, right)
    parts.append(_INTERNAL_TABLES + (_ACCOUNT_TABLES if spec.auth else ""))
    return "\n".join(parts)


def _entity_table(spec: AppSpec, entity: EntitySpec) -> list[str]:
    key = '"id" INTEGER PRIMARY KEY AUTOINCREMENT' if entity.id_kind == "integer" else '"id" TEXT PRIMARY KEY'
    columns = [key] + [_column(spec, field) for field in entity.fields]
    columns += ['"created_at" TEXT NOT NULL', '"updated_at" TEXT NOT NULL']
    lines = [f'CREATE TABLE IF NOT EXISTS "{entity.table}" (']
    lines += [f"{INDENT}{column}," for column in columns[:-1]] + [f"{INDENT}{columns[-1]}", ");"]
    for field in entity.foreign_keys:
        lines.append(f'CREATE INDEX IF NOT EXISTS "{entity.table}__{field.name}" ON "{entity.table}" ("{field.name}");')
    return [*lines, ""]


def _column(spec: AppSpec, field: FieldSpec) -> str:
    if field.references:
        target = spec.entity(field.references)
        sql_type = "INTEGER" if target.id_kind == "integer" else "TEXT"
        null = " NOT NULL" if field.required else ""
        return f'"{field.name}" {sql_type}{null} REFERENCES "{target.table}" ("id") ON DELETE RESTRICT'
    sql_type = _SQL_TYPES.get(field.type, "TEXT")
    constraints = (" NOT NULL" if field.required else "") + (" UNIQUE" if field.unique else "")
    return f'"{field.name}" {sql_type}{constraints}'


def _link_table(spec: AppSpec, table: str, left: str, right: str) -> list[str]:
    by_table = {entity.table: entity for entity in spec.entities}
    columns = []
    for side in (left, right):
        sql_type = "INTEGER" if by_table[side].id_kind == "integer" else "TEXT"
        columns.append(f'"{side}_id" {sql_type} NOT NULL REFERENCES "{side}" ("id") ON DELETE CASCADE')
    return [
        f'CREATE TABLE IF NOT EXISTS "{table}" (',
        *(f"{INDENT}{column}," for column in columns),
        f'{INDENT}PRIMARY KEY ("{left}_id", "{right}_id")',
        ");",
        "",
    ]


def render_entities_package(spec: AppSpec) -> str:
    """``app/entities/__init__.py``: the registry of entity modules and their tables."""
    modules = [entity.module for entity in spec.entities]
    entries = [f"{literal(entity.segment)}: {entity.module}.TABLE" for entity in spec.entities]
    lines = ['"""Every entity module, and its table by URL segment."""', "", "from app.database import Table"]
    lines += from_import("app.entities", modules)
    lines += ["", *_tuple("MODULES", modules)]
    lines += call("TABLES: dict[str, Table] = {", entries, "}") if entries else ["TABLES: dict[str, Table] = {}"]
    return "\n".join(lines) + "\n"


def _tuple(name: str, items: list[str]) -> list[str]:
    if not items:
        return [f"{name} = ()"]
    if len(items) == 1:
        return [f"{name} = ({items[0]},)"]
    return call(f"{name} = (", items, ")")


def render_links(spec: AppSpec) -> str:
    """``app/links.py``: one ``Link`` per many-to-many relation."""
    lines = ['"""Many-to-many link tables."""', "", "from app.database import Link", ""]
    constants: list[str] = []
    seen: set[str] = set()
    for entity in spec.entities:
        for partner_module in entity.partners:
            constant, table, left, right = link_constant(entity, spec.entity(partner_module))
            if constant in seen:
                continue
            seen.add(constant)
            constants.append(constant)
            arguments = [f"name={literal(table)}", f"left={literal(left)}", f"right={literal(right)}"]
            lines += call(f"{constant} = Link(", arguments)
    lines += _tuple("LINKS: tuple[Link, ...]", constants)
    return "\n".join(lines) + "\n"
