"""A client's spreadsheet of today's records (bookings, members, classes): its columns are the data
the system should keep, and its rows' values are no requirements."""

import io

import openpyxl
import pytest

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.records import records_of
from autoagi.engine.ingest import ingest

_BOOKINGS = (
    "Name,Phone,Class,Date,Paid?,Notes\n"
    "Jo Smith,07700 900123,Vinyasa,12/03,Y,bringing a friend\n"
    "Ali Khan,07700 900456,Yin,12/03,N,\n"
    "Sam Lee,07700 900789,Vinyasa,13/03,Y,first class\n"
)


def test_a_spreadsheet_of_bookings_says_what_to_record_not_what_each_row_holds(check_sources):
    result = analyze([ingest(_BOOKINGS.encode(), "bookings.csv")])
    check_sources(result)
    assert [r.statement for r in result.requirements] == [
        "The system should record each booking with its name, phone, class, date, paid and notes."
    ]  # "bringing a friend" and "first class" are notes on a booking, not requests
    booking = result.requirements[0]
    assert {"booking.name", "booking.phone", "booking.date", "booking.paid"} <= set(booking.entities)
    assert "note" not in booking.entities  # a booking's notes column is no Note entity
    assert booking.sources[0].quote == "Name\tPhone\tClass\tDate\tPaid?\tNotes"


def test_each_sheet_of_a_workbook_names_its_records():
    workbook = openpyxl.Workbook()
    members = workbook.active
    members.title = "Members"
    for row in [
        ("First name", "Surname", "Email", "Membership", "Start date"),
        ("Jo", "Smith", "jo@example.com", "10-class pack", "2026-01-04"),
        ("Ali", "Khan", "ali@example.com", "Unlimited", "2026-02-11"),
    ]:
        members.append(row)
    classes = workbook.create_sheet("Classes")
    for row in [("Class", "Teacher", "Day", "Time", "Capacity"), ("Vinyasa", "Priya", "Tuesday", "18:30", 20),
                ("Yin", "Tom", "Thursday", "19:00", 15)]:  # fmt: skip
        classes.append(row)
    data = io.BytesIO()
    workbook.save(data)
    result = analyze([ingest(data.getvalue(), "studio.xlsx")])
    assert [r.statement for r in result.requirements] == [
        "The system should record each member with their first name, surname, email, membership and start date.",
        "The system should record each class with its name, teacher, day, time and capacity.",  # "Class": its name
    ]


def test_a_table_of_requirements_is_read_row_by_row_as_before():
    table = (
        "ID,Requirement,Priority\n"
        "R1,Members can book a class online,Must\n"
        "R2,Teachers see who is booked,Should\n"
        "R3,Members get a reminder the day before,Could\n"
    )
    result = analyze([ingest(table.encode(), "requirements.csv")])
    assert len(result.requirements) == 3
    assert not any(r.statement.startswith("The system should record each") for r in result.requirements)


@pytest.mark.parametrize(
    ("sheet", "file_name", "thing"),
    [
        (None, "bookings.csv", "booking"),
        ("Sheet1", "Member list.xlsx", "member"),
        (None, "class-bookings-march.csv", "booking"),
        ("Members", "data.xlsx", "member"),
        (None, "export.csv", "record"),
    ],
)
def test_records_of(sheet, file_name, thing):
    assert records_of(sheet, file_name) == thing


def test_a_permissions_matrix_says_who_may_do_what(check_sources):
    matrix = (
        "Action,Member,Teacher,Manager\nBook a class,Yes,No,Yes\nSee the register,No,Yes,Yes\nChange prices,No,No,Yes\n"
    )
    result = analyze([ingest(matrix.encode(), "permissions.csv")])
    check_sources(result)
    assert [(r.statement, r.actors) for r in result.requirements] == [
        ("Members and managers should be able to book a class.", ["member", "manager"]),
        ("Teachers and managers should be able to see the register.", ["teacher", "manager"]),
        ("Managers should be able to change prices.", ["manager"]),
    ]


def test_a_comparison_of_features_is_no_permissions_matrix():
    table = "Feature,Mindbody,Glofox\nOnline booking,Yes,Yes\nApple Pay,No,Yes\nWaiting list,Yes,No\n"
    statements = [r.statement for r in analyze([ingest(table.encode(), "compare.csv")]).requirements]
    assert not any("should be able to" in s or "record each" in s for s in statements)


def test_a_data_dictionary_says_what_each_record_holds(check_sources):
    dictionary = (
        "# Member record\n\n| Field | Type | Required |\n|---|---|---|\n"
        "| Name | Text | Yes |\n| Email | Email | Yes |\n| Phone | Text | No |\n| Date of birth | Date | No |\n"
    )
    result = analyze([ingest(dictionary.encode(), "data.md")])
    check_sources(result)
    assert [r.statement for r in result.requirements] == [
        "The system should record each member with their name, email, phone and date of birth; "
        "name and email are required."
    ]  # "Required: No" ruled nothing out
    assert {"member.name", "member.date_of_birth"} <= set(result.requirements[0].entities)
