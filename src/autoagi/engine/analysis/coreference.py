""" "It" across neighbouring requirements: "The system should offer the slot by SMS ... If they
don't, it should go to the next person." The second requirement is about the slot.

Clients speak in runs of sentences, and a requirement cut from the middle of a run often names
its subject only with "it". When a requirement names no entity of its own, uses "it", and the
requirement just before it in the same passage names one, the first entity named there is taken
as the referent (the unclear-pronoun finding stays, so a reviewer still confirms it).
"""

from __future__ import annotations

import re

from autoagi.engine.analysis.draft import Draft

# How far back, in characters of the same document, a referent may be: the same passage.
MAX_GAP = 300
_IT = re.compile(r"\b(?:it|its|it['’]s)\b", re.IGNORECASE)


def resolve_it(drafts: list[Draft]) -> None:
    """Give each entity-less "it" requirement the first entity of the one before it (in order)."""
    previous: Draft | None = None
    for draft in drafts:
        if (
            previous is not None
            and not draft.entities
            and previous.doc_index == draft.doc_index
            and 0 <= draft.start - previous.end <= MAX_GAP
            and _IT.search(draft.statement)
        ):
            referent = _main_entity(previous)
            if referent:
                draft.entities = [referent]
        previous = draft


def _main_entity(draft: Draft) -> str | None:
    """The first entity (not an attribute) the requirement names."""
    return next((entity for entity in draft.entities if "." not in entity), None)
