"""Requirement extraction through any provider, checked and completed by the engine.

The model proposes requirements with verbatim quotes. The engine then keeps only what it can
prove: each quote is located in the document text (see :mod:`grounding`) to fill the source
offsets; a requirement whose quote is not there is dropped and reported as a finding. The
engine also merges duplicates, fills defaults and numbers requirements REQ-001… in source
order, so ids are stable for the same answers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from autoagi.engine.artifacts import (
    AcceptanceCriterion,
    AnalysisResult,
    Category,
    Document,
    Finding,
    Priority,
    Requirement,
    RequirementKind,
    SourceSpan,
)
from autoagi.engine.llm.chunking import split_into_chunks
from autoagi.engine.llm.grounding import QuoteLocator, QuoteMatch
from autoagi.engine.llm.provider import DocumentAnalyzer, LLMProvider, LLMTask

# About 6k tokens of English: leaves room for the answer in an 8k-context local model.
DEFAULT_MAX_CHUNK_CHARS = 24_000
UNGROUNDED_RULE = "llm_quote_not_found"
_TITLE_WORDS = 8
_TITLE_MAX_CHARS = 80

Progress = Callable[[float, str], None]


class DraftRequirement(BaseModel):
    """One requirement as the model proposes it: artifact fields, minus what the engine fills."""

    # Extra keys a model invents are ignored rather than costing a repair round.
    model_config = ConfigDict(extra="ignore")

    quote: str = Field(
        min_length=1,
        description="The exact words of the document that state this requirement, copied "
        "character for character: no paraphrase, no corrections, no ellipsis.",
    )
    title: str = Field(default="", description="A short name, at most eight words.")
    statement: str = Field(default="", description="The requirement rewritten as one clear, testable sentence.")
    rationale: str | None = Field(
        default=None, description="Why the client asked for it, when they said so; not part of the statement."
    )
    kind: RequirementKind = "functional"
    category: Category = Field(
        default="functional_suitability",
        description="ISO 25010 characteristic for non-functional requirements; "
        "functional_suitability for functional ones.",
    )
    priority: Priority = Field(default="should", description="MoSCoW, from the document's wording.")
    priority_cue: str | None = Field(
        default=None, description="The words that signal the priority (e.g. 'must', 'nice to have')."
    )
    actors: list[str] = Field(default_factory=list)
    entities: list[str] = Field(default_factory=list, description="Domain objects the requirement is about.")
    acceptance_criteria: list[AcceptanceCriterion] = Field(default_factory=list)
    confidence: float = Field(default=0.8, ge=0.0, le=1.0)


class DraftRequirementList(BaseModel):
    model_config = ConfigDict(extra="ignore")

    requirements: list[DraftRequirement]


EXTRACTION_SYSTEM_PROMPT = """\
You are a senior business analyst. From the document the user sends, list every requirement the \
client states or clearly implies: "shall/must/should" statements, user stories, informal wishes \
("we'd like…", "it has to…", "customers keep asking for…"), decisions and agreed action items \
about the product.

Rules:
- One requirement per need: split compound statements into separate requirements.
- "quote" is copied from the document character for character, the shortest span that states \
the requirement. Never paraphrase, correct or shorten it. A requirement you cannot quote is not \
in the document: leave it out.
- "statement" rewrites it as one clear, testable sentence ("The system shall …"); a reason the \
client gave ("…, because our accountant will ask") goes in "rationale", not in the statement.
- "kind": functional, non_functional (quality attributes) or constraint (imposed technology, \
law, budget, deadline). "category": the ISO 25010 characteristic for non-functional ones.
- "priority" in MoSCoW from the wording (must/shall → must, should → should, nice to have / \
could → could, not now / won't → wont), with the words in "priority_cue".
- Acceptance criteria in Given/When/Then where the requirement is testable.
- If the document states no requirements, answer {"requirements": []}.
"""


@dataclass(frozen=True)
class _GroundedDraft:
    document_index: int
    document: Document
    match: QuoteMatch
    draft: DraftRequirement


def extract_requirements(
    documents: Sequence[Document],
    provider: LLMProvider,
    *,
    options: Any = None,
    progress: Progress | None = None,
    max_chunk_chars: int = DEFAULT_MAX_CHUNK_CHARS,
) -> AnalysisResult:
    """Requirements of ``documents``, each pointing at the source text it came from.

    The offline provider hands the documents to the deterministic engine (``options`` and
    ``progress`` go to it unchanged). Model providers are asked chunk by chunk, then checked.
    Raises ``BudgetExceeded``, ``LLMOutputError`` or ``LLMTransportError`` if a call fails; chunks
    already answered stay in the provider's cache, so a re-run does not pay for them again.
    """
    documents = list(documents)
    if isinstance(provider, DocumentAnalyzer):
        return provider.analyze_documents(documents, options=options, progress=progress)

    plan = [
        (document_index, document, chunk, part, len(chunks))
        for document_index, document in enumerate(documents)
        for chunks in [split_into_chunks(document.text, max_chunk_chars)]
        for part, chunk in enumerate(chunks, start=1)
    ]
    locators = [QuoteLocator(document.text) for document in documents]
    grounded: list[_GroundedDraft] = []
    findings: list[Finding] = []
    for step, (document_index, document, chunk, part, parts) in enumerate(plan, start=1):
        result = provider.complete(
            LLMTask(
                system=EXTRACTION_SYSTEM_PROMPT,
                user=_document_prompt(document, chunk, part, parts),
                output_model=DraftRequirementList,
                name="requirements",
            )
        )
        for draft in result.output.requirements:
            match = locators[document_index].locate(draft.quote, prefer=chunk)
            if match is None:
                findings.append(_ungrounded_finding(document, draft))
            else:
                grounded.append(_GroundedDraft(document_index, document, match, draft))
        if progress is not None:
            progress(step / len(plan), f"{document.name}: part {part} of {parts} analysed")

    return AnalysisResult(documents=documents, requirements=_complete(grounded), findings=findings)


def _document_prompt(document: Document, chunk: tuple[int, int], part: int, parts: int) -> str:
    where = f", part {part} of {parts}" if parts > 1 else ""
    return (
        f'Document "{document.name}"{where}:\n'
        "----- BEGIN DOCUMENT -----\n"
        f"{document.text[chunk[0] : chunk[1]]}\n"
        "----- END DOCUMENT -----"
    )


def _ungrounded_finding(document: Document, draft: DraftRequirement) -> Finding:
    label = draft.title or draft.statement or draft.quote
    return Finding(
        rule=UNGROUNDED_RULE,
        severity="warning",
        message=(
            f"Dropped a requirement the model proposed for {document.name!r} because its quote "
            f"is not in the document: {_shorten(label)!r} (quote: {_shorten(draft.quote)!r})"
        ),
        suggestion="If the requirement is real, add it by hand with its source.",
    )


def _complete(grounded: list[_GroundedDraft]) -> list[Requirement]:
    """Merge duplicates, fill defaults and number requirements in source order."""
    ordered = sorted(
        grounded,
        key=lambda item: (item.document_index, item.match.start, item.match.end, item.draft.statement),
    )
    merged: dict[str, tuple[_GroundedDraft, list[SourceSpan]]] = {}
    for item in ordered:
        span = SourceSpan(
            document_id=item.document.id,
            start=item.match.start,
            end=item.match.end,
            # The source's own words, not the model's rendering of them.
            quote=item.document.text[item.match.start : item.match.end],
        )
        key = _collapse(_statement_of(item)).casefold()
        if key in merged:
            sources = merged[key][1]
            if span not in sources:
                sources.append(span)
        else:
            merged[key] = (item, [span])

    requirements = []
    for number, (item, sources) in enumerate(merged.values(), start=1):
        draft = item.draft
        statement = _statement_of(item)
        requirements.append(
            Requirement(
                id=f"REQ-{number:03d}",
                title=_collapse(draft.title) or _title_from(statement),
                statement=statement,
                rationale=_collapse(draft.rationale or "") or None,
                kind=draft.kind,
                # A functional requirement has no other ISO 25010 home; models sometimes pick one.
                category="functional_suitability" if draft.kind == "functional" else draft.category,
                priority=draft.priority,
                priority_cue=_collapse(draft.priority_cue or "") or None,
                actors=_distinct(draft.actors),
                # Lower case, as the offline engine writes them, so both sources compare equal.
                entities=_distinct([entity.lower() for entity in draft.entities]),
                acceptance_criteria=draft.acceptance_criteria,
                sources=sources,
                confidence=draft.confidence,
            )
        )
    return requirements


def _statement_of(item: _GroundedDraft) -> str:
    return _collapse(item.draft.statement) or _collapse(item.document.text[item.match.start : item.match.end])


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _title_from(statement: str) -> str:
    words = statement.split()
    title = " ".join(words[:_TITLE_WORDS]).rstrip(".,;:!?")
    return title if len(title) <= _TITLE_MAX_CHARS else title[: _TITLE_MAX_CHARS - 1].rstrip() + "…"


def _distinct(values: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        cleaned = _collapse(value)
        if cleaned and cleaned.casefold() not in seen:
            seen[cleaned.casefold()] = cleaned
    return list(seen.values())


def _shorten(text: str, limit: int = 160) -> str:
    collapsed = _collapse(text)
    return collapsed if len(collapsed) <= limit else collapsed[: limit - 1] + "…"
