"""Field types inferred from attribute names.

The vocabulary is closed so generators can map every type: see ``FIELD_TYPES``.
"""

from __future__ import annotations

from autoagi.engine.design.text import word_set

FIELD_TYPES = (
    "uuid",
    "string",
    "text",
    "integer",
    "decimal",
    "boolean",
    "date",
    "datetime",
    "time",
    "email",
    "phone",
    "url",
    "enum",
)

_BY_WHOLE_NAME = {
    "date_of_birth": "date",
    "birth_date": "date",
    "dob": "date",
    "birthday": "date",
    "date_and_time": "datetime",
    "timestamp": "datetime",
    "phone_number": "phone",
    "email_address": "email",
    "e_mail_address": "email",
    "mail_address": "email",
    "mobile_number": "phone",
    "telephone_number": "phone",
    "time_slot": "string",
    "postcode": "string",
    "zip_code": "string",
    "postal_code": "string",
}
_BY_LAST_WORD = {
    "email": "email",
    "mail": "email",
    "phone": "phone",
    "mobile": "phone",
    "telephone": "phone",
    "fax": "phone",
    "url": "url",
    "website": "url",
    "link": "url",
    "homepage": "url",
    "photo": "url",
    "image": "url",
    "picture": "url",
    "avatar": "url",
    "logo": "url",
    "attachment": "url",
    "date": "date",
    "day": "date",
    "deadline": "date",
    "birthday": "date",
    "at": "datetime",
    "datetime": "datetime",
    "timestamp": "datetime",
    "time": "time",
    "price": "decimal",
    "cost": "decimal",
    "amount": "decimal",
    "fee": "decimal",
    "fees": "decimal",
    "total": "decimal",
    "subtotal": "decimal",
    "balance": "decimal",
    "salary": "decimal",
    "tax": "decimal",
    "vat": "decimal",
    "discount": "decimal",
    "budget": "decimal",
    "rate": "decimal",
    "weight": "decimal",
    "height": "decimal",
    "length": "decimal",
    "width": "decimal",
    "percentage": "decimal",
    "latitude": "decimal",
    "longitude": "decimal",
    "count": "integer",
    "quantity": "integer",
    "qty": "integer",
    "age": "integer",
    "capacity": "integer",
    "stock": "integer",
    "seats": "integer",
    "minutes": "integer",
    "hours": "integer",
    "days": "integer",
    "duration": "integer",
    "year": "integer",
    "rating": "integer",
    "score": "integer",
    "position": "integer",
    "rank": "integer",
    "status": "enum",
    "state": "enum",
    "type": "enum",
    "category": "enum",
    "kind": "enum",
    "priority": "enum",
    "gender": "enum",
    "role": "enum",
    "stage": "enum",
    "level": "enum",
    "severity": "enum",
    "method": "enum",
    "channel": "enum",
    "description": "text",
    "notes": "text",
    "note": "text",
    "comment": "text",
    "comments": "text",
    "body": "text",
    "content": "text",
    "message": "text",
    "bio": "text",
    "summary": "text",
    "details": "text",
    "reason": "text",
    "instructions": "text",
    "history": "text",
    "feedback": "text",
    "address": "text",
    "id": "uuid",
}
_BOOLEAN_PREFIXES = ("is_", "has_", "can_", "allow_", "needs_", "requires_", "accepts_")
_BOOLEAN_NAMES = word_set("""
    active enabled disabled paid verified confirmed approved archived deleted available visible
    published consent consented subscribed insured vaccinated flagged urgent locked accepted
    """)


def infer_field_type(name: str) -> str:
    """Type of a snake_case field name, ``string`` when nothing better is known."""
    if name in _BY_WHOLE_NAME:
        return _BY_WHOLE_NAME[name]
    if name.startswith(_BOOLEAN_PREFIXES) or name in _BOOLEAN_NAMES:
        return "boolean"
    words = name.split("_")
    if words[-1] == "number" and len(words) > 1:
        return "phone" if words[-2] in {"phone", "mobile", "telephone", "contact"} else "string"
    if len(words) > 1 and words[0] in {"number", "count", "amount"} and words[1] == "of":
        return "integer" if words[0] != "amount" else "decimal"
    if words[-1] == "id" and len(words) > 1:
        return "string"  # an identifier from another system (licence id, tax id), not our key
    return _BY_LAST_WORD.get(words[-1], "string")
