"""Unambiguous quality cues that overrule the statistical classifier.

The linear model learns from PROMISE NFR, which has one portability example and writes every
requirement as "The product shall ...". Some wordings name a quality so plainly that no
training data is needed: a time limit on loading is performance, "works on older tablets" is
portability, a screen reader is accessibility (usability), data kept in a named country is a
legal constraint. Each rule below comes from the ISO/IEC 25010 definitions and requirements-
engineering practice, not from the evaluation data; the benchmark reports the model with and
without them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from autoagi.engine.analysis import prefilter
from autoagi.engine.numbers import NUMBER_WORD_PATTERN


@dataclass(frozen=True, slots=True)
class QualityCue:
    label: str  # PROMISE class
    pattern: prefilter.Pattern


_DEVICES = (
    r"(?:tablets?|phones?|smartphones?|mobiles?|mobile\s+phones?|devices?|browsers?|ipads?|iphones?|android|ios|"
    r"windows|mac(?:os|s)?|linux|unix|platforms?|operating\s+systems?|pcs?|laptops?|desktops?|computers?|"
    r"hardware|machines?|screens?\s+sizes?)"
)
_DURATION = r"(?:a|one|half\s+a|\d+(?:[.,]\d+)?)\s*(?:ms|milliseconds?|s|secs?|seconds?|minutes?|mins?)\b"
_COUNT = rf"(?:\d+|{NUMBER_WORD_PATTERN})"
_PLACES = (
    r"(?i:the\s+)?(?:(?i:uk|u\.k\.|united\s+kingdom|britain|eu|e\.u\.|european\s+union|eea|usa|united\s+states|"
    r"country|region|jurisdiction)|US|(?!Table|Figure|Section|Appendix|Chapter|Memory)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b"
)

QUALITY_CUES: tuple[QualityCue, ...] = tuple(
    QualityCue(label, prefilter.compile(pattern, flags))  # most statements hold none of a cue's words
    for label, pattern, flags in (
        (
            "PO",
            rf"\b(?:work|works|run|runs|function|functions|operate|operates|be\s+usable|be\s+used|be\s+installed|"
            rf"display\s+correctly)\s+(?:well\s+|properly\s+|correctly\s+|fine\s+|smoothly\s+)?on\s+"
            rf"(?:(?:the|our|their|all|any|both|most|old|older|existing|different|current|modern|new|newer|common|"
            rf"major|mobile|other|every|cheap|low-end|shared)\s+)*(?:[\w-]+\s+)?{_DEVICES}\b|"
            r"\bportab\w*|\bcross[\s-]platform\b|\bplatform[\s-]independen\w*",
            re.IGNORECASE,
        ),
        (
            "A",
            r"\bavailable\s+(?:\d+(?:[.,]\d+)?\s*%|24\s*/\s*7|around\s+the\s+clock|day\s+and\s+night|at\s+all\s+times|"
            r"(?:pretty\s+much\s+|almost\s+|nearly\s+|virtually\s+)?all\s+the\s+time)|\buptime\b|\bdowntime\b|"
            r"\b24\s*/\s*7\b|\b\d{2}(?:[.,]\d+)?\s*%\s+(?:of\s+the\s+time|availability|uptime)\b|"
            # "the site must not go down again": staying up is availability
            r"\b(?:not|never)\s+(?:go\s+down|go\s+offline|fall\s+over)\b",
            re.IGNORECASE,
        ),
        (
            "PE",
            rf"\b(?:load|loads|open|opens|respond|responds|render|renders|display|displays|complete|completes|"
            rf"return|returns|appear|appears|refresh|refreshes|start|starts|finish|finishes)\b[^.;]{{0,40}}?"
            rf"\b(?:in|within|under)\s+(?:less\s+than\s+|under\s+)?{_DURATION}|\bresponse\s+times?\b|\blatency\b|"
            r"\bthroughput\b|\b(?:is|be|are|feel|feels|stay|stays|remain|remains)\s+(?:\w+\s+)?(?:fast|quick|responsive|"
            r"snappy|speedy)\b|\b(?:has|have|needs?)\s+to\s+be\s+(?:fast|quick)\b|"
            # capacity: "cope with the Friday evening rush"
            r"\b(?:cope|keep\s+up)\s+with\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}(?:rush|peaks?|load|traffic|demand)\b|"
            # a volume it must carry: "support about sixty bookings a week"
            rf"\b(?:support|handle|take|process)\s+(?:[^.;]{{0,40}}?,?\s+and\s+)?(?:about\s+|around\s+|roughly\s+|up\s+to\s+|at\s+least\s+)?"
            rf"(?:\d[\d,.]*\s*k?|{NUMBER_WORD_PATTERN}|an?(?=\s+(?:hundred|thousand)\b))\s+(?:[a-z-]+\s+)?[a-z-]+s\s+"
            r"(?:a|per|each|every)\s+"
            r"(?:second|minute|hour|day|night|week|month|year)\b",
            re.IGNORECASE,
        ),
        (
            "US",
            r"\bscreen[\s-]readers?\b|\bwcag\b|\baccessib\w*|\bvisually\s+impaired\b|\bcolou?r[\s-]blind\w*|"
            r"\bkeyboard[\s-]only\b|\b(?:easy|quick|simple|clear)\s+to\s+(?:use|learn|understand|navigate|read)\b|"
            r"\buser[\s-]friendly\b|"
            # "available in English, German and French": the languages its users read
            r"\b(?:available|offered|translated)\s+(?:in|into)\s+(?:[\w,]+\s+){0,2}?(?:english|welsh|german|french|spanish|"
            r"italian|polish|portuguese|dutch|arabic|chinese|japanese|(?:several|multiple|other|foreign)\s+languages)\b|"
            r"\b(?:multi|bi)lingual\b|"
            r"\bwithout\s+(?:any\s+)?training\b|"
            # ISO 25010 accessibility: "big text, no tiny buttons" (for members mostly over 60)
            r"\b(?:big|bigger|large|larger)\s+(?:text|font|fonts|print|type|buttons?|icons?)\b|"
            r"\bno\s+(?:tiny|small|fiddly)\s+(?:buttons?|text|links?|icons?)\b",
            re.IGNORECASE,
        ),
        (
            # ISO 25010 fault tolerance: working on when the network is down ("check-in still works offline")
            "FT",
            r"\b(?:work|works|working|function|functions|operate|operates|run|runs|be\s+usable)\s+(?:\w+\s+){0,2}?"
            r"(?:offline|off-line)\b|\b(?:offline|off-line)\s+(?:mode|use|first)\b|\b(?:while|when|even\s+when)\s+offline\b|"
            # "scan deliveries offline": doing something offline; "members who are offline" is a state
            r"(?<!\bis\s)(?<!\bare\s)(?<!\bgo\s)(?<!\bgoes\s)\b(?:offline|off-line)(?=\s*(?:[.,;!]|$|and\b|too\b))|"
            r"\bwithout\s+(?:an?\s+|any\s+)?(?:internet|network|wi-?fi|mobile\s+signal|signal|connection|connectivity)\b|"
            # "if there's no signal out on the farms, it must keep working"
            r"\b(?:if|when|while|where)\s+there\s*(?:['’]s|is)\s+no\s+(?:mobile\s+)?(?:internet|network|wi-?fi|signal|"
            r"connection|connectivity|reception|coverage)\b|"
            # "works even when the wifi is down"
            r"\b(?:work|works|working)\s+(?:\w+\s+){0,2}?(?:when|if|while)\s+(?:the\s+)?(?:internet|network|wi-?fi|signal|"
            r"connection)\s+(?:is|goes|drops)\s+(?:down|out|off)\b",
            re.IGNORECASE,
        ),
        (
            "SE",
            # ISO 25010 confidentiality: "health questionnaires have to be locked down", "only the dentist
            # and the patient can see it" (data accessible only to those authorised)
            r"\block(?:ed|s)?\s+down\b|\bconfidential\b|"
            r"\bonly\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?[\w-]+(?:\s+(?:and|or)\s+(?:the\s+)?[\w-]+)?\s+"
            r"(?:can|may|could|should|shall|must)\s+"
            r"(?:be\s+able\s+to\s+)?(?:see|view|access|read|open|download)\b|"
            # and who must not see it: "the treasurer shouldn't see card details", "no one else may see it"
            r"\b(?:no\s+one|nobody|no\s+other\s+\w+)\s+(?:else\s+)?(?:may|can|could|should|must|is\s+allowed\s+to)\s+"
            r"(?:see|view|read|access|open|change|edit)\b|"
            r"\b(?:should\s+not|shouldn['’]t|must\s+not|mustn['’]t|cannot|can['’]t|may\s+not|never)\s+"
            r"(?:be\s+able\s+to\s+)?(?:see|view|read)\b|"
            r"\b(?:two|2)[\s-]factor\b|\bsecond\s+factor\b|\bmfa\b|\b2fa\b|\bencrypt\w*|\bsingle\s+sign[\s-]on\b|"
            # a security certification: "hold Cyber Essentials Plus", "ISO 27001 certified", "SOC 2"
            r"\bcyber\s+essentials\b|\biso(?:/iec)?\s*27001\b|\bsoc\s*2\b|"
            r"\bhash(?:ed|es|ing)?\s+(?:with|using)\b|"
            # ISO 25010 accountability: actions traced to who did them ("log each change with its author")
            r"\baudit\s+(?:trail|log)s?\b|\b(?:log|logs|logged|record|records|recorded)\b[^.;]{0,40}?\b(?:with|and)\s+"
            r"(?:(?:its|their|the)\s+)?(?:author|who\s+(?:did|made|changed)|user\s+who|person\s+who)\b",
            re.IGNORECASE,
        ),
        (
            "L",
            # where it is hosted is where the data lives: "happy for it to be hosted anywhere in the EU"
            # and "the Supplier will be responsible for hosting the solution in the UK"
            rf"(?i:\bhost(?:ed|ing)\s+(?:\w+\s+){{0,3}}?in\s+){_PLACES}|"
            rf"(?i:\b(?:data|records?|information|details|everything)\b[^.;]{{0,40}}?\b(?:stay|stays|stored|kept|held|hosted|"
            rf"reside|resides|remain|remains|located|processed)\s+(?:\w+\s+){{0,3}}?in\s+){_PLACES}|"
            # "it all has to stay in the UK" (what "it" is, the question before says): where it lives
            r"(?i:\b(?:it|it\s+all|system|solution|app|application|platform|site|service|everything)\s+(?:\w+\s+){0,3}?"
            r"(?:stay|stays|remain|remains)\s+in\s+(?:the\s+)?(?:uk|u\.k\.|united\s+kingdom|britain|eu|e\.u\.|"
            r"european\s+union|eea|usa|united\s+states|country)\b)|"
            # "patient data can't leave the UK": where it may not go
            # ("the notes … can't go anywhere outside the UK")
            r"(?i:\b(?:data|records?|information|details|notes|files|documents|photos|recordings)\b[^.;]{0,40}?\b"
            r"(?:can['’]t|cannot|must\s+not|mustn['’]t|may\s+not|should\s+not|shouldn['’]t|never)\s+"
            r"(?:be\s+(?:sent|moved|transferred)\s+out\s+of|leave|(?:go|be\s+(?:sent|stored|kept|held))\s+(?:anywhere\s+)?"
            r"outside)\s+(?:the\s+)?"
            r"(?:uk|u\.k\.|united\s+kingdom|britain|eu|e\.u\.|european\s+union|eea|country)\b)|"
            r"(?i:\bgdpr\b|\bhipaa\b|\bdata\s+protection\s+(?:law|act|regulation)s?\b)",
            0,
        ),
        (
            # retention periods: how long records must be kept, or when they must go (storage limitation)
            "L",
            rf"\b(?:keep|kept|retain|retained|store|stored|hold|held|archive|archived)\b[^.;]{{0,60}}?\bfor\s+"
            rf"(?:at\s+least\s+|a\s+minimum\s+of\s+|no\s+(?:more|longer)\s+than\s+|up\s+to\s+|a\s+maximum\s+of\s+)?"
            rf"{_COUNT}\s+(?:years?|months?)\b|"
            rf"\b(?:delete[sd]?|erase[sd]?|anonymi[sz]e[sd]?|purge[sd]?|destroy(?:s|ed)?)\b[^.;]{{0,40}}?\b{_COUNT}\s+"
            rf"(?:days?|weeks?|months?|years?)\s+(?:after|from|since)\b",
            re.IGNORECASE,
        ),
        (
            # ISO 25010 co-existence: "pet records stay on the existing practice system; the portal does not replace it"
            "O",
            r"\b(?:stay|stays|remain|remains|kept|held|live|lives)\s+(?:on|in)\s+(?:the|our|their)\s+"
            r"(?:existing|current|old|present)\s+(?:[\w-]+\s+){0,3}?(?:system|software|database|platform|server|application|app)s?\b|"
            r"\b(?:alongside|next\s+to)\s+(?:the|our|their)\s+(?:existing|current)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:system|software|database|platform|server|application|app)s?\b|"
            r"(?:\bnot|n['’]t|\bnever)\s+replac(?:e|es|ing)\s+(?:it|them|(?:the|our)\s+(?:existing|current|old))\b",
            re.IGNORECASE,
        ),
        (
            "MN",
            r"\bwithout\s+(?:a\s+)?(?:rebuild\w*|rewrit\w*|redevelop\w*|re-?engineer\w*|code\s+changes?|changing\s+"
            r"the\s+code)\b|\bextensib\w*|"
            # growing without replacing: "I don't want to pay for a new system in a year"
            r"(?:\bnot|n['’]t|\bnever)\s+(?:\w+\s+){0,3}?(?:pay|paying|buy|buying|purchase|purchasing)\s+"
            r"(?:\w+\s+){0,2}?(?:a\s+new|another|a\s+second|a\s+replacement)\s+(?:system|platform|product|tool)\b|"
            # ISO 25010 modifiability: "the design should allow for it (later)"
            r"\b(?:design|architecture)\s+(?:should|must|shall|needs?\s+to|has\s+to|will\s+need\s+to)\s+"
            r"(?:allow|cater|provide)\s+for\b|"
            # "... although the design shall not prevent them"
            r"\b(?:design|architecture)\s+(?:should|must|shall|may|will)\s+not\s+(?:prevent|preclude|rule\s+out|block)\b",
            re.IGNORECASE,
        ),
    )
)


def quality_cue(text: str) -> str | None:
    """The PROMISE class an unambiguous wording names, or None (first rule in the list wins)."""
    for cue in QUALITY_CUES:
        if cue.pattern.search(text):
            return cue.label
    return None


# "cancel until 24 hours before it starts": a deadline set by a business event is a rule of the
# domain (what users may do when), not a speed the system must reach, whatever the time unit says.
_BUSINESS_DEADLINE = prefilter.compile(
    rf"\b(?:until|up\s+to|no\s+later\s+than|not\s+later\s+than|at\s+least|later\s+than|(?:no|not)\s+less\s+than|"
    rf"more\s+than)\s+{_COUNT}"
    r"\s*(?:hours?|days?|weeks?|months?)\s+(?:before|prior\s+to|after)\b|"
    # "two hours before each surgery consult", "four weeks before a pet's booster is due": when
    # something happens relative to a business event
    # (and "cakes need at least 72 hours' notice": a lead time the business sets, not a speed)
    rf"\b{_COUNT}\s*(?:hours?|days?|weeks?|months?)(?:\s+(?:before|prior\s+to|ahead\s+of)\s+"
    r"(?:(?:the|each|every|a|an|their|its|this|that|his|her)\s+)?[a-z]|['’]?\s+(?:notice|lead\s+time|in\s+advance|ahead)\b)|"
    # "members can freeze their pass for up to 3 months": how long a state may last, a rule of the business
    rf"\b(?:can|may|could|should|must|shall)\s+(?:\w+\s+){{1,7}}?for\s+up\s+to\s+{_COUNT}\s*(?:hours?|days?|weeks?|months?|years?)\b|"
    # "inside 24 hours they have to ring": a window for people to act in, not a speed (hours, not seconds)
    rf"\binside\s+(?:of\s+)?{_COUNT}\s*(?:hours?|days?|weeks?)\b|"
    # "has 30 minutes to confirm", "give them 2 hours to accept": time people are given to act
    rf"\b(?:has|have|gets?|given|give\s+(?:them|him|her|the\s+\w+))\s+{_COUNT}\s*(?:minutes?|hours?|days?)\s+to\s+[a-z]|"
    # money the business takes or gives back: "shall refund it", "should be refunded", "a deposit of
    # £30", "a £5 fee"
    r"\b(?:shall|must|should|will|can|may)\s+(?:not\s+)?(?:also\s+)?(?:be\s+)?"
    r"(?:refund|charge|bill|invoice|reimburse)(?:d|ed)?\b|"
    r"\b(?:deposit|refund|fee|charge|price|payment|fine|discount)s?\b[^.;]{0,20}?[£$€]\s?\d|"
    # "retry failed payments", "chase overdue invoices": collecting money is the business's own work
    r"\b(?:retr(?:y|ies)|chase[sd]?|re-?attempt|collect)\s+(?:the\s+)?(?:failed|missed|declined|overdue|unpaid|late)\s+"
    r"(?:payments?|invoices?|direct\s+debits?|subscriptions?)\b|"
    r"[£$€]\s?\d+(?:[.,]\d+)?\s+(?:deposit|refund|fee|charge|price|payment|fine|discount)",
    re.IGNORECASE,
)


def business_deadline(text: str) -> bool:
    return _BUSINESS_DEADLINE.search(text) is not None
