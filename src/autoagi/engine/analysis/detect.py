"""Decide which units state a requirement, and how (modal, user story, informal, decision, action)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from lemminflect import getAllLemmas

from autoagi.engine.analysis import prefilter
from autoagi.engine.analysis.caps import states_a_cap, states_a_notice, states_an_age_limit
from autoagi.engine.analysis.client_wishes import (
    MAIN_THING_RE,
    THING_PLEASE_RE,
    THING_WOULD_HELP_RE,
    consequence_statement,
    doing_statement,
    shown_on_it_statement,
)
from autoagi.engine.analysis.complaints import CHORE_QUESTION_RE, COMPLAINT, pain_statement
from autoagi.engine.analysis.disfluency import with_case_marked, without_doubt, without_fillers
from autoagi.engine.analysis.grammar import ROLE_WORDS, noun_phrases
from autoagi.engine.analysis.listed import afterthought_statement, kept_statement, look_statement, opens_as_afterthought
from autoagi.engine.analysis.priority import NOT_NOW_RE, NOT_WANTED, label_level
from autoagi.engine.analysis.references import product_reference_statement
from autoagi.engine.analysis.sections import (
    constraints_section,
    project_limits_section,
    quality_section,
    section_style,
)
from autoagi.engine.analysis.thinking_aloud import (
    NO_THING_RE,
    carries_it_over,
    closed_statement,
    deadline_statement,
    forget_it_statement,
    if_could_cue,
    keep_using_statement,
    own_thing_statement,
)
from autoagi.engine.analysis.units import Unit, respondent
from autoagi.engine.analysis.user_story import opens_story
from autoagi.engine.analysis.words import (
    ACCEPTED_OPTION,
    CHARGE_RE,
    DEFECT_RE,
    DEPENDS_ON,
    MESSAGE_VERBS,
    MOST_IMPORTANT,
    NOT_A_THING,
    ONLY_THING,
    PEOPLE_WORDS,
    PLEASE_NO,
    PRAISE_WORDS,
    PRODUCT_DOINGS,
    REPORT_TOPIC,
    SYSTEM_NOUNS,
    THEY_REPORTED_RE,
    THING_NEEDS_ONE,
    THING_WOULD_HELP,
    THINGS_SUBJECT_RE,
    UNWANTED_LEAD,
    USER_ACTIONS,
    USER_GROUPS,
    VERBS,
    deposit_said,
    singular,
    verb_modifies_noun,
)

Style = str  # "modal" | "table" (a table row or numbered line) | "user_story" | "informal" | "imperative" | "decision" | "action_item" | "bid_instruction" | "priority_note" | "open_question" | "criterion"

USER_STORY_RE = prefilter.compile(
    r"\bAs\s+(?:an?|the|one)?\s*(?P<persona>[^,]{1,80}?)\s*,?\s+I\s+"
    r"(?P<verb>want|would\s+like|'d\s+like|need|wish|can|am\s+able|should\s+be\s+able|expect|must)\b",
    re.IGNORECASE,
)
_MODAL_RE = prefilter.compile(
    r"\b(?:shall|must|should|will|(?:is|are)\s+(?:required|expected|supposed)\s+to|needs?\s+to|has\s+to|"
    r"have\s+to|mustn['’]t|shan['’]t|shouldn['’]t|won['’]t|cannot|can['’]t|can\s+not)\b(?![-‑])",  # not "must-haves"
    re.IGNORECASE,
)
_SYSTEM_MAY_RE = prefilter.compile(
    r"\b(?:system|application|product|software|users?|operators?|administrators?|app|service|platform)\s+"
    r"(?:may|can)\b",
    re.IGNORECASE,
)
# "Can we also add a map?": a request, even as a question
# "Can carers book on behalf of a patient?": any group of people named by their role
ROLE_GROUPS = "(?:" + "|".join(sorted((w for w in ROLE_WORDS if w.endswith("s")), key=len, reverse=True)) + ")"
_REQUEST_RE = prefilter.compile(
    rf"\b(?:can|could)\s+it\s+(?:also\s+)?{PRODUCT_DOINGS}\b|"  # "Can it show reviews like Airbnb does?"
    r"\b(?:can|could)\s+(?:we|you)\s+(?:also\s+)?(?:add|have|get|make|support|build|include|show|let|allow|default|"
    rf"change|limit|hide|sort|filter|split|remove|rename|move|set|switch|turn|{PRODUCT_DOINGS})\b|"
    # "Could customers save their favourite orders?": what users could do, asked for
    rf"^\W*(?:(?:and|also|oh|so)[\s,]+)?(?:can|could)\s+(?:the\s+|our\s+)?(?:{USER_GROUPS}|{ROLE_GROUPS})\s+(?:also\s+)?[a-z]+|"
    # a research synthesis's "How might we let regulars book their usual class in one tap?"
    r"^\W*how\s+(?:might|could)\s+we\s+(?!know|tell|find\s+out|decide|check)[a-z]+|"
    # "Can the timetable show which teacher is taking each class?": what the product could do, asked for
    rf"^\W*(?:(?:and|also|oh|so)[\s,]+)?(?:can|could)\s+(?:the|our)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:also\s+)?{PRODUCT_DOINGS}\b",
    re.IGNORECASE,
)
_BUSINESS_RULE_CUE = (
    r"\b(?:free|allowed|possible|open)\s+(?:until|up\s+to|till)\s+\d+\s*(?:hours?|days?|weeks?)\s+(?:before|after)\b"
)
_INFORMAL_RES = [_REQUEST_RE, NOT_NOW_RE] + [
    prefilter.compile(p, re.IGNORECASE)
    for p in (
        r"\b(?:we|i|they|she|he)(?:'d|’d|\s+would)\s+(?:really\s+|also\s+|definitely\s+)?(?:like|love|want|prefer|need)\b",
        # "I'd just like to see the free times and pick one"
        r"\b(?:we|i|they|she|he)(?:'d|’d|\s+would)\s+(?:just|actually)\s+(?:like|love|want)\s+to\b",
        r"\b(?:we|i|they|users?|customers?|clients?|people|staff|everyone|managers?|members?|patients?)"
        r"(?:'ll|’ll|\s+will)?\s+(?:really\s+|also\s+|definitely\s+|absolutely\s+|all\s+|just\s+)?"
        r"(?:want|wants|need|needs|require|requires|expect|expects)\b",
        r"\b\w+\s+(?:keep|keeps|are|have\s+been|always|constantly)\s+(?:asking|requesting|complaining|begging)\b",
        rf"\b(?:would|'d|’d)\s+be\s+(?:really\s+|so\s+)?{PRAISE_WORDS}\s+"
        r"(?:if|to)\b",
        r"\b(?:nice|good)[\s-]to[\s-]have\b",
        r"\bmust[\s-]have\b",
        r"\bmake\s+sure\b",
        # "Ideally the app would remember ...": a could-have
        r"^\W*ideally\b",
        # "Every order needs a unique reference number": what each record must have
        rf"^\W*{THING_NEEDS_ONE}",
        # "No one else may see the budget": who must not do something
        r"^\W*(?:no\s+one|nobody)\s+(?:else\s+|(?:outside|from|except|other\s+than)\s+(?:the\s+|our\s+)?[\w'-]+"
        r"(?:\s+[\w'-]+)?\s+)?(?:may|can|could|should|must|is\s+allowed\s+to)\s+\w",
        # "We're not bothered about a mobile app", "we don't need a loyalty scheme": ruled out
        NOT_WANTED,
        UNWANTED_LEAD + NOT_A_THING,
        # what the product does to people, stated as fact: "the first person on the waitlist gets an e-mail"
        r"(?<!\bi\s)(?<!\bwe\s)\b(?:gets?|receives?)\s+(?:an?\s+)?(?:e-?mail|sms|text|reminder|notification|alert)\b|"
        r"(?<!\bi\s)(?<!\bwe\s)\b(?:is|are)\s+(?:automatically\s+)?(?:notified|reminded|charged|refunded|e-?mailed|texted)\b",
        # "Families would love to see when the carer arrived": what a group of people wishes it could do
        r"^\W*(?:(?:and|also|so|oh|but)[\s,]+)*(?:the\s+|our\s+)?[a-z]+s\s+(?:would|['’]d)\s+(?:really\s+)?(?:love|like)\s+"
        r"to\s+[a-z]",
        # a user's complaint or wish, forwarded: "Crashes every time I try to upload a photo", "I wish I could pay with PayPal"
        COMPLAINT,
        # "We're a small florist and want a website where people can order bouquets"
        r"\band\s+(?:really\s+)?(?:want|need|would\s+like)\s+an?\s+(?:new\s+|simple\s+)?(?:app|system|site|website|platform|portal|"
        r"shop)\s+(?:where|that\s+lets|so)\b",
        # the most the client will spend: "anything over £30k is a non-starter"
        r"\b(?:anything|nothing)\s+(?:over|above|more\s+than)\s+[£$€]\s?\d",
        # what the client can spend: "We have £8-10k and need it before April"
        r"^\W*(?:(?:and|so|well)[\s,]+)?(?:we|i)\s+(?:have|['’]ve\s+got|can\s+spend|can\s+afford)\s+"
        r"(?:about\s+|around\s+|roughly\s+|up\s+to\s+|maybe\s+)?[£$€]\s?\d",
        # a note that leaves its subject out: "Would like members to pay online"
        r"^\W*(?:would|['’]d)\s+(?:really\s+|also\s+)?(?:like|love|prefer)\s+(?:to\s+)?[a-z]",
        # a rule said as a count: "three no-shows and the member gets a warning e-mail"
        r"^\W*(?:one|two|three|four|five|six|\d+)\s+[a-z-]+s?(?:\s+(?:in|within|per)\s+(?:a|one|\d+)\s+[a-z]+)?\s+and\s+"
        r"(?:the|their|your)\s+[a-z-]+(?:\s+[a-z-]+)?\s+(?:gets|goes|loses|moves|becomes|is\s+(?:removed|blocked|"
        r"suspended|charged|cancelled|canceled|flagged))\b",
        # who gets what is scarce: "whoever is first gets the spot when someone cancels"
        r"\bwhoever\s+[^,?]{2,60}?\s+(?:gets|takes|wins|keeps)\s+(?:the|a|an|their|that)\s+\w",
        # a rule with a deadline: "free until 12 hours before class"; a limit on the project: "Budget: £15k"
        rf"{_BUSINESS_RULE_CUE}|^\W*budget\b|\b(?:the|our)\s+budget\s+is\b",
        # what the client accepts: "Mia is happy for it to be hosted anywhere in the EU"
        r"\b(?:is|are|['’]m|am|['’]re)\s+(?:happy|fine|ok|okay)\s+(?:for|with)\s+(?:it|them|the\s+\w+|us|you)\s+to\b",
        # "only the dentist and the patient can see it": who may see or change something
        r"\bonly\s+(?:the\s+)?[\w-]+(?:\s+(?:and|or)\s+(?:the\s+)?[\w-]+)?\s+(?:can|may|could)\s+"
        r"(?:see|view|access|change|edit|open|read|delete|download|approve)\b",
        r"\bensure\s+that\b",
        r"\b(?:is|are|'s)\s+(?:a\s+)?(?:must|mandatory|essential|non-negotiable|a\s+requirement|required)\b",
        r"\b(?:important|essential|critical|crucial|vital)\s+(?:that|to)\b",
        r"\b(?:don't|do\s+not|never)\s+want\b",
        r"\bshould\s+(?:also\s+)?be\s+able\s+to\b",
        r"\b(?:the\s+)?(?:system|app|application|site|portal|tool|platform|website)\s+(?:needs|has)\s+to\b",
        r"\bit(?:'s|’s|\s+has)\s+got\s+to\b",
        r"\bout\s+of\s+scope\b|\bwon['’]?t[\s-]have\b|\bnot\s+in\s+(?:this|the\s+first)\s+(?:release|version|phase)\b",
        # "The most important thing for us is same-day delivery"
        MOST_IMPORTANT,
        # "A text the day before would be great", "Guest booking … is fine", "The price depends on the size"
        THING_WOULD_HELP,
        ONLY_THING,
        ACCEPTED_OPTION,
        DEPENDS_ON,
        # "please no pop-ups asking people to sign up": what must not be there
        PLEASE_NO,
        # "Reports for the trustees: hours volunteered per month, per site"
        REPORT_TOPIC,
        # "we use Square in the shop, so it would make sense to use it online too"
        r"\bit\s+would\s+make\s+(?:more\s+)?sense\s+(?:to|for\s+(?:us|you|it)\s+to)\s+\w",
    )
]
_DECISION_RE = prefilter.compile(
    r"\b(?:we|they|the\s+team|everyone|client|customer)\s+(?:have\s+)?(?:decided|agreed|concluded|settled)\b|"
    r"\b(?:it\s+was|it's|it\s+is)\s+(?:decided|agreed)\b|\bagreed\s+that\b|\blet's\s+go\s+with\b|"
    # "Tom asked about logins – agreed members log in with email"
    r"[–—]\s*(?:we\s+)?(?:agreed|decided)\s+(?:that\s+)?[a-z]|"
    r"\bwe(?:'ll|\s+will)\s+go\s+with\b|\bdecision\s+(?:is|was)\b|^(?:agreed|decided|decision)\s*[:–—-]|"
    r"\b(?:is|are|was|were)\s+(?:now\s+)?(?:approved|signed\s+off)\b|"
    # a note's "Decided to drop the loyalty scheme", "Going with Mailchimp for newsletters"
    r"^\W*(?:agreed|decided)\s+to\s+(?:use|drop|go\s+with|remove|cut|park|skip|leave\s+out)\b|"
    r"^\W*(?:we['’]re\s+|we\s+are\s+)?going\s+with\s+[A-Z]",
    re.IGNORECASE,
)
_ACTION_RE = re.compile(
    r"^(?:(?:(?i:so|and|ok|okay|also)[\s,]+)?(?:I|[Ww]e)(?:['’]ll|\s+will|\s+am\s+going\s+to|\s+are\s+going\s+to)\s+"
    r"(?:also\s+)?|"
    r"(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:will|to|is\s+going\s+to)\s+)"
    r"(?:send|prepare|check|draft|follow\s+up|look\s+into|investigate|confirm|set\s+up|schedule|share|update|"
    r"write|create|provide|review|organi[sz]e|contact|ask|find\s+out|estimate|deliver|handle|sort\s+out|chase|"
    r"arrange|circulate)\b",
)
# a tender's "The Council will provide an export of current bookings": what the buyer brings, a task
_BUYER_PROVIDES_RE = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*[.)]?\s+)?(?P<buyer>the\s+(?:council|authority|buyer|purchaser|customer|client|trust|"
    r"contracting\s+authority))\s+will\s+(?:provide|supply|make\s+available|give|share|send|arrange)\b",
    re.I,
)
# What the team needs from the client, or plans to deliver: the project's work, not the product's
_PROJECT_TASK_RE = re.compile(
    r"^\W*(?:(?:so|and|also|ok|okay)[\s,]+)?(?:we|i|our\s+(?:developers?|devs?|team|designers?|engineers?))"
    r"(?:['’]ll|\s+will|\s+would)?\s+(?:also\s+)?need\s+(?:access\s+to\b|(?:[^.;?]{2,60}?\s)?from\s+you\b)|"
    r"^\W*(?:(?:so|and|also|ok|okay)[\s,]+)?(?:we|i)(?:['’]ll|\s+will|\s+should|\s+can|\s+could|\s+aim\s+to|\s+plan\s+to|"
    r"\s+hope\s+to|['’]d\s+hope\s+to)\s+(?:have|get|deliver|ship|show\s+you|send\s+you)\s+(?:a|the|your)\s+"
    r"(?:(?:first|initial|working|beta|rough|clickable)\s+)?(?:version|release|draft|prototype|mvp|demo|designs?|"
    r"mock-?ups?|wireframes?)\b",
    re.IGNORECASE,
)
_CAPITAL_USER_ACTIONS = frozenset(verb.capitalize() for verb in USER_ACTIONS)
_META_RE = re.compile(
    r"^(?:this|the\s+following|these|the\s+present|in\s+this|section|chapter|appendix|table|figure|"
    r"the\s+purpose|the\s+scope|the\s+remainder|the\s+rest|the\s+reader)\b"
    r"(?:\s+(?:document|section|chapter|subsection|srs|specification|paper|report|appendix|part))?",
    re.IGNORECASE,
)
# "(Also) mentioned are the constraints that will affect the system": what the document holds
_DOCUMENT_HOLDS_RE = re.compile(
    r"^(?:also\s+)?(?:mentioned|described|listed|presented|outlined|discussed|included|given)\s+(?:here\s+|below\s+)?"
    r"(?:are|is)\s+the\b",
    re.I,
)
_META_VERB_RE = prefilter.compile(
    r"\b(?:will|shall)\s+(?:be\s+)?(?:describ|present|discuss|cover|explain|outline|introduc|summari[sz]|"
    r"list|defin|detail|provid|specif|give)\w*\b",
    re.IGNORECASE,
)
_LABEL_STYLE = {
    # "AC: the tenant gets a reference number": an acceptance criterion of the item above it
    "ac": "criterion",
    "acceptance criteria": "criterion",
    "acceptance criterion": "criterion",
    "decision": "decision",
    "decisions": "decision",
    "decided": "decision",
    "agreed": "decision",
    "agreement": "decision",
    "action": "action_item",
    "action item": "action_item",
    "action items": "action_item",
    "ai": "action_item",
    "todo": "action_item",
    "to do": "action_item",
    "next step": "action_item",
    "next steps": "action_item",
    "follow up": "action_item",
    "follow-up": "action_item",
    "requirement": "modal",
    "requirements": "modal",
    "must": "modal",
    "should": "modal",
    "could": "modal",
    "won't": "modal",
    "wont": "modal",
    "must have": "modal",
    "should have": "modal",
    "could have": "modal",
    "won't have": "modal",
    "nice to have": "informal",
    "nice": "informal",
    "not for now": "informal",
    "not now": "informal",
    "later": "informal",
    "out of scope": "informal",
    "not needed": "informal",
    "not required": "informal",
    "parked": "informal",
    "constraint": "modal",
    # how it is today: "Problem: members can't see the timetable" is the reason for a requirement
    "problem": "problem",
    "problems": "problem",
    "issue": "problem",
    "issues": "problem",
    "pain point": "problem",
    "pain points": "problem",
    # what might go wrong: "Concern: older clients may not use the portal" asks for nothing by itself
    "risk": "risk",
    "risks": "risk",
    "concern": "risk",
    "concerns": "risk",
    "worry": "risk",
}
# speaker labels that name the one eliciting requirements, not the one stating them
# who asks, not who wants: an interviewer, or the "Q" of a form's "Q: … / A: …"
ELICITORS = frozenset(["interviewer", "moderator", "facilitator", "analyst", "business analyst", "researcher", "q"])
_LEADING_CONDITION_RE = re.compile(
    r"^\W*(?:(?:and|so|then)\s+)*(?:if|when|whenever|once|in\s+case|as\s+soon\s+as)\b(?:"
    # spoken without the comma: "If they tick the box we need their address", "and then when they finish a
    # job they should be able to …"
    r"[^,;:.!?]{3,150}?\s+(?=(?:we|you|the\s+system|it)\s+(?:need|needs|must|should|shall|have\s+to|has\s+to)\b|"
    r"they\s+(?:should|must|can|(?:need|have)\s+to\s+be\s+able)\b)|"  # not "they need to phone us": their chore
    r"[^,;:.!?]{3,150},\s*(?:then\s+)?)",
    re.IGNORECASE,
)
# "..., I go up to four miles if I want to spend longer": the condition closes the sentence
_TRAILING_CONDITION_RE = prefilter.compile(
    r"\s+(?:if|when|whenever|once|in\s+case)\b[^,;:.!?]*[.!?]?\s*$", re.IGNORECASE
)
# "…, and if I have to pay a tip, I will": a condition inside the sentence
_MID_SENTENCE_CONDITION_RE = re.compile(
    r"[,;]\s*(?:(?:and|but|so|or|like)[\s,]+)*(?:if|when|whenever|in\s+case)\b[^,;:.!?]{3,150}", re.IGNORECASE
)
_WISH_FRAME_END_RE = prefilter.compile(
    rf"\b(?:{PRAISE_WORDS}|better|best|prefer|like|love|"
    r"appreciate|happy|glad|want|wish)(?:\s+it)?$",
    re.IGNORECASE,
)
_PERSONAL_CHORES_RE = re.compile(
    r"^\s*(?:i|we)\s+(?:will|'ll|have\s+to|need\s+to|must|should)\s+(?:go|leave|run|check|say|admit|think|"
    # "I need to see how it goes" is a chore; "I need to see who's coming to each class" asks for a view
    r"see(?!\s+(?:who|whose|which|the|all|every|each|their|our|my|how\s+many|how\s+much|at\s+a\s+glance)\b)|"
    r"talk|discuss|get\s+back|hop|jump|wrap|move\s+on|be\s+going)\b",
    re.IGNORECASE,
)
_WORD_RE = re.compile(r"\w+")
# In an action-item list only a statement about the product in "shall/must" form is a requirement.
_PRODUCT_STATEMENT_RE = re.compile(
    r"^(?:the\s+|a\s+|an\s+|all\s+|each\s+|every\s+)?[\w -]{0,40}?\b(?:shall|must)\s+(?!\s*check\b)", re.I
)
_CLAUSE_BREAK_RE = re.compile(r"[;:,–—()]|\s(?:and|but|so|because|although|while|whereas)\s", re.I)
_ADVERBS = frozenset(
    [
        "then",
        "also",
        "just",
        "really",
        "still",
        "only",
        "now",
        "always",
        "definitely",
        "simply",
        "might",
        "may",
        "could",
        "would",
        "will",
        "probably",
    ]
)
# "I will pay attention to that": an intention or a forecast, not the product
_PERSONAL_SUBJECTS = frozenset(["i", "we", "you", "they", "he", "she"])
_WILL_SUBJECTS = _PERSONAL_SUBJECTS | {"this", "that", "it", "there", "these", "those"}
_SUBJECT_PRONOUNS = frozenset(["i", "we", "you", "they", "he", "she", "someone", "somebody", "people", "everyone"])
# What people do, not what the product does: "they have to call us", "we need to talk to them".
_HUMAN_VERBS = frozenset(
    [
        "call",
        "ring",
        "phone",
        "contact",
        "talk",
        "speak",
        "come",
        "visit",
        "wait",
        "ask",
        "email",
        "e-mail",
        "go",
        "leave",
        "say",
        "admit",
        "think",
        "discuss",
        "meet",
        "pay",
        "chase",
        "remember",
        "decide",
        "agree",
        "hold",
    ]
)
_THROUGH_THE_PRODUCT_RE = re.compile(
    r"\b(?:online|in[\s-]app|(?:through|via|in|on|from|with)\s+(?:the|our|a|this|their)\s+"
    r"(?:app|site|website|portal|system|platform|page|booking\s+page|form)|"
    # "they should pay a deposit when they order": a step of ordering, which the product takes
    r"(?:when|as)\s+(?:they|you|customers?|people|clients?)\s+(?:order|book|check\s*out|sign\s+up|register|reserve))\b",
    re.IGNORECASE,
)
# "what the system has to do", "I don't have to do anything": no behaviour is named
_GENERIC_DO_RE = re.compile(
    r"^\s+(?:(?:do|behave)\b\s*(?:[,.;:!?]|$|in\s+your|for\s+you)|do\s+(?:anything|nothing|something\s+like)\b)", re.I
)
# "The second one will be the safety", "Another point will be amenities": a speaker listing topics
_LISTED_TOPIC_RE = re.compile(
    r"^(?:(?:and|so|then|also|well)\W+)*(?:the\s+)?(?:first|second|third|fourth|fifth|next|last|final|other|another)\s+"
    r"(?:one|point|thing|factor|aspect|issue|concern|criterion|consideration)\s*$",
    re.I,
)
_REPORTING_VERBS = (
    r"said|says|reminded\s+(?:us|everyone|the\s+team)|mentioned|noted|flagged|explained|pointed\s+out|warned|"
    r"stressed|added|confirmed|told\s+(?:us|everyone)|thinks|thought|feels|felt|believes"
)
_NAME_REPORT_RE = re.compile(rf"^\s*(?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?\s+(?:{_REPORTING_VERBS})\b", re.UNICODE)
# "this is a must", "that's a nice to have": a priority for the requirement just before.
PRIORITY_REMARK_RE = re.compile(
    r"^(?:\s*(?:[A-Z][a-z]+\s+)?(?:said|says|added|stressed|confirmed|thinks|feels)\s+(?:that\s+)?)?\s*"
    r"(?:this|that|it)\s*(?:is|'s|’s|was|would\s+be|will\s+be)\s+[\"“']?\s*(?:a\s+|an\s+|absolutely\s+|really\s+|"
    r"definitely\s+|the\s+)*(?P<cue>must(?:[\s-]have)?|essential|critical|crucial|mandatory|non[\s-]negotiable|"
    r"top\s+priority|high\s+priority|nice[\s-]to[\s-]have|optional|low\s+priority|a\s+bonus|bonus|"
    r"should[\s-]have|could[\s-]have)\b|"
    # a chat's "not urgent tho, after launch is fine": how much the message before it matters
    r"^\W*(?:(?:it['’]?s|that['’]?s|but|and)\s+)*(?P<cue2>not\s+(?:urgent|a\s+priority)\b(?:\s+(?:tho|though))?"
    r"(?:[\s,]+(?:after|post)[\s-]?launch\s+is\s+(?:fine|ok|okay))?)[\s.!]*$|"
    r"^\W*(?P<cue3>(?:after|post)[\s-]?launch\s+is\s+(?:fine|ok|okay))[\s.!]*$",
    re.IGNORECASE,
)
# Imperatives a client writes in notes and e-mails: "Offer the slot to ...", "please don't book it".
_IMPERATIVE_LEAD_RE = re.compile(
    r"^(?:(?:please|pls|plz|yes|so|and|also|then|ok|okay|just|but)[\s,]+)*(?:(?:if|when|whenever|once)\s+[^,]{3,80},\s*)?"
    r"(?P<neg>(?:(?:please|pls|plz)\s+)?(?:don['’]t|do\s+not|never)\s+)?(?P<verb>[A-Za-z]+)\b",
    re.IGNORECASE,
)
_NOT_IMPERATIVE = frozenset(["see", "note", "refer", "read", "thank", "thanks", "let", "find", "look", "check", "get"])
# the one asking prompts the client to talk: "tell me about how bookings work today", "walk me through a
# hire", "give me a sense of the numbers" (not "tell me when stock runs low", an instruction to the product)
_PROMPT_RE = re.compile(
    r"\s+(?:(?:me|us)\s+(?:about|through|more|a\s+(?:bit|little)|how|what|why|where|who|which|roughly|your|"
    r"an?\s+(?:idea|sense|overview|feel|picture|rundown|example|quick)\b)|(?:how|what|why|your)\b)",
    re.IGNORECASE,
)
_PROMPT_VERBS = frozenset(["tell", "walk", "talk", "explain", "describe", "give", "show"])
# "I'm not sure about payments yet": a question still open, for the client to settle
# "Same-day delivery if ordered before 2pm": a service and when it applies (the condition is the point)
_OFFER_IF_RE = re.compile(
    r"^\W*[A-Z][\w-]*(?:[\s-]+[\w-]+){0,3}?\s+(?P<cond>(?:if|when)\s+(?:ordered|booked|paid|placed|received|bought))\b"
)
_UNDECIDED_RE = prefilter.compile(
    r"\b(?:i['’]m|we['’]re|i\s+am|we\s+are|they['’]re)\s+(?:still\s+)?not\s+(?:yet\s+)?sure\s+(?:about|whether|if|"
    r"(?:we|you|they)\s+(?:really\s+)?(?:need|want))\b|"
    r"\b(?:haven['’]t|have\s+not|hasn['’]t)\s+(?:yet\s+)?decided\b|\bstill\s+(?:to\s+be\s+|being\s+)?decided\b",
    re.IGNORECASE,
)
_HEDGE_RE = re.compile(r"\s+of\b", re.I)
# a topic and its state: "Arrears letters: TBC with legal", "Delivery charges TBD"
_TO_CONFIRM_RE = prefilter.compile(
    r"^\W*(?:[\w'’ -]{1,40}?(?::\s*|\s+[-–—]\s*|\s+(?:is\s+|are\s+)?))?\**(?:TBC|TBD|TBA|to\s+be\s+(?:confirmed|decided|agreed))\b",
    re.IGNORECASE,
)
_TOPIC_PREFIX_RE = re.compile(r"^[A-Z][\w'’-]*(?:\s[\w'’-]+){0,4}\s*:\s+")  # "Question 1 from the desk: …"
_AUTOMATIC_RE = re.compile(r"\b(?:automatically|by\s+itself)\b", re.IGNORECASE)
# Wishes with any subject: "people with three cats want to ...", "the vets want to ...".
_WISH_RE = prefilter.compile(
    r"^(?:(?:also|and|so|but|well|plus|oh)[\s,]+)*(?P<who>(?:(?:the|our|all|some|many|most|new|older|other)\s+)?"
    r"[\w-]+(?:\s+(?!(?:want|wants|need|needs|would)\b)[\w-]+){0,3}?)\s+(?:really\s+|also\s+|just\s+|all\s+)?"
    r"(?P<verb>want|wants|need|needs|would\s+like|'d\s+like|’d\s+like|asked\s+for|ask\s+for|asks\s+for)\s+"
    r"(?=to\b|a\b|an\b|the\b|some\b|more\b|their\b|his\b|her\b|its\b|every\b|each\b|all\b|our\b|[\w-]+s\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Candidate:
    unit: Unit
    style: Style
    cue: str
    confidence: float


# What a tender asks of the bidders, not of the product: "Bidders should describe how …", "Please
# provide three references", "Responses will be scored on quality (60%) and price (40%)". Only
# with the verbs of a tender: in an auction app "Bidders must register" is a requirement.
_TENDER_VERBS = (
    r"(?:describe|explain|provide|submit|state|confirm|demonstrate|include|outline|detail|set\s+out|indicate|"
    r"complete|return|note|show|list|supply|attach|specify|answer|respond)"
)
_BID_INSTRUCTION_RE = prefilter.compile(
    r"^(?:(?:the|all|each|every|any)\s+)?(?:bidders?|tenderers?|respondents?|(?:potential|prospective)\s+suppliers)"
    rf"\s+(?:(?:will|shall|must|should|are\s+(?:asked|required|invited|expected)\s+to|may|need\s+to)\s+)(?:also\s+)?"
    rf"(?:clearly\s+)?{_TENDER_VERBS}\b|"
    r"^(?:(?:the|your|all|each|every|their)\s+)?(?:suppliers?['’]s?\s+)?"
    r"(?:responses?|proposals?|submissions?|tenders?|bids?|quotations?)\s+(?:will|shall|must|should|are|is|may)\s+"
    r"(?:be\s+)?(?:scored|evaluated|assessed|marked|judged|weighted|submitted|received)\b|"
    r"\bin\s+(?:your|their)\s+(?:response|proposal|submission|tender|bid)\b(?!\s+[a-z]+(?:board|form|page))|"
    rf"^(?:please\s+)?{_TENDER_VERBS}\s+"
    r"(?:(?:at\s+least\s+)?(?:two|three|four|five|\d)\s+)?(?:client\s+|customer\s+)?(?:references?|case\s+stud(?:y|ies)|CVs?\b|"
    r"day\s+rates?|(?:a\s+)?(?:breakdown|schedule)\s+of\s+(?:your\s+)?(?:costs?|prices?|fees?)|"
    r"(?:details\s+of|examples\s+of|evidence\s+of)\s+(?:your|similar|previous|relevant)|"
    r"(?:your|the\s+bidder['’]s)\s+(?:approach|methodology|experience|team|company|organisation|organization|"
    r"insurance|accreditations?|certifications?|pricing|price|costs?|fees?))",
    re.IGNORECASE,
)


def reads_as_problem(unit: Unit) -> bool:
    """Under "Pain points", or labelled "Problem:": how it is today, the reason for a requirement."""
    return (
        _LABEL_STYLE.get((unit.label or "").lower().rstrip(".")) == "problem"
        or section_style(unit.section) == "problem"
    )


def asks_for_something(text: str) -> bool:
    """ "Can we also add a map", "could customers save their favourite orders": a request, as a question."""
    return _REQUEST_RE.search(text) is not None


def _lists_needs(section: str | None) -> bool:
    """Does the heading say its items are wanted, ruled out, forbidden or binding ("Budget and timeline")?"""
    return section_style(section) in {"requirement", "out_of_scope", "prohibited"} or constraints_section(section)


# "Logo and colours agreed", "Domain name sorted", "Photos done": settled, said of the project
_SETTLED_ALREADY_RE = re.compile(
    r"^\W*(?:the\s+|our\s+)?[a-z][\w'’&-]*(?:\s+(?:and\s+)?(?!(?:when|if|once|until|after|before|unless|is|are|be|been|being|"
    r"gets?|fully|not|never)\b)[a-z][\w'’&-]*){0,3}\s+(?:already\s+)?(?:agreed|decided|picked|chosen|"
    r"done|sorted|finali[sz]ed|confirmed|signed\s+off|approved|completed|bought|booked|registered)\s*(?:[(✓✔✅].*)?[\s.!]*$",
    re.I,
)
# a customer's word on what things cost: "Please keep prices as they are", "Don't put the fees up"
_PRICING_WISH_RE = re.compile(
    r"^\W*(?:please\s+)?(?:keep|leave|don['’]t\s+(?:raise|increase|put\s+up|change)|do\s+not\s+(?:raise|increase|change))\s+"
    r"(?:the\s+|your\s+|class\s+|membership\s+)?(?:prices?|fees?|costs?|rates?|charges?)"
    r"(?:\s+(?:up|as\s+(?:they|it)\s+(?:are|is)|the\s+same|low|where\s+they\s+are|affordable|down))?[\s.!]*$",
    re.I,
)
# a wiki page's byline: "Owner: Ellie Marsh · Last updated 12 Nov", "Author: Sam Lee, v0.3"
_PAGE_META_RE = re.compile(
    r"^\W*(?:(?:page\s+)?owner|author|created\s+by|prepared\s+by|written\s+by|maintained\s+by)\s*:\s*"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s*(?:$|[·|•,;–—-]|\(|\s+last\s+(?:updated|edited))|"
    r"^\W*last\s+(?:updated|edited|modified)\s*(?::|on|by)",
    re.I,
)


def detect(unit: Unit, include_informal: bool = True, people=None, conversational: bool = False) -> Candidate | None:
    """The candidate a unit states, or None. `people` (see `people.find_people`) knows who is a person;
    `conversational` marks transcripts and e-mails, where clients give instructions as imperatives."""
    text = with_case_marked(without_doubt(without_fillers(unit.text)))  # "Um, so, basically patients need to …"
    if (reported := THEY_REPORTED_RE.match(text)) and reported.group("rest")[:1].islower():
        text = reported.group("rest")  # "They mentioned a waiting list would be nice"
    if unit.heading or unit.quoted:
        return None  # a quoted line is the other side's words; the reply below it says what is wanted
    # "- online booking" under "What we need", "- delivery" under "Won't have"
    # ("Around £20k." under "Budget and timing", listed or not)
    listed_need = (
        unit.item
        and (_lists_needs(unit.section) or unit.persona is not None and section_style(unit.section) == "goal")
        or project_limits_section(unit.section)
    )  # (a persona's "Goals": what people like them want to do)
    rank = label_level(unit.label)  # "Must:", "Nice:", "[P1]": the line's own rank, if any
    if len(_WORD_RE.findall(text[:200])) < (1 if unit.column or listed_need or rank else 3):
        return None  # too short to state anything, unless a table's column or a heading says it does
    if _PAGE_META_RE.match(text):
        return None  # "Owner: Ellie Marsh · Last updated 12 Nov": who keeps the page, not what it asks
    if unit.item and _SETTLED_ALREADY_RE.match(text):
        return None  # "- [x] Logo and colours agreed": a task of the project that is done, nothing to build
    if _PRICING_WISH_RE.match(text):
        return None  # "Please keep prices as they are": the business's pricing, nothing the product does
    if unit.speaker is not None and unit.speaker.strip().lower() in ELICITORS:
        return None  # the interviewer asks and sums up; what is required comes from the other side
    label_style = _LABEL_STYLE.get((unit.label or "").lower().rstrip("."))
    story = USER_STORY_RE.search(text)
    if story and opens_story(text, story.start()):
        return Candidate(unit, "user_story", story.group(0), 0.95)
    if bid := _BID_INSTRUCTION_RE.search(text):
        return Candidate(unit, "bid_instruction", bid.group(0), 0.7)  # a task for whoever bids
    if (conversational or unit.speaker is not None) and (task := _PROJECT_TASK_RE.search(text)):
        return Candidate(unit, "action_item", task.group(0), 0.6)  # "we'll need your logo by Friday"
    if task := _BUYER_PROVIDES_RE.match(text):
        return Candidate(unit, "action_item", task.group("buyer"), 0.6)  # "The Council will provide an export …"
    if text.rstrip().endswith(":"):
        return None  # "The clinic also told us how the system has to behave:" introduces what follows
    if unit.item and include_informal and CRITERIA_SECTION_RE.match(unit.section or ""):
        # "- They get a text" under "Acceptance criteria:"
        return Candidate(unit, "criterion", unit.section or "", 0.75)
    if label_style in {"decision", "action_item", "criterion"} and include_informal:
        return Candidate(unit, label_style, unit.label or "", 0.75)
    if label_style == "risk" and not _STRONG_MODAL_RE.search(text):
        return None
    in_section = "problem" if reads_as_problem(unit) else section_style(unit.section)
    if in_section == "problem" and unit.survey and not pain_statement(text, respondent(unit)):
        return None  # "The website logs me out all the time": how it is for them, the reason for what they ask
    if _UNDECIDED_RE.search(text) and not text.rstrip().endswith("?"):
        return Candidate(unit, "open_question", "undecided", 0.6)  # "I'm not sure about payments yet"
    if unit.item and _TO_CONFIRM_RE.match(text) and not _MODAL_RE.search(text):
        # "Arrears letters: TBC with legal": a note that something is still to be settled
        return Candidate(unit, "open_question", "TBC", 0.6)
    if in_section == "open_question" and unit.item:
        # for the client, not yet a requirement; "Tariq to check with the head" is someone's task
        return Candidate(unit, "action_item" if _ACTION_RE.match(text) else "open_question", unit.section or "", 0.6)
    if in_section == "bid_instruction":
        return Candidate(unit, "bid_instruction", unit.section or "", 0.6)  # "Suppliers must provide two references"
    if in_section == "action_item" and include_informal and not _PRODUCT_STATEMENT_RE.match(text):
        return Candidate(unit, "action_item", unit.section or "", 0.6)
    if include_informal and (remark := PRIORITY_REMARK_RE.match(text)):
        return Candidate(
            unit, "priority_note", remark.group("cue") or remark.group("cue2") or remark.group("cue3"), 0.6
        )
    if unit.ticket == "subject":
        return Candidate(unit, "table", unit.column or "", 0.7)  # "Dark mode?": a ticket asks for it
    if unit.column is not None and (unit.column or _moscow_label(unit.label)) and text.rstrip().endswith("?"):
        return Candidate(unit, "open_question", unit.label or "?", 0.6)  # "What about dinner money?" on a card
    if in_section == "problem" and unit.column is not None and not pain_statement(text, respondent(unit)):
        return None  # a sticky under "Problems": "too many no-shows on Fridays" is why, not what
    if unit.column is not None and (unit.column or _moscow_label(unit.label)):
        # a row of a requirements table: the author already says it is a requirement
        return Candidate(unit, "table", unit.label or unit.column, 0.8)
    if _META_RE.match(text) and (_META_VERB_RE.search(text) or not _MODAL_RE.search(text)):
        return None
    if _DOCUMENT_HOLDS_RE.match(unit.text.strip()):
        return None
    # a cue inside a leading condition ("If I need to reschedule, I call them") states no requirement
    main = lead.end() if (lead := _LEADING_CONDITION_RE.match(text)) else 0
    tail = _TRAILING_CONDITION_RE.search(text, main)
    # "It would be great if the app could print receipts": there the "if" clause is the wish
    main_end = tail.start() if tail and not _WISH_FRAME_END_RE.search(text, 0, tail.start()) else len(text)
    conditions = [m.span() for m in _MID_SENTENCE_CONDITION_RE.finditer(text, main, main_end)]
    if in_section == "problem" and unit.item and pain_statement(text, respondent(unit)):
        return Candidate(unit, "table", unit.section or "", 0.7)  # "I have to ring the studio to move a booking"
    if not _PERSONAL_CHORES_RE.match(text):
        for modal in _MODAL_RE.finditer(text, main, main_end):
            if in_section == "problem" and unit.persona is None and modal.group(0).lower().replace("’", "'") in _UNABLE:
                # under "What problem do you want it to solve?", "Reception can't keep up" is how it is;
                # a persona's "She can't see which classes have space" is what people like her need
                continue
            if not _inside(conditions, modal.start()) and _modal_counts(text, modal, people):
                cue = modal.group(0)
                strong = cue.lower() in {"shall", "must"} or cue.lower().startswith(("is req", "are req"))
                return Candidate(unit, "modal", cue, 0.9 if strong else 0.75)
    if label_style == "modal" or label_style == "informal" and rank in _RANKS:
        # "Must: clients book a stylist online", "Nice: rebook in one tap": an entry of a ranked list
        return Candidate(unit, "table" if rank in _RANKS else "modal", unit.label or "", 0.7)
    # "## What they want" / "- Teachers see who has paid": the heading says what its items are
    listed = (
        Candidate(unit, "table", unit.section or "", 0.75)
        # "At the moment it's cash in an envelope" after an item says how it is now: the item's reason
        if listed_need and not text.rstrip().endswith("?") and not _AS_IS_OPENING_RE.match(text)
        else None
    )
    if unit.numbered and not text.rstrip().endswith("?"):
        # "REQ-2: Database of torrent sites can be updated": the author numbered it as a requirement
        return Candidate(unit, "table", "numbered", 0.8)
    may = (
        _SYSTEM_MAY_RE.search(text)
        or _SUBJECT_CAN_RE.match(text)
        or _ONLY_WHO_CAN_RE.match(text)
        or _role_can(text, people)
    )
    if may and not text.rstrip().endswith("?"):
        # "- Members can pause their membership" under "Features": a list item, worded as one
        return listed or Candidate(unit, "modal", may.group(0).split()[-1], 0.6)
    if not include_informal:
        return listed
    if in_section == "decision":
        return Candidate(unit, "decision", unit.section or "", 0.7)
    decision = _DECISION_RE.search(text)
    if decision:
        return Candidate(unit, "decision", decision.group(0), 0.7)
    if unit.speaker is not None or unit.label is not None or unit.item and _someones_task(text):
        action = _ACTION_RE.search(text)
        if action:
            return Candidate(unit, "action_item", action.group(0), 0.6)
    if label_style == "informal":
        return Candidate(unit, "informal", unit.label or "", 0.7)
    question = text.rstrip().endswith("?")
    if listed is not None and in_section == "requirement" and text.split()[0] in _CAPITAL_USER_ACTIONS:
        return listed  # "- Reserve a book and get a text when it's ready" under "Must have": what users do
    if not question and (wished := THING_WOULD_HELP_RE.match(text)) and wished.group("benefit"):
        # "a text when he's on his way would save us loads of calls": its "when" is part of the thing wished
        return Candidate(unit, "informal", wished.group("benefit"), 0.65)
    for pattern in _INFORMAL_RES:
        m = (
            next((m for m in pattern.finditer(text, main, main_end) if not _inside(conditions, m.start())), None)
            if conditions
            else pattern.search(text, main, main_end)
        )
        if m and question and pattern is not _REQUEST_RE and not CHORE_QUESTION_RE.match(text):
            # "What factors are most important to you?" asks; "Can we add a map?" requests; "Why do I have
            # to type my address every single time?" complains
            continue
        if m and not _PERSONAL_CHORES_RE.match(text) and not _about_people(text, m):
            return Candidate(unit, "informal", m.group(0), 0.65)
    if (conversational or unit.item) and own_thing_statement(text):
        return Candidate(unit, "informal", "its own", 0.6)  # "Each appointment type has its own length: …"
    if product_reference_statement(text):
        return Candidate(unit, "informal", "like", 0.6)  # "We love how Calendly shows free slots, …"
    if forget_it_statement(text):
        return Candidate(unit, "informal", "forget", 0.6)  # "forget the photo feed for now, …"
    if keep_using_statement(text):
        return Candidate(unit, "informal", "keep", 0.6)  # "we use Xero for invoices and want to keep it"
    if wished := if_could_cue(text):
        return Candidate(unit, "informal", wished, 0.6)  # "if they could pay a deposit that'd be good"
    if deadline_statement(text):
        return Candidate(unit, "informal", "deadline", 0.7)  # "DEADLINE: before January"
    if closed_statement(text):
        return Candidate(unit, "informal", "so no", 0.6)  # "We close on bank holidays, so no bookings those days"
    if carries_it_over(text):
        return Candidate(unit, "informal", text.strip().rstrip(".!"), 0.6)  # "It needs bringing over."
    if conversational and not question and opens_as_afterthought(unit.text) and afterthought_statement(text, True):
        return Candidate(unit, "informal", "oh and", 0.6)  # "oh and monthly totals per shop …"
    if (conversational or unit.item) and look_statement(text):
        return Candidate(unit, "informal", text.strip().rstrip(".!"), 0.6)  # "Big text, no tiny buttons."
    if (conversational or unit.item) and (ruled_out := _ruled_out_note(text)):
        return Candidate(unit, "informal", ruled_out, 0.6)  # "- No gift cards.", "No subscriptions, we tried that"
    if offer := _OFFER_IF_RE.match(text):
        return Candidate(unit, "informal", offer.group("cond"), 0.6)  # "Same-day delivery if ordered before 2pm"
    if MAIN_THING_RE.match(unit.text) and doing_statement(text):
        return Candidate(unit, "informal", "main thing", 0.65)  # "the main thing is owners booking … themselves"
    if (conversational or unit.item) and (asked := THING_PLEASE_RE.match(text)):
        return Candidate(unit, "informal", asked.group("what").strip(), 0.6)  # "a text reminder the day before please"
    if (conversational or unit.item) and kept_statement(text):
        return Candidate(unit, "informal", text.strip().rstrip(".!"), 0.6)  # "Phone ordering stays."
    if states_a_cap(text) or states_a_notice(text) or states_an_age_limit(text):
        return Candidate(unit, "informal", text.strip(), 0.6)  # "Max 20 people per class"
    if shown_on_it_statement(text):
        return Candidate(unit, "informal", "needs", 0.65)  # "the receipt email needs our VAT number on it"
    if (conversational or unit.item) and consequence_statement(text):
        return Candidate(unit, "informal", text.split()[0], 0.6)  # "If they no-show they lose the deposit"
    if (conversational or unit.item) and (deposit := deposit_said(text)):
        return Candidate(unit, "informal", deposit.group("what"), 0.6)  # "Deposit of £10 when booking, …"
    if charged := CHARGE_RE.match(text):
        return Candidate(unit, "informal", charged.group("verb"), 0.6)  # "we charge a £200 deposit that …"
    wish = _WISH_RE.match(_TOPIC_PREFIX_RE.sub("", text, count=1))
    if wish and not text.rstrip().endswith("?") and _wisher(wish.group("who"), people):
        return Candidate(unit, "informal", wish.group(0).strip(), 0.6)
    # under "Non-functional", "Search results within 2 seconds" names a quality, it instructs nothing
    imperative = (
        None
        if listed and quality_section(unit.section) or _addresses_someone(text, people)
        else _imperative(text, unit, conversational or _said_by_someone(unit, people))
    )
    if imperative and listed is not None and in_section == "requirement" and text.split()[0] in _CAPITAL_USER_ACTIONS:
        return listed  # "- Choose a collection time slot" under "Must have": what users do, not an order
    if imperative:
        return Candidate(unit, "imperative", imperative, 0.6)
    if (conversational or unit.item) and not question and (fault := DEFECT_RE.match(text)):
        return Candidate(unit, "informal", fault.group(0)[fault.start("verb") - fault.start() :], 0.6)
    automatic = _AUTOMATIC_RE.search(text, main, main_end) if conversational or unit.item else None
    if automatic and not question:
        # "the first person on the list gets the place automatically": what the product does by itself,
        # said in a conversation or a note (a specification states its requirements with a modal)
        return Candidate(unit, "informal", automatic.group(0), 0.6)
    return listed or _please_clause(unit, conversational)


# "our old one takes 10 seconds, pls make the new one quick": the request closes the sentence
_PLEASE_CLAUSE_RE = re.compile(r"[,;–—]\s*(?:(?:so|and|but)\s+)?(?=(?:please|pls|plz)\s+[a-z])", re.IGNORECASE)


# the reason after "No subscriptions, …": "we tried that", not "just the website" (what is wanted instead)
_REASON_CLAUSE_RE = re.compile(r"^(?:we|i|she|he|they|it|that|our\s+\w+|the\s+\w+\s+(?:is|are|was|were))\b", re.I)


def _ruled_out_note(text: str) -> str | None:
    """The cue of a note that rules a thing out, named by a noun phrase alone ("No gift cards."), not
    "No patient data leaves the UK" (a rule) or "No app, just the website" (what is wanted instead)."""
    said = NO_THING_RE.match(text.strip())
    if said is None or (said.group("why") and not _REASON_CLAUSE_RE.match(said.group("why").strip(" ,;:—–-"))):
        return None
    what = said.group("what").strip()
    phrases = noun_phrases(what)
    if len(phrases) != 1 or phrases[0].start != 0 or phrases[0].end != len(what):
        return None
    return text.strip()[: said.end("what")]


def _please_clause(unit: Unit, conversational: bool) -> Candidate | None:
    """The instruction after "please" late in a sentence, as a unit of its own (the words before it
    are its context, still in the document)."""
    clause = _PLEASE_CLAUSE_RE.search(unit.text)
    if clause is None or unit.text.rstrip().endswith("?"):
        return None
    rest = replace(unit, start=unit.start + clause.end(), text=unit.text[clause.end() :])
    verb = _imperative(rest.text, rest, conversational)
    return Candidate(rest, "imperative", verb, 0.6) if verb else None


def part_stands(candidate: Candidate, part: str, include_informal: bool, people=None) -> bool:
    """A part split off a compound sentence in a conversation that has a modal of its own is a
    requirement only if that modal states one: "…, and that's something I will look at" is a plan."""
    if not _MODAL_RE.search(part):
        return True  # it shares the cue of the whole sentence
    return detect(replace(candidate.unit, text=part), include_informal, people, conversational=True) is not None


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    """Is `position` in one of `spans` (sorted, not overlapping)?"""
    index = bisect.bisect_right(spans, (position, float("inf"))) - 1
    return index >= 0 and position < spans[index][1]


_SUBJECT_CAN_RE = prefilter.compile(
    r"^(?:(?:the|all|new|registered|existing|our)\s+)?(?:[\w-]+\s+){0,2}?[\w-]+s\s+(?:can|may)\s+(?!we\b|you\b|i\b)",
    re.IGNORECASE,
)
# "Only a child's own parents or carers may see …": who alone may do something, a rule of access
_ONLY_WHO_CAN_RE = prefilter.compile(
    r"^only\s+(?:[\w'’-]+\s+){0,6}?(?:[\w-]+s|staff)\s+(?:can|may)\s+(?!we\b|you\b|i\b)[a-z]", re.IGNORECASE
)
_RANKS = frozenset({"must", "should", "could"})
# "Acceptance criteria:" on a line of its own: the items under it check the requirement just above
CRITERIA_SECTION_RE = re.compile(
    r"^\W*(?:acceptance\s+criteri(?:a|on)|ACs?|done\s+when|definition\s+of\s+done)\W*$", re.I
)
_MOSCOW_LABEL_RE = re.compile(r"^(?:must|should|could|won['’]?t|wont)\b", re.IGNORECASE)


# "Sam can see who is on each shift": what a named person can do, when the notes say who they are
# ("Tom and Priya can …": one of them at least)
_NAMED_CAN_RE = re.compile(
    r"^(?P<names>[A-Z][a-z]+(?:(?:,\s*|\s+and\s+)[A-Z][a-z]+){0,3})\s+(?P<modal>can|may)\s+(?!we\b|you\b|i\b)[a-z]"
)


def _role_can(text: str, people) -> re.Match[str] | None:
    named = _NAMED_CAN_RE.match(text)
    if named is None or people is None:
        return None
    names = re.split(r",\s*|\s+and\s+", named.group("names"))
    if any(people.is_name(name) and people.role_of(name) for name in names):
        return re.match(r".*?\s(?:can|may)\b", text)
    return None


def _moscow_label(label: str | None) -> bool:
    return bool(label and _MOSCOW_LABEL_RE.match(label.strip()))


_PEOPLE_WISH_RE = re.compile(
    r"\b(?:we|they|you|i|he|she|someone|people)\s+(?:\w+\s+)?(?:need|needs|have|has)\s+to\s+(\w+)", re.I
)


def _about_people(text: str, cue: re.Match[str]) -> bool:
    """The cue asks nothing of the product: "what the system has to do", "they need to ring us"."""
    if _GENERIC_DO_RE.match(text[cue.end() :]):
        return True
    wish = _PEOPLE_WISH_RE.match(text, cue.start())
    return bool(wish and wish.group(1).lower() in _HUMAN_VERBS)


def _wisher(who: str, people) -> bool:
    """Whose wish counts: a person, a role or a group of people, not 'it' or 'I think'."""
    words = who.split()
    if not words:
        return False
    head = words[-1]
    low = head.lower()
    if low in {"it", "this", "that", "there", "which", "what", "who", "nobody", "none", "i", "we", "you", "they"}:
        return False
    if people is not None and people.is_name(head):
        return True
    # "the practice manager would like ...": a role, said in the singular too
    return len(words) <= 4 and (
        low.endswith("s") or head[:1].isupper() or low in {"staff", "everyone", "people"} or low in ROLE_WORDS
    )


_VOCATIVE_RE = re.compile(r"^\W*(?P<name>[A-Z][a-z]+)\s*,")


def _addresses_someone(text: str, people) -> bool:
    """ "Mark, Dee, thanks both": a name said to its owner ("Mark" is no verb here)."""
    said = _VOCATIVE_RE.match(text)
    return said is not None and people is not None and people.is_name(said.group("name"))


# "Let me swap shifts with someone directly": a user asking to be able to; not "let me know", "let us think"
_LET_USER_RE = re.compile(
    r"let\s+(?:me|us)\s+(?!know\b|think\b|check\b|ask\b|explain\b|see\s+if\b|get\s+back\b|have\s+a\s+think\b)[a-z]+|"
    rf"let\s+(?:(?:the|our)\s+)?(?:people|{USER_GROUPS})\s+[a-z]+",  # "Let people order bouquets for delivery"
    re.I,
)


def _said_by_someone(unit: Unit, people) -> bool:
    """Is the line's label a person's name ("Amy: Let people join a waitlist"), so that it is said in a
    conversation however short the log, and not a term a specification defines ("Access: to an object …")?"""
    words = (unit.speaker or "").split()
    name = words[0] if words else ""
    if not name[:1].isupper():
        return False
    kinds = getAllLemmas(name.lower())
    # ("Mark" is a noun too; "Automatically:" and "Environmental Mode:" label a definition)
    return not kinds or "NOUN" in kinds and people is not None and people.is_name(name)


def _imperative(text: str, unit: Unit, conversational: bool) -> str | None:
    body = _TOPIC_PREFIX_RE.sub("", text, count=1)
    topic = body != text
    m = _IMPERATIVE_LEAD_RE.match(body)
    if not m:
        return None
    verb = m.group("verb").lower()
    if (
        (verb not in VERBS and verb not in MESSAGE_VERBS)
        or verb in _NOT_IMPERATIVE
        and not _LET_USER_RE.match(body, m.start("verb"))
        or _HEDGE_RE.match(body, m.end("verb"))
    ):
        return None  # "Sort of like, you know, …" hedges; it instructs nothing
    if verb in _PROMPT_VERBS and _PROMPT_RE.match(body, m.end("verb")):
        return None  # "Tell me about how bookings work today" asks the client to describe
    starts_with_please = body.lower().startswith(("please", "pls ", "plz "))
    if not (unit.item or topic or conversational or starts_with_please or m.group("neg")):
        return None
    if text.rstrip().endswith("?"):
        return None
    if unit.item and verb_modifies_noun(body[m.start("verb") :]):
        return None  # "- Repeat prescription requests" names a feature; "Repeat the last order" instructs
    return body[m.start("verb") : m.end("verb")]


_STRONG_MODAL_RE = re.compile(r"\b(?:must|shall|has\s+to|have\s+to|needs?\s+to)\b", re.I)
_AS_IS = r"(?:right\s+now|at\s+the\s+moment|currently|today|at\s+present|these\s+days)\b"  # how it is now
_AS_IS_OPENING_RE = re.compile(rf"^\W*{_AS_IS}", re.I)
_AS_IS_LEAD_RE = re.compile(rf"\b{_AS_IS}|^\W*now\b", re.I)


def _they_are_things(text: str, subject: str) -> bool:
    """ "The notes are medical records, so they can't go anywhere outside the UK": "they" are the notes."""
    things = THINGS_SUBJECT_RE.match(text)
    return (
        subject == "they"
        and things is not None
        and singular(things.group("head").lower()) not in ROLE_WORDS | PEOPLE_WORDS
    )


_UNABLE = frozenset({"cannot", "can't", "can not"})
_NOT_SOMEONE = frozenset({"it", "this", "that", "they", "you", "everyone", "nobody", "someone", "the", "a"})


def _someones_task(text: str) -> bool:
    """ "Sam will handle the logo", "We'll send the figures": a task for a person, not for a role
    ("Members will check in at the desk") or the product."""
    head = text[:160].strip()  # the task is said at the start; a long text is not copied per modal
    task = _ACTION_RE.match(head)
    if task is None:
        return False
    first = head.split()[0].lower().strip(",")
    return first in {"i", "we", "we'll", "we’ll", "i'll", "i’ll", "so", "and", "ok", "okay", "also"} or (
        first not in _NOT_SOMEONE
        and first not in ROLE_WORDS
        and singular(first) not in ROLE_WORDS
        and first not in PEOPLE_WORDS
        and singular(first) not in SYSTEM_NOUNS
    )


def _modal_counts(text: str, modal: re.Match[str], people=None) -> bool:
    """A modal makes a requirement unless the sentence is about the document, a bare question,
    reported talk about the meeting, or what people (not the product) have to do."""
    cue = modal.group(0).lower().replace("’", "'")
    if text[-40:].rstrip().endswith("?") and cue not in {"shall", "must"}:
        return False
    # bounded: a run-on text with many modals is not copied once per modal
    before = text[: modal.start()]
    subject = before[:300].strip().lower()
    clause = _CLAUSE_BREAK_RE.split(before[-400:])[-1].split()
    clause_words = [w.lower() for w in clause if w.lower() not in _ADVERBS]
    last = clause_words[-1] if clause_words else ""
    if last == "who":
        return False  # "people who have to commute": the modal belongs to a relative clause
    if cue in {"cannot", "can't", "can not"} and last == "i":
        return False  # "I cannot sleep well": what the speaker is unable to do
    if cue in {"cannot", "can't", "can not"} and _AS_IS_LEAD_RE.search(before):
        return False  # "Right now customers can't book online": how things are, the reason for a change
    if cue in {"will", "won't"}:
        first = clause_words[0] if clause_words else ""
        if first in _WILL_SUBJECTS or last in _PERSONAL_SUBJECTS or not subject or _LISTED_TOPIC_RE.match(subject):
            return False
        if _someones_task(text):
            return False  # "Sam will handle the logo": someone's task, named or not
        if people is not None and clause and people.is_name(clause[0]):
            return False  # "Kim will send the figures": a task, not the product
        if _META_VERB_RE.search(text) or _NAME_REPORT_RE.match(text):
            return False
    after = text[modal.end() :]
    if cue in {"cannot", "can't", "can not"} and not _WORD_RE.search(after, 0, 40):
        return False  # "Right now the staff can't.": how things are; "Receptionists mustn't." forbids
    if _GENERIC_DO_RE.match(after):
        return False  # "what the system has to do, in your own words"
    if last in _SUBJECT_PRONOUNS or (people is not None and clause and people.is_name(clause[-1])):
        verb = after.split(None, 2)[:2]
        words = [w.lower().strip(",.;") for w in verb]
        human = words and (
            words[0] in _HUMAN_VERBS or (words[0] == "not" and len(words) > 1 and words[1] in _HUMAN_VERBS)
        )
        if human and not _THROUGH_THE_PRODUCT_RE.search(after[:80]) and not _they_are_things(text, last):
            return False  # "they have to call us"; but "people should pay online" is the product's job
    # A quoted cue is talked about, not used: 'the imperative "shall"'.
    return not ('"' + cue in text.lower() or "“" + cue in text.lower())
