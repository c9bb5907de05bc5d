"""The ASGI application object for uvicorn and other servers: ``autoagi.server.main:app``."""

from autoagi.server.app import create_app

app = create_app()
