"""Short sentences that only make sense with the requirement said just before them: "Families would
love to see when the carer arrived. Read only. But not the care notes, those are confidential."
"Read only" limits what was asked for; "but not the care notes" is a prohibition with the same
people and verb ("Families must not see the care notes"), its reason split off.
"""

from __future__ import annotations

import re

from autoagi.engine.analysis.coreference import IT_OBJECT
from autoagi.engine.analysis.detect import Candidate
from autoagi.engine.analysis.draft import Draft, draft_from
from autoagi.engine.analysis.grammar import ROLE_WORDS
from autoagi.engine.analysis.thinking_aloud import no_thing_statement
from autoagi.engine.analysis.units import Unit
from autoagi.engine.analysis.words import RULED_OUT_RE, capitalise, is_plural_subject, singular, unshouted
from autoagi.engine.artifacts import SourceSpan

# "Read only.", "View only", "No editing": how far the access just asked for goes
_LIMIT_RE = re.compile(r"^\W*(?P<limit>(?:read|view)[\s-]only|no\s+editing|no\s+changes)\W*$", re.I)
# "But not the care notes, those are confidential."
_EXCEPT_RE = re.compile(
    r"^\W*(?:but\s+)?not\s+(?P<what>(?:the|their|any|our)\s+[^,.;]{2,50}?)(?:\s*[,;–—-]\s*(?P<why>[^.]{4,120}?))?\s*[.!]?$",
    re.I,
)
# "Families should be able to see when the carer arrived": who, and what they do
_ABLE_RE = re.compile(r"^(?P<who>.{2,60}?)\s+(?:should|must|could)\s+be\s+able\s+to\s+(?P<verb>[a-z]+)\b", re.I)
# "those are confidential": said of the things just named
_THOSE_RE = re.compile(r"^(?:those|these|they)(?:\s+are|['’]re)\s+(?P<rest>.+)$", re.I)
_GAP = 40  # characters between the two: the same turn, a sentence or two on


# "But only for check-ups and hygiene, not treatment.": how far what was just asked for reaches
_ONLY_FOR_RE = re.compile(
    r"^\W*(?:but\s+)?(?P<limit>only\s+(?:for|on|at|in|during|between|within|from|to|with|by|up\s+to|until)\s+[^?!]{2,100}?)"
    r"\s*[.!]?$",
    re.I,
)


def limits_previous(previous: Draft | None, unit: Unit) -> bool:
    """ "Read only." right after a requirement from the same speaker joins that requirement, as
    does "But only for check-ups and hygiene, not treatment."."""
    limit = _LIMIT_RE.match(unit.text)
    only = _ONLY_FOR_RE.match(unit.text) if limit is None else None
    if limit is None and only is None or previous is None or not _follows(previous, unit):
        return False
    if only is not None:
        previous.statement = f"{previous.statement.rstrip('.')}, but {only.group('limit')}."
    else:
        said = " ".join(limit.group("limit").lower().replace("-", " ").split())
        previous.statement = f"{previous.statement.rstrip('.')} ({said})."
    previous.extra_sources.append(
        SourceSpan(document_id=previous.document_id, start=unit.start, end=unit.end, quote=unit.text)
    )
    return True


# "No subscriptions. We tried that and it was a headache.", "Not for now. They pay at reception.": why
# what was just ruled out is, or how it is done without the product
_WHY_RULED_OUT_RE = re.compile(
    r"^(?:we|i)\s+(?:tried|had|did|used)\s+(?:that|it|them|this|those)\b[^?]{0,80}$|"
    r"^(?:that|it|they)\s+(?:was|were)\s+(?:a\s+|an\s+|such\s+a\s+)?(?:nightmare|headache|disaster|mess|pain|waste)\b[^?]{0,60}$|"
    # "No app." / "People won't download an app for a one-off hire.": why it is not wanted
    r"^(?:people|customers|clients|users|nobody|no\s+one|they)\s+(?:won['’]t|wouldn['’]t|will\s+not|would\s+not|never)\s+"
    r"(?:bother\s+to\s+)?(?:download|install|use|want|pay\s+for|sign\s+up\s+for)\b[^?]{0,80}$|"
    # "Payments?" / "Not for now. They pay at reception.": how it is done today, without the product
    r"^(?:they|people|customers|clients|patients|members|parents|guests|we|staff)\s+(?:just\s+|all\s+|always\s+|still\s+)?"
    r"(?:pay|book|ring|phone|call|email|e-mail|come\s+in|do\s+(?:it|that|them)|handle\s+(?:it|that|them))\b"
    r"(?:\s+[\w£$€'’-]+){0,3}?\s+(?:at|in|by|over|on|through|with|via)\s+[^?]{2,60}$|"
    # "Payments?" / "Later. Card at the desk for now.": how it is done until then
    r"^(?:[\w'’-]+\s+){1,3}(?:at|by|in|on|over|through)\s+(?:the\s+)?[\w'’ -]{2,30}?\s+for\s+now$",
    re.I,
)


def reason_for_ruled_out(previous: Draft | None, unit: Unit) -> bool:
    """ "We tried that and it was a headache." right after "No subscriptions." is its reason."""
    said = unit.text.strip().rstrip(" .!")
    if (
        previous is None
        or previous.rationale
        or not RULED_OUT_RE.search(previous.statement)
        or not _follows(previous, unit)
        or not _WHY_RULED_OUT_RE.match(said)
    ):
        return False
    previous.rationale = capitalise(said)
    previous.extra_sources.append(
        SourceSpan(document_id=previous.document_id, start=unit.start, end=unit.end, quote=unit.text)
    )
    return True


# "Tenants keep asking us for a copy of their tenancy agreement.": who asks, and for what
_KEEP_ASKING_RE = re.compile(
    r"^(?:(?:also|and|so|oh)[\s,]+)?(?P<who>(?:our\s+|the\s+|many\s+|some\s+)?[a-z][\w-]*s)\s+(?:keep|are\s+always|are\s+constantly)\s+"
    r"(?:asking|ringing|calling|emailing|e-mailing)\s+(?:us\s+|me\s+)?(?:for|about)\s+(?:(?:a|an)\s+(?:copy|copies|print-?out)\s+of\s+)?"
    r"(?P<what>[^,.;!?]{3,60})[.!]?$",
    re.I,
)
_THEY_RE = re.compile(r"\bthey\b", re.I)
_THEM_RE = re.compile(r"\bthem\b", re.I)


def fold_reason_asked_for(previous: Draft | None, draft: Draft) -> bool:
    """ "Tenants keep asking us for a copy of their tenancy agreement. Please add a documents section
    where they can download it themselves.": the first sentence is why the second is asked for, and
    says who "they" are and what "it" is. The request takes the asking as its rationale and source."""
    if previous is None or previous.speaker != draft.speaker or not 0 <= draft.start - previous.end <= _GAP:
        return False
    asking = _KEEP_ASKING_RE.match(previous.quote.strip())
    if asking is None or draft.style not in {"imperative", "informal"}:
        return False
    who = re.sub(r"^(?:our|the|many|some)\s+", "", asking.group("who"), flags=re.I).lower()
    what = asking.group("what").strip()
    statement = _THEY_RE.sub(who, draft.statement, count=1)
    if is_plural_subject(what) and not what.lower().startswith("their "):
        statement = _THEM_RE.sub(what, statement, count=1)  # "… gift cards. Can we add them?"
    else:
        statement = IT_OBJECT.sub(what, statement, count=1)  # "… the timetable. Please make it downloadable"
    if statement == draft.statement:
        return False  # a request of its own, not about what they ask for
    draft.statement = statement
    draft.rationale = capitalise(previous.quote.strip()[asking.start("who") :].rstrip(" .!"))
    draft.extra_sources.append(
        SourceSpan(document_id=previous.document_id, start=previous.start, end=previous.end, quote=previous.quote)
    )
    return True


def exception_draft(index: int, previous: Draft | None, unit: Unit) -> Draft | None:
    """ "But not the care notes, those are confidential." after "Families should be able to see …":
    "Families must not see the care notes", because the care notes are confidential."""
    said = _EXCEPT_RE.match(unit.text)
    able = _ABLE_RE.match(previous.statement) if said and previous is not None else None
    if said is None or able is None or not _follows(previous, unit):
        return None
    what = said.group("what").strip()
    statement = f"{capitalise(able.group('who'))} must not {able.group('verb').lower()} {what}."
    candidate = Candidate(unit, "informal", "but not", 0.6)
    draft = draft_from(index, previous.document_id, candidate, unit.start, unit.end, unit.text, statement, False)
    draft.sentence = statement  # its "must not" is the priority cue
    if why := said.group("why"):
        those = _THOSE_RE.match(why)
        verb = "are" if is_plural_subject(what) else "is"
        draft.rationale = capitalise(f"{what} {verb} {those.group('rest')}" if those else why)
    return draft


# "Not the dentists." after "Reception and the practice manager need access to the admin side."
_NOT_WHO_RE = re.compile(r"^\W*(?:but\s+)?not\s+(?P<who>(?:the\s+)?[a-z]+s)\W*$", re.I)
_NEEDS_ACCESS_RE = re.compile(r"^.{2,80}?\s+needs?\s+(?P<what>access\s+to\s+[^,.]+)", re.I)


def barred_draft(index: int, previous: Draft | None, unit: Unit) -> Draft | None:
    """ "Not the dentists." right after who needs access to something: they must not have it."""
    said = _NOT_WHO_RE.match(unit.text)
    if said is None or previous is None or not _follows(previous, unit):
        return None
    who = unshouted(said.group("who"))
    if singular(who.split()[-1].lower()) not in ROLE_WORDS:
        return None
    if access := _NEEDS_ACCESS_RE.match(previous.statement):
        statement = f"{capitalise(who)} must not have {access.group('what')}."
    elif able := _ABLE_RE.match(previous.statement):
        statement = f"{capitalise(who)} must not be able to {previous.statement[able.start('verb') :].rstrip('.')}."
    else:
        return None
    candidate = Candidate(unit, "informal", "not", 0.6)
    draft = draft_from(index, previous.document_id, candidate, unit.start, unit.end, unit.text, statement, False)
    draft.sentence = statement  # its "must not" is the priority cue
    return draft


def _follows(previous: Draft, unit: Unit) -> bool:
    return previous.speaker == unit.speaker and 0 <= unit.start - previous.end <= _GAP


# "Also …", "And another thing": a new point, not the reason for the last one
_NEW_POINT_RE = re.compile(r"^\W*(?:also|and|another|plus|oh|btw|p\.?s)\b", re.I)


# "That's about it.", "Does that make sense?": the turn winds down, it gives no reason
_CLOSING_RE = re.compile(
    r"^\W*(?:that['’]s\s+(?:it|all|about\s+it|the\s+main\s+thing)|thanks|thank\s+you|cheers|hope\s+that\s+helps|"
    r"i\s+think\s+that['’]s|so\s+yeah|anyway|yeah)\b",
    re.I,
)


def explains_previous(previous: Draft | None, unit: Unit, conversational: bool) -> bool:
    """ "3. Passes should expire after 6 months. Some people buy them and disappear for a year!": in a
    client's e-mail or chat, a sentence that states nothing, in the same list item as the requirement
    before it, is its reason (a specification's notes under a requirement are not)."""
    said = unit.text.strip()
    if (
        not conversational
        or previous is None
        or previous.rationale
        # a list item; or, in a conversation, the rest of the turn that answered a question
        or not (unit.item or unit.speaker and previous.style == "answer")
        or unit.block != previous.unit_block
        or _CLOSING_RE.match(said)
        or unit.speaker != previous.speaker
        or unit.start < previous.end
        or said.endswith("?")
        or len(said.split()) < 3
        or _NEW_POINT_RE.match(said)
    ):
        return False
    previous.rationale = capitalise(said.rstrip(" .!"))
    return True


# "Actually, scratch that, no tipping.": the requirement just said is taken back
_RETRACT_RE = re.compile(
    r"^\W*(?:(?:actually|sorry|oh|no|wait)[\s,.!]+)*(?:scratch|forget|ignore|strike|drop)\s+that\b[\s,.;:!–—-]*(?P<rest>.*)$",
    re.I,
)
_RETRACT_GAP = 200  # the next line or two of the same speaker


def retraction(previous: Draft | None, unit: Unit) -> tuple[str, str | None] | None:
    """("no tipping", "Tipping is out of scope.") for "Actually, scratch that, no tipping." said
    right after a requirement by the same speaker: that requirement is taken back, and what follows
    (if it says no to the thing) is a won't-have. None when the sentence takes nothing back."""
    said = _RETRACT_RE.match(unit.text.strip())
    if said is None or previous is None or previous.speaker != unit.speaker:
        return None
    if not 0 <= unit.start - previous.end <= _RETRACT_GAP:
        return None
    rest = said.group("rest").strip()
    return rest, no_thing_statement(rest) if rest else None


# "Sorry, I mean 7am to 9pm.", "Make that 50 a day.": the figure just given, corrected
_CORRECTION_RE = re.compile(
    r"^\W*(?:(?:sorry|no|oops|wait)[\s,.!]+)*(?:i\s+mean[t]?|make\s+that|correction[:,]?|i\s+meant\s+to\s+say)\s+"
    r"(?P<new>[^.!?]*\d[^.!?]*?)[.!]*$",
    re.I,
)
_NUMBER = r"(?:£|\$|€)?\d[\d:,]*(?:\.\d+)?(?:\s*(?:am|pm|%|k|h|hrs?|hours?|days?|mins?|minutes?)\b)?"
_FIGURE_SPAN_RE = re.compile(rf"(?P<between>between\s+)?{_NUMBER}(?:\s*(?:and|to|-|–)\s*{_NUMBER})?", re.I)
_RANGE_RE = re.compile(r"^(?P<a>\S+)\s*(?:to|-|–)\s*(?P<b>\S+)$", re.I)


def corrects_previous(previous: Draft | None, unit: Unit) -> bool:
    """ "Deliveries between 8am and 8pm. Sorry, I mean 7am to 9pm.": the figure in the requirement
    just said is replaced by the corrected one, and the correction becomes one of its sources."""
    said = _CORRECTION_RE.match(unit.text.strip())
    if said is None or previous is None or previous.speaker != unit.speaker:
        return False
    if not 0 <= unit.start - previous.end <= _RETRACT_GAP:
        return False
    figure = _FIGURE_SPAN_RE.search(previous.statement)
    if figure is None:
        return False
    corrected = _FIGURE_SPAN_RE.match(said.group("new").strip())
    if corrected is None:
        return False  # "I mean the big one, 20 of them": not a figure for a figure
    new = corrected.group(0)
    if figure.group("between") and (span := _RANGE_RE.match(new)):
        new = f"between {span.group('a')} and {span.group('b')}"  # "7am to 9pm" where it said "between …"
    previous.statement = f"{previous.statement[: figure.start()]}{new}{previous.statement[figure.end() :]}"
    previous.extra_sources.append(
        SourceSpan(document_id=previous.document_id, start=unit.start, end=unit.end, quote=unit.text)
    )
    return True
