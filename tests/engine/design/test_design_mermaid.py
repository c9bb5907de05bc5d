"""Mermaid diagrams: known headers, balanced and quoted labels, ER relations between declared entities.

The structural checks always run. When a ``node_modules`` folder with ``mermaid`` and ``jsdom`` is
available (``AUTOAGI_MERMAID_NODE_MODULES``, or ``node_modules`` / ``frontend/node_modules`` at the
repository root), the real Mermaid parser checks every diagram too.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from autoagi.engine.artifacts import Requirement
from autoagi.engine.design import design, render_design_markdown

HEADERS = {"container": "flowchart LR", "er": "erDiagram"}
NODE_ID = r"[A-Za-z_][A-Za-z0-9_]*"
QUOTED = r'"[^"\n]*"'
ENTITY_CODE = re.compile(r"#(?:\d+|[a-z]+);")
FLOW_NODE = re.compile(rf"^({NODE_ID})(\(\[{QUOTED}\]\)|\[{QUOTED}\]|\[\({QUOTED}\)\])$")
FLOW_EDGE = re.compile(rf"^({NODE_ID}) -->\|{QUOTED}\| ({NODE_ID})$")
ER_ENTITY = re.compile(rf"^({NODE_ID})\[{QUOTED}\] \{{$")
ER_ATTRIBUTE = re.compile(rf"^[a-z]+ [a-z][a-z0-9_]*( PK| FK| UK)?( {QUOTED})?$")
ER_RELATION = re.compile(rf"^({NODE_ID}) (\|\|--o\{{|\}}o--o\{{) ({NODE_ID}) : {QUOTED}$")
SEQ_PARTICIPANT = re.compile(rf"^(actor|participant) ({NODE_ID}) as [A-Za-z0-9 _.()-]+$")
SEQ_MESSAGE = re.compile(rf"^({NODE_ID})(->>|-->>|-\))({NODE_ID}): (.+)$")
ER_KEYWORDS = {"erdiagram", "style", "classdef", "class", "subgraph", "end", "many", "one", "to"}


def check_common(source: str) -> None:
    assert source.endswith("\n")
    for line in source.splitlines():
        assert "%%" not in line, line  # Mermaid strips directives and comments anywhere
        assert "`" not in line, line  # no markdown strings, no way to close a Markdown fence
        assert line.count('"') % 2 == 0, line
        assert not re.search(r"[\x00-\x08\x0b-\x1f\u202a-\u202e]", line), line
        assert not re.search(r"direction\s+(tb|bt|lr|rl|td)", line, re.I) or line == "flowchart LR", line


def check_flowchart(source: str) -> None:
    lines = [line.strip() for line in source.splitlines()]
    assert lines[0] == "flowchart LR"
    declared, depth = set(), 0
    for line in lines[1:]:
        if line.startswith("subgraph "):
            assert re.match(rf"^subgraph {NODE_ID} \[{QUOTED}\]$", line), line
            depth += 1
        elif line == "end":
            depth -= 1
        elif match := FLOW_NODE.match(line):
            declared.add(match.group(1))
        elif match := FLOW_EDGE.match(line):
            assert {match.group(1), match.group(2)} <= declared, line
        else:
            pytest.fail(f"unexpected flowchart line: {line!r}")
    assert depth == 0


def check_er(source: str) -> set[str]:
    lines = [line.strip() for line in source.splitlines()]
    assert lines[0] == "erDiagram"
    declared: set[str] = set()
    inside = False
    for line in lines[1:]:
        if inside:
            if line == "}":
                inside = False
            else:
                assert ER_ATTRIBUTE.match(line), line
        elif match := ER_ENTITY.match(line):
            assert match.group(1).lower() not in ER_KEYWORDS, line
            declared.add(match.group(1))
            inside = True
        elif match := ER_RELATION.match(line):
            assert {match.group(1), match.group(3)} <= declared, f"relation to an undeclared entity: {line}"
        elif re.match(rf"^{NODE_ID}\[{QUOTED}\]$", line):
            continue
        else:
            pytest.fail(f"unexpected erDiagram line: {line!r}")
    assert not inside
    return declared


def check_sequence(source: str) -> None:
    lines = [line.strip() for line in source.splitlines()]
    assert lines[0] == "sequenceDiagram"
    declared, depth = set(), 0
    for line in lines[1:]:
        if line == "autonumber":
            continue
        if match := SEQ_PARTICIPANT.match(line):
            declared.add(match.group(2))
        elif match := SEQ_MESSAGE.match(line):
            assert {match.group(1), match.group(3)} <= declared, line
            _check_free_text(match.group(4))
        elif line.startswith(("alt ", "else ")):
            depth += line.startswith("alt ")
            _check_free_text(line.split(" ", 1)[1])
        elif line == "end":
            depth -= 1
        else:
            pytest.fail(f"unexpected sequenceDiagram line: {line!r}")
    assert depth == 0


def _check_free_text(text: str) -> None:
    """Sequence text ends at ';' and treats '#' as an entity code: only codes may use them."""
    stripped = ENTITY_CODE.sub("", text)
    assert ";" not in stripped and "#" not in stripped, text
    assert "<" not in text and ">" not in text, text


def check_diagrams(diagrams: dict[str, str]) -> None:
    assert set(HEADERS) <= set(diagrams)
    for name, source in diagrams.items():
        check_common(source)
        if name == "container":
            check_flowchart(source)
        elif name == "er":
            check_er(source)
        else:
            assert re.match(r"^sequence_[a-z0-9_]+$", name), name
            check_sequence(source)


def test_clinic_diagrams_are_structurally_valid(clinic):
    result = design(clinic)
    check_diagrams(result.diagrams)
    assert [name for name in result.diagrams if name.startswith("sequence_")] == [
        "sequence_create_appointment",
        "sequence_create_customer",
        "sequence_create_pet",
        "sequence_reschedule_appointment",
        "sequence_cancel_appointment",
        "sequence_mark_no_show_appointment",
    ]


def test_er_diagram_declares_every_entity_and_cardinality(clinic):
    result = design(clinic)
    declared = check_er(result.diagrams["er"])
    assert declared == {entity.name for entity in result.entities}
    assert "Customer ||--o{ Pet" in result.diagrams["er"]
    assert "uuid customer_id FK" in result.diagrams["er"]
    assert "uuid id PK" in result.diagrams["er"]


def test_container_diagram_shows_roles_layers_and_external_systems(clinic):
    container = design(clinic).diagrams["container"]
    for label in ("Customer", "Receptionist", "Web UI", "REST API", "Relational database", "E-mail service"):
        assert label in container
    assert "web -->" in container and "api -->" in container


def test_sequence_for_an_action_uses_its_endpoint_and_state(clinic):
    sequence = design(clinic).diagrams["sequence_cancel_appointment"]
    assert "web->>api: POST /appointments/{id}/cancel" in sequence
    assert "status = cancelled" in sequence
    assert "actor user as Customer" in sequence


def test_empty_design_still_gives_valid_diagrams():
    check_diagrams(design([]).diagrams)


def test_hostile_names_still_give_valid_diagrams(hostile):
    result = design(hostile)
    check_diagrams(result.diagrams)
    assert "Class_[" in result.diagrams["er"]  # Mermaid reads a bare "Class" as a keyword


_ANY_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=0, max_size=40
) | st.sampled_from(['"', "`", "#", ";", "%%", "<b>", "end", "class", "direction LR", "a|b", "x\ny"])


@settings(
    max_examples=int(os.environ.get("DESIGN_FUZZ_EXAMPLES", "60")),
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(names=st.lists(_ANY_TEXT, min_size=1, max_size=4), actor=_ANY_TEXT)
def test_arbitrary_names_never_break_a_diagram(names, actor):
    statement = f"{actor} can create a {names[0]} with a {names[-1]}. Each {names[0]} has many {names[-1]}."
    requirements = [Requirement(id="R1", title="t", statement=statement, actors=[actor], entities=names)]
    result = design(requirements)
    check_diagrams(result.diagrams)


def test_max_sequence_flows_option(clinic):
    from autoagi.engine.design import DesignOptions

    result = design(clinic, DesignOptions(max_sequence_flows=1))
    assert [name for name in result.diagrams if name.startswith("sequence_")] == ["sequence_create_appointment"]


def test_design_markdown_embeds_every_diagram_in_a_mermaid_fence(clinic):
    result = design(clinic)
    text = render_design_markdown(result)
    assert text.count("```mermaid\n") == len(result.diagrams)
    for source in result.diagrams.values():
        assert f"```mermaid\n{source}```" in text
    for heading in ("## Domain model", "## API endpoints", "## Pages", "## Architecture decisions", "## Traceability"):
        assert heading in text


def _mermaid_modules() -> Path | None:
    root = Path(__file__).resolve().parents[3]
    candidates = [
        os.environ.get("AUTOAGI_MERMAID_NODE_MODULES", ""),
        root / "node_modules",
        root / "frontend" / "node_modules",
    ]
    for candidate in candidates:
        if candidate and (Path(candidate) / "mermaid" / "dist").is_dir() and (Path(candidate) / "jsdom").is_dir():
            return Path(candidate)
    return None


@pytest.mark.skipif(shutil.which("node") is None or _mermaid_modules() is None, reason="mermaid + jsdom not installed")
def test_real_mermaid_parser_accepts_every_diagram(clinic, hostile):
    diagrams = {}
    for label, requirements in (("clinic", clinic), ("hostile", hostile), ("empty", [])):
        for name, source in design(requirements).diagrams.items():
            diagrams[f"{label}/{name}"] = source
    script = Path(__file__).with_name("mermaid_parse.mjs")
    completed = subprocess.run(
        ["node", str(script), str(_mermaid_modules())],
        input=json.dumps(diagrams),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    results = json.loads(completed.stdout)
    failures = {name: outcome for name, outcome in results.items() if not outcome.startswith("ok:")}
    assert not failures
    assert len(results) == len(diagrams)
