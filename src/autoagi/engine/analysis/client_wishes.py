"""What clients say of a thing, a wish or a rule without naming the product, as the requirement an
analyst writes: "Apple Pay is a must" (the system must support Apple Pay), "It'd be good to have
favourites", "We'd also need the ability to freeze a membership", "There should be a way for
trainers to log a session", "Patient data can't leave the UK", "Make sure the check-in works even
when the wifi is down", "Must work for people using screen readers" (a note without its subject).
"""

from __future__ import annotations

import re

from lemminflect import getAllLemmas

from autoagi.engine.analysis import prefilter
from autoagi.engine.analysis.asides import without_afterthought, without_connective
from autoagi.engine.analysis.described import third_person_base
from autoagi.engine.analysis.grammar import ROLE_WORDS
from autoagi.engine.analysis.words import (
    ACCEPTED_OPTION,
    ONLY_THING,
    PEOPLE_WORDS,
    PRAISE_WORDS,
    PRONOUN_SUBJECTS,
    THING_WOULD_HELP,
    because,
    capitalise,
    is_verb,
    lower_first,
    names_a_message,
    out_of_scope,
    singular,
)

# "Patient data can't leave the UK", "Receptionists can't see card numbers": a prohibition
_CANNOT_RE = prefilter.compile(
    # (after a reason: "we're an NHS practice so patient data can't leave the UK")
    r"^(?P<why>[^,]{8,}?(?:,\s*|\s+)so\s+)?"
    # only the spoken "can't": a specification's "cannot" often states an inability ("if a train cannot stop")
    r"(?P<who>(?:the\s+|our\s+|all\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+can['’]t\s+(?!be\b)"
    r"(?P<rest>[a-z].*)$",
    re.I,
)


def cannot_statement(clean: str) -> str | None:
    said = _CANNOT_RE.match(clean.rstrip(" .!"))
    if said is None:
        return None
    who = re.sub(r"^our\s+", "the ", said.group("who"), flags=re.I)
    head = who.split()[-1].lower()
    if head in PRONOUN_SUBJECTS:
        return None  # "we can't afford …", "it can't …": who or what, the sentence does not say
    why = without_connective(said.group("why") or "")
    if singular(head) in ROLE_WORDS or head in PEOPLE_WORDS:
        return capitalise(f"{why}{who} must not be able to {said.group('rest')}") + "."
    return capitalise(f"{why}{who} must not {said.group('rest')}") + "."


THING_WOULD_HELP_RE = prefilter.compile(THING_WOULD_HELP, re.I)  # detect asks it too
_ACCEPTED_OPTION_RE = prefilter.compile(ACCEPTED_OPTION, re.I)


_ONLY_THING_RE = re.compile(ONLY_THING, re.I)


def only_thing_statement(clean: str) -> str | None:
    """ "For now, the only thing I'd like is a deposit for surgery consults" -> "The system should
    support a deposit for surgery consults"; "All we need is …" binds."""
    if (only := _ONLY_THING_RE.match(clean)) is None or not (what := without_afterthought(clean[only.end() :])):
        return None
    modal = "must" if (only.group("verb") or only.group("verb2")).lower() == "need" else "should"
    when = " for now" if re.match(r"\W*for\s+(?:now|the\s+moment)\b", clean, re.I) else ""
    return f"The system {modal} {'send' if names_a_message(what) else 'support'} {lower_first(what)}{when}."


# "Apple Pay is a must", "Allergen labels are essential": a thing the product must have
_MUST_HAVE_THING_RE = prefilter.compile(
    r"^(?P<what>(?!(?:it|this|that|which|there)\b)[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,4}?)\s+(?:is|are|['’]s)\s+"
    r"(?:a\s+|an\s+|absolutely\s+|really\s+|totally\s+)*(?:must(?:[\s-]have)?|essential|non[\s-]negotiable|mandatory)"
    r"(?:\s+(?:though|too|as\s+well|for\s+us|for\s+me|for\s+them))*\W*$",
    re.I,
)
_MAKE_SURE_IT_WORKS_RE = re.compile(
    r"^(?:please\s+)?make\s+sure\s+(?:that\s+)?(?P<what>(?:the|our|your)\s+[\w-]+(?:\s+[\w-]+){0,2}?)\s+"
    r"(?P<verb>works|loads|runs|syncs|copes|keeps)\b(?P<rest>.*)$",
    re.I,
)
# "It'd be good to have favourites so regulars can reorder in one tap": a could-have
_GOOD_TO_HAVE_RE = re.compile(
    rf"^(?:it|that)(?:['’]d|\s+would)\s+be\s+(?:really\s+|so\s+)?{PRAISE_WORDS}\s+to\s+have\s+(?P<what>.+)$", re.I
)
_GOOD_TO_DO_RE = re.compile(
    rf"^(?:it|that)(?:['’]d|\s+would)\s+be\s+(?:really\s+|so\s+)?{PRAISE_WORDS}\s+to\s+(?!have\b)(?P<verb>[a-z]+)\b(?P<rest>.*)$",
    re.I,
)
# what the product does by itself, not its users: "It would be great to send a text the day before"
_SYSTEM_DOINGS = frozenset(
    {"send", "email", "e-mail", "text", "notify", "remind", "alert", "sync", "calculate", "generate", "show", "display"}
)
# "Ideally it prints a ticket too": the product, ideally
_IDEALLY_IT_RE = re.compile(r"^ideally,?\s+it\s+(?P<verb>[a-z]+)\b(?P<rest>.*)$", re.I)
# "We run three cafés and we want to do click and collect": a way of trading the product should support
_WANT_TO_DO_RE = prefilter.compile(
    r"^(?:[^,;]{3,80}?,?\s+and\s+)?(?:we|i)(?:['’]d|\s+would)?\s+(?:really\s+)?(?:want|like|love|need)\s+to\s+"
    r"(?:do|offer|start\s+doing|start\s+offering|add|introduce)\s+(?P<what>(?!it\b|that\b|this\b|something\b)[a-z][\w\s'’-]{2,50})$",
    re.I,
)
# "We'd love to launch before the summer holidays": when it should go live
# ("We must be live before the spring rush": when it must)
_LAUNCH_WISH_RE = re.compile(
    r"^(?:we|i)(?:['’]d|\s+would)?\s+(?:really\s+)?(?:(?P<bound>must|need\s+to|have\s+to|['’]ve\s+got\s+to)|"
    r"(?:love|like|want|hope)\s+to)\s+(?:launch|go\s+live|open|be\s+live|be\s+up\s+and\s+running)\s+"
    r"(?P<when>(?:before|by|in|for|ahead\s+of|no\s+later\s+than)\s+.+)$",
    re.I,
)


# "We'd also need the ability to freeze a membership", "There should be a way for trainers to log a
# session", "It's important that members can see …": what someone should be able to do, framed
_ABILITY_FRAMES = (
    re.compile(
        r"^(?:we|i)(?P<modal>['’]d|\s+would|\s+will)?\s+(?:really\s+|also\s+|definitely\s+)*(?P<verb>need|want|like)\s+"
        r"(?:the\s+|an?\s+)?(?:ability|option|possibility|way|means)\s+(?:for\s+(?P<who>[\w\s'’-]{2,40}?)\s+)?to\s+(?P<rest>.+)$",
        re.I,
    ),
    re.compile(
        r"^there\s+(?P<modal>should|must|needs\s+to|has\s+to)\s+be\s+(?:a\s+|an\s+)?(?:easy\s+|simple\s+)?"
        r"(?:way|option|means)\s+(?:for\s+(?P<who>[\w\s'’-]{2,40}?)\s+)?to\s+(?P<rest>.+)$",
        re.I,
    ),
    re.compile(
        r"^it['’]?s\s+(?:really\s+|very\s+)?(?P<modal>important|essential|vital|crucial)\s+that\s+"
        r"(?P<who>(?:the\s+|our\s+|all\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+can\s+(?P<rest>.+)$",
        re.I,
    ),
)


def _framed_ability(clean: str) -> str | None:
    for frame in _ABILITY_FRAMES:
        if framed := frame.match(clean.rstrip(" .!")):
            groups = framed.groupdict()
            binding = (groups.get("verb") or "").lower() == "need" or (groups.get("modal") or "").lower() in {
                "must",
                "needs to",
                "has to",
                "essential",
                "vital",
                "crucial",
            }
            who = re.sub(r"^our\s+", "the ", (framed.group("who") or "users").strip(), flags=re.I)
            return (
                capitalise(
                    f"{who} {'must' if binding else 'should'} be able to {without_afterthought(framed.group('rest'))}"
                )
                + "."
            )
    return None


def _as_inside(what: str) -> str:
    """ "Allergen labels" reads in lower case inside a sentence; "Apple Pay" is a name, and so is "Xero"."""
    words = what.split()
    if len(words) == 1:
        known = bool(getAllLemmas(what.lower()))  # an English word; "Xero", "WhatsApp" are names
        return lower_first(what) if known and what[1:].islower() else what
    return lower_first(what) if all(w.islower() for w in words[1:]) else what


def plain_wish_statement(clean: str) -> str | None:
    """What a client says of a thing or of "it" without naming the product: "Apple Pay is a must",
    "It'd be good to have favourites …", "Ideally it prints a ticket too", "We'd love to launch
    before the summer holidays"."""
    body = without_connective(clean).rstrip(" .!")
    if framed := _framed_ability(body):
        return framed
    if works := _MAKE_SURE_IT_WORKS_RE.match(body):
        # "Make sure the check-in works even when the wifi is down": the check-in must work
        return (
            capitalise(f"{works.group('what')} must {third_person_base(works.group('verb'))}{works.group('rest')}")
            + "."
        )
    if must := _MUST_HAVE_THING_RE.match(body):
        what = _as_inside(must.group("what"))
        return f"The system must {'send' if names_a_message(what) else 'support'} {what}."
    if good := _GOOD_TO_HAVE_RE.match(body):
        return f"The system could provide {good.group('what')}."
    if (good := _GOOD_TO_DO_RE.match(body)) and is_verb(good.group("verb").lower()):
        # "Would be good to record that on a phone with a photo": something people could do
        verb = good.group("verb").lower()
        who = "The system" if verb in _SYSTEM_DOINGS or names_a_message(good.group("rest")) else "Users"
        return f"{who} could {verb}{good.group('rest')}."
    if (ideal := _IDEALLY_IT_RE.match(body)) and (base := third_person_base(ideal.group("verb"))):
        return f"The system could {base}{ideal.group('rest')}."
    if todo := _WANT_TO_DO_RE.match(body):
        return f"The system {'must' if 'need' in body[: todo.start('what')].lower() else 'should'} support {todo.group('what')}."
    if launch := _LAUNCH_WISH_RE.match(body):
        return f"The system {'must' if launch.group('bound') else 'should'} go live {launch.group('when')}."
    return None


# "(the main thing is) owners booking a groom slot themselves, we spend half the day on the phone"
_PEOPLE_DOING_RE = re.compile(
    r"^(?P<who>(?:the\s+|our\s+)?(?P<role>[a-z]+s|staff))\s+(?P<verb>[a-z]+ing)\b(?P<rest>[^,.;!?]*)"
    # the reason: "we spend half the day on the phone", "the phone never stops ringing"
    r"(?:,\s+(?P<why>(?:(?:we|i|they|it)\b|(?:the|our)\s+[a-z]+\s+(?:never|always|still|just|keeps?|is|are|was|were|"
    r"has|gets)\b)[^.!?]{4,}))?[.!]*$",
    re.I,
)
MAIN_THING_RE = prefilter.compile(
    r"^\W*(?:(?:so|and|but|well|ok|okay)[\s,]+)*(?:the\s+)?(?:main|big|key|one)\s+thing\s+is\b", re.I
)


def doing_statement(clean: str) -> str | None:
    """ "Owners booking a groom slot themselves" -> "Owners should be able to book a groom slot
    themselves", what a client named as the main thing; the reason after it is left for the rationale."""
    doing = _PEOPLE_DOING_RE.match(clean.strip())
    if doing is None or singular(doing.group("role").lower()) not in ROLE_WORDS:
        return None
    lemmas = getAllLemmas(doing.group("verb").lower()).get("VERB")
    if not lemmas or not is_verb(lemmas[0]):
        return None
    return (
        f"{capitalise(doing.group('who'))} should be able to {lemmas[0]}{doing.group('rest').rstrip()}"
        f"{because(doing.group('why'))}."
    )


# "If they no-show they lose the deposit": what follows for people when something happens, a rule
_CONSEQUENCE_RE = prefilter.compile(
    r"^\W*(?:(?:and|also|so|oh|plus)[\s,]+)*(?P<if>if|when|whenever)\s+(?P<case>(?!i\b|we\b|you\b)[^,;]{3,60}?),?\s+"
    r"(?P<who>they|(?:the\s+)?(?:customers?|members?|owners?|clients?|guests?|patients?|parents?|tenants?|players?))\s+"
    r"(?P<verb>lose|loses|forfeit|forfeits|get|gets|pay|pays|keep|keeps|go|goes)\s+"
    r"(?P<what>(?:the|their|a|an|half|all)\b[^,;.!?]{2,60}?)[.!]*$",
    re.I,
)
_GETTING = {"gets": "get", "pays": "pay", "keeps": "keep", "goes": "go", "loses": "lose", "forfeits": "forfeit"}


def consequence_statement(clean: str) -> str | None:
    """ "If they no-show they lose the deposit" -> "If they no-show, they should lose the deposit"."""
    said = _CONSEQUENCE_RE.match(clean.strip())
    if said is None:
        return None
    verb = said.group("verb").lower()
    verb = _GETTING.get(verb, verb)
    return (
        f"{capitalise(said.group('if').lower())} {said.group('case').strip()}, {said.group('who')} should {verb} "
        f"{said.group('what').strip()}."
    )


# "also the receipt email needs our VAT number on it, accountant flagged it": what a thing must show
_SHOWN_ON_IT_RE = prefilter.compile(
    r"^\W*(?:(?:also|and|oh|plus|so)[\s,]+)*(?P<thing>(?:the|our|every|each|all)\s+[\w'’ -]{2,30}?)\s+"
    r"(?:needs?|must\s+have|should\s+have|has\s+to\s+have|have\s+to\s+have)\s+(?P<what>(?:the|our|their|its|a|an)\s+"
    r"[\w'’ -]{2,40}?)\s+(?:on|in)\s+(?:it|them|there)\b(?P<why>,\s*[^.!?]{3,80})?[.!]*$",
    re.I,
)


def shown_on_it_statement(clean: str) -> str | None:
    """ "the receipt email needs our VAT number on it" -> "The receipt email must show our VAT number";
    a remark after it is left for the rationale."""
    said = _SHOWN_ON_IT_RE.match(clean.strip())
    if said is None:
        return None
    return f"{capitalise(said.group('thing'))} must show {said.group('what')}{because(said.group('why'))}."


# "Oh and a text reminder the day before please!! no-shows are killing us": a thing asked for
THING_PLEASE_RE = prefilter.compile(
    r"^\W*(?:(?:oh|and|also|so|plus)[\s,]+)*(?P<what>(?:an?|some)\s+(?!(?:it|that|this)\b)[\w'’ -]{2,60}?)[\s,]+"
    r"(?:please|pls|plz)\b[\s!.]*(?P<why>\S.*)?$",
    re.I,
)


def please_statement(clean: str) -> str | None:
    """ "A text reminder the day before please" -> "The system should send a text reminder the day before";
    what follows the "please" is left on for the rationale to split off."""
    asked = THING_PLEASE_RE.match(clean)
    if asked is None:
        return None
    what = asked.group("what").strip()
    verb = "send" if names_a_message(what) else "provide"
    return f"The system should {verb} {lower_first(what)}{because(asked.group('why'))}."


def welcome_statement(clean: str) -> str | None:
    """ "A text the day before would be great" -> "The system could send a text the day before";
    "Guest booking with just a phone number is fine" -> "The system should allow guest booking …"."""
    if wished := THING_WOULD_HELP_RE.match(clean):
        what = _as_inside(wished.group("what").strip())
        if wished.group("purpose"):
            what = f"{what} {wished.group('purpose').strip(' ,')}"  # "a waiting list for cancellations"
        why = (wished.group("why") or "").rstrip(" .!")  # kept for the rationale to split off
        if wished.group("benefit") or wished.group("reason"):
            # "… would save us loads of calls": the saving, and what the client said first, are why
            said = [
                f"it would {wished.group('benefit')}" if wished.group("benefit") else "",
                wished.group("reason") or "",
            ]
            why = because(" and ".join(part for part in said if part))
        if wished.group("later"):
            when = wished.group("when").lower()
            return out_of_scope(what, f" {when}" if when.startswith(("for", "at", "in")) else " for now")
        verb = "send" if names_a_message(what) else "support" if what[:1].isupper() else "provide"  # "Apple Pay"
        # a could-have; one whose saving is spelt out ("would save us loads of calls") is asked for
        return f"The system {'should' if wished.group('benefit') else 'could'} {verb} {what}{why}."
    if (accepted := _ACCEPTED_OPTION_RE.match(clean)) and not is_verb(accepted.group("what").split()[0].lower()):
        return f"The system should allow {lower_first(accepted.group('what').strip())}."
    return None


# "Must work for people using screen readers", "Should be easy to use": a note that leaves out its subject
_SUBJECTLESS_RE = re.compile(
    r"^(?P<modal>must|should|shall|could|needs\s+to|need\s+to|has\s+to|have\s+to)\s+(?!we\b|you\b|i\b|they\b)"
    r"(?P<rest>(?:also\s+|always\s+|never\s+)?[a-z]+\b.*)$",
    re.I,
)


def subjectless_statement(clean: str) -> str | None:
    said = _SUBJECTLESS_RE.match(clean)
    if said is None or clean.rstrip().endswith("?"):
        return None
    first = said.group("rest").split()[0].lower()
    if first not in {"also", "always", "never", "not", "be", "have"} and "VERB" not in getAllLemmas(first):
        return None  # "Should a subsystem fail, …" puts a condition first; "Could customers …?" asks
    modal = said.group("modal").lower()
    modal = "must" if modal.endswith("to") else modal
    return f"The system {modal} {said.group('rest').rstrip(' .')}."


# "After that we charge half the fee, and that needs to happen automatically": what they do now by
# hand is what the system must do
_DONE_AUTOMATICALLY_RE = re.compile(
    r"^(?P<lead>(?:after\s+that|then|otherwise|(?:if|when|once)\s+[^,]{3,60}),?\s+)?(?:we|i)\s+(?P<verb>[a-z]+)\s+"
    r"(?P<rest>[^,]{3,80}?),?\s+and\s+(?:that|this|it)\s+(?:needs\s+to|has\s+to|should|must|ought\s+to)\s+"
    r"(?:happen|be\s+done)\s+(?P<how>automatically|by\s+itself|straight\s+away|instantly|immediately)[.!]?$",
    re.I,
)


def done_automatically_statement(clean: str) -> str | None:
    """ "After that we charge half the fee, and that needs to happen automatically" -> "After that, the
    system must charge half the fee automatically"."""
    done = _DONE_AUTOMATICALLY_RE.match(clean)
    if done is None or not is_verb(done.group("verb").lower()):
        return None
    lead = done.group("lead").strip().rstrip(",") + ", " if done.group("lead") else ""
    return capitalise(f"{lead}the system must {done.group('verb').lower()} {done.group('rest')} {done.group('how')}.")
