"""Turn what was said into a requirement statement and a short title.

Informal speech ("we'd like it to send reminders") is rewritten into the form a business
analyst would write ("The system should send reminders"); the source span keeps the exact words.
"""

from __future__ import annotations

import re

from lemminflect import getAllInflections, getAllLemmas, getLemma

from autoagi.engine.analysis import prefilter
from autoagi.engine.analysis.asides import without_afterthought, without_connective
from autoagi.engine.analysis.clauses import clause_statement
from autoagi.engine.analysis.client_wishes import (
    cannot_statement,
    consequence_statement,
    doing_statement,
    done_automatically_statement,
    only_thing_statement,
    plain_wish_statement,
    please_statement,
    shown_on_it_statement,
    subjectless_statement,
    welcome_statement,
)
from autoagi.engine.analysis.complaints import complaint_statement
from autoagi.engine.analysis.described import described_statement
from autoagi.engine.analysis.detect import ROLE_GROUPS
from autoagi.engine.analysis.disfluency import with_case_marked, without_doubt, without_fillers
from autoagi.engine.analysis.grammar import ROLE_WORDS
from autoagi.engine.analysis.job_story import job_story_statement
from autoagi.engine.analysis.listed import (
    RECEIVE_VERBS,
    afterthought_statement,
    kept_statement,
    listed_statement,
    look_statement,
    named_thing,
    passive_statement,
)
from autoagi.engine.analysis.numbered_questions import QUESTION_REFERENCE_RE
from autoagi.engine.analysis.references import product_reference_statement
from autoagi.engine.analysis.thinking_aloud import fragment_but_clause, thinking_aloud_statement
from autoagi.engine.analysis.user_story import parse_user_story
from autoagi.engine.analysis.words import (
    CHARGE_RE,
    DEFECT_RE,
    DETERMINERS,
    EACH_THING,
    LEADING_ARTICLE_RE,
    MESSAGE_VERBS,
    MOST_IMPORTANT,
    NOT_A_THING,
    PEOPLE_WORDS,
    PRAISE_WORDS,
    PROBLEM,
    PRODUCT_DOINGS,
    PRONOUN_SUBJECTS,
    REPORT_TOPIC,
    REPORTED,
    SYSTEM_NOUNS,
    THEY_REPORTED_RE,
    TOPIC_LABEL_RE,
    UNWANTED_LEAD,
    USER_ACTIONS,
    USER_GROUPS,
    as_theirs,
    capitalise,
    deposit_statement,
    is_participle,
    is_plural_subject,
    is_verb,
    lower_first,
    names_a_message,
    out_of_scope,
    singular,
    third_person,
    with_the,
)
from autoagi.engine.numbers import DURATION_AT_END_RE, NUMBER_WORD_PATTERN

_SYSTEM_WORD = r"(?:system|app|application|site|website|portal|tool|platform|software|product)"
_SYS = rf"(?:the\s+{_SYSTEM_WORD}|it)"
_WHO = (
    r"(?:we|i|they|(?:the\s+|our\s+|all\s+)?(?:users?|customers?|clients?|people|staff|everyone|team|managers?|"
    r"admins?|administrators?|members?|employees?|agents?))"
)
# "Priya wants this live by March", "she needs the new site ready before Easter": when it must be live
_SOMEONE = rf"(?:{_WHO}|he|she|(?-i:[A-Z][a-z]+))"
_THIS_SYS = rf"(?:{_SYS}|this|the\s+new\s+{_SYSTEM_WORD})"
_STATE = r"(?:live|ready|launched|released|finished|done|working|up\s+and\s+running|in\s+production|in\s+place)"
# Fillers a speaker puts before the actual wish: "So, basically we'd like ..."
_LEAD = r"^(?:(?:also|and|so|but|well|ok|okay|yes|yeah|basically|honestly|i\s+think|really|oh|plus|then|now|and\s+also)[\s,]+)*"
_REWRITES: list[tuple[re.Pattern[str], str]] = [
    (
        # "we need to know the breed and size before they book": what the system must ask for, and when
        re.compile(
            rf"{_LEAD}(?:we|i)\s+(?:really\s+|also\s+)?(?:need|have|must)\s+to\s+know\s+(?P<rest>(?:the|their|its|your)\s"
            r"[^,;]{2,60}?\s(?:before|when|at|on|for)\s.+)",
            re.I,
        ),
        "The system must ask for {rest}",
    ),
    (
        prefilter.compile(
            rf"{_LEAD}{_WHO}(?:'d|’d|\s+would)\s+(?:really\s+)?(?:like|love|want)\s+{_SYS}\s+to\s+(?P<rest>.+)", re.I
        ),
        "The system should {rest}",
    ),
    (
        prefilter.compile(rf"{_LEAD}{_WHO}\s+(?:really\s+|also\s+)?(?:need|needs)\s+{_SYS}\s+to\s+(?P<rest>.+)", re.I),
        "The system must {rest}",
    ),
    (
        prefilter.compile(rf"{_LEAD}{_WHO}\s+(?:really\s+|also\s+)?(?:want|wants)\s+{_SYS}\s+to\s+(?P<rest>.+)", re.I),
        "The system should {rest}",
    ),
    (
        re.compile(
            rf"{_LEAD}(?P<who>{_WHO})\s+(?:really\s+|also\s+)?(?:need|needs|must)\s+to\s+be\s+able\s+to\s+(?P<rest>.+)",
            re.I,
        ),
        "{group} must be able to {rest}",
    ),
    (
        re.compile(
            rf"{_LEAD}(?P<who>{_WHO})(?:(?:'d|’d|\s+would)\s+(?:really\s+)?(?:like|love)|\s+want|\s+wants)\s+to\s+be\s+"
            r"able\s+to\s+(?P<rest>.+)",
            re.I,
        ),
        "{group} should be able to {rest}",
    ),
    (
        re.compile(
            rf"{_LEAD}it\s+would\s+be\s+(?:really\s+|so\s+)?{PRAISE_WORDS}\s+if\s+"
            rf"{_SYS}\s+(?:could|can|would|will)\s+(?P<rest>.+)",
            re.I,
        ),
        "The system could {rest}",
    ),
    (
        re.compile(
            rf"{_LEAD}it\s+would\s+be\s+(?:really\s+|so\s+)?{PRAISE_WORDS}\s+if\s+"
            rf"(?P<who>{_WHO})\s+(?:could|can)\s+(?P<rest>.+)",
            re.I,
        ),
        "{who} could {rest}",
    ),
    (
        prefilter.compile(
            rf"{_LEAD}(?:our\s+|the\s+|many\s+|some\s+)?(?P<who>[\w-]+)\s+(?:keep|keeps)\s+asking\s+(?:for|about)\s+"
            r"(?:a|some)\s+way\s+to\s+(?P<rest>.+)",
            re.I,
        ),
        "{who} should be able to {rest}",
    ),
    # "customers keep asking if they can reserve a bike online": what they should be able to do
    (
        prefilter.compile(
            rf"{_LEAD}(?:our\s+|the\s+|many\s+|some\s+)?(?P<who>[\w-]+)\s+(?:keep|keeps)\s+asking\s+(?:if|whether)\s+"
            r"(?:they|he|she)\s+(?:can|could)\s+(?P<rest>.+)",
            re.I,
        ),
        "{who} should be able to {rest}",
    ),
    (
        prefilter.compile(
            rf"{_LEAD}(?:our\s+|the\s+|many\s+|some\s+)?[\w-]+\s+(?:keep|keeps)\s+asking\s+(?:for|about)\s+(?P<rest>.+)",
            re.I,
        ),
        "The system should provide {rest}",
    ),
    # "Ideally the app would remember a customer's last order": a could-have
    (
        re.compile(rf"^\W*ideally,?\s+(?P<who>{_SYS})\s+(?:would|could|should|will|can)\s+(?P<rest>.+)", re.I),
        "{who} could {rest}",
    ),
    # "What I'd love is for customers to pick a groomer themselves"
    (
        re.compile(
            rf"{_LEAD}what\s+(?:i|we)\s+(?:really\s+)?(?:need|needs)\s+is\s+for\s+"
            r"(?P<who>(?:the\s+|our\s+)?[\w-]+(?:\s+[\w-]+)?)\s+to\s+(?:be\s+able\s+to\s+)?(?P<rest>.+)",
            re.I,
        ),
        "{who} must be able to {rest}",
    ),
    (
        re.compile(
            rf"{_LEAD}what\s+(?:i|we)(?:['’]d|\s+would)?\s+(?:really\s+)?(?:love|like|want|need)\s+is\s+"
            # "… is a way for my lads to see their jobs"
            r"(?:(?:a|some)\s+way\s+|something\s+|an?\s+(?:app|system|tool)\s+)?for\s+"
            r"(?P<who>(?:the\s+|our\s+|my\s+)?[\w-]+(?:\s+[\w-]+)?)\s+to\s+(?:be\s+able\s+to\s+)?(?P<rest>.+)",
            re.I,
        ),
        "{who} should be able to {rest}",
    ),
    # "what I want is people to be able to book their MOT online": the people named, without "for"
    (
        re.compile(
            rf"{_LEAD}what\s+(?:i|we)(?:['’]d|\s+would)?\s+(?:really\s+)?(?:love|like|want|need)\s+is\s+"
            rf"(?P<who>(?:the\s+|our\s+|my\s+)?(?:{USER_GROUPS}|{ROLE_GROUPS}))\s+to\s+(?:be\s+able\s+to\s+)?(?P<rest>.+)",
            re.I,
        ),
        "{who} should be able to {rest}",
    ),
    # "we'd like to sell passes online": the business acts through the product
    (
        re.compile(
            rf"{_LEAD}we(?:'d|’d|\s+would)\s+(?:really\s+)?(?:like|love|want)\s+to\s+(?!be\s+able\b)"
            r"(?P<rest>(?=[^.;]*\b(?:online|in[\s-]app|(?:through|via|on|in)\s+(?:the|our)\s+"
            r"(?:app|site|website|portal|system|platform)\b)).+)",
            re.I,
        ),
        "The system should {rest}",
    ),
    # "Could customers save their favourite orders?": a could-have, asked as a question
    (
        re.compile(
            rf"{_LEAD}(?:can|could)\s+(?P<who>(?:the\s+|our\s+)?(?:{USER_GROUPS}|{ROLE_GROUPS}))\s+(?:also\s+)?(?P<rest>[^?]+)\?*$",
            re.I,
        ),
        "{who} could {rest}",
    ),
    # "Can we get notified when stock runs low?": a message the system sends
    (
        re.compile(
            rf"{_LEAD}(?:can|could)\s+(?:we|i)\s+(?:also\s+)?(?:get|be)\s+(?:notified|alerted|told|warned|reminded)\s+"
            r"(?P<rest>[^?]+)\?*$",
            re.I,
        ),
        "The system could send a notification {rest}",
    ),
    (
        re.compile(
            rf"{_LEAD}(?:can|could)\s+(?:we|you)\s+(?:also\s+)?(?:add|have|get|include|build)\s+(?P<rest>[^?]+)\?*$",
            re.I,
        ),
        "The system could provide {rest}",
    ),
    # "Can we show the class capacity on the timetable?": something the product does
    (
        re.compile(
            rf"{_LEAD}(?:can|could)\s+(?:we|you|it)\s+(?:also\s+|please\s+)?(?P<rest>{PRODUCT_DOINGS}\s[^?]+)\?*$",
            re.I,
        ),
        "The system could {rest}",
    ),
    # "How might we let regulars book their usual class in one tap?": an opportunity, what they could do
    (
        re.compile(
            r"^\W*how\s+(?:might|could)\s+we\s+(?:let|allow|enable)\s+(?P<who>[\w'’ -]{2,40}?)\s+(?:to\s+)?"
            r"(?P<rest>[a-z][^?]*)\?*$",
            re.I,
        ),
        "{who} could {rest}",
    ),
    # "How might we help newcomers pick a class?", "How might we cut no-shows?": what the product could do
    (
        re.compile(r"^\W*how\s+(?:might|could)\s+we\s+(?P<rest>[a-z][^?]*)\?*$", re.I),
        "The system could {rest}",
    ),
    # "Can the timetable show which teacher is taking each class?": what the thing could do
    (
        re.compile(
            rf"{_LEAD}(?:can|could)\s+(?P<who>(?:the|our)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:also\s+)?"
            rf"(?P<rest>{PRODUCT_DOINGS}\b[^?]*)\?*$",
            re.I,
        ),
        "{who} could {rest}",
    ),
    # "Could you make the logo bigger?": how the thing should be
    (
        re.compile(
            rf"{_LEAD}(?:can|could)\s+(?:we|you)\s+(?:also\s+|please\s+)?make\s+(?P<who>it|them|(?:the|our)\s+[\w-]+(?:\s+[\w-]+)?)\s+"
            r"(?P<rest>(?:[a-z]+er|more\s+[a-z]+|less\s+[a-z]+)\b[^?]*)\?*$",
            re.I,
        ),
        "{who} could be {rest}",
    ),
    # "Can we default it to the last 12 months?": what the thing should do by default
    (
        re.compile(
            rf"{_LEAD}(?:can|could)\s+(?:we|you)\s+(?:also\s+|please\s+)?default\s+(?P<who>it|them|(?:the|our)\s+[\w-]+(?:\s+[\w-]+)?)\s+"
            r"(?P<rest>to\b[^?]+)\?*$",
            re.I,
        ),
        "{who} could default {rest}",
    ),
    # "I want to see which products sell best each week": something the system shows
    (
        re.compile(
            rf"{_LEAD}(?:i|we)(?:['’]d|\s+would)?\s+(?:really\s+|also\s+)?(?:(?P<need>need)|want|like)\s+to\s+"
            r"(?:be\s+able\s+to\s+)?(?:see|view|know|check)\s+(?P<rest>(?:which|what|who|how|when|where|whether|if)\b.+)",
            re.I,
        ),
        "The system {modal} show {rest}",
    ),
    # "I'd just like to see the free times and pick one": a user (in a user interview) wants to do it
    (
        re.compile(
            rf"{_LEAD}i(?:['’]d|\s+would)\s+(?:just\s+|really\s+|also\s+)?(?:like|love|want)\s+to\s+(?!be\s+able\b)"
            r"(?P<rest>(?:see|book|pick|choose|cancel|change|pay|check|view|find|track|order|download|upload|reschedule|"
            r"move|rebook|compare|filter|save|share)\b.+)",
            re.I,
        ),
        "Users should be able to {rest}",
    ),
    # "They need it before the new branch opens in May": the date it must be live by
    (
        re.compile(
            rf"{_LEAD}(?:we|they|i|the\s+client|the\s+customer)\s+(?:really\s+|definitely\s+)?(?:need|needs)\s+"
            r"(?:it|the\s+(?:app|system|site|website|portal|platform))\s+(?P<rest>(?:before|by|in\s+time\s+for)\s+.+)",
            re.I,
        ),
        "The system must go live {rest}",
    ),
    # "we'd love it before the Christmas rush": the date they hope it is live by
    (
        re.compile(
            rf"{_LEAD}(?:we|they|i)(?:['’]d|\s+would)\s+(?:really\s+)?(?:love|like|want)\s+"
            r"(?:it|this|the\s+(?:app|system|site|website|portal|platform))\s+"
            r"(?P<rest>(?:before|by|in\s+time\s+for)\s+.+)",
            re.I,
        ),
        "The system should go live {rest}",
    ),
    # "we need it live before January": a state the product must be in
    (
        prefilter.compile(
            rf"{_LEAD}{_SOMEONE}\s+(?:really\s+|also\s+)?(?:need|needs)\s+{_THIS_SYS}\s+(?P<rest>{_STATE}\b.+)", re.I
        ),
        "The system must be {rest}",
    ),
    (
        prefilter.compile(
            rf"{_LEAD}{_SOMEONE}(?:(?:'d|’d|\s+would)\s+(?:like|love)|\s+(?:really\s+)?(?:want|wants))\s+{_THIS_SYS}\s+"
            rf"(?P<rest>{_STATE}\b.+)",
            re.I,
        ),
        "The system should be {rest}",
    ),
    (re.compile(rf"{_LEAD}{_SYS}\s+(?:has|needs|have|need)\s+to\s+(?P<rest>.+)", re.I), "The system must {rest}"),
    (re.compile(rf"{_LEAD}{_SYS}(?:'s|’s|\s+has)\s+got\s+to\s+(?P<rest>.+)", re.I), "The system must {rest}"),
    (
        re.compile(
            rf"{_LEAD}(?:(?:we|you)\s+(?:must|need\s+to|have\s+to)\s+|please\s+)?make\s+sure\s+(?:that\s+)?(?P<rest>.+)",
            re.I,
        ),
        "The system must ensure that {rest}",
    ),
    (
        prefilter.compile(
            rf"{_LEAD}{_WHO}(?:(?:'d|’d|\s+would)\s+(?:really\s+|also\s+)?(?:like|love|want)|"
            r"\s+(?:really\s+|also\s+)?(?:want|wants|need|needs))\s+"
            # not "we want the reports to show totals": what the things themselves should do
            r"(?!(?:the|our)\s+[\w-]+(?:\s+[\w-]+){0,2}?\s+to\s+(?!be\b))"
            r"(?P<rest>(?:a|an|the|some|more|better)\s+.+)",
            re.I,
        ),
        "The system should provide {rest}",
    ),
]
# "For the booking system, I'd want ...": a leading framing phrase.
_FRAME_RE = re.compile(
    r"^(?:(?:for|on|in|about|regarding|re)\s+(?:the\s+|our\s+)?[\w -]{1,30}?|(?i:question)\s+\d+[\w ]{0,20}?|"
    r"[A-Z][\w'’-]*(?:\s[\w'’-]+){0,3}?)\s*[:,]\s+(?=\S)",
)
_SUBJECTLESS_WISH_RE = re.compile(r"^(?:would|['’]d)\s+(?=(?:really\s+|also\s+)?(?:like|love|prefer)\b)", re.I)
_SUBJECTLESS_GOOD_RE = re.compile(
    r"^(?:would|['’]d)\s+(?=be\s+(?:really\s+)?(?:good|great|nice|useful|handy|helpful)\b)", re.I
)
_SUBJECT_LINE_RE = re.compile(r"^(?:on|about|regarding|re)\s+(?:the\s+|our\s+)?[\w -]{1,30}?\s*:\s+(?=\S)", re.I)
_OBJECT_IT_RE = re.compile(r"(?<=\w\s)it\b(?!['’])")
_REPORT_RE = re.compile(
    rf"^(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:{REPORTED}|reminded\s+(?:us|everyone|the\s+team))\s+(?:that\s+)?"
    r"(?P<rest>.+)$"
)
_WORRY_FIRST_RE = prefilter.compile(
    r"^(?P<why>[A-Z][^;]{2,60}?\b(?:is|are|was|were|['’]s|['’]re)\s+(?:really\s+|quite\s+|very\s+)?"
    r"(?:worried|concerned|anxious|fed\s+up|frustrated|annoyed)\s+(?:about|with|by)\s+[^;]{3,60});\s*(?P<rest>\S.+)$"
)
_PERSON_WISH_RE = re.compile(
    r"^(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:really\s+|also\s+)?(?P<verb>wants|would\s+like|needs|asked\s+for|"
    r"asks\s+for)\s+(?P<rest>.+)$"
)
# "our treasurer wants a CSV export", "the practice manager would like ..."
_ROLE_WISH_RE = re.compile(
    r"^(?:our|the|my)\s+(?P<role>(?:[a-z]+\s+)?[a-z]+)\s+(?:really\s+|also\s+)?(?:wants|would\s+like|needs|asked\s+for|"
    r"asks\s+for)\s+(?P<rest>.+)$",
    re.I,
)
_GROUP_WISH_RE = prefilter.compile(
    r"^(?:(?:also|and|so|but|well|plus|oh)[\s,]+)*(?:our\s+|the\s+|all\s+|all\s+our\s+)?(?P<who>[\w-]+(?:\s+[\w-]+){0,3}?)\s+"
    r"(?:really\s+|also\s+|just\s+|all\s+)?(?P<verb>want|need|would\s+(?:really\s+)?(?:like|love)|['’]d\s+(?:like|love))\s+to\s+"
    r"(?!be\s+able)"
    r"(?P<rest>.+)$",
    re.I,
)
_NOT_WHO = frozenset({"should", "must", "could", "would", "will", "can", "may", "not", "never", "don't", "doesn't"})
_OTHERS_TO_RE = re.compile(
    r"^(?P<who>(?:the\s+|our\s+|all\s+)?[\w-]+(?:\s+[\w-]+){0,2}?)\s+to\s+(?:be\s+able\s+to\s+)?(?P<action>[a-z].+)$"
)
_ENABLE_OTHERS_RE = re.compile(
    rf"{_LEAD}(?:we|i|they|(?:the\s+)?client|(?:the\s+)?customer|she|he)(?:(?:'d|’d|\s+would)\s+(?:really\s+)?(?:like|love|want)|"
    r"\s+(?:really\s+|also\s+)?(?:wants?|(?P<need>needs?)))\s+"
    r"(?:for\s+)?(?P<det>our\s+|the\s+|all\s+)?(?!to\b)(?P<who>[\w-]+(?:\s+[\w-]+){0,2}?)\s+to\s+(?:be\s+able\s+to\s+)?(?!be\b)"
    r"(?P<rest>.+)$",
    re.I,
)
_WANT_STATE_RE = re.compile(
    rf"{_LEAD}(?:we|i|they)(?:(?:'d|’d|\s+would)\s+(?:really\s+)?(?:like|love|want|prefer)|\s+(?:really\s+|also\s+)?"
    r"(?:want|need))\s+(?P<obj>(?:(?:the|our|all|every|each|an?)\s+)?[\w-]+(?:\s+[\w-]+){0,2}?)\s+to\s+be\s+"
    r"(?!able\b)(?P<rest>.+)$",
    re.I,
)
# the end of a subject that names no group of people: "it", or a modal ("other users might need to")
_NOT_GROUP_WORDS = frozenset(
    [
        "it",
        "this",
        "that",
        "i",
        "we",
        "you",
        "they",
        "might",
        "may",
        "could",
        "would",
        "will",
        "should",
        "must",
        "can",
        "shall",
    ]
)
_UNWANTED_RE = re.compile(UNWANTED_LEAD + r"(?P<rest>\S.*?)[\s.!]*$", re.I)
_UNWANTED_THING_RE = re.compile(
    "^" + NOT_A_THING + r"(?P<what>(?:an?\s+|any\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}?)"
    r"(?P<where>\s+(?:in|on)\s+(?:the|our)\s+(?:app|site|website|system|portal|platform|page|screen))?"
    # "for now" says when, not what: "Online payments are out of scope for now"
    r"(?P<when>\s+(?:for\s+now|for\s+the\s+moment|at\s+the\s+moment|right\s+now|yet|for\s+launch|"
    r"in\s+the\s+first\s+(?:version|release)))?$",
    re.I,
)
# why it is not wanted, after the thing: ", nobody reads them", " because most people pay by card"
_WHY_NOT_RE = re.compile(
    r"(?:\s*[,;–—]\s*|\s+(?:because|as|since)\s+)(?P<why>(?:we|i|they|it|that|nobody|no\s+one|people|everyone|most|"
    r"our|the|card|customers|members|clients|(?-i:[A-Z][a-z]+\s+(?:does|do|handles|will|can|is|has)))\b.{3,})$",
    re.I,
)
_PROBLEM_RE = re.compile(
    rf"^(?P<what>{PROBLEM}(?:\s+(?:at|in|on|for|of|with|from)\s+[\w\s'’-]{{1,30}}?)?)(?:\s*(?:,|;|–|—|-\s).*|\s+(?:again|any\s*more))?$",
    re.I,
)
_IF_IT_DID = (
    rf"{_LEAD}it(?:['’]d|\s+would)\s+be\s+(?:really\s+|so\s+)?{PRAISE_WORDS}\s+if\s+"
    r"(?P<who>it|(?:the|our)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,%d}|[a-z][\w-]*s)\s+(?:also\s+|automatically\s+)?"
    r"(?P<verb>[a-z]+)\b(?P<rest>.*)$"
)
# the subject one word long ("the booking synced") or two ("the booking screen showed")
_IF_IT_DID_RES = [re.compile(_IF_IT_DID % words, re.I) for words in (0, 1)]
_MOST_IMPORTANT_RE = re.compile(MOST_IMPORTANT, re.I)
_REPORT_TOPIC_RE = re.compile(REPORT_TOPIC, re.I)
_MAKES_SENSE_RE = prefilter.compile(
    r"(?:^\W*|\b(?:so|and|but)\s+)it\s+would\s+make\s+(?:more\s+|most\s+)?sense\s+(?:to|for\s+(?:us|you|it)\s+to)\s+(?P<rest>.+)$",
    re.I,
)
_TOOL_IN_USE_RE = re.compile(
    r"\b(?:[Ww]e|I)\s+(?:already\s+|currently\s+)?use\s+(?P<tool>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)"
)
_PLEASE_NO_RE = re.compile(
    r"^\W*(?:(?:and|but|also|oh)[\s,]+)?(?:(?:please|pls|absolutely)\s+no\s+(?P<what>[^.;]{2,80}?)|no\s+(?P<what2>[^.;,]{2,80}?),?\s+please)"
    r"(?=\W*$|\s*[,;–—-]\s+I\b)",
    re.I,
)
_NOT_OTHERS = frozenset(["it", "this", "that", "the system", "system", "app", "them", "you", "him", "her", "us"])
# "I'd want an owner's contact details deleted 12 months after ...": object plus participle.
_WANT_DONE_RE = re.compile(
    rf"{_LEAD}(?:we|i|they)(?:'d|’d|\s+would)\s+(?:really\s+)?(?:like|want|prefer|(?P<need>need))\s+(?P<obj>(?:an?|the|our|all|every|each)\s+"
    r"(?:(?!\b(?:that|which|who|is|are|to|when|if)\b)[\w'’ -]){2,50}?)\s+(?P<part>[a-z]+ed)\b(?P<rest>.*)$",
    re.I,
)
_ROLE_NEEDS_RE = prefilter.compile(
    rf"{_LEAD}(?P<who>(?:the\s+|our\s+|all\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:really\s+|also\s+)?needs?\s+"
    r"(?P<rest>(?:the|a|an|their|his|her|access|some|all|every)\b.+)$",
    re.I,
)
_GET_IT_TO_RE = re.compile(
    r"^\W*(?:(?:and|also|so|oh)[\s,]+)*(?:can|could)\s+(?:we|you)\s+(?:also\s+|please\s+)?get\s+"
    r"(?P<what>(?:the|our)\s+[\w'’ -]{2,40}?)\s+to\s+(?P<verb>[a-z]+)\b(?P<rest>[^?]*)\??\s*$",
    re.I,
)
_ROLE_WANTS_RE = re.compile(
    rf"{_LEAD}(?P<who>(?:the\s+|our\s+|all\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:really\s+|also\s+)?wants?\s+"
    r"(?P<rest>(?:the|a|an|their|some|more|monthly|weekly|daily)\b.+|[a-z][\w-]*s\b.*)$",
    re.I,
)
_PEOPLE_TO_RE = re.compile(
    r"^(?P<who>(?:the\s+|our\s+|all\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+to\s+(?!be\b)(?P<rest>.+)$", re.I
)
_NEED_BARE_RE = prefilter.compile(
    rf"{_LEAD}(?P<who>we|i|they|(?:the\s+|our\s+)?(?:users?|customers?|clients?|staff|team))\s+(?:really\s+|also\s+)?"
    r"(?:need|needs)\s+(?P<rest>(?!to\b)[a-z][\w-]*s\b.+)$",
    re.I,
)
# "We want online booking": a thing the client wants, named without an article
_WANTED_THING_RE = re.compile(
    rf"{_LEAD}(?:we|i|she|he|they)(?:(?:'d|’d|\s+would)\s+(?:really\s+|also\s+)?(?:like|love|want)|\s+(?:really\s+|also\s+)?"
    r"(?:want|(?P<need>need)))\s+(?!to\b|it\b|them\b|that\b|this\b|you\b|your\b|our\b|people\b|everyone\b)"
    r"(?P<rest>[a-zA-Z][\w-]*(?:\s+[\w'’-]+){0,8})[.!]?$",
    re.I,
)
# "we'll need a report" asks what "we need a report" asks
_FUTURE_WISH_RE = prefilter.compile(
    r"\b(?P<who>we|i|they)(?:'ll|’ll|\s+will)\s+(?=(?:really\s+|also\s+)?(?:need|needs|want|wants)\b)", re.I
)
# "We agreed to use Stripe for payments", "Going with Mailchimp for newsletters", "We'll use Xero": a product chosen
_CHOSEN_RE = re.compile(
    r"^(?:(?:we|they|the\s+team|everyone)\s+)?(?:(?:have\s+)?(?:agreed|decided)\s+to\s+(?:use|go\s+with)|"
    r"(?:we['’]re\s+|we\s+are\s+)?going\s+with|"
    # "We'll use Stripe for payments", "Let's go with Xero"
    r"(?:we['’]ll|we\s+will|we['’]re\s+going\s+to|we\s+are\s+going\s+to|let['’]s)\s+(?:use|go\s+with))"
    # ("the existing practice system (Dentally) as the source of truth")
    r"\s+(?P<what>[A-Z][\w.&'’ ()-]*(?:\s+(?:for|to|as)\s+.+)?)$",
    re.I,
)
# "Decided to drop the loyalty scheme": ruled out
_DROPPED_RE = re.compile(
    r"^(?:(?:we|they|the\s+team|everyone)\s+)?(?:have\s+)?(?:agreed|decided)\s+to\s+(?:drop|remove|cut|park|skip|leave\s+out)\s+"
    r"(?P<what>.+)$",
    re.I,
)
_DECISION_LABEL_RE = re.compile(
    r"^(?:agreed|decided|decision)\s*[:–—-]\s*|"
    # "We agreed that members log in with email", "Tom asked about logins – agreed members log in …"
    r"^(?:[^–—]{3,80}[–—]\s*)?(?:(?:we|they|the\s+team|everyone)\s+(?:have\s+)?)?(?:agreed|decided)\s+(?:that\s+)?"
    r"(?=[a-z]+\s)(?!to\b|on\b|with\b)",
    re.I,
)
_CUT_RE = prefilter.compile(
    r",(?!\d)|;|\s[-–—]\s|\s(?:so\s+that|in\s+order\s+to|when|whenever|if|unless|within|after|before|while|because)\s",
    re.I,
)
# "within 2 seconds": a time limit is what a performance requirement asks
_TIME_LIMIT_RE = re.compile(
    rf"\s+within\s+(?:\d|(?:{NUMBER_WORD_PATTERN})\b|an?\s+(?:few\s+)?(?:second|minute|hour|day|week|month|year)s?\b)",
    re.I,
)
_SYSTEM_SUBJECT_RE = re.compile(rf"\b(?:{_SYSTEM_WORD}|it)$", re.I)
# a decision recorded as "X is approved too": X is what was decided
_DECIDED_RE = prefilter.compile(
    r"^(?P<what>.{6,}?)\s+(?:is|are|has\s+been|have\s+been)\s+(?:also\s+)?(?:approved|agreed|confirmed)"
    r"(?:\s+(?:too|as\s+well))?\s*[.!]?$",
    re.I,
)
_OF_PHRASE_RE = re.compile(r"\s+(?:of|for|in|on|with|from)\s+", re.I)
# "shall have the provision to X", "shall provide the ability to X": the title is X
_PROVISION_RE = re.compile(
    r"^(?:have|provide|offer|give)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?"
    r"(?:provision|ability|capability|facility|option|feature|functionality|possibility)\s+to\s+(?P<action>\w.*)",
    re.I,
)
# words a title cannot end on
_DANGLING = frozenset(
    ["that", "which", "who", "whose", "is", "are", "was", "were", "be", "been", "being", "the", "a", "an", "of",
     "to", "and", "or", "for", "with", "by", "in", "on", "at", "from", "as", "than", "its", "their", "will"]
)  # fmt: skip
_AND_PARTICIPLE_RE = re.compile(r"(?P<conj>and|or)\s+(?P<word>[a-z]+)\b\s*", re.I)
_INNER_CONDITION_RE = re.compile(
    r"^(?P<verb>\w+\s+that)\s+(?:when|whenever|if|once|unless|while|before|after)\b[^,]{1,80},\s+(?P<main>.+)$",
    re.I,
)
_LAST_CLAUSE_RE = re.compile(r",\s+(?:and|but|so)\s+|;\s+")  # a coordinated main clause, not "although"
# a verb used without an object: a preposition or a time limit follows it ("load in under 2 s")
_INTRANSITIVE_RE = re.compile(
    r"^[a-z]+\s+(?:(?:up|out|off|through|back|down)\s+)?(?:in|within|under|on|at|to|from|for|after|before|during|without|over|"
    r"less|more|no)\b",
    re.I,
)
_LEADING_ADVERB_RE = re.compile(
    r"^(?:eventually|ideally|hopefully|basically|really|probably|finally|additionally|generally|usually|"
    r"normally|currently|initially|also|then|now|later|soon|so)\s+(?=\w)",
    re.I,
)
_LATER_PARTICIPLE_RE = re.compile(r"\b(?P<conj>and|or)\s+(?P<word>[a-z]+ed)\b")
# "An SMS reminder is sent ...", but not "Refunds if a trip is cancelled": the passive's subject is
# the sentence's own, not one inside a subordinate clause
_PRESENT_PASSIVE_RE = re.compile(
    r"^(?P<subject>(?:(?!\b(?:if|when|whenever|where|which|that|who|because|unless|until|while|once)\b)[^,;:]){3,60}?)"
    r"\s+(?:is|are)\s+(?P<part>[a-z]+)\b",
    re.I,
)
_PERMISSION_RE = re.compile(r"^(?:let|allow|enable|permit)\s+(?=(?:the|an?|each|every|any)\s)", re.I)
_TITLE_DETERMINERS = frozenset(["the", "a", "an", "each", "every", "any", "their", "its", "our", "his", "her"])
_ARTICLE_RE = re.compile(r"\b(?:the|a|an)\s+", re.I)
_BE_RE = re.compile(r"be\s+(?P<word>\w[\w-]*(?:[.,]\d+)*)\b\s*", re.I)
_LEADING_CLAUSE_RE = re.compile(
    r"^(?:(?:wherever|whenever|when|if|once|where|as\s+soon\s+as|as\s+long\s+as|unless|while|although|though|"
    r"because|since|after|before|until)\b[^,]{1,120}|for\s+example|for\s+instance|e\.g\.|in\s+general|usually|"
    r"sometimes|normally|typically),\s+",
    re.I,
)
_CLAUSE_BREAK_RE = re.compile(r"\s+[–—-]\s+|;\s+")
_SYSTEM_CLAUSE_RE = re.compile(
    r"(?:the\s+)?(?:system|app|application|site|website|portal|software|product)\s+"
    r"(?:shall|must|should|will|needs?\s+to|has\s+to)\b",
    re.I,
)
_TITLE_LEAD_RE = re.compile(
    r"^(?P<subject>.*?)\b(?:(?:shall|must|should|will|may|can|could|would|needs?\s+to|has\s+to|have\s+to|"
    r"is\s+required\s+to|are\s+required\s+to)\s+(?P<negated>not\s+|never\s+)?|"
    r"(?P<contracted>shouldn['’]t|mustn['’]t|shan['’]t)\s+)"
    r"(?:also\s+|only\s+|always\s+|automatically\s+)?(?:be\s+able\s+to\s+)?",
    re.I,
)


_OUR_RE = re.compile(
    r"^(?P<lead>(?:(?:also|and|so|but|plus|oh)[\s,]+)*)(?:my|our)\s+"
    r"(?=[a-z][\w-]*\s+(?:[\w-]+\s+){0,2}?(?:shall|must|should|shouldn['’]t|can['’]t|cannot|"
    r"need|needs|have\s+to|has\s+to)\b)",
    re.I,
)


# "If fully booked let people join a waitlist", "If a bike comes back damaged, I need to …": a case said first
_CASE_FIRST_RE = re.compile(
    r"^(?P<case>(?:if|when|whenever|once)\s+[^,;:]{3,80}?)(?:,\s*|\s+(?=(?:i|we)\s+(?:need|want|must|have\s+to)\b|"
    r"let\b|please\b))(?P<rest>(?:(?:i|we)\s+(?:need|want|must|have\s+to|['’]d\s+like|would\s+like)|let|please)\b.*)$",
    re.I,
)
_LET_RE = re.compile(r"^(?:let|please)\b", re.I)
_SPOKEN_CASE_RE = re.compile(
    r"^(?:(?:and|so)\s+)*(?:then\s+)?(?P<case>(?:when|once|after|if)\s+(?:they|he|she|we|you|the\s+[a-z]+|[a-z]+s)\s+"
    r"[^,;:]{3,60}?)\s+(?P<rest>(?:they|he|she|we|you)\s+(?:should|must|need\s+to|have\s+to|can)\b.*)$",
    re.I,
)
_IN_SCOPE_RE = re.compile(
    r"^(?P<what>(?!it\b|this\b|that\b)[A-Za-z][\w'’ /-]{2,60}?)\s+(?:is|are)\s+(?:now\s+)?(?P<not>not\s+)?in\s+scope"
    r"(?P<when>\s+for\s+[\w ]{2,30}?)?\s*[.!]?$",
    re.I,
)
# "no-show" used as a verb: "if they no-show", "customers who no-show"
_NO_SHOW_VERB_RE = re.compile(
    r"\b(?P<who>they|we|you|people|who|(?!(?:as|is|was|has|does|this|plus)\s)[a-z]+s)\s+no-show\b(?!s)", re.I
)
_FOR_RELEASE_RE = re.compile(r"\bfor\s+((?:the\s+)?(?:phase|release|version|v)\s*\w+|launch|mvp)\b", re.I)


_SHOUTED_NOT_RE = re.compile(r"\b(?:must|shall|should|would|will|can|does|do)\s+NOT\b|\bNEVER\b")
# "Can we sort it so a customer can't pick a time when we're closed?": the state asked for, after "so"
_SORT_IT_SO_RE = re.compile(
    r"^\W*(?:(?:and|so|also)\s+)?(?:can|could)\s+(?:we|you)\s+(?:please\s+)?(?:sort|fix|change|set|make|arrange|tweak)\s+"
    r"(?:it|this|that|things)(?:\s+up)?\s+so\s+(?:that\s+)?(?P<rest>[a-z][^?]{5,}?)\s*\?*$",
    re.I,
)


def statement_for(text: str, style: str, people=None) -> str:
    """The statement an analyst would write for what was said. `people` (see `people.find_people`)
    turns a named person's wish into one for their role ("Kim wants to ..." -> "The buyer should ...")."""
    clean = " ".join(text.split())
    if style == "user_story":
        return clean
    clean = with_case_marked(without_doubt(without_fillers(clean)))  # "I don't think we need …": we don't need it
    clean = _SHOUTED_NOT_RE.sub(lambda m: m.group(0).lower(), clean)  # "must NOT show": the rule, not the shouting
    if "no-show" in clean:
        clean = _NO_SHOW_VERB_RE.sub(r"\g<who> do not show up", clean)  # "If they no-show they lose …"
    if sorted_so := _SORT_IT_SO_RE.match(clean):
        clean = capitalise(sorted_so.group("rest"))  # "Can we sort it so a customer can't pick …?": what should hold
    reported = _REPORT_RE.match(clean)
    if reported and _is_person(reported.group("name"), people):
        clean = capitalise(reported.group("rest"))
    elif they_said := THEY_REPORTED_RE.match(clean):
        clean = capitalise(they_said.group("rest"))
    if (case := _CASE_FIRST_RE.match(clean)) and not job_story_statement(clean):
        # "If a bike comes back damaged I need to be able to note it": the case, then what is wanted in it
        rest = case.group("rest")
        told = statement_for(rest, "imperative" if _LET_RE.match(rest) else style, people)
        if told.rstrip(".") != rest.rstrip(" .!"):
            return f"{capitalise(case.group('case'))}, {lower_first(told)}"
    if (case := _SPOKEN_CASE_RE.match(clean)) and not job_story_statement(clean):
        # "and then when they finish a job they should be able to take a photo": the case, then its comma
        return f"{capitalise(case.group('case'))}, {case.group('rest').rstrip(' .!')}."
    if style == "imperative" or style == "table" and _LIVE_BY_RE.match(clean):
        return _imperative_statement(clean)  # ("Live before the spring rush", under "Budget and timing")
    if style in {"informal", "table", "modal"} and (job := job_story_statement(clean)):
        return job  # "When I'm running late for a class, I want to let the studio know, so …"
    if (
        style == "table"
        and (topic := TOPIC_LABEL_RE.match(clean))
        and clean[topic.end() : topic.end() + 1].islower()
        and (read := statement_for(clean[topic.end() :], style, people)).rstrip(".")
        != capitalise(clean[topic.end() :]).rstrip(" .")
    ):
        return read  # "Age check: anyone ordering alcohol confirms they are over 18": the topic names it, no more
    if style in {"table", "informal", "modal"} and (not_done := _not_done(clean) or _maybe_thing(clean)):
        return not_done  # "no card details stored by us", "maybe a referral scheme later?"
    if style == "table" and (listed := listed_statement(clean)):
        return listed
    if style in {"informal", "table", "modal"} and (described := described_statement(clean, people, style != "modal")):
        return described  # "Every volunteer gets a reminder …", "Sam can see who is on each shift"
    if style == "informal" and (passive := passive_statement(clean) or kept_statement(clean)):
        return passive  # "Late returns are charged automatically", "Phone ordering stays"
    if style in {"decision", "informal", "table"} and (scoped := _IN_SCOPE_RE.match(clean)):
        # "Online prescription requests are in scope for phase 1": the release must have them
        if scoped.group("not"):
            return out_of_scope(
                lower_first(scoped.group("what")), scoped.group("when") or ""
            )  # "Gift cards are not in scope"
        when = _FOR_RELEASE_RE.sub(
            lambda m: "at launch" if m.group(1).lower() == "launch" else f"in {m.group(1)}", scoped.group("when") or ""
        )
        return f"The system must support {lower_first(scoped.group('what'))}{when}."
    if style == "decision" and (chose := _CHOSEN_RE.match(clean)):
        return f"The system should use {chose.group('what').rstrip(' .')}."  # "We agreed to use Stripe for payments"
    if style == "decision" and (dropped := _DROPPED_RE.match(clean)):
        return out_of_scope(LEADING_ARTICLE_RE.sub("", dropped.group("what").rstrip(" .")))  # "Decided to drop …"
    if style == "decision":
        clean = capitalise(_DECISION_LABEL_RE.sub("", clean))
        if decided := clause_statement(clean):
            return decided  # "Payments go through Stripe" (agreed): they should
    if (worry := _WORRY_FIRST_RE.match(clean)) and (
        wanted := statement_for(worry.group("rest"), style, people)
    ) != capitalise(worry.group("rest")):
        # "Leanne is worried about no-shows; she'd like automatic SMS reminders": the worry is the reason
        return f"{wanted.rstrip('.')}, because {lower_first(worry.group('why'))}."
    clean = fragment_but_clause(clean) or clean  # "Same kind of class schedule, but members shouldn't need …"
    clean = _FUTURE_WISH_RE.sub(r"\g<who> ", clean)
    clean = _SUBJECTLESS_WISH_RE.sub("We would ", clean, count=1)  # "Would like members to pay online" (notes)
    clean = _SUBJECTLESS_GOOD_RE.sub("It would ", clean, count=1)  # "Would be good to record that on a phone"
    # "My groomers shouldn't see ...", "Also, our receptionists must …": the client's own people
    clean = _OUR_RE.sub(lambda m: f"{m.group('lead')}{'the' if m.group('lead') else 'The'} ", clean, count=1)
    for candidate in _framings(clean):
        rewritten = _rewrite(candidate, people)
        if rewritten:
            return rewritten
    return capitalise(without_connective(_without_subject_line(clean)))


def _without_subject_line(text: str) -> str:
    """'On records: we are required to keep ...': the topic label is the e-mail's subject line, not
    part of the requirement."""
    rest = text[m.end() :] if (m := _SUBJECT_LINE_RE.match(text)) else text
    return rest if len(rest.split()) >= 4 else text


def _framings(clean: str) -> list[str]:
    framed = _FRAME_RE.match(clean)
    return [clean, clean[framed.end() :]] if framed else [clean]


_SUBJECT_OF = {"them": "they", "us": "we", "me": "I"}
_AND_I_RE = re.compile(
    r"^(?P<other>(?:[A-Z][a-z]+|the\s+[a-z]+(?:\s+[a-z]+)?)(?:\s+\([^()]{1,40}\))?)\s+and\s+I\b"
)  # "Accounts (for invoicing) and I …"


def with_speaker(statement: str, speaker: str | None, people=None) -> str:
    """ "Tom and I should be able to change prices", said by Priya: "I" is the one speaking or
    writing, named by their role when the document gives one ("Tom and the practice manager").
    "The system should notify me when …": the speaker, or with no one speaking (a survey, a review)
    the users who wrote it."""
    if asking := _ME_OBJECT_RE.match(statement):
        role = people.role_of(speaker) if speaker and people is not None else None
        who = f"the {role}" if role else speaker.split()[0] if speaker else "users"
        return f"{asking.group('lead')} {who}{' their' if asking.group('my') else ''}{statement[asking.end() :]}"
    said = _AND_I_RE.match(statement)
    if said is None or not speaker:
        return statement
    role = people.role_of(speaker) if people is not None else None
    who = f"the {role}" if role else speaker.split()[0]
    return f"{said.group('other')} and {who}{statement[said.end() :]}"


def _wisher(clean: str, people) -> tuple[str | None, str] | None:
    """(their role, what they wish for) when a named person or a role wishes: "Mia wants ...",
    "our treasurer wants ..."."""
    wish = _PERSON_WISH_RE.match(clean)
    if wish and _is_person(wish.group("name"), people):
        return (people.role_of(wish.group("name")) if people is not None else None), wish.group("rest")
    wish = _ROLE_WISH_RE.match(clean)
    if wish and wish.group("role").split()[-1].lower() in ROLE_WORDS:
        return wish.group("role").lower(), wish.group("rest")
    return None


def _unwanted(clean: str) -> str | None:
    """ "We don't want customers to see each other's orders": what must not happen; "We don't want
    cash in the app", "We don't need a loyalty scheme": what is out of scope."""
    unwanted = _UNWANTED_RE.match(clean)
    if unwanted is None:
        return None
    rest = without_afterthought(unwanted.group("rest"))
    if problem := _PROBLEM_RE.match(rest):
        # "We don't want double bookings, that happened twice last month": the product prevents them
        what = re.sub(r"^(?:any|the)\s+(?:more\s+)?|^more\s+", "", problem.group("what"), flags=re.I)
        return f"The system must not allow {what}."
    if others := _OTHERS_TO_RE.match(rest):
        # not "We don't need the app to be pretty": what is not needed is no prohibition
        who = others.group("who").lower()
        if (
            not re.search(r"\bwant\b", clean[: unwanted.start("rest")], re.I)  # "don't need X to": not a ban
            or who in PRONOUN_SUBJECTS - {"it"}
            or who in {"them", "you", "us"}
        ):
            return None
        subject = "The system" if who in {"it", "the system", "system"} else capitalise(others.group("who"))
        return f"{subject} must not {others.group('action')}."
    why = _WHY_NOT_RE.search(rest)  # "We don't need a blog, nobody reads them"
    thing = _UNWANTED_THING_RE.match(rest[: why.start()] if why else rest)
    if thing is None:
        return None
    what = re.sub(r"^(?:the|an?|any)\s+", "", thing.group("what"), flags=re.I)
    when = " ".join((thing.group("when") or "").split())
    when = f" {'for now' if when in {'yet', 'right now'} else when}" if when else ""
    because = f", because {lower_first(why.group('why'))}" if why else ""
    return f"{out_of_scope(what + (thing.group('where') or ''), when + because)}"


def _if_it_did(clean: str) -> str | None:
    """ "It would be nice if the booking synced with Cliniko": what it should do, a could-have."""
    for pattern in _IF_IT_DID_RES:
        wish = pattern.match(clean)
        base = past_base(wish.group("verb").lower()) if wish else None
        if wish and base:  # not "if the clinic is open"
            who = "The system" if wish.group("who").lower() == "it" else capitalise(wish.group("who"))
            return f"{who} could {base}{without_afterthought(wish.group('rest'))}."
    return None


_NO_PAST_ACTION = frozenset({"could", "would", "should", "might", "was", "were", "had", "did"})


def past_base(verb: str) -> str | None:
    """ "synced" -> "sync", "sent" -> "send"; None for a word that is no past tense (nor a modal,
    "was" or "had", which other readings handle)."""
    if verb in _NO_PAST_ACTION:
        return None
    lemma = getLemma(verb, upos="VERB")
    if lemma and lemma[0] != verb and verb in getAllInflections(lemma[0], upos="VERB").get("VBD", ()):
        return lemma[0]
    if verb.endswith("ed"):  # verbs the lexicon lacks: "synced", "auto-filled"
        stem = verb[:-2]
        for base in (stem, verb[:-1], stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
            if base and is_verb(base):
                return base
    return None


def _what_matters(clean: str) -> str | None:
    """ "The most important thing for us is same-day delivery" -> "The system must provide same-day
    delivery"; "please no pop-ups asking people to sign up" -> "There must be no pop-ups …"."""
    if most := _MOST_IMPORTANT_RE.match(clean):
        what = without_afterthought(clean[most.end() :])
        if that := re.match(r"that\s+(?P<clause>.+)$", what, re.I):
            return (
                clause_statement(capitalise(that.group("clause")))
                or f"The system must ensure that {that.group('clause')}."
            )
        if able := re.match(
            r"(?:being\s+able|for\s+(?P<who>[\w\s-]{2,30}?)\s+to\s+be\s+able)\s+to\s+(?P<rest>.+)$", what, re.I
        ):
            return capitalise(f"{able.group('who') or 'users'} must be able to {able.group('rest')}") + "."
        if use := re.match(r"(?:to\s+)?(?P<verb>use|accept|take|support|integrate\s+with)\s+(?P<rest>.+)$", what, re.I):
            return f"The system must {use.group('verb').lower()} {use.group('rest')}."
        if what and not re.match(r"(?:to|that|what|how|when|if|whether)\b", what, re.I):
            return f"The system must provide {lower_first(what)}."
        return None
    if _REPORT_TOPIC_RE.match(clean):
        return f"The system should provide {lower_first(clean.rstrip(' .'))}."
    if banned := _PLEASE_NO_RE.match(clean):
        return f"There must be no {banned.group('what') or banned.group('what2')}."
    return None


def _makes_sense(clean: str) -> str | None:
    """ "We use Square in the shop, so it would make sense to use it online too" -> "The system
    should use Square online too": the tool the client already uses is what "it" stands for."""
    sense = _MAKES_SENSE_RE.search(clean)
    if sense is None:
        return None
    rest = without_afterthought(sense.group("rest"))
    if (tool := _TOOL_IN_USE_RE.search(clean, 0, sense.start())) and re.search(r"\bit\b", rest):
        rest = re.sub(r"\bit\b", tool.group("tool"), rest, count=1)
    return f"The system should {rest}."


_STRAIGHT_INTO_RE = re.compile(
    r"\bit(?:['’]d|\s+would)\s+be\s+(?:really\s+|so\s+)?(?:great|good|nice|ideal|amazing|brilliant|handy|useful|"
    r"perfect)\s+if\s+(?P<what>(?:the\s+|our\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)\s+(?:went|could\s+go|go|synced|"
    r"fed|flowed|came)\s+(?:straight\s+|directly\s+|automatically\s+)?(?:in(?:to)?|across|through)\s+"
    r"(?:(?:to\s+)?(?:there|it|that)\b|(?:to\s+)?(?P<target>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?))",
    re.I,
)


def _straight_into(clean: str) -> str | None:
    """ "We use VetManager for records, it'd be great if bookings went straight in there" -> "The
    system could send bookings straight into VetManager": "there" is the tool they already use."""
    wish = _STRAIGHT_INTO_RE.search(clean)
    if wish is None:
        return None
    tool = wish.group("target") or ((used := _TOOL_IN_USE_RE.search(clean, 0, wish.start())) and used.group("tool"))
    return f"The system could send {wish.group('what')} straight into {tool}." if tool else None


_SYSTEM_STATE_RE = re.compile(rf"^{_THIS_SYS}\s+(?P<state>{_STATE}\b.+?)\.?$", re.I)


def _wish_statement(role: str | None, rest: str) -> str:
    """What a named person or a role wishes for, as a requirement: "Mia wants members to buy a pass"
    -> "Members should be able to buy a pass"."""
    rest = without_afterthought(rest)
    if live := _SYSTEM_STATE_RE.match(rest):
        return f"The system should be {live.group('state')}."  # "Priya wants the site live by March"
    who = f"The {role}" if role else "Users"
    if rest.lower().startswith("to "):
        body = re.sub(r"^to\s+(?:be\s+able\s+to\s+)?", "", rest, flags=re.I)
        return capitalise(f"{who} should be able to {body}") + "."
    others = _OTHERS_TO_RE.match(rest)
    if (
        others
        and others.group("who").lower() not in PRONOUN_SUBJECTS
        and others.group("action").split()[0].lower() not in DETERMINERS  # "a text to the driver"
        and not names_a_message(rest)
    ):
        # "Mia wants members to buy a pass": what the members can do; "... the system to send": its job
        if _SYSTEM_SUBJECT_RE.search(others.group("who")):
            return f"The system should {others.group('action')}."
        return capitalise(f"{others.group('who')} should be able to {others.group('action')}") + "."
    if names_a_message(rest):
        # "Tom would like a second SMS two hours before": sent to clients, not to Tom
        return f"The system should send {rest}."
    if role:
        return f"The system should provide the {role} with {rest}."
    return f"The system should provide {rest}."


# "no card details stored by us": what the product must not do with them
_NO_DONE_RE = re.compile(
    r"^(?:(?:and|also|but)\s+)?no\s+(?P<things>[a-z](?:(?!\b(?:need|needs|must|should|shall|will|can|to|be|is|are|was|were)\b)"
    r"[\w -]){2,40}?)\s+(?P<part>[a-z]+(?:ed|en|t))"
    r"(?:\s+by\s+(?:us|ourselves|our\s+side|the\s+(?:system|app|site|website)))?(?P<rest>(?:\s+(?:on|in|at|for|anywhere)\b.*)?)$",
    re.I,
)


# "maybe a referral scheme later?": a could-have, floated
_MAYBE_THING_RE = re.compile(r"^maybe\s+(?P<thing>(?:an?|some)\s+[\w' -]{2,50}?)(?P<later>\s+later)?\s*\?*$", re.I)


def _maybe_thing(clean: str) -> str | None:
    said = _MAYBE_THING_RE.match(clean.rstrip(" .!"))
    return f"The system could support {said.group('thing')}{said.group('later') or ''}." if said else None


def _not_done(clean: str) -> str | None:
    said = _NO_DONE_RE.match(clean.rstrip(" .!"))
    base = past_base(said.group("part").lower()) if said else None
    return f"The system must not {base} {said.group('things')}{said.group('rest')}." if said and base else None


def _rewrite(clean: str, people) -> str | None:
    if subjectless := subjectless_statement(clean):
        return subjectless
    if referenced := product_reference_statement(clean):
        return referenced  # "We love how Calendly shows free slots, something like that for …"
    if aloud := thinking_aloud_statement(clean):
        return aloud
    if complaint := complaint_statement(clean):
        return complaint
    if automatic := done_automatically_statement(clean):
        return automatic
    if unwanted := _unwanted(clean):
        return unwanted
    if sense := _makes_sense(clean) or _straight_into(clean) or look_statement(clean):
        return sense
    if deposit := deposit_statement(clean):
        return deposit  # "Deposit of £10 when booking, rest on the day"
    if charged := CHARGE_RE.match(clean):
        return f"The system should {charged.group('verb').lower()} {charged.group('rest')}."  # "we charge a £200 deposit …"
    if matters := _what_matters(clean):
        return matters
    if plain := plain_wish_statement(clean):
        return plain
    if welcome := (
        welcome_statement(clean)
        or please_statement(clean)
        or doing_statement(clean)
        or consequence_statement(clean)
        or shown_on_it_statement(clean)
    ):
        return welcome
    if only := only_thing_statement(clean):
        return only
    if forbidden := cannot_statement(clean):
        return forbidden
    if did := _if_it_did(clean):
        return did
    if fault := DEFECT_RE.match(clean):
        # "the export button doesn't work on Safari": what the client needs is that it works
        what = with_the(fault.group("what").strip(), "our", "my", "your")
        return capitalise(f"{what} must {fault.group('verb').lower()}{fault.group('rest').rstrip()}") + "."
    if wisher := _wisher(clean, people):
        statement = _wish_statement(*wisher)
        # "our finance team needs an audit trail": what they need binds
        needs = re.search(r"\bneeds\b", clean[: len(clean) - len(wisher[1])], re.I)
        return statement.replace(" should ", " must ", 1) if needs else statement
    if (state := _WANT_STATE_RE.match(clean)) and state.group("obj").lower() not in _NOT_OTHERS:
        # "we want the apartment to be soundproof": a state of the thing, not something to provide
        return capitalise(f"{state.group('obj')} should be {without_afterthought(state.group('rest'))}") + "."
    if done := _WANT_DONE_RE.match(clean):
        # "I'd want an owner's details deleted after 12 months": what should happen to the thing
        return (
            # "They'd need the patient's consent recorded": binding
            capitalise(
                f"{done.group('obj')} {'must' if done.group('need') else 'should'} be {done.group('part')}"
                f"{without_afterthought(done.group('rest'))}"
            )
            + "."
        )
    if made := _GET_IT_TO_RE.match(clean):
        # "can we get the booking page to show prices incl VAT": what the thing should do
        verb = made.group("verb").lower()
        if is_verb(verb) or getAllLemmas(verb).get("VERB"):
            rest = without_afterthought(made.group("rest")).rstrip(" ?")
            return capitalise(f"{made.group('what')} should {verb}{rest}") + "."
    for pattern, template in _REWRITES:
        m = pattern.search(clean)
        if m:
            rest = without_afterthought(m.group("rest")).rstrip("?")
            who = with_the((m.groupdict().get("who") or "Users").strip())  # "my lads": the lads
            who = _SUBJECT_OF.get(who.lower(), who)  # "… is for them to see …": they
            # "customers need to be able to …" names them; "we need to be able to …": the users
            group = "Users" if who.lower() in {"we", "i", "they", "users"} else who
            if template.endswith("provide {rest}") and names_a_message(rest):
                template = template.replace("provide", "send")  # "I want a text when an order comes in"
            if rest:
                modal = "must" if m.groupdict().get("need") else "should"  # "I need to see …" binds
                return capitalise(template.format(rest=rest, who=who, group=group, modal=modal)) + "."
    others = _ENABLE_OTHERS_RE.match(clean)
    if (
        others
        and others.group("who").lower() not in _NOT_OTHERS
        and not others.group("who").lower().startswith("your ")
    ):
        return _others_statement(others)  # not "we need your team to finish by March": a deadline
    if others and others.group("who").lower() == "them" and others.group("rest").split()[0].lower() in USER_ACTIONS:
        # "I want them to book and pay online": people named before; "they" is resolved from there
        return f"They should be able to {without_afterthought(others.group('rest'))}."
    # "The engineers need the job details on their phone", "Corporate customers want monthly invoices …"
    for pattern, said, verb in (
        (_ROLE_NEEDS_RE, clean, "must have"),
        (_ROLE_WANTS_RE, without_connective(clean), "should get"),
    ):
        group = pattern.match(said)
        head = group.group("who").split()[-1].lower() if group else ""
        others = _PEOPLE_TO_RE.match(group.group("rest")) if group else None
        if others and singular(head) in ROLE_WORDS and singular(others.group("who").split()[-1].lower()) in ROLE_WORDS:
            # "the trustees want volunteers to log their hours on the app": what the volunteers do
            return f"{capitalise(others.group('who'))} should be able to {without_afterthought(others.group('rest'))}."
        if group and singular(head) in ROLE_WORDS and singular(head) != head:
            return capitalise(f"{group.group('who')} {verb} {without_afterthought(group.group('rest'))}") + "."
    bare = _NEED_BARE_RE.match(clean)
    if bare:
        who = re.sub(r"^our\s+", "", bare.group("who"), flags=re.I)
        if who.lower() in {"we", "i", "they"}:
            return f"The system must provide {without_afterthought(bare.group('rest'))}."
        return (
            capitalise(f"{who} must have {without_afterthought(bare.group('rest'))}") + "."
        )  # "Customers need access to …"
    if thing := _WANTED_THING_RE.match(clean):
        # "We want online booking", "We'd like SMS reminders the day before": a thing named without "a"
        rest = without_afterthought(thing.group("rest")).rstrip(" .!")
        modal = "must" if thing.group("need") else "should"
        if names_a_message(rest):
            return f"The system {modal} send {rest}."
        if named := named_thing(rest):
            return f"The system {modal} support {named}."
    group = _GROUP_WISH_RE.match(clean)
    if (
        group
        and group.group("who").split()[-1].lower() not in _NOT_GROUP_WORDS
        and group.group("who").split()[0].lower() != "no"  # "No specific procedures need to be used"
        and _NOT_WHO.isdisjoint(group.group("who").lower().split())  # "Parents should not need to pick …"
        and not group.group("rest").lower().startswith("be ")  # "staff need to be addressed by ...": a passive
    ):
        modal = "must" if group.group("verb").lower() == "need" else "should"  # "parents need to sign": binding
        if _things_do(group.group("who"), group.group("rest")):
            return capitalise(f"{group.group('who')} {modal} {without_afterthought(group.group('rest'))}") + "."
        return capitalise(f"{group.group('who')} {modal} be able to {without_afterthought(group.group('rest'))}") + "."
    return afterthought_statement(clean, as_used=True)  # "oh and monthly totals per shop …, exported to excel"


def _things_do(who: str, rest: str) -> bool:
    """ "Bookings need to show up in VetIT": things, not people, and what they do is no one's action."""
    head = who.split()[-1].lower()
    verb = rest.split()[0].lower() if rest.split() else ""
    return (
        singular(head) != head
        and singular(head) not in ROLE_WORDS
        and head not in PEOPLE_WORDS
        and singular(head) not in PEOPLE_WORDS
        and verb not in USER_ACTIONS
    )


def _others_statement(others: re.Match[str]) -> str:
    """ "We want parents to sign the form online": what they can do; "we need invoices to go out
    monthly", "we want the reports to show totals": what the things should do."""
    who, rest = others.group("who"), without_afterthought(others.group("rest"))
    modal = "must" if others.group("need") else "should"
    verb = rest.split()[0].lower() if rest else ""
    head = who.split()[-1].lower()
    if head in ROLE_WORDS or head in PEOPLE_WORDS or (verb in USER_ACTIONS and head not in SYSTEM_NOUNS):
        if verb in RECEIVE_VERBS:
            return capitalise(f"{who} {modal} {rest}") + "."
        return capitalise(f"{who} {modal} be able to {rest}") + "."
    det = (others.group("det") or "").lower()
    return capitalise(f"{'the ' if det == 'the ' else ''}{who} {modal} {rest}") + "."


def _is_person(name: str, people) -> bool:
    return people is not None and all(people.is_name(w) for w in name.split())


_MESSAGE_KINDS = {"sms": "SMS", "whatsapp": "WhatsApp"}
_MESSAGE_NOUN_RE = re.compile(
    r"(?:reminders?|confirmations?|alerts?|notifications?|receipts?|messages?|updates?|notices?|codes?|invit\w*)\b",
    re.I,
)
_RECIPIENT_RE = re.compile(
    r"(them|him|her|us|everyone|(?:the\s+|all\s+|our\s+)?[a-z]+s)\b(?!\s+(?:before|after|ago))", re.I
)
_IMPERATIVE_RE = re.compile(
    r"^(?:(?:please|pls|plz|yes|so|and|also|then|ok|okay|just|but)[\s,]+)*(?P<cond>(?:if|when|whenever|once)\s+[^,]{3,80},\s*)?"
    r"(?P<neg>(?:(?:please|pls|plz)\s+)?(?:don['’]t|do\s+not|never)\s+)?(?P<rest>.+)$",
    re.I,
)


_MAKE_IT_RE = re.compile(r"^make\s+it\s+(?=(?:work|run|load|look|open)\b)", re.I)


_LIVE_BY_RE = re.compile(r"^(?:be\s+|go\s+)?live\s+(?=(?:by|before|for|in\s+time\s+for|on)\b)", re.I)


def _imperative_statement(clean: str) -> str:
    """'Offer the slot to the next person' -> 'The system should offer the slot to the next person.'"""
    if live := _LIVE_BY_RE.match(clean):
        return f"The system should go live {clean[live.end() :].rstrip(' .')}."  # "Live by 1 March"
    body = clean
    framed = _FRAME_RE.match(body)
    topic = None
    # "Saturday clinic: make it bookable" is framed; "Cancel it too, but …" is the instruction itself
    first = framed.group(0).split()[0].lower() if framed else ""
    if framed and framed.group(0).rstrip().endswith(",") and (is_verb(first) or first in MESSAGE_VERBS):
        framed = None
    if framed and not _IMPERATIVE_RE.match(body).group("rest")[:1].islower():
        body = body[framed.end() :]
        topic = TOPIC_LABEL_RE.match(framed.group(0))
        if QUESTION_REFERENCE_RE.match(framed.group(0)):
            topic = None  # "Question 4: ..." names a question, not the thing "it" stands for
    m = _IMPERATIVE_RE.match(body)
    rest = m.group("rest").rstrip(" .!?;:")
    if topic is not None:
        # "Saturday clinic: yes, make it bookable online": "it" is the topic the line names
        rest = _OBJECT_IT_RE.sub(f"the {topic.group('topic')}", rest, count=1)
    rest = _MAKE_IT_RE.sub("", rest[:1].lower() + rest[1:], count=1)  # "make it work in Welsh": the system works
    cond = (m.group("cond") or "").strip()
    verb, _, after = rest.partition(" ")
    if verb.lower() in MESSAGE_VERBS and _MESSAGE_NOUN_RE.match(after):
        # "SMS reminders": messages of that kind, not an order to text someone
        rest = f"send {_MESSAGE_KINDS.get(verb.lower(), verb)} {after}"
    elif verb.lower() in MESSAGE_VERBS:  # "SMS the day before", "Text them …": send one
        to = _RECIPIENT_RE.match(after)
        sent = MESSAGE_VERBS[verb.lower()]
        rest = f"send {to.group(1)} {sent}{after[to.end(1) :]}" if to else f"send {sent} {after}".rstrip()
    if (added := _ADD_THING_RE.match(rest)) and not m.group("neg"):
        # "please add Apple Watch support", "Add a dark mode": what it should have, not an act of adding
        rest = f"support {added.group('what')}" if added.group("support") else f"provide {added.group('what')}"
    if (let := _LET_GROUP_RE.match(rest)) and not m.group("neg"):
        # "Let people order bouquets for delivery": what they should be able to do
        core = f"{let.group('who')} should be able to {let.group('rest')}"
    elif (let := _LET_ME_RE.match(rest)) and not m.group("neg"):
        # "Let me swap shifts with someone directly": what the one asking (a user) should be able to do
        core = f"users should be able to {as_theirs(let.group('rest'))}"
    else:
        core = f"the system must not {rest}" if m.group("neg") else f"the system should {rest}"
    return capitalise(f"{cond} {core}" if cond else core) + "."


_ADD_THING_RE = re.compile(r"^add\s+(?P<what>(?!.*\bto\b)[\w .,'’&-]+?)(?P<support>\s+support)?$", re.I)
# "let me swap shifts", "let us see who is in"
_LET_ME_RE = re.compile(r"^let\s+(?:me|us)\s+(?P<rest>[a-z].*)$", re.I)
_LET_GROUP_RE = re.compile(rf"^let\s+(?:(?:the|our)\s+)?(?P<who>people|{USER_GROUPS})\s+(?P<rest>[a-z].*)$", re.I)
# "The system should notify me when …", "… show my hours": the one who asks
_ME_OBJECT_RE = re.compile(r"^(?P<lead>The system (?:should|must) [a-z]+)\s+(?:me|(?P<my>my))\b")


def _active(subject: str, core: str) -> str:
    """A title names an action or a quality: "every change needs to be logged with ..." is "Log
    every change with ...", "the booking page should be available ..." is "Booking page available ...",
    "the initial inventory will be 100 items" is "Initial inventory: 100 items"."""
    be = _BE_RE.match(core)
    if be is None:
        return core
    word, rest = be.group("word"), core[len("be ") :]
    who = _someone(subject, max_words=6)
    if is_participle(word.lower()):
        lemma = getLemma(word.lower(), upos="VERB")
        after = core[be.end() :]
        # "be edited or deleted": both participles become verbs before what they act on
        both = _AND_PARTICIPLE_RE.match(after)
        if lemma and both and is_participle(both.group("word").lower()):
            second = getLemma(both.group("word").lower(), upos="VERB")
            if second:
                lemma = [f"{lemma[0]} {both.group('conj').lower()} {second[0]}"]
                after = after[both.end() :]
        if who is not None and lemma:
            # "taken for surgery consults and refunded on ...": the later participle is a verb too
            after = _LATER_PARTICIPLE_RE.sub(
                lambda p: f"{p.group('conj')} {_base_form(p.group('word'))}", after, count=1
            )
            return f"{lemma[0]} {lower_first(who)} {after}".strip()
        # the system, or a subject too long to repeat: what was done to it ("System protected by ...")
        short = _short_subject(subject)
        return f"{short} {rest}" if short else rest
    if who is None:
        return rest  # "The system must be quick": the quality alone
    if word[:1].isdigit() or word.lower() in {"a", "an", "the", "one", "at", "no"}:
        return f"{LEADING_ARTICLE_RE.sub('', who)}: {rest}"  # "Initial inventory: 100 items"
    return f"{LEADING_ARTICLE_RE.sub('', who)} {rest}"


def _short_subject(subject: str) -> str:
    """The head of a subject, without articles and without what follows a relative or an infinitive:
    "a separate module to generate the tracking numbers" is "separate module"."""
    words = []
    for word in _ARTICLE_RE.sub("", subject.strip(" ,")).split():
        if word.lower() in {"that", "which", "who", "to", "and", "or", "with", "for", "in", "on", "at", "by"}:
            break
        words.append(word)
    return " ".join(words[:4]) if words else ""


def _base_form(participle: str) -> str:
    if not is_participle(participle.lower()):
        return participle
    lemma = getLemma(participle.lower(), upos="VERB")
    return lemma[0] if lemma else participle


def _permitted_action(core: str) -> str | None:
    """'let an owner register with a name' -> 'Owner registers with a name'; 'let the manager and
    the receptionist change types' -> 'Manager and receptionist change types'."""
    m = _PERMISSION_RE.match(core)
    if m is None:
        return None
    words = core[m.end() :].split()
    for i, word in enumerate(words[1:10], start=1):
        before = words[i - 1].lower()
        to = word == "to" and i + 1 < len(words)  # "allow the user to search orders"
        verb_at = i + 1 if to else i
        verb = words[verb_at] if verb_at < len(words) else ""
        if is_verb(verb.lower()) and verb.islower() and before not in _TITLE_DETERMINERS and before != "and":
            who = _ARTICLE_RE.sub("", " ".join(words[:i]))
            rest = words[verb_at + 1 :]
            if not is_plural_subject(who):
                verb = third_person(verb)
                if len(rest) > 1 and rest[0] in {"or", "and"} and is_verb(rest[1]) and rest[1].islower():
                    rest = [rest[0], third_person(rest[1]), *rest[2:]]  # "cancels or moves"
            return " ".join([who, verb, *rest])
    return None


def _bare_subject(subject: str) -> str:
    """The subject for a title: no articles, no opening adverb ("Eventually people" is "people");
    a quoted label keeps its own ('the "report a repair" button')."""
    articles = LEADING_ARTICLE_RE if re.search(r"[\"“”]", subject) else _ARTICLE_RE
    return _LEADING_ADVERB_RE.sub("", articles.sub("", subject.strip()))


def _thing_subject(subject: str) -> str | None:
    """A short subject naming a thing: not the system, not a person or role, not a pronoun."""
    thing = _someone(_bare_subject(subject), max_words=4)
    if thing is None:
        return None
    head = thing.split()[-1].lower()
    if head in ROLE_WORDS or singular(head) in ROLE_WORDS or head in PRONOUN_SUBJECTS or not head.isalpha():
        return None
    return thing


def _someone(subject: str, max_words: int) -> str | None:
    """The subject, when it is a short phrase naming someone or something other than the system."""
    who = subject.strip(" ,")
    head = _OF_PHRASE_RE.split(who, maxsplit=1)[0]  # "a review of the software" is a review
    words = len(_ARTICLE_RE.sub("", who).split())  # articles do not make a subject long
    if not who or _SYSTEM_SUBJECT_RE.search(head) or "," in who or words > max_words:
        return None
    return who


def _prohibition(subject: str, core: str) -> str:
    """A prohibition's title keeps its negation: "Vets should not be able to change prices" is
    "Vets cannot change prices", not "Change prices"."""
    who = subject.strip(" ,")
    if not who or _SYSTEM_SUBJECT_RE.search(who):
        return f"Never {core}"
    if core.lower().startswith("need "):
        return f"{who} do not {core}"  # "Donors should not need an account": they need none
    return f"{who} cannot {core}"


def clipped(text: str, words: int = 10) -> str:
    """A title's length: its first `words` words, and "…" when there were more."""
    kept = text.split()
    return " ".join(kept[:words]) + (" …" if len(kept) > words else "")


_ASIDE_RE = re.compile(r"\s+\([^()]*\)")  # "(no heating, water leak)", not "item(s)"


# "Every order needs a unique reference number that customers can quote": what each one has
_NEEDS_ONE_RE = re.compile(
    rf"^(?P<subject>{EACH_THING})\s+needs?\s+(?P<what>(?:an?|its\s+own|their\s+own)\s+"
    r"[^,;]+?)(?:\s+(?:that|which|who|so|because)\b.*)?[.!]?$",
    re.I,
)


# "Only the front desk may edit class times": who is allowed is the point of the requirement
_ONLY_WHO_RE = re.compile(
    r"^only\s+(?P<who>[\w'’ -]{2,40}?)\s+(?:may|can|should|must|shall)\s+(?:be\s+able\s+to\s+)?(?P<verb>[a-z]+)"
    r"(?P<rest>[^,;.]*)",
    re.I,
)


def title_for(statement: str) -> str:
    if (only := _ONLY_WHO_RE.match(statement)) and is_verb(only.group("verb").lower()):
        who, verb = _ARTICLE_RE.sub("", only.group("who")), only.group("verb").lower()
        verb = verb if is_plural_subject(who) or " and " in who else third_person(verb)
        return clipped(f"Only {who} {verb}{only.group('rest')}")
    if one := _NEEDS_ONE_RE.match(statement):
        verb = "have" if is_plural_subject(one.group("subject")) else "has"
        return capitalise(f"{one.group('subject')} {verb} {one.group('what')}")
    story = parse_user_story(statement)
    if story is not None:
        core = statement[story.means[0] : story.means[1]]
        core = re.sub(r"^(?:to|be\s+able\s+to)\s+", "", core.strip(), flags=re.I)
    else:
        # "Wherever they can book, the number has to be there": the main clause names the requirement
        main = statement
        for _ in range(3):  # "For example, if a person becomes ill, …": one opener after another
            if not (lead := _LEADING_CLAUSE_RE.match(main)):
                break
            main = main[lead.end() :]
        # "... they have to ring – the system should stop them doing it online": what the system does
        main = next((c for c in _CLAUSE_BREAK_RE.split(main)[1:] if _SYSTEM_CLAUSE_RE.match(c)), main)
        m = _TITLE_LEAD_RE.match(main)
        passive = _PRESENT_PASSIVE_RE.match(main) if m is None and not _DECIDED_RE.match(main) else None
        if passive and is_participle(passive.group("part").lower()):
            # "An SMS reminder is sent the day before": a statement of fact still names an action
            core = _active(passive.group("subject"), "be " + main[passive.start("part") :])
        elif m is None or m.end() >= len(main):
            core = main if len(main.split()) >= 3 else statement  # "After the office closes, you cannot …"
        else:
            # "whoever accepts first gets it, and the others must be told": the last clause's subject
            subject, said = _LAST_CLAUSE_RE.split(m.group("subject"))[-1], main[m.end() :]
            core = _active(subject, said)
            if subject.strip().lower() == "there" and _BE_RE.match(said):
                core = LEADING_ARTICLE_RE.sub("", said[len("be ") :])  # "There will be a tick box to ..."
            elif m.group("negated") or m.group("contracted"):
                # a passive made active already names what it acts on: "Never edit or delete vouchers"
                state = said[len("be ") :]
                if core != said and core.endswith(state) and not is_participle(state.split()[0].lower()):
                    # "Emergency appointments must not be bookable online": what they are not
                    who = core[: -len(state)].strip()
                    core = f"{who} not {state}" if who else f"Never {core}"
                else:
                    core = f"Never {core}" if core != said and _BE_RE.match(said) else _prohibition(subject, core)
            elif (
                len(core.split()) <= 2
                and (who := _someone(_bare_subject(subject), max_words=8))
                and not core.lower().startswith(LEADING_ARTICLE_RE.sub("", who).lower())
            ):
                verb, _, rest = core.partition(" ")
                if not is_plural_subject(who) and is_verb(verb.lower()):
                    verb = third_person(verb.lower())  # "Receptionist refunds members"
                core = f"{who} {verb} {rest}".rstrip()  # "Show up" says nothing without who shows up
            elif core == said and (thing := _thing_subject(subject)) and _INTRANSITIVE_RE.match(core):
                # "Booking pages shall load in under 2 s": what loads is the point, not "Load in ..."
                verb, rest = core.split(maxsplit=1)
                if not is_plural_subject(thing):
                    verb = third_person(verb.lower())
                core = f"{thing} {verb} {rest}"
    if inner := _INNER_CONDITION_RE.match(core):
        core = f"{inner.group('verb')} {inner.group('main')}"  # "ensure that [when X,] the user is ..."
    if permitted := _permitted_action(core):
        core = permitted  # "let an owner delete their account" is "Owner deletes their account"
    if provision := _PROVISION_RE.match(core):
        core = provision.group("action")  # "have the provision to enter ..." is "Enter ..."
    if decided := _DECIDED_RE.match(core):
        core = LEADING_ARTICLE_RE.sub("", decided.group("what"))  # "The second SMS ... is approved too"
    if len((aside_free := _ASIDE_RE.sub("", core)).split()) >= 2:
        core = aside_free  # "Urgent repairs (no heating, water leak) go to ...": the aside is detail
    cut = next(
        (
            c
            for c in _CUT_RE.finditer(core)
            if not DURATION_AT_END_RE.search(core, 0, c.start()) and not _TIME_LIMIT_RE.match(core, c.start())
        ),
        None,
    )
    was_cut = bool(cut and cut.start() > 8)
    if was_cut:
        core = core[: cut.start()]
    kept = core.strip(" .!?;:\"'")
    if kept.count('"') % 2 and core.lstrip().startswith('"'):
        kept = '"' + kept  # '"report a repair" button …' keeps its quoted label whole
    words = kept.rstrip(" (").split()  # "(" of an aside the cut left open
    while was_cut and len(words) > 2 and words[-1].lower() in _DANGLING:
        words.pop()  # "respond to temperatures that are" (cut before "within ..."); "log in" is whole
    title = clipped(" ".join(words))
    return capitalise(title) if title else statement[:60]


# under "Who will use it?": "The owner, Priya, will look at reports once a week"
_USERS_WILL_RE = re.compile(
    r"^(?:(?P<name>[A-Z][a-z]+),\s+)?(?P<who>(?:the\s+|our\s+)?(?:[a-z][\w-]*\s+)?[a-z][\w-]*)"
    r"(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,)?(?(name),)\s+will\s+(?:mostly\s+|mainly\s+|also\s+|only\s+)?"
    r"(?P<rest>[a-z].*?)\.?$",
    re.I,
)


def users_will_statement(statement: str) -> str | None:
    """ "The owner, Priya, will look at reports once a week" -> "The owner should be able to look at
    reports once a week": who a brief says will use it, and what they will do with it."""
    said = _USERS_WILL_RE.match(statement.strip())
    if said is None:
        return None
    who = re.sub(r"^our\s+", "the ", said.group("who"), flags=re.I)
    head = who.split()[-1].lower()
    if singular(head) not in ROLE_WORDS and head not in PEOPLE_WORDS and singular(head) not in PEOPLE_WORDS:
        return None
    rest = re.sub(r"^use\s+it\b", "use the system", said.group("rest"))
    return capitalise(f"{who} should be able to {rest}") + "."
