"""A business's FAQ ("Can I cancel a class?" / "Yes, up to 12 hours before the class starts."): the
rules its customers live by today, which the new system has to keep. "Can I …?" answered yes is
what its customers (or the group it names: "members") should be able to do, answered no ("Not yet – card or cash only") is out of scope; a
question answered with a rule ("Do class packs expire?" / "5-class packs expire after 3 months")
gives the rule. A question about the customer ("What should I bring?") gives nothing."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from lemminflect import getAllLemmas, getInflection

from autoagi.engine.analysis.described import third_person_base
from autoagi.engine.analysis.grammar import noun_phrases
from autoagi.engine.analysis.use_cases import base_verbs
from autoagi.engine.analysis.words import DETERMINERS, YES, as_theirs, capitalise, is_verb, lower_first, out_of_scope

_CAN_I_RE = re.compile(
    r"^\W*(?:can|could|may|am\s+I\s+able\s+to|is\s+it\s+possible\s+to)\s+(?:I|we)?\s*(?P<verb>[a-z]+)\b(?P<rest>[^?]*)\?",
    re.I,
)
_ASKS_A_RULE_RE = re.compile(r"^\W*(?:do|does|will|is|are|how\s+(?:long|much|many|far|early|late))\b[^?]*\?", re.I)
_YES_RE = re.compile(rf"^\W*{YES}\b[\s,.;:!–—-]*(?P<rest>.*)$", re.I)
_NO_RE = re.compile(
    r"^\W*(?:no|nope|not\s+(?:yet|at\s+the\s+moment|right\s+now|currently)|unfortunately\s+not|sorry)\b"
    r"(?:[\s,.;:!–—-]*(?:sorry|unfortunately|I['’]m\s+afraid)\b)?[\s,.;:!–—-]*(?P<rest>.*)$",
    re.I,
)
_IT_RE = re.compile(r"^(?:it|they)\b", re.I)
_ASKED_ABOUT_RE = re.compile(r"^\W*(?:do|does|will|is|are)\s+(?P<det>the|your|a|an)\s+(?P<rest>[^?]+)", re.I)
_NOT_YET_RE = re.compile(r"^\W*not\s+(?:yet|at\s+the\s+moment|right\s+now|currently)\b", re.I)
# a limit that reads on from the ability: "cancel a class" + "up to 12 hours before the class starts"
_LIMIT_LEAD_RE = re.compile(
    r"^(?:up\s+to|until|within|before|after|from|at|on|by|for|as\s+long\s+as|if|once|provided|between|online|"
    r"any\s+time|anytime)\b",
    re.I,
)


# who asks an FAQ's questions, when its answers name them ("Members can freeze …"); plurals only, as
# "guest passes" names what a guest gets, not who asks
_ASKERS_RE = re.compile(
    r"\b(?:members|clients|customers|patients|guests|students|parents|owners|visitors|subscribers|tenants|"
    r"residents|passengers|diners|shoppers|buyers)\b",
    re.I,
)


def faq_askers(texts: Iterable[str]) -> str:
    """ "Members" when an FAQ's entries speak of members most, else "Customers": whom it answers."""
    named = Counter(word.lower() for text in texts for word in _ASKERS_RE.findall(text))
    return capitalise(named.most_common(1)[0][0]) if named else "Customers"


def faq_statement(question: str, answer: str, askers: str = "Customers") -> str | None:
    """The requirement an FAQ entry states, or None (see the module's docstring); `askers` are those
    its "I" speaks for (`faq_askers`)."""
    asked, said = question.strip(" *_"), answer.strip().rstrip(" .!")
    if can := _CAN_I_RE.match(asked):
        ability = f"{can.group('verb').lower()}{as_theirs(can.group('rest').rstrip())}"
        if yes := _YES_RE.match(said):
            detail = yes.group("rest").strip(" ,;:–—-")
            if not detail:
                return f"{askers} should be able to {ability}."
            joined = " " if _LIMIT_LEAD_RE.match(detail) else ": "
            return f"{askers} should be able to {ability}{joined}{lower_first(detail)}."
        if no := _NO_RE.match(said):
            detail = re.sub(r"^but\s+", "", no.group("rest").strip(" ,;:–—-"), flags=re.I)  # "No, but you can …"
            when = " for now" if _NOT_YET_RE.match(said) else ""  # "Not yet": wanted later, perhaps
            return out_of_scope(_gerund(ability), f"{when}: {lower_first(detail)}" if detail else when)
        return None
    if _ASKS_A_RULE_RE.match(asked) and not _YES_RE.match(said) and not _NO_RE.match(said):
        # "Does the membership renew automatically?" / "It renews every month": "it" is the membership
        if (it := _IT_RE.match(said)) and (about := _asked_about(asked)):
            said = f"{about}{said[it.end() :]}"
        return as_rule(said)
    return None


def _asked_about(question: str) -> str | None:
    """ "the membership" for "Does the membership renew automatically?": the words before its verb."""
    about = _ASKED_ABOUT_RE.match(question)
    if about is None:
        return None
    words: list[str] = []
    for word in about.group("rest").split()[:4]:
        if is_verb(word.lower()) or "VERB" in getAllLemmas(word.lower()):
            break
        words.append(word)
    return f"{about.group('det')} {' '.join(words)}" if words else None


def _gerund(ability: str) -> str:
    """ "pay by direct debit" -> "paying by direct debit"."""
    verb, _, rest = ability.partition(" ")
    forms = getInflection(verb, tag="VBG")
    return f"{forms[0] if forms else verb}{' ' + rest if rest else ''}"


def as_rule(said: str) -> str | None:
    """ "5-class packs expire after 3 months" -> "5-class packs should expire after 3 months": the
    verb right after the subject."""
    phrases = noun_phrases(said)
    if not phrases or not re.fullmatch(r"(?:the\s+|your\s+|an?\s+|\d+-)?", said[: phrases[0].start], re.I):
        return None  # ("5-class packs": the figure is part of the subject)
    head, rest = said[: phrases[0].end], said[phrases[0].end :].split(maxsplit=1)
    if not rest:
        return None
    verb, after = rest[0].lower(), f" {base_verbs(rest[1])}" if len(rest) > 1 else ""  # "… and shows": "and show"
    if verb in {"is", "are"}:
        return f"{capitalise(head)} should be{after}."
    base = third_person_base(verb) or (verb if is_verb(verb) or "VERB" in getAllLemmas(verb) else None)
    return f"{capitalise(head)} should {base}{after}." if base else _verb_in_phrase(said)


_COPULAS = frozenset({"is", "are", "was", "were", "has", "have"})


def _verb_in_phrase(said: str) -> str | None:
    """ "The booking shows under My bookings": the chunker took "booking shows" for one noun; the
    verb is the first third-person word that neither follows an article nor comes before "is"."""
    words = said.split()
    for at, word in enumerate(words[1:7], start=1):
        after = words[at + 1].lower() if at + 1 < len(words) else ""
        base = third_person_base(word.lower())
        if base and after not in _COPULAS and words[at - 1].lower() not in DETERMINERS:
            rest = base_verbs(" ".join(words[at + 1 :]))
            return capitalise(" ".join([*words[:at], "should", base, rest]).strip()) + "."
    return None
