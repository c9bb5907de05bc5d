"""Scheduling core: CPM on a known graph, resource levelling, release dates, cycles."""

from __future__ import annotations

import random

import pytest

from autoagi.engine.planning.scheduling import CycleFound, schedule

# A(3) → B(2) → D(4);  A → C(5) → D;  E(1) on its own.
A, B, C, D, E = range(5)
DURATIONS = [3, 2, 5, 4, 1]
PREDS = [[], [A], [A], [B, C], []]


def test_cpm_on_known_graph() -> None:
    r = schedule(DURATIONS, PREDS, capacity=5)
    assert r.early_start == [0, 3, 3, 8, 0]
    assert r.makespan == 12
    assert r.critical_path == [A, C, D]
    assert r.total_float == [0, 3, 0, 0, 11]
    assert r.late_start == [0, 6, 3, 8, 11]
    # Unlimited team: the levelled schedule is the early schedule and the chain is the critical path.
    assert r.start == r.early_start
    assert r.critical_chain == [A, C, D]


def test_one_person_runs_everything_in_sequence() -> None:
    r = schedule(DURATIONS, PREDS, capacity=1)
    assert r.makespan == sum(DURATIONS)
    intervals = sorted((r.start[i], r.finish[i]) for i in range(5))
    assert all(a[1] <= b[0] for a, b in zip(intervals, intervals[1:], strict=False))
    # Longest remaining path first: A (path 12) before E (path 1), and C (9) before B (6).
    assert r.start[A] == 0 and r.start[C] < r.start[B] and r.start[E] == 14
    assert r.critical_chain[-1] == E and r.critical_chain[0] == A


def test_two_people_level_resources() -> None:
    r = schedule(DURATIONS, PREDS, capacity=2)
    assert r.start == [0, 3, 3, 8, 0]  # E fits beside A; B and C run together
    assert r.makespan == 12


def test_priority_class_orders_competing_tasks() -> None:
    # Two independent tasks, one person: the lower class goes first even though it is shorter.
    r = schedule([1, 5], [[], []], capacity=1, priority_class=[0, 1])
    assert r.start == [0, 1]


def test_release_dates_and_pins() -> None:
    r = schedule([2, 2], [[], []], capacity=1, release=[0, 1], pinned=[False, True])
    # Task 0 starts at 0 (task 1 not released yet) and holds the only person until day 2.
    assert r.start == [0, 2]
    r = schedule([2, 2, 3], [[], [], []], capacity=1, release=[0, 0, 0], pinned=[False, False, True])
    assert r.start[2] == 0


def test_zero_duration_tasks_use_no_one() -> None:
    r = schedule([2, 0, 2], [[], [0], [1]], capacity=1)
    assert (r.start[1], r.finish[1], r.slot[1]) == (2, 2, None)
    assert r.start[2] == 2


def test_cycle_is_reported_with_its_members() -> None:
    with pytest.raises(CycleFound) as info:
        schedule([1, 1, 1, 1], [[3], [0], [1], [2]], capacity=1)
    cycle = info.value.cycle
    assert cycle[0] == cycle[-1] and sorted(cycle[:-1]) == [0, 1, 2, 3]


def test_random_graphs_respect_every_constraint() -> None:
    rng = random.Random(3)
    for _ in range(30):
        n = rng.randint(1, 60)
        durations = [rng.randint(0, 6) for _ in range(n)]
        preds = [rng.sample(range(i), min(i, rng.randint(0, 3))) for i in range(n)]
        capacity = rng.randint(1, 4)
        release = [rng.choice([0, 0, 0, rng.randint(0, 20)]) for _ in range(n)]
        r = schedule(durations, preds, capacity, release)
        for i in range(n):
            assert r.start[i] >= release[i]
            assert all(r.start[i] >= r.finish[p] for p in preds[i])
            assert r.early_start[i] <= r.start[i] and r.total_float[i] >= 0
        busy = [i for i in range(n) if durations[i] > 0]
        for day in range(r.makespan):
            assert sum(r.start[i] <= day < r.finish[i] for i in busy) <= capacity
        if n and max(r.finish) > 0:
            assert r.finish[r.critical_chain[-1]] == r.makespan
