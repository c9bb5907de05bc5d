"""Mermaid sequence diagrams parsed and drawn: participants, messages, alt/opt/loop frames, notes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from ..fonts import FontSet
from .geometry import LINE, arrow, fit_text, label
from .mermaid_text import decode_label, meaningful_lines

_PARTICIPANT = re.compile(r"(?P<kind>participant|actor)\s+(?P<id>[^\s]+?)(?:\s+as\s+(?P<label>.+))?$", re.IGNORECASE)
_MESSAGE = re.compile(
    r"(?P<source>[^\s:>-][^:>]*?)\s*(?P<arrow>-->>|->>|-->|->|--x|-x|--\)|-\))\s*[+-]?(?P<target>[^:]+?)\s*:\s*(?P<text>.*)$"
)
_NOTE = re.compile(r"note\s+(?:left of|right of|over)\s+(?P<ids>[^:]+?)\s*:\s*(?P<text>.*)$", re.IGNORECASE)
_FRAME_START = ("alt", "opt", "loop", "par", "critical", "break", "rect")
_FRAME_SPLIT = ("else", "and", "option")
_IGNORED = ("activate", "deactivate", "autonumber", "title", "box", "create", "destroy", "links", "link")

ROW = 17.0
HEAD = 26.0
PAD = 8.0
FRAME_FILL = colors.HexColor("#f1f5f9")
HEAD_FILL = colors.HexColor("#eef2ff")


@dataclass
class Step:
    kind: str  # "message" | "note" | "frame_start" | "frame_split" | "frame_end"
    text: str = ""
    source: str = ""
    target: str = ""
    dashed: bool = False


@dataclass
class Sequence:
    participants: dict[str, str] = field(default_factory=dict)  # id → label, in order
    steps: list[Step] = field(default_factory=list)
    numbered: bool = False


def _participant(sequence: Sequence, raw: str) -> str:
    participant = raw.strip()
    sequence.participants.setdefault(participant, participant)
    return participant


def parse_sequence(source: str) -> Sequence | None:
    lines = meaningful_lines(source)
    if not lines or lines[0].lower() != "sequencediagram":
        return None
    sequence, depth = Sequence(), 0
    for line in lines[1:]:
        word = line.split()[0].lower()
        if word == "autonumber":
            sequence.numbered = True
        elif match := _PARTICIPANT.match(line):
            sequence.participants[match.group("id")] = decode_label(match.group("label") or match.group("id"))
        elif word in _FRAME_START:
            depth += 1
            sequence.steps.append(Step("frame_start", f"{word} {decode_label(line[len(word) :])}".strip()))
        elif word in _FRAME_SPLIT and depth:
            sequence.steps.append(Step("frame_split", decode_label(line[len(word) :])))
        elif word == "end" and depth:
            depth -= 1
            sequence.steps.append(Step("frame_end"))
        elif match := _NOTE.match(line):
            ids = [_participant(sequence, part) for part in match.group("ids").split(",")]
            sequence.steps.append(Step("note", decode_label(match.group("text")), ids[0], ids[-1]))
        elif match := _MESSAGE.match(line):
            source_id = _participant(sequence, match.group("source"))
            target_id = _participant(sequence, match.group("target"))
            sequence.steps.append(
                Step(
                    "message",
                    decode_label(match.group("text")),
                    source_id,
                    target_id,
                    match.group("arrow").startswith("--"),
                )
            )
        elif word in _IGNORED:
            continue
        else:
            return None
    if depth or not sequence.participants:
        return None
    return sequence


def sequence_drawing(source: str, width: float, fonts: FontSet) -> Drawing | None:
    sequence = parse_sequence(source)
    if sequence is None:
        return None
    ids = list(sequence.participants)
    column = (width - 2 * PAD) / len(ids)
    x_of = {pid: PAD + column * (index + 0.5) for index, pid in enumerate(ids)}
    rows = sum(1 for step in sequence.steps if step.kind != "frame_end") + 1
    height = HEAD + rows * ROW + 2 * PAD
    drawing = Drawing(width, height)
    top = height - PAD
    box_width = min(column - 8, 110)
    for pid in ids:
        drawing.add(
            Line(x_of[pid], PAD, x_of[pid], top - HEAD, strokeColor=LINE, strokeWidth=0.5, strokeDashArray=[2, 2])
        )
    for pid, text in sequence.participants.items():
        drawing.add(
            Rect(
                x_of[pid] - box_width / 2,
                top - HEAD + 4,
                box_width,
                HEAD - 6,
                fillColor=HEAD_FILL,
                strokeColor=LINE,
                strokeWidth=0.8,
            )
        )
        drawing.add(
            String(
                x_of[pid],
                top - HEAD / 2 - 1,
                fit_text(text, fonts.bold, 7.5, box_width - 6),
                fontName=fonts.bold,
                fontSize=7.5,
                textAnchor="middle",
            )
        )
    frames: list[tuple[float, str]] = []  # (top y, title) of the open frames
    y, number = top - HEAD - ROW, 0
    for step in sequence.steps:
        if step.kind == "frame_start":
            frames.append((y + ROW * 0.55, step.text))
            y -= ROW
        elif step.kind == "frame_split":
            inset = 2 + 3 * (len(frames) - 1)
            drawing.add(
                Line(
                    PAD + inset,
                    y + ROW * 0.55,
                    width - PAD - inset,
                    y + ROW * 0.55,
                    strokeColor=LINE,
                    strokeWidth=0.5,
                    strokeDashArray=[3, 2],
                )
            )
            drawing.add(
                String(
                    PAD + inset + 4,
                    y + 2,
                    fit_text(f"[{step.text}]", fonts.italic, 6.5, column * 2),
                    fontName=fonts.italic,
                    fontSize=6.5,
                )
            )
            y -= ROW
        elif step.kind == "frame_end" and frames:
            frame_top, title = frames.pop()
            inset = 2 + 3 * len(frames)
            bottom = y + ROW * 0.55
            drawing.add(
                Rect(
                    PAD + inset,
                    bottom,
                    width - 2 * (PAD + inset),
                    frame_top - bottom,
                    fillColor=None,
                    strokeColor=LINE,
                    strokeWidth=0.6,
                )
            )
            drawing.add(
                String(
                    PAD + inset + 3,
                    frame_top - 8,
                    fit_text(title, fonts.bold, 6.5, width / 2),
                    fontName=fonts.bold,
                    fontSize=6.5,
                )
            )
        elif step.kind == "note":
            left, right = sorted((x_of[step.source], x_of[step.target]))
            note_width = max(right - left + column * 0.8, 60)
            drawing.add(
                Rect(
                    (left + right) / 2 - note_width / 2,
                    y - 1,
                    note_width,
                    ROW - 4,
                    fillColor=colors.HexColor("#fef9c3"),
                    strokeColor=LINE,
                    strokeWidth=0.5,
                )
            )
            drawing.add(
                label(step.text, (left + right) / 2, y + 3, fonts.regular, 6.5, note_width - 6, background=False)
            )
            y -= ROW
        elif step.kind == "message":
            number += 1
            text = f"{number}. {step.text}" if sequence.numbered else step.text
            start, end = x_of[step.source], x_of[step.target]
            if start == end:  # a step inside one participant: a small loop to the right
                drawing.add(Line(start, y + 6, start + 14, y + 6, strokeColor=LINE, strokeWidth=0.8))
                drawing.add(Line(start + 14, y + 6, start + 14, y, strokeColor=LINE, strokeWidth=0.8))
                drawing.add(arrow(start + 14, y, start + 1, y, dashed=step.dashed))
                fitted = fit_text(text, fonts.regular, 6.5, column * 1.6)
                plate = stringWidth(fitted, fonts.regular, 6.5) + 2
                drawing.add(Rect(start + 16, y - 1, plate, 8.5, fillColor=colors.white, strokeColor=None))
                drawing.add(String(start + 17, y + 1, fitted, fontName=fonts.regular, fontSize=6.5))
            else:
                drawing.add(arrow(start, y, end, y, dashed=step.dashed))
                drawing.add(label(text, (start + end) / 2, y + 2.5, fonts.regular, 6.5, max(abs(end - start) - 4, 40)))
            y -= ROW
    return drawing
