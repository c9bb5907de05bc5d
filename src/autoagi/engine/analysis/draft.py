"""The working record of one requirement before ids are assigned."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from autoagi.engine.artifacts import AcceptanceCriterion, Document, Finding, SourceSpan

if TYPE_CHECKING:
    from autoagi.engine.analysis.detect import Candidate
    from autoagi.engine.analysis.units import Unit


@dataclass(slots=True)
class Draft:
    doc_index: int
    document_id: str
    start: int
    end: int
    quote: str
    statement: str
    style: str
    sentence: str  # the whole unit the quote was cut from (priority cues live there)
    cue: str
    confidence: float
    label: str | None = None
    rationale: str | None = None
    speaker: str | None = None
    compound: bool = False
    kind: str = "functional"
    category: str = "functional_suitability"
    promise_label: str = "F"
    priority: str = "should"
    priority_cue: str | None = None
    actors: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    criteria: list[AcceptanceCriterion] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    extra_sources: list[SourceSpan] = field(default_factory=list)
    merged: bool = False
    unit_section: str | None = None
    unit_block: int = 0
    priority_override: tuple[str, str | None] | None = None  # from a later "this is a must"
    stated_criteria: list[str] = field(default_factory=list)  # "AC: ..." lines under it, as the client wrote them
    title: str | None = None  # the title the source gives it (a board card's name)
    note: tuple[int, int, str] | None = None  # a table row's "Notes" cell that qualifies it ("No app download")

    @property
    def order(self) -> tuple[int, int, int]:
        return (self.doc_index, self.start, self.end)

    def source(self) -> SourceSpan:
        return SourceSpan(document_id=self.document_id, start=self.start, end=self.end, quote=self.quote)


def span_of(document: Document, unit: Unit) -> SourceSpan:
    """Where a unit stands in its document."""
    return SourceSpan(
        document_id=document.id, start=unit.start, end=unit.end, quote=document.text[unit.start : unit.end]
    )


def draft_from(
    index: int, document_id: str, c: Candidate, start: int, end: int, quote: str, statement: str, compound: bool
) -> Draft:
    """A draft of what a candidate says, cut from its unit at [start, end)."""
    return Draft(
        doc_index=index,
        document_id=document_id,
        start=start,
        end=end,
        quote=quote,
        statement=statement,
        style=c.style,
        sentence=c.unit.text,
        cue=c.cue,
        confidence=c.confidence,
        label=c.unit.label,
        speaker=c.unit.speaker,
        compound=compound,
        unit_section=c.unit.section,
        unit_block=c.unit.block,
        rationale=c.unit.reason,  # a table's "Rationale" cell
        title=c.unit.title,
        note=c.unit.note,
    )
