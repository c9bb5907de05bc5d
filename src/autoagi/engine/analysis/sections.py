"""What a heading says about the items under it: action items, decisions, open questions,
requirements ("What they want", "Must-haves"), binding constraints, or things ruled out of this
release ("Out of scope", "Later")."""

from __future__ import annotations

import re
from functools import lru_cache

# "Non-negotiables", "Essentials", "Deal-breakers": headings of what must be there (see priority.moscow_heading)
ESSENTIALS = r"non[\s-]negotiables?|essentials|deal[\s-]?breakers"
# Headings that say what their items are.
_SECTION_STYLE = [
    (
        "action_item",
        re.compile(
            r"\b(?:action\s+items?|actions|next\s+steps?|to[\s-]?dos?|follow[\s-]?ups?|tasks|homework|owners?\s+and\s+dates)\b",
            re.I,
        ),
    ),
    # ("The flow we agreed": a journey, told)
    (
        "decision",
        re.compile(
            r"\b(?:decisions?|(?<!flow\swe\s)(?<!journey\swe\s)(?<!process\swe\s)agreed|decided|agreements?|resolutions?)\b",
            re.I,
        ),
    ),
    # a tender's "Response instructions", "Instructions to bidders": what bidders do, not the product
    (
        "bid_instruction",
        re.compile(
            r"\b(?:(?:response|submission|tender|bid|proposal)\s+(?:instructions|guidance|format|requirements)|"
            r"instructions\s+(?:to|for)\s+(?:bidders|tenderers|suppliers|respondents)|how\s+to\s+(?:respond|submit)|"
            r"(?:evaluation|selection|award)\s+criteria)\b",
            re.I,
        ),
    ),
]
# Headings that say every item under them is a requirement ("What they want", "Constraints") or
# is ruled out of this release ("Out of scope", "Later").
_CONSTRAINTS_SECTION_RE = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*[.)]?\s+)?(?:(?:technical|business|design|project|legal|hosting|other)\s+)?constraints?\b",
    re.I,
)
# a form's or a brief's "Budget and timeline", "What is your budget?", "When do you need it by?": what
# each sentence under it says binds the project ("Around £20k.", "Live before the spring rush.")
_PROJECT_LIMITS_SECTION_RE = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*[.)]?\s+)?(?:"
    r"(?:budget|timeline|timescales?|timing|deadline)s?(?:\s+(?:and|&)\s+(?:budget|timeline|timescales?|timing|deadlines?))?\W*$|"
    r"what(?:['’]s|\s+is)\s+(?:your|the)\s+(?:budget|timeline|deadline)\b|when\s+do\s+you\s+need\s+it\b)",
    re.I,
)
_LIST_SECTION_STYLE = [
    # "Things it must NOT do", "What the app should never do", "Don'ts": each item is forbidden
    (
        "prohibited",
        re.compile(
            r"^\W*(?:\d+(?:\.\d+)*[.)]?\s+)?(?:(?:things|what)\s+(?:it|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:must|should|shall)\s+"
            r"(?:not|never)\s+do|(?:things|what)\s+we\s+(?:don['’]t|do\s+not)\s+want\s+it\s+to\s+do|must[\s-]nots?|"
            r"don['’]ts|do\s+not\s+do|never\s+do|no[\s-]gos?|red\s+lines|not\s+allowed|(?:things\s+to\s+)?avoid)\W*$",
            re.I,
        ),
    ),
    # a business's "FAQ", "Frequently asked questions – Harbour Yoga": its answers are today's rules
    (
        "faq",
        re.compile(
            r"^\W*(?:\d+[.)]?\s+)?(?:FAQs?|frequently\s+asked\s+questions|questions\s+(?:and|&)\s+answers|Q\s*&\s*A|"
            r"common\s+questions)\b",
            re.I,
        ),
    ),
    (
        "open_question",
        re.compile(
            r"^\W*(?:\d+(?:\.\d+)*[.)]?\s+)?(?:open\s+(?:questions?|issues?|points?)|(?:outstanding\s+)?questions?|"
            r"to\s+(?:clarify|confirm|be\s+confirmed|be\s+decided)|tb[cd]|unknowns?|unresolved)\b",
            re.I,
        ),
    ),
    (
        "out_of_scope",
        re.compile(
            r"^\W*(?:\d+(?:\.\d+)*[.)]?\s+)?(?:out\s+of\s+scope|not\s+in\s+scope|won['’]?t[\s-]haves?|not\s+now|later|"
            # a deck's "Not in phase 1", "Not for launch", "Not in v1"
            r"not\s+(?:in|for|at)\s+(?:the\s+)?(?:phase\s+(?:1|one|i)|v1|version\s+1|(?:first\s+)?(?:release|launch|version))|"
            r"not\s+doing|(?:what\s+)?we['’]?re\s+not\s+doing|non[\s-]goals?|"
            # "Not needed", "Not required", "What we don't need", "Things we don't want"
            r"not\s+(?:needed|required|wanted)|(?:what|things)\s+we\s+(?:don['’]t|do\s+not)\s+(?:need|want)|"
            r"future(?:\s+(?:phases?|releases?|versions?|ideas?))?(?!\s+(?:state|process))|parking\s+lot|parked(?:\s+(?:items?|ideas?))?|"
            r"phase\s+(?:2|two|ii|3|three|iii)|v[23]|version\s+(?:2|two|3)|release\s+(?:2|two|3)|next\s+(?:phase|release|version)|"
            r"next(?=\W*$))\b",  # a Now / Next / Later board's "Next"
            re.I,
        ),
    ),
    # "Objectives", "Business goals": what the business wants to achieve, met by the requirements
    # together ("Cut phone bookings by half"), so the reason for the one that serves it
    (
        "goal",
        re.compile(
            r"^\W*(?:\d+(?:\.\d+)*[.)]?\s+)?(?:(?:our\s+|the\s+|project\s+|business\s+|key\s+|main\s+)?"
            r"(?:objectives?|goals?|aims?)(?:\s+(?:and|&)\s+(?:objectives?|goals?|aims?))?|"
            r"what\s+(?:we|I|they)\s+(?:want|hope|need)\s+to\s+achieve)\W*$",
            re.I,
        ),
    ),
    # "Success criteria", "KPIs", "How we'll measure success": figures the business will watch
    # after launch ("60% of bookings made online"), not what the product does
    (
        "success_measure",
        re.compile(
            r"^\W*(?:\d+(?:\.\d+)*[.)]?\s+)?(?:success\s+(?:criteria|measures?|metrics?|factors?)|kpis?|"
            r"(?:key\s+)?(?:performance\s+indicators?|metrics|measures\s+of\s+success)|"
            r"how\s+(?:we['’]ll|we\s+will|will\s+we|to)\s+(?:measure|know)\b.*|what\s+success\s+looks\s+like)\W*$",
            re.I,
        ),
    ),
    (
        "requirement",
        re.compile(
            r"^\W*(?:\d+(?:\.\d+)*[.)]?\s+)?(?:non[\s-]functional|nfrs?)\W*$|"
            # the other half of an "As-is" section: "To-be", "Future state", "Target process"
            r"^\W*(?:\d+(?:\.\d+)*[.)]?\s+)?(?:to[\s-]be|(?:future|target|desired)\s+(?:state|process))\W*$|"
            # a MoSCoW list's bare headings: "## Must", "Should:", "Could"
            r"^\W*(?:\d+(?:\.\d+)*[.)]?\s+)?(?:must|should|could)\W*$|"
            # the first release's list: "## Phase 1", "MVP", "V1", "Launch", "Day one"
            r"^\W*(?:\d+(?:\.\d+)*[.)]?\s+)?(?:phase\s+(?:1|one|i)|mvp|v1|version\s+(?:1|one)|release\s+(?:1|one)|"
            r"first\s+(?:release|version|phase)|(?:for\s+)?launch|day\s+one|now)\W*$|"  # a board's "Now" too
            r"^\W*(?:\d+(?:\.\d+)*[.)]?\s+)?(?:(?:key|main|functional|non[\s-]functional|business|user|system|technical|"
            r"product|quality)\s+)?(?:requirements?|needs|wants|wish[\s-]?list|features?|must[\s-]haves?|"
            rf"{ESSENTIALS}|"
            r"should[\s-]haves?|could[\s-]haves?|nice[\s-]to[\s-]haves?|constraints?|(?:in\s+)?scope|capabilities|"
            r"epics?|(?:user\s+)?stories|backlog|"
            # "A few other bits:", "Some more things we'd like:"
            r"(?:a\s+(?:few|couple(?:\s+of)?)\s+|some\s+|two\s+|three\s+)?(?:other|more|extra|additional|further)\s+"
            r"(?:bits|things|points|requests|features|wishes|items|ideas)(?:\s+(?:we|I)(?:['’]d\s+like|\s+need|\s+want))?\W*$|"
            # "Here's what we need:", "Below are our requirements:"
            # ("Following our chat, here is what we'd need:")
            r"(?:(?:hi\s+\w+[,\s]+)?(?:(?:following|after)\s+(?:our|the|your)\s+(?:chat|call|meeting|conversation)[\s,]+|"
            r"as\s+(?:discussed|promised|agreed)[\s,]+)?(?:here['’]?s|here\s+(?:is|are)|below\s+(?:is|are))\s+(?:our\s+|my\s+)?)?"
            # ("What Sam wants (notes from coffee)")
            r"what\s+(?:they|we|I|the\s+client|the\s+customer|you|users?|parents|staff|[a-z]+)(?:['’]d|\s+would)?\s+"
            r"(?:want|need|asked\s+for|get|can\s+do|will\s+get)s?)\b|"
            # a form's questions: "What must it do on day one?", "What would be nice to have?", "Any other requirements?"
            r"^\W*(?:\d+[.)]?\s+)?(?:what|which)\s+(?:else\s+)?(?:(?:must|should|does|do|will|would)\s+"
            r"(?:it|you|the\s+\w+(?:\s+\w+)?)\s+(?:absolutely\s+|really\s+)?(?:need\s+(?:it\s+)?to\s+|have\s+to\s+|"
            r"want\s+it\s+to\s+|like\s+it\s+to\s+)?(?:do|have|need|want)\b[^?]*\?|"
            r"features?\b[^?]*\?|(?:\w+\s+)?would\s+be\s+nice\b)|"
            # a survey's "What one thing would you add to the app?", "If you could change one thing…?"
            r"^\W*(?:\d+[.)]?\s+)?(?:(?:what|which)\s+(?:one\s+|single\s+)?(?:(?:new\s+)?(?:things?|features?|changes?)\s+)?"
            r"(?:would|could|should)\s+you\s+(?:most\s+)?(?:add|change|improve|like\s+to\s+see|love\s+to\s+see|want)\b|"
            r"if\s+you\s+could\s+(?:add|change|improve|have)\b|what(?:['’]s|\s+is)\s+missing\b|"
            r"what\s+would\s+make\b[^?]*\b(?:better|easier|simpler|quicker)\b|any\s+(?:suggestions|ideas)\b)[^?]*\?\s*$|"
            # a brief's "What it must do", "What the app should do on day one"
            r"^\W*(?:\d+(?:\.\d+)*[.)]?\s+)?what\s+(?:it|the\s+\w+(?:\s+\w+)?)\s+"
            r"(?:must|should|could|needs?\s+to|has\s+to|will)\s+(?:do|have)\b[^?]*$|"
            r"^\W*(?:\d+[.)]?\s+)?any(?:thing)?\s+(?:other|more|further|additional|else)\s*(?:requirements?|features?|needs?|"
            r"wishes)?\W*$|"
            # "Could you quote for", "Please quote for the following:"
            r"^\W*(?:(?:could|can|would)\s+you\s+|please\s+)?(?:quote|price|estimate)\s+(?:for|on)\b|"
            # "Priorities for the app", "Our priorities": what the client wants, ranked
            r"^\W*(?:\d+(?:\.\d+)*[.)]?\s+)?(?:(?:our|my|the|top|key)\s+)?priorities(?:\s+for\s+(?:the\s+)?[\w'’ -]{1,30})?\W*$|"
            # "Website requirements", "Club website – wishlist", "App: features": what the named product should have
            r"^\W*(?:\d+(?:\.\d+)*[.)]?\s+)?(?!(?:rejected|dropped|removed|deferred|parked|excluded|existing|current|"
            r"old|future|later|other)\b)(?:[\w'’&-]+\s+){1,4}(?:[–—:-]\s*)?"
            r"(?:requirements|wish[\s-]?list|feature[\s-]?list|features|must[\s-]haves|needs|wants)\W*$|"
            # a lead-in's "the governors' list for the parents' app", "our wish list": whose list, for the product
            r"^\W*(?:(?:as\s+(?:promised|discussed|agreed)|hi\s+\w+|ok(?:ay)?|so|right)[\s,]+)*"
            r"(?:(?:here['’]?s|here\s+is|below\s+is)\s+)?(?:the\s+)?(?:(?:our|my|the)\s+)?(?:(?:wish|feature|requirements?)[\s-]?list\b|"
            r"(?:our|my|[\w-]+s['’]|[\w-]+['’]s)\s+list\s+for\s+(?:the\s+|our\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}"
            r"(?:app|system|site|website|portal|platform|tool|software)\b)",
            re.I,
        ),
    ),
    # "Who will use it?", "Users", "Audience": who the people are and what they will do with it
    (
        "users",
        re.compile(
            r"^\W*(?:\d+(?:\.\d+)*[.)]?\s+)?(?:who\s+(?:will\s+use|uses|is\s+it\s+for|are\s+(?:the|our)\s+users)\b|"
            r"(?:the\s+|our\s+|intended\s+|target\s+)?(?:users?|user\s+(?:groups?|roles?|types?)|audience|personas?)\W*$)",
            re.I,
        ),
    ),
    # "Pages", "Sitemap", "Screens": the pages the site should have, one per item
    (
        "pages",
        re.compile(
            r"^\W*(?:\d+(?:\.\d+)*[.)]?\s+)?(?:(?:the\s+|main\s+|site\s+)?(?:pages|screens)(?:\s+(?:we\s+need|needed|list))?|"
            r"site\s*map|sitemap|page\s+list|(?:main\s+)?(?:navigation|menu))\W*$",
            re.I,
        ),
    ),
    # "Wireframe notes", "Mock-ups": what each page should show or let users do ("[Home] Big photo …")
    (
        "screen_notes",
        re.compile(
            r"^\W*(?:\d+(?:\.\d+)*[.)]?\s+)?(?:wire[\s-]?frames?|mock[\s-]?ups?|(?:page|screen|design|layout)\s+notes)"
            r"(?:\s+notes)?\W*$",
            re.I,
        ),
    ),
    # "Customer journey", "User flow", "How it will work": steps of the new system, in order
    (
        "journey",
        re.compile(
            r"^\W*(?:\d+(?:\.\d+)*[.)]?\s+)?(?:(?:the\s+)?(?!cash\s)(?:[a-z]+\s+)?(?:journey|flow)|how\s+it\s+(?:will|should)\s+work|"
            r"step[\s-]by[\s-]step)\W*$|"
            # "Flow we sketched on the whiteboard:", "The booking flow we agreed"
            r"^\W*(?:the\s+)?(?:[a-z]+\s+)?(?:journey|flow|process)\s+(?:we|they|you)\s+(?:sketched|drew|mapped|agreed|discussed)"
            r"(?:\s+(?:on|in|at)\s+(?:the\s+)?[\w-]+)?\W*$|"
            # "A day in the life of a carer", "A day with the new app – Sarah, home carer": the future, told
            r"^\W*(?:a\s+)?day\s+(?:in\s+the\s+life\b|with\s+(?:the\s+)?(?:new\s+)?(?:app|system|site|portal|tool)\b)",
            re.I,
        ),
    ),
    # a brief's "Background", "Current situation", "How it works today": how things are now, told
    # as context; "Patients book by phone" there is today's process, not the new system
    (
        "background",
        re.compile(
            r"^\W*(?:\d+(?:\.\d+)*[.)]?\s+)?(?:(?:project\s+)?background|context|about\s+(?:us|the\s+(?:business|client|company))|"
            r"(?:the\s+)?current\s+(?:situation|process|set[\s-]?up|state)|as[\s-]is|(?:how\s+(?:it\s+works|we\s+work|things\s+work)|"
            r"what\s+happens)\s+(?:today|now)|today)\W*$",
            re.I,
        ),
    ),
    # a form's "What problem do you want the new system to solve?": how things are, the reasons
    (
        "problem",
        re.compile(
            r"^\W*(?:why|why\s+now|why\s+change)\W*$|"  # a deck's "Why" slide: the problems it solves
            r"^\W*(?:\d+[.)]?\s+)?(?:what\s+(?:(?:main\s+|biggest\s+)?(?:problems?|pain\s+points?|challenges?|frustrations?)\b|"
            r"(?:is|isn['’]t|is\s+not)\s+working\b)|what['’]s\s+(?:not\s+working|wrong|broken)\b|"
            r"(?:the\s+|our\s+)?(?:(?:current|existing|known|key|main|biggest|today['’]s)\s+)?"
            r"(?:problems?|issues|pain\s+points?|challenges?|frustrations?|annoyances|gripes)(?:\s+(?:today|now|we\s+have))?\W*$)|"
            # a survey's "What is the most annoying thing about booking?", "What do you find hardest?"
            r"^\W*(?:\d+[.)]?\s+)?(?:what(?:['’]s|\s+is)\s+the\s+(?:(?:single\s+)?most\s+(?:annoying|frustrating|difficult|"
            r"irritating)|hardest|worst|biggest\s+(?:problem|pain|headache|frustration))\b|what\s+do\s+you\s+(?:find\s+"
            r"(?:most\s+)?(?:annoying|frustrating|difficult|hard)|dislike|hate|struggle\s+with)\b|"
            r"what\s+(?:annoys|frustrates|bugs|irritates)\s+you\b)[^?]*\?\s*$",
            re.I,
        ),
    ),
]


# "What members get", "What teachers need", "For teachers": whose the items under it are
_GROUP_HEADING_RE = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*[.)]?\s+)?(?:what\s+(?:the\s+|our\s+)?(?P<who>[a-z][\w-]*s|staff)\s+(?:want|need|get|can\s+do|"
    r"will\s+get)|for\s+(?:the\s+|our\s+)?(?P<for>[a-z][\w-]*s|staff))\W*$",
    re.I,
)


def heading_group(section: str | None) -> str | None:
    """ "What members get" -> "members": the people a heading says its items are for."""
    said = _GROUP_HEADING_RE.match(section or "")
    return (said.group("who") or said.group("for")).lower() if said else None


def constraints_section(section: str | None) -> bool:
    """ "## Constraints", "Technical constraints": every item under it fixes a choice for the project."""
    return bool(section and (_CONSTRAINTS_SECTION_RE.match(section) or _PROJECT_LIMITS_SECTION_RE.match(section)))


def project_limits_section(section: str | None) -> bool:
    """ "Budget and timing", "When do you need it by?": its sentences are the budget and the dates."""
    return bool(section and _PROJECT_LIMITS_SECTION_RE.match(section))


@lru_cache(maxsize=4096)
def section_style(section: str | None) -> str | None:
    """The style a heading gives the items under it ("requirement", "faq", "pages", …), or None;
    asked of every unit, so each heading is read once."""
    if not section:
        return None
    for style, pattern in _SECTION_STYLE:
        if pattern.search(section):
            return style
    for style, pattern in _LIST_SECTION_STYLE:
        if pattern.match(section):
            return style
    return None


_QUALITY_SECTION_RE = re.compile(
    r"\b(?:non[\s-]functional|nfrs?|quality|qualities|performance|security|usability|reliability|availability)\b", re.I
)


def quality_section(section: str | None) -> bool:
    """ "Non-functional", "Quality attributes", "Performance": its items name qualities."""
    return bool(section and _QUALITY_SECTION_RE.search(section))
