"""Requirements from a summary read back to the client, and from a description of the new system:
one draft per clause, confirmed (or withdrawn) by the client's reply, folded into an earlier
requirement it only restates. See ``summaries`` and ``envisioned`` for how the words are read."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from autoagi.engine.analysis.clauses import Item
from autoagi.engine.analysis.detect import Candidate
from autoagi.engine.analysis.draft import Draft, draft_from, span_of
from autoagi.engine.analysis.summaries import (
    CONFIRMED_BY_MAIL,
    SUMMARY_CUES,
    opens_summary,
    reply_to_summary,
    restates,
    summary_items,
)
from autoagi.engine.analysis.units import Unit
from autoagi.engine.artifacts import Document, Finding


@dataclass
class ReadBack:
    unit: Unit  # "So to summarise: customers book online, the desk checks licences, …"
    drafts: list[Draft]  # one per item


def clause_draft(index: int, document: Document, unit: Unit, item: Item, cue: str) -> Draft:
    """One clause of a summary or of a description of the new system, as a requirement."""
    candidate = Candidate(unit, "informal", cue, 0.6)
    start, end = unit.start + item.start, unit.start + item.end
    draft = draft_from(index, document.id, candidate, start, end, document.text[start:end], item.statement, False)
    draft.sentence = item.statement  # its modal is the priority cue, as for an answer
    return draft


def confirmed_quote(
    index: int,
    document: Document,
    unit: Unit,
    confirmed: Unit,
    inside: bool,
    drafts: list[Draft],
    taken_off: Sequence[str] = (),
) -> bool:
    """A quoted summary's lead or item, confirmed by the reply: its requirements, sourced on the
    quote and on the confirmation, but for the points the reply takes off (said again in
    `taken_off`: "photo feed"). Whether the next quoted line is still inside the summary."""
    if unit.text.rstrip().endswith("?"):
        return False  # "> Anything to add or change?": past its end, a question put to them
    items = summary_items(unit.text)
    if not items and not opens_summary(unit.text):
        items = summary_items(unit.text, continued=True, listed=unit.item) if inside else []
        if not items:
            return False  # not a summary, or past its end ("Could you let me know if that's right?")
    for item in items:
        said = document.text[unit.start + item.start : unit.start + item.end].lower()
        if any(all(word in said for word in off.lower().split()) for off in taken_off):
            continue  # "> - a photo feed during the day" / "forget the photo feed for now"
        draft = clause_draft(index, document, unit, item, CONFIRMED_BY_MAIL)
        draft.extra_sources.append(span_of(document, confirmed))
        drafts.append(draft)
    return True


def fold_restated(drafts: list[Draft]) -> list[Draft]:
    """A summary's item that says again what was asked earlier is no new requirement: its words
    (and the client's "yes") become sources of the earlier one."""
    kept: list[Draft] = []
    for draft in drafts:
        earlier = None
        if draft.cue in SUMMARY_CUES:
            earlier = next(
                (
                    other
                    for other in reversed(kept)
                    if other.doc_index == draft.doc_index
                    and other.cue not in SUMMARY_CUES
                    and restates(draft.statement, other.statement)
                ),
                None,
            )
        if earlier is None:
            kept.append(draft)
        else:
            earlier.extra_sources += [draft.source(), *draft.extra_sources]
    return kept


def settle_read_back(
    read_back: ReadBack, document: Document, reply: Unit, drafts: list[Draft], tasks: list[Finding]
) -> str | None:
    """The client's reply to a summary: "Yes, that's it." confirms its items (and is their second
    source); "Not quite, …" withdraws them and leaves the summary as a question to settle. The
    verdict ("confirmed", "withdrawn"), or None when the reply is about something else."""
    verdict = reply_to_summary(reply.text) if reply.speaker and reply.speaker != read_back.unit.speaker else None
    if verdict == "confirmed":
        for draft in read_back.drafts:
            draft.extra_sources.append(span_of(document, reply))
    if verdict == "withdrawn":
        drafts[:] = [draft for draft in drafts if all(draft is not item for item in read_back.drafts)]
        summary, answer = read_back.unit, reply
        tasks.append(
            Finding(
                rule="open_question",
                severity="info",
                message=f"A summary in {document.name} was not confirmed: “{summary.speaker}: {summary.text}”"
                f" — {answer.speaker}: “{answer.text}”",
                start=summary.start,
                end=answer.end,
                suggestion="Settle each point with the client and record the corrected ones as requirements.",
                document_id=document.id,
            )
        )
    return verdict
