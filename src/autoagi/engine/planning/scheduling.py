"""Resource-constrained scheduling of finish-to-start task graphs, in working days.

Pure integer algorithms on task indices, independent of the roadmap models:

- :func:`topological_order`: Kahn's algorithm, O(V + E); on a cycle, :class:`CycleFound` with one
  concrete cycle (found by an iterative depth-first search over the unsorted remainder).
- :func:`schedule`: serial list scheduling (a parallel schedule-generation scheme): an event loop
  over time with a heap of ready tasks ordered by (pinned first, priority class, longest remaining
  path, index) and a heap of running tasks ordered by finish, at most ``capacity`` tasks at once.
  Longest-remaining-path first is the classic critical-path list-scheduling rule. O((V + E) log V).
- CPM forward/backward passes (precedence and release dates only, no resource limit) for early/late
  starts and total float, and the critical path; plus the *critical chain* of the levelled
  schedule: walking back from the last task through whatever made each task start when it did
  (a predecessor finishing, or a team member becoming free).
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass


class CycleFound(Exception):  # noqa: N818 - an internal signal, not a user-facing error
    def __init__(self, cycle: list[int]) -> None:
        super().__init__(cycle)
        self.cycle = cycle


def successors_of(n: int, preds: Sequence[Sequence[int]]) -> list[list[int]]:
    succ: list[list[int]] = [[] for _ in range(n)]
    for i, ps in enumerate(preds):
        for p in ps:
            succ[p].append(i)
    return succ


def topological_order(n: int, preds: Sequence[Sequence[int]], succ: Sequence[Sequence[int]]) -> list[int]:
    indeg = [len(ps) for ps in preds]
    stack = [i for i in range(n - 1, -1, -1) if indeg[i] == 0]
    order: list[int] = []
    while stack:
        i = stack.pop()
        order.append(i)
        for s in succ[i]:
            indeg[s] -= 1
            if indeg[s] == 0:
                stack.append(s)
    if len(order) < n:
        raise CycleFound(_find_cycle(n, preds, {i for i in range(n) if indeg[i] > 0}))
    return order


def _find_cycle(n: int, preds: Sequence[Sequence[int]], remaining: set[int]) -> list[int]:
    """A cycle among ``remaining`` (nodes Kahn could not sort), as ``[a, b, …, a]`` where each depends on the next."""
    state = dict.fromkeys(remaining, 0)  # 0 unseen, 1 on the DFS path, 2 done
    for root in sorted(remaining):
        if state[root]:
            continue
        path = [root]
        iters = [iter(sorted(p for p in preds[root] if p in remaining))]
        state[root] = 1
        while path:
            nxt = next(iters[-1], None)
            if nxt is None:
                state[path.pop()] = 2
                iters.pop()
            elif state[nxt] == 1:
                return path[path.index(nxt) :] + [nxt]
            elif state[nxt] == 0:
                state[nxt] = 1
                path.append(nxt)
                iters.append(iter(sorted(p for p in preds[nxt] if p in remaining)))
    raise AssertionError("no cycle among the unsorted nodes")  # pragma: no cover


@dataclass(frozen=True)
class ScheduleResult:
    start: list[int]
    finish: list[int]
    slot: list[int | None]
    ready: list[int]
    early_start: list[int]
    late_start: list[int]
    total_float: list[int]
    makespan: int
    critical_path: list[int]
    critical_chain: list[int]


def schedule(
    durations: Sequence[int],
    preds: Sequence[Sequence[int]],
    capacity: int,
    release: Sequence[int] | None = None,
    priority_class: Sequence[int] | None = None,
    pinned: Sequence[bool] | None = None,
) -> ScheduleResult:
    """Schedule tasks ``0..n-1`` (``durations[i]`` working days, ``preds[i]`` finish-to-start).

    ``release[i]`` is the earliest day task ``i`` may start (a pinned date); ``priority_class``
    orders competing ready tasks (lower first, e.g. the phase); ``pinned`` tasks go before all others
    when they compete. Zero-duration tasks take no team member. Raises :class:`CycleFound`.
    """
    n = len(durations)
    release = list(release) if release is not None else [0] * n
    priority_class = list(priority_class) if priority_class is not None else [0] * n
    pinned = list(pinned) if pinned is not None else [False] * n
    succ = successors_of(n, preds)
    order = topological_order(n, preds, succ)

    # Longest path from each task to the end, own duration included: the list-scheduling priority.
    tail = [0] * n
    for i in reversed(order):
        tail[i] = durations[i] + max((tail[s] for s in succ[i]), default=0)

    # CPM, precedence and release dates only.
    early_start = [0] * n
    early_finish = [0] * n
    for i in order:
        es = max((early_finish[p] for p in preds[i]), default=0)
        es = max(es, release[i])
        early_start[i] = es
        early_finish[i] = es + durations[i]
    horizon = max(early_finish, default=0)
    late_finish = [horizon] * n
    late_start = [0] * n
    for i in reversed(order):
        lf = min((late_start[s] for s in succ[i]), default=horizon)
        late_finish[i] = lf
        late_start[i] = lf - durations[i]
    total_float = [late_start[i] - early_start[i] for i in range(n)]

    def key(i: int) -> tuple[int, int, int, int]:
        return (0 if pinned[i] else 1, priority_class[i], -tail[i], i)

    start = [0] * n
    finish = [0] * n
    slot: list[int | None] = [None] * n
    previous_on_slot: list[int | None] = [None] * n
    last_on_slot: list[int | None] = [None] * capacity
    ready_day = list(release)
    remaining_preds = [len(ps) for ps in preds]
    pending: list[tuple[int, tuple[int, int, int, int], int]] = []  # (ready day, key, task)
    ready: list[tuple[tuple[int, int, int, int], int]] = []
    running: list[tuple[int, int, int]] = []  # (finish day, slot, task)
    free = list(range(capacity))
    for i in range(n):
        if remaining_preds[i] == 0:
            pending.append((ready_day[i], key(i), i))
    heapq.heapify(pending)

    def complete(i: int, day: int) -> None:
        for s in succ[i]:
            if day > ready_day[s]:
                ready_day[s] = day
            remaining_preds[s] -= 1
            if remaining_preds[s] == 0:
                heapq.heappush(pending, (ready_day[s], key(s), s))

    done = 0
    day = 0
    while done < n:
        while running and running[0][0] <= day:
            _, k, i = heapq.heappop(running)
            heapq.heappush(free, k)
            complete(i, day)
        while pending and pending[0][0] <= day:
            _, _, i = heapq.heappop(pending)
            if durations[i] == 0:
                start[i] = finish[i] = day
                done += 1
                complete(i, day)
            else:
                heapq.heappush(ready, (key(i), i))
        while ready and free:
            _, i = heapq.heappop(ready)
            k = heapq.heappop(free)
            start[i] = day
            finish[i] = day + durations[i]
            slot[i] = k
            previous_on_slot[i] = last_on_slot[k]
            last_on_slot[k] = i
            heapq.heappush(running, (finish[i], k, i))
            done += 1
        if done >= n:
            break
        upcoming = [h[0][0] for h in (running, pending) if h]
        day = min(upcoming)

    makespan = max(finish, default=0)
    return ScheduleResult(
        start=start,
        finish=finish,
        slot=slot,
        ready=ready_day,
        early_start=early_start,
        late_start=late_start,
        total_float=total_float,
        makespan=makespan,
        critical_path=_critical_path(n, preds, early_start, early_finish, total_float, horizon),
        critical_chain=_critical_chain(n, preds, start, finish, ready_day, previous_on_slot),
    )


def _critical_path(
    n: int,
    preds: Sequence[Sequence[int]],
    early_start: list[int],
    early_finish: list[int],
    total_float: list[int],
    horizon: int,
) -> list[int]:
    ends = [i for i in range(n) if early_finish[i] == horizon and total_float[i] == 0]
    if not ends:
        return []
    # Prefer the end task with work in it, then the lowest index, so the path is deterministic.
    current = min(ends, key=lambda i: (early_finish[i] == early_start[i], i))
    path = [current]
    while True:
        driving = [p for p in preds[current] if early_finish[p] == early_start[current] and total_float[p] == 0]
        if not driving:
            break
        current = min(driving)
        path.append(current)
    path.reverse()
    return path


def _critical_chain(
    n: int,
    preds: Sequence[Sequence[int]],
    start: list[int],
    finish: list[int],
    ready_day: list[int],
    previous_on_slot: list[int | None],
) -> list[int]:
    if n == 0:
        return []
    makespan = max(finish)
    current = min(i for i in range(n) if finish[i] == makespan)
    chain = [current]
    while start[current] > 0:
        s = start[current]
        if ready_day[current] < s:
            # Waited for a team member: the task that freed this member drives it.
            prev = previous_on_slot[current]
            if prev is None or finish[prev] != s:
                break
            current = prev
        else:
            # Released by its predecessors; when none finished exactly then, a pinned date did.
            driving = [p for p in preds[current] if finish[p] == s]
            if not driving:
                break
            current = min(driving)
        chain.append(current)
    chain.reverse()
    return chain
