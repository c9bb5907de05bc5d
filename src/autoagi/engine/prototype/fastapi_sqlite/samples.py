"""Deterministic sample values: seed records and the example payload of every entity.

Values satisfy the generated validation rules (``app/fields.py``) so seeding and the smoke test
never trip over their own data; unique fields differ per record.
"""

from __future__ import annotations

import datetime as dt

from autoagi.engine.prototype.fastapi_sqlite.app_spec import EntitySpec, FieldSpec
from autoagi.engine.prototype.text import one_line

SEED_RECORDS = 3
EXAMPLE_INDEX = 90  # far from the seed numbers, so an example never collides with a seed's unique value
SHORT_TEXT_LIMIT = 200


def sample_value(field: FieldSpec, entity: EntitySpec, number: int) -> object:
    """The ``number``-th sample of a field; foreign keys are filled in by the app at seed time."""
    if field.default is not None:
        return field.default
    label = one_line(entity.label, 80)
    by_type = {
        "string": f"{label} {field.label} {number}"[:SHORT_TEXT_LIMIT],
        "text": f"Notes about {label.lower()} {number}.",
        "integer": number,
        "decimal": round(number * 10.5, 2),
        "boolean": number % 2 == 1,
        "date": (dt.date(2025, 1, 1) + dt.timedelta(days=number)).isoformat(),
        "datetime": (_first_datetime(field, entity) + dt.timedelta(days=number, minutes=15 * number)).isoformat(),
        "time": dt.time(9 + number % 8, (15 * number) % 60).isoformat(),
        "email": f"person{number}@example.com",
        "phone": f"+44 20 7946 {number:04d}",
        "url": f"https://example.com/{entity.segment}/{number}",
        "enum": "active" if not field.unique else f"state_{number}",
        "uuid": f"00000000-0000-4000-8000-{number:012d}",
    }
    return by_type.get(field.type, f"{label} {number}")


def _first_datetime(field: FieldSpec, entity: EntitySpec) -> dt.datetime:
    """Samples of a start an action's deadline counts back from lie far ahead, so acting on the
    samples (seed data, the smoke test) is never too late; other date-times start in 2025."""
    if any(action.deadline_field == field.name for action in entity.actions):
        return dt.datetime(2100, 1, 1, 9, 0)
    return dt.datetime(2025, 1, 1, 9, 0)


def sample_record(entity: EntitySpec, number: int) -> dict[str, object]:
    return {item.name: sample_value(item, entity, number) for item in entity.fields if not item.references}


def seed_records(entity: EntitySpec) -> list[dict[str, object]]:
    return [sample_record(entity, number) for number in range(1, SEED_RECORDS + 1)]


def example_record(entity: EntitySpec) -> dict[str, object]:
    return sample_record(entity, EXAMPLE_INDEX)
