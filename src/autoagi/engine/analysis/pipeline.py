"""analyze(): documents in, traceable requirements out. Deterministic; no I/O."""

from __future__ import annotations

from collections.abc import Callable

from autoagi.engine.analysis.classify.constraint import constraint_cue
from autoagi.engine.analysis.classify.model import classify_texts
from autoagi.engine.analysis.compound import split_compound
from autoagi.engine.analysis.criteria import acceptance_criteria
from autoagi.engine.analysis.detect import Candidate, detect
from autoagi.engine.analysis.draft import Draft
from autoagi.engine.analysis.grammar import noun_phrases
from autoagi.engine.analysis.lint.coverage import missing_areas
from autoagi.engine.analysis.lint.relations import find_conflicts, merge_duplicates
from autoagi.engine.analysis.lint.wording import WORDING_RULES, unmeasurable
from autoagi.engine.analysis.options import AnalysisOptions
from autoagi.engine.analysis.parties import find_actors, find_entities
from autoagi.engine.analysis.phrasing import statement_for, title_for
from autoagi.engine.analysis.priority import priority_of
from autoagi.engine.analysis.units import iter_units
from autoagi.engine.artifacts import AnalysisResult, Document, Finding, Requirement

Progress = Callable[[float, str], None]


def analyze(
    documents: list[Document],
    options: AnalysisOptions | None = None,
    progress: Progress | None = None,
) -> AnalysisResult:
    options = options or AnalysisOptions()
    report = progress or (lambda fraction, stage: None)

    report(0.0, "detecting requirement statements")
    drafts: list[Draft] = []
    for index, document in enumerate(documents):
        for unit in iter_units(document):
            candidate = detect(unit, include_informal=options.include_informal)
            if candidate is not None and candidate.confidence >= options.min_confidence:
                drafts.extend(_drafts_for(index, document.id, candidate, options))
        report(0.4 * (index + 1) / max(len(documents), 1), "detecting requirement statements")
    drafts.sort(key=lambda d: d.order)

    report(0.45, "classifying")
    _classify(drafts)

    report(0.6, "prioritising and finding actors, entities and criteria")
    for draft in drafts:
        _enrich(draft, options)

    report(0.8, "checking quality")
    if options.lint:
        for draft in drafts:
            _lint(draft)
    if options.merge_duplicates:
        drafts = merge_duplicates(drafts, options.duplicate_threshold)
    ids = [f"{options.id_prefix}-{n:03d}" for n in range(1, len(drafts) + 1)]
    if options.detect_conflicts:
        find_conflicts(drafts, ids)
    document_findings: list[Finding] = []
    if options.lint and options.nfr_areas:
        document_findings = missing_areas(drafts, options.nfr_areas)

    requirements = [_requirement(rid, draft) for rid, draft in zip(ids, drafts, strict=True)]
    report(1.0, "done")
    return AnalysisResult(documents=list(documents), requirements=requirements, findings=document_findings)


def _drafts_for(index: int, document_id: str, candidate: Candidate, options: AnalysisOptions) -> list[Draft]:
    unit = candidate.unit
    splittable = options.split_compound and candidate.style in {"modal", "informal"}
    parts = split_compound(unit.text) if splittable else []
    if len(parts) <= 1:
        statement = statement_for(unit.text, candidate.style)
        return [_draft(index, document_id, candidate, unit.start, unit.end, unit.text, statement, False)]
    drafts = []
    for part in parts:
        start, end = unit.start + part.start, unit.start + part.end
        quote = unit.text[part.start : part.end]
        statement = statement_for(part.statement, candidate.style)
        drafts.append(_draft(index, document_id, candidate, start, end, quote, statement, True))
    return drafts


def _draft(
    index: int, document_id: str, c: Candidate, start: int, end: int, quote: str, statement: str, compound: bool
) -> Draft:
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
    )


def _classify(drafts: list[Draft]) -> None:
    for draft, result in zip(drafts, classify_texts([d.statement for d in drafts]), strict=True):
        draft.promise_label = result.label
        draft.category = result.category
        draft.kind = "non_functional" if result.is_nfr else "functional"
        if (
            result.label == "L"
            or (draft.style == "decision" and constraint_cue(draft.statement))
            or constraint_cue(draft.statement)
            and result.label in {"L", "O", "PO", "MN"}
        ):
            draft.kind = "constraint"
        # a confident model says so; near 0.5 the statement is genuinely mixed
        certainty = abs(result.p_nfr - 0.5) * 2
        draft.confidence = round(draft.confidence * (0.75 + 0.25 * certainty), 4)


def _enrich(draft: Draft, options: AnalysisOptions) -> None:
    draft.priority, draft.priority_cue = priority_of(draft.sentence, draft.label)
    phrases = noun_phrases(draft.statement)
    draft.actors = find_actors(draft.statement, phrases)
    draft.entities = find_entities(draft.statement, draft.actors, phrases)
    if options.acceptance_criteria:
        draft.criteria = acceptance_criteria(draft.statement, draft.actors)


def _lint(draft: Draft) -> None:
    for rule in WORDING_RULES:
        for finding in rule(draft.quote):
            draft.findings.append(_shift(finding, draft.start))
    if draft.kind == "non_functional":
        draft.findings.extend(_shift(f, draft.start, draft.end) for f in unmeasurable(draft.quote))
    if draft.compound:
        draft.findings.append(
            Finding(
                rule="compound_requirement",
                severity="info",
                message="Split from a sentence that states several requirements at once.",
                start=draft.start,
                end=draft.end,
                suggestion="Keep one requirement per sentence so each can be tested and traced alone.",
            )
        )


def _shift(finding: Finding, offset: int, end: int | None = None) -> Finding:
    if finding.start is None:
        return finding.model_copy(update={"start": offset, "end": end})
    return finding.model_copy(update={"start": finding.start + offset, "end": (finding.end or finding.start) + offset})


def _requirement(rid: str, draft: Draft) -> Requirement:
    findings = sorted(draft.findings, key=lambda f: (f.start or 0, f.end or 0, f.rule, f.message))
    return Requirement(
        id=rid,
        title=title_for(draft.statement),
        statement=draft.statement,
        kind=draft.kind,
        category=draft.category,
        priority=draft.priority,
        priority_cue=draft.priority_cue,
        actors=draft.actors,
        entities=draft.entities,
        acceptance_criteria=draft.criteria,
        sources=[draft.source(), *draft.extra_sources],
        findings=findings,
        confidence=min(max(draft.confidence, 0.0), 1.0),
    )
