"""Roadmap: phases, dependencies, calendar, critical path, cycles, edits and re-flow, Gantt."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from autoagi.engine.artifacts import Design, Requirement
from autoagi.engine.planning import (
    DependencyCycleError,
    Roadmap,
    UnknownReferenceError,
    build_estimate,
    build_roadmap,
    reflow_roadmap,
)


def req(rid: str, priority: str = "must", depends_on: tuple[str, ...] = ()) -> Requirement:
    return Requirement(id=rid, title=f"Title {rid}", statement="s", priority=priority, depends_on=list(depends_on))


@pytest.fixture
def roadmap(shop_requirements: list[Requirement], shop_design: Design, monday: dt.date) -> Roadmap:
    return build_roadmap(shop_requirements, shop_design, {"start_date": monday, "team_size": 2})


def by_id(r: Roadmap) -> dict:
    return {t.id: t for t in r.tasks}


def assert_valid_schedule(r: Roadmap) -> None:
    tasks = by_id(r)
    holidays = set(r.inputs.options.holidays)
    for t in r.tasks:
        for dep in t.depends_on:
            assert t.start_day >= tasks[dep].finish_day, (t.id, dep)
        for day in (t.start, t.finish):
            assert day.weekday() < 5 and day not in holidays
        assert t.finish >= t.start
    for day in range(r.working_days):
        assert sum(t.start_day <= day < t.finish_day for t in r.tasks) <= r.inputs.options.team_size


def test_tasks_phases_and_exclusions(roadmap: Roadmap) -> None:
    tasks = by_id(roadmap)
    assert set(tasks) == {"DATA-Customer", "DATA-Order", "REQ-001", "REQ-002", "REQ-003", "REQ-004"}
    assert roadmap.excluded_requirement_ids == ["REQ-005"]  # wont
    assert {t.id: t.phase for t in roadmap.tasks} == {
        "DATA-Customer": "mvp",
        "REQ-001": "mvp",
        "REQ-004": "mvp",
        "DATA-Order": "should",
        "REQ-002": "should",
        "REQ-003": "could",
    }
    assert [p.id for p in roadmap.phases] == ["mvp", "should", "could"]
    assert tasks["REQ-002"].depends_on == ["REQ-001", "DATA-Order", "DATA-Customer"]
    assert tasks["DATA-Order"].depends_on == ["DATA-Customer"]  # Order holds the foreign key
    assert tasks["REQ-004"].function_points == 0 and tasks["REQ-004"].duration_days == 2  # default_task_days
    assert_valid_schedule(roadmap)


def test_task_sizes_follow_the_estimate(roadmap: Roadmap) -> None:
    per_fp = roadmap.inputs.person_days_per_function_point
    est_pm = roadmap.inputs.estimate_basis_effort_pm
    assert per_fp == pytest.approx(est_pm * 152 / 8 / 25)
    tasks = by_id(roadmap)
    assert tasks["DATA-Customer"].function_points == 7
    assert tasks["DATA-Customer"].effort_days == pytest.approx(7 * per_fp, rel=1e-6)
    assert tasks["DATA-Customer"].duration_days == -(-tasks["DATA-Customer"].effort_days // 1)


def test_phase_gates_make_phases_sequential(roadmap: Roadmap) -> None:
    mvp, should, could = roadmap.phases
    assert mvp.finish < should.start and should.finish < could.start
    assert [m.name for m in roadmap.milestones] == ["MVP complete", "Phase 2 complete", "Phase 3 complete"]
    assert roadmap.milestones[0].date == mvp.finish
    assert roadmap.finish == roadmap.milestones[-1].date


def test_without_gates_idle_people_start_later_phases(
    shop_requirements: list[Requirement], shop_design: Design, monday: dt.date
) -> None:
    r = build_roadmap(shop_requirements, shop_design, {"start_date": monday, "team_size": 2, "phase_gates": False})
    gated = build_roadmap(shop_requirements, shop_design, {"start_date": monday, "team_size": 2})
    assert r.working_days <= gated.working_days
    assert by_id(r)["REQ-003"].start < gated.phases[0].finish
    assert_valid_schedule(r)


def test_needed_task_moves_to_the_earlier_phase(monday: dt.date) -> None:
    reqs = [req("R1", "must", ("R2",)), req("R2", "could"), req("R3", "wont"), req("R4", "must", ("R3",))]
    r = build_roadmap(reqs, Design(), {"start_date": monday})
    tasks = by_id(r)
    assert tasks["R2"].phase == "mvp" and tasks["R2"].phase_reason == "needed by R1 (mvp)"
    assert tasks["R3"].phase == "mvp"  # a `wont` that a must depends on is built, with a warning
    assert any("R3 is `wont`" in w for w in r.design_warnings)
    assert r.excluded_requirement_ids == []


def test_calendar_skips_weekends_and_holidays(monday: dt.date) -> None:
    holidays = [dt.date(2025, 1, 8), dt.date(2025, 1, 9)]
    r = build_roadmap(
        [req("R1"), req("R2", depends_on=("R1",))],
        Design(),
        {"start_date": monday, "holidays": holidays, "default_task_days": 3},
    )
    tasks = by_id(r)
    # R1: Mon 6, Tue 7, (Wed 8, Thu 9 holidays) Fri 10. R2: Mon 13 … Wed 15.
    assert (tasks["R1"].start, tasks["R1"].finish) == (dt.date(2025, 1, 6), dt.date(2025, 1, 10))
    assert (tasks["R2"].start, tasks["R2"].finish) == (dt.date(2025, 1, 13), dt.date(2025, 1, 15))
    assert r.working_days == 6


def test_critical_path_on_known_graph(monday: dt.date) -> None:
    # A(3) → B(2) → D(4); A → C(5) → D; E(1) alone. Durations set by edits.
    reqs = [
        req("A"),
        req("B", depends_on=("A",)),
        req("C", depends_on=("A",)),
        req("D", depends_on=("B", "C")),
        req("E"),
    ]
    durations = {"A": 3, "B": 2, "C": 5, "D": 4, "E": 1}
    edits = [{"task_id": k, "duration_days": v} for k, v in durations.items()]
    r = build_roadmap(reqs, Design(), {"start_date": monday, "team_size": 5}, edits=edits)
    assert r.critical_path == ["A", "C", "D"]
    assert r.critical_chain == ["A", "C", "D"]
    assert {t.id: t.total_float_days for t in r.tasks} == {"A": 0, "B": 3, "C": 0, "D": 0, "E": 11}
    assert r.working_days == 12 and r.finish == dt.date(2025, 1, 21)
    assert [t.id for t in r.tasks if t.critical] == ["A", "C", "D"]


def test_requirement_cycle_names_the_requirements(monday: dt.date) -> None:
    reqs = [
        req("REQ-001", depends_on=("REQ-003",)),
        req("REQ-002"),
        req("REQ-003", depends_on=("REQ-004",)),
        req("REQ-004", depends_on=("REQ-001",)),
    ]
    with pytest.raises(DependencyCycleError) as info:
        build_roadmap(reqs, Design(), {"start_date": monday})
    err = info.value
    assert sorted(err.requirement_ids) == ["REQ-001", "REQ-003", "REQ-004"]
    assert err.cycle[0] == err.cycle[-1]
    for rid in ("REQ-001", "REQ-003", "REQ-004"):
        assert rid in str(err)
    assert "REQ-002" not in str(err)
    assert err.loc[0] == "requirements" and err.loc[2] == "depends_on"
    assert err.errors()[0]["type"] == "dependency_cycle"


def test_self_dependency_is_a_cycle(monday: dt.date) -> None:
    with pytest.raises(DependencyCycleError) as info:
        build_roadmap([req("R1", depends_on=("R1",))], Design(), {"start_date": monday})
    assert info.value.cycle == ["R1", "R1"]
    assert info.value.loc == ("requirements", 0, "depends_on", 0)


def test_unknown_dependency_names_the_field(monday: dt.date) -> None:
    with pytest.raises(UnknownReferenceError) as info:
        build_roadmap([req("R1"), req("R2", depends_on=("R1", "R9"))], Design(), {"start_date": monday})
    assert info.value.loc == ("requirements", 1, "depends_on", 1)
    assert "R9" in str(info.value)


def test_reflow_after_duration_edit(roadmap: Roadmap) -> None:
    before = by_id(roadmap)
    longer = before["DATA-Customer"].duration_days + 10
    after_roadmap = reflow_roadmap(roadmap, [{"task_id": "DATA-Customer", "duration_days": longer}])
    after = by_id(after_roadmap)
    assert after["DATA-Customer"].duration_days == longer and after["DATA-Customer"].edited
    assert after["DATA-Customer"].estimated_duration_days == before["DATA-Customer"].estimated_duration_days
    assert after["REQ-001"].start_day == before["REQ-001"].start_day + 10
    assert after_roadmap.finish > roadmap.finish
    assert len(after_roadmap.inputs.edits) == 1
    assert_valid_schedule(after_roadmap)
    # Edits accumulate, and re-flowing the same roadmap twice gives the same result.
    again = reflow_roadmap(after_roadmap, [{"task_id": "REQ-004", "duration_days": 1}])
    assert len(again.inputs.edits) == 2 and by_id(again)["DATA-Customer"].duration_days == longer
    assert reflow_roadmap(roadmap, after_roadmap.inputs.edits).model_dump_json() == after_roadmap.model_dump_json()


def test_reflow_with_extra_dependency_and_pin(roadmap: Roadmap) -> None:
    pinned = dt.date(2025, 6, 2)
    r = reflow_roadmap(
        roadmap,
        [
            {"task_id": "REQ-004", "add_depends_on": ["REQ-001"]},
            {"task_id": "REQ-003", "fixed_start": pinned.isoformat()},
        ],
    )
    tasks = by_id(r)
    assert tasks["REQ-004"].depends_on == ["REQ-001"]
    assert tasks["REQ-004"].start_day >= tasks["REQ-001"].finish_day
    assert tasks["REQ-003"].start == pinned and tasks["REQ-003"].fixed_start == pinned
    assert_valid_schedule(r)
    # Removing the pin and the dependency restores the original schedule.
    restored = reflow_roadmap(
        r,
        [{"task_id": "REQ-004", "remove_depends_on": ["REQ-001"]}, {"task_id": "REQ-003", "fixed_start": None}],
    )
    assert [(t.id, t.start) for t in restored.tasks] == [(t.id, t.start) for t in roadmap.tasks]


def test_pin_that_cannot_hold_is_reported(roadmap: Roadmap) -> None:
    r = reflow_roadmap(roadmap, [{"task_id": "REQ-002", "fixed_start": "2025-01-06"}])
    assert by_id(r)["REQ-002"].start > dt.date(2025, 1, 6)
    assert any("REQ-002: pinned start 2025-01-06 not honoured" in w for w in r.schedule_warnings)


def test_edit_creating_a_cycle_is_refused(roadmap: Roadmap) -> None:
    with pytest.raises(DependencyCycleError) as info:
        reflow_roadmap(roadmap, [{"task_id": "DATA-Customer", "add_depends_on": ["REQ-002"]}])
    assert info.value.loc == ("edits", 0, "add_depends_on", 0)
    assert "REQ-002" in info.value.requirement_ids and "DATA-Customer" in str(info.value)


@pytest.mark.parametrize(
    ("edit", "loc"),
    [
        ({"task_id": "NOPE"}, ("edits", 0, "task_id")),
        ({"task_id": "REQ-001", "add_depends_on": ["REQ-001", "GHOST"]}, ("edits", 0, "add_depends_on", 1)),
        ({"task_id": "REQ-001", "remove_depends_on": ["GHOST"]}, ("edits", 0, "remove_depends_on", 0)),
    ],
)
def test_edit_with_unknown_id_names_the_field(roadmap: Roadmap, edit: dict, loc: tuple) -> None:
    with pytest.raises(UnknownReferenceError) as info:
        reflow_roadmap(roadmap, [edit])
    assert info.value.loc == loc


@pytest.mark.parametrize(
    ("edit", "loc"),
    [
        ({"task_id": "REQ-001", "duration_days": -1}, ("duration_days",)),
        ({"task_id": "REQ-001", "colour": 1}, ("colour",)),
    ],
)
def test_malformed_edit_is_a_validation_error(roadmap: Roadmap, edit: dict, loc: tuple) -> None:
    with pytest.raises(ValidationError) as info:
        reflow_roadmap(roadmap, [edit])
    assert info.value.errors()[0]["loc"] == loc


def test_options_validation(shop_requirements: list[Requirement], shop_design: Design) -> None:
    with pytest.raises(ValidationError) as info:
        build_roadmap(shop_requirements, shop_design, {"start_date": "2025-01-06", "workdays": ["funday"]})
    assert info.value.errors()[0]["loc"][0] == "workdays"
    with pytest.raises(ValidationError):
        build_roadmap(shop_requirements, shop_design, {"team_size": 2})  # start_date is required


def test_reproducible_and_serialisable(
    shop_requirements: list[Requirement], shop_design: Design, monday: dt.date
) -> None:
    est = build_estimate(shop_design, shop_requirements, {"seed": 3})
    a = build_roadmap(shop_requirements, shop_design, {"start_date": monday}, estimate=est)
    b = build_roadmap(shop_requirements, shop_design, {"start_date": monday}, estimate=est)
    assert a.model_dump_json() == b.model_dump_json()
    assert Roadmap.model_validate_json(a.model_dump_json()) == a


def test_gantt_text(roadmap: Roadmap) -> None:
    gantt = roadmap.gantt
    lines = gantt.splitlines()
    assert lines[:3] == ["gantt", "    title Roadmap", "    dateFormat YYYY-MM-DD"]
    assert "    section MVP (must)" in lines and "    section Phase 3 (could)" in lines
    assert sum(":milestone," in line for line in lines) == 3
    task = by_id(roadmap)["DATA-Customer"]
    end = (task.finish + dt.timedelta(days=1)).isoformat()
    assert any(
        line.startswith("    DATA-Customer Data model Customer :") and line.endswith(f"{task.start}, {end}")
        for line in lines
    )
    for line in lines[5:]:
        if not line.lstrip().startswith("section"):
            assert line.count(":") == 1  # labels never contain the separator


def test_mutually_referencing_entities_are_not_a_cycle(monday: dt.date) -> None:
    design = Design.model_validate(
        {
            "entities": [
                {"name": "User", "relations": [{"kind": "many_to_one", "target": "Team"}], "requirement_ids": ["R1"]},
                {"name": "Team", "relations": [{"kind": "many_to_one", "target": "User"}], "requirement_ids": ["R1"]},
            ]
        }
    )
    r = build_roadmap([req("R1")], design, {"start_date": monday})
    tasks = by_id(r)
    assert tasks["DATA-User"].depends_on == [] and tasks["DATA-Team"].depends_on == []
    assert tasks["R1"].depends_on == ["DATA-User", "DATA-Team"]
    assert any("reference each other" in w for w in r.design_warnings)


def test_empty_input_gives_an_empty_roadmap(monday: dt.date) -> None:
    r = build_roadmap([], Design(), {"start_date": monday})
    assert r.tasks == [] and r.phases == [] and r.working_days == 0
    assert r.gantt.startswith("gantt\n")


def test_error_locations_count_the_new_edits_only(roadmap: Roadmap) -> None:
    edited = reflow_roadmap(roadmap, [{"task_id": "REQ-004", "duration_days": 1}, {"task_id": "REQ-001"}])
    with pytest.raises(UnknownReferenceError) as info:
        reflow_roadmap(edited, [{"task_id": "REQ-003", "add_depends_on": ["NOPE"]}])
    assert info.value.loc == ("edits", 0, "add_depends_on", 0)
    with pytest.raises(DependencyCycleError) as cycle:
        reflow_roadmap(edited, [{"task_id": "REQ-001"}, {"task_id": "DATA-Customer", "add_depends_on": ["REQ-001"]}])
    assert cycle.value.loc == ("edits", 1, "add_depends_on", 0)
