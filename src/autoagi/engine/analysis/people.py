"""Who the people in the documents are: names (never entities or actors) and their roles.

Names come from where documents state them: transcript and e-mail speakers, attendee lines
("Present: Dr Jo Bloggs (head of sales), …"), greetings and sign-offs, titles ("Dr Evans"),
"Name:" labels in notes, and a capitalised word used as the subject of a verb of saying or
wanting ("Jo asked …", "Kim wants …"). Roles come from the parentheses of attendee lines and the
line under a name in an e-mail signature. Everything is found in the text handed in; nothing is
looked up elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from autoagi.engine.analysis import prefilter
from autoagi.engine.analysis.calendar_words import MONTHS, WEEKDAYS
from autoagi.engine.analysis.grammar import ROLE_WORDS
from autoagi.engine.analysis.words import FUNCTION_WORDS, SYSTEM_NOUNS

_NAME = r"[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?"
_TITLE_RE = re.compile(rf"\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Sir|Dame)\.?\s+({_NAME}(?:\s+{_NAME})?)")
_ATTENDEES_RE = prefilter.compile(
    r"(?:^|(?<=[.!?])[ \t])[ \t]*(?:present|attendees|attending|participants|invited|apologies|people|who)[ \t]*:"
    r"[ \t]*(.+(?:\n[ \t]*[^\n:]+)*)",
    re.IGNORECASE | re.MULTILINE,
)
_PERSON_ITEM_RE = re.compile(
    rf"(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\.?\s+)?(?P<name>{_NAME}(?:\s+{_NAME}){{0,2}})\s*(?:\((?P<role>[^)]*)\))?"
)
_GREETING_RE = re.compile(rf"^[ \t]*(?:Hi|Hello|Hey|Dear|Morning|Afternoon|Evening)[ \t]+({_NAME})\b", re.MULTILINE)
_ALONE_RE = re.compile(rf"^[ \t]*({_NAME}(?:[ \t]+{_NAME}){{0,2}})[ \t]*,?[ \t]*$", re.MULTILINE)
_SIGN_OFF_RE = re.compile(
    r"^[ \t]*(?:thanks|thank\s+you|many\s+thanks|cheers|best|best\s+wishes|best\s+regards|regards|kind\s+regards|"
    r"warm\s+regards|all\s+the\s+best|speak\s+soon|talk\s+soon|yours|sincerely|yours\s+sincerely)[ \t]*,?[ \t]*\n"
    r"(?:[ \t]*\n)?[ \t]*(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})[^\n]*"
    r"(?:\n[ \t]*(?P<role>[A-Za-z][A-Za-z &/-]{2,60}?)(?:,[^\n]*)?[ \t]*$)?",
    re.IGNORECASE | re.MULTILINE,
)
_SAYING_VERBS = (
    r"said|says|asked|asks|wants|wanted|would\s+like|reminded|mentioned|noted|flagged|explained|pointed\s+out|"
    r"suggested|thinks|thought|confirmed|warned|added|replied|wrote|feels|felt|prefers|preferred|insisted|"
    r"proposed|raised|stressed|is\s+not\s+sure|isn['’]t\s+sure|will\s+check|to\s+check|to\s+send|to\s+ask"
)
_SUBJECT_RE = re.compile(rf"\b({_NAME})(?:[ \t]+({_NAME}))?\s+(?:{_SAYING_VERBS})\b")
# "- [ ] Kim – send the price list", "(Kim: that is the law)"
_OWNER_NAME_RE = re.compile(
    rf"^[ \t]*(?:[-*•+][ \t]+)?(?:\[[ xX]\][ \t]+)?({_NAME})[ \t]*(?:–|—|-)[ \t]+\S", re.MULTILINE
)
_ASIDE_NAME_RE = re.compile(rf"\(({_NAME}):[ \t]")
# A signature: a known name on one line, a job title in Title Case under it.
_SIGNATURE_RE = re.compile(
    rf"^[ \t]*(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?[ \t]+)?(?P<name>{_NAME}(?:[ \t]+{_NAME}){{0,2}})[^\n]*\n"
    r"[ \t]*(?P<role>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,3})[ \t]*(?:,[^\n]*)?$",
    re.MULTILINE,
)
_ROLE_CUT_RE = re.compile(r"\s+at\s+.*$", re.IGNORECASE)
# "Sam is our volunteer coordinator", "our practice manager, Priya, …", "our coordinator Sam"
_IS_ROLE_RE = re.compile(
    rf"\b(?P<name>{_NAME})(?:[ \t]+(?P<last>{_NAME}))?\s+(?:is|will\s+be)\s+(?:our|the|their|my)\s+"
    r"(?P<role>(?:[a-z]+\s+){0,3}[a-z]+)\b"
)
_ROLE_NAME_RE = re.compile(rf"\b(?:[Oo]ur|[Tt]he|[Mm]y)\s+(?P<role>(?:[a-z]+\s+){{0,3}}[a-z]+),?\s+(?P<name>{_NAME})\b")
_NAME_LIST_RE = re.compile(rf"\b{_NAME}(?:,[ \t]*{_NAME}){{0,3}}[ \t]+and[ \t]+{_NAME}\b")
# jobs that name things too ("the coach" of a train, "a cleaner" for floors): roles only when a
# person is said to hold them ("Tom is our head coach")
_PERSON_ROLE_WORDS = ROLE_WORDS | {"coach", "cleaner"}
_TITLES = frozenset(["dr", "mr", "mrs", "ms", "miss", "mx", "prof", "sir", "dame"])
# Capitalised words that start sentences or labels but are never names.
_NOT_NAMES = frozenset(
    [
        "action",
        "agreed",
        "also",
        "and",
        "but",
        "decision",
        "decisions",
        "great",
        "hi",
        "hello",
        "note",
        "notes",
        "ok",
        "okay",
        "present",
        "question",
        "re",
        "right",
        "so",
        "thanks",
        "then",
        "today",
        "tomorrow",
        "update",
        "well",
        "yes",
        "no",
        "phase",
        "priority",
        "subject",
        "from",
        "date",
        "sent",
        "cc",
        "to",
        *WEEKDAYS,
        *MONTHS,
    ]
)


@dataclass(frozen=True)
class People:
    """Person names (lower case, one word each) and the role each full or first name holds."""

    names: frozenset[str] = frozenset()
    roles: dict[str, str] = field(default_factory=dict)

    def is_name(self, word: str) -> bool:
        """A capitalised word that is one of the known names (case matters: 'Mark' vs 'mark')."""
        return bool(word) and word[0].isupper() and _key(word) in self.names

    def role_of(self, name: str) -> str | None:
        words = [w for w in name.split() if w.lower().rstrip(".") not in _TITLES]
        for candidate in (" ".join(words), words[0] if words else "", words[-1] if words else ""):
            role = self.roles.get(candidate.lower())
            if role:
                return role
        return None


EMPTY = People()


def _key(word: str) -> str:
    word = word.lower()
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def plausible_name(word: str) -> bool:
    """Could this capitalised word be a person's name (no role, system or function word)?"""
    low = word.lower()
    return not (
        low in _NOT_NAMES
        or low in FUNCTION_WORDS
        or low in ROLE_WORDS
        or low in SYSTEM_NOUNS
        or low in _TITLES
        or len(low) < 2
    )


def _clean_role(text: str | None) -> str | None:
    if not text:
        return None
    items = [" ".join(i.split()) for i in re.split(r"[,;/]| and ", text) if i.strip()]
    roles = []
    for item in items:
        words = item.split()
        # a company ("Kestrel") is one capitalised word; a role is one to four common words
        if not 1 <= len(words) <= 4 or any(ch.isdigit() for ch in item):
            continue
        if words[-1].lower() not in ROLE_WORDS and (item[:1].isupper() or len(words) == 1 and not _role_like(item)):
            continue
        roles.append(_ROLE_CUT_RE.sub("", item).strip().lower())
    roles = [r for r in roles if r]
    # "(owner, lead vet)": the last item is usually the job; "(practice manager)" has one
    return roles[-1] if roles else None


def find_people(texts: Iterable[str], speakers: Iterable[str] = ()) -> People:
    texts = list(texts)
    names: set[str] = set()
    roles: dict[str, str] = {}

    def add(full: str, role: str | None = None) -> None:
        words = [w for w in full.split() if w.lower().rstrip(".") not in _TITLES and w[:1].isupper()]
        words = [w for w in words if plausible_name(w)]
        if not words:
            return
        for w in words:
            names.add(_key(w))
        if role:
            for key in (" ".join(words).lower(), words[0].lower(), words[-1].lower()):
                roles.setdefault(key, role)

    for speaker in speakers:
        if speaker:
            add(speaker)
    for text in texts:
        for m in _ATTENDEES_RE.finditer(text):
            for part in re.split(r",\s*(?![^()]*\))|\s+and\s+(?![^()]*\))|;", m.group(1)):
                item = _PERSON_ITEM_RE.search(part.strip())
                if item:
                    add(item.group("name"), _clean_role(item.group("role")))
            # "Sam Okafor and Lena Fischer (Kestrel)": both names, no role
        for m in _TITLE_RE.finditer(text):
            add(m.group(1))
        for m in _GREETING_RE.finditer(text):
            add(m.group(1))
        for m in _SIGN_OFF_RE.finditer(text):
            add(m.group("name"))
        for m in _SUBJECT_RE.finditer(text):
            first, last = m.group(1), m.group(2)
            if last is not None and not plausible_name(first):
                first, last = last, None  # "Also Jess wants …"
            if plausible_name(first) and not _looks_plural(first):
                add(first if last is None else f"{first} {last}")
        for m in _IS_ROLE_RE.finditer(text):
            if m.group("role").split()[-1] in _PERSON_ROLE_WORDS and plausible_name(m.group("name")):
                add(" ".join(filter(None, (m.group("name"), m.group("last")))), m.group("role"))
        for m in _ROLE_NAME_RE.finditer(text):
            role = m.group("role").split()
            if (
                role[-1] in _PERSON_ROLE_WORDS
                and plausible_name(m.group("name"))
                and not _looks_plural(m.group("name"))
            ):
                add(m.group("name"), " ".join(role))
        for rx in (_OWNER_NAME_RE, _ASIDE_NAME_RE):
            for m in rx.finditer(text):
                if plausible_name(m.group(1)) and not _looks_plural(m.group(1)):
                    add(m.group(1))
    # a lone name on its own line ("Sam," / "Ana") and a signature count once other evidence names it
    for text in texts:
        for m in _NAME_LIST_RE.finditer(text):
            # "Tom and Priya should …": who stands beside a known person in a list is a person too
            listed = re.split(r",[ \t]*|[ \t]+and[ \t]+", m.group(0))
            if any(_key(w) in names for w in listed):
                for w in listed:
                    if plausible_name(w) and not _looks_plural(w):
                        add(w)
        for m in _ALONE_RE.finditer(text):
            words = m.group(1).split()
            if any(_key(w) in names for w in words):
                add(m.group(1))
        for m in _SIGNATURE_RE.finditer(text):
            name_words = m.group("name").split()
            role = m.group("role")
            if _key(name_words[0]) in names and role.split()[-1].lower() in ROLE_WORDS:
                add(m.group("name"), role.lower())
    return People(frozenset(names), roles)


def _role_like(item: str) -> bool:
    return item.split()[-1].lower() in ROLE_WORDS


def _looks_plural(word: str) -> bool:
    low = word.lower()
    return low.endswith("s") and not low.endswith(("ss", "us", "is"))
