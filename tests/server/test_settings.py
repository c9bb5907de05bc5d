"""Production refuses settings that would be unsafe there, naming the fix."""

from __future__ import annotations

import pytest

from autoagi.server.app import create_app
from autoagi.server.config import ConfigurationError, Settings

SAFE = dict(
    env="production",
    secret_key="s" * 48,
    database_url="postgresql+asyncpg://app:pw@db.internal/autoagi",
    cors_origins=["https://app.example.com"],
)


def test_safe_production_settings_pass() -> None:
    Settings(**SAFE).check_safe_for_environment()


@pytest.mark.parametrize(
    ("override", "fix"),
    [
        ({"secret_key": "dev-insecure-secret-key-change-me"}, "AUTOAGI_SECRET_KEY"),
        ({"secret_key": "short"}, "AUTOAGI_SECRET_KEY"),
        ({"debug": True}, "AUTOAGI_DEBUG=false"),
        ({"cors_origins": ["*"]}, "AUTOAGI_CORS_ORIGINS"),
        ({"database_url": None}, "AUTOAGI_DATABASE_URL"),
        ({"database_url": "sqlite+aiosqlite:///x.db"}, "AUTOAGI_DATABASE_URL"),
    ],
)
def test_unsafe_production_settings_refuse_to_start(override: dict, fix: str, tmp_path) -> None:
    settings = Settings(**(SAFE | override), data_dir=tmp_path)
    with pytest.raises(ConfigurationError, match=fix):
        settings.check_safe_for_environment()
    with pytest.raises(ConfigurationError):
        create_app(settings)


def test_other_environments_accept_development_defaults(tmp_path) -> None:
    for env in ("development", "test", "staging"):
        Settings(env=env, data_dir=tmp_path).check_safe_for_environment()


def test_settings_come_from_autoagi_environment_variables(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("AUTOAGI_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("AUTOAGI_CORS_ORIGINS", '["https://a.example"]')
    settings = Settings()
    assert settings.cors_origins == ["https://a.example"]
    assert settings.resolved_database_url == f"sqlite+aiosqlite:///{tmp_path.resolve()}/autoagi.db"
    assert settings.outbox_dir == tmp_path / "outbox"
