"""Quotes, HTML, SQL, shell, Mermaid syntax, unicode, reserved and huge names stay harmless."""

from __future__ import annotations

import keyword
import re

from pydantic import BaseModel

from autoagi.engine.design import DesignOptions, design, render_design_markdown
from autoagi.engine.design.identifiers import RESERVED_FIELD_NAMES, entity_name, field_name, role_name

PASCAL = re.compile(r"^[A-Z][A-Za-z0-9]*$")
SNAKE = re.compile(r"^[a-z][a-z0-9_]*$")
ROUTE = re.compile(r"^(/[a-z0-9-]+|/\{id\})*/?$")
SQL_WORDS = {"select", "from", "order", "group", "table", "where", "user", "default", "check", "limit"}


def test_identifiers_are_safe_for_python_sql_and_urls(hostile):
    result = design(hostile)
    assert result.entities
    for entity in result.entities:
        assert PASCAL.match(entity.name) and len(entity.name) <= 40, entity.name
        assert entity.name not in {"None", "True", "False"}
        for field in entity.fields:
            assert SNAKE.match(field.name) and len(field.name) <= 40, field.name
            assert not keyword.iskeyword(field.name) and field.name not in SQL_WORDS | {"pk", "fk", "uk"}
            assert not hasattr(BaseModel, field.name)  # pydantic's own attributes (model_config, ...)
        for relation in entity.relations:
            assert SNAKE.match(relation.name) and not keyword.iskeyword(relation.name), relation.name
            assert not hasattr(BaseModel, relation.name)
    for role in result.roles:
        assert SNAKE.match(role) and not keyword.iskeyword(role) and role not in {"class", "from"}
    for endpoint in result.endpoints:
        assert ROUTE.match(endpoint.path), endpoint.path
    for page in result.pages:
        assert ROUTE.match(page.route), page.route


def test_names_are_normalised_and_unique(hostile):
    # kept even when a ";" in the name hides it from the statement it was extracted from
    names = [entity.name for entity in design(hostile, DesignOptions(keep_unsupported_entities=True)).entities]
    assert len(names) == len(set(names))
    assert "ScriptAlertXScript" in names
    assert "RobertDropTableStudent" in names
    assert "UnicodeCafe" in names  # accents folded
    assert "NoneRecord" in names  # a Python constant is never a class name


def test_display_labels_keep_what_the_client_wrote(hostile):
    result = design(hostile)
    summaries = " ".join(endpoint.summary for endpoint in result.endpoints)
    page_names = " ".join(page.name for page in result.pages)
    assert "Create a 用户" in summaries  # no ASCII letters: the identifier is a hash, the label is kept
    assert '<script>alert("x")</script>' in page_names  # kept as text; renderers escape it
    assert "\u202e" not in summaries + page_names  # bidi overrides dropped


def test_reserved_words_and_empty_names_are_transformed():
    assert entity_name("None") == "NoneRecord"
    assert entity_name("3D models") == "N3dModel"
    assert entity_name("用户").startswith("Entity") and entity_name("用户") != entity_name("顾客")
    assert field_name("class") == "class_value"
    assert field_name("select") == "select_value"
    assert field_name("pk") == "pk_value"
    assert field_name("model config") == "model_config_value"
    assert field_name("").startswith("field_")
    assert role_name("class") == "class_role"
    assert len(entity_name("x" * 300)) == 40 and entity_name("x" * 300) != entity_name("x" * 299)
    assert all(name == field_name(name) or name in RESERVED_FIELD_NAMES for name in ("status", "email"))


def test_markdown_escapes_html_tables_and_fences(hostile):
    text = render_design_markdown(design(hostile))
    assert "<script" not in text and "<b>" not in text
    assert "&lt;script&gt;" in text
    for line in text.splitlines():
        if line.startswith("|"):
            # a pipe inside a cell is escaped, so every row has the header's column count
            cells = re.split(r"(?<!\\)\|", line)
            assert len(cells) in (4, 5, 6), line
    fences = [line for line in text.splitlines() if line.startswith("```")]
    assert len(fences) % 2 == 0


def test_very_long_statement_and_many_requirements_stay_fast_and_bounded(make_requirement):
    statement = "Customers can book a slot with " + ", ".join(f"a field{i}" for i in range(200)) + "."
    requirements = [make_requirement(f"R{i}", statement, entities=["slot"]) for i in range(60)]
    result = design(requirements)
    assert len(result.entities) == 1
