"""The iCalendar file: parses, one all-day event per phase and milestone, stable UIDs."""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar

from autoagi.engine.export.icalendar_export import render_icalendar


@pytest.fixture(scope="module")
def calendar(clinic_bundle) -> Calendar:
    return Calendar.from_ical(render_icalendar(clinic_bundle))


def events(calendar: Calendar) -> list:
    return list(calendar.walk("VEVENT"))


def test_one_event_per_phase_and_milestone(clinic_bundle, calendar: Calendar) -> None:
    roadmap = clinic_bundle.roadmap
    assert len(events(calendar)) == len(roadmap.phases) + len(roadmap.milestones)
    assert str(calendar["VERSION"]) == "2.0" and "Auto AGI Builder" in str(calendar["PRODID"])
    summaries = {str(event["SUMMARY"]) for event in events(calendar)}
    for milestone in roadmap.milestones:
        assert f"Clinic bookings: {milestone.name}" in summaries


def test_milestones_are_all_day_on_their_date(clinic_bundle, calendar: Calendar) -> None:
    by_summary = {str(event["SUMMARY"]): event for event in events(calendar)}
    for milestone in clinic_bundle.roadmap.milestones:
        event = by_summary[f"Clinic bookings: {milestone.name}"]
        assert event.decoded("DTSTART") == milestone.date
        assert event.decoded("DTEND") == milestone.date + dt.timedelta(days=1)
        assert not isinstance(event.decoded("DTSTART"), dt.datetime)


def test_uids_are_stable_and_dtstamp_is_the_bundle_time(clinic_bundle, calendar: Calendar) -> None:
    later = clinic_bundle.model_copy(update={"generated_at": dt.datetime(2027, 1, 1, tzinfo=dt.UTC)})
    again = Calendar.from_ical(render_icalendar(later))
    uids = [str(event["UID"]) for event in events(calendar)]
    assert uids == [str(event["UID"]) for event in events(again)]
    assert len(set(uids)) == len(uids) and all(uid.endswith("@autoagi.invalid") for uid in uids)
    assert {event.decoded("DTSTAMP") for event in events(calendar)} == {dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)}


def test_another_project_gets_other_uids(clinic_bundle, calendar: Calendar) -> None:
    other = clinic_bundle.model_copy(update={"project_name": "Another project"})
    other_uids = {str(event["UID"]) for event in events(Calendar.from_ical(render_icalendar(other)))}
    assert other_uids.isdisjoint(str(event["UID"]) for event in events(calendar))


def test_hostile_project_names_survive_escaping(samples, hostile_bundle) -> None:
    parsed = Calendar.from_ical(render_icalendar(hostile_bundle))
    summary = str(events(parsed)[0]["SUMMARY"])
    assert summary.startswith(samples.HOSTILE_TITLE) and samples.RTL in summary
