"""End-to-end analysis speed on 12 PURE SRS documents, and how time grows from 1x to 10x input.

    python benchmarks/bench_analysis_speed.py [--repeat N]

One core: BLAS and OpenMP pools are pinned to one thread before numpy loads. After one warm-up
run, `--repeat` rounds time every size once each (so a shared machine's drift in speed touches
all sizes alike) and the best time of each size is kept. The growth figure is the median over
rounds of each round's own 10x/1x ratio (paired: both sizes timed minutes apart at most), since the
best-of ratio mixes times taken under different load; the best-of ratio is recorded beside it. Times are the
process's CPU seconds (the machine is shared, so wall time also counts other people's work);
wall seconds are recorded beside them. The k-x input is the
12 documents repeated k times as distinct documents (so duplicate merging is exercised too).
The analysis remembers, for one run, what it learnt about each text it reads (`analysis.memo`):
in the k-x input every statement occurs k times, so the copies would find their answers already
there. The growth figure is therefore measured in a second process with that memory switched off
(the same work for each copy, as for k distinct documents); the ratio with it on is recorded beside.
A worst case is timed too: one run-on "sentence" (no full stop, a pronoun in every clause, as a
PDF without punctuation can give) at 1x and 10x length, whose time must also grow linearly.
Writes benchmarks/results/bench_analysis_speed.json.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import gc  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

if "--growth-without-memo" in sys.argv:
    # The analysis makes its caches as its modules load, with `memo.KEPT` as their size: load that
    # module first, under its own name, with nothing kept; the package then finds it loaded.
    import importlib.util  # noqa: E402

    import autoagi.engine  # noqa: E402

    _name = "autoagi.engine.analysis.memo"
    _spec = importlib.util.spec_from_file_location(_name, Path(autoagi.engine.__file__).parent / "analysis" / "memo.py")
    _memo = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
    sys.modules[_name] = _memo
    _spec.loader.exec_module(_memo)  # type: ignore[union-attr]
    _memo.KEPT = 0

from autoagi.engine.analysis import analyze  # noqa: E402
from autoagi.engine.artifacts import Document  # noqa: E402
from autoagi.engine.ingest import ingest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SCALES = (1, 2, 5, 10)


def datasets_dir() -> Path:
    override = os.environ.get("AUTOAGI_DATASETS")
    return Path(override) if override else Path(__file__).resolve().parents[2] / "shared" / "datasets"


def load_documents() -> list[Document]:
    docs = []
    for path in sorted((datasets_dir() / "pure_subset_text2uml").glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        docs.append(
            Document(
                id=path.stem,
                name=path.name,
                media_type="text/plain",
                sha256=hashlib.sha256(text.encode()).hexdigest(),
                text=text,
            )
        )
    return docs


def scaled(docs: list[Document], k: int) -> list[Document]:
    return [d.model_copy(update={"id": f"{d.id}#{i}"}) for i in range(k) for d in docs]


def best_time(docs: list[Document], repeat: int, warm: bool = True) -> tuple[float, float, int]:
    if warm:
        analyze(docs)  # warm-up: model load, regex compilation
    cpu, wall = [], []
    count = 0
    for _ in range(repeat):
        gc.collect()
        started_cpu, started_wall = time.process_time(), time.perf_counter()
        result = analyze(docs)
        cpu.append(time.process_time() - started_cpu)
        wall.append(time.perf_counter() - started_wall)
        count = len(result.requirements)
        del result
    return min(cpu), min(wall), count


def run_on_statement(clauses: int) -> Document:
    items = " ".join(f"the file{i} and the record{i} when it changes," for i in range(clauses))
    return ingest(f"The system shall store {items} and keep them.".encode(), "run-on.txt")


def run_on_growth(repeat: int) -> dict:
    small, large = run_on_statement(400), run_on_statement(4000)
    small_cpu, _, _ = best_time([small], repeat)
    large_cpu, _, _ = best_time([large], repeat)
    return {
        "chars_1x": len(small.text),
        "seconds_1x": round(small_cpu, 4),
        "seconds_10x": round(large_cpu, 4),
        "time_ratio_10x_over_1x": round(large_cpu / small_cpu, 3),
    }


def paired_growth(docs: list[Document], repeat: int) -> tuple[float, list[float]]:
    """Rounds of (1x, 10x) times; the median of each round's own ratio, and the ratios."""
    small, large = scaled(docs, SCALES[0]), scaled(docs, SCALES[-1])
    analyze(small)  # warm-up: model load, regex compilation
    ratios = sorted(best_time(large, 1, warm=False)[0] / best_time(small, 1, warm=False)[0] for _ in range(repeat))
    return statistics.median(ratios), ratios


def growth_without_memo(repeat: int) -> dict:
    """The 10x/1x ratio measured by this script in a process whose analysis keeps no memory."""
    command = [sys.executable, __file__, "--growth-without-memo", "--repeat", str(repeat)]
    return json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--growth-without-memo", action="store_true", help="print only the growth, as JSON")
    args = parser.parse_args()
    docs = load_documents()
    if args.growth_without_memo:
        median, ratios = paired_growth(docs, args.repeat)
        print(json.dumps({"median": round(median, 3), "rounds": [round(r, 3) for r in ratios]}))
        return
    words = sum(len(re.findall(r"\S+", d.text)) for d in docs)
    rows = []
    inputs = {k: scaled(docs, k) for k in SCALES}
    analyze(docs)  # warm-up: model load, regex compilation
    # rounds over every size, so a machine that slows down or speeds up meanwhile shifts all sizes alike
    timings: dict[int, list[tuple[float, float, int]]] = {k: [] for k in SCALES}
    for _ in range(args.repeat):
        for k in SCALES:
            timings[k].append(best_time(inputs[k], 1, warm=False))
    for k in SCALES:
        seconds = min(t[0] for t in timings[k])
        wall = min(t[1] for t in timings[k])
        requirements = timings[k][0][2]
        rows.append(
            {
                "scale": k,
                "words": words * k,
                "seconds": round(seconds, 4),
                "wall_seconds": round(wall, 4),
                "words_per_second": round(words * k / seconds),
                "requirements": requirements,
            }
        )
        print(
            f"{k:>2}x  {words * k:>7} words  {seconds:7.3f} s  {words * k / seconds:>9.0f} words/s  {requirements} reqs"
        )
    base = rows[0]["seconds"]
    paired = sorted(timings[SCALES[-1]][i][0] / timings[SCALES[0]][i][0] for i in range(args.repeat))
    growth = growth_without_memo(args.repeat)
    run_on = run_on_growth(args.repeat)
    print(
        f"run-on statement: {run_on['chars_1x']} chars {run_on['seconds_1x']:.3f} s, 10x "
        f"{run_on['seconds_10x']:.3f} s (ratio {run_on['time_ratio_10x_over_1x']})"
    )
    result = {
        "documents": len(docs),
        "words_1x": words,
        "threads": 1,
        "runs": rows,
        "words_per_second_1x": rows[0]["words_per_second"],
        "time_ratio_10x_over_1x": growth["median"],
        "time_ratio_10x_over_1x_per_round": growth["rounds"],
        "time_ratio_10x_over_1x_with_memo": round(statistics.median(paired), 3),
        "time_ratio_10x_over_1x_with_memo_per_round": [round(r, 3) for r in paired],
        "time_ratio_10x_over_1x_with_memo_best_times": round(rows[-1]["seconds"] / base, 3),
        "run_on_statement": run_on,
    }
    print(
        f"words/s at 1x: {result['words_per_second_1x']}; 10x/1x time ratio (no memory between copies): "
        f"median of rounds {result['time_ratio_10x_over_1x']} (rounds {result['time_ratio_10x_over_1x_per_round']}); "
        f"with the copies remembered {result['time_ratio_10x_over_1x_with_memo']}"
    )
    out = ROOT / "benchmarks" / "results" / "bench_analysis_speed.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
