"""Planning benchmarks (issue 5): roadmap scheduling, estimate Monte Carlo, IRR/NPV agreement.

Run from the repository root:  python benchmarks/bench_planning.py
Prints the figures and writes benchmarks/results/planning.json.

- roadmap: 2,000 tasks with ≥ 5,000 finish-to-start dependencies (200 entities, 1,800
  requirements), build and re-flow after an edit; target ≤ 1 s.
- estimate: Monte Carlo with 10,000 samples; target ≤ 0.5 s.
- IRR/NPV: 10,000 random cash-flow series against numpy-financial 1.0.0; target agreement 1e-9.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import numpy_financial as npf

from autoagi.engine.artifacts import Design, Endpoint, Entity, Field_, Relation, Requirement
from autoagi.engine.planning import (
    build_estimate,
    build_roadmap,
    internal_rate_of_return,
    net_present_value,
    reflow_roadmap,
)
from autoagi.engine.planning.scheduling import schedule

RESULTS = Path(__file__).resolve().parent / "results" / "planning.json"
REPEATS = 5


def timed(fn, repeats: int = REPEATS) -> tuple[object, list[float]]:
    times, result = [], None
    for _ in range(repeats):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return result, times


def summary(times: list[float]) -> dict[str, float]:
    return {"best_s": round(min(times), 4), "median_s": round(statistics.median(times), 4)}


def synthetic_project(entities: int, requirements: int, target_deps: int, seed: int = 1):
    rng = random.Random(seed)
    ents = [
        Entity(
            name=f"Entity{i}",
            fields=[Field_(name=f"f{k}", type="string") for k in range(rng.randint(2, 30))],
            relations=[Relation(kind="many_to_one", target=f"Entity{rng.randrange(i)}")] if i else [],
        )
        for i in range(entities)
    ]
    priorities = ["must", "should", "could"]
    reqs = [
        Requirement(id=f"REQ-{i:04d}", title=f"Requirement {i}", statement="s", priority=rng.choice(priorities))
        for i in range(requirements)
    ]
    endpoints = [
        Endpoint(
            method=rng.choice(["GET", "POST", "PATCH"]),
            path=f"/api/v1/entity{rng.randrange(entities)}s",
            summary="",
            requirement_ids=[r.id],
        )
        for r in reqs
    ]
    design = Design(entities=ents, endpoints=endpoints)
    # Count the dependencies the design implies, then add requirement-level ones up to the target.
    base = build_roadmap(reqs, design, {"start_date": dt.date(2025, 1, 6)})
    missing = target_deps - sum(len(t.depends_on) for t in base.tasks)
    edges: set[tuple[int, int]] = set()
    while len(edges) < missing:
        a, b = sorted(rng.sample(range(requirements), 2))
        edges.add((b, a))  # later requirement depends on an earlier one: acyclic
    depends: dict[int, list[str]] = {}
    for b, a in sorted(edges):
        depends.setdefault(b, []).append(reqs[a].id)
    reqs = [r.model_copy(update={"depends_on": depends.get(i, [])}) for i, r in enumerate(reqs)]
    return reqs, design


def bench_roadmap() -> dict:
    reqs, design = synthetic_project(200, 1800, 5000)
    estimate = build_estimate(design, reqs)
    options = {"start_date": dt.date(2025, 1, 6), "team_size": 8, "holidays": [dt.date(2025, 12, 25)]}
    roadmap, build_times = timed(lambda: build_roadmap(reqs, design, options, estimate=estimate))
    tasks = len(roadmap.tasks)
    deps = sum(len(t.depends_on) for t in roadmap.tasks)
    edit = [{"task_id": roadmap.tasks[0].id, "duration_days": roadmap.tasks[0].duration_days + 5}]
    _, reflow_times = timed(lambda: reflow_roadmap(roadmap, edit))

    position = {t.id: i for i, t in enumerate(roadmap.tasks)}
    durations = [t.duration_days for t in roadmap.tasks]
    preds = [[position[d] for d in t.depends_on] for t in roadmap.tasks]
    _, core_times = timed(lambda: schedule(durations, preds, 8))
    _, full_times = timed(lambda: build_roadmap(reqs, design, options), repeats=3)
    return {
        "tasks": tasks,
        "dependencies": deps,
        "team_size": 8,
        "working_days": roadmap.working_days,
        "critical_path_length": len(roadmap.critical_path),
        "build_with_estimate_given": summary(build_times),
        "reflow_after_edit": summary(reflow_times),
        "scheduling_core_only": summary(core_times),
        "build_including_estimate": summary(full_times),
        "target_s": 1.0,
        "meets_target": min(build_times) <= 1.0 and min(reflow_times) <= 1.0,
    }


def bench_estimate() -> dict:
    reqs, design = synthetic_project(50, 250, 0, seed=2)
    estimate, times = timed(lambda: build_estimate(design, reqs, {"samples": 10_000, "seed": 42}))
    same = build_estimate(design, reqs, {"samples": 10_000, "seed": 42})
    return {
        "samples": 10_000,
        "design": {"entities": 50, "endpoints": 250},
        "unadjusted_function_points": estimate.function_points.unadjusted_function_points,
        "effort_pm_p10_p50_p90": [
            round(estimate.monte_carlo.effort_pm.p10, 2),
            round(estimate.monte_carlo.effort_pm.p50, 2),
            round(estimate.monte_carlo.effort_pm.p90, 2),
        ],
        "reproducible_with_seed": same.model_dump_json() == estimate.model_dump_json(),
        "build_estimate": summary(times),
        "target_s": 0.5,
        "meets_target": min(times) <= 0.5,
    }


def bench_irr_npv(series: int = 10_000, seed: int = 7) -> dict:
    rng = np.random.default_rng(seed)
    irr_abs = irr_rel = npv_abs = npv_rel = 0.0
    ours_time = theirs_time = 0.0
    for _ in range(series):
        n = int(rng.integers(2, 121))
        flows = np.round(rng.uniform(0, 1e5, n) * (rng.random(n) < 0.8), 2)
        flows[0] = -round(float(rng.uniform(1e3, 1e6)), 2)
        if not flows[1:].any():
            flows[-1] = 1.0
        rate = float(rng.uniform(-0.02, 0.1))

        t0 = time.perf_counter()
        ours = internal_rate_of_return(flows).rate
        our_npv = net_present_value(rate, flows)
        t1 = time.perf_counter()
        theirs = float(npf.irr(flows))
        their_npv = float(npf.npv(rate, flows))
        t2 = time.perf_counter()
        ours_time += t1 - t0
        theirs_time += t2 - t1

        error = abs(ours - theirs)
        irr_abs = max(irr_abs, error)
        irr_rel = max(irr_rel, error / max(1.0, abs(theirs)))
        error = abs(our_npv - their_npv)
        npv_abs = max(npv_abs, error)
        npv_rel = max(npv_rel, error / max(1.0, float(np.abs(flows).sum())))
    return {
        "series": series,
        "lengths": "2–120 months, an investment then returns (one sign change), 20 % zero months",
        "irr_max_abs_error": irr_abs,
        "irr_max_error_relative_to_max_1_rate": irr_rel,
        "npv_max_abs_error": npv_abs,
        "npv_max_error_relative_to_sum_abs_flows": npv_rel,
        "ours_total_s": round(ours_time, 3),
        "numpy_financial_total_s": round(theirs_time, 3),
        "target": 1e-9,
        "meets_target": irr_rel <= 1e-9 and npv_rel <= 1e-9,
    }


def main() -> None:
    results = {
        "environment": {
            "python": sys.version.split()[0],
            "numpy": np.__version__,
            "numpy_financial": npf.__version__ if hasattr(npf, "__version__") else "1.0.0",
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
        },
        "roadmap": bench_roadmap(),
        "estimate_monte_carlo": bench_estimate(),
        "irr_npv_agreement": bench_irr_npv(),
    }
    r, e, f = results["roadmap"], results["estimate_monte_carlo"], results["irr_npv_agreement"]
    print(f"roadmap: {r['tasks']} tasks, {r['dependencies']} dependencies")
    print(
        f"  build (estimate given)  best {r['build_with_estimate_given']['best_s']:.3f} s "
        f"median {r['build_with_estimate_given']['median_s']:.3f} s  (target ≤ 1 s)"
    )
    print(
        f"  re-flow after an edit   best {r['reflow_after_edit']['best_s']:.3f} s "
        f"median {r['reflow_after_edit']['median_s']:.3f} s"
    )
    print(f"  scheduling core only    best {r['scheduling_core_only']['best_s']:.3f} s")
    print(f"  build incl. estimate    best {r['build_including_estimate']['best_s']:.3f} s")
    print(
        f"estimate: {e['samples']} samples, {e['unadjusted_function_points']} UFP  "
        f"best {e['build_estimate']['best_s']:.3f} s median {e['build_estimate']['median_s']:.3f} s "
        f"(target ≤ 0.5 s), reproducible: {e['reproducible_with_seed']}"
    )
    print(
        f"IRR/NPV vs numpy-financial on {f['series']} series: IRR max abs error {f['irr_max_abs_error']:.2e}, "
        f"NPV max abs error {f['npv_max_abs_error']:.2e} (relative {f['npv_max_error_relative_to_sum_abs_flows']:.2e})"
    )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    print(f"wrote {RESULTS.relative_to(Path.cwd()) if RESULTS.is_relative_to(Path.cwd()) else RESULTS}")


if __name__ == "__main__":
    main()
