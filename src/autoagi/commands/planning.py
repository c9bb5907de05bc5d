"""`autoagi roi | estimate | roadmap`: the planning engine on JSON files."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from autoagi.engine.artifacts import Design, Requirement
from autoagi.engine.planning import (
    PlanningError,
    Roadmap,
    analyze_roi,
    build_estimate,
    build_roadmap,
)


class InputError(Exception):
    """A file the user gave is unreadable or invalid; the message names the file and field."""


def _describe(error: ValidationError | PlanningError) -> str:
    parts = []
    for item in error.errors():
        where = ".".join(str(p) for p in item.get("loc", ())) or "(top level)"
        parts.append(f"{where}: {item.get('msg')}")
    return "; ".join(parts)


def read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(f"{path}: not valid JSON ({error})") from None


def _validated(kind, data: Any, path: Path):
    try:
        return TypeAdapter(kind).validate_python(data)
    except ValidationError as error:
        raise InputError(f"{path}: {_describe(error)}") from None


def read_design(path: Path) -> Design:
    data = read_json(path)
    if isinstance(data, dict) and "design" in data and "entities" not in data:
        data = data["design"]  # a build folder's wrapper
    return _validated(Design, data, path)


def read_requirements(path: Path) -> list[Requirement]:
    data = read_json(path)
    if isinstance(data, dict):
        data = data.get("requirements", data)
    return _validated(list[Requirement], data, path)


def roi(path: Path) -> dict[str, Any]:
    data = read_json(path)
    try:
        result = analyze_roi(data)
    except (ValidationError, PlanningError) as error:
        raise InputError(f"{path}: {_describe(error)}") from None
    payload = result.model_dump(mode="json")
    return {
        key: payload[key]
        for key in (
            "npv",
            "irr",
            "irr_note",
            "roi_percent",
            "payback_months",
            "discounted_payback_months",
            "benefit_cost_ratio",
            "cash_flows",
            "sensitivity",
            "notes",
        )
    }


def estimate(design_path: Path, requirements_path: Path | None, options_path: Path | None) -> dict[str, Any]:
    design = read_design(design_path)
    requirements = read_requirements(requirements_path) if requirements_path else []
    options = read_json(options_path) if options_path else None
    try:
        return build_estimate(design, requirements, options).model_dump(mode="json")
    except (ValidationError, PlanningError) as error:
        raise InputError(f"{options_path or design_path}: {_describe(error)}") from None


def roadmap(
    design_path: Path,
    requirements_path: Path,
    options_path: Path | None,
    start: date | None,
    team_size: int | None,
) -> Roadmap:
    design = read_design(design_path)
    requirements = read_requirements(requirements_path)
    options: dict[str, Any] = read_json(options_path) if options_path else {}
    options.setdefault("start_date", (start or date.today()).isoformat())
    if team_size is not None:
        options["team_size"] = team_size
    try:
        return build_roadmap(requirements, design, options)
    except (ValidationError, PlanningError) as error:
        raise InputError(f"{options_path or requirements_path}: {_describe(error)}") from None
