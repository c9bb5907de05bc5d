"""The domain model as entity-relationship drawings, straight from the ``Design`` (not its Mermaid).

Entities are ordered breadth-first along their relations so related ones share a drawing; each
drawing holds up to ``PER_DRAWING`` entities on a three-column grid, and relations whose ends
fall in different drawings are left to the entity table.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from autoagi.engine.artifacts import Design, Entity

from ..fonts import FontSet
from .geometry import LINE, Box, fit_text, label

COLUMNS = 3
PER_DRAWING = 9
MAX_FIELDS = 10
LINE_HEIGHT = 9.5
HEADER = 15.0
H_GAP = 34.0
V_GAP = 30.0
HEADER_FILL = colors.HexColor("#dbeafe")
CARDINALITY = {"one_to_many": "1 — *", "many_to_one": "* — 1", "many_to_many": "* — *", "one_to_one": "1 — 1"}


def _related_order(entities: list[Entity]) -> list[Entity]:
    by_name = {entity.name: entity for entity in entities}
    neighbours: dict[str, list[str]] = {entity.name: [] for entity in entities}
    for entity in entities:
        for relation in entity.relations:
            if relation.target in by_name:
                neighbours[entity.name].append(relation.target)
                neighbours[relation.target].append(entity.name)
    ordered: list[Entity] = []
    seen: set[str] = set()
    for entity in entities:
        queue = [entity.name] if entity.name not in seen else []
        seen.update(queue)
        while queue:
            name = queue.pop(0)
            ordered.append(by_name[name])
            for other in neighbours[name]:
                if other not in seen:
                    seen.add(other)
                    queue.append(other)
    return ordered


def _field_lines(entity: Entity) -> list[str]:
    lines = [
        f"{f.name}: {f.type}{'' if f.required else '?'}{' (unique)' if f.unique and f.name != 'id' else ''}"
        for f in entity.fields[:MAX_FIELDS]
    ]
    if len(entity.fields) > MAX_FIELDS:
        lines.append(f"… {len(entity.fields) - MAX_FIELDS} more fields")
    return lines or ["(no fields)"]


def _drawing(entities: list[Entity], width: float, fonts: FontSet) -> Drawing:
    box_width = (width - (COLUMNS - 1) * H_GAP) / COLUMNS
    rows = [entities[index : index + COLUMNS] for index in range(0, len(entities), COLUMNS)]
    heights = [max(HEADER + LINE_HEIGHT * len(_field_lines(e)) + 4 for e in row) for row in rows]
    total = sum(heights) + V_GAP * (len(rows) - 1) + 4
    drawing = Drawing(width, total)
    boxes: dict[str, Box] = {}
    top = total - 2
    for row, row_height in zip(rows, heights, strict=True):
        for column, entity in enumerate(row):
            lines = _field_lines(entity)
            height = HEADER + LINE_HEIGHT * len(lines) + 4
            boxes[entity.name] = Box(column * (box_width + H_GAP), top - height, box_width, height)
        top -= row_height + V_GAP
    drawn: set[frozenset[str]] = set()
    for entity in entities:
        for relation in entity.relations:
            pair = frozenset((entity.name, relation.target))
            if relation.target not in boxes or pair in drawn or relation.target == entity.name:
                continue
            drawn.add(pair)
            source, target = boxes[entity.name], boxes[relation.target]
            start, end = source.border_towards(*target.centre), target.border_towards(*source.centre)
            drawing.add(Line(*start, *end, strokeColor=LINE, strokeWidth=0.8))
            text = CARDINALITY.get(relation.kind, relation.kind) + (f" {relation.name}" if relation.name else "")
            drawing.add(
                label(text, (start[0] + end[0]) / 2, (start[1] + end[1]) / 2 - 2, fonts.regular, 6.5, H_GAP + 60)
            )
    for entity in entities:
        box = boxes[entity.name]
        drawing.add(
            Rect(box.x, box.y, box.width, box.height, fillColor=colors.white, strokeColor=LINE, strokeWidth=0.8)
        )
        drawing.add(
            Rect(
                box.x,
                box.y + box.height - HEADER,
                box.width,
                HEADER,
                fillColor=HEADER_FILL,
                strokeColor=LINE,
                strokeWidth=0.8,
            )
        )
        drawing.add(
            String(
                box.x + 4,
                box.y + box.height - HEADER + 4,
                fit_text(entity.name, fonts.bold, 8, box.width - 8),
                fontName=fonts.bold,
                fontSize=8,
            )
        )
        for index, line in enumerate(_field_lines(entity)):
            y = box.y + box.height - HEADER - (index + 1) * LINE_HEIGHT + 1
            drawing.add(
                String(
                    box.x + 4, y, fit_text(line, fonts.regular, 7, box.width - 8), fontName=fonts.regular, fontSize=7
                )
            )
    return drawing


def er_drawings(design: Design, width: float, fonts: FontSet) -> list[Drawing]:
    ordered = _related_order(design.entities)
    return [
        _drawing(ordered[index : index + PER_DRAWING], width, fonts) for index in range(0, len(ordered), PER_DRAWING)
    ]
