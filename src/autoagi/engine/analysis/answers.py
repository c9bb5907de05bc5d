"""What an answer states with the question it answers.

"Should customers be able to edit an order?" / "Only until 10am." is one requirement; so is "How many
dealers are we talking about?" / "About 400 dealers". The answer alone says too little, the question
alone decides nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lemminflect import getLemma

from autoagi.engine.analysis import prefilter
from autoagi.engine.analysis.described import third_person_base
from autoagi.engine.analysis.disfluency import without_emoji
from autoagi.engine.analysis.grammar import ROLE_WORDS
from autoagi.engine.analysis.listed import with_article
from autoagi.engine.analysis.phrasing import statement_for
from autoagi.engine.analysis.units import Unit
from autoagi.engine.analysis.words import (
    LEADING_ARTICLE_RE,
    SYSTEM_NOUNS,
    YES,
    article,
    as_theirs,
    capitalise,
    is_plural_subject,
    is_verb,
    lower_first,
    names_a_message,
    out_of_scope,
    singular,
    unshouted,
)
from autoagi.engine.numbers import NUMBER_WORD_PATTERN

# "Which products should be orderable online?" answered "Everything on the menu except specials."
_WHICH_QUESTION_RE = re.compile(
    r"^(?:\d+[.)]\s*)?(?:which|what)\s+[\w' -]{1,40}?\s+(?P<modal>should|must|shall|will|can|could|need\s+to|has\s+to|"
    r"have\s+to)\s+(?P<predicate>[^?]{3,120})\?\s*$",
    re.I,
)
# the predicate of "which … should patients be able to book" has a subject of its own
_OWN_SUBJECT_RE = re.compile(
    r"^(?P<subject>(?:the\s+|our\s+|your\s+)?[a-z][\w-]*s|we|they|(?:the|our|your)\s+[a-z][\w-]*)\s+"
    r"(?P<rest>be\s+able\s+to\s+.+|(?!be\b)[a-z]+\b.*)$",
    re.I,
)
# "Which payment methods do you need?", "What file formats do you use?": the answer lists them
_WHICH_DO_YOU_RE = re.compile(
    r"^(?:\d+[.)]\s*)?(?:which|what)\s+(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+(?:do|would|will)\s+"
    r"(?:you|we|they|customers|people)\s+(?:need|want|use|take|accept|expect|like)(?:\s+(?:to\s+(?:have|offer|support|take|"
    r"accept))?)?\s*\?\s*$",
    re.I,
)
# "How do customers collect?" answered "Click and collect from either shop."
_HOW_QUESTION_RE = re.compile(
    r"^(?:\d+[.)]\s*)?how\s+(?:do|does|will|should|can|would|could)\s+(?P<rest>[^?]{3,80})\?\s*$", re.I
)
# "What about one-way hires?" and "And the finance side?" ask about a topic
_TOPIC_LEAD_RE = re.compile(
    r"^(?:(?:and|so|ok|okay|right|alright|sure|great|cool|thanks|got\s+it|makes\s+sense|understood)[\s,.!]+)*"
    r"(?:(?:what|how)\s+about\s+)?",
    re.I,
)
# a chat answer typed without capitals: "later. not in the first version"
_RUN_ON_STOP_RE = re.compile(r"\.\s+(?=[a-z])")
_AS_IS_RE = re.compile(r"\b(?:today|currently|usually|normally|at\s+the\s+moment|right\s+now|now|these\s+days)\b", re.I)
# "Payments?" answered "Card only."
_TOPIC_QUESTION_RE = re.compile(r"^(?:\d+[.)]\s*)?(?P<topic>[A-Za-z][\w' -]{1,30}?)\?\s*$")


# "Yes please.", "No, never.": an answer that only says yes or no (more words state their own requirement)
_YES_NO_RE = re.compile(
    r"^(?:(?P<yes>yes|yeah|yep|sure|absolutely|definitely|please\s+do|of\s+course|exactly|correct|that['’]s\s+right|"
    r"spot\s+on)|no|nope|never|not\s+really)"
    r"(?:[\s,]+(?:please|thanks|thank\s+you|definitely|absolutely|never|not|no\s+[\w-]+|both|to\s+both)){0,2}$",  # "No, no account"
    re.I,
)
# "Do you need gift messages?" (a thing wished for) or "Should we book it automatically?" (an action)
_YES_NO_QUESTION_RE = re.compile(
    r"^(?:\d+[.)]\s*)?(?:(?:do|does|will|would)\s+(?P<who>you|they|we|(?:the\s+|our\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
    r"(?P<verb>need|want|require|like)\s+|"
    r"(?:should|shall|can|could|will|would)\s+(?P<agent>we|you|the\s+(?:system|site|app|shop|portal))\s+|"
    # "Should members be able to freeze their pass?": a question about what others may do
    # ("Should they be able to pick their therapist?": the group named before, see coreference.resolve_they)
    # ("Should frozen members still get the newsletter?": a group with what sets it apart)
    r"(?P<subject_modal>should|can|could)\s+(?P<subject>they|(?:the\s+|our\s+|all\s+)?(?:[a-z][\w-]*\s+)?[a-z][\w-]*s|"
    r"(?:the|our)\s+[a-z][\w-]*)\s+)"
    r"(?P<what>[^?]{3,100})\?\s*$",
    re.I,
)


def _without_echo(question: str, answer: str) -> str:
    """ "Should it fill places automatically?" / "Yes, automatically, first come first served": the
    answer's echo of the question's last word says nothing more ("Yes, first come first served")."""
    last = re.search(r"(\w+)\W*$", question)
    echo = (
        re.match(
            rf"^(?P<yes>(?:yes|yeah|yep|sure)\s*[,;:–—-]?\s*){re.escape(last.group(1))}\s*[,;:–—-]\s*(?=\S)",
            answer,
            re.I,
        )
        if last
        else None
    )
    return f"{echo.group('yes').rstrip(' ,;:–—-')}, {answer[echo.end() :]}" if echo else answer


_STILL_RE = re.compile(r"^(?:still|also|ever)\s+", re.I)


class _Asked:
    """A yes/no question's parts (`_YES_NO_QUESTION_RE`'s groups), its subject read whole."""

    def __init__(self, groups: dict[str, str | None]) -> None:
        self._groups = groups

    def group(self, name: str) -> str | None:
        return self._groups[name]


def _able(asked: _Asked) -> str:
    """ "Can customers reserve online?" asks what they may do: "be able to"; "Should the app …?" does not."""
    subject, what = (asked.group("subject") or "").lower(), (asked.group("what") or "").lower()
    people = subject == "they" or singular(subject.split()[-1]) in ROLE_WORDS if subject else False
    may = (asked.group("subject_modal") or "").lower() in {"can", "could"}
    return "be able to " if may and people and not what.startswith(("be ", "still ", "also be ")) else ""


def _yes_no_question(question: str) -> _Asked | None:
    """ "Should the waiting list fill places automatically?": the subject is "the waiting list" (a verb
    follows it), not "the waiting"; "Should the app send reminders?" stays "the app"."""
    asked = _YES_NO_QUESTION_RE.match(question)
    if asked is None:
        return None
    groups = asked.groupdict()
    subject, what = groups["subject"], groups["what"] or ""
    words = what.split(maxsplit=2)
    if (
        subject
        and len(subject.split()) == 2
        and subject.split()[0].lower() in {"the", "our"}
        and len(words) >= 2
        and not _STILL_RE.match(what)
        and (is_verb(words[1]) or words[1] == "be")
    ):
        groups["subject"], groups["what"] = f"{subject} {words[0]}", what.split(maxsplit=1)[1]
    return _Asked(groups)


# "the council requires proof of attendance": why, not what
_REASON_DETAIL_RE = re.compile(
    r"^(?:because\s+|as\s+|since\s+)?(?:the|our|their|we|they|it|that|this)\b[\w' -]{0,40}?\b"
    r"(?:requires?|needs?|says?|insists?|wants?|asks?|is|are|was|were|has|have|had|got)\b",
    re.I,
)
_WE_DO_RE = re.compile(
    r"^(?:(?:yes|yeah|oh)[\s,]+)?(?:we|i)\s+(?:(?:really|definitely|absolutely)\s+)?do\b(?=\W*(?:$|[,;.–—-]))", re.I
)
# "two years I think", "probably about 400": the figure is the client's guess
_HEDGE_RE = re.compile(
    r"^(?:(?:i\s+think|i\s+guess|i['’]d\s+say|probably|maybe|roughly\s+speaking)[\s,]+)(?=\S)|"
    r"[\s,]+(?:i\s+think|i\s+guess|i\s+suppose|i['’]d\s+say|probably|maybe|or\s+so)$",
    re.I,
)


def answer_statement(question: str, answer: str, spoken: bool = False) -> str | None:
    """The requirement an inline answer states with the question it answers, or None when the
    answer needs more than its question's words to read as one. A `spoken` question (one speaker
    asks, the next answers) counts only when it asks about the product: "How do you start
    searching?" asks about the speaker's life, "What about one-way hires?" about a feature. An
    answer the client hedged ("two years I think") is stated without the hedge, to be confirmed."""
    answer = _RUN_ON_STOP_RE.sub(
        ", ", " ".join(without_emoji(unshouted(answer)).split()).rstrip(" .!")
    )  # "later. not in v1"
    answer = _WE_DO_RE.sub("Yes", answer, count=1)  # "We do, the council requires it": yes
    sure = _HEDGE_RE.sub("", answer)
    statement = _answered(question, sure, spoken)
    if statement and sure != answer:
        return f"{statement.rstrip('.')} (to be confirmed)."
    return statement


# "Should patients be able to book online, or only request a slot?": two things they might do
_EITHER_ABLE_RE = re.compile(
    r"^(?:should|can|could|will|would)\s+(?P<who>[a-z][\w'’ -]{1,40}?)\s+be\s+able\s+to\s+(?P<one>[a-z][^?]*?),?\s+or\s+"
    r"(?:(?:should|can|could|do|will)\s+they\s+)?(?P<only>only\s+|just\s+)?(?:be\s+able\s+to\s+)?(?P<two>[a-z][^?]*?)\s*\?$",
    re.I,
)
_CHOICE_LEAD_RE = re.compile(r"^(?:(?:yes|yeah|no|ideally|definitely)[\s,]+)?(?P<only>(?:only|just)\s+)?", re.I)


def _one_of_two(question: str, answer: str) -> str | None:
    """The one of two ways the answer picks, said in its own words: "Book online, straight into the
    diary." → "Patients should be able to book online, straight into the diary."."""
    asked = _EITHER_ABLE_RE.match(question)
    if asked is None or asked.group("who").lower() in {"you", "we", "i", "they"}:
        return None
    lead = _CHOICE_LEAD_RE.match(answer)
    said = answer[lead.end() :]
    verb = said.split(maxsplit=1)[0].lower() if said.split() else ""
    for way, only in (("one", ""), ("two", asked.group("only") or lead.group("only") or "")):
        if asked.group(way).split(maxsplit=1)[0].lower() == verb:
            limit = "only " if only or lead.group("only") else ""
            return f"{capitalise(asked.group('who'))} should {limit}be able to {lower_first(said)}."
    return None


def picks_one_of_two(question: str, answer: str) -> bool:
    """Does the answer pick one of two ways the question offers ("…, or only request a slot?" /
    "Book online")? Then it answers the question, though it reads as an instruction of its own."""
    return _one_of_two(question.strip(), answer.strip()) is not None


# "Do you need reminders?" / "SMS, email or both?": the second question only offers the choices
_CHOICES_RE = re.compile(
    r"^(?!(?:do|does|did|is|are|can|could|would|should|will|what|which|who|how|when|where|and|or)\b)(?:by\s+|via\s+)?"
    r"(?P<choices>[^?]{2,60}?,?\s+or\s+(?:both|all\s+(?:three|of\s+them)|either))\s*\?\s*$",
    re.I,
)
_CHANNEL_RE = re.compile(r"^(?:sms|texts?|e-?mails?|whats\s?app|post|letters?|phone|calls?|push|in[\s-]app)\b", re.I)


def with_choices(question: Unit | None, choices: Unit) -> Unit | None:
    """The question the choices go with, asked with them: "Do you need reminders by SMS, email or
    both?"; None when `choices` is a question of its own."""
    if question is None or question.speaker != choices.speaker or not question.text.rstrip().endswith("?"):
        return None
    offered = _CHOICES_RE.match(choices.text.strip())
    if offered is None:
        return None
    joiner = " by " if _CHANNEL_RE.match(offered.group("choices")) else " "
    text = f"{question.text.rstrip(' ?')}{joiner}{lower_first(offered.group('choices'))}?"
    return replace(question, end=choices.end, text=text)


def _provided(what: str) -> str:
    """How the system gives what was asked for: it sends reminders, it provides a waiting list."""
    return "send" if names_a_message(what) else "provide"


def names_another_ability(sentence: str) -> bool:
    """ "And fill in the intake form before the first visit": one more thing they should be able to do,
    in the same answer."""
    more = _MORE_LEAD_RE.match(sentence.strip())
    return more is not None and is_verb(sentence.strip()[more.end() :].split(" ", 1)[0].lower())


def asks_how_or_when(question: str) -> bool:
    """ "How will you take payment?", "When do you need it by?", "How many bikes?": any answer says how, when
    or how many."""
    asked = question.strip()
    return bool(_HOW_PAID_RE.match(asked) or _WHEN_NEEDED_RE.match(asked) or _HOW_MANY_RE.match(asked))


def asks_for_abilities(question: str) -> bool:
    """ "What's the main thing you want customers to be able to do?": its answer is what they do."""
    return _what_able(_TOPIC_LEAD_RE.sub("", without_emoji(question).strip())) is not None


def _what_able(question: str) -> re.Match[str] | None:
    """ "What would you want patients to do online?"; not "What would you like the new system to do?",
    whose answer states its own requirements."""
    able = _WHAT_ABLE_RE.match(question)
    return able if able and singular(able.group("who").split()[-1].lower()) not in SYSTEM_NOUNS else None


def only_weighs(question: str, answer: str) -> bool:
    """ "Anything around allergens?" / "Yes, that's non-negotiable.": how much it matters, not what."""
    topic = _TOPIC_QUESTION_RE.match(_ANYTHING_ABOUT_RE.sub("", _TOPIC_LEAD_RE.sub("", question.strip())))
    return topic is not None and _ONLY_HOW_MUCH_RE.match(answer.strip().rstrip(".!")) is not None


def names_a_thing(answer: str) -> bool:
    """ "A tablet behind the counter that shows orders as they come in": a thing, as an answer."""
    return _THING_ANSWER_RE.match(answer.strip()) is not None


# "What's the most painful part?", "What takes you the most time?": the answer is a chore to remove
_PAIN_QUESTION_RE = re.compile(
    r"^\W*(?:(?:and|so|ok(?:ay)?)[\s,]+)?what(?:['’]s|\s+is|\s+are)\s+(?:the\s+)?(?:most\s+(?:painful|annoying|frustrating|"
    r"time[\s-]consuming|tedious)|worst|hardest|biggest\s+(?:pain|headache|hassle|time[\s-]sink))\s+"
    r"(?:part|bit|thing|step|job|task)s?\b|^\W*what\s+takes\s+(?:you\s+)?(?:the\s+)?(?:most|longest)\b",
    re.I,
)
# "Typing the sheets up", "Probably chasing people who haven't paid": a chore, named by its gerund
_CHORE_RE = re.compile(
    r"^(?:(?:probably|definitely|honestly|easily|oh|well|um)[\s,]+)*(?:the\s+(?:worst|hardest)\s+(?:part|bit)\s+is\s+)?"
    r"(?P<verb>[a-z]+ing)\b(?P<rest>[^.;!?]*)",
    re.I,
)


def asks_for_a_chore(question: str) -> bool:
    """ "What's the most painful part?": any answer names the chore."""
    return _PAIN_QUESTION_RE.match(question.strip()) is not None


def _chore_removed(question: str, answer: str) -> str | None:
    """ "What's the most painful part?" / "Typing the sheets up" -> "Users should not need to type the
    sheets up"."""
    if not _PAIN_QUESTION_RE.match(question.strip()):
        return None
    chore = _CHORE_RE.match(answer.strip())
    if chore is None:
        return None
    gerund = chore.group("verb").lower()
    base = getLemma(gerund, upos="VERB")
    verb = base[0] if base else gerund
    if verb == gerund or gerund in {"nothing", "something", "everything", "anything", "morning", "evening"}:
        return None  # "Nothing really", "Mornings": no chore named by its verb
    return f"Users should not need to {verb}{as_theirs(chore.group('rest').rstrip(' ,'))}."


def _answered(question: str, answer: str, spoken: bool) -> str | None:
    if not answer or _SAME_AGAIN_RE.match(answer):
        return None  # "Yeah, same thing": what it repeats is the requirement before
    if chore := _chore_removed(question, answer):
        return chore  # the client's worst chore is what the product should take off them
    if (either := _OR_BOTH_RE.match(question.strip())) and (both := _BOTH_RE.match(answer)):
        # "Do you want SMS reminders, e-mail, or both?" / "Both please, SMS the day before …": yes to each
        lead = either.group("lead")
        comma = lead.rfind(", ")
        question = f"{lead[:comma]} and {lead[comma + 2 :]}?" if comma > 0 else f"{lead}?"
        answer = f"Yes, {both.group('detail')}" if both.group("detail") else "Yes"
    if chosen := _one_of_two(question.strip(), answer):
        return chosen  # "Should patients be able to book online, or only request a slot?" / "Book online, …"
    put = _SO_DO_RE.match(without_emoji(question).strip())  # "so sign in with google?": put to them
    question = _TOPIC_LEAD_RE.sub("", without_emoji(question).strip())
    if enough := _enough_instead(question, answer):
        return enough  # "Do you need an app or is the website fine?" / "Website is fine."
    reply = _YES_NO_RE.match(without_emoji(answer).strip(" .!"))  # "exactly 👍"
    if reply and reply.group("yes") and (paraphrase := _PARAPHRASE_RE.match(question)):
        # "So you want guests to book a table online?" / "Exactly.": the client's own wish, confirmed
        return statement_for(f"We {paraphrase.group('verb')} {paraphrase.group('what').strip()}", "informal")
    if reply and reply.group("yes") and put and is_verb(put.group("verb").lower()):
        # "so sign in with google?" / "exactly": what was put to them, confirmed
        return f"Users should {put.group('verb').lower()}{put.group('rest')}."
    if able := _what_able(question.strip()):
        # "What's the main thing you want customers to be able to do?" / "Order ahead from their phone";
        # "What would you want patients to do online?" / "Book their own appointments" (…, "And fill in …")
        did = _EMPHASIS_END_RE.sub("", _MORE_LEAD_RE.sub("", answer))
        where = (able.group("where") or "").rstrip()
        reason = _REASON_START_RE.search(did)  # "… so we're not doing it on paper": online goes before why
        did = f"{did[: reason.start()]}{where}{did[reason.start() :]}" if reason else f"{did}{where}"
        who = able.group("who").strip()
        return f"{_OBJECT_PRONOUNS.get(who.lower(), capitalise(who))} should be able to {lower_first(did)}."
    asked = _yes_no_question(question.strip())
    if asked and (asked.group("agent") or "").lower() == "you":
        asked = None  # "Would you consider that?" / "Yes, I would.": about the one answering, not the product
    if asked and not asked.group("verb") and (limit := _RESTRICTION_RE.match(answer)):
        # "Should customers be able to edit an order after paying?" / "Only until 10am on the day."
        who = capitalise(asked.group("subject")) if asked.group("subject") else "The system"
        return (
            f"{who} should {_able(asked)}{asked.group('what').strip()}, {lower_first(answer[limit.start('limit') :])}."
        )
    detail = None if reply else _YES_DETAIL_RE.match(_without_echo(question, answer))
    if asked and (wanted := _wanted_of_others(asked, reply, detail, answer)):
        return wanted  # "Do you want them to be able to cancel online?" / "Yes, up to a day before."
    if _UNWANTED_QUESTION_RE.match(question.strip()) and (unwanted := _ruled_out_thing(answer)):
        return unwanted  # "Anything you definitely don't want?" / "No chatbot."
    if (before := _HOW_LONG_BEFORE_RE.match(question.strip())) and _LEADING_FIGURE_RE.match(answer):
        # "How long before an appointment can they cancel without a fee?" / "48 hours"
        who = capitalise(before.group("who"))
        return f"{who} should be able to {before.group('verb').lower()}{before.group('rest').rstrip()} up to {answer} before {before.group('event')}."
    if measured := _how_measured(question.strip(), answer):
        return measured  # "How far ahead can they book?" / "About two weeks."
    if (
        detail
        and asked
        and (asked.group("verb") or "").lower() in {"need", "require"}
        and (asked.group("who") or "").lower() not in {"you", "we", "they"}
    ):
        # "Do dealers need multiple users per account?" / "Yes, up to 5."
        what = asked.group("what").strip()
        if (named := _NAMED_THING_RE.match(detail.group("detail"))) and (done := _ANYTHING_DONE_RE.fullmatch(what)):
            # "Do new patients need to fill anything in before their first visit?" / "Yes, a health
            # questionnaire. …": what they must do, with the thing the answer names
            particle = f" {done.group('particle')}" if done.group("particle") else ""
            return (
                f"{capitalise(asked.group('who').strip())} must {done.group('verb')}{particle} "
                f"{named.group(0).strip()}{done.group('rest')}."
            )
        return f"{capitalise(asked.group('who').strip())} {_must_have(what)}: {lower_first(detail.group('detail'))}."
    if (
        detail
        and asked
        and (asked.group("verb") or "").lower() in {"need", "want"}
        and (asked.group("who") or "").lower() in {"you", "we"}
        and not asked.group("what").lower().startswith("to ")
        and not _OTHERS_TO_RE.match(asked.group("what").strip())
    ):
        # "Do you need refunds?" / "Yes, full refunds only"; "Do you need GPS?" / "We do, the council requires it"
        what = asked.group("what").strip()
        if _REASON_DETAIL_RE.match(detail.group("detail")):
            return f"The system should {_provided(what)} {what}, because {lower_first(detail.group('detail'))}."
        return f"The system should {_provided(what)} {what}: {lower_first(detail.group('detail'))}."
    if detail and asked and not asked.group("verb") and not _PERSONAL_RE.search(asked.group("what")):
        # "Should we take a card deposit for no-shows?" / "Yes, ten pounds a head on Fridays."
        # ("Can you walk me through a hire?" / "Sure, …" asks the speaker to describe, not to build)
        who = capitalise(asked.group("subject")) if asked.group("subject") else "The system"
        said = lower_first(detail.group("detail"))
        if said.startswith("and "):  # "Can customers reserve a bike online?" / "Yes, and pay when they collect."
            return f"{who} should {_able(asked)}{asked.group('what').strip()} {said}."
        return f"{who} should {_able(asked)}{asked.group('what').strip()}: {said}."
    if (many := _HOW_MANY_RE.match(question.strip())) and _FIGURE_IN_RE.search(answer):
        # "How many dealers are we talking about?" / "About 400 dealers, maybe 1,500 users in total."
        what = many.group("what").strip().lower()
        per = " ".join((many.group("per") or "").split())
        if singular(what.split()[-1]) in {singular(w) for w in re.findall(r"[a-z-]+", answer.lower())}:
            return f"The system should support {lower_first(answer)}."
        if figure := _LEADING_FIGURE_RE.match(answer):
            # "How many bookings a week?" / "About sixty, more before Christmas."; "How many clients do you
            # look after?" / "About 180 at the moment": what the system must cope with
            rest = _OF_US_RE.sub("", answer[figure.end() :]).rstrip(" .!")  # "Five of us": five staff
            if peak := _PEAK_RE.fullmatch(rest):
                # "About forty, and in August we can have a hundred bookings a day": a second load, and when
                rest = f", and {peak.group('load')} {peak.group('when')}"
            said = f"{lower_first(figure.group(0).strip())} {what}{f' {per}' if per else ''}{rest}"
            return f"The system should support {said}."
        return f"Number of {what}{f' {per}' if per else ''}: {lower_first(answer)}."
    if which := _WHICH_DO_YOU_RE.match(question.strip()):
        # "Which payment methods do you need?" / "Card and Apple Pay."
        return f"{capitalise(which.group('what').strip())}: {lower_first(answer)}."
    if _HOW_PAID_RE.match(question.strip()) and not _YES_NO_LEAD_RE.match(answer):
        # "How will you take payment?" / "Card and Apple Pay through Stripe."
        means = lower_first(answer.rstrip(" ."))
        return f"The system should take payments {means if _MEANS_LEAD_RE.match(means) else f'by {means}'}."
    if _WHEN_NEEDED_RE.match(question.strip()):
        question = "Timeline?"  # "When do you need it by?" / "Before Mother's Day (March 30th)."
    if spoken and _PERSONAL_RE.search(_ANYTHING_ABOUT_RE.sub("", question)) and not (asked and asked.group("verb")):
        return None  # "Would you say that you look it up?" asks about the speaker; "Do you need X?" counts
    if reply and asked:
        # "> Should we book it automatically?" / "No." : the answer decides the question
        what = asked.group("what").strip()
        verb = (asked.group("verb") or "").lower()
        who = (asked.group("who") or "").strip()
        if verb and who.lower() not in {"you", "they", "we"}:
            # "Do donors need an account?" is about the donors, not about what the client wants built
            needed = verb in {"need", "require"}
            if reply.group("yes"):
                return f"{capitalise(who)} {_must_have(what)}." if needed else f"The system should give {who} {what}."
            return f"{capitalise(who)} should not need {what}." if needed else None
        if subject := asked.group("subject"):
            if reply.group("yes"):
                return f"{capitalise(subject)} should {_able(asked)}{what}."  # "Can customers …?" / "Yes."
            return f"{capitalise(subject)} should not {_STILL_RE.sub('', what)}."  # not "should not still get"
        if reply.group("yes") and verb and what.lower().startswith("to "):
            return f"The system should {what[3:]}."  # "Do you want to send reminders?" / "Yes."
        if reply.group("yes"):
            return f"The system should {_provided(what)} {what}." if verb else f"The system should {what}."
        return None if verb else f"The system must not {what}."
    if asked and asked.group("verb") and (refusal := _NO_DETAIL_RE.match(answer)):
        who = (asked.group("who") or "").strip()
        if who.lower() not in {"you", "we"} and asked.group("what").lower().startswith("to "):
            # "Do patients need to pay when they book?" / "No, they pay at reception afterwards."
            # ("Do they need to pick a teacher?": the group named before, as "they" is read later)
            detail = lower_first(refusal.group("detail"))
            return f"{capitalise(who)} should not need {asked.group('what').strip()}: {detail}."
        # "Do you need refunds for cancelled passes?" / "No, cancelled passes just expire."
        what = LEADING_ARTICLE_RE.sub("", asked.group("what").strip())
        return out_of_scope(what, f": {lower_first(refusal.group('detail'))}")
    if asked and asked.group("subject") and (refusal := _NO_DETAIL_RE.match(answer)):
        # "Should frozen members still get the newsletter?" / "No, pause everything"
        what = _STILL_RE.sub("", asked.group("what").strip())
        return f"{capitalise(asked.group('subject'))} should not {what}: {lower_first(refusal.group('detail'))}."
    if needs := _WHO_NEEDS_RE.match(question.strip()):
        # "Who needs access to the admin side?" / "Reception and the practice manager. Not the dentists."
        what = _YOUR_SIDE_RE.sub("", needs.group("what")).strip()  # "access on your side": the client's own people
        barred = _NOT_THEM_RE.search(answer)
        who = re.sub(r"\s*\((?:me|us|myself)\)", "", answer[: barred.start()] if barred else answer).strip(" ,.")
        who = _AND_ME_RE.sub(" and I", who)  # "The two receptionists and me": the one answering
        if _ONLY_ME_RE.fullmatch(who):
            return None  # "Just me": who that is, the sign-off says
        but = f", not {barred.group('who').strip()}" if barred else ""
        return f"{capitalise(who)} {'need' if is_plural_subject(who) else 'needs'} {what}{but}."
    if who := _WHO_QUESTION_RE.match(question.strip()) or _WHO_DOES_RE.match(question.strip()):
        # "Who may edit class times?" / "Only the front desk."; "Who sees the delivery notes?" / "Accounts, for
        # invoicing, and me": "Accounts (for invoicing) and I", the one answering named by the caller
        who_said = _ASIDE_PURPOSE_RE.sub(r" (\g<purpose>)", _AND_ME_RE.sub(" and I", answer.strip().rstrip(".!")))
        if _ONLY_ME_RE.fullmatch(who_said):
            return None  # "Just me": who that is, the sign-off or the speaker's name says
        predicate = who.group("predicate").strip()
        if who.re is _WHO_QUESTION_RE:
            return f"{capitalise(who_said)} {who.group('modal').lower()} {predicate}."
        verb, rest = predicate.split(" ", 1)
        return f"{capitalise(who_said)} should {third_person_base(verb.lower()) or verb} {rest}."
    if which := _WHICH_QUESTION_RE.match(question.strip()):
        predicate = which.group("predicate").strip()
        if (own := _OWN_SUBJECT_RE.match(predicate)) and not is_verb(own.group("subject").split()[-1].lower()):
            # "Which treatments should patients be able to book online?" / "Check-ups only."
            subject = capitalise(own.group("subject"))
            return f"{subject} {which.group('modal').lower()} {own.group('rest')}: {lower_first(answer)}."
        return f"{capitalise(answer)} {which.group('modal').lower()} {predicate}."
    if (how := _HOW_QUESTION_RE.match(question.strip())) and not (
        # "How do you start searching?", "How do members renew today?" ask how things are done now;
        # "How do they pay?" in a call asks how the product should let them
        spoken and (_PERSONAL_RE.search(question) or _AS_IS_RE.search(question))
    ):
        return f"How {how.group('rest').strip()}: {lower_first(answer)}."
    if (needs := _WHAT_THEY_NEED_RE.match(question.strip())) and (thing := _NEEDED_THING_RE.match(answer)):
        # "And the therapists themselves, what do they need?" / "Their day on a tablet, with …"
        if needs.group("who2"):
            # "Do vets need anything?" / "Their day list on a tablet, with the pet's notes."
            return f"{capitalise(needs.group('who2'))} {_must_have(lower_first(thing.group(0)))}."
        who = (needs.group("group") or needs.group("who")).lower()
        if who != "they":
            return f"The system should provide {who} with {lower_first(thing.group(0))}."
    if doing := _people_doing(question.strip(), answer):
        return doing  # "What about volunteers signing up for stalls?" / "Yes! …"
    if (
        (topic := _TOPIC_QUESTION_RE.match(_ANYTHING_ABOUT_RE.sub("", question.strip())))
        and (len(topic.group("topic").split()) <= 3 or _QUALIFIED_TOPIC_RE.match(topic.group("topic").strip()))
        and not _NO_TOPIC_RE.match(topic.group("topic"))
    ):
        if _ONLY_HOW_MUCH_RE.match(answer):
            return None  # "Anything around allergens?" / "Yes, that's non-negotiable.": what follows says it
        if thing := _THING_ANSWER_RE.match(answer):
            # "And for the staff side?" / "A tablet behind the counter that shows orders as they come in"
            return f"The system should provide {lower_first(thing.group(0))}."
        if decided := _topic_decided(topic.group("topic").strip(), answer):
            return decided  # "Payments up front?" / "Yes, always up front"
        if _NOT_YET_RE.match(answer):
            # "Insurance claims?" / "Not in the first version, maybe later."; "Payments?" / "Later.": for now
            said = f": {lower_first(answer)}" if not _BARE_LATER_RE.match(answer) else " for now"
            return out_of_scope(lower_first(topic.group("topic").strip()), said)
        if _PREDICATE_RE.match(answer):
            # "Cancellations?" / "Free up to 24 hours before."; "Any limits on cancelling?": cancelling
            what = _RULES_ON_RE.sub("", topic.group("topic").strip())
            return f"{capitalise(what)} should be {lower_first(answer)}."
        if _LAUNCH_TOPIC_RE.match(topic.group("topic").strip()) and _WHEN_RE.match(answer):
            when = re.sub(r"^(?:the\s+)?end\s+of\b", "by the end of", answer[:1].lower() + answer[1:], flags=re.I)
            return f"The system should go live {when}."  # "Timeline?" / "Before the summer."
        if _habit(answer):
            return None  # "And the timetable?" / "I print it out and pin it up every Monday": how it is done today
        return f"{capitalise(topic.group('topic').strip())}: {lower_first(answer)}."
    return None


# "Do you need an app or is the website fine?": the second is what they have, enough unless the answer says not
_ENOUGH_CHOICE_RE = re.compile(
    r"^(?:(?:and|so|ok(?:ay)?)[\s,]+)?(?:do|would|will)\s+(?:you|we|they)\s+(?:need|want)\s+(?P<first>(?:an?\s+|the\s+)?"
    r"[\w -]{2,30}?),?\s+or\s+(?:is|are|would|will)\s+(?P<second>(?:the\s+|an?\s+|your\s+)?[\w -]{2,30}?)\s+(?:be\s+)?"
    r"(?:fine|enough|ok(?:ay)?|good\s+enough|sufficient)\s*\?\s*$",
    re.I,
)
_ENOUGH_RE = re.compile(
    r"^(?:(?:no|nah|nope|honestly|i\s+think)[\s,]+)?(?:just\s+)?(?:the\s+|our\s+|a\s+)?(?P<picked>[\w -]{2,30}?)\s*"
    r"(?:is|are|['’]s|would\s+be|will\s+be)\s+(?:fine|enough|ok(?:ay)?|good\s+enough|sufficient)\b(?P<rest>.*)$",
    re.I,
)


def _enough_instead(question: str, answer: str) -> str | None:
    """ "Do you need an app or is the website fine?" / "Website is fine.": the first is ruled out."""
    choice = _ENOUGH_CHOICE_RE.match(question)
    enough = _ENOUGH_RE.match(answer.strip()) if choice else None
    if choice is None or enough is None:
        return None
    second = choice.group("second")
    if enough.group("picked").lower().split()[-1] != second.lower().split()[-1]:
        return None
    tail = enough.group("rest").strip(" .!,")
    return out_of_scope(choice.group("first"), f": {lower_first(second)} is enough{f', {tail}' if tail else ''}")


# "I print it out and pin it on the noticeboard", "We just ring them": what the speaker does today
_HABIT_RE = re.compile(
    r"^(?:(?:honestly|well|so|at\s+the\s+moment|right\s+now|currently|at\s+present)[\s,]+)*(?:I|we)\s+"
    r"(?:usually\s+|just\s+|normally\s+|always\s+|still\s+|mostly\s+)?(?P<verb>[a-z]+)\b",
    re.I,
)


def _habit(answer: str) -> bool:
    said = _HABIT_RE.match(answer)
    return said is not None and is_verb(said.group("verb").lower())


# "Payments up front?", "Reminders by text?", "Delivery on weekends?": a thing and how or when
_QUALIFIED_TOPIC_RE = re.compile(
    r"^(?P<thing>[A-Za-z][\w'-]*(?:\s+[\w'-]+){0,2}?)\s+(?P<how>up\s+front|in\s+advance|online|automatically|"
    r"(?:by|on|in|at|via|over|through|per|every|each|for)\s+[\w' -]+)$",
    re.I,
)
_YES_NO_LEAD_RE = re.compile(
    rf"^(?:(?P<yes>{YES})|no|nope|not\s+really)\b(?:[\s,]+please\b)?[\s,.;:!–—-]*",
    re.I,
)
# "(What about) volunteers signing up for stalls?": people doing something, asked about
_PEOPLE_DOING_RE = re.compile(
    r"^(?P<who>(?:the\s+)?[a-z][\w-]*s|staff|people)\s+(?P<verb>[a-z]{3,}ing)\b(?P<rest>[^?]{0,80})\?\s*$", re.I
)


def _people_doing(question: str, answer: str) -> str | None:
    """ "What about volunteers signing up for stalls?" / "Yes! they pick a stall and a slot" ->
    "Volunteers should be able to sign up for stalls: they pick a stall and a slot"."""
    doing = _PEOPLE_DOING_RE.match(question)
    reply = _YES_NO_LEAD_RE.match(answer)
    if doing is None or reply is None or doing.group("who").split()[-1].lower() not in ROLE_WORDS:
        return None
    lemmas = getLemma(doing.group("verb").lower(), upos="VERB")
    if not lemmas or not is_verb(lemmas[0]):
        return None
    detail = answer[reply.end() :].strip()
    able = "should be able to" if reply.group("yes") else "should not be able to"
    tail = f": {lower_first(detail)}" if detail else ""
    return f"{capitalise(doing.group('who'))} {able} {lemmas[0]}{doing.group('rest').rstrip()}{tail}."


# "Not in the first version", "Not yet", "Later": ruled out for now
_NOT_YET_RE = re.compile(
    r"^(?:not\s+(?:in|for)\s+(?:the\s+)?(?:first|initial)\s+(?:version|release|phase)|not\s+(?:for\s+)?now|not\s+yet|"
    r"not\s+(?:in|for)\s+(?:v1|the\s+mvp|launch)|later|maybe\s+later|phase\s+(?:2|two))\b",
    re.I,
)
_BARE_LATER_RE = re.compile(r"^(?:later|not\s+(?:for\s+)?now|not\s+yet|maybe\s+later)\W*$", re.I)
# "Any limits on cancelling?", "Rules for refunds?": what the rules are about
_RULES_ON_RE = re.compile(
    r"^(?:(?:limits?|rules?|restrictions?|conditions?|policy)\s+(?:on|for|around|about)\s+)", re.I
)
# what a thing asked about should be: "Free up to 24 hours before", "Optional", "Private by default"
_PREDICATE_RE = re.compile(
    r"^(?:always\s+|only\s+|never\s+)?(?:free|allowed|possible|optional|mandatory|compulsory|required|refundable|"
    r"non-refundable|automatic|manual|private|public|visible|hidden|anonymous|editable|limited|unlimited)\b",
    re.I,
)
# "Timeline?" / "Before the summer holidays": when the client wants it live
_LAUNCH_TOPIC_RE = re.compile(
    r"^(?:(?:and|so)\s+)?(?:the\s+)?(?:timeline|timescales?|time\s*frame|deadline|launch(?:\s+date)?|"
    r"go[\s-]live(?:\s+date)?)$",
    re.I,
)
# "When do you need it by?", "When do you need the site live?": the launch date asked
_WHEN_NEEDED_RE = re.compile(
    r"^(?:and\s+|so\s+)?when\s+do\s+you\s+need\s+(?:it|this|the\s+[a-z]+)(?:\s+(?:by|live|ready|done|finished|launched|"
    r"up\s+and\s+running))?\s*\?$",
    re.I,
)
# "How will you take payment?" (how customers pay is answered as said: "How customers pay: …")
_HOW_PAID_RE = re.compile(
    r"^(?:and\s+|so\s+)?how\s+(?:will|do|would|should)\s+you\s+(?:take|accept|want\s+to\s+take)\s+(?:payments?|money)\s*\?$",
    re.I,
)
_MEANS_LEAD_RE = re.compile(r"^(?:by|via|through|with|using|over|online|in\s+person|at\s+the)\b", re.I)
_WHEN_RE = re.compile(
    r"^(?:before|by|within|in\s+(?:time\s+for|about|around|the|\d|a|an|one|two|three|four|six)|around|"
    r"(?:the\s+)?end\s+of|early|late|mid|next|this)\b",
    re.I,
)
_BUT_ONLY_RE = re.compile(r"^(?P<but>(?:but\s+)?)(?:only|just)\b", re.I)
# how a thing is given, by what it is: "Payments should be taken up front", "Reminders should be sent by
# text", "Delivery should be offered on weekends"
_TAKEN = frozenset({"payment", "deposit", "fee", "charge", "tip", "booking fee"})


# when a message goes: "day before", "the morning of", "a week before", "24 hours before"
_WHEN_SENT_RE = re.compile(
    r"^(?:(?P<bare>(?:day|week|night|morning)\s+(?:before|after|of)\b)|(?:the|a|an|\d+|one|two|three)\s+[\w\s]{0,20}?"
    r"\b(?:before|after|ahead|prior|of)\b|(?:on|every|each)\s+\w+|(?:after|before|once|when)\s+\w+)",
    re.I,
)


def _topic_decided(topic: str, answer: str) -> str | None:
    """ "Payments up front?" / "Yes, always up front" -> "Payments should always be taken up front";
    "Gift cards?" / "Yes" -> "The system should support gift cards"; "Loyalty points?" / "No" -> out
    of scope. None when the answer neither agrees nor refuses."""
    reply = _YES_NO_LEAD_RE.match(answer)
    if reply is None:
        return None
    detail = answer[reply.end() :].strip()
    yes = reply.group("yes") is not None
    qualified = _QUALIFIED_TOPIC_RE.match(topic)
    if qualified is None:
        thing = with_article(lower_first(topic))  # "a loyalty scheme", "online booking"
        if not yes:
            return out_of_scope(thing, f": {lower_first(detail)}" if detail else "")
        if names_a_message(thing) and (when := _WHEN_SENT_RE.match(detail)):
            # "SMS reminders: y, day before" -> "… send SMS reminders the day before"
            return f"The system should send {thing} {'the ' if when.group('bare') else ''}{lower_first(detail)}."
        return f"The system should support {thing}{f': {lower_first(detail)}' if detail else ''}."
    thing, how = qualified.group("thing"), qualified.group("how").lower()
    head = singular(thing.split()[-1].lower())
    verb = (
        "taken"
        if head in _TAKEN
        else "sent"
        if names_a_message(head)
        else "used"
        if how.startswith("for ")
        else "offered"
    )
    modal = "should" if yes else "should not"
    if yes and (again := re.match(rf"(?:(?P<often>always|only|usually)\s+)?{re.escape(how)}\b", detail, re.I)):
        # "always up front", "by text the day before": the question's words said again, and more
        modal = f"should {again.group('often').lower()}" if again.group("often") else modal
        how, detail = f"{how}{detail[again.end() :]}", ""
    if limit := _BUT_ONLY_RE.match(detail):
        return f"{capitalise(thing)} {modal} be {verb} {how}, {detail[limit.end('but') :].strip()}."  # "but only at …"
    tail = f": {lower_first(detail)}" if detail else ""
    return f"{capitalise(thing)} {modal} be {verb} {how}{tail}."


# "What's the main thing you want customers to be able to do?", "What should staff be able to do?"
_WHAT_ABLE_RE = re.compile(
    r"^what(?:['’]s|\s+is|\s+are)?\s+(?:(?:the|your)\s+)?(?:(?:main|first|key|most\s+important|big)\s+)?(?:things?\s+)?"
    r"(?:(?:do|would|will)\s+)?(?:you\s+)?(?:want|like|need|should|must|will|would)\s+"
    # "What should the new system let them do?": what it lets them do
    r"(?:(?:the\s+|your\s+)?(?:new\s+)?(?:system|app|site|website|portal|platform)\s+(?:let|allow|enable)\s+)?"
    r"(?P<who>(?!you\b)(?:the\s+|your\s+)?[a-z][\w-]*(?:\s+(?!to\b)[a-z][\w-]*)?)\s+(?:to\s+)?(?:be\s+able\s+to\s+)?do"
    # "What would you want patients to do online?"
    r"(?P<where>\s+(?:online|themselves|in\s+the\s+app|on\s+(?:the|their)\s+(?:site|website|app|phones?|portal)))?"
    r"\s*\?\s*$",
    re.I,
)
_REASON_START_RE = re.compile(r",?\s+(?:so|because|since|as\s+otherwise)\b", re.I)
_MORE_LEAD_RE = re.compile(r"^(?:and|also|plus|oh\s+and)\s+(?:also\s+)?", re.I)
_EMPHASIS_END_RE = re.compile(r",?\s+(?:definitely|absolutely|for\s+sure|ideally|obviously)$", re.I)
# "Anything around allergens?", "Anything on reporting?": a topic, asked openly
_ANYTHING_ABOUT_RE = re.compile(
    r"^(?:(?:anything|something)\s+(?:around|about|on|for|regarding|re|with)|(?:for|on|about|regarding)(?:\s+the)?|"
    r"any)\s+|"
    # "Any reporting you need?": the topic, asked about
    r"\s+(?:(?:that\s+)?you(?:['’]d)?|do\s+you|would\s+you)\s+(?:need|want|like)(?=\s*\?\s*$)",
    re.I,
)
# a yes that only says how much it matters: "Yes, that's non-negotiable", "Yes, definitely"
_ONLY_HOW_MUCH_RE = re.compile(
    r"^(?:yes|yeah|yep|absolutely|definitely)?[\s,]*(?:that['’]?s|it['’]?s|that\s+is|it\s+is)?\s*(?:absolutely\s+|really\s+)?"
    r"(?:non[\s-]negotiable|essential|a\s+must|critical|crucial|key|important|a\s+big\s+one|huge)\W*$",
    re.I,
)
# an answer that names a thing: "A tablet behind the counter that shows orders as they come in"
_THING_ANSWER_RE = re.compile(r"^(?:an?|some)\s+[a-z][\w'’-]*\s+.{6,}$", re.I)
# what a group needs, named: "Their day on a tablet, with the patient's notes" (no verb of its own)
_NEEDED_THING_RE = re.compile(
    r"^(?:an?|some|their|the)\s+[a-z][\w'’-]*(?!.*\b(?:is|are|was|were|has|have|goes|go|gets|get|should|must|can|"
    r"will|would|need|needs)\b).{6,}$",
    re.I,
)
# "And the therapists themselves, what do they need?", "What do drivers need from it?"
_WHAT_THEY_NEED_RE = re.compile(
    r"^(?:(?P<group>(?:the\s+|your\s+)?[a-z][\w-]*s)(?:\s+themselves)?,?\s+)?what\s+(?:do|would|will)\s+"
    r"(?P<who>they|(?:the\s+|your\s+)?[a-z][\w-]*s)\s+need(?:\s+from\s+(?:it|the\s+(?:system|app)))?\s*\?\s*$|"
    # "Do vets need anything?", "Does reception need anything from it?"
    r"^(?:and\s+)?(?:do|does|would|will)\s+(?P<who2>(?:the\s+|your\s+)?[a-z][\w-]*)\s+need\s+anything"
    r"(?:\s+(?:else|from\s+(?:it|the\s+(?:system|app))))?\s*\?\s*$",
    re.I,
)


# the one who asks puts the client's wish in their own words: "So you want guests to book online?"
_SO_DO_RE = re.compile(r"^so\s+(?P<verb>[a-z]+)\b(?P<rest>[^?]{3,120}?)\s*\?\s*$", re.I)
_PARAPHRASE_RE = re.compile(
    r"^(?:so\s+)?(?:you|they)(?:['’]d|\s+would)?\s+(?P<verb>want|need|like)\s+(?P<what>[^?]{3,160})\?\s*$", re.I
)
# "How many dealers are we talking about?", "How many users?": how much the product must carry
_HOW_MANY_RE = re.compile(
    r"^(?:\d+[.)]\s*)?(?:(?:and|so|ok(?:ay)?|right)[\s,]+)*how\s+many\s+(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
    r"(?P<per>\s+(?:a|per|each|every)\s+(?:day|week|month|year|hour|night|weekend))?"
    r"(?:\s+(?:are\s+(?:there|we\s+talking(?:\s+about)?)|do\s+you\s+(?:have|expect|get|see|serve|look\s+after|support|"
    r"deal\s+with|handle|manage|run|employ|care\s+for)|will\s+(?:there\s+be|use\s+it)|"
    r"would\s+use\s+it)\b[^?]*)?\s*\?\s*$",
    re.I,
)
_LEADING_FIGURE_RE = re.compile(
    rf"^(?:(?:about|around|roughly|maybe|up\s+to|over|under|at\s+least|nearly|almost|between)\s+)?"
    rf"(?:\d[\d,.]*|(?:{NUMBER_WORD_PATTERN}))(?:\s*(?:-|to|or|and)\s*(?:\d[\d,.]*|(?:{NUMBER_WORD_PATTERN})))?\b",
    re.I,
)
_OF_US_RE = re.compile(r"^\s+of\s+(?:us|them)\b", re.I)
_PEAK_RE = re.compile(
    rf",?\s+(?:and|but)\s+(?P<when>(?:in|at|during|on|over|around)\s+[\w' -]{{2,25}}?),?\s+(?:we|there|they)\s+"
    r"(?:(?:can|could|might|may|will|often|sometimes|usually)\s+)?(?:have|get|see|do|take|be|has|gets|sees)\s+"
    rf"(?P<load>(?:up\s+to\s+|about\s+|around\s+|over\s+)?(?:a|\d[\d,]*|{NUMBER_WORD_PATTERN})\s+(?:hundred\s+|thousand\s+)?"
    r"[a-z-]+s(?:\s+(?:a|per|each|every)\s+(?:day|week|month|hour|night|weekend))?)",
    re.I,
)
_FIGURE_IN_RE = re.compile(rf"\d|\b(?:{NUMBER_WORD_PATTERN}|hundreds?|thousands?|dozens?|a\s+few)\b", re.I)
# a yes within limits: "only until 10am", "as long as it's before noon", "up to three times"
_RESTRICTION_RE = re.compile(
    r"^(?:(?:yes|yeah|yep|sure)[\s,]+(?:but\s+)?)?(?P<limit>(?:only|just)\s+(?:until|before|after|if|when|for|within|up\s+to|"
    r"on|at|by|once|twice)|until|up\s+to|as\s+long\s+as|provided)\b",
    re.I,
)
_NO_DETAIL_RE = re.compile(r"^(?:no|nope)\s*[,;:–—-]\s*(?P<detail>\S.{2,})$", re.I)
_WHO_QUESTION_RE = re.compile(
    r"^(?:\d+[.)]\s*)?who\s+(?P<modal>may|can|should|must|will|is\s+allowed\s+to)\s+(?P<predicate>[^?]{3,120})\?\s*$",
    re.I,
)
# "Who sees the delivery notes afterwards?": who should
_WHO_DOES_RE = re.compile(
    r"^(?:(?:and|so)[\s,]+)?who\s+(?P<predicate>(?:sees|receives|reads|approves|signs\s+off)\b[^?]{3,120})\?\s*$", re.I
)
_ONLY_ME_RE = re.compile(r"(?:(?:just|only)\s+)?(?:me|us|myself|i|i\s+do|we\s+do)", re.I)
_AND_ME_RE = re.compile(r",?\s+and\s+(?:me|myself)$", re.I)
_ASIDE_PURPOSE_RE = re.compile(r",\s+(?P<purpose>for\s+[\w\s-]{3,30}?),?(?=\s+and\s)", re.I)
# "Who needs access to the admin side?" / "Reception and the practice manager. Not the dentists."
_WHO_NEEDS_RE = re.compile(
    r"^(?:\d+[.)]\s*)?who\s+(?:needs|will\s+need|should\s+have|gets)\s+(?P<what>[^?]{3,100})\?\s*$", re.I
)
_YOUR_SIDE_RE = re.compile(r"\s+(?:on|at|from)\s+your\s+(?:side|end)\b", re.I)
_NOT_THEM_RE = re.compile(r"[,.;]\s*(?:but\s+)?not\s+(?P<who>(?:the\s+)?[a-z][\w -]{1,40})$", re.I)
# "Yes, ten pounds a head for Friday and Saturday nights": yes, and how
_YES_DETAIL_RE = re.compile(
    r"^(?:yes|yeah|yep|sure|definitely|absolutely)(?:\s+(?:please|definitely|absolutely|of\s+course|for\s+sure))?"
    # "yes, …"; typed without the comma, "yes with the engineer's name …"
    r"(?:\s*[,;:–—-]\s*|\s+(?=(?:with|but|as\s+long\s+as|only|up\s+to|at\s+least|ideally|if|by|via|on|in|and)\b))"
    r"(?P<detail>\S.{2,})$",
    re.I,
)
_SAME_AGAIN_RE = re.compile(r"^(?:(?:yes|yeah|yep)\W*)?(?:the\s+)?same(?:\s+(?:thing|again|there|here))?\W*$", re.I)
# "Anything else?" asks for more, about nothing in particular
_NO_TOPIC_RE = re.compile(
    r"^(?:(?:anything|something|what)\s+else|any\s+(?:other|more)\b|(?:any\s+)?questions?)\b", re.I
)
_PERSONAL_RE = re.compile(r"\b(?:you|your|yours|i|me|my)\b|^(?:ok|okay|right|sure)\W*$", re.I)


# "do you want them to cancel online", "would you like reminders to go out by text": what others should do
_OTHERS_TO_RE = re.compile(
    r"^(?P<who>them|him|her|everyone|(?:the\s+|your\s+|all\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+to\s+(?P<what>.{3,})$",
    re.I,
)
_OBJECT_PRONOUNS = {"them": "They", "him": "He", "her": "She"}
# a no, however politely put: "I'd rather not force them", "Not really", "Probably not"
_REFUSAL_RE = re.compile(
    r"^(?:no|nope|not\s+really|probably\s+not|i['’]d\s+rather\s+not|rather\s+not|i\s+don['’]t\s+think\s+so)\b", re.I
)


def _wanted_of_others(
    asked: _Asked, reply: re.Match[str] | None, detail: re.Match[str] | None, answer: str
) -> str | None:
    """ "Do you want them to be able to cancel online?" answered "Yes, up to a day before.": what the
    client wants others (or things) to do, within the answer's limits."""
    if (asked.group("verb") or "").lower() not in {"want", "need", "like"} or (
        (asked.group("who") or "").lower() not in {"you", "we"}
    ):
        return None
    others = _OTHERS_TO_RE.match(asked.group("what").strip())
    if not others or others.group("who").lower() in {"be", "have", "get"}:
        return None
    who = others.group("who")
    who = _OBJECT_PRONOUNS.get(who.lower()) or capitalise(re.sub(r"^your\s+", "", who, flags=re.I))
    what = others.group("what").strip()
    if reply and reply.group("yes"):
        return f"{who} should {what}."
    if (reply or _REFUSAL_RE.match(answer)) and (had := re.match(r"have\s+(?P<what>.+)$", what, re.I)):
        return f"{who} should not need {had.group('what')}."  # "… owners to have accounts?" / "I'd rather not"
    if reply:
        return None
    limit = _RESTRICTION_RE.match(answer)
    if limit:
        return f"{who} should {what}, {lower_first(answer[limit.start('limit') :])}."
    if detail and (form := _FORM_OF_IT_RE.match(detail.group("detail"))) and (acted := _VERB_OBJECT_RE.match(what)):
        # "… them to upload the licence?" / "Yeah, a photo of it, front and back": a photo of the licence
        return f"{who} should {acted.group('verb')} {lower_first(form.group('form'))} of {acted.group('object')}{form.group('rest')}."
    if detail:
        return f"{who} should {what}, {lower_first(detail.group('detail'))}."
    return None


_FORM_OF_IT_RE = re.compile(
    r"^(?P<form>(?:an?|one|two)\s+[\w-]+(?:\s+[\w-]+)?)\s+of\s+(?:it|them)\b(?P<rest>[^.!?]*)", re.I
)
_VERB_OBJECT_RE = re.compile(r"^(?P<verb>[a-z]+)\s+(?P<object>(?:the|their|his|her|its)\s+[^,;]+)$", re.I)


# "How far ahead can they book?", "How often should reminders go out?", "How long do you need to keep
# the records?": the answer is the figure the requirement needs
_OR_BOTH_RE = re.compile(r"^(?P<lead>.{6,120}?),?\s+or\s+both\s*\?\s*$", re.I)
_BOTH_RE = re.compile(r"^both\b(?:[\s,]+please)?[\s,.;:–—-]*(?P<detail>.*)$", re.I)
_HOW_LONG_BEFORE_RE = re.compile(
    r"^how\s+(?:long|far\s+ahead|much\s+notice)\s+before\s+(?P<event>[^?]{3,60}?)\s+(?:can|could|should|do|may)\s+"
    r"(?P<who>they|people|(?:the\s+)?[a-z]+s)\s+(?P<verb>[a-z]+)\b(?P<rest>[^?]*)\?\s*$",
    re.I,
)
_HOW_MEASURED_RE = re.compile(
    r"^how\s+(?P<measure>far\s+ahead|far\s+in\s+advance|long|often|soon|quickly|late|early)\s+"
    r"(?:(?P<modal>can|could|should|will|must|would)\s+(?P<subject>(?:the\s+|your\s+|our\s+|all\s+)?[a-z][\w-]*)|"
    r"(?:do|does)\s+(?P<asker>you|we|they|(?:the\s+|our\s+|a\s+)?[a-z][\w-]*)\s+(?:need|want|have)"
    r"(?:\s+(?P<others>them|[a-z][\w-]*s))?\s+to)\s+"
    r"(?P<rest>[^?]{2,80})\?\s*$",
    re.I,
)
# the figure already says how it is measured: "about two weeks ahead", "for seven years", "within a day"
_MEASURE_WORDS = {
    "far ahead": (r"\b(?:ahead|in\s+advance|before|beforehand|early)\b", "ahead"),
    "far in advance": (r"\b(?:ahead|in\s+advance|before|beforehand|early)\b", "in advance"),
    "long": (r"^(?:for|up\s+to|until|at\s+least|no\s+more|no\s+longer|a\s+maximum|as\s+long|forever)\b", None),
    "soon": (r"^(?:within|in|by|before|at\s+once|immediately|straight|right|the\s+same)\b", None),
    "quickly": (r"^(?:within|in|by|before|at\s+once|immediately|straight|right|the\s+same)\b", None),
}
_PREFIX = {"long": "for", "soon": "within", "quickly": "within"}


def _how_measured(question: str, answer: str) -> str | None:
    """ "How far ahead can they book?" / "About two weeks ahead, no more than that." -> "They should be
    able to book about two weeks ahead, no more than that." Only what the product lets people do or
    does is read ("How long have you been open?" asks about the business)."""
    asked = _HOW_MEASURED_RE.match(question)
    if (
        not asked
        or not _FIGURE_IN_RE.search(answer)
        and not re.search(
            r"\b(?:once|twice|daily|weekly|monthly|"
            r"yearly|annually|hourly|day|week|month|year|hour|minute|morning|evening|night|before|after|ahead)\b",
            answer,
            re.I,
        )
    ):
        return None
    measure = " ".join(asked.group("measure").lower().split())
    rest = asked.group("rest").strip()
    if re.match(r"(?:take|last|cost)\b", rest, re.I):
        return None  # "How long will the build take?" asks for an estimate, not for a requirement
    modal = (asked.group("modal") or "").lower()
    subject = (asked.group("subject") or "").strip()
    words = rest.split()
    if LEADING_ARTICLE_RE.match(subject) and len(words) > 2 and not is_verb(words[0]) and is_verb(words[1]):
        subject, rest = f"{subject} {words[0]}", " ".join(words[1:])  # "the front desk | keep notes"
    if (asker := asked.group("asker")) and asker.lower() not in {"you", "we", "they"} and not asked.group("others"):
        lead = f"{capitalise(asker)} should"  # "How quickly does the customer need to hear back?"
    elif asker:
        others = asked.group("others")
        who = _OBJECT_PRONOUNS.get((others or "").lower(), capitalise(others or "")) or "The system"
        lead = f"{who} should"
    elif subject.lower() in {"you", "we", "i"}:
        if modal in {"can", "could"}:
            return None  # "How far can you drive?" asks what the speaker is able to do
        lead = "The system should"
    else:
        lead = f"{capitalise(subject)} should" + (" be able to" if modal in {"can", "could"} else "")
    figure = answer.strip().rstrip(".!")
    if limit := _AT_MOST_RE.match(figure):
        # "Three months max." -> "up to three months"; "24 hours max, then it goes back on sale"
        figure = f"up to {lower_first(limit.group('figure'))}{limit.group('then') or ''}"
    marked, suffix = _MEASURE_WORDS.get(measure, (None, None))
    if marked and not re.search(marked, figure, re.I):
        figure = f"{figure} {suffix}" if suffix else f"{_PREFIX[measure]} {lower_first(figure)}"
    if rest.lower().endswith(f" {_PREFIX.get(measure, '')}") and figure.lower().startswith(f"{_PREFIX[measure]} "):
        figure = figure[len(_PREFIX[measure]) + 1 :]  # "How long would they hold it for?": not "for for"
    return f"{lead} {rest} {lower_first(figure)}."


# "Three months max", "two weeks at most", "a year tops": a limit
_AT_MOST_RE = re.compile(
    r"^(?P<figure>[\w £$€.-]{2,40}?)\s*(?:,\s*)?(?:max(?:imum)?|at\s+(?:the\s+)?most|tops)(?P<then>,\s*then\s+[^.;!?]+)?$",
    re.I,
)


# "to fill anything in before their first visit": a duty whose object the answer names
_ANYTHING_DONE_RE = re.compile(
    r"to\s+(?P<verb>[a-z]+)\s+(?:anything|something)(?:\s+(?P<particle>in|out|up|off|on))?(?P<rest>(?:\s+[^?]*)?)", re.I
)
_NAMED_THING_RE = re.compile(r"^(?:an?|the|some|their|our)\s+[\w -]{2,40}?(?=\s*(?:[.;,]|$))", re.I)


def _must_have(what: str) -> str:
    """ "must have multiple users per account"; "must be able to take payment on site" for "to take …"."""
    return f"must be able to {what[3:]}" if what.lower().startswith("to ") else f"must have {what}"


# "Anything you definitely don't want?", "Is there anything we should avoid?": what is ruled out
_UNWANTED_QUESTION_RE = re.compile(
    r"^(?:is\s+there\s+)?anything\s+(?:(?:that\s+)?(?:you|we)\s+(?:definitely\s+|really\s+|absolutely\s+)?"
    r"(?:don['’]t|do\s+not|wouldn['’]t|would\s+not)\s+(?:want|need|like)|(?:we|you)\s+should\s+(?:avoid|not\s+do)|"
    r"(?:that['’]s\s+|that\s+is\s+)?out\s+of\s+scope)\b[^?]*\?\s*$",
    re.I,
)
_NO_THING_RE = re.compile(
    r"^(?:no|definitely\s+no|absolutely\s+no)\s+(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})$", re.I
)


def _ruled_out_thing(answer: str) -> str | None:
    """ "No chatbot" -> "A chatbot is out of scope"; "No pop-ups" -> "Pop-ups are out of scope"."""
    said = _NO_THING_RE.match(answer.split(",")[0].strip())
    if said is None:
        return None
    what = said.group("what")
    if is_plural_subject(what) or what.lower().endswith("ing"):
        return out_of_scope(what)
    return f"{capitalise(article(what))} {what} is out of scope."


# "And if there's no signal out on the farms?" / "It has to keep working": the case the answer is for
_CONDITION_QUESTION_RE = prefilter.compile(
    r"^\W*(?:(?:and|but|so|ok|okay)[\s,]+)*(?:what\s+)?(?:if|when)\s+(?P<case>[^?,;]{4,80}?)\s*\?\s*$", re.I
)
_OWN_CONDITION_RE = re.compile(r"\b(?:if|when|whenever|unless|in\s+case)\b", re.I)


def in_the_case_asked(question: str, answer: str, statement: str) -> str | None:
    """The statement for the case a question names, when the answer names none of its own:
    "And if there's no signal?" / "It has to keep working" -> "If there's no signal, the system must
    keep working"."""
    asked = _CONDITION_QUESTION_RE.match(question.strip())
    if asked is None or _OWN_CONDITION_RE.search(answer) or not statement:
        return None
    return f"If {asked.group('case')}, {lower_first(statement)}"


# "sure, everywhere?" after a request: how far it reaches, put back to the client
_SCOPE_CHECK_RE = prefilter.compile(
    r"^\W*(?:(?:sure|ok(?:ay)?|yep|yes|great|got\s+it|cool|right|noted|perfect|will\s+do)[\s,.!]+)+"
    r"(?P<scope>(?:on\s+|in\s+|for\s+)?(?:everywhere|every\s+\w+|all\s+(?:the\s+)?\w+(?:\s+\w+)?|each\s+\w+|always|"
    r"any\s+\w+|both(?:\s+\w+)?|just\s+(?:the\s+)?\w+(?:\s+\w+)?|only\s+(?:the\s+)?\w+(?:\s+\w+)?))\s*\?\s*$",
    re.I,
)
_YES_SCOPE_RE = re.compile(
    r"^\W*(?:yes|yeah|yep|yup|correct|exactly|right)\b[\s,.!-]*(?P<scope>[^.!?]*?)[\s.!]*$", re.I
)


def scope_confirmed(question: str, answer: str) -> str | None:
    """ "sure, everywhere?" / "yes everywhere customers see a price" -> "everywhere customers see a
    price": how far the request before the question reaches (the question's words for a bare yes)."""
    asked, said = _SCOPE_CHECK_RE.match(question.strip()), _YES_SCOPE_RE.match(answer.strip())
    if asked is None or said is None:
        return None
    return said.group("scope").strip(" ,") or asked.group("scope")
