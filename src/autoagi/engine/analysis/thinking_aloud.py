"""What a client says while thinking aloud (a voice memo, a long turn in a call), as the requirement
an analyst writes: "What I'm after is something where customers can ask for a quote" (customers
should be able to), "Oh and invoices, at the moment I do them in Word, I'd like them sent
automatically" (invoices should be sent automatically; how it is done today is the reason), "I've
got about 200 customers in a spreadsheet, they'd need bringing over" (they should be imported),
"I don't want anything fancy" (the system should be simple).
"""

from __future__ import annotations

import re

from lemminflect import getAllLemmas, getInflection

from autoagi.engine.analysis import prefilter
from autoagi.engine.analysis.caps import age_statement, cap_statement, notice_statement
from autoagi.engine.analysis.described import third_person_base
from autoagi.engine.analysis.grammar import ROLE_WORDS
from autoagi.engine.analysis.words import (
    AUXILIARIES,
    PRONOUN_SUBJECTS,
    article,
    because,
    capitalise,
    lower_first,
    names_a_barred_case,
    names_only_a_problem,
    out_of_scope,
    singular,
    with_the,
)
from autoagi.engine.read_back import TAKE_OFF_LEAD

# "What I'm after is something where customers can ask for a quote without ringing me, they put in …"
_AFTER_RE = re.compile(
    r"^(?:(?:so|and|basically)[\s,]+)*(?:(?:what\s+(?:i['’]m|we['’]re|i\s+am|we\s+are)\s+(?:after|looking\s+for)|"
    r"what\s+(?:i|we)\s+(?:want|need)|the\s+idea)\s+is|"
    # "We're a small florist in Leeds and want a website where people can order bouquets"
    r"(?:(?:we['’]re|we\s+are|i['’]m|i\s+am)\s+[^,]{3,60}?\s+and\s+|(?:we|i)\s+)(?:(?:really\s+)?(?:want|need)|['’]d\s+like|"
    r"would\s+like))\s+(?:something|an?\s+(?:new\s+|simple\s+)?(?:app|system|site|website|tool|way|platform|portal|shop))\s+"
    r"(?:where|that\s+lets|so\s+that|so)\s+(?P<who>(?:the\s+|our\s+|my\s+)?[a-z]+s|staff|people)\s+can\s+"
    r"(?P<what>[a-z].*?)(?P<more>,\s*(?:they|and\s+they)\s+(?P<verb>[a-z]+)\s+(?P<rest>.+))?$",
    re.I,
)


def asks_for_the_lot(text: str) -> bool:
    """ "What I'm after is something where customers can ask for a quote, they put in the size …": the
    clauses after the first say how, and are read with it rather than cut off."""
    after = _AFTER_RE.match(" ".join(text.split()).rstrip(" .!"))
    return after is not None and (after.group("more") is not None or "," in after.group("what"))


def after_statement(clean: str) -> str | None:
    """ "What I'm after is something where customers can ask for a quote, they put in the size of the
    garden …" -> "Customers should be able to ask for a quote, and put in the size of the garden …"."""
    after = _AFTER_RE.match(clean.rstrip(" .!"))
    if after is None or singular(after.group("who").split()[-1].lower()) not in ROLE_WORDS | {"people", "person"}:
        return None
    who = with_the(after.group("who"))
    statement = f"{capitalise(who)} should be able to {after.group('what').strip()}"
    if after.group("more") and "VERB" in getAllLemmas(after.group("verb").lower()):
        statement += f", and {after.group('verb').lower()} {after.group('rest')}"
    return statement + "."


# "What I want is the driver gets the customer to sign on the phone and that's it, it's in the system"
_SCENARIO_RE = re.compile(
    r"^(?:(?:so|and|basically)[\s,]+)*what\s+(?:i|we)\s+(?:really\s+)?(?:want|need|['’]d\s+like)\s+is\s+(?:that\s+)?"
    r"(?P<who>(?:the|our|my|a)\s+[a-z]+)\s+(?P<verb>[a-z]+s)\s+(?P<what>[^,]+?)"
    r"(?:,?\s+and\s+that['’]s\s+it\b[,.;]?\s*(?P<then>.*))?$",
    re.I,
)


def scenario_statement(clean: str) -> str | None:
    """ "What I want is the driver gets the customer to sign on the phone and that's it, it's in the
    system" -> "The driver should get the customer to sign on the phone, and then it's in the system"."""
    said = _SCENARIO_RE.match(clean.rstrip(" .!"))
    if said is None or singular(said.group("who").split()[-1].lower()) not in ROLE_WORDS:
        return None
    verb = third_person_base(said.group("verb").lower())
    if verb is None:
        return None
    who = with_the(said.group("who"), "our", "my", "a")
    then = f", and then {said.group('then')}" if said.group("then") else ""
    return f"{capitalise(who)} should {verb} {said.group('what')}{then}."


# "Oh and invoices, at the moment I do them in Word, I'd like them sent automatically when …"
_TOPIC_THEN_THEM_RE = prefilter.compile(
    r"^(?:(?:oh\s+)?and\s+|also\s+|oh\s+)?(?P<topic>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}),\s+"
    r"(?P<now>(?:at\s+the\s+moment|right\s+now|currently|today|at\s+present)\b[^,]{3,80}),\s+"
    r"(?:i|we)(?:['’]d|\s+would)\s+(?:really\s+)?(?:like|love|want|prefer)\s+(?:them|it)\s+"
    r"(?P<done>[a-z]+(?:ed|en|t))\b(?P<rest>.*)$",
    re.I,
)


def topic_done_statement(clean: str) -> str | None:
    """ "Oh and invoices, at the moment I do them in Word, I'd like them sent automatically when we mark
    the job done" -> "Invoices should be sent automatically when we mark the job done, at the moment I
    do them in Word" (the rationale splits off how it is done today)."""
    said = _TOPIC_THEN_THEM_RE.match(clean.rstrip(" .!"))
    if said is None:
        return None
    return f"{capitalise(said.group('topic'))} should be {said.group('done')}{said.group('rest')}, {said.group('now')}."


# "I've got about 200 regular customers in a spreadsheet, they'd need bringing over"
_CARRY_OVER_RE = re.compile(
    r"^(?:(?:and|also|oh)\s+)*(?:i|we)(?:['’]ve|\s+have)\s+(?:got\s+)?(?P<what>[^,]{3,60}?)\s+(?:in|on)\s+"
    r"(?P<where>(?:an?|the|our|my)\s+[a-z][\w -]{1,30}?),\s+(?:and\s+)?(?:they|those|these|that|it)\s*"
    r"(?:['’]d|['’]ll|would|will)?\s+(?:need|needs|have\s+to|has\s+to)\s+"
    r"(?:bringing|moving|importing|migrating|copying|transferring|to\s+be\s+(?:brought|moved|imported|migrated|copied))"
    r"(?:\s+(?:over|across|in|into\s+the\s+\w+))?$",
    re.I,
)


def carried_over_statement(clean: str) -> str | None:
    """ "I've got about 200 regular customers in a spreadsheet, they'd need bringing over" -> "About 200
    regular customers must be imported from the spreadsheet"."""
    said = _CARRY_OVER_RE.match(clean.rstrip(" .!"))
    if said is None:
        return None
    where = with_the(said.group("where"), "an?", "my", "our")
    return f"{capitalise(said.group('what'))} must be imported from {where}."


# "It needs bringing over.", after the sentence that says what "it" is and where it is kept today
_IT_CARRIED_RE = re.compile(
    r"^(?:(?:and|so)\s+)?(?:it|they|those|these|that|all\s+of\s+(?:it|that|them))\s*(?:['’]d|['’]ll|\s+would|\s+will)?\s+"
    r"(?:need|needs|has\s+to|have\s+to)\s+(?:bringing|moving|importing|migrating|copying|transferring|"
    r"to\s+be\s+(?:brought|moved|imported|migrated|copied|transferred))(?:\s+(?:over|across|in))?$",
    re.I,
)
# "Our catalogue is an Excel sheet with about 9,000 books"
_KEPT_IN_RE = re.compile(
    r"^(?:our|the|my)\s+(?P<what>[a-z][\w -]{1,30}?)\s+(?:is|are|lives|live|sits|sit)\s+(?:in\s+|on\s+)?"
    r"(?P<where>(?:an?|one)\s+[^.;!?]{3,80})$",
    re.I,
)


def carries_it_over(text: str) -> bool:
    """ "It needs bringing over": what was named before must be imported."""
    return _IT_CARRIED_RE.match(" ".join(text.split()).rstrip(" .!")) is not None


def carried_over_after(before: str, text: str) -> str | None:
    """ "Our catalogue is an Excel sheet with about 9,000 books." / "It needs bringing over." -> "The
    catalogue (an Excel sheet with about 9,000 books) must be imported"."""
    kept = _KEPT_IN_RE.match(" ".join(before.split()).rstrip(" .!"))
    if kept is None or not carries_it_over(text):
        return None
    return f"The {kept.group('what')} ({kept.group('where')}) must be imported."


# "We close on bank holidays, so no bookings those days": when the business is shut, nothing is taken
_CLOSED_SO_NO_RE = re.compile(
    r"^(?:(?:and|also|oh)[\s,]+)?(?P<why>(?:we|the\s+[a-z]+)\s+(?:are\s+|is\s+)?(?:close|closes|closed|shut)\s+"
    r"(?P<when>(?:on|at|over|during|in)\s+[^,]{3,40}?)),?\s+so\s+no\s+(?P<what>[a-z-]+s)\b"
    r"(?:\s+(?:on\s+)?(?:those\s+days|that\s+day|then|those\s+times))?$",
    re.I,
)


def closed_statement(clean: str) -> str | None:
    """ "We close on bank holidays, so no bookings those days" -> "The system must not accept bookings on
    bank holidays, because we close on bank holidays"."""
    if "so no" not in clean.lower():
        return None  # most sentences: no need to read them closely
    said = _CLOSED_SO_NO_RE.match(" ".join(clean.split()).rstrip(" .!"))
    if said is None:
        return None
    return f"The system must not accept {said.group('what')} {said.group('when')}{because(said.group('why'))}."


# "I don't want anything fancy": how simple it should be, not a thing ruled out
_NOTHING_FANCY_RE = re.compile(
    r"^(?:(?:and|but|so)\s+)?(?:i|we)\s+(?:really\s+)?(?:don['’]t|do\s+not)\s+(?:want|need)\s+"
    r"(?:anything|something|it)\s+(?:too\s+)?(?:fancy|complicated|complex|flashy|over[\s-]the[\s-]top)\b(?P<rest>.*)$",
    re.I,
)


def simple_statement(clean: str) -> str | None:
    """ "I don't want anything fancy, I'm not going to use a dashboard" -> "The system should be simple,
    I'm not going to use a dashboard" (the rest is the reason)."""
    said = _NOTHING_FANCY_RE.match(clean.rstrip(" .!"))
    if said is None:
        return None
    return f"The system should be simple{said.group('rest')}."


# "Basically like Mindbody but simpler and cheaper — she pays £180/month for it"
_LIKE_BUT_RE = re.compile(
    r"^(?i:(?:(?:basically|so|just)[\s,]+)?(?:something\s+)?like)\s+(?P<product>[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)\s+but\s+"
    r"(?P<how>[^—–,]+?)(?P<why>\s*(?:[—–,]|\s-)\s*.+)?$"
)


def like_but_statement(clean: str) -> str | None:
    """ "Like Mindbody but simpler and cheaper — she uses 10% of it" -> "The system should be like Mindbody
    but simpler and cheaper" (the rest is the reason)."""
    like = _LIKE_BUT_RE.match(clean.rstrip(" .!"))
    if like is None:
        return None
    return f"The system should be like {like.group('product')} but {like.group('how').strip()}{because(like.group('why'))}."


# "Her old system emailed receipts as PDFs — keep that": what the old one did, to be kept
_KEEP_THAT_RE = re.compile(
    r"^(?:(?:her|his|their|our|my|the)\s+(?:old|current|existing|previous)\s+(?:system|app|site|website|tool|software)|"
    r"it)\s+(?P<verb>[a-z]+ed)\s+(?P<what>[^—–]+?)\s*(?:[—–]|\s-)\s*(?:please\s+)?keep\s+(?:that|this|it)\b(?P<why>.*)$",
    re.I,
)


def keep_that_statement(clean: str) -> str | None:
    """ "Her old system emailed receipts as PDFs — keep that, her accountant relies on it" -> "The system
    should email receipts as PDFs, her accountant relies on it"."""
    keep = _KEEP_THAT_RE.match(clean.rstrip(" .!"))
    if keep is None:
        return None
    lemmas = getAllLemmas(keep.group("verb").lower()).get("VERB")
    if not lemmas:
        return None
    return f"The system should {lemmas[0]} {keep.group('what').strip()}{keep.group('why').rstrip()}."


# "Thinking about it more, forget the photo feed for now, the staff won't have time": taken off the list
_FORGET_IT_RE = re.compile(
    TAKE_OFF_LEAD
    + r"(?P<what>(?:the\s+|that\s+|our\s+)?[a-z][\w'’ -]{1,40}?)(?P<when>\s+for\s+(?:now|the\s+moment|the\s+time\s+being))?"
    r"(?P<why>\s*(?:,|;|[—–]|\s-)\s*.+?)?[\s.!]*$",
    re.I,
)


def _forgotten(clean: str) -> re.Match[str] | None:
    said = _FORGET_IT_RE.match(clean)
    if said is None or said.group("what").split()[-1].lower() in {"it", "that", "this", "them", "about"}:
        return None  # "forget it, we'll phone you" takes nothing named off
    return said


def taken_off_thing(clean: str) -> str | None:
    """What "forget the photo feed for now, …" takes off: "photo feed"."""
    said = _forgotten(clean)
    return re.sub(r"^(?:the|that|our)\s+", "", said.group("what").strip(), flags=re.I) if said else None


def forget_it_statement(clean: str) -> str | None:
    """ "forget the photo feed for now, the staff won't have time" -> "The photo feed is out of scope for
    now, because the staff won't have time"."""
    said = _forgotten(clean)
    if said is None:
        return None
    what = re.sub(r"^that\s+", "the ", said.group("what").strip(), flags=re.I)
    return out_of_scope(what, f"{' for now' if said.group('when') else ''}{because(said.group('why'))}")


# "we use Xero for invoices and want to keep it": a tool the business keeps, which the product must work with
_KEEP_USING_RE = re.compile(
    r"^\W*(?:(?:and|also|oh)[\s,]+)?(?:we|i)\s+(?:currently\s+|already\s+)?use\s+(?P<tool>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?)\s+"
    r"for\s+(?P<what>[^,.;]{3,40}?),?\s+and\s+(?:we\s+|i\s+)?(?:want|would\s+like|['’]d\s+like|need|have)\s+to\s+"
    r"(?:keep(?:\s+using)?|carry\s+on\s+using|stick\s+with|stay\s+(?:on|with))\s+(?:it|that|them)\b[\s.!]*$"
)


def keep_using_statement(clean: str) -> str | None:
    """ "we use Xero for invoices and want to keep it" -> "The system should work with Xero for invoices"."""
    said = _KEEP_USING_RE.match(clean)
    return f"The system should work with {said.group('tool')} for {said.group('what').strip()}." if said else None


# "No marketing features, she uses Mailchimp already": ruled out, with why
# "No marketing features, she uses Mailchimp already"; not "No one else may see it", "No need to …"
NO_THING_RE = re.compile(
    r"^\W*no\s+(?!(?:one|way|problems?|idea|worries|need|thanks|more|longer|later|matter|doubt|rush|chance|pressure)\b)"
    r"(?P<what>[a-z][\w'’ -]{2,40}?)(?P<why>\s*(?:,|[—–]|\s-)\s*.+?)?\s*[.!]?$",
    re.I,
)


def rules_out_a_mishap(text: str) -> bool:
    """ "No double bookings.": something that must not happen, which binds."""
    said = NO_THING_RE.match(" ".join(text.split()).rstrip(" .!"))
    what = said.group("what").strip() if said else ""
    return said is not None and (names_only_a_problem(what) or names_a_barred_case(what))


def no_thing_statement(clean: str) -> str | None:
    """ "No marketing features, she uses Mailchimp already" -> "Marketing features are out of scope, she
    uses Mailchimp already" (the rationale splits the reason off); "No double bookings" -> "The
    system must not allow double bookings"."""
    said = NO_THING_RE.match(clean.rstrip(" .!"))
    if said is None:
        return None
    what = said.group("what").strip()
    if names_only_a_problem(what) or names_a_barred_case(what):  # not a feature left out: it must not happen
        return f"The system must not allow {what}{because(said.group('why'))}."
    when = _FOR_NOW_RE.search(what)
    if when:
        what = what[: when.start()]  # "No app store app for now": out of scope for now
    until = " " + re.sub(r"^in\b", "for", when.group(1).lower()) if when else ""  # "out of scope for phase 1"
    return out_of_scope(what, f"{until}{because(said.group('why'))}")


_FOR_NOW_RE = re.compile(
    r"\s+(for\s+now|yet|at\s+the\s+moment|in\s+(?:the\s+)?(?:first\s+(?:version|release)|v1|phase\s+1))$", re.I
)


# "Same kind of class schedule, but members shouldn't need to download an app": the clause says it
_FRAGMENT_BUT_RE = re.compile(r"^(?P<fragment>[^,]{3,50}),\s+but\s+(?P<rest>[a-z].+)$", re.I)
_MODAL_RE = re.compile(r"\b(?:should|shouldn['’]t|must|mustn['’]t|needs?\s+to|has\s+to|have\s+to|can['’]t)\b", re.I)


def fragment_but_clause(clean: str) -> str | None:
    """The clause after "but" when what comes before it has no verb of its own."""
    said = _FRAGMENT_BUT_RE.match(clean)
    if said is None or _MODAL_RE.search(said.group("fragment")) or not _MODAL_RE.search(said.group("rest")):
        return None
    words = [w.lower() for w in re.findall(r"[A-Za-z'’]+", said.group("fragment"))]
    if any(w in PRONOUN_SUBJECTS or w in AUXILIARIES or third_person_base(w) for w in words):
        return None  # "Booking works, but it should be faster": a clause of its own
    return capitalise(said.group("rest").rstrip(" .")) + "."


# a sum of money, or a range: "£8-10k", "$500"
_MONEY = r"[£$€]\s?\d[\d,.]*(?:\s*(?:-|–|to)\s*[£$€]?\d[\d,.]*)?\s*[kKmM]?"
# "We have £8-10k and need it before the 1st of April because that's when the new contract starts"
_MONEY_WE_HAVE_RE = re.compile(
    r"^(?:(?:and|so|well)[\s,]+)?(?:we|i)\s+(?:have|['’]ve\s+got|can\s+spend|can\s+afford)\s+(?P<amount>(?:about\s+|around\s+|"
    rf"roughly\s+|up\s+to\s+|maybe\s+)?{_MONEY})"
    r"(?:\s+(?:in\s+total|all\s+in|tops))?"
    r"(?:,?\s+and\s+(?:we\s+)?need\s+it\s+(?P<when>(?:before|by|in\s+time\s+for)\s+[^,]+?))?(?P<why>,?\s+because\s+.+)?$",
    re.I,
)


# a form's answer under "Budget and timeline": "Around £25k."
_AMOUNT_ALONE_RE = re.compile(
    rf"^(?P<amount>(?:about\s+|around\s+|roughly\s+|up\s+to\s+|max(?:imum)?\s+|approx(?:imately|\.)?\s+)?{_MONEY}"
    r"(?:\s+(?:\+\s*|plus\s+|ex\.?\s+|excluding\s+|including\s+|inc\.?\s+)VAT)?"
    r"(?:,?\s+(?:fixed|firm|all\s+in|tops|max(?:imum)?|at\s+most))?)$",  # "Around £20k, fixed."
    re.I,
)


# "Concerned about cost - they said anything over £30k is a non-starter"
_SPEND_CAP_RE = prefilter.compile(
    r"\b(?:anything|nothing)\s+(?:over|above|more\s+than)\s+(?P<amount>[£$€]\s?\d[\d,.]*\s*[kKmM]?)\s+(?:is|would\s+be)\s+"
    r"(?:a\s+)?(?:non[\s-]starter|no[\s-]go|too\s+much|out\s+of\s+the\s+question|off\s+the\s+table)\b",
    re.I,
)


def budget_statement(clean: str) -> str | None:
    """ "We have £8-10k and need it before the 1st of April because …" -> "The budget is £8-10k and the
    system must go live before the 1st of April, because …" (a constraint; the rationale splits off)."""
    if cap := _SPEND_CAP_RE.search(clean):
        return f"The budget must not exceed {cap.group('amount').strip()}."
    if alone := _AMOUNT_ALONE_RE.match(clean.rstrip(" .!")):
        return f"The budget is {alone.group('amount')[:1].lower()}{alone.group('amount')[1:]}."
    said = _MONEY_WE_HAVE_RE.match(clean.rstrip(" .!"))
    if said is None:
        return None
    live = f" and the system must go live {said.group('when').strip()}" if said.group("when") else ""
    why = f", {said.group('why').strip(' ,')}" if said.group("why") else ""
    return f"The budget is {said.group('amount').strip()}{live}{why}."


# "DEADLINE: before January 💪", "Go-live: end of March": the date the product must be live by
_DATE_LABEL_RE = re.compile(
    r"^(?:deadline|timeline|timescales?|go[\s-]?live(?:\s+date)?|launch(?:\s+date)?|live\s+date|due)\s*[:–—-]\s*"
    r"(?P<when>(?:before|by|in\s+time\s+for|no\s+later\s+than|(?:the\s+)?end\s+of|early|mid|late)\b[^.!?:;]{2,40}?)"
    r"[\s.!]*[^\w\s]*$",
    re.I,
)


_DATE_LABEL_INITIALS = frozenset("dtgl")  # deadline, timeline, timescale, go-live, launch, live date


def deadline_statement(clean: str) -> str | None:
    """ "DEADLINE: before January" -> "The system must go live before January"."""
    if clean[:1].lower() not in _DATE_LABEL_INITIALS:
        return None
    said = _DATE_LABEL_RE.match(" ".join(clean.split()))
    if said is None:
        return None
    when = re.sub(r"^(?:the\s+)?end\s+of\b", "by the end of", lower_first(said.group("when")), flags=re.I)
    return f"The system must go live {when}."


# "Same-day delivery if ordered before 2pm": a service, and when it applies
_OFFER_IF_RE = re.compile(
    r"^(?P<thing>[A-Z][\w-]*(?:[\s-]+[\w-]+){0,3}?)\s+(?P<cond>(?:if|when)\s+(?:ordered|booked|paid|placed|received|"
    r"bought|made)\b.+)$"
)


def offer_if_statement(clean: str) -> str | None:
    """ "Same-day delivery if ordered before 2pm" -> "The system should offer same-day delivery if
    ordered before 2pm"."""
    said = _OFFER_IF_RE.match(clean.rstrip(" .!"))
    if said is None:
        return None
    thing = said.group("thing")
    return f"The system should offer {thing[:1].lower()}{thing[1:]} {said.group('cond')}."


# "Oh, and a driving licence check before they can pick up, that's a must for the insurance": a thing
# named, then ranked, with what it is for
_THING_IS_A_MUST_RE = re.compile(
    r"^\W*(?:(?:oh|and|also|plus)[\s,]+)*(?P<thing>(?:an?|some)\s+[^,;]{3,80}?)(?:,\s*(?:that|this|it)['’]s|\s+is)\s+"
    r"(?:(?:absolutely|really|definitely)\s+)?(?:a\s+must|essential|non[\s-]negotiable|mandatory|compulsory)"
    r"(?:\s+(?P<why>for\s+[^,.;!?]{3,60}))?\s*[.!]*$",
    re.I,
)


# "But the daily report card is a must: what they ate, naps, any incidents"
_THE_THING_IS_A_MUST_RE = re.compile(
    r"^\W*(?:(?:but|and|also|oh)[\s,]+)*the\s+(?P<thing>[a-z][\w'’ -]{2,40}?)\s+is\s+(?:(?:absolutely|really|definitely)\s+)?"
    r"(?:a\s+must|essential|non[\s-]negotiable|mandatory)\s*(?::|[—–]|\s-)\s*(?P<detail>\S.{2,120}?)[\s.!]*$",
    re.I,
)


def must_have_statement(clean: str) -> str | None:
    """ "A driving licence check before they can pick up, that's a must for the insurance" -> "The
    system must include a driving licence check before they can pick up, because it is needed for the
    insurance"; "the daily report card is a must: what they ate, naps" -> "The system must provide a
    daily report card: what they ate, naps"."""
    if (the := _THE_THING_IS_A_MUST_RE.match(clean)) is not None:
        thing = the.group("thing")
        return f"The system must provide {article(thing)} {thing}: {lower_first(the.group('detail'))}."
    said = _THING_IS_A_MUST_RE.match(clean)
    if said is None:
        return None
    why = f"it is needed {said.group('why')}" if said.group("why") else None
    return f"The system must include {lower_first(said.group('thing'))}{because(why)}."


_NOT_BOTHERED_RE = re.compile(
    r"^\W*(?:(?:and|but|also|oh)[\s,]+)?(?:(?:we['’]re|i['’]m|we\s+are|i\s+am)\s+)?(?:really\s+)?not\s+"
    r"(?:bothered|fussed|interested)\s+(?:about|in|with)\s+(?P<what>(?:an?\s+|the\s+|any\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)"
    r"(?P<why>\s*(?:,|[—–]|\s-)\s*.+?)?\s*[.!]*$",
    re.I,
)


def not_bothered_statement(clean: str) -> str | None:
    """ "Not bothered about a forum." -> "A forum is out of scope"."""
    said = _NOT_BOTHERED_RE.match(clean)
    return out_of_scope(said.group("what"), because(said.group("why"))) if said else None


# "The delivery van keeps getting double booked, we need to stop that happening": what must stop
_STOP_THAT_RE = re.compile(
    r"^\W*(?:(?:and|also|but|so|oh)[\s,]+)*(?P<who>(?:the\s+|our\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+"
    r"(?:keeps?|kept)\s+(?P<doing>[a-z]+ing\b[^,;]*?)\s*[,;–—-]\s*(?:so\s+)?(?:we|i)\s+(?:really\s+)?"
    r"(?:need|want|have|must)\s+to\s+(?:stop|prevent|avoid)\s+(?:that|this|it)(?:\s+(?:happening|from\s+happening))?"
    r"(?:\s+again)?[\s.!]*$",
    re.I,
)


def stop_that_statement(clean: str) -> str | None:
    """ "The delivery van keeps getting double booked, we need to stop that happening" -> "The system
    must stop the delivery van getting double booked"."""
    said = _STOP_THAT_RE.match(clean)
    if said is None:
        return None
    return f"The system must stop {lower_first(with_the(said.group('who'), 'our'))} {said.group('doing').strip()}."


# "Each appointment type has its own length: vaccination 15 min, …": a property every one of them has
_OWN_THING_RE = re.compile(
    r"^\W*(?P<each>each|every)\s+(?P<thing>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+has\s+(?:its|their)\s+own\s+"
    r"(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?P<rest>\s*[:(–—-].*|\s+\w.*)?$",
    re.I,
)


def _owned(clean: str) -> re.Match[str] | None:
    if "own" not in clean:
        return None  # most sentences: no need to read them closely
    return _OWN_THING_RE.match(" ".join(clean.split()).rstrip(" .!"))


def own_thing_statement(clean: str) -> str | None:
    """ "Each appointment type has its own length: vaccination 15 min, …" -> "Each appointment type should
    have its own length: vaccination 15 min, …"."""
    said = _owned(clean)
    if said is None:
        return None
    return f"{capitalise(said.group('each'))} {said.group('thing')} should have its own {said.group('what')}{said.group('rest') or ''}."


def own_things(clean: str) -> str | None:
    """ "Each appointment type has its own length: …" -> "the lengths", what a "these" just after means."""
    said = _owned(clean)
    if said is None:
        return None
    words = said.group("what").split()
    plural = getInflection(words[-1], tag="NNS")
    return f"the {' '.join([*words[:-1], plural[0] if plural else words[-1]])}"


# "if they could pay a deposit that'd be good but it's not essential": a wish put as a condition
_IF_COULD_RE = re.compile(
    r"^\W*(?:(?:and|so|oh|also|yeah)[\s,]+)*if\s+(?P<who>they|people|customers|clients|members|patients|parents|"
    r"guests|we|staff)\s+could\s+(?:also\s+)?(?P<what>[a-z][^,;]{3,100}?),?\s+(?:that|it)(?P<cue>(?:['’]d|\s+would)\s+be\s+"
    r"(?:really\s+|very\s+)?(?:good|great|nice|lovely|brilliant|handy|useful|ideal|a\s+bonus|a\s+plus))\b"
    r"(?:,?\s+but\s+(?:it['’]s|it\s+is)\s+not\s+(?:essential|a\s+must|vital|critical|urgent))?[\s.!]*$",
    re.I,
)


def if_could_cue(text: str) -> str | None:
    """The words that rank a wish put as a condition ("that'd be good"), or None."""
    said = _IF_COULD_RE.match(text)
    return said.group("cue") if said else None


def if_could_statement(clean: str) -> str | None:
    """ "If they could pay a deposit, that'd be good" -> "They could pay a deposit" (who "they" are,
    the group named before says; "we" are the users)."""
    said = _IF_COULD_RE.match(clean)
    if said is None:
        return None
    who = "Users" if said.group("who").lower() == "we" else capitalise(said.group("who"))
    return f"{who} could {said.group('what').strip()}."


def thinking_aloud_statement(clean: str) -> str | None:
    """The requirement one of these ways of speaking states, or None."""
    for read in (
        after_statement,
        scenario_statement,
        topic_done_statement,
        carried_over_statement,
        closed_statement,
        deadline_statement,
        simple_statement,
        like_but_statement,
        budget_statement,
        offer_if_statement,
        cap_statement,
        notice_statement,
        age_statement,
        keep_that_statement,
        no_thing_statement,
        must_have_statement,
        not_bothered_statement,
        stop_that_statement,
        own_thing_statement,
        if_could_statement,
        keep_using_statement,
        forget_it_statement,
    ):
        if statement := read(clean):
            return statement
    return None
