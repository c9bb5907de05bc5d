"""Hostile requirement and design text (quotes, HTML, SQL, shell, unicode, huge and reserved names)
yields code that compiles, passes its tests and keeps the text as inert data."""

from __future__ import annotations

import ast
import json
import re

from engine.prototype.prototype_designs import HOSTILE_TEXT

SAFE_SQL_IDENTIFIER = re.compile(r'"([^"]*)"')


def test_hostile_app_passes_its_tests_and_smoke_test(hostile_validation):
    assert hostile_validation.ok, hostile_validation.artifact().log
    assert hostile_validation.tests_passed > 30 and hostile_validation.tests_skipped == 0
    assert set(hostile_validation.per_requirement.values()) == {"passed"}
    assert 'REQ-002"); import os #' in hostile_validation.per_requirement  # the id survives, as data


def test_python_carries_no_client_text_outside_docstrings_and_comments(hostile_files):
    for path, content in hostile_files.items():
        if not path.endswith(".py"):
            continue
        tree = ast.parse(content)
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef))
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                assert "DROP TABLE students" not in node.value and "{{7*7}}" not in node.value, (path, node.value)
        for name in (node.id for node in ast.walk(tree) if isinstance(node, ast.Name)):
            assert name.isascii() and len(name) <= 40, (path, name)


def test_text_reaches_the_app_as_json_data(hostile_files):
    catalog = json.loads(hostile_files["static/catalog.json"])
    labels = [entity["label"] for entity in catalog["entities"]]
    assert any(label.startswith('<script>alert("x")</script>') for label in labels)
    assert "用户" in labels and "None" in labels and "class" in labels
    requirement = catalog["requirements"][0]
    assert requirement["title"].startswith(HOSTILE_TEXT.split("\x00")[0].strip()[:40])
    assert "\u202e" not in json.dumps(catalog, ensure_ascii=False)  # bidi overrides dropped
    assert len(requirement["statement"]) <= 2000


def test_markdown_and_html_escape_the_text(hostile_files):
    readme = hostile_files["README.md"].decode()
    assert "<script>" not in readme and "&lt;script&gt;" in readme
    index = hostile_files["static/index.html"].decode()
    assert "<script>alert" not in index  # the page shell never contains data
    script = hostile_files["static/app.js"].decode()
    assert "innerHTML" not in script and "textContent" in script


def test_sql_identifiers_are_plain_and_quoted(hostile_files):
    schema = hostile_files["app/schema.sql"].decode()
    for identifier in SAFE_SQL_IDENTIFIER.findall(schema):
        assert re.fullmatch(r"[a-z][a-z0-9_]{0,62}", identifier), identifier
    assert '"class"' in schema and '"select"' in schema  # reserved words stay usable, quoted
    assert '"x_sqlite_master"' in schema  # SQLite's reserved table prefix is avoided


def test_reserved_and_unusable_names_are_renamed(hostile_files):
    entities = {path.rsplit("/", 1)[-1] for path in hostile_files if path.startswith("app/entities/")}
    assert {
        "class_value.py",
        "none_record.py",
        "table_record.py",
        "email.py",
        "pet_create_record.py",
        "api.py",
    } <= entities
    model = hostile_files["app/entities/class_value.py"].decode()
    assert "class ClassCreate(BaseModel):" in model
    for renamed in ("class_value:", "x_model_dump:", "uuid_value:", "dt_value:"):
        assert renamed in model
