"""Signed, expiring tokens for links that work without a session (downloads, previews)."""

from __future__ import annotations

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from autoagi.server.config import Settings


def _serializer(settings: Settings, purpose: str) -> URLSafeTimedSerializer:
    # The purpose is the salt: a download token never opens a preview, and the reverse.
    return URLSafeTimedSerializer(settings.secret_key.get_secret_value(), salt=f"autoagi.{purpose}")


def sign(settings: Settings, purpose: str, subject: str) -> str:
    return _serializer(settings, purpose).dumps(subject)


def verify(settings: Settings, purpose: str, token: str, subject: str, max_age_s: int) -> bool:
    try:
        return _serializer(settings, purpose).loads(token, max_age=max_age_s) == subject
    except (BadSignature, SignatureExpired):
        return False
