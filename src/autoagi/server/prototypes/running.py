"""Start a stored prototype version as a live preview."""

from __future__ import annotations

from pathlib import Path

from autoagi.engine.artifacts import Prototype
from autoagi.engine.prototype import get_target, write_prototype
from autoagi.server.context import AppContext
from autoagi.server.models import PrototypeRecord
from autoagi.server.prototypes import files as prototype_files
from autoagi.server.prototypes.preview import RunningPreview, uvicorn_command


def asgi_app_of(target_name: str) -> str:
    """The ``module:attribute`` the target serves (its serve arguments run uvicorn)."""
    arguments = get_target(target_name).serve_arguments
    return next(a for a in arguments if ":" in a and not a.startswith("-") and "{" not in a)


async def ensure_preview(app: AppContext, record: PrototypeRecord) -> RunningPreview:
    prototype = Prototype.model_validate(record.artifact)
    files = prototype_files.unpack(await app.storage.get(prototype_files.storage_key(record.id)))

    def write(folder: Path) -> None:
        write_prototype(files, folder)

    return await app.previews.ensure(str(record.id), write, uvicorn_command(asgi_app_of(prototype.target)))
