"""analyze(): documents in, traceable requirements out. Deterministic; no I/O."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from autoagi.engine.analysis import memo, prefilter
from autoagi.engine.analysis.acceptance_tests import criterion_of_test_case, rule_of_test_case
from autoagi.engine.analysis.announced import announces_list, as_listed
from autoagi.engine.analysis.answers import (
    answer_statement,
    asks_for_a_chore,
    asks_for_abilities,
    asks_how_or_when,
    in_the_case_asked,
    names_a_thing,
    names_another_ability,
    only_weighs,
    picks_one_of_two,
    scope_confirmed,
    with_choices,
)
from autoagi.engine.analysis.asking import as_asked, asks
from autoagi.engine.analysis.classify.constraint import PROJECT_LIMIT_RE, constraint_cue, scopes_first_release
from autoagi.engine.analysis.classify.cues import quality_cue
from autoagi.engine.analysis.classify.features import quality_evidence
from autoagi.engine.analysis.classify.model import Classification, classify_texts
from autoagi.engine.analysis.clauses import Item
from autoagi.engine.analysis.complaints import pain_statement
from autoagi.engine.analysis.compound import split_compound
from autoagi.engine.analysis.coreference import (
    name_it,
    resolve_it,
    resolve_it_after,
    resolve_it_before,
    resolve_them,
    resolve_they,
    resolve_windows,
    they_as_gerund,
)
from autoagi.engine.analysis.criteria import acceptance_criteria
from autoagi.engine.analysis.deferrals import defer_earlier
from autoagi.engine.analysis.described import (
    counted_condition,
    described_parts,
    described_statement,
    trailing_described,
)
from autoagi.engine.analysis.detect import (
    CRITERIA_SECTION_RE,
    ELICITORS,
    Candidate,
    asks_for_something,
    detect,
    part_stands,
    reads_as_problem,
)
from autoagi.engine.analysis.disfluency import without_fillers
from autoagi.engine.analysis.draft import Draft, draft_from, span_of
from autoagi.engine.analysis.ellipsis import instead_statement, resolve_counts, resolve_ellipsis
from autoagi.engine.analysis.envisioned import asks_for_vision, envisioned_items
from autoagi.engine.analysis.faq import faq_askers, faq_statement
from autoagi.engine.analysis.follow_ups import (
    barred_draft,
    corrects_previous,
    exception_draft,
    explains_previous,
    fold_reason_asked_for,
    limits_previous,
    reason_for_ruled_out,
    retraction,
)
from autoagi.engine.analysis.gherkin import Scenario, scenarios
from autoagi.engine.analysis.grammar import ROLE_WORDS, noun_phrases
from autoagi.engine.analysis.incidents import never_again, never_again_draft
from autoagi.engine.analysis.lint.coverage import missing_areas
from autoagi.engine.analysis.lint.relations import find_conflicts, merge_duplicates
from autoagi.engine.analysis.lint.wording import WORDING_RULES, tbd, unclear_pronouns, unmeasurable
from autoagi.engine.analysis.listed import (
    actor_statement,
    law_named,
    listed_statement,
    ruled_out_items,
    standard_in,
    thing_statement,
)
from autoagi.engine.analysis.numbered_questions import question_referent, quoted_questions, referenced_question
from autoagi.engine.analysis.options import AnalysisOptions
from autoagi.engine.analysis.parties import find_actors, find_entities
from autoagi.engine.analysis.people import People, find_people
from autoagi.engine.analysis.personas import as_people
from autoagi.engine.analysis.phrasing import (
    clipped,
    statement_for,
    title_for,
    users_will_statement,
    with_speaker,
)
from autoagi.engine.analysis.priority import WONT_RE, label_level, moscow_heading, priority_of
from autoagi.engine.analysis.problems import explain_by_problems, unanswered_problems
from autoagi.engine.analysis.proposals import (
    Proposal,
    is_check,
    proposal_in,
    reported_proposal,
    scope_item,
    settle_reply,
)
from autoagi.engine.analysis.rationale import describes_the_users, end_sentence, split_rationale
from autoagi.engine.analysis.read_backs import ReadBack, clause_draft, confirmed_quote, fold_restated, settle_read_back
from autoagi.engine.analysis.records import records_of
from autoagi.engine.analysis.screens import page_statement, screen_note_statement
from autoagi.engine.analysis.sections import constraints_section, heading_group, section_style
from autoagi.engine.analysis.summaries import (
    READ_BACK,
    asks_to_check,
    opens_summary,
    reply_to_summary,
    summary_items,
)
from autoagi.engine.analysis.thinking_aloud import (
    asks_for_the_lot,
    carried_over_after,
    own_things,
    rules_out_a_mishap,
    taken_off_thing,
)
from autoagi.engine.analysis.tickets import plain_subject, says_nothing, subject_statement
from autoagi.engine.analysis.units import Unit, iter_units, respondent
from autoagi.engine.analysis.use_cases import Journey, use_case_drafts, use_cases
from autoagi.engine.analysis.user_story import parse_user_story
from autoagi.engine.analysis.words import (
    DETERMINERS,
    PEOPLE_WORDS,
    RULED_OUT_RE,
    USER_ACTIONS,
    as_theirs,
    capitalise,
    is_verb,
    joined,
    lower_first,
    singular,
)
from autoagi.engine.analysis.workarounds import costs_something, workaround
from autoagi.engine.artifacts import AcceptanceCriterion, AnalysisResult, Document, Finding, Requirement, SourceSpan
from autoagi.engine.read_back import CROSS, TICK

Progress = Callable[[float, str], None]


def analyze(
    documents: list[Document],
    options: AnalysisOptions | None = None,
    progress: Progress | None = None,
) -> AnalysisResult:
    try:
        return _analyze(documents, options or AnalysisOptions(), progress)
    finally:
        memo.forget()  # what this run learnt about its texts is of no use to the next


def _analyze(documents: list[Document], options: AnalysisOptions, progress: Progress | None) -> AnalysisResult:
    report = progress or (lambda fraction, stage: None)

    report(0.0, "detecting requirement statements")
    units = [list(iter_units(document)) for document in documents]
    people = _people(documents, units)
    drafts: list[Draft] = []
    tasks: list[Finding] = []
    goals: list[list[Unit]] = [[] for _ in documents]  # the objectives no requirement states, per document
    for index, document in enumerate(documents):
        tasks += _unread_attachments(document)
        conversational = _conversational(document)
        chat = any(segment.kind == "utterance" for segment in document.segments)  # one message a line
        written = scenarios(document.text) if options.include_informal else []  # Gherkin: one requirement each
        drafts += [_scenario_draft(index, document, scenario, units[index]) for scenario in written]
        headings = frozenset(segment.start for segment in document.segments if segment.kind == "heading")
        cases = use_cases(document.text, headings)  # "Use case UC-3: … / Main success scenario: 1. …"
        for case in cases:
            drafts += use_case_drafts(index, document.id, document.text, case, units[index])
        previous: Draft | None = None
        asked: Unit | None = None  # the quoted question the next line of a reply answers
        heard: Unit | None = None  # a question one speaker asked just before
        read_back: ReadBack | None = None  # a summary read back to the client, awaiting their reply
        confirmed: Unit | None = None  # "Yes, that's all correct." in an e-mail reply
        taken_off: list[str] = []  # what that reply takes off the summary it answers
        quoted_summary = False  # inside the quoted summary that reply confirms
        listing: str | None = None  # who announced a list of needs ("here's what we need"), while they go on
        proposal: Proposal | None = None  # a suggestion awaiting the other side's answer
        last: Unit | None = None  # the sentence before ("the old site went down on Valentine's morning")
        vision: tuple[int, str | None] | None = None  # the turn answering "What would good look like?"
        abilities: tuple[Unit, int, str | None] | None = (
            None  # "What should patients be able to do?", in its answer's turn
        )
        quoted = quoted_questions(units[index], document.text)  # "> 2. Do you need refunds?"
        form_question: Unit | None = None  # a form's question heading, over its answer
        asked_tickets: set[int] = set()  # the help desk tickets (by block) whose subject gave the requirement
        faq_question: Unit | None = None  # an FAQ's question, until its answer's first sentence
        askers_by_section: dict[str | None, str] = {}  # whom each FAQ section answers, read once per section
        journey = Journey()  # whose steps a "Customer journey" is telling
        went_on: list[str] = []  # the previous requirement's statement, then the nested items that finish it
        for unit in units[index]:
            if not unit.continues_item:
                went_on.clear()
            elif _goes_on_with(previous, unit, document, went_on):
                continue  # "Members can pay online" / "  - by card" / "  - by PayPal"
            if any(scenario.start <= unit.start < scenario.end for scenario in (*written, *cases)):
                continue  # a scenario's or a use case's steps are read with it
            if unit.records:
                drafts.append(_records_draft(index, document, unit))  # today's spreadsheet: what is kept
                continue
            if unit.expected:
                drafts += _test_case_draft(index, document, unit)  # "Steps" | "Expected result"
                continue
            if not unit.heading and (planned := _site_plan(unit, journey)):
                # "Pages: Timetable", "[Timetable] Filter by teacher", "Step 2: They tap a class …"
                style = "page" if section_style(unit.section) == "pages" else "table"
                candidate = Candidate(unit, style, unit.section or "", 0.7)
                previous = _whole_unit(index, document.id, candidate, planned)[0]
                drafts.append(previous)
                continue
            if section_style(unit.section) == "faq":
                if unit.text.rstrip(" *_").endswith("?"):
                    faq_question = unit  # "Can I cancel a class?": its answer says what the rule is
                    continue
                if unit.section not in askers_by_section:
                    askers_by_section[unit.section] = _faq_askers(units[index], unit.section)
                if faq_question is not None and (
                    ruled := faq_statement(faq_question.text, unit.text, askers_by_section[unit.section])
                ):
                    previous = _answered(index, document, faq_question, unit, unit, ruled)
                    drafts.append(previous)
                    faq_question = None
                    continue
                faq_question = None
            if unit.quoted:
                # "> Do you need reminders?" / "> SMS, email or both?": one question with its choices
                asked = (with_choices(asked, unit) or unit) if unit.text.rstrip().endswith("?") else None
                if options.include_informal and (found := proposal_in(unit) or scope_item(unit)):
                    found.quoted = True  # "> We could also add a loyalty scheme." / "Not for now."
                    proposal = found
                if confirmed is not None and options.include_informal:
                    # "Yes, that's all correct." over "> Just to confirm what we agreed: …" (ingest
                    # keeps a summary the reply confirms); a reply that only takes one point off
                    # ("forget the photo feed for now") leaves the others standing
                    quoted_summary = confirmed_quote(
                        index, document, unit, confirmed, quoted_summary, drafts, taken_off
                    )
                continue
            before, last = last, unit
            if (
                options.include_informal
                and before is not None
                and never_again(unit.text)
                and (again := never_again_draft(index, document, before, unit))
            ):
                drafts.append(again)  # "That can't happen again."
                previous = again
                continue
            if reply_to_summary(unit.text) == "confirmed":
                confirmed = unit
            elif confirmed is None and options.include_informal and (off := taken_off_thing(unit.text)):
                confirmed, taken_off = unit, [*taken_off, off]  # "Thinking about it more, forget the photo feed …"
            if options.include_informal and chat and announces_list(unit):
                listing = unit.speaker  # "Hi Tom, quick summary of what we need for the café app"
                continue
            if listing is not None and unit.speaker == listing:
                unit = as_listed(unit)  # "Customers order from their table by scanning a QR code"
            else:
                listing = None
            if read_back is not None and unit.speaker == read_back.unit.speaker:
                if asks_to_check(unit.text):
                    continue  # "Is that right?"
                if more := summary_items(unit.text, continued=True, listed=unit.item):  # "The desk checks licences."
                    read_back.drafts += [clause_draft(index, document, unit, item, READ_BACK) for item in more]
                    drafts.extend(read_back.drafts[-len(more) :])
                    continue
                # other words of the same turn are read as usual; the summary still awaits its reply
            elif read_back is not None:
                verdict, read_back = settle_read_back(read_back, document, unit, drafts, tasks), None
                if verdict == "confirmed" and _bare_answer(unit):
                    continue  # "Yes, that's it." says nothing more
            if (
                proposal is not None
                and not (proposal.reported or proposal.quoted)  # answered in the next sentence or not at all
                and unit.speaker == proposal.unit.speaker
                and unit.block == proposal.unit.block
            ):
                if is_check(unit.text):
                    continue  # "Would that help?" puts the suggestion to them
            elif proposal is not None:
                suggested, proposal = proposal, None
                if settled := settle_reply(index, document, suggested, unit, drafts):
                    previous, heard = settled, None
                    continue
            # a question typed or captioned without its "?" ("what about payments") is read as asked
            asked_aloud = as_asked(unit.text) if unit.speaker and asks(unit.text) else None
            question_unit = unit if asked_aloud in (None, unit.text) else replace(unit, text=asked_aloud)
            if options.include_informal and chat and unit.speaker and (found := proposal_in(question_unit)):
                proposal = found  # read as usual below; the answer decides what it becomes
            elif options.include_informal and (found := reported_proposal(unit)):
                proposal = found  # "Dan suggested SMS reminders the day before." / "Jo agreed."
            if options.include_informal and ((items := summary_items(unit.text)) or opens_summary(unit.text)):
                summary = [clause_draft(index, document, unit, item, READ_BACK) for item in items]
                drafts.extend(summary)
                previous, heard = (summary[-1] if summary else previous), None
                read_back = ReadBack(unit, summary) if unit.speaker else None
                continue
            if vision is not None and (unit.block, unit.speaker) != vision:
                vision = None  # the answer that describes how it should be is over
            if heard is not None and unit.speaker and heard.speaker != unit.speaker and asks_for_vision(heard.text):
                vision = (unit.block, unit.speaker)  # "So what would good look like?" / "Carers open an app …"
            envisioned, ideally = (
                envisioned_items(unit.text, conversational, vision is not None)
                if options.include_informal and section_style(unit.section) != "background"
                else ([], False)
            )
            if envisioned and (unit.speaker or "").strip().lower() not in ELICITORS:
                new = [clause_draft(index, document, unit, item, "the new system described") for item in envisioned]
                for draft in new if ideally else []:
                    draft.priority_override = ("could", "Ideally")
                drafts.extend(new)
                previous = new[-1]
                continue
            question, asked = asked, None
            if unit.heading:
                form_question = unit if unit.text.rstrip().endswith("?") else None
            elif form_question is not None and question is None and asks_how_or_when(form_question.text):
                question, form_question = form_question, None  # "When do you need it?" / "Before September"
            spoken = question is None and heard is not None and unit.speaker and unit.speaker != heard.speaker
            if spoken:
                question = heard  # "Joe: what about one-way hires?" / "Marta: later. not in the first version"
            # "Is that right?" / "Yes." confirms what was said before it and asks for nothing new
            heard_before, heard = (
                heard,
                question_unit
                if asked_aloud
                and not asks_to_check(asked_aloud)
                and not is_check(asked_aloud)  # "Would that work?" asks about what was just said
                else None,
            )
            if heard is not None and (joined := with_choices(heard_before, heard)):
                heard = joined  # "Do you need reminders? SMS, email or both?"
            if heard is not None and heard is not unit and asks_for_something(unit.text):
                heard = None  # "can we get the booking page to show prices incl VAT": a request, "?" or not
            if heard is not None and heard is not unit:
                continue  # "and how far ahead can they book", typed without "?": read through its answer
            numbered, said = None, unit
            if reference := referenced_question(unit, units[index], document.text, quoted):
                numbered, unit = reference  # "Question 1 from the desk: ...": the answer after the label
                question = numbered
            if abilities is not None and (unit.block, unit.speaker) != abilities[1:]:
                abilities = None  # the turn that lists what they should be able to do is over
            if question is None and abilities is not None and names_another_ability(unit.text):
                question, spoken = abilities[0], True  # "… Book their own appointments. And fill in the form …"
            if options.include_informal and corrects_previous(previous, unit):
                continue  # "Deliveries between 8am and 8pm. Sorry, I mean 7am to 9pm."
            if options.include_informal and (taken_back := retraction(previous, unit)):
                drafts.remove(previous)  # "… tip the driver in the app." / "Actually, scratch that, no tipping."
                rest, ruled_out = taken_back
                previous, at = None, unit.text.find(rest) if rest else -1
                if ruled_out:
                    previous = clause_draft(index, document, unit, Item(at, at + len(rest), ruled_out), "taken back")
                    previous.priority_override = ("wont", unit.text.strip()[:40])
                    drafts.append(previous)
                if ruled_out or at < 0:
                    continue
                unit = replace(unit, start=unit.start + at, text=rest)  # what they say instead is read as usual
            if options.include_informal and defer_earlier(drafts, document, unit):
                continue  # "OK, let's leave direct debit for phase two then": asked for earlier, now put off
            if unit.ticket == "story" and unit.block in asked_tickets:
                continue  # the subject asked; the description is its rationale
            candidate = detect(unit, options.include_informal, people, conversational)
            if (
                candidate is None
                and options.include_informal
                and (chore := _workaround_draft(index, document, unit, units[index]))
            ):
                drafts.append(chore)  # "I keep a list on a post-it … Half the time I forget."
                previous = chore
                continue
            if candidate is None and options.include_informal and (noted := _noted_draft(index, document, unit)):
                drafts.append(noted)  # "- SMS reminders: y, day before" in notes of a call
                previous = noted
                continue
            if reason_for_ruled_out(previous, unit):
                continue  # "No subscriptions." / "We tried that and it was a headache." / "People won't download …"
            if (
                question is not None
                and previous is not None
                and question.speaker != previous.speaker
                and (scope := scope_confirmed(question.text, unit.text))
            ):
                # "can we get the booking page to show prices incl VAT" / "sure, everywhere?" / "yes everywhere
                # customers see a price": the request, as far as the answer says it reaches
                previous.statement = f"{previous.statement.rstrip('.')} {scope}."
                previous.extra_sources += [span_of(document, question), span_of(document, unit)]
                continue
            if (
                question is not None
                and options.include_informal
                # an instruction ("text them the day before") states its own requirement
                and (
                    candidate is None
                    and (
                        not spoken
                        or _YES_NO_LEAD_RE.match(unit.text)
                        or names_a_thing(unit.text)
                        or asks_how_or_when(question.text)
                        or asks_for_a_chore(question.text)  # "What's the most painful part?" / "Typing …"
                    )
                    or _bare_answer(unit)
                    and not _states_its_own(candidate, people)
                    or asks_for_abilities(question.text)  # "What should customers be able to do?" / "Order ahead"
                    or picks_one_of_two(question.text, unit.text)  # "…, or only request a slot?" / "Book online"
                )
            ):
                if spoken and only_weighs(question.text, unit.text):
                    continue  # "Anything around allergens?" / "Yes, that's non-negotiable.": the next words say what
                answered = _answer_draft(index, document, question, unit, said, bool(spoken), people)
                if answered is not None:
                    if spoken and drafts and (drafts[-1].start, drafts[-1].end) == (question.start, question.end):
                        drafts.pop()  # "Can customers reserve online?" / "Yes, and …": the answer says it, on both
                    drafts.append(answered)
                    previous = answered
                    if asks_for_abilities(question.text):
                        abilities = (question, unit.block, unit.speaker)
                    continue
            if candidate is None and limits_previous(previous, unit):
                continue  # "Families would love to see when the carer arrived. Read only."
            if candidate is None and (
                excepted := exception_draft(index, previous, unit) or barred_draft(index, previous, unit)
            ):
                drafts.append(excepted)  # "But not the care notes, those are confidential."
                previous = excepted
                continue
            if candidate is None and explains_previous(previous, unit, conversational):
                continue  # "3. Passes should expire after 6 months. Some people buy them and disappear …"
            if candidate is None and _adds_to_answer(previous, unit, document):
                continue  # "yes, last 3 services at least" / "and photos of the boiler plate if we have them"
            if candidate is None and (added := _added_after_ok(index, previous, unit, document, before)):
                drafts.append(added)  # "yes, full refunds only" / "ok" / "and gift cards too"
                previous = added
                continue
            if (
                candidate is None
                and not unit.heading
                and unit.persona is None  # a persona's goals are their own, not the business's
                and section_style(unit.section) in _GOAL_STYLES
            ):
                tasks.append(_note_finding(document, unit, "business_goal"))  # "Cut phone bookings by half"
                goals[index].append(unit)
                continue
            if candidate is None or candidate.confidence < options.min_confidence:
                continue
            if candidate.style == "open_question" and (settled := _answered_in_table(index, document, unit)):
                drafts.append(settled)  # "Do dealers need several users?" | Outcome: "Yes, up to 5."
                previous = settled
                continue
            if candidate.style in {"action_item", "open_question", "bid_instruction"}:
                tasks.append(_note_finding(document, unit, candidate.style))
                if candidate.style == "bid_instruction" and (standard := standard_in(unit.text)):
                    # "Bidders should describe their approach to accessibility (WCAG 2.2 AA)": the standard binds
                    [bound] = _whole_unit(index, document.id, candidate, f"The system must comply with {standard}.")
                    bound.priority_override = ("must", standard)
                    drafts.append(bound)
                if candidate.style == "open_question" and spoken and question is not None:
                    heard = question  # "I'm not sure we need GPS" / "We do, …": the question is still open
                continue
            if candidate.style == "priority_note":
                _apply_priority_note(previous, document.id, candidate)
                continue
            if (remark := _named_priority(previous, unit)) is not None:
                _apply_priority_note(previous, document.id, remark)  # "Helen: instalments are essential"
                continue
            if candidate.style == "criterion" and _apply_criterion(previous, document, unit):
                continue
            new = _ruled_out(_drafts_for(index, document.id, candidate, options, people, conversational), unit)
            if len(new) == 1:
                _read_in_context(new[0], unit, before, question)
            for split_off in new[1:]:
                split_off.title = None  # a card's name titles the first thing its sentence asks for
            if numbered is not None:
                _answers_question(new, document, numbered)
            if len(new) == 1 and drafts and drafts[-1] is previous and fold_reason_asked_for(previous, new[0]):
                drafts.pop()  # "Tenants keep asking us for …" is why "Please add …" is asked
            drafts.extend(new)
            previous = new[-1] if new else previous
            if new and unit.ticket == "subject":
                asked_tickets.add(unit.block)
            for draft in new if unit.ticket == "story" or unit.survey else []:
                draft.statement = capitalise(as_theirs(draft.statement))  # a customer's "my membership": theirs
                if unit.survey:  # those who answer a client's survey are its customers
                    draft.statement = re.sub(r"^Users\b", "Customers", draft.statement)
        report(0.4 * (index + 1) / max(len(documents), 1), "detecting requirement statements")
    drafts.sort(key=lambda d: d.order)
    drafts = fold_restated(drafts)

    report(0.45, "classifying")
    _classify(drafts, {index for index, document in enumerate(documents) if _conversational(document)})

    report(0.6, "prioritising and finding actors, entities and criteria")
    resolve_they(drafts, documents, lambda text, style: statement_for(text, style, people))
    for draft in drafts:
        draft.statement = they_as_gerund(draft.statement)  # "… before they book": before booking
        _set_rationale(draft, people)
        _in_heading_terms(draft)
    for index, document in enumerate(documents):
        # "What problem do you want it to solve?" / "Owners phone to book …": why online booking is asked for;
        # an objective ("Cut phone bookings by half") before the problems, as the business's own reason
        explain_by_problems(
            drafts, [unit for unit in goals[index] if section_style(unit.section) == "goal"], document.id
        )
        unanswered = explain_by_problems(drafts, _units_in(units[index], {"problem", "background"}), document.id)
        if options.lint:
            tasks.extend(
                unanswered_problems([u for u in unanswered if section_style(u.section) == "problem"], document)
            )
    resolve_them(drafts)
    resolve_it_after(drafts)
    resolve_ellipsis(drafts)
    resolve_counts(drafts, documents)
    resolve_it_before(drafts, documents)
    for draft in drafts:
        _enrich(draft, options, people)
    for draft in resolve_it(drafts, documents):
        if options.acceptance_criteria:  # the statement now names what "it" stood for
            draft.criteria = _criteria(draft)
    if options.acceptance_criteria:
        resolve_windows(drafts, documents)

    for draft in drafts:
        _with_note(draft)  # after its actors, entities and criteria, which the row's own words give
    report(0.8, "checking quality")
    if options.lint:
        for draft in drafts:
            _lint(draft)
    if options.merge_duplicates:
        drafts = merge_duplicates(drafts, options.duplicate_threshold)
    ids = [f"{options.id_prefix}-{n:03d}" for n in range(1, len(drafts) + 1)]
    if options.detect_conflicts:
        find_conflicts(drafts, ids)
    document_findings: list[Finding] = []
    if options.lint and options.nfr_areas:
        document_findings = missing_areas(drafts, options.nfr_areas)
    document_findings.extend(tasks)

    requirements = [_requirement(rid, draft) for rid, draft in zip(ids, drafts, strict=True)]
    report(1.0, "done")
    return AnalysisResult(documents=list(documents), requirements=requirements, findings=document_findings)


def _people(documents: list[Document], units: list[list[Unit]]) -> People:
    """Names and roles from every document of the run (a transcript names who the e-mail's 'Tom' is)."""
    speakers = [s.speaker for d in documents for s in d.segments if s.speaker]
    # a "Name:" line label counts as a speaker when the same label opens several lines (a chat log)
    for doc_units in units:  # counted per document, so one document's result does not depend on another's
        labels = Counter(u.speaker for u in doc_units if u.speaker and not u.heading)
        speakers += [name for name, n in labels.items() if n >= 2]
    return find_people([d.text for d in documents], speakers)


def _conversational(document: Document) -> bool:
    media = (document.media_type or "").lower()
    return media in {"message/rfc822", "text/vtt", "application/x-subrip", "text/srt"} or any(
        s.kind in {"utterance", "message"} for s in document.segments[:5]
    )


def _unread_attachments(document: Document) -> list[Finding]:
    """Files an e-mail carried that ingest could not read (an image, a damaged PDF): the team looks
    at them by hand, or nothing they say reaches the requirements."""
    unread = [name for name in document.metadata.get("attachments_not_read", "").split("; ") if name]
    what = "File" if document.media_type == "application/zip" else "Attachment"  # a zip's files, an e-mail's
    return [
        Finding(
            rule="action_item",
            severity="info",
            message=f"{what} not read in {document.name}: {name}",
            suggestion="Open it by hand; upload what it says as a document of its own if it matters.",
            document_id=document.id,
        )
        for name in unread
    ]


# a brief's "Objectives" and "Success criteria": what the business wants from it, for the whole project
_GOAL_STYLES = frozenset({"goal", "success_measure"})


def _note_finding(document: Document, unit: Unit, style: str) -> Finding:
    """An action item, an open question or a tender's instruction to bidders: for the project, not a
    requirement. The line's "Name:" or "Topic:" stays in the quote ("Fines: TBC with the council")."""
    said = f"{unit.speaker}: {unit.text}" if unit.speaker else unit.text
    if style == "open_question":
        message = f"Open question in {document.name}: “{said}”"
        suggestion = "Ask the client; record the answer as a requirement or a decision."
    elif style == "business_goal":
        measure = section_style(unit.section) == "success_measure"
        message = f"{'Success measure' if measure else 'Business goal'} in {document.name}: “{said}”"
        suggestion = (
            "Agree with the client who measures it, how, and when after launch; no single requirement meets it."
            if measure
            else "Keep it as the reason for the requirements that serve it; agree how it will be measured."
        )
    elif style == "bid_instruction":
        style = "action_item"  # answering the tender is a task for the team
        message = f"Instruction to bidders in {document.name} (for the bid, not a product requirement): “{said}”"
        suggestion = "Answer it in the bid; raise a requirement only if it changes what the product does."
    else:
        message = f"Action item in {document.name} (a project task, not a product requirement): “{said}”"
        suggestion = "Track it in the project plan; raise a requirement only if it changes what the product does."
    return Finding(
        rule=style,
        severity="info",
        message=message,
        start=unit.start,
        end=unit.end,
        suggestion=suggestion,
        document_id=document.id,
    )


_THESE_RE = re.compile(r"(?<=[a-z] )(?:these|those)\b(?!\s+[a-z]+s\b)")  # "change these himself", not "these times"


def _read_in_context(draft: Draft, unit: Unit, before: Unit | None, question: Unit | None) -> None:
    """What the sentence before, or the question it answers, completes in a one-part statement."""
    said_before = before if before is not None and before.block == unit.block else None  # in the same turn
    if said_before is not None and (told := instead_statement(said_before.text, unit.text)):
        # "Vaccination reminders go out by post today …" / "Email or SMS instead.": how it is done today
        # is the reason for the change
        draft.statement, draft.rationale = told, said_before.text.strip().rstrip(".")
    if (
        said_before is not None
        and (owned := own_things(said_before.text))
        and (these := _THESE_RE.search(draft.statement))
    ):
        # "Each appointment type has its own length: …" / "Tom wants to change these himself": the lengths
        draft.statement = f"{draft.statement[: these.start()]}{owned}{draft.statement[these.end() :]}"
    if said_before is not None and draft.rationale is None and describes_the_users(said_before.text):
        draft.rationale = said_before.text.strip().rstrip(".")  # "Members are mostly over 60. Big text, …"
    if said_before is not None and (moved := carried_over_after(said_before.text, unit.text)):
        # "Our catalogue is an Excel sheet with about 9,000 books." / "It needs bringing over."
        draft.statement = moved
        draft.extra_sources.append(
            SourceSpan(
                document_id=draft.document_id, start=said_before.start, end=said_before.end, quote=said_before.text
            )
        )
    if question is not None:
        # "And if there's no signal?" / "It has to keep working, a lot of our drops are …": the reason is
        # split off first, as the condition would hide it
        split = split_rationale(draft.statement)
        if case := in_the_case_asked(question.text, unit.text, split.statement):
            draft.statement, draft.rationale = case, split.rationale or draft.rationale


def _apply_priority_note(previous: Draft | None, document_id: str, candidate: Candidate) -> None:
    """ "This is a must": the priority of the requirement stated just before, in the same section."""
    if previous is None or previous.document_id != document_id:
        return
    unit = candidate.unit
    if unit.section != previous.unit_section or unit.block - previous.unit_block > 2:
        return
    priority, cue = priority_of(unit.text)
    previous.priority_override = (priority, cue or candidate.cue)
    previous.extra_sources.append(SourceSpan(document_id=document_id, start=unit.start, end=unit.end, quote=unit.text))


# "Helen: instalments are essential, some families can't pay £300 at once"
_NAMED_PRIORITY_RE = prefilter.compile(
    r"^(?:[A-Z][\w'’-]*:\s+)?(?P<what>[\w'’ -]{2,40}?)\s+(?:is|are)\s+(?:absolutely\s+|really\s+|definitely\s+)?"
    r"(?P<cue>essential|critical|crucial|mandatory|non[\s-]negotiable|an?\s+(?:absolute\s+)?must(?:[\s-]have)?|"
    r"a\s+nice[\s-]to[\s-]have|optional)\b(?:\s*[,;–—]\s*(?P<why>[^.]{6,120}))?\s*[.!]?\s*$",
    re.IGNORECASE,
)


def _named_priority(previous: Draft | None, unit: Unit) -> Candidate | None:
    """A remark that names what the requirement just before is about and says how much it matters:
    a priority for that requirement (its reason, if it gives one, the rationale), not a new one."""
    remark = _NAMED_PRIORITY_RE.match(unit.text)
    if remark is None or previous is None or unit.section != previous.unit_section:
        return None
    words = remark.group("what").lower().split()
    # the remark names it as a word ("Apple Pay is a must" does not name "Payments up front")
    if not words or not re.search(rf"\b{re.escape(singular(words[-1]))}(?:s|es)?\b", previous.statement.lower()):
        return None
    if remark.group("why") and previous.rationale is None:
        previous.rationale = capitalise(remark.group("why").strip())
    return Candidate(unit, "priority_note", remark.group("cue"), 0.6)


# "and photos of the boiler plate if we have them": one more thing, said right after an answer
_ADDED_THING_RE = re.compile(
    r"^(?:and|also|plus|oh\s+and)\s+(?P<what>(?:an?\s+|the\s+|some\s+)?[a-z][\w'’-]*s?\b.{2,})$", re.I
)


_BARE_YES_RE = re.compile(
    r"^(?:[^:\n]{1,40}:\s*)?(?:yes|yeah|yep|exactly|correct|that['’]s\s+right|spot\s+on|sure)\W*$", re.I
)


def _goes_on_with(previous: Draft | None, unit: Unit, document: Document, went_on: list[str]) -> bool:
    """ "Members can pay online" / "  - by card" / "  - by PayPal": the nested items finish the item
    above them, as alternatives when they open alike ("… pay online by card or by PayPal"), and are its
    sources too."""
    if (
        previous is None
        or previous.document_id != document.id
        or previous.compound
        or unit.block - previous.unit_block != max(len(went_on), 1)
    ):
        return False
    if not went_on:
        went_on.append(previous.statement.rstrip(" ."))
    went_on.append(unit.text.strip().rstrip(" .;,"))
    base, ways = went_on[0], went_on[1:]
    alike = len({said.split()[0].lower() for said in ways}) == 1
    previous.statement = f"{base} {(' or ' if alike else ', ').join(ways)}."
    previous.extra_sources.append(span_of(document, unit))
    return True


def _adds_to_answer(previous: Draft | None, unit: Unit, document: Document) -> bool:
    """The one who answered adds a thing on their next line: it joins that requirement and its sources."""
    if previous is None or previous.style != "answer" or previous.document_id != document.id:
        return False
    added = _ADDED_THING_RE.match(unit.text.strip().rstrip(".!"))
    if added is None or not unit.speaker or unit.speaker != previous.speaker:
        return False
    if "\n" in document.text[previous.end : unit.start].strip():
        return False  # only their very next line: after the other side's "ok" it is a thing of its own
    if _BARE_YES_RE.match(document.text[previous.start : previous.end].rsplit("\n", 1)[-1]):
        return False  # "so sign in with google?" / "exactly 👍" / "oh and monthly totals …": a new thing
    previous.statement = f"{previous.statement.rstrip('.')}, and {added.group('what')}."
    previous.extra_sources.append(span_of(document, unit))
    return True


# "ok", "got it", "mhm": the other side only shows they heard
_ACKNOWLEDGEMENT_RE = re.compile(
    r"^\W*(?:ok(?:ay)?|right|got\s+it|sure|mhm+|mm+|great|cool|yep|yeah|noted|perfect|lovely|makes\s+sense|"
    r"understood)(?:[\s,]+(?:ok(?:ay)?|great|thanks|got\s+it|makes\s+sense))*\W*$",
    re.I,
)
_HEADER_WORDS = 6  # "Sam Patel  0:35", "Tom:": a speaker's header line between two turns


def _added_after_ok(
    index: int, previous: Draft | None, unit: Unit, document: Document, before: Unit | None
) -> Draft | None:
    """ "Tom: ok" / "Ana: and gift cards too": the one who answered names one more thing they want,
    after the other side took the answer in."""
    if previous is None or previous.style != "answer" or previous.document_id != document.id:
        return None
    added = _ADDED_THING_RE.match(unit.text.strip().rstrip(".!"))
    if added is None or not unit.speaker or unit.speaker != previous.speaker:
        return None
    thing = _TOO_RE.sub("", added.group("what")).strip()
    words = thing.split()
    if not _only_acknowledged(previous, before, document) or len(words) > _THING_WORDS or is_verb(words[0].lower()):
        return None  # "and they pay at the desk" says more than a thing
    start = unit.text.find(thing)
    item = Item(start, start + len(thing), f"The system should support {thing}.")
    return clause_draft(index, document, unit, item, "one more thing, after the answer")


_TOO_RE = re.compile(r"[\s,]+(?:too|as\s+well|also)$", re.I)
_THING_WORDS = 6


def _only_acknowledged(previous: Draft, before: Unit | None, document: Document) -> bool:
    """Is the one line between the answer and this one the other side's "ok"?"""
    if before is None or not before.speaker or before.speaker == previous.speaker or before.start < previous.end:
        return False
    gap = [line for line in document.text[previous.end : before.start].splitlines() if line.strip()]
    return (
        _ACKNOWLEDGEMENT_RE.match(before.text) is not None
        and len(gap) <= 1
        and all(len(line.split()) <= _HEADER_WORDS for line in gap)
    )


def _apply_criterion(previous: Draft | None, document: Document, unit: Unit) -> bool:
    """ "AC: the tenant gets a reference number straight away": a criterion of the item above it in
    the same section; without one, the line is read as a requirement of its own."""
    if previous is None or previous.document_id != document.id:
        return False
    if unit.section != previous.unit_section and not CRITERIA_SECTION_RE.match(unit.section or ""):
        return False  # (under its own "Acceptance criteria:" label, the story just above is the one)
    previous.stated_criteria.append(unit.text.strip().rstrip("."))
    previous.extra_sources.append(span_of(document, unit))
    return True


def _drafts_for(
    index: int,
    document_id: str,
    candidate: Candidate,
    options: AnalysisOptions,
    people: People | None = None,
    conversational: bool = False,
) -> list[Draft]:
    unit = candidate.unit
    step_name = unit.label or unit.speaker  # "Launch: March" reads like a speaker's line
    said = f"{step_name}: {unit.text.strip()}" if step_name else unit.text.strip()
    if constraints_section(unit.section) and (step := _MILESTONE_RE.match(said)):
        # under "Timeline", "Launch: March" dates the go-live; "Design: December" is a step of the plan
        if not _GO_LIVE_STEP_RE.match(step.group("step")):
            return []
        when = step.group("when").rstrip(" .")
        prep = "by" if re.search(r"\d", when) else "in"
        return _whole_unit(index, document_id, candidate, f"The system must go live {prep} {when}.")
    if reads_as_problem(unit) and (pain := pain_statement(unit.text, respondent(unit))):
        # under "Pain points", "I have to scroll through the whole week …": what they should not need to do;
        # "I have to …" is how it is today, not how much it matters
        return _whole_unit(index, document_id, candidate, pain, ranked_by_statement=True)
    ruled_out = label_level(unit.label) == "wont" or _under_ruled_out_heading(unit)
    if ruled_out and (things := ruled_out_items(unit.text)):
        # "Not needed: a loyalty scheme, selling products online": each thing, ruled out on its own
        return [
            draft_from(index, document_id, candidate, unit.start + s, unit.start + e, unit.text[s:e], told, True)
            for s, e, told in things
        ]
    if unit.ticket == "subject":
        # a ticket's subject asks for one thing ("Can't reset password", "Dark mode?"), or for nothing
        # ("Question about my membership"): then its description is read instead
        asked = subject_statement(unit.text)
        if asked is None and not says_nothing(unit.text):
            asked = statement_for(plain_subject(unit.text), "table", people)
            if _as_written(asked, plain_subject(unit.text)):
                asked = thing_statement(plain_subject(unit.text), unit.section, unit.label)
        # "must be able to" for "Can't …": a fault to fix binds
        return (
            _whole_unit(index, document_id, candidate, end_sentence(asked), ranked_by_statement=True) if asked else []
        )
    splittable = (
        options.split_compound
        and candidate.style in {"modal", "table", "informal", "imperative", "decision"}
        and not asks_for_the_lot(unit.text)  # "… where customers can ask for a quote, they put in …": one ask
        and not counted_condition(unit.text)  # "Two warnings in a year and the plot goes back …": one rule
    )
    # a decision list's items, and a list item's ("… twice a year; a plot marked poor twice gets a letter")
    semicolons = candidate.style == "decision" or candidate.style == "table" and unit.item and unit.column is None
    splices = candidate.style in {"table", "decision"} and unit.item
    parts = split_compound(unit.text, semicolons=semicolons, splices=splices) if splittable else []
    # a "Decision" column's rows are worded as decisions ("Payments go through Stripe": they should)
    style = "decision" if candidate.style == "table" and section_style(unit.column) == "decision" else candidate.style
    if len(parts) <= 1 and style in {"informal", "table"} and (described := described_parts(unit.text, people)):
        # "When someone drops out, Sam gets an alert and the shift goes to the waiting list"
        return [
            draft_from(
                index,
                document_id,
                candidate,
                unit.start + part.start,
                unit.start + part.end,
                unit.text[part.start : part.end],
                with_speaker(part.statement, unit.speaker, people),
                True,
            )
            for part in described
        ]
    if len(parts) <= 1 and style in {"modal", "informal"} and (tail := trailing_described(unit.text, people)):
        # "Receptionists must be able to move appointments, and the patient gets a text automatically"
        join, clause_start, told = tail
        head = unit.text[:join]
        return [
            draft_from(
                index,
                document_id,
                candidate,
                unit.start,
                unit.start + join,
                head,
                with_speaker(end_sentence(statement_for(head, style, people)), unit.speaker, people),
                True,
            ),
            draft_from(
                index,
                document_id,
                candidate,
                unit.start + clause_start,
                unit.start + len(unit.text.rstrip(" .")),
                unit.text[clause_start : len(unit.text.rstrip(" ."))],
                told,
                True,
            ),
        ]
    if unit.persona is not None and style in {"table", "imperative"} and section_style(unit.section) == "goal":
        # a persona's goal, "See straight away if her usual class is full": what people like her should do
        told = actor_statement(unit.persona, as_people(unit.text))
        return _whole_unit(index, document_id, candidate, told) if told else []
    if len(parts) <= 1:
        statement = (unit.actor and style == "table" and actor_statement(unit.actor, unit.text)) or with_speaker(
            statement_for(unit.text, style, people), unit.speaker, people
        )
        wanted_item = unit.item and _lists_wants(unit.section)  # an item under "here is what we'd need:"
        if wanted_item and style == "informal" and _as_written(statement, unit.text):
            # "- invoices go out automatically …": read as the list's entry it is
            statement = statement_for(unit.text, "table", people)
        # a table's row, or a line a priority label leads ("Nice to have: a calendar of term dates")
        if (style == "table" or label_level(unit.label) or wanted_item) and _as_written(statement, unit.text):
            statement = (
                thing_statement(unit.text, unit.section, unit.label)  # "Corporate accounts with …"
                or _instructed(unit.text, people)  # a "Description" cell's "Take a £5 deposit for groups"
                or statement
            )
        elif (
            conversational
            and candidate.cue.lower() in {"can", "may", "ideally"}
            and _as_written(statement, without_fillers(unit.text))
        ):
            # in a conversation "members can cancel up to 12 hours before" says what they should be able to
            # do; "ideally they can choose …" too, as a could-have (its cue ranks it)
            body = capitalise(_IDEALLY_RE.sub("", without_fillers(unit.text)))
            statement = listed_statement(body) or statement
        if unit.speaker and (statement[-1:].isalnum() or statement[-1:] in ')"’”'):
            statement = end_sentence(statement)  # a chat message typed without its full stop
        return _whole_unit(index, document_id, candidate, statement)
    if conversational:
        # a speaker's own plans and asides ride along in the same sentence; in a specification
        # a part's "it will …" refers back to the part before and stands
        standing = [p for p in parts if part_stands(candidate, p.statement, options.include_informal, people)]
        parts = standing or parts
    drafts = []
    for part in parts:
        start, end = unit.start + part.start, unit.start + part.end
        quote = unit.text[part.start : part.end]
        statement = with_speaker(statement_for(part.statement, style, people), unit.speaker, people)
        drafts.append(draft_from(index, document_id, candidate, start, end, quote, statement, len(parts) > 1))
    return drafts


_IDEALLY_RE = re.compile(r"^ideally[\s,]+", re.I)
_SHOULD_RE = re.compile(r"\bshould\b")
_FIRST_MODAL_RE = re.compile(r"\b(must|should|could|shall|will|may|can)\b(?:\s+not\b)?")
_SHOULD_ABLE_RE = re.compile(r"\bshould(?:\s+be\s+able\s+to)?\b")


def _workaround_draft(index: int, document: Document, unit: Unit, units: list[Unit]) -> Draft | None:
    """ "I keep a list on a post-it and ring people if someone drops out. Half the time I forget.":
    what users should not need to do, when the speaker says what it costs them (in the same sentence
    or the next one of the same turn)."""
    found = workaround(unit.text) if not unit.heading and not unit.quoted else None
    if found is None:
        return None
    statement, cost = found
    if cost is None:
        after = next((u for u in units if u.start >= unit.end), None)
        if (
            after is None
            or after.block != unit.block
            or after.speaker != unit.speaker
            or not costs_something(after.text)
        ):
            return None  # told without a cost, it is only how things are done today
        cost = capitalise(after.text.strip().rstrip(" .!"))
    candidate = Candidate(unit, "informal", "workaround", 0.6)
    draft = _whole_unit(index, document.id, candidate, with_speaker(statement, unit.speaker, None), True)[0]
    draft.rationale = cost
    return draft


def _site_plan(unit: Unit, journey: Journey) -> str | None:
    """What a list of pages, a wireframe's note or a step of a journey states, or None."""
    style = section_style(unit.section)
    if style == "pages":
        return page_statement(unit.text) if unit.item else None
    if style == "screen_notes":
        return screen_note_statement(unit.text)
    return journey.step(unit.text, unit.section) if style == "journey" else None


def _test_case_draft(index: int, document: Document, unit: Unit) -> list[Draft]:
    """A client's test case as the rule it checks, sourced on its steps and its expected result, with
    the test as written for its criterion."""
    expected = document.text[unit.expected[0] : unit.expected[1]] if unit.expected else ""
    rule = rule_of_test_case(unit.text, expected)
    if rule is None:
        return []
    draft = _whole_unit(index, document.id, Candidate(unit, "table", unit.column or "", 0.7), rule, True)[0]
    if unit.expected:
        start, end = unit.expected
        draft.extra_sources.append(SourceSpan(document_id=document.id, start=start, end=end, quote=expected))
    draft.stated_criteria.append(criterion_of_test_case(unit.text, expected))
    return [draft]


def _faq_askers(units: list[Unit], section: str | None) -> str:
    """Whom an FAQ section answers: the group its entries name most ("Members"), else "Customers"."""
    return faq_askers(unit.text for unit in units if unit.section == section)


def _records_draft(index: int, document: Document, unit: Unit) -> Draft:
    """A table of records ("Name | Phone | Class | Date | Paid?" over today's bookings) as the data
    the system should keep: "The system should record each booking with its name, phone, …"."""
    thing = records_of(unit.section, document.name)
    # a "Class" column of the classes sheet is each class's name
    fields = [lower_first(name.strip(" ?#*:")) for name in unit.records or ()]
    fields = ["name" if singular(field.lower()) == thing and "name" not in fields else field for field in fields]
    listed = joined(fields)
    whose = "their" if thing in ROLE_WORDS or thing in PEOPLE_WORDS else "its"
    candidate = Candidate(unit, "table", "records", 0.7)
    statement = f"The system should record each {thing} with {whose} {listed}"
    if required := [lower_first(name) for name in unit.required]:  # a data dictionary's "Required: Yes"
        named = joined(required)
        statement += f"; {named} {'are' if len(required) > 1 else 'is'} required"
    return _whole_unit(index, document.id, candidate, f"{statement}.")[0]


def _units_in(units: list[Unit], section_styles: set[str]) -> list[Unit]:
    """The sentences under headings of these styles ("problem": "What's not working?")."""
    return [unit for unit in units if not unit.heading and section_style(unit.section) in section_styles]


def _whole_unit(
    index: int, document_id: str, candidate: Candidate, statement: str, ranked_by_statement: bool = False
) -> list[Draft]:
    """One requirement sourced on the whole unit; `ranked_by_statement`: its priority cue is the modal
    the statement says, not the words of the source."""
    unit = candidate.unit
    draft = draft_from(index, document_id, candidate, unit.start, unit.end, unit.text, statement, False)
    if ranked_by_statement:
        draft.sentence = statement
    return [draft]


# a plan's step and when: "Launch: March", "Build: January-February", "Go live - 1 March"
_MILESTONE_RE = re.compile(
    r"^(?P<step>[A-Za-z][\w -]{1,30}?)\s*(?::|\s[-–—])\s*(?P<when>(?:(?:early|mid|late|end\s+of|start\s+of)\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|spring|summer|autumn|winter|q[1-4])\b[\w ,.'-]*)$",
    re.I,
)
_GO_LIVE_STEP_RE = re.compile(r"^(?:launch|go[\s-]live|live|release|opening|rollout|roll[\s-]out)\b", re.I)


def _as_the_groups(statement: str, group: str) -> str:
    """Under "What teachers get": "Users should be able to …" and "The system should mark attendance"
    are what the teachers should be able to do."""
    if singular(group) not in ROLE_WORDS and group != "staff":
        return statement
    who = capitalise(group)
    if statement.startswith("Users "):
        return f"{who} {statement[len('Users ') :]}"
    doing = _SYSTEM_SHOULD_RE.match(statement)
    if doing and doing.group("verb").lower() in USER_ACTIONS | {"mark"}:
        return f"{who} should be able to {statement[doing.start('verb') :]}"
    first = statement.split(maxsplit=1)[0].lower()
    if first in USER_ACTIONS | {"mark"} and statement[:1].isupper():
        return f"{who} should be able to {lower_first(end_sentence(statement))}"  # "Message the class"
    return statement


_SYSTEM_SHOULD_RE = re.compile(r"^The system (?:should|must|could) (?P<verb>[a-z]+)\b")


_BARE_WHEN_RE = re.compile(r"^(?:day|week|month|night|morning)\s+(?:before|after)\b", re.I)


def _with_note(draft: Draft) -> None:
    """ "Tips" | "Optional, never pre-selected": the row's note qualifies what it asks, so the statement
    carries it in brackets, sourced on its cell."""
    if draft.note is None:
        return
    start, end, said = draft.note
    shown = f"the {said}" if _BARE_WHEN_RE.match(said) else said  # "day before": the day before
    draft.statement = f"{draft.statement.rstrip(' .')} ({lower_first(shown)})."
    draft.extra_sources.append(SourceSpan(document_id=draft.document_id, start=start, end=end, quote=said))


def _in_heading_terms(draft: Draft) -> None:
    """What is under "Must-haves", worded by the analysis, says "must" ("could" under "Could have");
    the client's own "should" stays."""
    # a "Must", "M" or "High" cell, a "Must have" label, or the heading above
    level = label_level(draft.label) or moscow_heading(draft.unit_section)
    # (a part cut from a sentence keeps the sentence's "should": "… should order … and pick a pharmacy")
    said = draft.sentence if draft.compound else draft.quote
    if level in {"must", "could"} and not _SHOULD_RE.search(said.lower()):
        worded = _SHOULD_ABLE_RE if level == "could" else _SHOULD_RE  # "Users could pay …", not "could be able to"
        draft.statement = worded.sub(level, draft.statement, count=1)
    if (group := heading_group(draft.unit_section)) and draft.style in {"table", "imperative"}:
        draft.statement = _as_the_groups(draft.statement, group)  # "What teachers get" / "- Mark attendance"
    if section_style(draft.unit_section) == "users" and (use := users_will_statement(draft.statement)):
        draft.statement = use  # under "Who will use it?", "Teachers will mark attendance": what they can do


def _as_written(statement: str, text: str) -> bool:
    """Is the statement the text itself, but for its first letter's case ("online booking")?"""
    said = " ".join(text.split()).rstrip(" .")
    return statement.rstrip(" .") in (said, capitalise(said))


def _answer_draft(
    index: int,
    document: Document,
    question: Unit,
    answer: Unit,
    said: Unit,
    spoken: bool = False,
    people: People | None = None,
) -> Draft | None:
    """ "> Which products should be orderable online?" / "Everything except the specials.": the
    answer states a requirement with its question's words; the source covers both. `said` is the
    answer as written ("Question 2: yes."), `answer` without a reference to the question."""
    statement = answer_statement(question.text, answer.text, spoken)
    if statement is None:
        return None
    return _answered(index, document, question, answer, said, with_speaker(statement, answer.speaker, people))


def _answered(index: int, document: Document, question: Unit, answer: Unit, said: Unit, statement: str) -> Draft:
    """The requirement an answer states, sourced on its question and itself."""
    candidate = Candidate(answer, "answer", question.text, 0.6)
    if question.end > answer.start or document.text[question.end : answer.start].strip(" \t\n>"):
        # answered by its number elsewhere in the thread: sourced on the answer and the question
        draft = draft_from(index, document.id, candidate, said.start, said.end, said.text, statement, False)
        draft.extra_sources.append(span_of(document, question))
    else:
        quote = document.text[question.start : answer.end]
        draft = draft_from(index, document.id, candidate, question.start, answer.end, quote, statement, False)
    draft.sentence = statement  # its modal ("should be orderable") is the priority cue
    return draft


_SHORT_ANSWER_WORDS = 12
# "Yes, £10, and they lose it if they cancel late": however long, it answers the question just asked
_YES_NO_LEAD_RE = re.compile(r"^\W*(?:yes|yeah|yep|no|nope)\b\s*[,.;:!–—-]", re.I)
_OWN_CUE_RE = re.compile(
    r"\b(?:shall|must|should|will|would|can|could|may|need|needs|want|wants|has\s+to|have\s+to|like|love)\b|['’]d\b(?!\s+rather\b)",
    re.I,
)


# a note of what was settled about a topic: "online booking: y", "loyalty scheme: n", "courtesy car - maybe later"
_NOTED_RE = re.compile(r"^(?P<topic>[A-Za-z][\w'’ /&-]{1,40}?)\s*(?::|\s[-–—]\s)\s*(?P<said>\S.{0,100}?)[\s.]*$")
_VERDICT_RE = re.compile(
    rf"^(?:{TICK}|{CROSS}|yes|no|yep|nope|yeah|maybe(?:\s+later)?|later|not\s+(?:now|yet|for\s+now|needed)|"
    r"definitely|essential|must|nice\s+to\s+have)(?=\W|$)",
    re.I,
)
_YES_NO_MARK_RE = re.compile(rf"^(?:(?P<yes>{TICK})|(?P<no>{CROSS}))(?=\W|$)", re.I)


def _noted_draft(index: int, document: Document, unit: Unit) -> Draft | None:
    """An item of notes that says what was settled about a topic, read as the topic asked and the
    note its answer: "SMS reminders: y, day before" -> "The system should send SMS reminders the day before"."""
    noted = _NOTED_RE.match(unit.text.strip()) if unit.item and not unit.label and not unit.speaker else None
    if noted is None or len(noted.group("topic").split()) > 4 or not _VERDICT_RE.match(noted.group("said")):
        return None  # ("Attendees: …", "Client: a person who owns a pet" say no verdict)
    said = _YES_NO_MARK_RE.sub(lambda m: "yes" if m.group("yes") else "no", noted.group("said"), count=1)
    statement = answer_statement(f"{noted.group('topic')}?", said)
    return None if statement is None else _stated_answer(index, document, unit, statement)


def _answered_in_table(index: int, document: Document, unit: Unit) -> Draft | None:
    """A question in a table whose "Outcome" (or "Answer") cell answers it: a requirement sourced on
    both cells, not an open question."""
    if unit.answer is None:
        return None
    answer = document.text[unit.answer[0] : unit.answer[1]]
    statement = answer_statement(unit.text, answer)
    if statement is None:
        return None
    draft = _stated_answer(index, document, unit, statement)
    draft.extra_sources.append(
        SourceSpan(document_id=document.id, start=unit.answer[0], end=unit.answer[1], quote=answer)
    )
    return draft


def _stated_answer(index: int, document: Document, unit: Unit, statement: str) -> Draft:
    """The requirement an answer read with its question states, sourced on the unit."""
    candidate = Candidate(unit, "answer", unit.text, 0.6)
    draft = draft_from(index, document.id, candidate, unit.start, unit.end, unit.text, statement, False)
    draft.sentence = statement  # its modal is the priority cue, as for an answer
    return draft


_SCENARIO = "Scenario"
_SCENARIO_TITLE_RE = re.compile(r"^(?:Scenario(?:\s+Outline)?|Example)\s*:?\s*(\S[^\n]*)")


def _scenario_draft(index: int, document: Document, scenario: Scenario, units: list[Unit]) -> Draft:
    """A Gherkin scenario as a requirement: what happens when its event occurs, its steps the
    criterion; sourced on the whole scenario, under its feature."""
    unit = next((u for u in units if u.start >= scenario.start), None) or Unit(scenario.start, scenario.end, "")
    unit = replace(unit, section=scenario.feature or unit.section)
    candidate = Candidate(unit, "table", _SCENARIO, 0.8)
    quote = document.text[scenario.start : scenario.end]
    draft = draft_from(index, document.id, candidate, scenario.start, scenario.end, quote, scenario.statement, False)
    draft.sentence = scenario.statement  # its "should" is the priority cue
    draft.stated_criteria.append(scenario.criterion)
    return draft


def _states_its_own(candidate: Candidate | None, people) -> bool:
    """An instruction ("text them the day before") or a rule told as fact ("whoever is first gets the
    spot") states its own requirement, whatever was asked before it."""
    if candidate is None or _YES_NO_LEAD_RE.match(candidate.unit.text):
        return False  # ("Yes, and pay when they collect": an answer that goes on, not an instruction of its own)
    return candidate.style == "imperative" or (
        candidate.style == "informal" and described_statement(candidate.unit.text, people) is not None
    )


def _bare_answer(unit: Unit) -> bool:
    """An answer too short to name what it is about, with no modal or wish of its own ("later. not
    in the first version", "No, no account."): the question it answers supplies the rest."""
    return len(unit.text.split()) <= _SHORT_ANSWER_WORDS and not _OWN_CUE_RE.search(unit.text)


def _answers_question(drafts: list[Draft], document: Document, question: Unit) -> None:
    """ "Question 1 from the desk: please don't book it automatically": the requirement is sourced
    on the question too, and its "it" is what the question names."""
    referent = question_referent(question.text)
    for draft in drafts:
        draft.extra_sources.append(span_of(document, question))
        if referent:
            name_it(draft, referent, "from the question it answers")


def _instructed(text: str, people: People | None) -> str | None:
    """A table cell worded as an instruction ("Take a £5 per head deposit for groups of 6+"), as
    what the system should do; None when it does not open with a verb."""
    words = text.lower().split()
    if len(words) < 2 or not is_verb(words[0]) or words[0] in _NOT_INSTRUCTIONS:
        return None
    if words[1] not in DETERMINERS and words[1] not in PEOPLE_WORDS and words[1][:1] not in "£$€0123456789":
        return None  # "Search results within 2 seconds" names a quality; "Take a £3 deposit" instructs
    told = statement_for(text, "imperative", people)
    return None if _as_written(told, text) else told


_NOT_INSTRUCTIONS = frozenset({"is", "are", "be", "have", "has", "can", "will", "should", "must", "may", "need"})


def _lists_wants(section: str | None) -> bool:
    return section_style(section) == "requirement"


def _under_ruled_out_heading(unit: Unit) -> bool:
    return unit.item and section_style(unit.section) == "out_of_scope"  # "Out of scope", "Later", "Next"


def _ruled_out(drafts: list[Draft], unit: Unit) -> list[Draft]:
    """Items under "Out of scope" or "Later" are won't-haves, whatever their own words say; items
    under "Things it must NOT do" are what it must not do."""
    if unit.item and len(drafts) == 1 and section_style(unit.section) == "prohibited":
        if told := thing_statement(unit.text, unit.section, unit.label):
            drafts[0].statement = told  # "Show other members' phone numbers": it must not
            drafts[0].priority_override = ("must", unit.section)
        return drafts
    if _under_ruled_out_heading(unit):
        for draft in drafts:
            draft.priority_override = ("wont", unit.section)
        if len(drafts) == 1 and (told := thing_statement(unit.text, unit.section, unit.label)):
            drafts[0].statement = told  # "WhatsApp updates" under "Later" are out of scope, not sent
    return drafts


def _classify(drafts: list[Draft], conversations: set[int]) -> None:
    """`conversations`: the documents (by index) that are e-mails, chats and transcripts, where even
    a "should" sentence is a client talking, not specification prose."""
    for draft, result in zip(drafts, classify_texts([_classified_text(d) for d in drafts]), strict=True):
        informal = (
            _informal(draft)
            or draft.style != "user_story"
            and (draft.doc_index in conversations or _FIRST_PERSON_RE.search(draft.sentence) is not None)
        )
        if result.is_nfr and informal and not _names_a_quality(draft.statement):
            # the model learnt from formal "The product shall ..." prose; for what a client said
            # informally it needs the wording to name a quality before it calls it non-functional
            result = Classification(label="F", p_nfr=min(result.p_nfr, 0.5), category="functional_suitability")
        draft.promise_label = result.label
        draft.category = result.category
        draft.kind = "non_functional" if result.is_nfr else "functional"
        if (
            result.label == "L"
            or (draft.style == "decision" and constraint_cue(draft.statement))
            or constraint_cue(draft.statement)
            and result.label in {"L", "O", "PO", "MN"}
            or PROJECT_LIMIT_RE.search(draft.statement)
            or scopes_first_release(draft.statement)  # "Phase 1 = online booking, reminders, …"
            or constraints_section(draft.unit_section)
        ):
            draft.kind = "constraint"
        if PROJECT_LIMIT_RE.search(draft.statement):
            # money is a project constraint, not a product quality: no ISO characteristic fits it
            draft.category, draft.promise_label = "functional_suitability", "F"
        # a confident model says so; near 0.5 the statement is genuinely mixed
        certainty = abs(result.p_nfr - 0.5) * 2
        draft.confidence = round(draft.confidence * (0.75 + 0.25 * certainty), 4)


# "What I'd love is …, and the price should depend on the size of the dog": a client talking,
# whatever the document; specification prose speaks of "the system", not of "I" and "we"
_FIRST_PERSON_RE = prefilter.compile(r"\b(?:I|I['’](?:d|m|ve|ll)|we|we['’](?:d|re|ve|ll)|our|my|us)\b", re.I)


def _classified_text(draft: Draft) -> str:
    """What the classifier reads. A user story is read as the shall-statement it stands for, its
    means alone: "so that I can easily ..." is the user's goal, not a quality asked of the system."""
    story = parse_user_story(draft.statement) if draft.style == "user_story" else None
    if story is None:
        return draft.statement
    means = draft.statement[story.means[0] : story.means[1]].strip()
    # "I want to export ..." is something the system lets me do; "I want an export ..." something it gives me
    verb = "let" if _TO_BEFORE_RE.search(draft.statement, 0, story.means[0]) else "give"
    return f"The system shall {verb} me {means}."


def _set_rationale(draft: Draft, people: People | None = None) -> None:
    # after classification, which reads the whole statement: a reason ("GDPR", "most owners book
    # from their phone") is evidence of the quality even though it is not part of the requirement
    if draft.style == "user_story":
        return
    split = split_rationale(draft.statement, keep_leading=bool(PROJECT_LIMIT_RE.search(draft.statement)))
    statement = split.statement
    if split.rationale and (
        draft.statement.rstrip(".").endswith(split.statement.rstrip(".")[1:])
        or _as_written(draft.statement, draft.quote)
    ):
        # a reason that led the sentence ("…, so clients need to be able to say no") or closed a sentence
        # kept as said ("…, and that needs to happen automatically, we lose a fortune") hid its wording
        statement = statement_for(statement, draft.style, people)
    # a reason given in a later remark ("instalments are essential, some families can't pay") stays
    draft.statement, draft.rationale = statement, split.rationale or draft.rationale


def _names_a_quality(statement: str) -> bool:
    return quality_evidence(statement) or quality_cue(statement) is not None


# what someone may or may not do: a rule of the business unless its words name a quality
_PERMISSIONS = frozenset(["can", "may", "can't", "cannot", "can not"])


def _informal(draft: Draft) -> bool:
    return draft.style not in {"modal", "user_story"} or draft.cue.lower().replace("’", "'") in _PERMISSIONS


def _enrich(draft: Draft, options: AnalysisOptions, people: People | None = None) -> None:
    if draft.priority_override is not None:
        draft.priority, draft.priority_cue = draft.priority_override
    else:
        if draft.compound:  # a part of a sentence has its own cue; the sentence's is the fallback
            draft.priority, draft.priority_cue = priority_of(draft.quote, draft.label)
            if draft.priority_cue is None and draft.kind == "constraint" and PROJECT_LIMIT_RE.search(draft.statement):
                draft.priority, draft.priority_cue = "must", "budget or deadline"  # not the wish beside it
        if not draft.compound or draft.priority_cue is None:
            draft.priority, draft.priority_cue = priority_of(_without_reason(draft), draft.label)
            if (
                draft.compound
                and draft.priority == "wont"
                and (draft.priority_cue or "").lower() not in draft.quote.lower()
            ):
                # "Start with the waiting list; inspections in phase 2": only the part that is put off is
                draft.priority, draft.priority_cue = priority_of(WONT_RE.sub(" ", _without_reason(draft)), draft.label)
        if (heading := moscow_heading(draft.unit_section)) and (
            draft.priority_cue is None or draft.priority_cue.lower() in _PLAIN_MODALS
        ):
            draft.priority, draft.priority_cue = heading, draft.unit_section  # the items under "Must have"
        if draft.priority_cue is None and (law := law_named(draft.quote)):
            draft.priority, draft.priority_cue = "must", law  # "WCAG 2.2 AA": a law or standard binds
        if draft.priority_cue is None and constraints_section(draft.unit_section):
            draft.priority, draft.priority_cue = "must", draft.unit_section  # a constraint binds
            if not _SHOULD_RE.search(draft.quote.lower()):
                draft.statement = _SHOULD_RE.sub("must", draft.statement, count=1)  # "Live by 1 March": it must
        if draft.priority == "wont" and draft.kind == "constraint" and PROJECT_LIMIT_RE.search(draft.sentence):
            # a budget or schedule constraint binds now; "wait for phase 2" is what it implies for features
            draft.priority, draft.priority_cue = priority_of(WONT_RE.sub(" ", draft.sentence), draft.label)
        if draft.priority_cue is None and draft.kind == "constraint" and PROJECT_LIMIT_RE.search(draft.statement):
            draft.priority, draft.priority_cue = "must", "budget or deadline"  # "We have £8-10k …": it binds
        if draft.priority_cue is None and rules_out_a_mishap(draft.quote):
            draft.priority, draft.priority_cue = "must", "No"  # "No double bookings.": it must not happen
        if (draft.priority_cue is None or draft.style == "decision") and RULED_OUT_RE.search(draft.statement):
            draft.priority, draft.priority_cue = "wont", "out of scope"  # "No marketing features, …"
        if draft.priority_cue is None and (worded := _FIRST_MODAL_RE.search(draft.statement)) and worded[1] == "must":
            # "We close on bank holidays, so no bookings" → "… must not accept bookings …": the reading binds
            draft.priority, draft.priority_cue = "must", worded[0]
    phrases = noun_phrases(draft.statement, people=people)
    draft.actors = find_actors(draft.statement, phrases, people, draft.speaker)
    # a page's name ("Book a class", "Timetable") names a screen, not data the system records
    draft.entities = find_entities(draft.statement, draft.actors, phrases) if draft.style != "page" else []
    attributes = {e.split(".", 1)[1] for e in draft.entities if "." in e}
    draft.actors = [a for a in draft.actors if a.replace(" ", "_") not in attributes]
    if options.acceptance_criteria:
        draft.criteria = _criteria(draft)


# a modal says the item is wanted, not how much: under "Nice to have", "should" is a could
_PLAIN_MODALS = frozenset(
    {"should", "must", "shall", "will", "can", "could", "may", "want", "wants", "need", "needs", "need to", "needs to",
     "have to", "has to", "would like", "'d like", "’d like", "we need"}
)  # fmt: skip


def _without_reason(draft: Draft) -> str:
    """The sentence without the reason split off it: "..., and right now they can't" says how things
    are, not how much the requirement matters."""
    if not draft.rationale:
        return draft.sentence
    at = draft.sentence.lower().find(draft.rationale.rstrip(" .").lower())
    if at < 0:
        return draft.sentence
    # "We don't need a blog because nobody reads them" -> "We don't need a blog."
    before = _DANGLING_LINK_RE.sub("", draft.sentence[:at])
    return before + draft.sentence[at + len(draft.rationale.rstrip(" .")) :]


_DANGLING_LINK_RE = re.compile(r"(?:\s*[,;:–—]\s*|\s+(?:because|as|since|so)\s*)+$", re.I)


def _criteria(draft: Draft) -> list[AcceptanceCriterion]:
    """Criteria from the statement, then the ones the client wrote under it: each is the outcome of
    the same situation and action ("AC: the tenant gets a reference number straight away")."""
    criteria = acceptance_criteria(draft.statement, draft.actors, draft.kind == "functional")
    situation = (
        criteria[0] if criteria else AcceptanceCriterion(given="the requirement applies", when="it is used", then="")
    )
    for outcome in draft.stated_criteria:
        if written := _GIVEN_WHEN_THEN_RE.match(outcome):
            # "Given a class has free places, when I book it, then I see it under My bookings"
            given, when, then = (written.group(part).strip(" ,") for part in ("given", "when", "then"))
            criteria.append(AcceptanceCriterion(given=given, when=when, then=then))
        else:
            criteria.append(AcceptanceCriterion(given=situation.given, when=situation.when, then=outcome))
    return criteria


_GIVEN_WHEN_THEN_RE = re.compile(
    r"^\s*given\s+(?P<given>.+?),?\s+when\s+(?P<when>.+?),?\s+then\s+(?P<then>.+?)\s*\.?$", re.I | re.S
)


_TO_BEFORE_RE = re.compile(r"\bto\s*$", re.I)
# qualities judged against a threshold ("fast", "reliable", "easy"); a security, legal or
# portability requirement ("sign in with a second factor") is met or not without a figure
_THRESHOLD_QUALITIES = frozenset({"performance_efficiency", "reliability", "usability"})


def _lint(draft: Draft) -> None:
    reason = _reasonspan_of(draft.quote, draft.rationale)
    for rule in WORDING_RULES:
        if rule is unclear_pronouns:
            # read in the statement, which names what the source left to a pronoun ("make it
            # bookable" under a topic, "they" for the group just named) and carries a split part's
            # shared clause; reported on the same pronoun in the source
            found = _in_quote(rule(draft.statement), draft.statement, draft.quote)
        else:
            found = rule(draft.quote)
        for finding in found:
            if reason and rule is not tbd and reason[0] <= (finding.start or -1) < reason[1]:
                continue  # the client's reason is context, not requirement wording to be tested
            draft.findings.append(_shift(finding, draft.start))
        if draft.note is not None and rule is not unclear_pronouns:
            # "TBC with Ellie" in the row's "Notes" cell: found where it is written
            draft.findings.extend(_shift(finding, draft.note[0]) for finding in rule(draft.note[2]))
    if draft.kind == "non_functional" and draft.category in _THRESHOLD_QUALITIES:
        draft.findings.extend(_shift(f, draft.start, draft.end) for f in unmeasurable(draft.quote))
    if draft.compound:
        draft.findings.append(
            Finding(
                rule="compound_requirement",
                severity="info",
                message="Split from a sentence that states several requirements at once.",
                start=draft.start,
                end=draft.end,
                suggestion="Keep one requirement per sentence so each can be tested and traced alone.",
            )
        )


def _in_quote(findings: list[Finding], statement: str, quote: str) -> list[Finding]:
    """Findings on pronouns of the statement, moved to the same pronoun (the same occurrence,
    counted from the start) in the quoted source; to the whole quote if the source has none.
    One pass per pronoun word, so a statement full of pronouns stays linear."""
    occurrences: dict[str, tuple[list[int], list[re.Match[str]]]] = {}
    out = []
    for finding in findings:
        word = statement[finding.start or 0 : finding.end or 0].lower()
        if word not in occurrences:
            pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
            occurrences[word] = ([m.start() for m in pattern.finditer(statement)], list(pattern.finditer(quote)))
        in_statement, in_quote = occurrences[word]
        if not in_quote:
            out.append(finding.model_copy(update={"start": 0, "end": len(quote)}))
            continue
        nth = bisect_left(in_statement, finding.start or 0)
        at = in_quote[min(nth, len(in_quote) - 1)]
        out.append(finding.model_copy(update={"start": at.start(), "end": at.end()}))
    return out


def _reasonspan_of(quote: str, rationale: str | None) -> tuple[int, int] | None:
    """Where the rationale split off the statement sits in the quoted source, if it is there verbatim."""
    if not rationale:
        return None
    words = rationale.rstrip(" .!").split()
    m = re.search(r"\s+".join(re.escape(w) for w in words), quote, re.IGNORECASE) if words else None
    return (m.start(), m.end()) if m else None


def _shift(finding: Finding, offset: int, end: int | None = None) -> Finding:
    if finding.start is None:
        return finding.model_copy(update={"start": offset, "end": end})
    return finding.model_copy(update={"start": finding.start + offset, "end": (finding.end or finding.start) + offset})


_MODAL_HEAD_RE = re.compile(r"\s(?:should|must|shall|can|could)\s")


def _title(draft: Draft) -> str:
    if draft.title:
        return clipped(draft.title)
    if draft.cue == _SCENARIO and (named := _SCENARIO_TITLE_RE.match(draft.quote)):
        return clipped(capitalise(named.group(1).strip()))  # the scenario's own name
    if draft.style == "answer" and ":" in draft.statement:
        head = draft.statement.split(":", 1)[0]
        if _MODAL_HEAD_RE.search(head):  # "The system should take a deposit: ten pounds a head"
            return title_for(head + ".")  # "The kitchen should get the orders on a screen: a tablet"
        # "Payments: card only, we use SumUp …": the question's topic and the answer's first words
        return clipped(re.split(r"[,;]\s", draft.statement, maxsplit=1)[0].rstrip(" ."))
    limit = PROJECT_LIMIT_RE.search(draft.statement) if draft.kind == "constraint" else None
    if limit is None:
        return title_for(draft.statement)
    if len(draft.statement.split()) <= 8:
        return clipped(draft.statement.rstrip(" ."))  # "Budget: £15k, fixed" says it all
    # "The budget is fixed for this year, so anything big has to wait": the constraint is the budget clause
    clauses = re.split(r"[,;:–—]\s*|\s+so\s+", draft.statement)
    return clipped(next((c for c in clauses if PROJECT_LIMIT_RE.search(c)), draft.statement).strip(" ."))


def _requirement(rid: str, draft: Draft) -> Requirement:
    findings = sorted(draft.findings, key=lambda f: (f.start or 0, f.end or 0, f.rule, f.message))
    return Requirement(
        id=rid,
        title=_title(draft),
        statement=draft.statement,
        rationale=draft.rationale,
        kind=draft.kind,
        category=draft.category,
        priority=draft.priority,
        priority_cue=draft.priority_cue,
        actors=draft.actors,
        entities=draft.entities,
        acceptance_criteria=draft.criteria,
        sources=[draft.source(), *draft.extra_sources],
        findings=findings,
        confidence=min(max(draft.confidence, 0.0), 1.0),
    )
