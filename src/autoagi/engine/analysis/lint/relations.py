"""Rules across requirements: duplicates (merged, all sources kept) and conflicts."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from autoagi.engine.analysis import prefilter
from autoagi.engine.analysis.draft import Draft
from autoagi.engine.analysis.grammar import MODAL_WORDS
from autoagi.engine.analysis.words import FUNCTION_WORDS, singular
from autoagi.engine.artifacts import Finding

_TOKEN_RE = re.compile(r"[a-z][a-z0-9-]*|\d+(?:[.,]\d+)?")
_NEGATION_RE = prefilter.compile(
    r"\b(?:not|never|no|cannot|can't|won't|mustn't|shouldn't|don't|doesn't|without)\b", re.I
)
_IGNORED = FUNCTION_WORDS | frozenset(
    [
        "shall",
        "must",
        "should",
        "will",
        "may",
        "can",
        "could",
        "need",
        "needs",
        "required",
        "able",
        "system",
        "application",
        "product",
        "software",
        "the",
        "provide",
        "allow",
        "allows",
    ]
)
_MODAL_RE = re.compile(rf"\b(?:{'|'.join(sorted(MODAL_WORDS))}|cannot|can't|won't|needs?\s+to|has\s+to)\b", re.I)
_SYSTEM_WORDS = frozenset(["system", "application", "app", "product", "software", "site", "website", "it"])
_PERSONS = frozenset(["i", "we", "you", "they"])  # function words, but they name who the rule is for
_PROBE_TOKENS = 3  # rarest words used to look up candidate pairs: keeps the check close to linear


def _content(text: str) -> tuple[frozenset[str], frozenset[str]]:
    words, numbers = set(), set()
    for tok in _TOKEN_RE.findall(text.lower()):
        if tok[0].isdigit():
            numbers.add(tok)
        elif tok not in _IGNORED and len(tok) > 1:
            words.add(singular(tok))
    return frozenset(words), frozenset(numbers)


_NEGATION_SCOPE_WORDS = 2  # "must not be shown", "no cash": the content words a negation is about


def _negates_shared(statement: str, other: frozenset[str]) -> bool:
    """Does a negation in `statement` deny something the other statement says? "…, no cash in the
    app" next to "How customers pay: card or Apple Pay" denies nothing the other one asks for."""
    for negation in _NEGATION_RE.finditer(statement):
        words = (word for word in _TOKEN_RE.findall(statement[negation.end() :].lower()) if word not in _IGNORED)
        if any(singular(word) in other for _, word in zip(range(_NEGATION_SCOPE_WORDS), words, strict=False)):
            return True
    return False


def _candidate_pairs(keys: list[frozenset[str]]) -> list[tuple[int, int]]:
    frequency = Counter(w for k in keys for w in k)
    probes = [sorted(key, key=lambda w: (frequency[w], w))[:_PROBE_TOKENS] for key in keys]  # rarest words
    postings: dict[str, list[int]] = defaultdict(list)
    for i, words in enumerate(probes):
        for word in words:
            postings[word].append(i)
    pairs: set[tuple[int, int]] = set()
    for i, words in enumerate(probes):
        for word in words:
            for j in postings[word]:
                if j > i:
                    pairs.add((i, j))
    return sorted(pairs)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def merge_duplicates(drafts: list[Draft], threshold: float) -> list[Draft]:
    """Fold each near-identical statement into the first one; the survivor keeps every source."""
    contents = [_content(d.statement) for d in drafts]
    negated = [bool(_NEGATION_RE.search(d.statement)) for d in drafts]
    parent = list(range(len(drafts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_of: dict[str, int] = {}
    for i, draft in enumerate(drafts):  # identical wording merges whatever its length
        key = " ".join(_TOKEN_RE.findall(draft.statement.lower()))
        if key in first_of:
            parent[i] = first_of[key]
        else:
            first_of[key] = i
    # near-duplicates: compare one representative per distinct wording, so repeated text stays linear
    representatives = sorted(first_of.values())
    for a, b in _candidate_pairs([contents[r][0] for r in representatives]):
        i, j = representatives[a], representatives[b]
        (wi, ni), (wj, nj) = contents[i], contents[j]
        if negated[i] != negated[j] or ni != nj or len(wi) < 2:
            continue
        if _jaccard(wi, wj) >= threshold:
            ri, rj = root(i), root(j)
            if ri != rj:
                parent[max(ri, rj)] = min(ri, rj)
    survivors: list[Draft] = []
    for i, draft in enumerate(drafts):
        r = root(i)
        if r == i:
            survivors.append(draft)
            continue
        keeper = drafts[r]
        keeper.extra_sources.append(draft.source())
        keeper.extra_sources.extend(draft.extra_sources)
        keeper.merged = True
        keeper.confidence = max(keeper.confidence, draft.confidence)
        keeper.rationale = keeper.rationale or draft.rationale
        if _rank(draft.priority) < _rank(keeper.priority):
            keeper.priority, keeper.priority_cue = draft.priority, draft.priority_cue
    for keeper in survivors:
        if keeper.merged:
            others = ", ".join(f"{s.document_id}@{s.start}" for s in keeper.extra_sources)
            keeper.findings.append(
                Finding(
                    rule="duplicate",
                    severity="info",
                    message=f"Stated more than once ({len(keeper.extra_sources) + 1} times: also at {others}); merged.",
                    start=keeper.start,
                    end=keeper.end,
                    suggestion="Check the sources agree; keep one wording.",
                )
            )
    return survivors


def _rank(priority: str) -> int:
    return ["must", "should", "could", "wont"].index(priority)


def _different_actors(a: Draft, b: Draft) -> bool:
    """Do the two statements give the rule to different people ("Tom and I should…", "vets should not")?"""
    if a.actors and b.actors:
        return not {x.lower() for x in a.actors} & {x.lower() for x in b.actors}
    subject_a, subject_b = _subject_words(a.statement), _subject_words(b.statement)
    return bool(subject_a and subject_b) and not subject_a & subject_b


def _subject_words(statement: str) -> frozenset[str]:
    """The content words before the modal, unless the subject is the system itself (then none)."""
    modal = _MODAL_RE.search(statement)
    if modal is None:
        return frozenset()
    words = [singular(w) for w in _TOKEN_RE.findall(statement[: modal.start()].lower())]
    if any(w in _SYSTEM_WORDS for w in words):
        return frozenset()
    return frozenset(w for w in words if w not in FUNCTION_WORDS) or frozenset(w for w in words if w in _PERSONS)


def find_conflicts(drafts: list[Draft], ids: list[str]) -> None:
    """Same subject, opposite polarity or different figures: flag both sides."""
    contents = [_content(d.statement) for d in drafts]
    negated = [bool(_NEGATION_RE.search(d.statement)) for d in drafts]
    for i, j in _candidate_pairs([c[0] for c in contents]):
        (wi, ni), (wj, nj) = contents[i], contents[j]
        if len(wi) < 2 or len(wj) < 2 or _jaccard(wi, wj) < 0.6:
            continue
        if _different_actors(drafts[i], drafts[j]):
            continue  # "managers can change prices", "vets cannot": one rule per role, no conflict
        if negated[i] != negated[j] and _negates_shared(
            drafts[i if negated[i] else j].statement, wj if negated[i] else wi
        ):
            reason = "one says it must happen, the other that it must not"
        elif ni and nj and ni != nj:
            reason = f"different figures ({', '.join(sorted(ni - nj))} vs {', '.join(sorted(nj - ni))})"
        else:
            continue
        for a, b in ((i, j), (j, i)):
            drafts[a].findings.append(
                Finding(
                    rule="conflict",
                    severity="error",
                    message=f"May conflict with {ids[b]}: {reason}.",
                    start=drafts[a].start,
                    end=drafts[a].end,
                    suggestion=f"Ask the client which of {ids[a]} and {ids[b]} holds.",
                )
            )
