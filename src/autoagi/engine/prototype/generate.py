"""``generate_prototype``: requirements and a design in, the ``Prototype`` artifact and its files out."""

from __future__ import annotations

from collections.abc import Mapping

from autoagi.engine.artifacts import Design, Prototype, Requirement
from autoagi.engine.prototype.files import FileMap, check_path, manifest
from autoagi.engine.prototype.targets import Target, get_target


def generate_prototype(
    requirements: list[Requirement],
    design: Design,
    target: str = "fastapi_sqlite",
    *,
    targets: Mapping[str, Target] | None = None,
) -> tuple[Prototype, FileMap]:
    """Deterministic: the same inputs give byte-identical files. ``validation`` is left empty;
    ``validate`` fills it by running the files in a sandbox."""
    chosen = get_target(target, targets)
    files = dict(sorted(chosen.generate(list(requirements), design).items()))
    for path in files:
        check_path(path)
    prototype = Prototype(target=chosen.name, files=manifest(files), run_instructions=chosen.run_instructions)
    return prototype, files
