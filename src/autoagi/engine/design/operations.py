"""What people do to entities: "customers can view, reschedule or cancel their bookings".

Each verb applied to an entity becomes an ``Operation``: one of the four CRUD kinds, or a named
action ("cancel", "check-in", "mark-no-show") that gets its own endpoint.
"""

from __future__ import annotations

from dataclasses import dataclass

from autoagi.engine.design.inflection import pluralize, singularize
from autoagi.engine.design.lexicon import (
    CLAUSE_BREAKERS,
    COMMUNICATION_VERBS,
    CRUD_VERBS,
    DETERMINERS,
    IRREGULAR_VERB_FORMS,
    KNOWN_VERBS,
    LIST_SEPARATORS,
    MANAGE_VERBS,
    META_VERBS,
    MODAL_TRIGGERS,
    NEGATIONS,
    NOMINALISATIONS,
    PHRASAL_PARTICLES,
    PHRASE_BREAKERS,
    PRONOUNS,
    VERB_FILLERS,
)
from autoagi.engine.design.text import fold, sentences, tokens
from autoagi.engine.design.vocabulary import EntityVocabulary, Mention

MAX_MODIFIERS_BEFORE_OBJECT = 2
_PASSIVE_AUXILIARIES = frozenset({"be", "been", "is", "are", "was", "were", "being", "get", "gets"})
_FINITE_AUXILIARIES = frozenset({"is", "are", "was", "were", "been"})
_CAUSATIVE_VERBS = frozenset({"let", "lets", "help", "helps"})
_PREPOSITIONS = frozenset({"for", "of", "to", "with", "by", "from", "in", "on", "at", "about"})
_NOT_VERBS = DETERMINERS | PHRASE_BREAKERS | LIST_SEPARATORS | MODAL_TRIGGERS | VERB_FILLERS | PRONOUNS


@dataclass(frozen=True)
class Operation:
    entity: str
    kind: str  # "create" | "read" | "update" | "delete" | "action"
    verb: str  # lemma or action name: "cancel", "check-in", "mark-no-show"
    requirement_id: str


def lemma(word: str) -> str:
    """Base form of a verb we know: "cancelled" → "cancel", "approves" → "approve"."""
    if word in IRREGULAR_VERB_FORMS:
        return IRREGULAR_VERB_FORMS[word]
    if word in KNOWN_VERBS:
        return word
    candidates = []
    if word.endswith("ied") or word.endswith("ies"):
        candidates.append(word[:-3] + "y")
    if word.endswith("ed"):
        candidates += [word[:-2], word[:-1]]
        if len(word) > 4 and word[-3] == word[-4]:
            candidates.append(word[:-3])
    if word.endswith("es"):
        candidates += [word[:-2], word[:-1]]
    elif word.endswith("s"):
        candidates.append(word[:-1])
    if word.endswith("ing"):
        candidates += [word[:-3], word[:-3] + "e"]
        if len(word) > 5 and word[-4] == word[-5]:
            candidates.append(word[:-4])  # "cancelling" → "cancel", "stopping" → "stop"
    return next((candidate for candidate in candidates if candidate in KNOWN_VERBS), word)


def _is_participle(word: str) -> bool:
    return (word.endswith(("ed", "en")) or word in IRREGULAR_VERB_FORMS) and lemma(word) in KNOWN_VERBS


def classify(verb: str) -> list[str]:
    """CRUD kinds a verb stands for; ``["action"]`` for anything else."""
    if verb in MANAGE_VERBS:
        return ["create", "read", "update", "delete"]
    for kind, verbs in CRUD_VERBS.items():
        if verb in verbs:
            return [kind]
    return ["action"]


def find_operations(
    statement: str, requirement_id: str, vocabulary: EntityVocabulary, actors: list[str] = ()
) -> list[Operation]:
    found: list[Operation] = []
    actor_heads = _actor_heads(actors)
    for sentence in sentences(fold(statement)):
        words = tokens(sentence)
        mentions = vocabulary.mentions(words)
        if not mentions:
            continue
        starts = {mention.start: mention for mention in mentions}
        pairs = _modal_operations(words, mentions, starts)
        pairs += _present_tense_operations(words, starts, actor_heads)
        pairs += _nominal_operations(words, mentions, starts)
        for verb, entity in pairs:
            if verb in COMMUNICATION_VERBS or verb in META_VERBS:
                continue
            for kind in classify(verb):
                operation = Operation(entity, kind, verb if kind == "action" else kind, requirement_id)
                if operation not in found:
                    found.append(operation)
    return found


def _modal_operations(words: list[str], mentions: list[Mention], starts: dict[int, Mention]) -> list[tuple]:
    """Verbs after "can/shall/must/to", active ("can cancel a booking") or passive ("can be cancelled")."""
    pairs = []
    for index, word in enumerate(words):
        if word not in MODAL_TRIGGERS:
            continue
        position, passive, negated = index + 1, False, word == "cannot"
        while position < len(words) and (words[position] in VERB_FILLERS or words[position] in _PASSIVE_AUXILIARIES):
            passive = passive or words[position] in _PASSIVE_AUXILIARIES
            negated = negated or words[position] in NEGATIONS
            position += 1
        if negated:
            continue  # "customers must never delete invoices" asks for no operation
        if position >= len(words) or words[position] in MODAL_TRIGGERS:
            continue  # the next trigger ("be able to ...") reads on from there
        if passive and _is_participle(words[position]):
            subject = _subject_before(words, mentions, index)
            if subject is not None:
                pairs.append((lemma(words[position]), subject.entity))
            continue
        # After "to", also a preposition ("sent to Dr Moreau"), or a modal with no subject before it
        # (a table row "Must | Dr Moreau"), only a known verb counts.
        strict = word == "to" or index == 0
        pairs += _verbs_and_objects(words, position, starts, first_must_be_known=strict)
    return pairs


def _actor_heads(actors) -> frozenset[str]:
    """Last words of the actors, singular and plural, to spot "receptionists check in patients"."""
    heads = set()
    for actor in actors:
        words = tokens(fold(actor))
        if words:
            heads |= {singularize(words[-1]), pluralize(singularize(words[-1]))}
    return frozenset(heads)


def _present_tense_operations(words: list[str], starts: dict[int, Mention], actor_heads: frozenset[str]) -> list[tuple]:
    """ "When a receptionist cancels a booking", "admins manage vets", "a booking is cancelled"."""
    pairs = []
    for index, word in enumerate(words):
        if index in starts or word in _NOT_VERBS:
            continue
        previous = words[index - 1] if index else ""
        third_person = word.endswith("s") and lemma(word) != word and previous not in DETERMINERS
        after_actor = previous in actor_heads and word != previous
        if (third_person or after_actor) and lemma(word) in KNOWN_VERBS | MANAGE_VERBS:
            pairs += _verbs_and_objects(words, index, starts, first_must_be_known=True)
        elif previous in _FINITE_AUXILIARIES and _is_participle(word):  # "must be paid" is a modal's
            clause_start = max((i for i in range(index) if words[i] in CLAUSE_BREAKERS or words[i] == ","), default=-1)
            in_clause = [mention for mention in starts.values() if mention.start > clause_start]
            subject = _subject_before(words, in_clause, index)
            if subject is not None:
                pairs.append((lemma(word), subject.entity))
    return pairs


def _nominal_operations(words: list[str], mentions: list[Mention], starts: dict[int, Mention]) -> list[tuple]:
    """ "cancellation of a booking", "booking cancellation"."""
    pairs = []
    ends = {mention.end: mention for mention in mentions}
    for index, word in enumerate(words):
        verb = NOMINALISATIONS.get(word)
        if verb is None:
            continue
        if index in ends:
            pairs.append((verb, ends[index].entity))
        elif index + 1 < len(words) and words[index + 1] == "of":
            target = _object_at(words, index + 2, starts)
            if target is not None:
                pairs.append((verb, target.entity))
    return pairs


def _verbs_and_objects(
    words: list[str], position: int, starts: dict[int, Mention], first_must_be_known: bool = False
) -> list[tuple]:
    """ "view, reschedule or cancel their bookings and invoices" → every verb × every object."""
    verbs: list[str] = []
    while position < len(words) and position not in starts:
        word = words[position]
        if word in LIST_SEPARATORS:
            position += 1
            continue
        if word in _NOT_VERBS or not word[0].isalpha():
            break
        base = lemma(word)
        if first_must_be_known and not verbs and base not in KNOWN_VERBS | MANAGE_VERBS:
            return []
        if verbs and base not in KNOWN_VERBS and words[position - 1] not in LIST_SEPARATORS:
            break  # a noun modifier ("cancel upcoming bookings"), not another verb
        particle = words[position + 1] if position + 1 < len(words) else ""
        if particle in PHRASAL_PARTICLES.get(base, ()):
            base, position = f"{base}-{particle}", position + 1
        verbs.append(base)
        position += 1
    if verbs and verbs[0] in _CAUSATIVE_VERBS and len(verbs) == 1:
        # "shall let an owner delete their account": skip the person, read their verb
        following = _verb_after_person(words, position)
        return _verbs_and_objects(words, following, starts) if following is not None else []
    if verbs in (["support"], ["provide"], ["offer"]) and (target := _object_at(words, position, starts)) is not None:
        # "should support gift vouchers": the product keeps them, so they are managed like any record
        return [("manage", target.entity)]
    if not verbs or verbs[0] in META_VERBS:
        return []
    pairs = []
    for target in _objects_from(words, position, starts):
        for verb in verbs:
            name = _marked_state(words, target, verb)
            pairs.append((name, target.entity))
    return pairs


def _verb_after_person(words: list[str], position: int) -> int | None:
    """Position of the verb in "let <a person> <verb>", within a few words."""
    for offset in range(position, min(len(words), position + 5)):
        word = words[offset]
        if word in LIST_SEPARATORS or word in CLAUSE_BREAKERS:
            return None
        if offset > position and lemma(word) in KNOWN_VERBS | MANAGE_VERBS and word not in DETERMINERS:
            return offset
    return None


def _objects_from(words: list[str], position: int, starts: dict[int, Mention]) -> list[Mention]:
    """Objects joined by "and"/"or"; a comma joins only inside such a list, not across clauses."""
    objects: list[Mention] = []
    separators: list[str] = []
    target = _object_at(words, position, starts)
    while target is not None:
        objects.append(target)
        position = target.end
        if position < len(words) and words[position] in LIST_SEPARATORS:
            separators.append(words[position])
            target = _object_at(words, position + 1, starts)
        else:
            target = None
    if "," in separators and not any(separator != "," for separator in separators[separators.index(",") :]):
        return objects[: separators.index(",") + 1]
    return objects


def _object_at(words: list[str], position: int, starts: dict[int, Mention]) -> Mention | None:
    """The entity a verb acts on, allowing determiners and a couple of modifiers before it."""
    modifiers = 0
    while position < len(words) and position not in starts:
        word = words[position]
        if word in DETERMINERS or word == "'s":
            position += 1
            continue
        if word in PHRASE_BREAKERS or word in LIST_SEPARATORS or not word[0].isalnum():
            return None
        modifiers += 1
        if modifiers > MAX_MODIFIERS_BEFORE_OBJECT:
            return None
        position += 1
    return starts.get(position)


def _marked_state(words: list[str], target: Mention, verb: str) -> str:
    """ "mark a booking as no-show" → the action "mark-no-show"."""
    if verb not in {"mark", "flag", "set"}:
        return verb
    index = target.end
    if index < len(words) and words[index] == "as":
        state = []
        for word in words[index + 1 : index + 4]:
            if word in PHRASE_BREAKERS or word in LIST_SEPARATORS or word in DETERMINERS or not word[0].isalnum():
                if state or word not in DETERMINERS:
                    break
                continue
            state.append(word)
        if state:
            return "-".join([verb, *state])
    return verb


def _subject_before(words: list[str], mentions: list[Mention], index: int) -> Mention | None:
    """The passive verb's subject: the nearest mention before it that is not a prepositional object
    ("invoices are issued for appointments and must be paid" → invoices)."""
    before = [mention for mention in mentions if mention.end <= index]
    for mention in reversed(before):
        previous = mention.start - 1
        while previous >= 0 and words[previous] in DETERMINERS:
            previous -= 1
        if previous >= 1 and words[previous] == "of" and words[previous - 1] in NOMINALISATIONS:
            return None  # "the cancellation of a booking must be logged": the cancellation is logged
        if previous < 0 or words[previous] not in _PREPOSITIONS:
            return mention
    return before[-1] if before else None


# Actions people take on "their booking" without naming it: "customers should be able to cancel".
_OBJECTLESS_VERBS = frozenset({"cancel", "reschedule", "rebook", "move", "amend"})


def objectless_actions(statement: str, requirement_id: str, found: list[Operation], target: str) -> list[Operation]:
    """ "Customers should be able to cancel themselves", "stop them cancelling online": with one
    record that people's activity leaves (a booking), an action named without an object is on it."""
    named = {operation.verb for operation in found}
    actions: list[Operation] = []
    for sentence in sentences(fold(statement)):
        words = tokens(sentence)
        for index, word in enumerate(words):
            verb = lemma(word)
            if verb not in _OBJECTLESS_VERBS or verb in named or any(item.verb == verb for item in actions):
                continue
            if any(previous in NEGATIONS for previous in words[max(0, index - 3) : index]):
                continue  # "must not cancel" asks for no action
            actions.append(Operation(target, "action", verb, requirement_id))
    return actions
