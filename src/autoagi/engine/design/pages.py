"""Pages: a list, detail and form pages per entity, dashboards, sign-in pages when there are roles."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from autoagi.engine.artifacts import Requirement
from autoagi.engine.design.identifiers import kebab, route_segment
from autoagi.engine.design.labels import in_sentence
from autoagi.engine.design.model import EntityDraft


@dataclass
class PageDraft:
    name: str
    route: str
    requirement_ids: set[str] = field(default_factory=set)


def entity_pages(entities: list[EntityDraft]) -> list[PageDraft]:
    pages: list[PageDraft] = []
    for entity in entities:
        collection = "/" + route_segment(entity.name)
        everything = set(entity.requirement_ids)
        actions = set().union(*(action.requirement_ids for action in entity.actions.values()))
        listing = set(entity.crud["read"]) | {
            requirement_id
            for action in entity.actions.values()
            if action.scope == "collection"
            for requirement_id in action.requirement_ids
        }
        pages += [
            PageDraft(entity.plural_label, collection, listing or everything),
            PageDraft(
                f"New {in_sentence(entity.label)}", f"{collection}/new", set(entity.crud["create"]) or everything
            ),
            PageDraft(
                f"{entity.label} detail", f"{collection}/{{id}}", (set(entity.crud["read"]) | actions) or everything
            ),
            PageDraft(
                f"Edit {in_sentence(entity.label)}",
                f"{collection}/{{id}}/edit",
                set(entity.crud["update"]) or everything,
            ),
        ]
    return pages


# "The system should have a Timetable page.", "The My account page should show upcoming bookings."
_NAMED_PAGE_RES = (
    re.compile(r"^The system (?:should|must|could|shall) have an? (?P<name>.+?) (?:page|screen)\.$"),
    re.compile(r"^The (?P<name>[A-Z][\w'’ ]{0,40}?) (?:page|screen) (?:should|must|could|shall)\b"),
)
_HOME_NAMES = frozenset({"home", "homepage", "start", "landing"})


def named_pages(requirements: list[Requirement]) -> list[PageDraft]:
    """The pages a client named ("Pages: Home, Timetable", "[Timetable] Filter by teacher"), with the
    requirements that name them; "Home" is the site's front page, "/"."""
    pages: dict[str, PageDraft] = {}
    for requirement in requirements:
        for pattern in _NAMED_PAGE_RES:
            if (named := pattern.match(requirement.statement)) is None:
                continue
            name = named.group("name").strip()
            route = "/" if name.lower() in _HOME_NAMES else "/" + kebab(name)
            page = pages.setdefault(route, PageDraft(name, route))
            page.requirement_ids.add(requirement.id)
    return list(pages.values())


def auth_pages(requirement_ids: set[str]) -> list[PageDraft]:
    return [
        PageDraft("Sign in", "/login", set(requirement_ids)),
        PageDraft("Register", "/register", set(requirement_ids)),
    ]


def dashboard_page(requirement_ids: set[str]) -> PageDraft:
    return PageDraft("Dashboard", "/", set(requirement_ids))


def role_dashboard_page(role_name: str, role_label: str, requirement_ids: set[str]) -> PageDraft:
    # "/dashboard/..." (singular) cannot collide with an entity's plural collection route
    return PageDraft(f"{role_label} dashboard", f"/dashboard/{kebab(role_name)}", set(requirement_ids))
