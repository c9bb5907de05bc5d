"""Pages of the plan: the design's pages the front end has a view for."""

from __future__ import annotations

import re

from autoagi.engine.artifacts import Design
from autoagi.engine.prototype.fastapi_sqlite.app_spec import (
    EntitySpec,
    NotGenerated,
    PageSpec,
)
from autoagi.engine.prototype.text import one_line

_SAFE_ROUTE = re.compile(r"/(?:[a-z0-9{}_-]+(?:/[a-z0-9{}_-]+)*)?")
_PARAMETER = re.compile(r"\{[^/{}]*\}")
_DASHBOARDS = ("dashboard", "dashboards")
_FIXED_ROUTES = ("/", "/login", "/register", "/requirements", "/accessibility", "/privacy", "/admin/audit-log")


def pages_from_design(
    design: Design, entities: dict[str, EntitySpec], not_generated: list[NotGenerated]
) -> list[PageSpec]:
    segments = {entity.segment for entity in entities.values()}
    pages = []
    for page in design.pages:
        route = page.route.strip()
        ids = tuple(page.requirement_ids)
        if _route_supported(route, segments):
            pages.append(PageSpec(name=one_line(page.name, 80), route=route, requirement_ids=ids))
        else:
            not_generated.append(NotGenerated("page", one_line(f"{page.name} {route}", 120), "no front-end view", ids))
    return pages


def _route_supported(route: str, segments: set[str]) -> bool:
    if not _SAFE_ROUTE.fullmatch(route):
        return False
    if route in _FIXED_ROUTES:
        return True
    parts = route.strip("/").split("/")
    if parts[0] in _DASHBOARDS and len(parts) <= 2 and not any(_PARAMETER.fullmatch(part) for part in parts):
        return True  # the dashboard, or one role's
    if parts[0] not in segments:
        return False
    tail = ["{}" if _PARAMETER.fullmatch(part) else part for part in parts[1:]]
    return tail in ([], ["new"], ["{}"], ["{}", "edit"])
