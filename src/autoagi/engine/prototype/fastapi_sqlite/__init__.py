"""Target ``fastapi_sqlite``: a FastAPI + SQLite app with a no-build HTML/JS front end and its tests."""

from autoagi.engine.prototype.fastapi_sqlite.generator import FASTAPI_SQLITE, generate_files

__all__ = ["FASTAPI_SQLITE", "generate_files"]
