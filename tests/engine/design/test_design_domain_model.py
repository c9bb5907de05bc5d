"""Entities, typed fields and relations derived from a clinic's requirements."""

from __future__ import annotations

from autoagi.engine.artifacts import AcceptanceCriterion
from autoagi.engine.design import FIELD_TYPES, DesignOptions, design


def _entity(result, name):
    return next(entity for entity in result.entities if entity.name == name)


def _fields(entity):
    return {field.name: field for field in entity.fields}


def _relations(entity):
    return {(relation.kind, relation.target) for relation in entity.relations}


def test_entities_are_singular_pascal_case_and_deduplicated(clinic):
    names = [entity.name for entity in design(clinic).entities]
    # "appointments" and "appointment", "customers" and "customer" collapse into one entity each
    assert names == ["Appointment", "Vet", "Pet", "Customer", "Invoice"]


def test_attributes_as_worded_become_typed_fields(clinic):
    appointment = _fields(_entity(design(clinic), "Appointment"))
    assert appointment["date"].type == "date"
    assert appointment["start_time"].type == "time"
    assert appointment["duration"].type == "integer"
    assert appointment["status"].type == "enum"

    customer = _fields(_entity(design(clinic), "Customer"))
    assert customer["phone_number"].type == "phone"
    assert customer["email_address"].type == "email"
    assert customer["email_address"].unique  # "a unique email address"
    assert customer["name"].type == "string"


def test_optional_attributes_are_not_required(clinic):
    pet = _fields(_entity(design(clinic), "Pet"))
    assert pet["date_of_birth"].type == "date"
    assert pet["date_of_birth"].required is False
    assert pet["species"].required is True


def test_every_entity_gets_an_id_and_timestamps_in_a_stable_order(clinic):
    for entity in design(clinic).entities:
        names = [field.name for field in entity.fields]
        assert names[0] == "id"
        assert names[-2:] == ["created_at", "updated_at"]
        identifier = _fields(entity)["id"]
        assert identifier.type == "uuid" and identifier.unique and identifier.required


def test_options_choose_integer_ids_and_drop_timestamps(clinic):
    result = design(clinic, DesignOptions(id_type="integer", timestamps=False))
    appointment = _fields(_entity(result, "Appointment"))
    assert appointment["id"].type == "integer"
    assert appointment["vet_id"].type == "integer"
    assert "created_at" not in appointment


def test_has_many_makes_a_one_to_many_with_a_foreign_key(clinic):
    result = design(clinic)
    assert ("one_to_many", "Pet") in _relations(_entity(result, "Customer"))
    assert ("many_to_one", "Customer") in _relations(_entity(result, "Pet"))
    assert "customer_id" in _fields(_entity(result, "Pet"))


def test_with_and_for_phrases_link_the_booked_entity(clinic):
    # "book an appointment with a vet for their pet"
    appointment = _entity(design(clinic), "Appointment")
    assert {("many_to_one", "Vet"), ("many_to_one", "Pet")} <= _relations(appointment)
    assert {"vet_id", "pet_id"} <= set(_fields(appointment))


def test_belongs_to_and_issued_for_link_the_right_way_round(clinic):
    invoice = _entity(design(clinic), "Invoice")  # "Invoices are issued for appointments"
    assert ("many_to_one", "Appointment") in _relations(invoice)
    assert "appointment_id" in _fields(invoice)


def test_their_points_to_the_actor_entity(clinic):
    # "Customers can view ... their upcoming appointments"
    assert ("one_to_many", "Appointment") in _relations(_entity(design(clinic), "Customer"))


def test_relation_names_are_snake_case_and_plural_on_the_many_side(clinic):
    customer = _entity(design(clinic), "Customer")
    pets = next(relation for relation in customer.relations if relation.target == "Pet")
    assert pets.name == "pets"
    pet = _entity(design(clinic), "Pet")
    owner = next(relation for relation in pet.relations if relation.target == "Customer")
    assert owner.name == "customer"


def test_stated_enum_values_and_action_states_feed_the_status(clinic):
    result = design(clinic)
    # values are not in the artifact yet; the ER diagram carries them as the attribute comment
    assert '"requested, confirmed, cancelled, no_show"' in result.diagrams["er"]
    invoice = _fields(_entity(result, "Invoice"))
    assert invoice["status"].type == "enum"  # "must be paid" adds a status


def test_entity_without_attributes_gets_a_name(clinic):
    assert "name" in _fields(_entity(design(clinic), "Vet"))


def test_every_field_type_is_in_the_published_vocabulary(clinic, hostile):
    for requirements in (clinic, hostile):
        for entity in design(requirements).entities:
            assert {field.type for field in entity.fields} <= set(FIELD_TYPES)


def test_promoted_entity_from_has_many(make_requirement):
    result = design([make_requirement("R1", "Each project can have many milestones.", entities=["project"])])
    assert [entity.name for entity in result.entities] == ["Project", "Milestone"]
    assert ("one_to_many", "Milestone") in _relations(result.entities[0])


def test_mutual_has_many_becomes_many_to_many(make_requirement):
    result = design(
        [
            make_requirement("R1", "A course has many students.", entities=["course", "student"]),
            make_requirement("R2", "A student has many courses.", entities=["student", "course"]),
        ]
    )
    course = _entity(result, "Course")
    assert _relations(course) == {("many_to_many", "Student")}
    assert "student_id" not in _fields(course) and "course_id" not in _fields(_entity(result, "Student"))


def test_entities_inferred_from_data_verbs_when_none_listed(make_requirement):
    result = design([make_requirement("R1", "Members can reserve a court for one hour.")])
    assert [entity.name for entity in result.entities] == ["Court"]


def test_software_nouns_are_not_entities(make_requirement):
    result = design(
        [make_requirement("R1", "Users can open the dashboard page.", entities=["system", "dashboard page"])]
    )
    assert result.entities == []  # a page is a screen of the product, not data it stores
    result = design([make_requirement("R1", "The system shows things.", entities=["system", "the application"])])
    assert result.entities == []
    result = design(
        [make_requirement("R1", "Users can open the report archive.", entities=["system", "report archive"])]
    )
    assert [entity.name for entity in result.entities] == ["ReportArchive"]


def test_the_pages_a_client_names_are_pages(make_requirement):
    result = design(
        [
            make_requirement("R1", "The system should have a Timetable page.", entities=[]),
            make_requirement("R2", "The system should have a Home page.", entities=[]),
            make_requirement("R3", "The Timetable page should let users filter by teacher.", entities=["teacher"]),
        ]
    )
    pages = {page.route: page for page in result.pages}
    assert pages["/timetable"].name == "Timetable"
    assert set(pages["/timetable"].requirement_ids) == {"R1", "R3"}
    assert "R2" in pages["/"].requirement_ids  # "Home" is the front page
    assert "R1" not in result.unanswered_requirement_ids


def test_noisy_entity_entries_are_ignored_and_dotted_attributes_read(make_requirement):
    result = design(
        [
            make_requirement(
                "R1",
                "The system shall let an owner register a pet with its name and breed.",
                actors=["owner"],
                entities=["owner register", "pet", "pet.microchip_number", "ana said", "it's half", "name"],
            )
        ]
    )
    assert [entity.name for entity in result.entities] == ["Pet"]
    assert {"name", "breed", "microchip_number"} <= set(_fields(result.entities[0]))


def test_entities_named_once_in_passing_are_dropped_unless_asked(make_requirement):
    requirements = [
        make_requirement("R1", "Clients book the way they book a haircut.", entities=["haircut"]),
        make_requirement("R2", "Staff can create invoices.", actors=["staff"], entities=["invoice"]),
    ]
    assert [entity.name for entity in design(requirements).entities] == ["Invoice"]
    kept = design(requirements, DesignOptions(keep_unsupported_entities=True))
    assert [entity.name for entity in kept.entities] == ["Haircut", "Invoice"]


def test_quality_requirements_do_not_pull_entity_crud(make_requirement):
    result = design(
        [
            make_requirement("R1", "Receptionists can create bookings.", actors=["receptionist"], entities=["booking"]),
            make_requirement("R2", "Booking data must be encrypted.", kind="non_functional", category="security"),
        ]
    )
    booking = _entity(result, "Booking")
    assert booking.requirement_ids == ["R1"]
    listing = next(
        endpoint for endpoint in result.endpoints if endpoint.method == "GET" and endpoint.path == "/bookings"
    )
    assert listing.requirement_ids == ["R1"]


def test_consent_a_person_gives_becomes_a_yes_no_field_on_their_record(make_requirement):
    result = design(
        [
            make_requirement(
                "F1",
                "Clients need to be able to say no to marketing but still get their appointment reminders.",
                actors=["client"],
                entities=["appointment reminder"],
            ),
            make_requirement("F2", "The system shall refuse online changes after noon.", entities=["change"]),
        ]
    )
    client = _fields(_entity(result, "Client"))
    assert client["accepts_marketing"].type == "boolean"
    assert "name" in client  # a yes/no field alone tells nobody apart
    assert "F1" in _entity(result, "Client").requirement_ids
    assert not any(
        name.startswith("accepts_") for entity in result.entities for name in _fields(entity) if entity.name != "Client"
    )


def test_booking_with_no_object_creates_the_record_booking_leaves(make_requirement):
    alone = design([make_requirement("F1", "Clients should be able to book online at any hour.", actors=["client"])])
    booking = _entity(alone, "Booking")
    assert "F1" in booking.requirement_ids
    client_record = design(
        [
            make_requirement("F1", "Clients should be able to book online.", actors=["client"]),
            make_requirement("F2", "Clients can say no to marketing.", actors=["client"]),
        ]
    )
    assert ("many_to_one", "Client") in _relations(_entity(client_record, "Booking"))
    assert any(e.method == "POST" and e.path == "/bookings" and "F1" in e.requirement_ids for e in alone.endpoints)

    # when other requirements say what is booked, that entity is it
    agreed = design(
        [
            make_requirement("F1", "Clients should be able to book online.", actors=["client"]),
            make_requirement("F2", "Clients can book an appointment with a date and a time.", entities=["appointment"]),
        ]
    )
    assert [entity.name for entity in agreed.entities if entity.name == "Booking"] == []
    assert "F1" in _entity(agreed, "Appointment").requirement_ids


def test_a_deadline_binds_the_actions_its_requirement_names(make_requirement):
    result = design(
        [
            make_requirement(
                "F1",
                "Owners can cancel or reschedule an appointment up to two days before it starts.",
                actors=["owner"],
                entities=["appointment"],
            ),
            make_requirement("F2", "The system must refuse changes after that time.", entities=["change"]),
            make_requirement("F3", "Owners can archive an invoice.", actors=["owner"], entities=["invoice"]),
        ]
    )
    bound = {item.path: item for item in result.endpoints if item.deadline}
    assert set(bound) == {"/appointments/{id}/cancel", "/appointments/{id}/reschedule"}
    for endpoint in bound.values():
        assert (endpoint.deadline.field, endpoint.deadline.hours_before) == ("starts_at", 48)
        assert {"F1", "F2"} <= set(endpoint.requirement_ids)
        assert "until 2 days before it starts" in endpoint.summary
    assert _fields(_entity(result, "Appointment"))["starts_at"].type == "datetime"
    assert "F2" not in result.unanswered_requirement_ids


def test_a_response_time_is_no_deadline(make_requirement):
    result = design(
        [make_requirement("F1", "Owners can cancel an appointment within 2 seconds.", entities=["appointment"])]
    )
    assert not any(item.deadline for item in result.endpoints)
    assert "starts_at" not in _fields(_entity(result, "Appointment"))


def test_messages_sent_by_a_channel_are_records_with_that_channel(make_requirement):
    result = design([make_requirement("F1", "The system must send reminders by SMS or e-mail.")])
    reminder = _fields(_entity(result, "Reminder"))
    assert reminder["channel"].type == "enum"
    assert "F1" in _entity(result, "Reminder").requirement_ids


def test_their_own_makes_the_actor_the_owner(make_requirement):
    result = design(
        [
            make_requirement(
                "F1", "The system shall let a vet block time in their own diary.", actors=["vet"], entities=["diary"]
            )
        ]
    )
    assert ("many_to_one", "Vet") in _relations(_entity(result, "Diary"))


def test_what_is_asked_for_belongs_to_what_it_is_for(make_requirement):
    statement = "For now, the only thing I'd like is a deposit for surgery consults."
    result = design([make_requirement("F1", statement, entities=["deposit", "surgery consult"])])
    assert ("many_to_one", "SurgeryConsult") in _relations(_entity(result, "Deposit"))


def test_an_action_without_an_object_is_on_the_record_the_activity_leaves(make_requirement):
    result = design(
        [
            make_requirement("F1", "Clients should be able to book online.", actors=["client"]),
            make_requirement("F2", "Customers should be able to cancel themselves.", actors=["customer"]),
            make_requirement("F3", "Vets must not reschedule.", actors=["vet"]),
        ]
    )
    [cancel] = [item for item in result.endpoints if item.path == "/bookings/{id}/cancel"]
    assert cancel.requirement_ids == ["F2"]
    assert not any(item.path.endswith("/reschedule") for item in result.endpoints)


def test_a_window_in_the_acceptance_criteria_is_the_deadline(make_requirement):
    window = AcceptanceCriterion(
        given="less than twenty-four hours before the start (the window named just before)",
        when="someone tries cancelling online",
        then="the system refuses it",
    )
    result = design(
        [
            make_requirement("F1", "Clients should be able to book online.", actors=["client"]),
            make_requirement(
                "F2", "The system must stop them cancelling online in that window.", acceptance_criteria=[window]
            ),
        ]
    )
    [cancel] = [item for item in result.endpoints if item.path == "/bookings/{id}/cancel"]
    assert cancel.deadline is not None and cancel.deadline.hours_before == 24
    assert "F2" in cancel.requirement_ids


def test_attributes_a_quality_requirement_lists_add_fields_but_no_entities(make_requirement):
    result = design(
        [
            make_requirement(
                "F1", "Owners can book appointments.", actors=["owner"], entities=["owner", "appointment"]
            ),
            make_requirement(
                "N1",
                "Owners register with a name and a mobile number over a secure connection.",
                kind="non_functional",
                category="security",
                entities=["owner.name", "owner.mobile_number", "connection.protocol"],
            ),
        ]
    )
    owner = _entity(result, "Owner")
    assert {"name", "mobile_number"} <= set(_fields(owner))
    assert "N1" not in owner.requirement_ids
    assert not any(entity.name == "Connection" for entity in result.entities)
