"""Generated code is ruff-formatted and lint-clean as generated, compiles, and its JavaScript parses."""

from __future__ import annotations

import py_compile
import shutil
import subprocess
import sys

import pytest

from autoagi.engine.prototype import write_prototype


def _ruff(arguments: list[str], cwd) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ruff", *arguments], cwd=cwd, capture_output=True, text=True)


@pytest.fixture(params=["clinic", "hostile"])
def generated_dir(request, tmp_path):
    files = request.getfixturevalue(f"{request.param}_files")
    write_prototype(files, tmp_path)
    return tmp_path


def test_ruff_format_changes_nothing(generated_dir):
    result = _ruff(["format", "--check", "--diff", "--no-cache", "."], generated_dir)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_check_finds_nothing(generated_dir):
    result = _ruff(["check", "--no-cache", "."], generated_dir)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_python_file_compiles(generated_dir):
    sources = sorted(generated_dir.rglob("*.py"))
    assert len(sources) > 10
    for source in sources:
        py_compile.compile(str(source), doraise=True, cfile=str(source) + ".pyc-check")


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_front_end_script_parses(generated_dir):
    result = subprocess.run(["node", "--check", "static/app.js"], cwd=generated_dir, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
