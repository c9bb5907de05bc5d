"""Rate limits per client address and temporary lockout per account."""

from __future__ import annotations

import pytest

from support.api import STRONG_PASSWORD, Api


@pytest.mark.parametrize("settings_overrides", [{"login_rate_limit": "3/minute"}])
async def test_too_many_attempts_from_one_address_get_429_with_retry_after(api: Api) -> None:
    await api.user("busy")  # one successful login counts too
    statuses = []
    for _ in range(3):
        response = await api.client.post(
            "/api/v1/auth/login", json={"email": "busy@example.com", "password": "wrong password!"}
        )
        statuses.append(response.status_code)
    assert statuses == [401, 401, 429]
    assert int(response.headers["Retry-After"]) > 0
    assert response.json()["error"]["code"] == "too_many_requests"


@pytest.mark.parametrize("settings_overrides", [{"login_max_failures": 3, "login_lockout_s": 600}])
async def test_repeated_failures_lock_the_account_even_with_the_right_password(api: Api) -> None:
    await api.user("target")
    for _ in range(3):
        wrong = await api.client.post(
            "/api/v1/auth/login", json={"email": "target@example.com", "password": "guess guess guess"}
        )
        assert wrong.status_code == 401
    locked = await api.client.post(
        "/api/v1/auth/login", json={"email": "target@example.com", "password": STRONG_PASSWORD}
    )
    assert locked.status_code == 429
    assert locked.json()["error"]["code"] == "account_locked"
    assert 500 < int(locked.headers["Retry-After"]) <= 600


@pytest.mark.parametrize("settings_overrides", [{"login_max_failures": 3}])
async def test_a_success_resets_the_failure_count(api: Api) -> None:
    await api.user("careful")
    for _ in range(2):
        await api.client.post(
            "/api/v1/auth/login", json={"email": "careful@example.com", "password": "guess guess guess"}
        )
    await api.login("careful@example.com")
    for _ in range(2):
        await api.client.post(
            "/api/v1/auth/login", json={"email": "careful@example.com", "password": "guess guess guess"}
        )
    await api.login("careful@example.com")


@pytest.mark.parametrize("settings_overrides", [{"login_max_failures": 2}])
async def test_a_password_reset_lifts_the_lockout(api: Api) -> None:
    await api.user("locked")
    for _ in range(2):
        await api.client.post(
            "/api/v1/auth/login", json={"email": "locked@example.com", "password": "guess guess guess"}
        )
    await api.client.post("/api/v1/auth/password-reset/request", json={"email": "locked@example.com"})
    token = api.outbox.token_for("locked@example.com")
    await api.client.post(
        "/api/v1/auth/password-reset/confirm", json={"token": token, "new_password": "a fresh start 2026!"}
    )
    await api.login("locked@example.com", "a fresh start 2026!")


@pytest.mark.parametrize("settings_overrides", [{"mail_rate_limit": "2/hour"}])
async def test_e_mails_to_one_address_are_limited_whether_or_not_it_has_an_account(api: Api) -> None:
    for address in ("known@example.com", "unknown@example.com"):
        if address.startswith("known"):
            await api.user("known")
        statuses = [
            (await api.client.post("/api/v1/auth/password-reset/request", json={"email": address})).status_code
            for _ in range(3)
        ]
        assert statuses[-1] == 429, (address, statuses)
    blocked = await api.client.post(
        "/api/v1/auth/register", json={"email": "unknown@example.com", "password": STRONG_PASSWORD, "name": "U"}
    )
    assert blocked.status_code == 429 and int(blocked.headers["Retry-After"]) > 0
