"""A suggestion put to the other side of a call, and their answer: "We usually suggest sending a
reminder the day before. Would that help?" / "Yes, that would cut no-shows a lot."

Whoever suggests (in an unnamed "Speaker 1 / Speaker 2" transcript nothing says who is the
vendor), what the other side accepts is a requirement ("The system should send a reminder the day
before") sourced on the suggestion and the answer, with the answer's reason as its rationale; what
they decline ("Not for now.") is recorded as out of scope. A suggestion nobody answers is left to
the usual reading of its words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lemminflect import getInflection, getLemma

from autoagi.engine.analysis import prefilter
from autoagi.engine.analysis.calendar_words import WEEKDAYS
from autoagi.engine.analysis.detect import Candidate
from autoagi.engine.analysis.disfluency import without_fillers
from autoagi.engine.analysis.draft import Draft, draft_from, span_of
from autoagi.engine.analysis.phrasing import past_base
from autoagi.engine.analysis.units import Unit
from autoagi.engine.analysis.words import VERBS, capitalise, names_a_message, out_of_scope
from autoagi.engine.artifacts import Document
from autoagi.engine.read_back import AGREED, DECLINED_LEAD, REVIEWER_TAG_RE

_LEAD = r"^\W*(?:(?:so|and|also|okay|ok|right|well|oh|then|now|actually|alternatively)[\s,]+)*"
# "We could also add a waiting list", "It could also text them": a suggestion of what to build
_COULD_RE = re.compile(
    rf"{_LEAD}(?:we|i|it|the\s+(?:system|app|site|website|portal))\s+(?:could|can|might)\s+(?:also\s+|always\s+|easily\s+|even\s+)?"
    r"(?P<verb>[a-z]+)\b(?P<rest>[^?]*?)[.!]*$",
    re.I,
)
# "We usually suggest sending a reminder", "I'd recommend a deposit for big groups"
_SUGGEST_RE = re.compile(
    rf"{_LEAD}(?:(?:we|i)(?:['’]d|\s+would)?\s+(?:usually\s+|normally\s+|generally\s+|always\s+|strongly\s+|also\s+|really\s+)?"
    r"(?:suggest|recommend|propose|advise)|(?:my|our|one|another)\s+(?:suggestion|recommendation|option|idea)\s+"
    r"(?:would\s+be|is))\s+(?:that\s+)?(?:to\s+)?(?P<rest>[^?]+?)[.!]*$",
    re.I,
)
# "What about gift vouchers?", "How about sending a text when the table is ready?"
_ABOUT_RE = re.compile(rf"{_LEAD}(?:what|how)\s+about\s+(?P<rest>[^?]+?)\s*\?\s*$", re.I)
# "Should we send a reminder the day before?", "Do you want a waiting list?": a suggestion asked
_ASKED_ACTION_RE = re.compile(
    rf"{_LEAD}(?:should|shall)\s+we\s+(?:also\s+)?(?P<verb>[a-z]+)\b(?P<rest>[^?]*?)\s*\?\s*$", re.I
)
_ASKED_THING_RE = re.compile(
    rf"{_LEAD}(?:do|would)\s+you\s+(?:also\s+)?(?:want|need|like)\s+(?P<rest>(?:an?|some|any)\s+[^?]+?)"
    r"(?:,?\s+or\s+(?:is|are|would|will|does|do)\s+[^?]*)?\s*\?\s*$",  # "…, or is email ok?": the other choice
    re.I,
)
# "And the clinical notes, do you want those in the new system too?": the thing named first
_FRONTED_THING_RE = re.compile(
    rf"{_LEAD}(?P<rest>(?:the\s+|your\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,3}})\s*,\s*(?:do|would)\s+you\s+"
    r"(?:also\s+)?(?:want|need)\s+(?:those|that|them|it|these|this)\b[^?]*\?\s*$",
    re.I,
)
# "Would it help if the app sent a reminder the night before?" (auto-captions drop the "?")
_WOULD_IT_HELP_RE = re.compile(
    rf"{_LEAD}would\s+it\s+(?:help|be\s+(?:useful|helpful|good|easier))\s+if\s+(?:the\s+(?:app|system|site|website|portal)|it|we)\s+"
    r"(?:also\s+|automatically\s+)?(?P<verb>[a-z]+)\b(?P<rest>[^?]*?)\s*\??\s*$",
    re.I,
)
# "What about weekends?" asks about a time, not a thing to build
_TIME_WORDS = frozenset(
    {"weekend", "weekends", "evening", "evenings", "night", "nights", "morning", "mornings", "holiday", "holidays",
     "today", "tomorrow", "now", "later", "time", "timing", "cost", "costs", "price", "budget", "deadline"}
    | {w.lower() for w in WEEKDAYS} | {w.lower() + "s" for w in WEEKDAYS}
)  # fmt: skip
# the verbs of building something, after which the rest names the thing: "we could add a waiting list"
_BUILD_VERBS = frozenset({"add", "include", "offer", "build", "do", "provide", "set", "put", "give", "have"})
# what a team suggests for the product, not for the project ("we could talk about that next week")
_PRODUCT_VERBS = _BUILD_VERBS | frozenset(
    {
        "send", "show", "display", "text", "email", "e-mail", "notify", "remind", "alert", "let", "allow", "store",
        "keep", "support", "integrate", "connect", "sync", "charge", "take", "use", "limit", "block", "hide", "lock",
        "generate", "print", "export", "import", "track", "log", "record", "flag", "automate", "ask", "require",
        "collect", "pre-fill", "prefill", "save", "list", "sort", "filter", "highlight", "archive", "delete",
        "cap", "split", "bundle", "link", "embed", "enable", "turn", "switch", "pull", "push", "auto-fill", "make",
    }
)  # fmt: skip
_OBJECT_PRONOUN_RE = re.compile(r"^(?:you|them|customers|people)\s+(?=(?:a|an|the|some)\b)", re.I)
_THAT_CLAUSE_RE = re.compile(
    r"^(?P<who>we|you|(?:the\s+)?(?:system|app|site|website|portal)|(?:the\s+|all\s+)?[a-z]+s)\s+"
    r"(?:should\s+|could\s+|would\s+|can\s+)?(?P<verb>[a-z]+)\b(?P<rest>.*)$",
    re.I,
)
_FOR_THE_CLIENT_RE = re.compile(r"^(?:you|over|across)\b", re.I)
_TEMPORAL_START_RE = re.compile(r"^(?:now|then|today|tomorrow|later|next|this|that|it|everything|anything)\b", re.I)

# "Dan suggested SMS reminders the day before", "The studio proposed that we send …"
_REPORTED_RE = re.compile(
    rf"{_LEAD}(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|the\s+(?:studio|agency|vendor|team|developers?|supplier|consultants?))\s+"
    r"(?:also\s+)?(?:suggested|proposed|recommended)\s+(?:that\s+|to\s+)?(?P<rest>[^.;?]{3,120}?)[.!]*$"
)
_REPORTED_VERB_RE = prefilter.compile(r"\b(?:suggested|proposed|recommended)\b")
_REPORTED_VERDICT_RE = re.compile(
    r"^\W*(?:[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?|everyone|the\s+client|they|all|both)\s+(?:"
    r"agreed|liked\s+(?:it|that|the\s+idea)|loved\s+(?:it|that|the\s+idea)|said\s+yes|(?:was|were)\s+(?:keen|happy|fine)|"
    r"(?P<no>declined|disagreed|said\s+no|(?:was|were)(?:n['’]t|\s+not)\s+keen|did(?:n['’]t|\s+not)\s+want\s+(?:it|that|them)))"
    r"\b(?:\s+(?:with\s+(?:it|that)|to\s+(?:it|that)))?(?P<rest>.*)$"
)
# "Would that help?", "Does that sound OK?", "What do you think?": the suggestion put to them
_CHECK_RE = re.compile(
    r"^\W*(?:(?:would|does|will|could)\s+(?:that|this|it)\s+(?:help|work|be\s+(?:useful|helpful|ok(?:ay)?|good)|"
    r"make\s+sense|suit\s+you|sound\s+(?:ok(?:ay)?|good|right|useful))(?:\s+for\s+(?:you|your\s+\w+))?|"
    r"what\s+do\s+you\s+think|how\s+does\s+that\s+sound|thoughts|is\s+that\s+something\s+you['’]d\s+(?:want|need|like)|"
    r"(?:do\s+you\s+)?want\s+(?:that|it|one)|interested)\W*$",
    re.I,
)
_ACCEPT_RE = re.compile(
    rf"^\W*(?:oh\s+)?(?:{AGREED}|(?:i|we)\s+(?:love|like)\s+(?:that|it|the\s+sound\s+of\s+that)|"
    r"(?:that|it)\s+(?:sounds|would\s+be|['’]d\s+be|['’]s)\s+(?:really\s+)?(?:good|great|perfect|fine|useful|helpful|brilliant|lovely|ideal)|"
    r"perfect|great|brilliant|lovely|do\s+it|agreed|makes\s+sense|(?:ok(?:ay)?|fine)(?=\W*$))"
    # "Perfect, yes.", "Yes please, that works for us"
    r"(?:[\s,.!]+(?:please|definitely|absolutely|yes|yeah|yep|sure|perfect|great|that['’]s\s+(?:fine|great|good|perfect)|"
    r"(?:that|it)\s+(?:works|would\s+work)(?:\s+for\s+(?:me|us))?|works\s+for\s+(?:me|us)))*\b",
    re.I,
)
_DECLINE_RE = re.compile(
    DECLINED_LEAD + r"(?:[\s,]+(?:thanks|thank\s+you|no|not\s+(?:for\s+)?now|not\s+yet|maybe\s+later|for\s+now|"
    r"not\s+(?:for|in|at)\s+(?:the\s+)?(?:launch|go-?live|first\s+(?:version|release|phase)|v1|mvp|phase\s+(?:1|one))))*\b",
    re.I,
)
_FOR_NOW_RE = re.compile(r"\b(?:for\s+now|yet|later|at\s+the\s+moment|not\s+now)\b", re.I)
# "not for launch", "not for the first version": declined for that release, said in its words
_NOT_FOR_RELEASE_RE = re.compile(
    r"\bnot\s+(?P<release>(?:for|in|at)\s+(?:the\s+)?(?:launch|go-?live|first\s+(?:version|release|phase)|v1|mvp|phase\s+(?:1|one)))\b",
    re.I,
)
# what may follow the yes or no without saying anything new: a reason, or "let's do that"
_REASON_RE = re.compile(
    r"^(?:(?:that|it|this|they)(?:['’]d|['’]ll|['’]s|\s+would|\s+will|\s+could|\s+should|\s+is|\s+might)\b|"
    r"(?:because|since|as)\b|(?:customers|people|guests|clients|users|members)\s+(?:keep|always)\s+asking\b)",
    re.I,
)
# "that would help", "it'd be great": a yes, not a reason
_EMPTY_REASON_RE = re.compile(
    r"^(?:that|it|this)(?:['’]d|\s+would|['’]ll|\s+will)\s+(?:really\s+)?(?:help|be\s+(?:great|good|useful|helpful|"
    r"perfect|brilliant|lovely|handy|nice|ideal))(?:\s+(?:a\s+lot|us|loads|massively|too))?\W*$",
    re.I,
)
_OWN_WISH_RE = re.compile(r"\b(?:shall|must|should|need|needs|want|wants|has\s+to|have\s+to|would\s+like)\b", re.I)
_LET_US_RE = re.compile(
    r"^(?:let['’]?s\s+(?:do|have|add|go\s+with)\s+(?:that|it|one)|please\s+do|go\s+for\s+it)\W*", re.I
)


@dataclass
class Proposal:
    unit: Unit  # the sentence that suggests
    thing: str | None  # "a waiting list": something to build
    action: str | None  # "send a reminder the day before": something the system does
    said: str  # the words that suggest it, as written: "sending a reminder the day before"
    asked: bool = False  # put as a yes-or-no question ("Should we …?"), which a bare yes or no answers
    reported: bool = False  # told in notes ("Dan suggested …"), answered there ("Jo agreed")
    quoted: bool = False  # quoted in an e-mail reply, answered by the line below it

    def accepted(self) -> str:
        if self.action:
            return f"The system should {self.action}."
        verb = "send" if names_a_message(self.thing or "") else "provide"  # "SMS reminders the day before"
        return f"The system should {verb} {self.thing}."

    def declined(self, until: str | None) -> str:
        tail = f" {until}" if until else ""
        if self.action:  # "Sending a reminder the day before is out of scope": one activity
            return f"{capitalise(_gerund_phrase(self.action))} is out of scope{tail}."
        # "A waiting list is out of scope"; "some gift vouchers" are just "Gift vouchers"
        return out_of_scope(re.sub(r"^(?:some|any)\s+", "", self.thing or "", flags=re.I), tail)


@dataclass(frozen=True)
class Verdict:
    accepted: bool
    until: str | None  # "for now" ("Maybe later"), "for launch" ("Not for launch"): declined for a while
    reason: str | None  # "that would cut no-shows a lot"
    bare: bool  # nothing said beyond the yes or no, its reason and "let's do that"


def proposal_in(unit: Unit) -> Proposal | None:
    """The suggestion a speaker's sentence makes, or None."""
    text = without_fillers(unit.text).strip()
    if about := _ABOUT_RE.match(text):
        found = _proposal(unit, about.group("rest"))
        return None if found is None or found.thing and found.thing.split()[-1].lower() in _TIME_WORDS else found
    if (asked := _ASKED_ACTION_RE.match(text)) and asked.group("verb").lower() in _PRODUCT_VERBS:
        found = _action(
            unit, asked.group("verb").lower(), asked.group("rest"), f"{asked.group('verb')}{asked.group('rest')}"
        )
    elif (helps := _WOULD_IT_HELP_RE.match(text)) and (verb := past_base(helps.group("verb").lower())):
        said = text[helps.start("verb") : helps.end("rest")]
        found = _action(unit, verb, helps.group("rest"), said)  # "… if the app sent a reminder"
    elif asked := _ASKED_THING_RE.match(text) or _FRONTED_THING_RE.match(text):
        found = _proposal(unit, re.sub(r"^your\s+", "the ", asked.group("rest"), flags=re.I))
    else:
        found = None
    if found is not None:
        found.asked = True
        return found
    if suggest := _SUGGEST_RE.match(text):
        rest = suggest.group("rest").strip()
        if clause := _THAT_CLAUSE_RE.match(rest):
            # "I'd suggest that we send a reminder", "… that customers pay a deposit"
            who, verb = clause.group("who").lower(), clause.group("verb").lower()
            if (
                verb in VERBS
                and who in {"we", "you"}
                or who.split()[-1] in {"system", "app", "site", "website", "portal"}
            ):
                return _action(unit, verb, clause.group("rest"), rest)
        return _proposal(unit, rest)
    could = _COULD_RE.match(text)
    if could is None or could.group("verb").lower() not in _PRODUCT_VERBS:
        return None
    verb, rest = could.group("verb").lower(), could.group("rest").strip()
    if _TEMPORAL_START_RE.match(rest) or _FOR_THE_CLIENT_RE.match(rest):
        return None  # "we could do that later", "I could send you the quote": the project's work
    if verb in _BUILD_VERBS:
        if verb in {"set", "put"}:  # "set up", "put in": the particle belongs to the verb
            rest = re.sub(r"^(?:up|in|on)\s+", "", rest, flags=re.I)
        thing = _OBJECT_PRONOUN_RE.sub("", rest).rstrip(" .!")
        said = text[could.start("verb") : could.end("rest")].rstrip(" .!")
        return Proposal(unit, thing, None, said) if thing else None
    return _action(unit, verb, rest, text[could.start("verb") : could.end("rest")])


def scope_item(unit: Unit) -> Proposal | None:
    """ "> - Online payments" quoted from a draft scope: proposed, for the reply below it to settle."""
    text = unit.text.strip().rstrip(" .!")
    if not unit.item or text.endswith("?") or not 1 <= len(text.split()) <= 12:
        return None
    found = _proposal(unit, text[:1].lower() + text[1:] if not text[:2].isupper() else text)
    if found is not None:
        found.said = unit.text.strip().rstrip(" .!")  # the item as written
    return found


def _proposal(unit: Unit, rest: str) -> Proposal | None:
    rest = rest.strip().rstrip(" .!")
    words = rest.split()
    if not words or len(words) > 20:
        return None
    first = words[0].lower()
    if first.endswith("ing") and len(words) > 1 and (verb := _base_of(first)):
        return _action(unit, verb, " ".join(words[1:]), rest)  # "sending a reminder the day before"
    if first in VERBS and first in _PRODUCT_VERBS - _BUILD_VERBS:
        return _action(unit, first, " ".join(words[1:]), rest)  # "to send a reminder"
    if first in {"we", "you", "i", "that", "this", "it", "them"}:
        return None  # "how about we talk next week", "what about that": no thing named
    return Proposal(unit, rest, None, rest)


def _action(unit: Unit, verb: str, rest: str, said: str | None = None) -> Proposal | None:
    rest = rest.strip().rstrip(" .!")
    return (
        Proposal(unit, None, f"{verb} {rest}".strip(), (said or f"{verb} {rest}").strip().rstrip(" .!"))
        if rest
        else None
    )


def reported_proposal(unit: Unit) -> Proposal | None:
    """ "Dan suggested SMS reminders the day before": a suggestion told in meeting notes."""
    if _REPORTED_VERB_RE.search(unit.text) is None:
        return None  # most sentences: one scan, before the fillers are taken out
    told = _REPORTED_RE.match(without_fillers(unit.text).strip())
    if told is None:
        return None
    rest = told.group("rest")
    if (clause := _THAT_CLAUSE_RE.match(rest)) and clause.group("who").lower() in {"we", "you"}:
        found = _action(unit, clause.group("verb").lower(), clause.group("rest"), rest)  # "… that we send …"
    else:
        found = _proposal(unit, rest)
    if found is not None:
        found.reported = True
    return found


def reported_verdict(text: str) -> Verdict | None:
    """ "Jo agreed, as long as it doesn't cost a fortune.", "Jo wasn't keen.": the answer, as told."""
    told = _REPORTED_VERDICT_RE.match(" ".join(text.split()))
    if told is None:
        return None
    accepted = told.group("no") is None
    rest = told.group("rest").strip(" ,;:.!–—-")
    return Verdict(accepted, None, rest or None, bare=True)


def is_check(text: str) -> bool:
    """ "Would that help?": the speaker puts their suggestion to the other side."""
    return _CHECK_RE.match(text.strip()) is not None


_EMPHASIS_RE = re.compile(r"^(?:definitely|absolutely|certainly|really)\s+not\b[\s,.;:–—-]*", re.I)


def verdict_of(text: str) -> Verdict | None:
    """The answer's yes or no to a suggestion, or None when it says neither."""
    text = REVIEWER_TAG_RE.sub("", " ".join(text.split()))  # "[HP] Fine.": the tag says who answers
    decline = _DECLINE_RE.match(text)
    accept = None if decline else _ACCEPT_RE.match(text)
    lead = decline or accept
    if lead is None:
        return None
    rest = text[lead.end() :].strip(" ,.;:!–—-")
    rest = _LET_US_RE.sub("", rest).strip(" ,.;:!–—-")
    rest = _EMPHASIS_RE.sub("", rest)  # "No, definitely not, the dentists won't …": the reason is what follows
    # a no may give any reason ("nobody asks for one"); after a yes, more words may ask for more
    explains = _REASON_RE.match(rest) or decline and not _OWN_WISH_RE.search(rest) and len(rest.split()) <= 12
    reason = rest if rest and explains else None
    until = None
    if decline is not None and (release := _NOT_FOR_RELEASE_RE.search(text)):
        until = re.sub(r"^(?:in|at)\b", "for", release.group("release").lower())  # "out of scope for v1"
    elif decline is not None and _FOR_NOW_RE.search(text):
        until = "for now"
    return Verdict(accept is not None, until, reason, bare=not rest or reason is not None and "." not in reason)


def _base_of(gerund: str) -> str | None:
    """ "sending" -> "send", when it is a verb at all."""
    lemma = getLemma(gerund.lower(), upos="VERB")
    return lemma[0] if lemma and lemma[0] in VERBS else None


def _gerund_phrase(action: str) -> str:
    """ "send a reminder" -> "sending a reminder"."""
    verb, _, rest = action.partition(" ")
    forms = getInflection(verb, tag="VBG")
    return f"{forms[0] if forms else verb + 'ing'} {rest}".strip()


def _settle(
    index: int, document: Document, proposal: Proposal, reply: Unit, verdict: Verdict, drafts: list[Draft]
) -> Draft:
    """The suggestion as the other side answered it: what its own words gave is replaced by what
    was agreed (or ruled out), sourced on the suggested words and on the answer."""
    unit = proposal.unit
    drafts[:] = [d for d in drafts if not (d.doc_index == index and unit.start <= d.start < unit.end)]
    statement = proposal.accepted() if verdict.accepted else proposal.declined(verdict.until)
    cue = "suggestion accepted" if verdict.accepted else "suggestion declined"
    at = unit.text.find(proposal.said)
    start, end = (unit.start + at, unit.start + at + len(proposal.said)) if at >= 0 else (unit.start, unit.end)
    candidate = Candidate(unit, "informal", cue, 0.6)
    draft = draft_from(index, document.id, candidate, start, end, document.text[start:end], statement, False)
    draft.sentence = statement  # its modal is the priority cue, as for an answer
    draft.speaker = reply.speaker  # the one who agreed owns it
    draft.extra_sources.append(span_of(document, reply))
    if verdict.reason and not _EMPTY_REASON_RE.match(verdict.reason):
        draft.rationale = capitalise(verdict.reason.rstrip(" .!"))
    if not verdict.accepted:
        answer = REVIEWER_TAG_RE.sub("", reply.text.strip()).rstrip(" .!")
        draft.priority_override = ("wont", answer if len(answer) <= 40 else answer[:40].rsplit(" ", 1)[0])
    drafts.append(draft)
    return draft


def settle_reply(index: int, document: Document, suggested: Proposal, reply: Unit, drafts: list[Draft]) -> Draft | None:
    """The other side's yes or no to a suggestion, when it says nothing else: the requirement agreed
    or ruled out. A bare yes or no to "Should we …?" is left to the question's own reading
    ("The system must not …"), which an answer with more words than that also gets."""
    if suggested.reported:
        verdict = reported_verdict(reply.text)
        return _settle(index, document, suggested, reply, verdict, drafts) if verdict else None
    if not suggested.quoted and (not reply.speaker or reply.speaker == suggested.unit.speaker):
        return None
    verdict = verdict_of(reply.text)
    if verdict is not None and not verdict.bare and suggested.quoted and verdict.accepted:
        # "> - Online booking for check-ups" / "Yes, and for emergency slots too": agreed, with more
        more = REVIEWER_TAG_RE.sub("", reply.text.strip())
        lead = _ACCEPT_RE.match(more)
        draft = _settle(index, document, suggested, reply, verdict, drafts)
        draft.statement = (
            f"{draft.statement.rstrip('.')}, {more[lead.end() :].strip(' ,.;:–—-')}." if lead else draft.statement
        )
        draft.sentence = draft.statement
        draft.rationale = None
        return draft
    if verdict is None or not verdict.bare:
        return None
    if suggested.asked and not (verdict.reason or verdict.until or not verdict.accepted and suggested.thing):
        return None
    return _settle(index, document, suggested, reply, verdict, drafts)
