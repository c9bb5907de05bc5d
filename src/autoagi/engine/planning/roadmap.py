"""Dependency-aware, resource-levelled roadmap with phases, milestones, critical path and Gantt.

Tasks:

- one *data-model* task per design entity (``DATA-<Entity>``), sized by its ILF function points
  (plus its share of external data it references);
- one *requirement* task per requirement (id = the requirement id), sized by its share of the
  transactional function points (endpoints, counted pages) of the design elements that serve it;
  a requirement no design element sizes (typically a non-functional one) takes
  ``default_task_days``;
- one *design-element* task (``ELEM-001``…) per counted endpoint or page that serves no requirement.

Effort per function point comes from the estimate (``estimate_basis``, P50 by default), converted
to person-days with the estimate's hours per person-month and ``hours_per_day``. Each task is done
by one team member, so its duration in working days is its effort rounded up.

Finish-to-start dependencies: a requirement task follows the tasks of the requirements in its
``depends_on`` and the data-model tasks of the entities it uses; an entity holding a foreign key
(many_to_one, one_to_one, or the far side of one_to_many) follows the entity it references.
Mutually referencing entities are built together (no order among them).

Phases: MVP = every ``must``, then ``should``, then ``could``; ``wont`` is left out unless a
scheduled task depends on it. A task something in an earlier phase needs moves to that phase.

The schedule is computed by :mod:`.scheduling` in working days and mapped to dates with a
:class:`~.workcalendar.WorkCalendar`. User edits (duration, pinned start, extra or removed
dependency) are kept in the roadmap's inputs; :func:`reflow_roadmap` applies more edits and
schedules again.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from autoagi.engine.artifacts import Design, Priority, Requirement

from .errors import DependencyCycleError, PlanningError, UnknownReferenceError
from .estimate import build_estimate
from .function_points import count_function_points, normalise_word
from .models import (
    CountedFunction,
    Estimate,
    Milestone,
    Phase,
    PhaseId,
    Roadmap,
    RoadmapInputs,
    RoadmapOptions,
    Task,
    TaskEdit,
    TaskKind,
)
from .scheduling import CycleFound, schedule, successors_of, topological_order
from .workcalendar import WorkCalendar

ROADMAP_METHOD = (
    "Finish-to-start task graph; resource-levelled list scheduling (one team member per task, "
    "longest-remaining-path priority, phases in order) on a working calendar; "
    "CPM passes for float and the critical path"
)
PHASE_IDS: tuple[PhaseId, ...] = ("mvp", "should", "could")
PHASE_NAMES: dict[str, str] = {"mvp": "MVP (must)", "should": "Phase 2 (should)", "could": "Phase 3 (could)"}
PHASE_PRIORITY: dict[str, Priority] = {"mvp": "must", "should": "should", "could": "could"}
MILESTONE_NAMES: dict[str, str] = {"mvp": "MVP complete", "should": "Phase 2 complete", "could": "Phase 3 complete"}
_RANK: dict[str, int] = {"must": 0, "should": 1, "could": 2, "wont": 2}
_PRIORITY_ORDER: tuple[Priority, ...] = ("must", "should", "could", "wont")


@dataclass
class _Spec:
    """The generated part of a task: what :func:`reflow_roadmap` reads back from a roadmap."""

    id: str
    title: str
    kind: TaskKind
    priority: Priority
    requirement_ids: list[str]
    design_elements: list[str]
    function_points: float
    effort_days: float
    estimated_duration_days: int
    depends_on: list[str] = field(default_factory=list)


def _options(options: RoadmapOptions | Mapping[str, Any]) -> RoadmapOptions:
    return options if isinstance(options, RoadmapOptions) else RoadmapOptions.model_validate(dict(options))


def _edits(edits: Sequence[TaskEdit | Mapping[str, Any]]) -> list[TaskEdit]:
    return [e if isinstance(e, TaskEdit) else TaskEdit.model_validate(dict(e)) for e in edits]


def _duration(effort_days: float) -> int:
    # One person per task, whole working days; the epsilon keeps 3.0000000001 from becoming 4.
    return math.ceil(effort_days - 1e-9) if effort_days > 0 else 0


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-") or "x"


def validate_requirements(requirements: Sequence[Requirement]) -> None:
    """Reject duplicate ids, ``depends_on`` naming no requirement, and dependency cycles."""
    index: dict[str, int] = {}
    for i, req in enumerate(requirements):
        if req.id in index:
            raise PlanningError(f"duplicate requirement id {req.id!r}", ("requirements", i, "id"))
        index[req.id] = i
    preds: list[list[int]] = []
    for i, req in enumerate(requirements):
        ps: list[int] = []
        for j, dep in enumerate(req.depends_on):
            if dep not in index:
                raise UnknownReferenceError(
                    f"{req.id} depends on {dep!r}, which is not a requirement",
                    ("requirements", i, "depends_on", j),
                    dep,
                )
            if index[dep] not in ps:
                ps.append(index[dep])
        preds.append(ps)
    try:
        topological_order(len(requirements), preds, successors_of(len(requirements), preds))
    except CycleFound as found:
        ids = [requirements[k].id for k in found.cycle]
        first = requirements[found.cycle[0]]
        loc = ("requirements", found.cycle[0], "depends_on", first.depends_on.index(ids[1]))
        raise DependencyCycleError(ids, list(dict.fromkeys(ids)), loc) from None


def _generate(
    requirements: Sequence[Requirement],
    design: Design,
    page_counting: str,
    person_days_per_fp: float,
    default_task_days: float,
) -> tuple[list[_Spec], list[str], list[str]]:
    """Task specs in a stable order, the excluded requirement ids, and warnings about the inputs."""
    warnings: list[str] = []
    req_by_id = {r.id: r for r in requirements}
    functions = count_function_points(design, page_counting)

    unknown = sorted({rid for f in functions for rid in f.requirement_ids if rid not in req_by_id})
    if unknown:
        warnings.append(
            f"design elements cite requirement ids that are not among the requirements: {', '.join(unknown)}; "
            "those links are ignored"
        )

    # Entities: task id per design entity, FK dependencies collapsed within mutually referencing groups.
    entity_task: dict[str, str] = {}
    used_ids: set[str] = set(req_by_id)
    entity_specs: list[_Spec] = []
    for entity, function in zip(design.entities, [f for f in functions if f.type == "ILF"], strict=True):
        task_id = base = f"DATA-{_slug(entity.name)}"
        n = 2
        while task_id in used_ids:
            task_id, n = f"{base}-{n}", n + 1
        used_ids.add(task_id)
        entity_task.setdefault(normalise_word(entity.name), task_id)
        entity_specs.append(
            _Spec(
                id=task_id,
                title=f"Data model: {entity.name}",
                kind="data_model",
                priority="must",
                requirement_ids=[r for r in entity.requirement_ids if r in req_by_id],
                design_elements=[function.id],
                function_points=float(function.function_points),
                effort_days=0.0,
                estimated_duration_days=0,
            )
        )
    spec_of_entity: dict[str, _Spec] = {}
    for entity, spec in zip(design.entities, entity_specs, strict=True):
        spec_of_entity.setdefault(normalise_word(entity.name), spec)
    for f in functions:
        if f.type == "EIF":  # external data: its integration work goes to the entities that reference it
            referrers = [spec_of_entity[normalise_word(name)] for name in f.entities]
            for spec in referrers:
                spec.function_points += f.function_points / len(referrers)
                spec.design_elements.append(f.id)

    entity_deps: dict[str, set[str]] = {s.id: set() for s in entity_specs}
    for entity, spec in zip(design.entities, entity_specs, strict=True):
        for relation in entity.relations:
            target = entity_task.get(normalise_word(relation.target))
            if target is None or target == spec.id:
                continue
            if relation.kind in ("many_to_one", "one_to_one"):
                entity_deps[spec.id].add(target)
            elif relation.kind == "one_to_many":
                entity_deps[target].add(spec.id)
    _drop_mutual_references(entity_specs, entity_deps, warnings)
    for spec in entity_specs:
        spec.depends_on = sorted(entity_deps[spec.id])

    # Requirement and unattributed design-element tasks.
    transactional = [f for f in functions if f.type in ("EI", "EO", "EQ")]
    entity_specs_of: dict[str, list[_Spec]] = {}
    for spec in entity_specs:
        for rid in spec.requirement_ids:
            entity_specs_of.setdefault(rid, []).append(spec)
    functions_of: dict[str, list[CountedFunction]] = {}
    for f in transactional:
        for rid in dict.fromkeys(f.requirement_ids):
            functions_of.setdefault(rid, []).append(f)
    req_specs: list[_Spec] = []
    for req in requirements:
        entities: dict[str, None] = {}  # ordered set of data-model task ids
        for name in req.entities:
            task_id = entity_task.get(normalise_word(name))
            if task_id:
                entities[task_id] = None
        for spec in entity_specs_of.get(req.id, []):
            entities[spec.id] = None
        elements = []
        for f in functions_of.get(req.id, []):
            elements.append(f.id)
            for name in f.entities:
                task_id = entity_task.get(normalise_word(name))
                if task_id:
                    entities[task_id] = None
        req_specs.append(
            _Spec(
                id=req.id,
                title=req.title,
                kind="requirement",
                priority=req.priority,
                requirement_ids=[req.id],
                design_elements=elements,
                function_points=0.0,
                effort_days=0.0,
                estimated_duration_days=0,
                depends_on=list(dict.fromkeys(req.depends_on)) + list(entities),
            )
        )
    element_specs: list[_Spec] = []
    for f in transactional:
        if f.counted and not any(rid in req_by_id for rid in f.requirement_ids):
            deps = [entity_task[normalise_word(n)] for n in f.entities if normalise_word(n) in entity_task]
            element_specs.append(
                _Spec(
                    id=f"ELEM-{len(element_specs) + 1:03d}",
                    title=f"Build {f.element}",
                    kind="design_element",
                    priority="must",
                    requirement_ids=[],
                    design_elements=[f.id],
                    function_points=float(f.function_points),
                    effort_days=0.0,
                    estimated_duration_days=0,
                    depends_on=list(dict.fromkeys(deps)),
                )
            )

    specs = entity_specs + req_specs + element_specs
    by_id = {s.id: s for s in specs}

    # What gets built: everything not `wont`, and whatever that needs (possibly a `wont` requirement).
    def wanted(spec: _Spec) -> bool:
        if spec.kind == "requirement":
            return spec.priority != "wont"
        if spec.kind == "data_model" and spec.requirement_ids:
            return any(req_by_id[r].priority != "wont" for r in spec.requirement_ids)
        return True

    included: set[str] = set()
    stack = [s.id for s in specs if wanted(s)]
    while stack:
        task_id = stack.pop()
        if task_id in included:
            continue
        included.add(task_id)
        stack.extend(by_id[task_id].depends_on)
    dependents: dict[str, list[str]] = {}
    for spec in specs:
        if spec.id in included:
            for dep in spec.depends_on:
                dependents.setdefault(dep, []).append(spec.id)
    for spec in req_specs:
        if spec.priority == "wont" and spec.id in included:
            warnings.append(
                f"{spec.id} is `wont` but is scheduled because {', '.join(sorted(dependents.get(spec.id, [])))} "
                "depend(s) on it"
            )
    for spec in entity_specs:
        if spec.id in included and not spec.requirement_ids and spec.id not in dependents:
            warnings.append(f"{spec.id} serves no requirement; it is scheduled in the MVP")
    excluded = [r.id for r in requirements if r.id not in included]

    # Size: a transactional function's points are shared among the scheduled requirements it serves.
    for f in transactional:
        if not f.counted:
            continue
        owners = [r for r in f.requirement_ids if r in included and r in req_by_id]
        for rid in owners:
            by_id[rid].function_points += f.function_points / len(owners)
    # Entities take the priority of the most urgent scheduled requirement they serve.
    for spec in entity_specs:
        served = [req_by_id[r].priority for r in spec.requirement_ids if r in included]
        spec.priority = min(served, key=_PRIORITY_ORDER.index) if served else "must"

    kept = [s for s in specs if s.id in included]
    for spec in kept:
        if spec.function_points > 0:
            spec.effort_days = spec.function_points * person_days_per_fp
        elif spec.kind == "requirement":
            spec.effort_days = default_task_days
        spec.estimated_duration_days = _duration(spec.effort_days)
        spec.depends_on = [d for d in dict.fromkeys(spec.depends_on) if d in included]
    return kept, excluded, warnings


def _drop_mutual_references(specs: list[_Spec], deps: dict[str, set[str]], warnings: list[str]) -> None:
    """Remove dependencies inside strongly connected groups of entities (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    counter = 0
    for root in (s.id for s in specs):
        if root in index:
            continue
        work = [(root, iter(sorted(deps[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(deps[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    members = set(group)
                    for member in group:
                        deps[member] -= members
                    warnings.append(
                        f"entities {', '.join(sorted(group))} reference each other; they are built without "
                        "an order among them"
                    )


def build_roadmap(
    requirements: Sequence[Requirement],
    design: Design,
    options: RoadmapOptions | Mapping[str, Any],
    estimate: Estimate | None = None,
    edits: Sequence[TaskEdit | Mapping[str, Any]] = (),
) -> Roadmap:
    """Plan ``requirements`` and ``design`` into a scheduled roadmap.

    ``estimate`` supplies the effort per function point; without one, :func:`build_estimate` runs
    with default options and the roadmap's team size. Raises :class:`~.errors.PlanningError`
    (``UnknownReferenceError``, ``DependencyCycleError``) naming the offending field, and
    ``pydantic.ValidationError`` for malformed options or edits.
    """
    opts = _options(options)
    task_edits = _edits(edits)
    validate_requirements(requirements)
    if estimate is None:
        estimate = build_estimate(design, requirements, {"team_size": opts.team_size})
    if opts.estimate_basis == "point":
        basis_pm = estimate.point.effort_pm
    else:
        basis_pm = estimate.monte_carlo.effort_pm.at(opts.estimate_basis)
    ufp = estimate.function_points.unadjusted_function_points
    person_days_per_fp = basis_pm * estimate.inputs.hours_per_person_month / opts.hours_per_day / ufp if ufp else 0.0
    specs, excluded, warnings = _generate(
        requirements, design, estimate.inputs.page_counting, person_days_per_fp, opts.default_task_days
    )
    return _plan(specs, opts, task_edits, person_days_per_fp, basis_pm, excluded, warnings)


def reflow_roadmap(
    roadmap: Roadmap,
    edits: Sequence[TaskEdit | Mapping[str, Any]] = (),
    options: RoadmapOptions | Mapping[str, Any] | None = None,
) -> Roadmap:
    """Apply ``edits`` on top of the roadmap's earlier edits (and new ``options``, if given) and re-schedule.

    Needs nothing but the roadmap: each task keeps its generated estimate and dependencies.
    """
    opts = roadmap.inputs.options if options is None else _options(options)
    specs = [
        _Spec(
            id=t.id,
            title=t.title,
            kind=t.kind,
            priority=t.priority,
            requirement_ids=list(t.requirement_ids),
            design_elements=list(t.design_elements),
            function_points=t.function_points,
            effort_days=t.effort_days,
            estimated_duration_days=t.estimated_duration_days,
            depends_on=list(t.generated_depends_on),
        )
        for t in roadmap.tasks
    ]
    return _plan(
        specs,
        opts,
        list(roadmap.inputs.edits) + _edits(edits),
        roadmap.inputs.person_days_per_function_point,
        roadmap.inputs.estimate_basis_effort_pm,
        list(roadmap.excluded_requirement_ids),
        list(roadmap.design_warnings),
        first_new_edit=len(roadmap.inputs.edits),
    )


def _plan(
    specs: list[_Spec],
    opts: RoadmapOptions,
    edits: list[TaskEdit],
    person_days_per_fp: float,
    basis_pm: float,
    excluded: list[str],
    design_warnings: list[str],
    first_new_edit: int = 0,
) -> Roadmap:
    """Apply ``edits`` to ``specs``, phase and schedule them. Error locations count edits from
    ``first_new_edit`` (the caller's list); earlier, already accepted edits are ``inputs.edits``."""

    def edit_loc(k: int, *rest: str | int) -> tuple[str | int, ...]:
        return ("edits", k - first_new_edit, *rest) if k >= first_new_edit else ("inputs", "edits", k, *rest)

    n = len(specs)
    position = {s.id: i for i, s in enumerate(specs)}
    durations = [s.estimated_duration_days for s in specs]
    fixed: list[dt.date | None] = [None] * n
    edited = [False] * n
    deps: list[list[str]] = [list(s.depends_on) for s in specs]
    edge_origin: dict[tuple[str, str], tuple[int, int]] = {}
    for k, edit in enumerate(edits):
        i = position.get(edit.task_id)
        if i is None:
            raise UnknownReferenceError(f"no task {edit.task_id!r}", edit_loc(k, "task_id"), edit.task_id)
        edited[i] = True
        if edit.duration_days is not None:
            durations[i] = edit.duration_days
        if "fixed_start" in edit.model_fields_set:
            fixed[i] = edit.fixed_start
        for field_name in ("add_depends_on", "remove_depends_on"):
            for j, dep in enumerate(getattr(edit, field_name)):
                if dep not in position:
                    raise UnknownReferenceError(f"no task {dep!r}", edit_loc(k, field_name, j), dep)
        for j, dep in enumerate(edit.add_depends_on):
            if dep not in deps[i]:
                deps[i].append(dep)
            edge_origin[(edit.task_id, dep)] = (k, j)
        deps[i] = [d for d in deps[i] if d not in edit.remove_depends_on]
    preds = [[position[d] for d in ds] for ds in deps]

    # Phases: each task's priority phase, moved earlier when a task of an earlier phase needs it.
    succ = successors_of(n, preds)
    try:
        order = topological_order(n, preds, succ)
    except CycleFound as found:
        ids = [specs[k].id for k in found.cycle]
        reqs = list(dict.fromkeys(r for k in found.cycle for r in specs[k].requirement_ids))
        loc: tuple[str | int, ...] = ("edits",)
        for a, b in zip(ids, ids[1:], strict=False):
            if (a, b) in edge_origin:
                k, j = edge_origin[(a, b)]
                loc = edit_loc(k, "add_depends_on", j)
                break
        raise DependencyCycleError(ids, reqs, loc) from None
    rank = [_RANK[s.priority] for s in specs]
    reason = [f"priority {s.priority}" for s in specs]
    for i in reversed(order):
        for s in succ[i]:
            if rank[s] < rank[i]:
                rank[i] = rank[s]
                reason[i] = f"needed by {specs[s].id} ({PHASE_IDS[rank[s]]})"
    for i, spec in enumerate(specs):
        if spec.kind == "data_model" and not spec.requirement_ids and reason[i].startswith("priority"):
            reason[i] = "serves no requirement; built in the MVP"
        elif spec.kind == "design_element" and reason[i].startswith("priority"):
            reason[i] = "design element serving no requirement; built in the MVP"

    calendar = WorkCalendar(opts.start_date, opts.workdays, opts.holidays)
    schedule_warnings: list[str] = []
    release = [0] * n
    for i, date in enumerate(fixed):
        if date is None:
            continue
        release[i] = calendar.day_of(date)
        if date < opts.start_date:
            schedule_warnings.append(f"{specs[i].id}: pinned start {date} is before the roadmap start")
        elif not calendar.is_working_day(date):
            schedule_warnings.append(
                f"{specs[i].id}: pinned start {date} is not a working day; using {calendar.date_of(release[i])}"
            )

    # Phase gates: a zero-duration node after each phase that the next phase's tasks wait for.
    all_preds = [list(p) for p in preds]
    all_durations = list(durations)
    all_release = list(release)
    all_rank = list(rank)
    present = sorted(set(rank))
    if opts.phase_gates:
        for earlier, later in zip(present, present[1:], strict=False):
            gate = len(all_durations)
            all_preds.append([i for i in range(n) if rank[i] == earlier])
            all_durations.append(0)
            all_release.append(0)
            all_rank.append(earlier)
            for i in range(n):
                if rank[i] == later:
                    all_preds[i].append(gate)
    result = schedule(
        all_durations,
        all_preds,
        opts.team_size,
        all_release,
        all_rank,
        [f is not None for f in fixed] + [False] * (len(all_durations) - n),
    )

    for i in range(n):
        if fixed[i] is not None and result.start[i] != release[i]:
            schedule_warnings.append(
                f"{specs[i].id}: pinned start {fixed[i]} not honoured; starts {calendar.date_of(result.start[i])} "
                "(waiting for predecessors or a free team member)"
            )
    chain = [i for i in result.critical_chain if i < n]
    on_chain = set(chain)

    def finish_date(i: int) -> dt.date:
        last = result.finish[i] - 1 if result.finish[i] > result.start[i] else result.start[i]
        return calendar.date_of(last)

    tasks = [
        Task(
            id=spec.id,
            title=spec.title,
            kind=spec.kind,
            priority=spec.priority,
            phase=PHASE_IDS[rank[i]],
            phase_reason=reason[i],
            requirement_ids=spec.requirement_ids,
            design_elements=spec.design_elements,
            function_points=round(spec.function_points, 6),
            effort_days=round(spec.effort_days, 6),
            estimated_duration_days=spec.estimated_duration_days,
            duration_days=durations[i],
            generated_depends_on=spec.depends_on,
            depends_on=deps[i],
            fixed_start=fixed[i],
            edited=edited[i],
            start=calendar.date_of(result.start[i]),
            finish=finish_date(i),
            start_day=result.start[i],
            finish_day=result.finish[i],
            assignee=None if result.slot[i] is None else f"Developer {result.slot[i] + 1}",
            total_float_days=result.total_float[i],
            critical=i in on_chain,
        )
        for i, spec in enumerate(specs)
    ]

    phases: list[Phase] = []
    milestones: list[Milestone] = []
    for r in present:
        members = [i for i in range(n) if rank[i] == r]
        phase_id = PHASE_IDS[r]
        last = max(members, key=lambda i: (result.finish[i], -i))
        phases.append(
            Phase(
                id=phase_id,
                name=PHASE_NAMES[phase_id],
                priority=PHASE_PRIORITY[phase_id],
                task_ids=[specs[i].id for i in members],
                start=calendar.date_of(min(result.start[i] for i in members)),
                finish=finish_date(last),
                effort_days=float(sum(durations[i] for i in members)),
            )
        )
        milestones.append(
            Milestone(
                id=f"M-{phase_id.upper()}",
                name=MILESTONE_NAMES[phase_id],
                phase=phase_id,
                date=finish_date(last),
                day=max(result.finish[i] for i in members),
            )
        )

    makespan = max((result.finish[i] for i in range(n)), default=0)
    effort = float(sum(durations))
    roadmap = Roadmap(
        method=ROADMAP_METHOD,
        inputs=RoadmapInputs(
            options=opts,
            edits=edits,
            person_days_per_function_point=person_days_per_fp,
            estimate_basis_effort_pm=basis_pm,
        ),
        start=calendar.date_of(0),
        finish=calendar.date_of(max(makespan - 1, 0)),
        working_days=makespan,
        effort_days=effort,
        utilisation=effort / (opts.team_size * makespan) if makespan else 0.0,
        tasks=tasks,
        phases=phases,
        milestones=milestones,
        critical_path=[specs[i].id for i in result.critical_path if i < n],
        critical_chain=[specs[i].id for i in chain],
        excluded_requirement_ids=excluded,
        design_warnings=design_warnings,
        schedule_warnings=schedule_warnings,
        assumptions=_assumptions(opts, person_days_per_fp, basis_pm),
        gantt="",
    )
    roadmap.gantt = render_gantt(roadmap)
    return roadmap


def _assumptions(opts: RoadmapOptions, person_days_per_fp: float, basis_pm: float) -> list[str]:
    holidays = f"{len(opts.holidays)} holiday(s)" if opts.holidays else "no holidays"
    return [
        f"Effort per function point: {person_days_per_fp:.3f} person-days (estimate {opts.estimate_basis} effort "
        f"{basis_pm:.2f} person-months at {opts.hours_per_day:g} h/day).",
        f"A requirement no design element sizes takes {opts.default_task_days:g} person-days.",
        "Each task is done by one team member; its duration is its effort rounded up to whole working days.",
        f"Team of {opts.team_size}; working days {', '.join(opts.workdays)}; {holidays}.",
        "Dependencies are finish-to-start. Among ready tasks, pinned tasks go first, then earlier phases, "
        "then the longest remaining path."
        + (" Each phase waits for the previous milestone." if opts.phase_gates else ""),
        "Total float is from the CPM passes (dependencies and pinned dates only); `critical` marks the "
        "critical chain of the levelled schedule (dependencies and team availability).",
    ]


_MERMAID_UNSAFE = re.compile(r"[:;#\n\r]+")


def render_gantt(roadmap: Roadmap) -> str:
    """Mermaid ``gantt`` text: one section per phase, critical-chain tasks marked ``crit``, milestones.

    Bars use explicit start and (exclusive) end dates, so they span calendar days exactly as
    scheduled; no ``excludes`` line, since Mermaid would stretch explicit end dates over it.
    """
    opts = roadmap.inputs.options
    one = dt.timedelta(days=1)
    lines = [
        "gantt",
        f"    title {' '.join(_MERMAID_UNSAFE.sub(' ', opts.title).split())}",
        "    dateFormat YYYY-MM-DD",
        "    axisFormat %Y-%m-%d",
        f"    %% working days {','.join(opts.workdays)}; "
        f"holidays {', '.join(d.isoformat() for d in opts.holidays) or 'none'}",
    ]
    position = {t.id: k for k, t in enumerate(roadmap.tasks, start=1)}
    by_id = {t.id: t for t in roadmap.tasks}
    for phase in roadmap.phases:
        lines.append(f"    section {phase.name}")
        members = sorted((by_id[i] for i in phase.task_ids), key=lambda t: (t.start_day, t.finish_day, t.id))
        for task in members:
            label = " ".join(_MERMAID_UNSAFE.sub(" ", f"{task.id} {task.title}").split())[:80]
            tags = ["crit"] if task.critical else []
            if task.duration_days == 0:
                tags.append("milestone")
                when = f"{task.start.isoformat()}, 0d"
            else:
                when = f"{task.start.isoformat()}, {(task.finish + one).isoformat()}"
            lines.append(f"    {label} :{', '.join([*tags, f't{position[task.id]}'])}, {when}")
        milestone = next(m for m in roadmap.milestones if m.phase == phase.id)
        lines.append(
            f"    {milestone.name} :milestone, {milestone.id.lower().replace('-', '_')}, "
            f"{(milestone.date + one).isoformat()}, 0d"
        )
    return "\n".join(lines) + "\n"
