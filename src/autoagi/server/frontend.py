"""The web UI: the Next.js static export, served by the same process as the API."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse, HTMLResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.staticfiles import StaticFiles

from autoagi.server.config import Settings


def frontend_dir(settings: Settings) -> Path | None:
    """``AUTOAGI_FRONTEND_DIR``, else the repository's ``frontend/out`` when it was built."""
    candidates = [settings.frontend_dir] if settings.frontend_dir else []
    candidates.append(Path(__file__).resolve().parents[3] / "frontend" / "out")
    return next((c for c in candidates if c and (c / "index.html").is_file()), None)


class SinglePageFiles(StaticFiles):
    """Static files; an unknown path without a file extension gets the app's 404 page."""

    async def get_response(self, path: str, scope):
        if path == "api" or path.startswith("api/"):
            # An unknown API path is an API error (JSON envelope), never the UI's 404 page; a known
            # path with the wrong method reaches here too, and stays a 405.
            if scope["method"] not in ("GET", "HEAD"):
                raise StarletteHTTPException(405)
            raise StarletteHTTPException(404, "No such API endpoint.")
        try:
            return await super().get_response(path, scope)
        except StarletteHTTPException as error:
            if error.status_code != 404 or "." in path.rsplit("/", 1)[-1]:
                raise
            fallback = Path(self.directory) / "404.html"
            if fallback.is_file():
                return FileResponse(fallback, status_code=404, media_type="text/html")
            raise


NOT_BUILT = """<!doctype html><html lang="en"><meta charset="utf-8"><title>Auto AGI Builder</title>
<body style="font-family:system-ui;max-width:40rem;margin:4rem auto;line-height:1.5">
<h1>Auto AGI Builder</h1><p>The API is running. The web UI has not been built on this machine:
run <code>make run</code> (it builds it), or use the <a href="/api/docs">API docs</a>.</p></body></html>"""


def install_frontend(app: FastAPI, settings: Settings) -> None:
    folder = frontend_dir(settings)
    if folder is None:

        @app.get("/", include_in_schema=False)
        async def not_built() -> HTMLResponse:
            return HTMLResponse(NOT_BUILT)

        return
    app.mount("/", SinglePageFiles(directory=folder, html=True), name="frontend")
