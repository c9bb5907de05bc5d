"""Mermaid flowcharts (``flowchart LR`` / ``graph TD``) parsed and drawn with a layered layout.

Covers what the design engine writes (nodes with shapes and quoted labels, labelled edges,
subgraphs) plus plain ``A --> B`` chains. Anything it does not understand makes it give up
(``None``), and the report prints the Mermaid source instead.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from reportlab.graphics.shapes import Drawing, Ellipse, Group, Rect, String
from reportlab.lib import colors

from ..fonts import FontSet
from .geometry import LINE, Box, arrow, fit_text, label, wrap_text
from .mermaid_text import decode_label, meaningful_lines

_SHAPES = {
    "([": "stadium",
    "[(": "cylinder",
    "((": "circle",
    "[[": "subroutine",
    "[": "box",
    "(": "round",
    "{": "diamond",
}
_CLOSERS = {"([": "])", "[(": ")]", "((": "))", "[[": "]]", "[": "]", "(": ")", "{": "}"}
_ID = r"[A-Za-z_][\w-]*"
_NODE = re.compile(rf"\s*(?P<id>{_ID})(?:\s*(?P<open>\(\[|\[\(|\(\(|\[\[|\[|\(|\{{))?")
_ARROW = re.compile(r"\s*(?P<arrow>-->|---|-\.->|-\.-|==>|===)\s*(?:\|(?P<label>[^|]*)\|)?")
_SUBGRAPH = re.compile(rf"subgraph\s+(?P<id>{_ID})?\s*(?:\[(?P<label>.*)\])?\s*$")
_IGNORED = ("classdef", "class ", "style ", "linkstyle", "click ", "direction ")

NODE_HEIGHT = 32.0
H_GAP = 50.0
V_GAP = 16.0
PAD = 10.0
MAX_NODE_WIDTH = 130.0
FILL = colors.HexColor("#eef2ff")
SUBGRAPH_STROKE = colors.HexColor("#94a3b8")


@dataclass
class Node:
    id: str
    label: str
    shape: str = "box"


@dataclass
class Edge:
    source: str
    target: str
    label: str = ""
    dashed: bool = False


@dataclass
class Flowchart:
    direction: str = "LR"
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    subgraphs: list[tuple[str, list[str]]] = field(default_factory=list)  # (label, member ids)


class _Unsupported(ValueError):
    pass


def _read_node(line: str, position: int, chart: Flowchart, members: list[list[str]]) -> tuple[str, int]:
    match = _NODE.match(line, position)
    if not match:
        raise _Unsupported(line)
    node_id, opener, end = match.group("id"), match.group("open"), match.end()
    if opener:
        closer = _CLOSERS[opener]
        if line[end:].lstrip().startswith('"'):
            start = line.index('"', end)
            stop = line.index('"', start + 1) + 1
            text, after = line[start:stop], line[stop:].lstrip()
            if not after.startswith(closer):
                raise _Unsupported(line)
            end = len(line) - len(after) + len(closer)
        else:
            stop = line.find(closer, end)
            if stop < 0:
                raise _Unsupported(line)
            text, end = line[end:stop], stop + len(closer)
        chart.nodes[node_id] = Node(node_id, decode_label(text), _SHAPES[opener])
    elif node_id not in chart.nodes:
        chart.nodes[node_id] = Node(node_id, node_id)
    for group in members:
        if node_id not in group:
            group.append(node_id)
    return node_id, end


def parse_flowchart(source: str) -> Flowchart | None:
    lines = meaningful_lines(source)
    if not lines or lines[0].split()[0].lower() not in ("flowchart", "graph"):
        return None
    header = lines[0].split()
    chart = Flowchart(direction=header[1].upper() if len(header) > 1 else "TD")
    open_groups: list[tuple[str, list[str]]] = []
    try:
        for line in lines[1:]:
            lowered = line.lower()
            if lowered.startswith(_IGNORED):
                continue
            if lowered.startswith("subgraph"):
                match = _SUBGRAPH.match(line)
                if not match:
                    raise _Unsupported(line)
                open_groups.append((decode_label(match.group("label") or match.group("id") or ""), []))
                continue
            if lowered == "end":
                if not open_groups:
                    raise _Unsupported(line)
                chart.subgraphs.append(open_groups.pop())
                continue
            # Only the innermost open subgraph claims a node defined inside it.
            members = [open_groups[-1][1]] if open_groups else []
            source_id, position = _read_node(line, 0, chart, members)
            while position < len(line):
                link = _ARROW.match(line, position)
                if not link:
                    raise _Unsupported(line)
                target_id, position = _read_node(line, link.end(), chart, members)
                text = decode_label(link.group("label") or "")
                chart.edges.append(Edge(source_id, target_id, text, dashed="." in link.group("arrow")))
                source_id = target_id
    except (_Unsupported, ValueError):
        return None
    return chart if chart.nodes else None


def _layers(chart: Flowchart) -> dict[str, int]:
    """Longest-path layering from the sources; edges that close a cycle are ignored."""
    outgoing: dict[str, list[str]] = {node: [] for node in chart.nodes}
    for edge in chart.edges:
        outgoing[edge.source].append(edge.target)
    finished: list[str] = []  # depth-first post-order, without recursion
    seen: set[str] = set()
    for root in chart.nodes:
        if root in seen:
            continue
        seen.add(root)
        stack = [(root, iter(outgoing[root]))]
        while stack:
            node, targets = stack[-1]
            following = next((t for t in targets if t not in seen), None)
            if following is None:
                finished.append(node)
                stack.pop()
            else:
                seen.add(following)
                stack.append((following, iter(outgoing[following])))
    topological = finished[::-1]
    position = {node: index for index, node in enumerate(topological)}
    layer = dict.fromkeys(chart.nodes, 0)
    for node in topological:
        for target in outgoing[node]:
            if position[target] > position[node]:  # forward edge; a back edge would loop
                layer[target] = max(layer[target], layer[node] + 1)
    return layer


def _place(chart: Flowchart, width: float, fonts: FontSet) -> tuple[dict[str, Box], float]:
    layer = _layers(chart)
    depth = max(layer.values()) + 1
    group_rank = {node: rank for rank, (_, members) in enumerate(chart.subgraphs) for node in members}
    appearance = {node: index for index, node in enumerate(chart.nodes)}
    columns: list[list[str]] = [[] for _ in range(depth)]
    for node in sorted(chart.nodes, key=lambda n: (group_rank.get(n, len(chart.subgraphs)), appearance[n])):
        columns[layer[node]].append(node)
    horizontal = chart.direction in ("LR", "RL")
    if horizontal:
        node_width = min(MAX_NODE_WIDTH, (width - 2 * PAD - (depth - 1) * H_GAP) / depth)
        rows = max(len(column) for column in columns)
        height = 2 * PAD + 14 + rows * NODE_HEIGHT + (rows - 1) * V_GAP
        boxes = {
            node: Box(
                PAD + index * (node_width + H_GAP),
                height - PAD - 14 - (row + 1) * NODE_HEIGHT - row * V_GAP,
                node_width,
                NODE_HEIGHT,
            )
            for index, column in enumerate(columns)
            for row, node in enumerate(column)
        }
        if chart.direction == "RL":
            boxes = {n: Box(width - b.x - b.width, b.y, b.width, b.height) for n, b in boxes.items()}
        return boxes, height
    widest = max(len(column) for column in columns)
    node_width = min(MAX_NODE_WIDTH, (width - 2 * PAD - (widest - 1) * 12) / widest)
    height = 2 * PAD + 14 + depth * NODE_HEIGHT + (depth - 1) * H_GAP
    boxes = {}
    for index, column in enumerate(columns):
        span = len(column) * node_width + (len(column) - 1) * 12
        left = (width - span) / 2
        for offset, node in enumerate(column):
            y = height - PAD - 14 - (index + 1) * NODE_HEIGHT - index * H_GAP
            boxes[node] = Box(left + offset * (node_width + 12), y, node_width, NODE_HEIGHT)
    if chart.direction == "BT":
        boxes = {n: Box(b.x, height - b.y - b.height, b.width, b.height) for n, b in boxes.items()}
    return boxes, height


def _shape(node: Node, box: Box, fonts: FontSet) -> Group:
    group = Group()
    if node.shape == "cylinder":
        group.add(Rect(box.x, box.y + 3, box.width, box.height - 6, fillColor=FILL, strokeColor=LINE, strokeWidth=0.8))
        group.add(
            Ellipse(
                box.x + box.width / 2,
                box.y + box.height - 3,
                box.width / 2,
                3,
                fillColor=FILL,
                strokeColor=LINE,
                strokeWidth=0.8,
            )
        )
        group.add(
            Ellipse(
                box.x + box.width / 2, box.y + 3, box.width / 2, 3, fillColor=FILL, strokeColor=LINE, strokeWidth=0.8
            )
        )
    else:
        radius = {"stadium": box.height / 2, "round": 6, "circle": box.height / 2}.get(node.shape, 0)
        group.add(
            Rect(
                box.x,
                box.y,
                box.width,
                box.height,
                rx=radius,
                ry=radius,
                fillColor=FILL,
                strokeColor=LINE,
                strokeWidth=0.8,
            )
        )
    cx, cy = box.centre
    lines = wrap_text(node.label, fonts.regular, 7.5, box.width - 8, max_lines=2)
    for index, text in enumerate(lines):
        offset = (len(lines) - 1) * 4.5 - index * 9
        group.add(String(cx, cy - 2.5 + offset, text, fontName=fonts.regular, fontSize=7.5, textAnchor="middle"))
    return group


def flowchart_drawing(source: str, width: float, fonts: FontSet) -> Drawing | None:
    chart = parse_flowchart(source)
    if chart is None:
        return None
    boxes, height = _place(chart, width, fonts)
    drawing = Drawing(width, height)
    for title, members in chart.subgraphs:
        inside = [boxes[m] for m in members if m in boxes]
        if not inside:
            continue
        left, bottom = min(b.x for b in inside) - 6, min(b.y for b in inside) - 6
        right, top = max(b.x + b.width for b in inside) + 6, max(b.y + b.height for b in inside) + 14
        drawing.add(
            Rect(
                left,
                bottom,
                right - left,
                top - bottom,
                fillColor=None,
                strokeColor=SUBGRAPH_STROKE,
                strokeDashArray=[4, 2],
                strokeWidth=0.8,
            )
        )
        drawing.add(
            String(
                left + 4,
                top - 10,
                fit_text(title, fonts.bold, 7.5, right - left - 8),
                fontName=fonts.bold,
                fontSize=7.5,
            )
        )
    for edge in chart.edges:
        source_box, target_box = boxes[edge.source], boxes[edge.target]
        start = source_box.border_towards(*target_box.centre)
        end = target_box.border_towards(*source_box.centre)
        drawing.add(arrow(*start, *end, dashed=edge.dashed))
        if edge.label:
            room = max(math.hypot(end[0] - start[0], end[1] - start[1]) - 6, 36)
            middle = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2 - 2)
            drawing.add(label(edge.label, *middle, fonts.regular, 6.5, room))
    for node_id, node in chart.nodes.items():
        drawing.add(_shape(node, boxes[node_id], fonts))
    return drawing
