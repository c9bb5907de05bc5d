"""The FastAPI application: routers, middleware, error envelope, offline API docs."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.docs import get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.responses import HTMLResponse
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from swagger_ui_bundle import swagger_ui_path

from autoagi import __version__
from autoagi.server.auth.endpoints import router as auth_router
from autoagi.server.clients.endpoints import router as clients_router
from autoagi.server.config import Settings
from autoagi.server.context import AppContext
from autoagi.server.designs.endpoints import router as designs_router
from autoagi.server.documents.endpoints import router as documents_router
from autoagi.server.errors import install_error_handlers
from autoagi.server.exports.endpoints import router as exports_router
from autoagi.server.exports.endpoints import schemas_router
from autoagi.server.frontend import install_frontend
from autoagi.server.health.endpoints import router as health_router
from autoagi.server.health.endpoints import version_router
from autoagi.server.jobs.endpoints import router as jobs_router
from autoagi.server.logs import configure_logging
from autoagi.server.metrics import MetricsMiddleware
from autoagi.server.middleware import BodySizeLimitMiddleware, RequestContextMiddleware, SecurityHeadersMiddleware
from autoagi.server.plans.endpoints import router as plans_router
from autoagi.server.projects.endpoints import router as projects_router
from autoagi.server.prototypes.endpoints import router as prototypes_router
from autoagi.server.requirements.endpoints import router as requirements_router
from autoagi.server.users.endpoints import router as users_router

API_PREFIX = "/api/v1"
DOCS_URL = "/api/docs"


def operation_id(route: APIRoute) -> str:
    """Deterministic operation ids (``projects-create_project``) for the generated client."""
    tag = route.tags[0] if route.tags else "default"
    return f"{tag}-{route.name}"


def api_router() -> APIRouter:
    router = APIRouter(prefix=API_PREFIX)
    for domain in (
        auth_router,
        users_router,
        clients_router,
        projects_router,
        documents_router,
        requirements_router,
        designs_router,
        prototypes_router,
        plans_router,
        exports_router,
        schemas_router,
        jobs_router,
        version_router,
    ):
        router.include_router(domain)
    return router


def _install_docs(app: FastAPI) -> None:
    """Swagger UI from the swagger-ui-bundle package: the docs work with no network."""
    app.mount(f"{DOCS_URL}/assets", StaticFiles(directory=swagger_ui_path), name="docs-assets")

    @app.get(DOCS_URL, include_in_schema=False)
    async def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url,
            title="Auto AGI Builder API",
            swagger_js_url=f"{DOCS_URL}/assets/swagger-ui-bundle.js",
            swagger_css_url=f"{DOCS_URL}/assets/swagger-ui.css",
            swagger_favicon_url=f"{DOCS_URL}/assets/favicon-32x32.png",
            oauth2_redirect_url=f"{DOCS_URL}/oauth2-redirect",
        )

    @app.get(f"{DOCS_URL}/oauth2-redirect", include_in_schema=False)
    async def oauth2_redirect() -> HTMLResponse:
        return get_swagger_ui_oauth2_redirect_html()


def create_app(settings: Settings | None = None, context: AppContext | None = None) -> FastAPI:
    settings = settings or (context.settings if context else Settings())
    settings.check_safe_for_environment()
    configure_logging(settings.log_level, settings.log_json)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if owns_context:
            # Jobs a stop interrupted run again (their state is in the database).
            await app.state.context.jobs.recover()
        yield
        if owns_context:
            await app.state.context.close()

    owns_context = context is None
    app = FastAPI(
        title="Auto AGI Builder",
        version=__version__,
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=None,
        redoc_url=None,
        generate_unique_id_function=operation_id,
        debug=settings.debug,
        lifespan=lifespan,
    )
    app.state.context = context or AppContext.from_settings(settings)
    install_error_handlers(app)
    app.include_router(health_router)
    app.include_router(api_router())
    _install_docs(app)
    install_frontend(app, settings)  # last: it answers every path the API does not

    # Outermost last: request ids wrap everything, so even CORS and error responses carry one.
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_credentials=True,
            allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
            allow_headers=["Authorization", "Content-Type", "X-Request-ID"],
            expose_headers=["X-Request-ID", "Retry-After"],
        )
    app.add_middleware(
        BodySizeLimitMiddleware, max_body_bytes=settings.max_request_bytes, max_upload_bytes=settings.max_upload_bytes
    )
    app.add_middleware(SecurityHeadersMiddleware, hsts=settings.env == "production")
    app.add_middleware(MetricsMiddleware, metrics=app.state.context.metrics)
    app.add_middleware(RequestContextMiddleware)
    return app
