"""The texts of the e-mails the auth flow sends; links carry their token as ``token=``."""

from __future__ import annotations

from email.message import EmailMessage
from urllib.parse import urlencode

from autoagi.server.config import Settings
from autoagi.server.mail import build_message


def link(settings: Settings, path: str, token: str) -> str:
    return f"{settings.public_url.rstrip('/')}/{path}?{urlencode({'token': token})}"


def verify_email(settings: Settings, to: str, name: str, token: str) -> EmailMessage:
    url = link(settings, "verify-email", token)
    hours = settings.verify_email_ttl_s // 3600
    return build_message(
        settings.mail_from,
        to,
        "Confirm your e-mail address",
        f"Hello {name},\n\nConfirm your address for Auto AGI Builder by opening this link:\n\n{url}\n\n"
        f"The link works once and expires in {hours} hours. If you did not sign up, ignore this e-mail.\n",
    )


def already_registered(settings: Settings, to: str) -> EmailMessage:
    url = f"{settings.public_url.rstrip('/')}/reset-password"
    return build_message(
        settings.mail_from,
        to,
        "Someone tried to sign up with your address",
        "Someone tried to create an Auto AGI Builder account with this e-mail address, which already has one.\n\n"
        f"If it was you and you forgot your password, reset it here: {url}\n"
        "If it was not you, you can ignore this e-mail.\n",
    )


def password_reset(settings: Settings, to: str, name: str, token: str) -> EmailMessage:
    url = link(settings, "reset-password", token)
    minutes = settings.password_reset_ttl_s // 60
    return build_message(
        settings.mail_from,
        to,
        "Reset your password",
        f"Hello {name},\n\nChoose a new password for Auto AGI Builder here:\n\n{url}\n\n"
        f"The link works once and expires in {minutes} minutes. "
        "If you did not ask for it, ignore this e-mail: your password stays as it is.\n",
    )


def invitation(settings: Settings, to: str, inviter: str, project: str, role: str) -> EmailMessage:
    url = f"{settings.public_url.rstrip('/')}/register?{urlencode({'email': to})}"
    return build_message(
        settings.mail_from,
        to,
        f"{inviter} invited you to {project}",
        f'{inviter} invited you to the project "{project}" on Auto AGI Builder as {role}.\n\n'
        f"Create your account with this address to join: {url}\n",
    )


def added_to_project(settings: Settings, to: str, inviter: str, project: str, role: str) -> EmailMessage:
    return build_message(
        settings.mail_from,
        to,
        f"{inviter} added you to {project}",
        f'{inviter} added you to the project "{project}" on Auto AGI Builder as {role}.\n\n'
        f"Open it here: {settings.public_url.rstrip('/')}/projects\n",
    )
