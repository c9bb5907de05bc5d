"""Roadmap milestones and phases as an iCalendar file (RFC 5545) any calendar app imports.

UIDs derive from the project and the milestone or phase id, so re-importing an updated roadmap
moves the existing events instead of duplicating them. DTSTAMP is the bundle's ``generated_at``.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from icalendar import Calendar, Event

from autoagi.engine.planning.models import Roadmap

from .bundle import ProjectBundle
from .errors import MissingArtifactError
from .text import one_line

PRODUCT_ID = "-//Auto AGI Builder//Roadmap export//EN"
UID_DOMAIN = "autoagi.invalid"  # RFC 6761 reserves .invalid, so no real host is implied


def _project_key(bundle: ProjectBundle) -> str:
    identity = f"{bundle.project_name}\x1f{bundle.client or ''}"
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()[:16]


def _event(
    uid: str, summary: str, start: dt.date, end_exclusive: dt.date, stamp: dt.datetime, description: str
) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", start)  # a date, so an all-day event (VALUE=DATE)
    event.add("dtend", end_exclusive)
    event.add("summary", one_line(summary))
    event.add("description", description)
    event.add("transp", "TRANSPARENT")  # a plan on the calendar must not block anyone's free time
    return event


def _milestone_events(roadmap: Roadmap, key: str, project: str, stamp: dt.datetime) -> list[Event]:
    events = []
    for milestone in sorted(roadmap.milestones, key=lambda m: (m.date, m.id)):
        event = _event(
            f"milestone-{milestone.id}-{key}@{UID_DOMAIN}",
            f"{project}: {milestone.name}",
            milestone.date,
            milestone.date + dt.timedelta(days=1),
            stamp,
            f"Milestone of phase '{milestone.phase}' ({project}).",
        )
        event.add("categories", ["Milestone"])
        events.append(event)
    return events


def _phase_events(roadmap: Roadmap, key: str, project: str, stamp: dt.datetime) -> list[Event]:
    events = []
    for phase in sorted(roadmap.phases, key=lambda p: (p.start, p.id)):
        event = _event(
            f"phase-{phase.id}-{key}@{UID_DOMAIN}",
            f"{project}: {phase.name}",
            phase.start,
            phase.finish + dt.timedelta(days=1),
            stamp,
            f"{len(phase.task_ids)} tasks, {phase.effort_days:.1f} person-days ({project}).",
        )
        event.add("categories", ["Phase"])
        events.append(event)
    return events


def render_icalendar(bundle: ProjectBundle) -> bytes:
    roadmap = bundle.roadmap
    if roadmap is None:
        raise MissingArtifactError("iCalendar", "roadmap")
    project, key, stamp = one_line(bundle.title), _project_key(bundle), bundle.generated_at_utc
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", f"{project}: roadmap")
    for event in _phase_events(roadmap, key, project, stamp) + _milestone_events(roadmap, key, project, stamp):
        calendar.add_component(event)
    return calendar.to_ical()
