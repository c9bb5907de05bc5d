"""The ``fastapi_sqlite`` target: requirements and design in, the app's file map out."""

from __future__ import annotations

from importlib import resources

from autoagi.engine.artifacts import Design, Requirement
from autoagi.engine.prototype.fastapi_sqlite import render_docs
from autoagi.engine.prototype.fastapi_sqlite.changes import classify_changes
from autoagi.engine.prototype.fastapi_sqlite.render_app import render_entities_package, render_links, render_schema
from autoagi.engine.prototype.fastapi_sqlite.render_data import render_catalog, render_traceability
from autoagi.engine.prototype.fastapi_sqlite.render_entity import render_entity_module
from autoagi.engine.prototype.fastapi_sqlite.render_tests import render_requirement_tests
from autoagi.engine.prototype.fastapi_sqlite.spec import build_spec
from autoagi.engine.prototype.files import FileMap
from autoagi.engine.prototype.targets import Target

# Files copied as they are: (template, destination).
_STATIC_FILES = (
    ("app/database.py.txt", "app/database.py"),
    ("app/fields.py.txt", "app/fields.py"),
    ("app/catalog.py.txt", "app/catalog.py"),
    ("app/traceability.py.txt", "app/traceability.py"),
    ("app/http.py.txt", "app/http.py"),
    ("app/settings.py.txt", "app/settings.py"),
    ("app/seed.py.txt", "app/seed.py"),
    ("app/operations.py.txt", "app/operations.py"),
    ("app/main.py.txt", "app/main.py"),
    ("static/index.html.txt", "static/index.html"),
    ("static/app.js.txt", "static/app.js"),
    ("static/styles.css.txt", "static/styles.css"),
    ("tests/conftest.py.txt", "tests/conftest.py"),
    ("tests/support.py.txt", "tests/support.py"),
    ("tests/test_entities.py.txt", "tests/test_entities.py"),
    ("tests/test_security.py.txt", "tests/test_security.py"),
    ("tests/test_frontend.py.txt", "tests/test_frontend.py"),
)


def _template(name: str) -> str:
    return resources.files(__package__).joinpath("templates", name).read_text(encoding="utf-8")


def generate_files(requirements: list[Requirement], design: Design, title: str = "Prototype") -> FileMap:
    spec = build_spec(requirements, design, title)
    tests, answered = render_requirement_tests(spec)
    text_files = {destination: _template(template) for template, destination in _STATIC_FILES}
    text_files.update(
        {
            "app/__init__.py": '"""The generated application package."""\n',
            "app/auth.py": _template("app/auth_tokens.py.txt" if spec.auth else "app/auth_open.py.txt"),
            "app/entities/__init__.py": render_entities_package(spec),
            "app/links.py": render_links(spec),
            "app/schema.sql": render_schema(spec),
            "static/catalog.json": render_catalog(spec),
            "traceability.json": render_traceability(spec, answered),
            "tests/test_requirements.py": tests,
            "README.md": render_docs.render_readme(spec),
            "Dockerfile": render_docs.render_dockerfile(),
            ".dockerignore": render_docs.render_dockerignore(),
            ".gitignore": render_docs.render_gitignore(),
            "requirements.txt": render_docs.render_requirements_txt(),
            "pyproject.toml": render_docs.render_pyproject(),
        }
    )
    for entity in spec.entities:
        text_files[f"app/entities/{entity.module}.py"] = render_entity_module(spec, entity)
    return {path: text_files[path].encode("utf-8") for path in sorted(text_files)}


FASTAPI_SQLITE = Target(
    name="fastapi_sqlite",
    description="FastAPI + SQLite API, no-build HTML/JS front end, pytest tests per requirement",
    generate=generate_files,
    run_instructions=render_docs.RUN_INSTRUCTIONS,
    serve_arguments=("-m", "uvicorn", "app.main:app", "--host", "127.0.0.1", "--port", "{port}", "--no-access-log"),
    traceability_path="traceability.json",
    classify_changes=classify_changes,
    warm_imports=("pytest", "fastapi", "fastapi.testclient", "fastapi.security", "fastapi.staticfiles", "httpx"),
)
