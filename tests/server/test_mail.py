"""The mail seam against a real SMTP server on loopback (aiosmtpd)."""

from __future__ import annotations

import email
from collections.abc import Iterator

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Message as MessageHandler

from autoagi.server.config import Settings
from autoagi.server.mail import OutboxMailSender, SmtpMailSender, build_message, mail_sender_from_settings
from support.services import free_port


class Collector(MessageHandler):
    def __init__(self) -> None:
        super().__init__()
        self.received: list[email.message.Message] = []

    def handle_message(self, message) -> None:
        self.received.append(message)


@pytest.fixture
def smtp() -> Iterator[tuple[int, Collector]]:
    handler = Collector()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, handler
    finally:
        controller.stop()


async def test_smtp_sender_delivers_to_a_real_server(smtp) -> None:
    port, handler = smtp
    sender = mail_sender_from_settings(Settings(smtp_host="127.0.0.1", smtp_port=port, smtp_starttls=False))
    assert isinstance(sender, SmtpMailSender)
    await sender.send(build_message("Auto AGI <no-reply@autoagi.local>", "ada@example.com", "Hello", "Body ünïcode"))
    assert len(handler.received) == 1
    received = handler.received[0]
    assert received["To"] == "ada@example.com" and received["Subject"] == "Hello"
    assert "ünïcode" in received.get_payload(decode=True).decode()


async def test_outbox_sender_writes_eml_files(tmp_path) -> None:
    sender = mail_sender_from_settings(Settings(data_dir=tmp_path))
    assert isinstance(sender, OutboxMailSender)
    await sender.send(build_message("a@x.example", "b@y.example", "Subject", "Text"))
    files = list((tmp_path / "outbox").glob("*.eml"))
    assert len(files) == 1 and not list((tmp_path / "outbox").glob("*.part"))
    assert email.message_from_bytes(files[0].read_bytes())["Subject"] == "Subject"


async def test_registration_mail_goes_through_smtp(smtp, database_engine, tmp_path) -> None:
    """The whole flow with SMTP configured: the link arrives at the SMTP server."""
    import httpx
    from sqlalchemy.ext.asyncio import async_sessionmaker

    from autoagi.server.app import create_app
    from autoagi.server.context import AppContext
    from support.api import STRONG_PASSWORD, make_test_settings

    port, handler = smtp
    settings = make_test_settings(tmp_path, smtp_host="127.0.0.1", smtp_port=port, smtp_starttls=False)
    async with database_engine.connect() as connection:
        transaction = await connection.begin()
        context = AppContext.from_settings(settings, engine=database_engine)
        context.sessions = async_sessionmaker(
            bind=connection, expire_on_commit=False, join_transaction_mode="create_savepoint"
        )
        app = create_app(settings, context)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
            response = await client.post(
                "/api/v1/auth/register", json={"email": "smtp@example.com", "password": STRONG_PASSWORD, "name": "S"}
            )
            assert response.status_code == 202
        await transaction.rollback()
    assert [m["To"] for m in handler.received] == ["smtp@example.com"]
    assert "verify-email?token=" in handler.received[0].get_payload(decode=True).decode()
    assert not (tmp_path / "outbox").exists()
