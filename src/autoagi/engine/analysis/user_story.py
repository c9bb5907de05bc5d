"""Parse "As a <persona>, I want <action> [so that <benefit>]" into spans."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from autoagi.engine.analysis import prefilter
from autoagi.engine.analysis.grammar import Phrase, Token, noun_phrases, tokens
from autoagi.engine.analysis.words import DETERMINERS, FUNCTION_WORDS, PRONOUNS, is_participle, is_verb

_STORY_RE = prefilter.compile(
    r"\bAs\s+(?:an?\s+|the\s+|one\s+)?(?P<persona>[^,]{1,80}?)\s*,?\s+"
    r"(?P<want>I\s*(?:(?:would|'d|’d)\s+(?:like|love)|want|need|wish|can|am\s+able|should\s+be\s+able|expect|must"
    r"|have\s+to)(?:\s+(?:to|that))?)\s+(?P<rest>.+)$",
    re.IGNORECASE | re.DOTALL,
)
_WISH_RE = re.compile(r"\b(?:want|need|wish|expect|like|love)\b", re.IGNORECASE)
_LOWERCASE_WORD_RE = re.compile(r"(?<![\w'’-])[a-z]")
# fixed adverbial phrases name no domain object: "no longer", "in case", "at any time", "in seconds"
_ADVERBIAL_IDIOM_RE = re.compile(
    r"\b(?:no|any)\s+longer\b|\bin\s+case\b|\bin\s+(?:the\s+)?future\b|\bin\s+(?:a\s+few\s+)?(?:seconds|minutes)\b|"
    r"\b(?:at\s+(?:any|the\s+same|a|one)|in|on|over)\s+time\b",
    re.IGNORECASE,
)
_BENEFIT_RE = re.compile(r"[,;]?\s*\b(?:so\s+that|so|in\s+order\s+to|such\s+that)\b\s*", re.IGNORECASE)
# After these words the next word is the verb of an action, whatever it is.
_VERB_INTRO = frozenset({"to", "can", "could", "may", "will", "would", "shall", "should", "must"})


@dataclass(slots=True)
class StorySpans:
    persona: tuple[int, int]
    actions: list[tuple[int, int]] = field(default_factory=list)
    entities: list[tuple[int, int]] = field(default_factory=list)
    means: tuple[int, int] = (0, 0)
    benefit: tuple[int, int] | None = None


def opens_story(text: str, start: int) -> bool:
    """ "US-12: As a …" and "Also, as a …" open a story; "… the same price as the old flat but I want …"
    is a comparison: a story's "As" comes first, after at most an id or a capitalised connective."""
    return start <= 40 and not _LOWERCASE_WORD_RE.search(text, 0, start)


def _story_match(text: str) -> re.Match[str] | None:
    m = _STORY_RE.search(text)
    return m if m and opens_story(text, m.start()) else None


def parse_user_story(text: str) -> StorySpans | None:
    m = _story_match(text)
    if not m:
        return None
    persona = m.span("persona")
    rest_start = m.start("rest")
    bm = _BENEFIT_RE.search(text, rest_start)
    means_end = bm.start() if bm else len(text)
    benefit = (bm.end(), len(text)) if bm and bm.end() < len(text) else None
    story = StorySpans(persona=persona, means=(rest_start, _rstrip_punct(text, means_end)), benefit=benefit)
    toks = tokens(text)
    wish = _wish_verb(text, m, toks)
    if wish is not None:  # "I want a landing page to navigate ...": wanting is the first action
        story.actions.append(wish)
    _find_actions(text, toks, rest_start, benefit, story, opening_taken=wish is not None)
    action_starts = {a[0] for a in story.actions}
    idioms = [m.span() for m in _ADVERBIAL_IDIOM_RE.finditer(text)]
    for phrase in noun_phrases(text, toks):
        if phrase.start < rest_start or any(a <= phrase.start and phrase.end <= b for a, b in idioms):
            continue
        start = _skip_leading(text, phrase, action_starts)
        if start is None:
            continue
        story.entities.append((_with_quantifier(text, start, toks), phrase.end))
    return story


_PARTICLES = frozenset(
    [
        "up",
        "in",
        "on",
        "out",
        "through",
        "back",
        "down",
        "off",
        "over",
        "into",
        "around",
        "sure",
        "track",
        "using",
        "aware",
        "informed",
    ]
)
_BE_FORMS = frozenset(["is", "are", "be", "been", "being", "was", "were", "get", "gets", "got"])
_STARTERS = frozenset(["start", "stop", "keep", "begin", "continue", "avoid", "finish"])


def _wish_verb(text: str, m: re.Match[str], toks: list[Token]) -> tuple[int, int] | None:
    """The span of "want" when what is wanted is a thing ("I want a report that ..."), not an action."""
    want = m.group("want")
    if not _WISH_RE.search(want) or re.search(r"\b(?:to|that)$", want, re.I):
        return None
    first = next((t for t in toks if t.start >= m.start("rest")), None)
    if first is None or not (first.lower in DETERMINERS or not is_verb(first.lower)):
        return None
    verb = _WISH_RE.search(want)
    return m.start("want") + verb.start(), m.start("want") + verb.end()


def _find_actions(
    text: str, toks: list[Token], rest_start: int, benefit, story: StorySpans, opening_taken: bool = False
) -> None:
    """Verbs of the means and benefit parts, with particles ('set up'), 'be'-passives ('be notified'),
    a leading adverb ('easily find') and gerunds after starters ('start using')."""
    first_action = not opening_taken
    last_action = -2
    for i, tok in enumerate(toks):
        if tok.start < rest_start:
            continue
        prev = toks[i - 1].lower if i else ""
        low = tok.lower
        adjacent = i > 0 and not text[toks[i - 1].end : tok.start].strip()
        if (
            last_action == i - 1
            and adjacent
            and (low in _PARTICLES or (toks[i - 1].lower in _STARTERS and low.endswith("ing")))
        ):
            story.actions[-1] = (story.actions[-1][0], tok.end)  # "set up", "make sure", "start using"
            last_action = i
            continue
        if last_action == i - 1:
            continue  # "have access": the word after an action is its object
        # the benefit opens with its verb ("in order to track") or with a subject ("so that campers can")
        opening = first_action or (benefit is not None and tok.start == benefit[0] and is_verb(low))
        passive = prev in _BE_FORMS and is_participle(low)
        gerund = (
            low.endswith("ing")
            and len(low) > 5
            and prev in {"by", "for", "without", "when", "while", "before", "after"}
        )
        coordinated = prev in {"and", "or"} and last_action == i - 2 and low not in FUNCTION_WORDS
        if not (passive or gerund or coordinated or _is_action(tok, prev, opening)):
            continue
        if low.endswith("ly") and not is_verb(low):
            continue  # an adverb joins the verb that follows
        start = tok.start
        if passive and prev in {"be", "get"}:
            start = toks[i - 1].start  # "be notified"
        elif i > 0 and toks[i - 1].lower.endswith("ly") and adjacent and toks[i - 1].start >= rest_start:
            start = toks[i - 1].start  # "easily find"
        story.actions.append((start, tok.end))
        first_action = False
        last_action = i


def _is_action(tok: Token, prev: str, opening: bool) -> bool:
    low = tok.lower
    if opening and low in {"have", "get", "see", "do", "make"}:
        return True
    if low in FUNCTION_WORDS and low not in {"like", "want"}:
        return False
    if opening:
        return True
    if prev in _VERB_INTRO or prev in {"i", "we", "they", "and", "or", "then"}:
        if tok.text[:1].isupper() and not is_verb(low):
            return False  # "a response to Applicant": a name, not a verb
        return is_verb(low) or prev in _VERB_INTRO
    return is_verb(low) and prev not in DETERMINERS and not prev.endswith("'s")


def _skip_leading(text: str, phrase: Phrase, action_starts: set[int]) -> int | None:
    words = [w for w in phrase.words]
    start = phrase.start
    while words and (words[0].lower() in PRONOUNS or start in action_starts):
        start = text.index(words[0], start) + len(words[0])
        while start < phrase.end and not text[start].isalnum():
            start += 1
        words.pop(0)
    return start if words else None


def _rstrip_punct(text: str, end: int) -> int:
    while end > 0 and text[end - 1] in " ,;.\t":
        end -= 1
    return end


def persona_name(text: str) -> str | None:
    m = _story_match(text)
    if not m:
        return None
    words = m.group("persona").split()
    while words and words[0].lower() in DETERMINERS:
        words.pop(0)
    return " ".join(words) or None


_QUANTIFIERS = frozenset({"any", "all", "other", "each", "every", "multiple", "several", "many", "new"})


def _with_quantifier(text: str, start: int, toks: list[Token]) -> int:
    """'any dataset', 'all users': the gold convention keeps quantifiers, not articles."""
    for i, tok in enumerate(toks):
        if tok.start == start and i and toks[i - 1].lower in _QUANTIFIERS and not text[toks[i - 1].end : start].strip():
            return toks[i - 1].start
    return start
