"""A row of a backlog or a list item under a requirements heading, in the author's shorthand, as
the requirement it stands for: "Tenants see their balance", "Customer receives a confirmation
e-mail", "Reminder e-mails a week before the class", and a roles table's "Admin" / "Create users,
edit prices" ("Admins should be able to create users and edit prices")."""

from __future__ import annotations

import re

from lemminflect import getAllLemmas, getInflection

from autoagi.engine.analysis import prefilter
from autoagi.engine.analysis.classify.features import quality_evidence
from autoagi.engine.analysis.described import third_person_base
from autoagi.engine.analysis.grammar import ROLE_WORDS, noun_phrases
from autoagi.engine.analysis.priority import label_level, moscow_heading
from autoagi.engine.analysis.sections import quality_section, section_style
from autoagi.engine.analysis.words import (
    CLAUSE_VERBS,
    DETERMINERS,
    PEOPLE_WORDS,
    USER_ACTIONS,
    article,
    as_theirs,
    because,
    capitalise,
    is_participle,
    is_verb,
    joined,
    lower_first,
    names_a_message,
    out_of_scope,
    singular,
    verb_modifies_noun,
)

# what people are sent rather than do: "Customer receives a confirmation e-mail" (they should receive it)
RECEIVE_VERBS = frozenset({"get", "receive"})

# "Tenants see their balance" and "Works on cheap Android phones" under a requirements heading
_LISTED_ABILITY_RE = re.compile(
    r"^(?P<who>(?:the\s+|all\s+)?(?P<kind>[a-z][\w-]*\s+)?(?:[a-z][\w-]*s|staff|team|people))\s+(?P<verb>[a-z]+)\b(?P<rest>.*)$",
    re.I,
)
_LISTED_SYSTEM_RE = re.compile(
    r"^(?P<verb>works|runs|loads|supports|handles|stores|keeps|shows|sends|lets|allows)\b(?P<rest>.*)$", re.I
)


# "The system sends shift reminders by SMS 24 hours before": a tender row in the present tense
_SYSTEM_DOES_RE = re.compile(
    r"^the\s+(?:system|app|application|platform|portal|site|website|software|solution)\s+(?P<verb>[a-z]+s)\b(?P<rest>.*)$",
    re.I,
)


_KEPT_IN_RE = re.compile(
    r"^(?P<what>(?i:(?:all\s+|the\s+|our\s+)?(?:[\w'’-]+\s+){0,3}?(?:data|records|files|details|information|notes|backups?))"
    r"(?:\s+(?:about|on|of)\s+[\w'’ -]{2,40}?)?)\s+"
    r"(?i:stays?|remains?|(?:is|are)\s+(?:kept|stored|hosted))\s+(?P<where>(?i:in|inside|within)\s+(?:the\s+)?"
    r"(?:UK|EU|EEA|US|USA|[A-Z][a-z]+)\b.*)$",
)
# "A plot marked poor twice in a row gets a warning letter": what one thing, or its holder, is sent
_ONE_GETS_RE = re.compile(
    r"^(?P<what>(?:an?|the|each|every|any)\s+[^,;]{2,60}?)\s+(?P<verb>gets|receives)\s+(?P<rest>(?:an?|the|one)\s+.+)$",
    re.I,
)
_THING_THEY_CAN_RE = re.compile(
    r"^(?P<thing>(?:an?|one)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+(?P<who>(?:the\s+|our\s+)?[a-z][\w-]*)\s+"
    r"(?:can|could)\s+(?P<rest>[a-z].*)$",
    re.I,
)
_ONE_THING_RE = re.compile(r"(?:an?|each|every)\s+[a-z][\w-]*", re.I)  # "a table", "each booking"
_AND_CAN_RE = re.compile(r"\s+and\s+(?:can|could)\s+(?=[a-z])", re.I)
# "Members can pause their membership once a year": what a group may do
_LISTED_CAN_RE = re.compile(
    r"^(?P<who>(?:the\s+|all\s+)?(?:[a-z][\w-]*\s+)?[a-z][\w-]*)\s+(?:can|may)\s+(?!not\b)(?P<rest>[a-z].*)$", re.I
)  # "Members can pause …", "Front-desk staff can book …"
# "Customer receives a confirmation e-mail": one of a role, the verb in the third person
_LISTED_ONE_RE = re.compile(r"^(?:the\s+|an?\s+)?(?P<who>[a-z][\w-]*)\s+(?P<verb>[a-z]+s)\b(?P<rest>.*)$", re.I)
# "Reminder e-mails a week before the class": what is sent, and when
_MESSAGES = (  # "reminder e-mails", "appointment reminders", "Reminder the day before"
    r"(?P<what>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s|(?:[a-z][\w-]*\s+)?(?:reminder|confirmation|receipt|notification|alert|"
    r"text|message|e-?mail))"
)
_CHANNELS = r"(?:text|sms|e-?mail|whatsapp|push)"
_CHANNEL = rf"(?:by|via|over)\s+{_CHANNELS}(?:\s*(?:,|and|or|&)\s*{_CHANNELS})*"  # "by SMS", "by SMS and email"
_LISTED_MESSAGE_RE = re.compile(
    rf"^{_MESSAGES}\s+(?:{_CHANNEL}\s+)?(?:to\s+(?:the\s+|each\s+|all\s+)?[a-z]+\s+)?"  # ("to the patient")
    r"(?P<when>(?:(?:an?|one|two|three|\d+|the)\s+)?(?:hours?|days?|nights?|weeks?|months?|morning)\s+"
    r"(?:before|after)|(?:every|each|on\s+the)\s+[a-z]+|when|if|after|before|on|at)\b",
    re.I,
)
_ONE_RE = re.compile(r"^(?:an?|one)\s+", re.I)
# "Appointment reminders by SMS": what is sent, and how
_MESSAGE_BY_RE = re.compile(rf"^{_MESSAGES}\s+{_CHANNEL}(?:\s+notification)?$", re.I)
_LISTED_NOMINAL_RE = re.compile(r"^(?P<verb>[A-Z][a-z]+)\s+of\s+(?P<rest>.+)$")
# "Pay for trips online", "Send a reminder": a backlog item that starts with what is done
_LISTED_ACTION_RE = re.compile(r"^(?P<verb>[A-Z][a-z]+)\b(?P<rest>(?:\s+\S+)+)$")
_LOG_IN_RE = re.compile(r"^(?:log|sign)\s+(?:in|on|up|out)\b", re.I)
_FIGURE_RE = re.compile(r"\d")
# a figure that measures a quality: "within 2 seconds", "for 95% of searches"
_MEASURED_RE = re.compile(
    r"\b(?:within|under|in\s+(?:less|under)\s+than|less\s+than|faster\s+than)\s+\d|%|\bper\s+(?:second|minute)\b", re.I
)


def actor_statement(actor: str, text: str) -> str | None:
    """A row of a roles table: "Admin" / "Create users, edit prices, see all reports" -> "Admins
    should be able to create users, edit prices and see all reports"; "Viewer" / "Read-only access
    to the catalogue" -> "Viewers should have read-only access to the catalogue"."""
    body = as_theirs(" ".join(text.split()).rstrip(" .;"))  # a story map's "book a class from my phone"
    first = body.split()[0].lower() if body else ""
    if not first or _MODAL_WORD_RE.search(body):
        return None  # "Admins can create users": its own words say it
    if singular(first) in ROLE_WORDS or singular(first) == singular(actor.split()[-1].lower()):
        return None  # "Members book and cancel classes": a sentence with its own subject
    who = _group_of(" ".join(actor.split()))
    items = [item.strip() for item in re.split(r"\s*[,;]\s*|\s+and\s+", body) if item.strip()]
    if is_verb(first) and all(is_verb(item.split()[0].lower()) for item in items):
        listed = joined(items)
        listed = re.sub(
            r"\b(see|view|edit|change|download|cancel|update|manage)\s+own\b", r"\1 their own", listed, flags=re.I
        )
        if all(item.split()[0].lower() in _RECEIVING for item in items):
            return capitalise(f"{who} should {lower_first(listed)}") + "."  # "Get a photo after the walk"
        return capitalise(f"{who} should be able to {lower_first(listed)}") + "."
    return capitalise(f"{who} should have {lower_first(body)}") + "."


# what happens to people rather than what they do: "Get a photo after the walk", "Be told when …"
_RECEIVING = frozenset({"get", "receive", "be"})


def _group_of(actor: str) -> str:
    """ "Admin" -> "Admins", "Finance team" -> "The finance team", "Staff" stays."""
    words = actor.split()
    head = words[-1].lower()
    if head in _COLLECTIVE or singular(head) != head:
        return f"The {actor.lower()}" if head in _COLLECTIVE - {"staff", "everyone", "public", "reception"} else actor
    forms = getInflection(head, tag="NNS")
    return " ".join([*words[:-1], forms[0] if forms else head + "s"])


_COLLECTIVE = frozenset(
    {"staff", "team", "department", "committee", "board", "office", "everyone", "public", "reception"}
)
# who a backlog row may name as doing something: a role or a whole group ("Staff scan …")
_GROUPS = ROLE_WORDS | _COLLECTIVE
_GROUPS_WHO_CAN = _GROUPS | {"users"}
_MODAL_WORD_RE = re.compile(r"\b(?:can|cannot|can't|may|must|should|shall|will|is\s+able|are\s+able)\b", re.I)


# things whose names end like a doer's: "printers", "letters", "flowers"
_THINGS_IN_ERS = frozenset(
    {"printers", "routers", "computers", "servers", "containers", "filters", "scanners", "sensors", "monitors",
     "controllers", "browsers", "readers", "meters", "timers", "trailers", "heaters", "chargers", "speakers", "stickers",
     "posters", "markers", "folders", "headers", "footers", "counters", "lockers", "covers", "vouchers", "orders",
     "flowers", "numbers", "letters", "papers", "others", "matters", "layers", "answers", "offers", "corners",
     "borders", "powers", "waters", "hampers", "banners", "reminders", "planners", "binders", "boosters"}
)  # fmt: skip


def _agent_noun(word: str) -> bool:
    """ "singers", "dancers", "runners", "visitors": people named by what they do (not "printers")."""
    if word in _THINGS_IN_ERS or not word.endswith(("ers", "ors")):
        return False
    stem = word[:-3]
    candidates = (stem, f"{stem}e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else "")
    return any(candidate and "VERB" in getAllLemmas(candidate) for candidate in candidates)


def _orders(word: str) -> bool:
    return is_verb(word) or word in CLAUSE_VERBS


# "GDPR obviously.", "PCI compliance", "WCAG 2.2 AA": a law or standard named on its own
_REGULATION_RE = re.compile(
    r"^(?P<law>(?:UK\s+|EU\s+)?GDPR|HIPAA|PCI(?:[\s-]DSS)?|WCAG(?:\s+\d(?:\.\d)?)?(?:\s+(?:level\s+)?A{1,3})?|"
    r"ISO\s*27001|SOC\s*2(?:\s+type\s+(?:1|2|I|II))?|Cyber\s+Essentials(?:\s+Plus)?|CCPA|PECR|FERPA|COPPA|"
    r"(?:the\s+)?Data\s+Protection\s+Act(?:\s+\d{4})?)"
    r"(?:\s+(?:compliance|compliant|applies|too|as\s+well|obviously|of\s+course|please))*[\s,!]*$",
    re.I,
)


# "NHS data security standards (DSPT) apply": rules said to apply
_RULES_APPLY_RE = re.compile(
    r"^(?P<law>(?:the\s+)?[A-Z][\w'’ -]{2,60}?\b(?:standards?|regulations?|rules|act|law|guidelines|code\s+of\s+practice)"
    r"(?:\s*\([^()]{1,20}\))?)\s+(?:(?:will|would|also)\s+)?appl(?:y|ies)$"
)


# a standard named anywhere in a sentence: "describe their approach to accessibility (WCAG 2.2 AA)"
_STANDARD_IN_RE = re.compile(
    r"\b(?P<law>WCAG\s+\d(?:\.\d)?(?:\s+(?:level\s+)?A{1,3}\b)?|ISO(?:/IEC)?\s*27001|SOC\s*2|"
    r"Cyber\s+Essentials(?:\s+Plus)?|PCI[\s-]DSS)"
)


def standard_in(text: str) -> str | None:
    """The security or accessibility standard a sentence names, wherever it names it, or None."""
    said = _STANDARD_IN_RE.search(text)
    return said.group("law") if said else None


def law_named(text: str) -> str | None:
    """The law or standard an item names on its own ("GDPR obviously." -> "GDPR"; "NHS data security
    standards (DSPT) apply" -> those standards), or None."""
    said = " ".join(text.split()).rstrip(" .")
    if rules := _RULES_APPLY_RE.match(said):
        return rules.group("law")
    law = _REGULATION_RE.match(said)
    return law.group("law") if law else None


_ANYONE_DOING_RE = re.compile(
    r"^(?P<who>(?:anyone|anybody|everyone|everybody|(?:each|every)\s+[a-z]+)\s+[a-z]+ing\b[^,;]{0,40}?)\s+"
    r"(?P<verb>[a-z]*[a-rt-z]s)\b(?P<rest>.*)$",  # not "class"
    re.I,
)


def listed_statement(clean: str) -> str | None:
    """A backlog item in the present tense says what the product does or lets people do: "Tenants
    see their balance" -> "Tenants should be able to see their balance"."""
    body = clean.rstrip(" .")
    if law := law_named(body):
        return f"The system must comply with {law}."  # the law binds, however it is said
    for read in (_people_statement, _message_statement, _system_statement, _things_listed_statement):
        if statement := read(body):
            return statement
    if _LISTED_QUALITY_RE.match(body):
        return f"The system should be {lower_first(body)}."  # "Available in English, German and French"
    return None


def _people_statement(body: str) -> str | None:
    """ "Members can pause …", "Tenants see their balance", "Customer receives a confirmation e-mail"."""
    if (
        (can := _LISTED_CAN_RE.match(body))
        and (
            can.group("who").split()[-1].lower() in _GROUPS_WHO_CAN | {"they"}  # "they": resolved later
            or len(can.group("who").split()) == 1
            and _agent_noun(can.group("who").lower())  # "Singers can sign up …": people who sing
            and can.group("rest").split(maxsplit=1)[0].lower() != "be"  # ("… can be delivered": a thing)
        )
        # "Front-desk staff can …", "Support staff can …"; not "Ensure staff can …", an order
        and (len(can.group("who").split()) == 1 or not _orders(body.split()[0].lower()) or verb_modifies_noun(body))
    ):
        return f"{capitalise(can.group('who'))} should be able to {can.group('rest')}."  # "Members can pause …"
    if (can := _LISTED_CAN_RE.match(body)) and _ONE_THING_RE.fullmatch(can.group("who")):
        return f"{capitalise(can.group('who'))} should be able to {can.group('rest')}."  # "A table can keep a tab open"
    if (
        (able := _LISTED_ABILITY_RE.match(body))
        and able.group("who").split()[-1].lower() in _GROUPS
        # "Reception staff see …", not "Let members book …"
        and not (able.group("kind") and _orders(able.group("kind").strip().lower()))
    ):
        verb = able.group("verb").lower()
        if is_verb(verb) and verb not in {"can", "may", "should", "must", "will", "need", "want", "have", "are"}:
            rest = _AND_CAN_RE.sub(" and ", able.group("rest"))  # "… online and can see where they are"
            can = "should" if verb in RECEIVE_VERBS else "should be able to"  # "members get them by email"
            return f"{capitalise(able.group('who'))} {can} {verb}{rest}."
    if (anyone := _ANYONE_DOING_RE.match(body)) and (verb := third_person_base(anyone.group("verb").lower())):
        # "Anyone ordering alcohol confirms they are over 18": a rule for everyone in that case
        return f"{capitalise(anyone.group('who'))} must {verb}{anyone.group('rest')}."
    if (one := _LISTED_ONE_RE.match(body)) and one.group("who").lower() in ROLE_WORDS:
        # "Customer receives a confirmation e-mail", "Admin approves new accounts"
        verb = third_person_base(one.group("verb").lower())
        if verb is not None:
            can = "should" if verb in RECEIVE_VERBS else "should be able to"
            return f"The {one.group('who').lower()} {can} {verb}{one.group('rest')}."
    return None


def _message_statement(body: str) -> str | None:
    """ "Appointment reminders by SMS", "A text reminder the day before": a message the system sends."""
    if (by := _MESSAGE_BY_RE.match(body)) and names_a_message(by.group("what")):
        return f"The system should send {lower_first(body)}."  # "Appointment reminders by SMS"
    message = _ONE_RE.sub("", body, count=1)  # "A text reminder the day before": one message, said below
    if (sent := _LISTED_MESSAGE_RE.match(message)) and names_a_message(sent.group("what")):
        head, when = message[: sent.start("when")], message[sent.start("when") :]
        if re.match(r"(?:day|night|week|morning)\b", when, re.I):
            when = f"the {when}"  # "Reminder SMS day before": the day before
        said = lower_first(head) + when
        if sent.group("what").endswith("SMS") or not sent.group("what").endswith("s"):
            said = f"{article(said.split()[0])} {said}"  # "a reminder SMS", "an e-mail the day before": one message
        return f"The system should send {said}."  # "Reminder e-mails a week before the class"
    return None


def _system_statement(body: str) -> str | None:
    """ "Export of attendance to Excel", "The system sends shift reminders", "Pay for trips online"."""
    if nominal := _LISTED_NOMINAL_RE.match(body):
        # "Export of attendance to Excel": the action named as a noun
        verb = nominal.group("verb").lower()
        if is_verb(verb) and verb in USER_ACTIONS:
            return f"Users should be able to {verb} {nominal.group('rest')}."
    if (does := _SYSTEM_DOES_RE.match(body)) and (verb := third_person_base(does.group("verb").lower())):
        return f"The system should {verb}{does.group('rest')}."  # "The system sends shift reminders by SMS …"
    if system := _LISTED_SYSTEM_RE.match(body):
        verb = system.group("verb").lower()
        return f"The system should {verb[:-1]}{system.group('rest')}."
    # not "Search results within 2 seconds for 95% of searches": a figure says it names a quality,
    # unless people do it ("Cancel up to 2 hours before for a full refund")
    if (
        (action := _LISTED_ACTION_RE.match(body))
        and is_verb(action.group("verb").lower())
        and not verb_modifies_noun(body)
        and (
            not _FIGURE_RE.search(body)
            or action.group("verb").lower() in USER_ACTIONS
            and not _MEASURED_RE.search(body)
        )
    ):
        # "Pay for trips online": what people do; "Send a reminder the day before": what it does
        verb = action.group("verb").lower()
        who = "Users should be able to" if verb in USER_ACTIONS or _LOG_IN_RE.match(body) else "The system should"
        return f"{who} {verb}{action.group('rest')}."
    return None


def _things_listed_statement(body: str) -> str | None:
    """ "Late returns are charged", "Phone ordering stays", "Letters home go out through the app"."""
    if passive := passive_statement(body):
        return passive
    if kept := kept_statement(body):
        return kept
    if given := _ONE_GETS_RE.match(body):
        return f"{capitalise(given.group('what'))} should {given.group('verb')[:-1].lower()} {given.group('rest')}."  # "… gets a letter"
    if kept_in := _KEPT_IN_RE.match(body):
        # "Data about plot holders stays in the UK": where data is kept binds (ISO 25010 / data residency)
        return f"{capitalise(kept_in.group('what'))} must stay {kept_in.group('where')}."
    if (own := _THING_THEY_CAN_RE.match(body)) and own.group("who").split()[-1].lower() in _GROUPS:
        # "A noticeboard page the committee can update without help": a thing, and who works it
        return f"The system should provide {lower_first(own.group('thing'))} that {lower_first(own.group('who'))} can {own.group('rest')}."
    if happens := _things_statement(body) or _one_thing_statement(body):
        return happens
    return _thing_described_statement(body)


# "the address comes from the customer record", "children's clothes are zero-rated": how a thing
# should be, said in the present tense
_ONE_THING_DOES_RE = re.compile(
    r"^(?P<what>(?:the|a|an|each|every)\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)\s+(?P<verb>[a-z]+s)\b(?P<rest>.*)$",
    re.I,
)
_CLAUSE_WORD = r"(?!(?:if|when|whenever|unless|because|so|and|or|but|that|which|who|once|until|after|before)\b)"
_THING_IS_RE = re.compile(
    rf"^(?P<what>(?:{_CLAUSE_WORD}[\w'’-]+\s+){{0,3}}?{_CLAUSE_WORD}[\w'’-]+)\s+(?:is|are)\s+(?P<state>(?:not\s+)?[a-z][\w-]*)(?P<rest>(?:\W.*)?)$",
    re.I,
)


def _one_thing_statement(body: str) -> str | None:
    said = body.rstrip(" .")
    does = _ONE_THING_DOES_RE.match(said)
    base = third_person_base(does.group("verb").lower()) if does else None
    if does and base and base not in _NOT_HAPPENINGS and base != "be" and is_verb(base):
        return f"{capitalise(does.group('what'))} should {base}{does.group('rest')}."
    state = _THING_IS_RE.match(said)
    if state and state.group("what").split()[0].lower() not in _NOT_THINGS:
        word = state.group("state").split()[-1].lower()
        if (is_participle(word) and not word.endswith("ing")) or word.endswith(("-rated", "-free", "-only")):
            return f"{capitalise(state.group('what'))} should be {state.group('state')}{state.group('rest')}."
    return None


# "yearly rent, paid online by card", "refunds only by the treasurer", "waiting list, people join
# online and see their position": a thing named, then how it is handled or what people do with it
_THING_NAMED = r"(?P<what>(?:the\s+|an?\s+)?(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)"
_THING_DONE_RE = re.compile(rf"^{_THING_NAMED},\s+(?P<verb>[a-z]+)\b(?P<rest>.*)$", re.I)
_ONLY_BY_RE = re.compile(
    rf"^{_THING_NAMED}\s+only\s+by\s+(?P<who>(?:the\s+|an?\s+)?(?:[a-z][\w-]*\s+)?(?P<role>[a-z][\w-]*))$", re.I
)
_THING_SO_RE = re.compile(
    rf"^{_THING_NAMED}\s+so\s+(?:that\s+)?(?P<who>(?:an?|the|each|every|our)\s+[a-z][\w-]*|people|staff|[a-z]+s)\s+"
    r"(?P<verb>[a-z]+)\b(?P<rest>.*)$",
    re.I,
)
_THING_THEN_PEOPLE_RE = re.compile(rf"^{_THING_NAMED},\s+(?P<clause>[a-z].+)$", re.I)


def _a_or_many(thing: str) -> str:
    """ "Shared calendar" -> "a shared calendar", "Family accounts" -> "family accounts"."""
    return with_article(lower_first(_ONE_RE.sub("", thing)))


def _thing_described_statement(body: str) -> str | None:
    if (
        (done := _THING_DONE_RE.match(body))
        and not done.group("verb").endswith("ing")
        and is_participle(done.group("verb"))
    ):
        what = done.group("what")
        the = "" if what.lower().startswith(("the ", "a ", "an ")) or what.lower().endswith("s") else "the "
        return capitalise(f"{the}{what} should be {done.group('verb')}{done.group('rest')}") + "."
    if (only := _ONLY_BY_RE.match(body)) and singular(role := only.group("role").lower()) in _GROUPS:
        who = only.group("who").lower()
        who = who if who.startswith(("the ", "a ", "an ")) or role != singular(role) else f"the {who}"
        return f"Only {who} should handle {lower_first(only.group('what'))}."
    if (purpose := _THING_SO_RE.match(body)) and purpose.group("what").split()[0].lower() not in USER_ACTIONS:
        # "Family accounts so a parent books for the kids": a thing, and what it lets people do
        verb = purpose.group("verb").lower()
        plural = purpose.group("who").lower().endswith("s") or purpose.group("who").lower() in {"staff", "people"}
        base = verb if plural else third_person_base(verb)
        if base is not None and is_verb(base):
            what, who = _a_or_many(purpose.group("what")), purpose.group("who")
            return f"The system should support {what}, so that {who} can {base}{purpose.group('rest')}."
    named = _THING_THEN_PEOPLE_RE.match(body)
    if named is None or singular(named.group("what").split()[-1].lower()) in _GROUPS:
        return None  # "members, …": people, read as such
    if doing := _people_statement(named.group("clause")):
        return f"The system should provide {_a_or_many(named.group('what'))}: {lower_first(doing)}"
    return None


# "Letters home go out through the app", "Permission slips for trips signed in the app": what
# should happen to things, said in the present tense or as a bare participle
_THINGS = r"(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,3}?(?P<head>[a-z][\w'’-]*(?<!['’])s)(?:\s+home)?"  # (not "car's")
_THINGS_DO_RES = (
    re.compile(rf"^(?P<what>{_THINGS})\s+(?P<verb>[a-z]+)\b(?P<rest>.*)$", re.I),
    # "Permission slips for trips signed …": the things with what they are for
    re.compile(
        rf"^(?P<what>{_THINGS}\s+(?:for|of|from)\s+(?:the\s+|their\s+)?(?:[a-z][\w'’-]*\s+)??[a-z][\w'’-]*)\s+"
        r"(?P<verb>[a-z]+)\b(?P<rest>.*)$",
        re.I,
    ),
)
_GOING = frozenset({"go", "come", "arrive", "appear"})  # verbs of things, missing from the people's verbs


def _things_statement(body: str) -> str | None:
    for pattern in _THINGS_DO_RES:
        said = pattern.match(body)
        head = said.group("head").lower() if said else ""
        if said is None or singular(head) == head or singular(head) in ROLE_WORDS | PEOPLE_WORDS:
            continue  # "Class list on a tablet" names one thing; "Parents …" are people
        if singular(head) in _MOVING:
            continue  # "the address comes from the customer record": a verb, not things "from" somewhere
        verb, what = said.group("verb").lower(), capitalise(said.group("what"))
        if verb.endswith("ed") and is_participle(verb):
            return f"{what} should be {verb}{said.group('rest')}."  # "Permission slips … signed in the app"
        if (verb in _GOING or is_verb(verb)) and not verb.endswith("s") and verb not in _NOT_HAPPENINGS:
            return f"{what} should {verb}{said.group('rest')}."  # "Letters home go out through the app"
    return None


_MOVING = _GOING | {"get", "move", "run", "pull", "feed", "sync", "flow", "link"}
_NOT_HAPPENINGS = frozenset({"are", "were", "have", "do", "can", "may", "must", "should", "will", "need", "want"})


# "Phone ordering stays", "Paper forms remain for now": what must go on being offered beside the new system
KEPT_RE = prefilter.compile(
    r"^(?P<what>(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*)\s+(?:stays|remains|stay|remain)"
    r"(?:\s+(?:as\s+it\s+is|as\s+is|in\s+place|available|open|too|as\s+well)|(?P<now>\s+for\s+now))?\s*[.!]?$",
    re.I,
)
_NOT_KEPT = frozenset({"it", "that", "this", "he", "she", "they", "everything", "everyone", "nothing"})


# "Big text, no tiny buttons": how the screens should look, with what to avoid
_LOOK_RE = re.compile(
    r"^(?P<want>(?:big|bigger|large|larger|clear|plain|bright|high[\s-]contrast)\s+[a-z]+(?:\s+[a-z]+)?)\s*(?:,|;|\s+and)\s*"
    r"(?:no\s+(?P<avoid>(?:tiny|small|little|fiddly|hidden|grey|pale)\s+[a-z]+(?:\s+[a-z]+)?)|"
    r"nothing\s+(?P<nothing>fiddly|small|tiny|complicated|hidden))$",
    re.I,
)


# "oh and monthly totals per shop for the trustees report, exported to excel": one more thing, in a chat
_AFTERTHOUGHT_LEAD = r"(?:oh\s+and|and\s+also|oh\s+also|plus)\s+"
_AFTERTHOUGHT_LEAD_RE = re.compile(rf"^\W*{_AFTERTHOUGHT_LEAD}", re.I)
_AFTERTHOUGHT_RE = re.compile(
    rf"^(?:{_AFTERTHOUGHT_LEAD})?(?P<thing>[^,]{{3,80}}?)(?P<tail>,\s+[a-z]+(?:ed|en|t)\b[^,]{{2,60}})?$", re.I
)


def opens_as_afterthought(text: str) -> bool:
    """ "oh and …", "plus …": one more thing the client thought of."""
    return _AFTERTHOUGHT_LEAD_RE.match(text) is not None


def afterthought_statement(text: str, as_used: bool = False) -> str | None:
    """ "oh and monthly totals per shop for the trustees report, exported to excel" -> "The system should
    support monthly totals per shop for the trustees report, exported to excel". With `as_used` (the lead
    already gone) only a thing said with what is done with it counts."""
    said = _AFTERTHOUGHT_RE.match(" ".join(text.split()).rstrip(" .!"))
    thing = named_thing(said.group("thing")) if said and (said.group("tail") or not as_used) else None
    if said is None or thing is None:
        return None
    verb = "send" if names_a_message(thing) else "support"
    return f"The system should {verb} {thing}{said.group('tail') or ''}."


def look_statement(text: str) -> str | None:
    """ "Big text, no tiny buttons" -> "The system should use big text and no tiny buttons"; "Large
    buttons, nothing fiddly" -> "… large buttons, with nothing fiddly"."""
    said = _LOOK_RE.match(" ".join(text.split()).rstrip(" .!")) if " no" in text else None
    if said is None:
        return None
    want = lower_first(said.group("want"))
    if said.group("nothing"):
        return f"The system should use {want}, with nothing {said.group('nothing')}."
    return f"The system should use {want} and no {said.group('avoid')}."


def kept_statement(text: str) -> str | None:
    """ "Phone ordering stays." -> "Phone ordering should remain available." """
    kept = KEPT_RE.match(text.strip())
    if kept is None or kept.group("what").split()[-1].lower() in _NOT_KEPT | ROLE_WORDS:
        return None
    return f"{capitalise(kept.group('what'))} should remain available{kept.group('now') or ''}."


def passive_statement(text: str) -> str | None:
    """ "Late returns are charged automatically, £5 per hour": what should happen to them."""
    passive = _LISTED_PASSIVE_RE.match(text.rstrip(" ."))
    if (
        passive is None
        or text.rstrip().endswith("?")
        or passive.group("what").split()[0].lower() in _NOT_SUBJECTS
        or passive.group("done").lower() not in _DONE_BY_THE_PRODUCT
    ):
        return None  # "Real-time support is required", "When frames are used, …": as written
    return f"{capitalise(passive.group('what'))} should be {passive.group('rest')}."


_NOT_SUBJECTS = frozenset(
    [
        "it",
        "this",
        "that",
        "they",
        "we",
        "i",
        "you",
        "there",
        "which",
        "who",
        "what",
        "when",
        "if",
        "once",
        "where",
        "as",
        "because",
        "after",
        "before",
        "since",
        "while",
        "unless",
    ]
)
# what the present tense of a listed thing cannot open with: what the passive reader rejects, and people
_NOT_THINGS = _NOT_SUBJECTS | {"he", "she"}
# what the product does to a thing: "charged", "sent", "pushed to SAP" (not "required", "used", "based")
_DONE_BY_THE_PRODUCT = frozenset(
    [
        "charged",
        "sent",
        "emailed",
        "e-mailed",
        "texted",
        "notified",
        "reminded",
        "refunded",
        "offered",
        "pushed",
        "synced",
        "exported",
        "imported",
        "archived",
        "deleted",
        "stored",
        "logged",
        "saved",
        "shown",
        "displayed",
        "updated",
        "calculated",
        "generated",
        "printed",
        "booked",
        "cancelled",
        "canceled",
        "assigned",
        "flagged",
        "marked",
        "locked",
        "published",
        "posted",
        "added",
        "removed",
        "reset",
        "closed",
        "moved",
        "transferred",
        "created",
        "invoiced",
        "billed",
        "emailed",
        "forwarded",
        "copied",
        "backed",
    ]
)
# "Late returns are charged automatically, £5 per hour"
_LISTED_PASSIVE_RE = re.compile(
    r"^(?P<what>(?:the\s+|all\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+(?:is|are|get|gets)\s+"
    r"(?P<rest>(?:automatically\s+|always\s+|then\s+)?(?P<done>[a-z]+ed)\b.*)$",
    re.I,
)
# "Available in English, German and French", "Accessible with a screen reader": the product as it should be
_LISTED_QUALITY_RE = re.compile(
    r"^(?:available|accessible|usable|compatible|responsive|secure|translated|locali[sz]ed|mobile[\s-]friendly|"
    r"(?:gdpr[\s-])?compliant|bilingual|multilingual)\b",
    re.I,
)


# "Corporate accounts with monthly invoicing", "A loyalty scheme for regulars": a feature named
# by a noun phrase (and its attachments), not a quality ("Fast page loads") nor a figure
# between two noun phrases, a preposition and a few modifiers: "with unlimited 1-hour rides"
_ATTACHMENT_RE = re.compile(
    r"^\s+(?:with|for|by|of|to|in|on|from|via|per|at|and|over|during)\s+(?:(?:an?|the|their|our|your|each|every)\s+)?"
    r"(?:[\w-]+(?:\s+|(?<=-))){0,2}$",
    re.I,
)


_WONT_LABEL_RE = re.compile(r"^\W*(?:won['’]?t|wont)\b", re.I)  # a table's "Priority" cell: "Won't (phase 1)"
# verbs in the third person that the phrase reader may take for a plural noun
_STATE_VERBS = frozenset(
    [
        "shows",
        "appears",
        "goes",
        "stays",
        "works",
        "runs",
        "loads",
        "changes",
        "turns",
        "gets",
        "moves",
        "lets",
        "opens",
        "closes",
        "sends",
        "needs",
        "has",
        "is",
        "does",
        "becomes",
        "remains",
        "updates",
        "syncs",
        "happens",
        "starts",
        "ends",
        "expires",
        "appears",
        "lives",
        "sits",
    ]
)
# of those, the ones as often plural nouns: the last word of an item, they name things
_ALSO_PLURAL_NOUNS = frozenset(["updates", "changes", "needs", "runs", "moves", "starts", "loads"])
# a closing word the phrase reader leaves out: "by e-mail", "on return", "at checkout"
_CLOSING_RE = re.compile(
    r"^\s+(?:(?:by|via|over|on|at|after|before|per)\s+[a-z-]+|left|included|available|attached|required)$", re.I
)
# "Class packs (5 and 10 classes) that expire after 3 months": what the thing does, said of it
# "… that the coaches can update themselves": what people do with the thing, no quality of it
_SOMEONE_DOES_RE = re.compile(
    r"^\s+(?:that|which|where)\s+(?:the\s+|our\s+|all\s+|any\s+)?(?P<who>[a-z]+)\s+(?:can|could|will|should|may)\s",
    re.I,
)


def _someone_does(tail: str) -> bool:
    """Is the clause something people do with the thing? A role does it, or the clause ends in
    "themselves" (people, whatever the noun: "the coaches can update themselves")."""
    said = _SOMEONE_DOES_RE.match(tail)
    return said is not None and (
        singular(said.group("who").lower()) in ROLE_WORDS or _SELVES_RE.search(tail) is not None
    )


_SELVES_RE = re.compile(r"\b(?:themselves|himself|herself)\W*$", re.I)


_RELATIVE_RE = re.compile(
    r"\s+(?:that|which|where|when|whenever|once|until|unless)\s+(?!(?:is|are|was|were|has|have|stays?|remains?|lives?|sits?)\b)[a-z]",
    re.I,
)
_ASIDE_END_RE = re.compile(r"\s*\([^()]{1,60}\)$")
# heads read without an article: "support online booking", "support card payment", "support Apple Pay"
_MASS_HEADS = frozenset(
    {
        "access",
        "loyalty",
        "marketing",
        "advertising",
        "accessibility",
        "advice",
        "analytics",
        "billing",
        "checkout",
        "data",
        "delivery",
        "equipment",
        "feedback",
        "help",
        "information",
        "insurance",
        "inventory",
        "login",
        "messaging",
        "money",
        "parking",
        "payment",
        "pricing",
        "search",
        "security",
        "software",
        "stock",
        "storage",
        "support",
        "training",
        "wifi",
        "e-mail",
        "email",
        "sms",
        "chat",
        "sign-up",
        "signup",
        "check-in",
        "checkin",
        "translation",
        "food",
        "music",
        "personalisation",
        "confirmation",
        "notification",
        "reminder",
        "alert",
        "receipt",
        "invoicing",
        "news",
    }
)


_THINGS_DONE_RE = re.compile(
    r"^[A-Za-z][\w-]*(?:\s+[a-z][\w-]*)?s\s+(?P<part>[a-z]+)\s+(?:to|by|for|in|on|with)\s+.{2,40}$"
)


_TAKEN_RE = re.compile(
    r"^(?P<what>(?:an?\s+)?(?:(?:booking|cancellation|late|no-show|admin)\s+)?(?:deposit|fee|charge))\s+"
    r"(?P<rest>(?:for|of|on|when|if|per|from)\s+.{2,80})$",
    re.I,
)
_THING_DASH_RE = re.compile(r"^(?P<thing>[^–—:,]{2,40}?)\s+[–—-]\s+(?P<detail>\S.{2,100})$")
# "a door code sent by text on the morning of the booking": a thing and what is done with it
_DONE_TO_THING_RE = re.compile(
    r"^(?!.*\b(?:shall|must|should|will|would|can|could|may|might|is|are|was|were|be|been|has|have|had)\b)(?P<thing>(?:(?:an?|the|their|our)\s+)?[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+(?P<part>[a-z]+ed|sent|shown|kept|paid|"
    r"made|given|held|built|told|done)\s+(?P<rest>(?:to|by|for|in|on|with|at|from|via|every|each|once)\s+.{2,80})$",
    re.I,
)
# "Check-ups still by phone for now", "Invoices still in Xero": what stays as it is
_STILL_DONE_RE = re.compile(
    r"^(?P<what>[A-Za-z][\w-]*(?:\s+(?!(?:are|is)\b)[a-z][\w-]*){0,2})\s+(?:are\s+|is\s+)?still\s+"
    r"(?P<how>(?:by|on|in|via|through|over|with|done\s+\w+|handled\s+\w+)\s+.{2,40}?)(?P<when>\s+for\s+now)?$",
    re.I,
)


_SHOWN_ON_RE = re.compile(
    r"^(?:(?:an?|the)\s+)?(?P<thing>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}?)\s+on\s+"
    r"(?P<where>(?:the|every|each|our|all)\s+(?:[\w-]+\s+){0,2}?(?:pages?|screens?|homepage|dashboard|website|site|"
    r"footer|header|menu|app))$",
    re.I,
)


_BEING_ABLE_RE = re.compile(r"^(?:being\s+able|the\s+ability|ability)\s+to\s+(?P<rest>[a-z].{2,})$", re.I)


_RULED_OUT_WHY_RE = re.compile(
    r"^(?P<thing>[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,3}?)\s*(?:,|\s[—–-])\s+"
    r"(?P<why>(?:the|we|they|our|it|there|nobody|no\s+one)\b.{5,})$",
    re.I,
)


def thing_statement(text: str, section: str | None, label: str | None = None) -> str | None:
    """A list item that only names a feature, as the requirement for it: "Corporate accounts with
    monthly invoicing" -> "The system should support corporate accounts with monthly invoicing";
    under "Out of scope" or "Won't have" (or labelled "Won't"), "Gift vouchers are out of scope". Under a quality heading
    a noun phrase names a quality, not a feature, and stays as written."""
    if section_style(section) == "prohibited" and (forbidden := _forbidden(text)):
        return forbidden  # "Show other members' phone numbers" under "Things it must NOT do"
    ruled_out = (
        section_style(section) == "out_of_scope"
        or moscow_heading(section) == "wont"
        or _WONT_LABEL_RE.match(label or "")
        or label_level(label) == "wont"  # "Not for now: a shop for chalk and shoes"
    )
    # what is ruled out is named, whatever quality its words suggest ("Bike maintenance tracking")
    if quality_section(section):
        return None
    said = " ".join(text.split()).rstrip(" .")
    if ruled_out and (kept := _STILL_DONE_RE.match(said)):
        # "Check-ups still by phone for now": ruled out, and how it is done meanwhile
        return out_of_scope(lower_first(kept.group("what")), f"{kept.group('when') or ''} (still {kept.group('how')})")
    if ruled_out and (why := _RULED_OUT_WHY_RE.match(said.rstrip(" .!"))):
        # "Fines — the council scrapped fines last year": ruled out, and why
        return out_of_scope(lower_first(why.group("thing")), because(why.group("why")))
    if not ruled_out and (able := _BEING_ABLE_RE.match(said.rstrip(" .!"))):
        # "Being able to book from my phone": what they should be able to do
        return f"Users should be able to {as_theirs(able.group('rest'))}."
    if not ruled_out and (shown := _SHOWN_ON_RE.match(said)):
        # "New logo on the homepage": what a page should show
        return f"{capitalise(shown.group('where'))} should show the {lower_first(shown.group('thing'))}."
    if (thing := named_thing(text, qualities=bool(ruled_out))) is None:
        if not ruled_out:
            return _thing_with_more(said)
        done = _THINGS_DONE_RE.match(said)
        if done and is_participle(done.group("part").lower()):
            # "Grooming photos sent to owners" under "Later": things and what is done with them, ruled out
            return out_of_scope(lower_first(done.group(0)))
        return None
    if ruled_out:
        # "A mobile app is out of scope"; marked "Later": "… out of scope for now"
        deferred = any(_DEFERRED_RE.search(mark or "") for mark in (label, section))  # ("Won't (Later)")
        return out_of_scope(with_article(lower_first(thing)), " for now" if deferred else "")
    return f"The system should support {with_article(thing)}."


def _thing_with_more(said: str) -> str | None:
    """A listed thing that is more than a name: what is done with it, money taken, or its details."""
    if (told := _DONE_TO_THING_RE.match(said)) and is_participle(told.group("part").lower()):
        # "a door code sent by text on the morning of the booking": what should be done with it
        return f"{capitalise(told.group('thing'))} should be {told.group('part')} {told.group('rest')}."
    if taken := _TAKEN_RE.match(said):
        # "Deposit for groups over 8": money the business takes, and when
        return f"The system should take {with_article(lower_first(taken.group('what')))} {taken.group('rest')}."
    if (dashed := _THING_DASH_RE.match(said)) and (named := named_thing(dashed.group("thing"))):
        # "Class passes – 5 or 10 classes, expire after 6 months": the thing, then what it is like
        return f"The system should support {with_article(named)}: {lower_first(dashed.group('detail'))}."
    return None


def _known_word(word: str) -> bool:
    """A word of the language, not a name: "pop-up" and "e-mail" by their parts."""
    return (
        bool(getAllLemmas(word) or getAllLemmas(singular(word)))  # ("ads": an ad)
        or "-" in word
        and all(getAllLemmas(part) for part in word.split("-") if part)
    )


def _forbidden(text: str) -> str | None:
    """An item under "Things it must NOT do": "The system must not show …", "… must not have pop-ups"."""
    said = " ".join(text.split()).rstrip(" .!")
    first = said.split(maxsplit=1)[0].lower() if said else ""
    if is_verb(first) and not is_participle(first):
        return f"The system must not {lower_first(said)}."
    base = getAllLemmas(first).get("VERB", ("",))[0] if first.endswith("ing") else ""
    if base and is_verb(base):
        return f"The system must not {base}{said[len(first) :]}."  # "Selling customer data": it must not sell it
    if thing := named_thing(said, qualities=True):
        return f"The system must not have {with_article(thing)}."
    return None


_DEFERRED_RE = re.compile(
    r"(?:^\W*|\()(?:later|not\s+(?:yet|now|for\s+now)|future|next|phase\s*(?:2|two|ii)|v2|version\s+2|parked|parking\s+lot|on\s+hold)\b",
    re.I,
)


_LIST_SEPARATOR_RE = re.compile(r"\s*(?:,\s*(?:(?:and|or|nor)\s+)?|;\s*|\s+(?:and|or|nor)\s+)")
_BOUND_RE = re.compile(r"\b(?:for|of|with|in|on|to|by|from|about)\s", re.I)  # a phrase an "and" stays inside
_GERUND_RE = re.compile(r"^[a-z]+ing\s+\w")  # "selling products online": an activity, named


def ruled_out_items(text: str) -> list[tuple[int, int, str]] | None:
    """ "a loyalty scheme, selling products online" after "Not needed:": each thing it names,
    where it is and "… is out of scope"; None unless it is a list of two or more named things."""
    body_end = len(text.rstrip(" .!;"))
    if "(" in text[:body_end]:
        return None  # "Reports (monthly, by groomer)": one thing, explained
    pieces, start = [], 0
    for separator in [*_LIST_SEPARATOR_RE.finditer(text, 0, body_end), None]:
        if (
            separator
            and separator.group().strip() in ("and", "or", "nor")
            and _BOUND_RE.search(text, start, separator.start())
        ):
            continue  # "a shop for seeds and tools": the "and" joins what the shop is for
        end = separator.start() if separator else body_end
        pieces.append((start, end))
        start = separator.end() if separator else body_end
    items = []
    for start, end in pieces:
        said = text[start:end].strip()
        stem = said.split()[0][:-3].lower() if said else ""
        if _GERUND_RE.match(said) and (is_verb(stem) or is_verb(stem + "e")):
            items.append((start, end, out_of_scope(said)))
        elif thing := named_thing(said, qualities=True):
            items.append((start, end, out_of_scope(with_article(lower_first(thing)))))  # "a shop … is", one shop
        else:
            return None
    return items if len(items) >= 2 else None


def with_article(thing: str) -> str:
    """ "a waitlist with automatic promotion", "a damage check with photos"; not "online booking",
    "card payment", "class packs" or "Apple Pay"."""
    phrases = noun_phrases(thing)
    if not phrases or phrases[0].start != 0:
        return thing
    first, head = thing.split(maxsplit=1)[0], phrases[0].words[-1]
    if (
        first.lower() in DETERMINERS
        or not head.islower()
        or not first.islower()
        or singular(head) != head
        or head.endswith("ing")
        or head in _MASS_HEADS
    ):
        return thing
    return f"{article(first)} {thing}"


_COUNTED_KIND_RE = re.compile(r"^\d+-[a-z]+\s+(?=[a-z])", re.I)


def named_thing(text: str, qualities: bool = False) -> str | None:
    """The feature a list item names by a noun phrase, as it reads inside a sentence ("corporate
    accounts with monthly invoicing"), or None; one that names a quality only with `qualities`."""
    body = " ".join(text.split()).rstrip(" .")
    tail = ""
    if relative := _RELATIVE_RE.search(body):
        body, tail = body[: relative.start()], body[relative.start() :]  # "… that expire after 3 months"
    if aside := _ASIDE_END_RE.search(body):
        body, tail = body[: aside.start()], body[aside.start() :] + tail  # "Class packs (5 and 10 classes)"
    if tail and not qualities and not _someone_does(tail) and quality_evidence(tail):
        return None  # "Pages that load in under 2 seconds" names a quality
    if quoted := _QUOTED_NAME_RE.match(body):
        # 'A "recently returned" shelf on the home page': the quoted words name the shelf
        named = _named(body[quoted.end() :], qualities)
        return f"{lower_first(quoted.group(0))}{named}{tail}" if named else None
    named = _named(body, qualities)
    return f"{named}{tail}" if named else None


_QUOTED_NAME_RE = re.compile(r"^(?:(?:an?|the)\s+)?[\"“‘'][^\"”’']{2,30}[\"”’']\s+", re.I)


def _named(body: str, qualities: bool) -> str | None:
    if counted := _COUNTED_KIND_RE.match(body):
        # "10-class passes": a kind of thing named by a number, not a figure to meet
        rest = _named(body[counted.end() :], qualities)
        return f"{counted.group(0)}{rest}" if rest else None
    article = re.match(r"^(?:an?|the)\s+", body, flags=re.I)
    thing = body[article.end() :] if article else body
    phrases = noun_phrases(thing)
    if not phrases or phrases[0].start != 0 or _FIGURE_RE.search(thing[: phrases[0].end]):
        return None  # "500 concurrent users" names a figure
    if not qualities and quality_evidence(thing):
        return None
    end = phrases[0].end
    for phrase in phrases[1:]:
        if not _ATTACHMENT_RE.match(thing[end : phrase.start]):
            return None
        end = phrase.end
    if end != len(thing) and not _CLOSING_RE.match(thing[end:]):
        return None  # "Mobile friendly" ends in an adjective
    if is_verb(phrases[0].words[0].lower()) and len(phrases[0].words) == 1:
        return None  # "Export" alone is an action
    words = [word.lower() for word in phrases[0].words[1:]]
    if words and end == len(thing) and words[-1] in _ALSO_PLURAL_NOUNS:
        words.pop()  # the item ends on it: "WhatsApp updates", "Schedule changes" are things
    if any(word in _STATE_VERBS for word in words):
        return None  # "Status shows in red", "Data stays in the UK": a subject and its verb
    first = thing.split(maxsplit=1)[0]
    named = thing if first.isupper() and len(first) > 1 or not _known_word(first.lower()) else lower_first(thing)
    return f"{article.group(0).lower()}{named}" if article else named
