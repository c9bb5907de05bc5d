from __future__ import annotations

import asyncio
import smtplib
import uuid
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Protocol

from autoagi.server.config import Settings


def build_message(sender: str, to: str, subject: str, text: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime.now(UTC))
    message["Message-ID"] = make_msgid(domain="autoagi.local")
    message.set_content(text)
    return message


class MailSender(Protocol):
    async def send(self, message: EmailMessage) -> None: ...


class OutboxMailSender:
    """Writes each message as an ``.eml`` file: the embedded default, readable with any mail client."""

    def __init__(self, outbox: Path):
        self.outbox = outbox

    async def send(self, message: EmailMessage) -> None:
        await asyncio.to_thread(self._write, message)

    def _write(self, message: EmailMessage) -> None:
        self.outbox.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
        final = self.outbox / f"{stamp}-{uuid.uuid4().hex[:8]}.eml"
        partial = final.with_suffix(".part")
        partial.write_bytes(message.as_bytes())
        partial.rename(final)  # readers never see half a message


class SmtpMailSender:
    def __init__(self, host: str, port: int, username: str | None, password: str | None, starttls: bool):
        self.host, self.port, self.username, self.password, self.starttls = (
            host,
            port,
            username,
            password,
            starttls,
        )

    async def send(self, message: EmailMessage) -> None:
        await asyncio.to_thread(self._send, message)

    def _send(self, message: EmailMessage) -> None:
        with smtplib.SMTP(self.host, self.port, timeout=30) as smtp:
            if self.starttls:
                smtp.starttls()
            if self.username:
                smtp.login(self.username, self.password or "")
            smtp.send_message(message)


def mail_sender_from_settings(settings: Settings) -> MailSender:
    if settings.smtp_host:
        password = settings.smtp_password.get_secret_value() if settings.smtp_password else None
        return SmtpMailSender(
            settings.smtp_host, settings.smtp_port, settings.smtp_username, password, settings.smtp_starttls
        )
    return OutboxMailSender(settings.outbox_dir)
