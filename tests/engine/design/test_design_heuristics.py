"""The wording heuristics on their own: inflection, types, attributes, relations, operations, roles."""

from __future__ import annotations

import pytest

from autoagi.engine.design.field_types import infer_field_type
from autoagi.engine.design.inflection import pluralize, singularize
from autoagi.engine.design.operations import find_operations, lemma
from autoagi.engine.design.roles import role_of
from autoagi.engine.design.statements import extract_facts
from autoagi.engine.design.vocabulary import EntityVocabulary


@pytest.mark.parametrize(
    ("plural", "singular"),
    [
        ("bookings", "booking"),
        ("categories", "category"),
        ("statuses", "status"),
        ("addresses", "address"),
        ("classes", "class"),
        ("people", "person"),
        ("analyses", "analysis"),
        ("courses", "course"),
        ("buses", "bus"),
        ("movies", "movie"),
        ("caches", "cache"),
        ("staff", "staff"),
        ("data", "data"),
    ],
)
def test_singular_and_plural_round_trip(plural, singular):
    assert singularize(plural) == singular
    assert pluralize(singular) == plural


@pytest.mark.parametrize(
    ("name", "type_"),
    [
        ("email", "email"),
        ("email_address", "email"),
        ("phone_number", "phone"),
        ("invoice_number", "string"),
        ("date_of_birth", "date"),
        ("due_date", "date"),
        ("start_time", "time"),
        ("paid_at", "datetime"),
        ("total_price", "decimal"),
        ("quantity", "integer"),
        ("number_of_guests", "integer"),
        ("is_active", "boolean"),
        ("status", "enum"),
        ("notes", "text"),
        ("website", "url"),
        ("title", "string"),
    ],
)
def test_field_type_from_name(name, type_):
    assert infer_field_type(name) == type_


def _vocabulary(*names):
    vocabulary = EntityVocabulary(40)
    for name in names:
        vocabulary.add(name, "R0")
    return vocabulary


def _attributes(facts):
    return {(fact.entity, "_".join(fact.words)): fact for fact in facts.attributes}


def _relations(facts):
    return {(fact.one, fact.many, fact.many_to_many) for fact in facts.relations}


def test_has_list_with_optional_unique_and_enum_values():
    facts = extract_facts(
        "A booking has a date, an optional note, a unique reference and a status (pending, confirmed or cancelled).",
        "R1",
        _vocabulary("booking"),
        promote=False,
    )
    attributes = _attributes(facts)
    assert set(attributes) == {("Booking", name) for name in ("date", "note", "reference", "status")}
    assert attributes[("Booking", "note")].required is False
    assert attributes[("Booking", "reference")].unique is True
    assert attributes[("Booking", "status")].values == ("pending", "confirmed", "cancelled")


@pytest.mark.parametrize(
    ("statement", "required"),
    [
        # a data dictionary read as one statement: the fields it names are required, the rest not
        (
            "The system should record each member with their name, email, phone and date of birth; "
            "name and email are required.",
            {"name": True, "email": True, "phone": False, "date_of_birth": False},
        ),
        (
            "A member has a name, an email and a phone. The phone is optional.",
            {"name": True, "email": True, "phone": False},
        ),
        ("A member has a name and a phone; the name is mandatory.", {"name": True, "phone": False}),
    ],
)
def test_a_clause_says_which_fields_are_required(statement, required):
    attributes = _attributes(extract_facts(statement, "R1", _vocabulary("member"), promote=False))
    assert {name: attribute.required for (_, name), attribute in attributes.items()} == required


@pytest.mark.parametrize(
    ("statement", "attribute"),
    [
        ("The customer's phone number must be stored.", "phone_number"),
        ("Staff can change the start date of a booking.", "start_date"),
        ("For each customer, the system stores the loyalty level.", "loyalty_level"),
        ("Customer details include a postcode.", "postcode"),
    ],
)
def test_other_ways_of_naming_an_attribute(statement, attribute):
    facts = extract_facts(statement, "R1", _vocabulary("customer", "booking"), promote=False)
    assert any(name == attribute for _, name in _attributes(facts)), _attributes(facts)


@pytest.mark.parametrize(
    ("statement", "relation"),
    [
        ("Each customer can have many bookings.", ("Customer", "Booking", False)),
        ("A booking belongs to a customer.", ("Customer", "Booking", False)),
        ("Bookings are made by customers.", ("Customer", "Booking", False)),
        ("A booking has a customer.", ("Customer", "Booking", False)),
        ("A product can belong to many categories.", ("Category", "Product", True)),
    ],
)
def test_relation_wordings(statement, relation):
    vocabulary = _vocabulary("customer", "booking", "product", "category")
    assert relation in _relations(extract_facts(statement, "R1", vocabulary, promote=False))


def test_promotion_makes_has_many_targets_entities():
    vocabulary = _vocabulary("customer")
    extract_facts("Each customer can have several vehicles.", "R1", vocabulary, promote=True)
    assert list(vocabulary.entities) == ["Customer", "Vehicle"]


def test_in_order_to_is_not_an_order():
    vocabulary = _vocabulary("order", "booking")
    assert [
        mention.entity for mention in vocabulary.mentions(["pay", "in", "order", "to", "confirm", "a", "booking"])
    ] == ["Booking"]


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("Customers can view, reschedule or cancel their bookings.", {"read", "reschedule", "cancel"}),
        ("Bookings can be cancelled by staff.", {"cancel"}),
        ("The system shall allow staff to create bookings.", {"create"}),
        ("Staff must be able to mark a booking as no-show.", {"mark-no-show"}),
        ("When a customer cancels a booking, staff are notified.", {"cancel"}),
        ("Admins manage bookings.", {"create", "read", "update", "delete"}),
        ("The cancellation of a booking must be logged.", {"cancel"}),
        ("Staff can check in bookings.", {"check-in"}),
        ("Customers receive a reminder before each booking.", set()),
        ("Customers must never delete bookings.", set()),
        ("The report shows which bookings have been paid.", {"pay"}),
    ],
)
def test_operation_wordings(statement, expected):
    operations = find_operations(statement, "R1", _vocabulary("booking"), ["customer", "staff", "admin"])
    assert {operation.verb for operation in operations if operation.entity == "Booking"} == expected


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("cancelled", "cancel"),
        ("cancelling", "cancel"),
        ("approves", "approve"),
        ("paid", "pay"),
        ("submitted", "submit"),
        ("copies", "copies"),
    ],
)
def test_lemma(word, base):
    assert lemma(word) == base


@pytest.mark.parametrize(
    ("actor", "role"),
    [
        ("Receptionists", "receptionist"),
        ("the clinic administrator", "clinic_administrator"),
        ("Administrator", "admin"),
        ("end user", "user"),
        ("System", None),
        ("we", None),
        ("", None),
    ],
)
def test_roles_from_actors(actor, role):
    found = role_of(actor, 40)
    assert (found[0] if found else None) == role


@pytest.mark.parametrize(
    ("statement", "kinds"),
    [
        # a feature named by a noun: the product keeps those records
        ("The system should support gift vouchers.", {"create", "read", "update", "delete"}),
        ("The system should provide gift vouchers for regulars.", {"create", "read", "update", "delete"}),
        # a verb after it says what is done ("support booking gift vouchers" reads the verb)
        ("The system should allow customers to cancel gift vouchers.", {"cancel"}),
    ],
)
def test_a_feature_the_product_supports_is_a_managed_record(statement, kinds):
    operations = find_operations(statement, "R1", _vocabulary("gift voucher"), ["customer"])
    assert {operation.verb for operation in operations} == kinds
