"""Persona / action / entity extraction from user stories against the ace-design/nlp-stories gold.

    python benchmarks/bench_user_stories.py

Gold: doccano annotations of 22 Dalpiaz backlogs (user_stories_dalpiaz22/annotated/*.jsonl).
Predictions: `autoagi.engine.analysis.user_story.parse_user_story`, the parser `analyze` uses.
Strict = identical span; relaxed = spans overlapping by at least half of their union (characters).
Also reports how many raw stories `analyze` turns into requirements.
Writes benchmarks/results/bench_user_stories.json.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.user_story import parse_user_story
from autoagi.engine.artifacts import Document

ROOT = Path(__file__).resolve().parents[1]
LABELS = ("Persona", "Action", "Entity")


def datasets_dir() -> Path:
    override = os.environ.get("AUTOAGI_DATASETS")
    return Path(override) if override else Path(__file__).resolve().parents[2] / "shared" / "datasets"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end


def _relaxed(a: tuple[int, int], b: tuple[int, int]) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter > 0 and inter / union >= 0.5


def _match(pred: list[tuple[int, int]], gold: list[tuple[int, int]], same) -> int:
    """Greedy one-to-one matching; returns the number of matched pairs."""
    used: set[int] = set()
    hits = 0
    for p in pred:
        for j, g in enumerate(gold):
            if j not in used and same(p, g):
                used.add(j)
                hits += 1
                break
    return hits


def main() -> None:
    folder = datasets_dir() / "user_stories_dalpiaz22"
    counts = {label: {"pred": 0, "gold": 0, "strict": 0, "relaxed": 0} for label in LABELS}
    stories = parsed = 0
    started = time.perf_counter()
    for path in sorted((folder / "annotated").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            text = item["text"]
            stories += 1
            gold = {label: [] for label in LABELS}
            for ent in item["entities"]:
                if ent["label"] in gold:
                    gold[ent["label"]].append(_trim(text, ent["start_offset"], ent["end_offset"]))
            spans = parse_user_story(text)
            pred = {label: [] for label in LABELS}
            if spans is not None:
                parsed += 1
                pred["Persona"] = [_trim(text, *spans.persona)]
                pred["Action"] = [_trim(text, *s) for s in spans.actions]
                pred["Entity"] = [_trim(text, *s) for s in spans.entities]
            for label in LABELS:
                c = counts[label]
                c["pred"] += len(pred[label])
                c["gold"] += len(gold[label])
                c["strict"] += _match(pred[label], gold[label], lambda a, b: a == b)
                c["relaxed"] += _match(pred[label], gold[label], _relaxed)
    parse_seconds = time.perf_counter() - started

    raw_stories = detected = 0
    for path in sorted((folder / "raw").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        raw_stories += sum(1 for line in text.splitlines() if line.strip())
        doc = Document(
            id=path.stem,
            name=path.name,
            media_type="text/plain",
            sha256=hashlib.sha256(text.encode()).hexdigest(),
            text=text,
        )
        result = analyze([doc])
        detected += sum(len(r.sources) for r in result.requirements)

    def prf(c: dict, key: str) -> dict:
        p = c[key] / c["pred"] if c["pred"] else 0.0
        r = c[key] / c["gold"] if c["gold"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}

    result = {
        "dataset": "Dalpiaz user-story backlogs (22) with ace-design/nlp-stories gold annotations",
        "stories_annotated": stories,
        "stories_parsed": parsed,
        "strict": {label: prf(counts[label], "strict") for label in LABELS},
        "relaxed": {label: prf(counts[label], "relaxed") for label in LABELS},
        "counts": counts,
        "analyze_detection": {"raw_story_lines": raw_stories, "requirement_sources": detected},
        "parse_seconds": round(parse_seconds, 3),
    }
    out = ROOT / "benchmarks" / "results" / "bench_user_stories.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: result[k] for k in ("stories_parsed", "strict", "relaxed", "analyze_detection")}, indent=2))


if __name__ == "__main__":
    main()
