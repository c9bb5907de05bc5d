"""One Python module per entity: pydantic models (validation by field type), its table, its routes."""

from __future__ import annotations

from autoagi.engine.prototype.code import INDENT, call, from_import, literal
from autoagi.engine.prototype.fastapi_sqlite.app_spec import ActionSpec, AppSpec, EntitySpec, FieldSpec
from autoagi.engine.prototype.naming import stable_hash
from autoagi.engine.prototype.text import docstring_text

# Field type → (annotation, names it needs from app.fields, stdlib module it needs).
_ANNOTATIONS = {
    "string": ("ShortText", "ShortText", None),
    "text": ("LongText", "LongText", None),
    "integer": ("WholeNumber", "WholeNumber", None),
    "decimal": ("Amount", "Amount", None),
    "boolean": ("bool", None, None),
    "date": ("dt.date", None, "datetime as dt"),
    "datetime": ("dt.datetime", None, "datetime as dt"),
    "time": ("dt.time", None, "datetime as dt"),
    "email": ("Email", "Email", None),
    "phone": ("Phone", "Phone", None),
    "url": ("Url", "Url", None),
    "enum": ("Choice", "Choice", None),
    "uuid": ("uuid.UUID", None, "uuid"),
}


def link_constant(first: EntitySpec, second: EntitySpec) -> tuple[str, str, str, str]:
    """(constant name, table name, left table, right table) of a many-to-many link."""
    left, right = sorted((first.table, second.table))
    table = f"link_{left}_{right}"
    if len(table) > 60:
        table = f"link_{left[:24]}_{right[:24]}_{stable_hash(left + '/' + right)}"
    return table.upper(), table, left, right


class _Module:
    """Collects the imports a module's body turns out to need."""

    def __init__(self) -> None:
        self.stdlib: set[str] = set()
        self.names: dict[str, set[str]] = {}

    def use(self, module: str, *names: str) -> None:
        self.names.setdefault(module, set()).update(names)

    def annotation(self, field: FieldSpec, spec: AppSpec) -> str:
        if field.references:
            return self.id_annotation(spec.entity(field.references))
        annotation, alias, stdlib = _ANNOTATIONS[field.type]
        if alias:
            self.use("app.fields", alias)
        if stdlib:
            self.stdlib.add(stdlib)
        return annotation

    def id_annotation(self, entity: EntitySpec) -> str:
        if entity.id_kind == "integer":
            return "int"
        self.stdlib.add("uuid")
        return "uuid.UUID"

    def import_lines(self) -> list[str]:
        """Standard library, third party, first party: the sections and order ruff's isort wants."""
        third_party = [module for module in ("fastapi", "pydantic") if module in self.names]
        first_party = sorted(module for module in self.names if module.startswith("app."))
        groups = [
            [f"import {name}" for name in sorted(self.stdlib)],
            [line for module in third_party for line in from_import(module, list(self.names[module]))],
            [line for module in first_party for line in from_import(module, list(self.names[module]))],
        ]
        lines: list[str] = []
        for group in groups:
            if group:
                lines += [""] * bool(lines) + group
        return lines


def render_entity_module(spec: AppSpec, entity: EntitySpec) -> str:
    module = _Module()
    module.use("pydantic", "BaseModel")
    module.use("fastapi", "APIRouter")
    module.use("app.auth", "SignedIn")
    module.use("app.catalog", "create_config", "update_config")
    module.use("app.database", "Db", "Page", "Paging", "Table")
    module.stdlib.add("datetime as dt")  # created_at / updated_at
    body = _models(spec, entity, module)
    body += _table_and_router(entity)
    body += _collection_actions(entity, module)
    body += _crud(entity, module)
    body += _instance_actions(entity, module)
    body += _children(spec, entity, module)
    body += _links(spec, entity, module)
    label = docstring_text(entity.label, 80)
    header = [f'"""{label}: validated models, storage and HTTP endpoints."""', ""]
    return "\n".join(header + module.import_lines() + ["", "", *body]).rstrip() + "\n"


def _models(spec: AppSpec, entity: EntitySpec, module: _Module) -> list[str]:
    name = entity.class_name
    create = [f"class {name}Create(BaseModel):", f"{INDENT}model_config = create_config({literal(entity.segment)})", ""]
    update = [f"class {name}Update(BaseModel):", f"{INDENT}model_config = update_config()", ""]
    for field in entity.fields:
        annotation = module.annotation(field, spec)
        if field.default is not None:
            create.append(f"{INDENT}{field.name}: {annotation} = {literal(field.default)}")
        elif field.required:
            create.append(f"{INDENT}{field.name}: {annotation}")
        else:
            create.append(f"{INDENT}{field.name}: {annotation} | None = None")
        update.append(f"{INDENT}{field.name}: {annotation} | None = None")
    if not entity.fields:
        create.pop()
        update.pop()
    record = [
        f"class {name}({name}Create):",
        f"{INDENT}id: {module.id_annotation(entity)}",
        f"{INDENT}created_at: dt.datetime",
        f"{INDENT}updated_at: dt.datetime",
    ]
    return [*create, "", "", *update, "", "", *record, "", ""]


def _table_and_router(entity: EntitySpec) -> list[str]:
    return [
        *call(
            "TABLE = Table(",
            [f"name={literal(entity.table)}", f"model={entity.class_name}Create", f"id_kind={literal(entity.id_kind)}"],
        ),
        *call("router = APIRouter(", [f"tags=[{literal(entity.segment)}]", "dependencies=[SignedIn]"]),
    ]


def _route(method: str, path: str, function: str, parameters: list[str], returns: str, status: int | None = None):
    arguments = [literal(path)] + ([f"status_code={status}"] if status else [])
    lines = ["", "", *call(f"@router.{method.lower()}(", arguments)]
    lines += call(f"def {function}(", parameters, f") -> {returns}:")
    return lines


def _crud(entity: EntitySpec, module: _Module) -> list[str]:
    name, base = entity.class_name, f"/api/{entity.segment}"
    item = base + "/{record_id}"
    record_id = f"record_id: {module.id_annotation(entity)}"
    module.use("app.auth", "Actor")
    module.use("fastapi", "Response")
    return [
        *_route("GET", base, "list_records", ["db: Db", "page: Paging"], f"Page[{name}]"),
        f"{INDENT}return TABLE.list(db, page)",
        *_route("POST", base, "create_record", [f"body: {name}Create", "db: Db", "actor: Actor"], name, 201),
        f'{INDENT}return TABLE.insert(db, body.model_dump(mode="json"), actor)',
        *_route("GET", item, "read_record", [record_id, "db: Db"], name),
        f"{INDENT}return TABLE.get(db, record_id)",
        *_route("PATCH", item, "update_record", [record_id, f"body: {name}Update", "db: Db", "actor: Actor"], name),
        f'{INDENT}return TABLE.update(db, record_id, body.model_dump(mode="json", exclude_unset=True), actor)',
        *_route("DELETE", item, "delete_record", [record_id, "db: Db", "actor: Actor"], "Response", 204),
        f"{INDENT}TABLE.delete(db, record_id, actor)",
        f"{INDENT}return Response(status_code=204)",
    ]


def _collection_actions(entity: EntitySpec, module: _Module) -> list[str]:
    """Registered before ``/{record_id}`` routes, so "export" is never read as a record id."""
    lines: list[str] = []
    base = f"/api/{entity.segment}"
    for action in entity.actions:
        if action.scope != "collection":
            continue
        path = f"{base}/{action.name}"
        if action.kind == "export":
            module.use("app.http", "csv_download")
            module.use("fastapi", "Response")
            lines += _route(action.method, path, action.function, ["db: Db"], "Response")
            lines.append(f"{INDENT}return csv_download(TABLE.export_csv(db), {literal(entity.segment + '.csv')})")
        elif action.kind == "import":
            module.use("app.http", "Imported")
            module.use("app.auth", "Actor")
            parameters = [f"body: list[{entity.class_name}Create]", "db: Db", "actor: Actor"]
            lines += _route(action.method, path, action.function, parameters, "Imported", 201)
            lines += [
                f'{INDENT}created = [TABLE.insert(db, item.model_dump(mode="json"), actor) for item in body]',
                f"{INDENT}return Imported(imported=len(created))",
            ]
        else:
            module.use("app.http", "ActionResult")
            module.use("app.auth", "Actor")
            lines += _route(action.method, path, action.function, ["db: Db", "actor: Actor"], "ActionResult")
            lines.append(f"{INDENT}return TABLE.record_collection_action(db, {literal(action.name)}, actor)")
    return lines


def _instance_actions(entity: EntitySpec, module: _Module) -> list[str]:
    lines: list[str] = []
    record_id = f"record_id: {module.id_annotation(entity)}"
    for action in entity.actions:
        if action.scope != "instance":
            continue
        path = f"/api/{entity.segment}/{{record_id}}/{action.name}"
        lines += _instance_action(entity, action, path, record_id, module)
    return lines


def _instance_action(entity: EntitySpec, action: ActionSpec, path: str, record_id: str, module: _Module) -> list[str]:
    if action.kind == "download":
        module.use("app.http", "json_download")
        module.use("fastapi", "Response")
        filename = literal(f"{entity.table}.json")
        return [
            *_route("GET", path, action.function, [record_id, "db: Db"], "Response"),
            f"{INDENT}return json_download(TABLE.get(db, record_id), {filename})",
        ]
    module.use("app.auth", "Actor")
    lines = _route("POST", path, action.function, [record_id, "db: Db", "actor: Actor"], entity.class_name)
    if action.deadline_field and action.deadline_hours:
        arguments = ["db", "record_id", literal(action.deadline_field), repr(float(action.deadline_hours))]
        lines += call("TABLE.require_time_left(", arguments, ")", INDENT)
    if action.state and entity.has_status:
        changes = f'{{"status": {literal(action.state)}}}'
        return [
            *lines,
            *call(
                "return TABLE.update(",
                ["db", "record_id", changes, "actor", f"action={literal(action.name)}"],
                ")",
                INDENT,
            ),
        ]
    return [*lines, f"{INDENT}return TABLE.record_action(db, record_id, {literal(action.name)}, actor)"]


def _children(spec: AppSpec, entity: EntitySpec, module: _Module) -> list[str]:
    """``GET /api/<parents>/{id}/<these>``: the records of this entity that belong to one parent."""
    lines: list[str] = []
    seen: set[str] = set()
    for field in entity.foreign_keys:
        if field.references in seen:
            continue
        seen.add(field.references)
        parent = spec.entity(field.references)
        module.use("app.database", "require_record")
        path = f"/api/{parent.segment}/{{record_id}}/{entity.segment}"
        parameters = [f"record_id: {module.id_annotation(parent)}", "db: Db", "page: Paging"]
        lines += _route("GET", path, f"list_by_{field.name}", parameters, f"Page[{entity.class_name}]")
        lines += [
            f"{INDENT}require_record(db, {literal(parent.table)}, record_id)",
            f"{INDENT}return TABLE.list(db, page, where={{{literal(field.name)}: {_key(parent)}}})",
        ]
    return lines


def _key(entity: EntitySpec) -> str:
    return "record_id" if entity.id_kind == "integer" else "str(record_id)"


def _links(spec: AppSpec, entity: EntitySpec, module: _Module) -> list[str]:
    """Many-to-many: list, link and unlink this entity's records from a partner record."""
    lines: list[str] = []
    for partner_module in entity.partners:
        partner = spec.entity(partner_module)
        constant, _, _, _ = link_constant(entity, partner)
        module.use("app.links", constant)
        module.use("app.database", "require_record")
        module.use("app.auth", "Actor")
        module.use("fastapi", "Response")
        nested = f"/api/{partner.segment}/{{record_id}}/{entity.segment}"
        partner_id = f"record_id: {module.id_annotation(partner)}"
        other_id = f"other_id: {module.id_annotation(entity)}"
        require = f"{INDENT}require_record(db, {literal(partner.table)}, record_id)"
        table = literal(entity.table)
        lines += _route(
            "GET",
            nested,
            f"list_linked_{partner.module}",
            [partner_id, "db: Db", "page: Paging"],
            f"Page[{entity.class_name}]",
        )
        lines += [require, f"{INDENT}return TABLE.list_linked(db, page, {constant}, record_id)"]
        for verb, method in (("link", "connect"), ("unlink", "disconnect")):
            http_method = "PUT" if verb == "link" else "DELETE"
            parameters = [partner_id, other_id, "db: Db", "actor: Actor"]
            lines += _route(
                http_method, nested + "/{other_id}", f"{verb}_{partner.module}", parameters, "Response", 204
            )
            lines += [
                require,
                f"{INDENT}TABLE.get(db, other_id)",
                *call(f"{constant}.{method}(", ["db", table, "other_id", "record_id", "actor"], ")", INDENT),
                f"{INDENT}return Response(status_code=204)",
            ]
    return lines
