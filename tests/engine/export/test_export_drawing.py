"""The PDF's drawing helpers: Mermaid parsing and layout, the ER grid, chart scales, RTL and glyphs."""

from __future__ import annotations

from autoagi.engine.artifacts import Design, Entity, Field_, Relation
from autoagi.engine.export.pdf.bidi import visual_order
from autoagi.engine.export.pdf.charts.scale import compact, nice_ticks
from autoagi.engine.export.pdf.diagrams.er import er_drawings
from autoagi.engine.export.pdf.diagrams.flowchart import _layers, flowchart_drawing, parse_flowchart
from autoagi.engine.export.pdf.diagrams.geometry import Box, fit_text
from autoagi.engine.export.pdf.diagrams.mermaid_text import decode_label, diagram_kind
from autoagi.engine.export.pdf.diagrams.sequence import parse_sequence, sequence_drawing
from autoagi.engine.export.pdf.fonts import STANDARD, report_fonts

CONTAINER = """flowchart LR
    role_1(["Owner"])
    subgraph app ["Application"]
        web["Web UI: #quot;responsive#quot; pages"]
        api["REST API"]
        db[("Relational database")]
    end
    ext_1["SMS gateway (external)"]
    role_1 -->|"uses"| web
    web -->|"HTTPS, JSON"| api
    api -->|"SQL"| db
    api -.->|"sends SMS"| ext_1
"""

SEQUENCE = """sequenceDiagram
    autonumber
    actor user as Owner
    participant web as Web UI
    participant api as REST API
    user->>web: Fill in the form
    web->>api: POST /pets
    api->>api: Validate the fields
    alt invalid input
        api-->>web: 422 with the errors
    else valid input
        api-->>web: 201 Created
    end
    Note over web,api: #quot;quoted#quot; note
"""


def test_flowchart_nodes_edges_and_subgraphs_are_read() -> None:
    chart = parse_flowchart(CONTAINER)
    assert chart.direction == "LR"
    assert chart.nodes["web"].label == 'Web UI: "responsive" pages'
    assert chart.nodes["db"].shape == "cylinder" and chart.nodes["role_1"].shape == "stadium"
    assert [(e.source, e.target, e.label) for e in chart.edges][:2] == [
        ("role_1", "web", "uses"),
        ("web", "api", "HTTPS, JSON"),
    ]
    assert chart.edges[-1].dashed
    assert chart.subgraphs == [("Application", ["web", "api", "db"])]
    assert _layers(chart) == {"role_1": 0, "web": 1, "api": 2, "db": 3, "ext_1": 3}


def test_flowchart_chains_cycles_and_top_down() -> None:
    chart = parse_flowchart("graph TD\n  a --> b --> c\n  c --> a\n")
    assert [(e.source, e.target) for e in chart.edges] == [("a", "b"), ("b", "c"), ("c", "a")]
    assert _layers(chart) == {"a": 0, "b": 1, "c": 2}  # the edge closing the cycle is ignored
    assert flowchart_drawing("graph TD\n  a --> b --> c\n  c --> a\n", 400, report_fonts()) is not None


def test_unsupported_mermaid_gives_none() -> None:
    fonts = report_fonts()
    assert flowchart_drawing("flowchart LR\n    a -->", 400, fonts) is None
    assert flowchart_drawing("pie title Pets", 400, fonts) is None
    assert sequence_drawing("sequenceDiagram\n    alt never closed\n", 400, fonts) is None
    assert diagram_kind("%% comment\nerDiagram\n") == "er" and diagram_kind("") is None


def test_sequence_messages_frames_and_notes_are_read() -> None:
    sequence = parse_sequence(SEQUENCE)
    assert sequence.numbered and list(sequence.participants.values()) == ["Owner", "Web UI", "REST API"]
    kinds = [step.kind for step in sequence.steps]
    assert kinds == [
        "message",
        "message",
        "message",
        "frame_start",
        "message",
        "frame_split",
        "message",
        "frame_end",
        "note",
    ]
    assert sequence.steps[4].dashed and not sequence.steps[0].dashed
    assert sequence.steps[-1].text == '"quoted" note'
    drawing = sequence_drawing(SEQUENCE, 480, report_fonts())
    assert drawing is not None and drawing.height > 100


def test_mermaid_codes_decode() -> None:
    assert decode_label('"a #quot;b#quot; #35;1 #lt;x#gt; #59;"') == 'a "b" #1 <x> ;'
    assert decode_label("#bogus;") == "#bogus;"


def test_er_drawings_split_and_keep_related_entities_together() -> None:
    entities = [
        Entity(
            name=f"E{i}",
            fields=[Field_(name=f"f{k}", type="string") for k in range(i % 14)],
            relations=[Relation(kind="many_to_one", target=f"E{i - 1}")] if i else [],
        )
        for i in range(20)
    ]
    drawings = er_drawings(Design(entities=entities), 480, report_fonts())
    assert len(drawings) == 3
    assert all(drawing.width == 480 for drawing in drawings)


def test_box_borders_and_text_fitting() -> None:
    box = Box(0, 0, 100, 20)
    assert box.border_towards(200, 10) == (100, 10)
    assert box.border_towards(50, 100) == (50, 20)
    fitted = fit_text("a very long label " * 10, "Helvetica", 8, 60)
    assert fitted.endswith("…") and len(fitted) < 40


def test_nice_ticks_and_compact_labels() -> None:
    assert nice_ticks(0, 97) == [0, 20, 40, 60, 80, 100]
    assert nice_ticks(-380_000, 90_000)[0] <= -380_000 and nice_ticks(-380_000, 90_000)[-1] >= 90_000
    assert nice_ticks(5, 5) == [5, 6, 7, 8, 9, 10]
    assert [compact(v) for v in (12, 12_500, -3_400_000, 2e9, 0.5)] == ["12", "12.5k", "-3.4M", "2B", "0.5"]


def test_right_to_left_runs_are_reversed_for_drawing() -> None:
    assert visual_order("plain text") == "plain text"
    assert visual_order("hi שלום עולם!") == "hi םלוע םולש!"
    assert visual_order("מחיר 120 ש״ח") == "ח״ש 120 ריחמ"  # numbers keep their digit order
    assert visual_order("(שלום) x") == "(םולש) x"  # neutrals outside a run keep their place


def test_characters_without_a_glyph_are_named_or_marked() -> None:
    assert STANDARD.printable("Café") == "Café"
    assert STANDARD.printable("Ω🚀東\ufe0f") == "?[rocket]?"  # the variation selector just goes
    fonts = report_fonts()
    if fonts.source.startswith("DejaVu"):
        assert fonts.printable("Ωmega Привет שלום") == "Ωmega Привет שלום"
        assert fonts.printable("東京 ✅") == "□□ [white heavy check mark]"
