"""Unclear pronouns: the lint rule against the ReqEval anaphoric-ambiguity gold (NLP4RE'21).

    python benchmarks/bench_pronouns.py

Each row of `ambiguity_reqeval/{training,test}.tsv` is one pronoun in one requirement sentence,
judged NOCUOUS (a reader cannot tell what it refers to) or INNOCUOUS. The rule
(`autoagi.engine.analysis.lint.wording.unclear_pronouns`) flags the pronoun or not; a flag on
that exact pronoun counts as "ambiguous". Pronouns the rule does not consider ("we", "he", ...)
count as not flagged. The rule was written from English grammar (agreement in number, persons
are not "it"), not fitted to these sentences; both files are reported, the test file (other
domains) being the fair figure. Writes benchmarks/results/bench_pronouns.json.
"""

from __future__ import annotations

import csv
import json
import os
import re
import time
from pathlib import Path

from autoagi.engine.analysis.lint.wording import unclear_pronouns

ROOT = Path(__file__).resolve().parents[1]
_TAG = re.compile(r"<referential>(?P<p>.*?)</referential>")


def datasets_dir() -> Path:
    override = os.environ.get("AUTOAGI_DATASETS")
    return Path(override) if override else Path(__file__).resolve().parents[2] / "shared" / "datasets"


def rows(path: Path) -> list[tuple[str, int, int, bool]]:
    """(sentence, pronoun start, pronoun end, ambiguous) per row."""
    out = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            tagged = row["Sentence"]
            match = _TAG.search(tagged)
            if match is None:
                continue
            sentence = _TAG.sub(lambda m: m.group("p"), tagged)
            start = match.start()
            out.append((sentence, start, start + len(match.group("p")), row["Detected as"].strip() == "NOCUOUS"))
    return out


def score(data: list[tuple[str, int, int, bool]]) -> dict:
    tp = fp = fn = tn = 0
    for sentence, start, end, ambiguous in data:
        flagged = any(f.start == start and f.end == end for f in unclear_pronouns(sentence))
        tp += flagged and ambiguous
        fp += flagged and not ambiguous
        fn += not flagged and ambiguous
        tn += not flagged and not ambiguous
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "rows": len(data),
        "nocuous": tp + fn,
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
        "accuracy": round((tp + tn) / len(data), 3) if data else 0.0,
        "confusion": {"tp": tp, "fp": fp, "fn": fn, "tn": tn},
        # always answering "ambiguous": the floor any rule has to beat on F1
        "always_ambiguous_f1": round(2 * (tp + fn) / (len(data) + tp + fn), 3) if data else 0.0,
    }


def main() -> None:
    folder = datasets_dir() / "ambiguity_reqeval"
    started = time.perf_counter()
    results = {name: score(rows(folder / f"{name}.tsv")) for name in ("training", "test")}
    report = {
        "benchmark": "unclear-pronoun rule vs ReqEval NOCUOUS/INNOCUOUS (per pronoun occurrence)",
        "command": "python benchmarks/bench_pronouns.py",
        **results,
        "seconds": round(time.perf_counter() - started, 3),
    }
    for name, r in results.items():
        print(
            f"{name:9} {r['rows']:4} pronouns ({r['nocuous']} ambiguous)  precision {r['precision']:.3f}  "
            f"recall {r['recall']:.3f}  F1 {r['f1']:.3f}  accuracy {r['accuracy']:.3f}  "
            f"(always 'ambiguous': F1 {r['always_ambiguous_f1']:.3f})"
        )
    out = ROOT / "benchmarks" / "results" / "bench_pronouns.json"
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
