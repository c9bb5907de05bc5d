"""The mail seam: ``.eml`` files in an outbox folder by default, SMTP when configured."""

from autoagi.server.mail.sender import (
    MailSender,
    OutboxMailSender,
    SmtpMailSender,
    build_message,
    mail_sender_from_settings,
)

__all__ = ["MailSender", "OutboxMailSender", "SmtpMailSender", "build_message", "mail_sender_from_settings"]
