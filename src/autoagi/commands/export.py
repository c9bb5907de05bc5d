"""`autoagi export BUILD_DIR --format F -o FILE`: a build folder's artifacts in the format a tool reads."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from autoagi.engine.artifacts import AnalysisResult, Design, Prototype
from autoagi.engine.export import ProjectBundle
from autoagi.engine.planning import Estimate, Roadmap, RoiResult

if TYPE_CHECKING:
    from autoagi.commands.build import BuildResult


class BuildFolderError(Exception):
    pass


def _load(folder: Path, name: str, model, required: bool = False) -> Any:
    path = folder / name
    if not path.is_file():
        if required:
            raise BuildFolderError(f"{folder} has no {name}: is it the output of `autoagi build`?")
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if model is RoiResult and "npv" not in data:
        return None  # the ROI still waits for its benefits
    return model.model_validate(data)


def _prototype_files(folder: Path, prototype: Prototype | None) -> dict[str, bytes]:
    if prototype is None:
        return {}
    root = folder / "prototype"
    return {f.path: (root / f.path).read_bytes() for f in prototype.files if (root / f.path).is_file()}


def bundle_from_folder(folder: Path, project_name: str | None = None, now: datetime | None = None) -> ProjectBundle:
    analysis = _load(folder, "requirements.json", AnalysisResult, required=True)
    prototype = _load(folder, "prototype.json", Prototype)
    return ProjectBundle(
        project_name=project_name or folder.resolve().name,
        generated_at=now or datetime.now(UTC),
        analysis=analysis,
        design=_load(folder, "design.json", Design),
        prototype=prototype,
        prototype_files=_prototype_files(folder, prototype),
        estimate=_load(folder, "estimate.json", Estimate),
        roadmap=_load(folder, "roadmap.json", Roadmap),
        roi=_load(folder, "roi.json", RoiResult),
    )


def bundle_from_build(result: BuildResult, folder: Path, now: datetime | None = None) -> ProjectBundle:
    prototype = result.prototype
    return ProjectBundle(
        project_name=folder.resolve().name,
        generated_at=now or datetime.now(UTC),
        analysis=result.analysis,
        design=result.design,
        prototype=prototype,
        prototype_files=_prototype_files(folder, prototype),
        estimate=result.estimate,
        roadmap=result.roadmap,
        roi=result.roi,
    )
