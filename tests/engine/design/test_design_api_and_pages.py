"""REST endpoints (CRUD, nested lists, named actions, auth, operations) and pages."""

from __future__ import annotations

from autoagi.engine.design import design


def _endpoints(result):
    return {(endpoint.method, endpoint.path): endpoint for endpoint in result.endpoints}


def _pages(result):
    return {page.route: page for page in result.pages}


def test_crud_per_entity_with_plural_kebab_paths(clinic):
    endpoints = _endpoints(design(clinic))
    for collection in ("/appointments", "/vets", "/pets", "/customers", "/invoices"):
        assert {("GET", collection), ("POST", collection)} <= set(endpoints)
        for method in ("GET", "PATCH", "DELETE"):
            assert (method, collection + "/{id}") in endpoints


def test_crud_endpoints_cite_the_requirements_that_asked_for_them(clinic):
    endpoints = _endpoints(design(clinic))
    assert endpoints[("POST", "/appointments")].requirement_ids == ["REQ-001"]  # "book an appointment"
    assert endpoints[("GET", "/appointments")].requirement_ids == ["REQ-005"]  # "view ... appointments"
    assert endpoints[("POST", "/vets")].requirement_ids == ["REQ-008"]  # "manages vets"
    assert endpoints[("DELETE", "/customers/{id}")].requirement_ids == ["REQ-013"]  # "must be deleted"


def test_actions_named_in_requirements_get_their_own_endpoint(clinic):
    endpoints = _endpoints(design(clinic))
    cancel = endpoints[("POST", "/appointments/{id}/cancel")]
    assert cancel.summary == "Cancel an appointment"
    assert cancel.requirement_ids == ["REQ-005"]
    assert endpoints[("POST", "/appointments/{id}/reschedule")].requirement_ids == ["REQ-005"]
    no_show = endpoints[("POST", "/appointments/{id}/mark-no-show")]
    assert no_show.summary == "Mark an appointment as no show"
    # "Invoices are issued for appointments and must be paid": the invoices are paid
    assert endpoints[("POST", "/invoices/{id}/pay")].requirement_ids == ["REQ-009"]
    assert ("POST", "/appointments/{id}/pay") not in endpoints


def test_passive_and_nominal_wording_also_names_actions(make_requirement):
    result = design(
        [
            make_requirement("R1", "Orders can be refunded by a manager.", entities=["order"]),
            make_requirement(
                "R2", "The approval of an expense claim is done by a manager.", entities=["expense claim"]
            ),
            make_requirement(
                "R3", "Receptionists check in patients on arrival.", actors=["receptionists"], entities=["patient"]
            ),
            make_requirement("R4", "Staff can export orders to CSV.", actors=["staff"], entities=["orders"]),
        ]
    )
    endpoints = _endpoints(result)
    assert endpoints[("POST", "/orders/{id}/refund")].requirement_ids == ["R1"]
    assert endpoints[("POST", "/expense-claims/{id}/approve")].requirement_ids == ["R2"]
    assert endpoints[("POST", "/patients/{id}/check-in")].summary == "Check in a patient"
    export = endpoints[("GET", "/orders/export")]  # a collection action, not one per item
    assert export.requirement_ids == ["R4"]


def test_nested_list_per_one_to_many(clinic):
    endpoints = _endpoints(design(clinic))
    # "each customer can have many pets" and "customers ... for their pet"
    assert endpoints[("GET", "/customers/{id}/pets")].requirement_ids == ["REQ-001", "REQ-003"]
    assert ("GET", "/appointments/{id}/invoices") in endpoints


def test_auth_endpoints_and_pages_when_roles_exist(clinic):
    result = design(clinic)
    assert result.roles == ["customer", "receptionist", "clinic_administrator"]
    endpoints = _endpoints(result)
    for path in ("/auth/register", "/auth/login", "/auth/logout"):
        assert endpoints[("POST", path)].requirement_ids
    pages = _pages(result)
    assert pages["/login"].name == "Sign in" and pages["/register"].name == "Register"
    assert "REQ-012" in pages["/login"].requirement_ids  # "only authenticated staff"


def test_no_auth_without_roles_or_sign_in_requirements(make_requirement):
    result = design([make_requirement("R1", "A recipe has a title and a list of ingredients.", entities=["recipe"])])
    assert result.roles == []
    assert not any(endpoint.path.startswith("/auth/") for endpoint in result.endpoints)
    assert "/login" not in _pages(result)


def test_pages_per_entity_dashboards_and_role_dashboards(clinic):
    pages = _pages(design(clinic))
    assert pages["/appointments"].name == "Appointments"
    assert pages["/appointments/new"].name == "New appointment"
    assert pages["/appointments/{id}"].name == "Appointment detail"
    assert pages["/appointments/{id}/edit"].name == "Edit appointment"
    assert pages["/appointments/new"].requirement_ids == ["REQ-001"]
    assert "REQ-006" in pages["/appointments/{id}"].requirement_ids  # actions live on the detail page
    assert pages["/"].name == "Dashboard"
    assert pages["/dashboard/receptionist"].requirement_ids == ["REQ-006"]


def test_quality_decisions_add_operational_endpoints_and_pages(clinic):
    result = design(clinic)
    endpoints = _endpoints(result)
    assert endpoints[("GET", "/healthz")].requirement_ids == ["REQ-010"]
    assert endpoints[("GET", "/readyz")].requirement_ids == ["REQ-010"]
    assert endpoints[("GET", "/me/export")].requirement_ids == ["REQ-013"]
    assert endpoints[("GET", "/audit-events")].requirement_ids == ["REQ-012"]
    pages = _pages(result)
    assert pages["/privacy"].requirement_ids == ["REQ-013"]
    assert pages["/accessibility"].requirement_ids == ["REQ-014"]


def test_endpoints_are_unique_by_method_and_path(clinic, hostile):
    for requirements in (clinic, hostile):
        keys = [(endpoint.method, endpoint.path) for endpoint in design(requirements).endpoints]
        assert len(keys) == len(set(keys))
        routes = [page.route for page in design(requirements).pages]
        assert len(routes) == len(set(routes))
