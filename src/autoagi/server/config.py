"""One settings object for the whole platform, read from ``AUTOAGI_*`` environment variables."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

Environment = Literal["development", "test", "staging", "production"]

DEFAULT_SECRET_KEY = "dev-insecure-secret-key-change-me"
MIN_SECRET_KEY_LENGTH = 32


class ConfigurationError(RuntimeError):
    """The settings are unsafe or inconsistent for the chosen environment."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="AUTOAGI_", env_file=".env", extra="ignore")

    env: Environment = "development"
    debug: bool = False
    data_dir: Path = Path("./data")
    frontend_dir: Path | None = None  # the built web UI; default: frontend/out of the repository
    database_url: str | None = None  # default: SQLite file under data_dir
    redis_url: str | None = None  # default: in-process cache, rate limits and jobs
    storage_url: str | None = None  # s3://bucket/prefix; default: files under data_dir/storage
    s3_endpoint_url: str | None = None  # for S3-protocol servers other than AWS
    s3_region: str | None = None
    jobs_backend: Literal["inprocess", "redis"] = "inprocess"  # redis: arq workers (`autoagi worker`)
    job_concurrency: int = 2
    secret_key: SecretStr = SecretStr(DEFAULT_SECRET_KEY)
    public_url: str = "http://127.0.0.1:8000"  # base of links in e-mails
    cors_origins: list[str] = Field(default_factory=list)

    access_token_ttl_s: int = 15 * 60
    refresh_token_ttl_s: int = 30 * 24 * 3600
    verify_email_ttl_s: int = 48 * 3600
    password_reset_ttl_s: int = 3600
    invitation_ttl_s: int = 14 * 24 * 3600
    refresh_cookie_name: str = "autoagi_refresh"

    # Argon2id cost; OWASP's minimum is m=19 MiB, t=2. Tests lower it for speed.
    argon2_time_cost: int = 2
    argon2_memory_kib: int = 19 * 1024
    argon2_parallelism: int = 1

    login_rate_limit: str = "10/minute"  # per client address, limits' notation
    mail_rate_limit: str = "5/hour"  # e-mails (sign-up, reset) to one address; stops inbox flooding
    mail_rate_limit_per_client: str = "30/hour"  # e-mail-sending requests from one client address
    login_max_failures: int = 5  # per account before a temporary lockout
    login_lockout_s: int = 15 * 60

    export_link_ttl_s: int = 24 * 3600  # how long an export's download link works
    preview_link_ttl_s: int = 8 * 3600
    preview_idle_timeout_s: int = 600  # a preview nobody used for this long is stopped

    max_request_bytes: int = 1024 * 1024  # JSON bodies; uploads have their own limit
    max_upload_bytes: int = 25 * 1024 * 1024

    smtp_host: str | None = None  # default: .eml files in data_dir/outbox
    smtp_port: int = 587
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_starttls: bool = True
    mail_from: str = "Auto AGI Builder <no-reply@autoagi.local>"

    # LLM: "offline" is the deterministic engine; projects may choose a hosted model (owner's call).
    llm_provider: Literal["offline", "openai", "anthropic"] = "offline"
    llm_model: str | None = None
    llm_base_url: str | None = None  # any OpenAI-compatible server (Ollama, vLLM, Azure, ...)
    llm_api_key: SecretStr | None = None
    llm_timeout_s: float = 60.0
    llm_max_retries: int = 3
    llm_input_price_per_1k_tokens: float = 0.0
    llm_output_price_per_1k_tokens: float = 0.0
    llm_project_max_tokens: int | None = None  # default budget per project
    llm_project_max_cost_usd: float | None = None

    log_level: str = "INFO"
    log_json: bool = True

    @cached_property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{(self.data_dir / 'autoagi.db').resolve()}"

    @property
    def outbox_dir(self) -> Path:
        return self.data_dir / "outbox"

    @property
    def storage_dir(self) -> Path:
        return self.data_dir / "storage"

    @property
    def is_sqlite(self) -> bool:
        return self.resolved_database_url.startswith("sqlite")

    def check_safe_for_environment(self) -> None:
        """Refuse to run production with settings that would be unsafe there."""
        if self.env != "production":
            return
        problems: list[str] = []
        secret = self.secret_key.get_secret_value()
        if secret == DEFAULT_SECRET_KEY or len(secret) < MIN_SECRET_KEY_LENGTH:
            problems.append(
                f"AUTOAGI_SECRET_KEY is the default or shorter than {MIN_SECRET_KEY_LENGTH} characters: "
                'set it to a random value, e.g. `python -c "import secrets; print(secrets.token_urlsafe(48))"`'
            )
        if self.debug:
            problems.append("AUTOAGI_DEBUG is on: set AUTOAGI_DEBUG=false")
        if "*" in self.cors_origins:
            problems.append(
                'AUTOAGI_CORS_ORIGINS contains "*": list the exact origins, e.g. ["https://app.example.com"]'
            )
        if self.is_sqlite:
            problems.append("the database is SQLite: set AUTOAGI_DATABASE_URL=postgresql+asyncpg://user:pass@host/db")
        if problems:
            raise ConfigurationError("refusing to start in production: " + "; ".join(problems))
