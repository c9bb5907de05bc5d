"""Generation: deterministic bytes, a complete app, a manifest that matches, pluggable targets."""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import random
import subprocess
import sys

import pytest

from autoagi.engine.artifacts import Design
from autoagi.engine.prototype import (
    Target,
    UnknownTargetError,
    UnsafePathError,
    builtin_targets,
    generate_prototype,
    write_prototype,
)
from autoagi.engine.prototype.fastapi_sqlite.render_docs import PINNED_REQUIREMENTS
from engine.prototype.prototype_designs import REPO, clinic_design, clinic_requirements, minimal_app

EXPECTED_FILES = {
    "README.md",
    "Dockerfile",
    "requirements.txt",
    "pyproject.toml",
    "traceability.json",
    "app/main.py",
    "app/auth.py",
    "app/database.py",
    "app/schema.sql",
    "app/seed.py",
    "app/entities/__init__.py",
    "app/entities/pet.py",
    "app/entities/appointment.py",
    "static/index.html",
    "static/app.js",
    "static/styles.css",
    "static/catalog.json",
    "tests/conftest.py",
    "tests/test_requirements.py",
    "tests/test_entities.py",
}
_DIGEST_SCRIPT = """
import hashlib, sys
sys.path.insert(0, {tests!r})
from engine.prototype.prototype_designs import clinic_design, clinic_requirements
from autoagi.engine.prototype import generate_prototype
files = generate_prototype(clinic_requirements(), clinic_design())[1]
digest = hashlib.sha256()
for path, content in sorted(files.items()):
    digest.update(path.encode() + b"\\0" + content + b"\\0")
print(digest.hexdigest())
"""


def _digest(files: dict[str, bytes]) -> str:
    digest = hashlib.sha256()
    for path, content in sorted(files.items()):
        digest.update(path.encode() + b"\0" + content + b"\0")
    return digest.hexdigest()


def test_same_input_gives_byte_identical_files(clinic_files):
    again = generate_prototype(clinic_requirements(), clinic_design())[1]
    assert again == clinic_files
    shuffled = clinic_requirements()
    random.Random(7).shuffle(shuffled)
    assert generate_prototype(shuffled, clinic_design())[1] == clinic_files


def test_output_does_not_depend_on_hash_seed(clinic_files):
    digests = set()
    for seed in ("1", "2"):
        environment = {**os.environ, "PYTHONHASHSEED": seed}
        script = _DIGEST_SCRIPT.format(tests=str(REPO / "tests"))
        completed = subprocess.run(
            [sys.executable, "-c", script], env=environment, capture_output=True, text=True, check=True, cwd=REPO
        )
        digests.add(completed.stdout.strip())
    assert digests == {_digest(clinic_files)}


def test_the_app_is_complete(clinic_files):
    assert set(clinic_files) >= EXPECTED_FILES
    assert "vet.py" in {path.rsplit("/", 1)[-1] for path in clinic_files}
    readme = clinic_files["README.md"].decode()
    for section in ("## Run", "## Test", "## Docker", "uvicorn app.main:app", "python -m pytest", "demo.customer"):
        assert section in readme
    assert 'CMD ["uvicorn", "app.main:app"' in clinic_files["Dockerfile"].decode()
    assert "HEALTHCHECK" in clinic_files["Dockerfile"].decode()


def test_requirements_are_pinned_to_what_the_platform_runs(clinic_files):
    pins = dict(line.split("==") for line in clinic_files["requirements.txt"].decode().split())
    assert set(pins) == {"fastapi", "uvicorn", "pydantic", "httpx", "pytest"}
    for name, version in PINNED_REQUIREMENTS:
        assert importlib.metadata.version(name) == version == pins[name]


def test_manifest_matches_the_files():
    prototype, files = generate_prototype(clinic_requirements(), clinic_design())
    assert prototype.target == "fastapi_sqlite"
    assert [item.path for item in prototype.files] == sorted(files)
    for item in prototype.files:
        assert item.sha256 == hashlib.sha256(files[item.path]).hexdigest()
        assert item.size == len(files[item.path])
    assert "uvicorn app.main:app" in prototype.run_instructions
    assert prototype.validation is None  # filled by validate(), never claimed here


def test_design_elements_without_a_generator_are_reported(clinic_files):
    catalog = json.loads(clinic_files["static/catalog.json"])
    reported = {item["what"] for item in catalog["not_generated"]}
    assert "GET /webhooks/{id}/replay" in reported
    assert "Calendar /calendar/week" in reported
    assert "/webhooks" in clinic_files["README.md"].decode()


def test_traceability_links_requirements_to_endpoints_and_tests(clinic_files):
    trace = json.loads(clinic_files["traceability.json"])
    by_id = {item["id"]: item for item in trace["requirements"]}
    assert by_id["REQ-002"]["tests"] == ["tests/test_requirements.py::test_req_002_cancel_or_mark_no_show"]
    assert "POST /api/appointments/{record_id}/cancel" in by_id["REQ-002"]["endpoints"]
    assert trace["endpoints"]["POST /api/appointments/{record_id}/mark-no-show"] == ["REQ-002"]
    assert by_id["REQ-006"]["answered"] is False and by_id["REQ-007"]["tests"] == []


def test_an_empty_design_still_gives_a_working_skeleton():
    prototype, files = generate_prototype([], Design())
    assert "app/main.py" in files and "app/auth.py" in files
    assert b"MODULES = ()" in files["app/entities/__init__.py"]
    assert b"test_no_functional_requirement_has_criteria" in files["tests/test_requirements.py"]


def test_targets_are_pluggable_without_changing_the_registry():
    custom = Target(
        name="tiny",
        description="one test file",
        generate=lambda requirements, design: minimal_app("    assert True"),
        run_instructions="python -m pytest",
        serve_arguments=(),
    )
    prototype, files = generate_prototype([], Design(), target="tiny", targets={"tiny": custom})
    assert prototype.target == "tiny" and "tests/test_bad.py" in files
    assert set(builtin_targets()) == {"fastapi_sqlite"}
    with pytest.raises(UnknownTargetError, match="fastapi_sqlite"):
        generate_prototype([], Design(), target="nextjs")
    with pytest.raises(TypeError):
        builtin_targets()["tiny"] = custom  # read-only


@pytest.mark.parametrize("path", ["../escape.py", "/etc/passwd", "a/../../b", "a\\b", "", "a/\x00", "./x", "a//b"])
def test_write_prototype_refuses_unsafe_paths(tmp_path, path):
    with pytest.raises(UnsafePathError):
        write_prototype({"ok.txt": b"fine", path: b"bad"}, tmp_path / "out")
    assert not (tmp_path / "out" / "ok.txt").exists()  # nothing written when any path is bad


def test_write_prototype_writes_every_file(tmp_path, clinic_files):
    written = write_prototype(clinic_files, tmp_path / "app")
    assert len(written) == len(clinic_files)
    for path, content in clinic_files.items():
        assert (tmp_path / "app" / path).read_bytes() == content
