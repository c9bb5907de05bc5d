"""The account life cycle through HTTP: register, verify, login, refresh, logout, reset."""

from __future__ import annotations

from support.api import STRONG_PASSWORD, Api

NEW_PASSWORD = "a different passphrase 2026"


async def test_register_verify_login_and_me(api: Api) -> None:
    await api.register("Ada@Example.com", "Ada Lovelace")
    message = api.outbox.last_to("ada@example.com")
    assert "verify-email?token=" in message.get_payload(decode=True).decode()

    early = await api.client.post("/api/v1/auth/login", json={"email": "ada@example.com", "password": STRONG_PASSWORD})
    assert early.status_code == 403
    assert early.json()["error"]["code"] == "email_not_verified"

    verified = await api.verify("ada@example.com")
    assert verified["email"] == "ada@example.com" and verified["email_verified"] is True

    session = await api.login("ADA@example.com")
    assert session["token_type"] == "bearer" and session["expires_in"] > 0 and session["refresh_token"]
    me = await api.client.get("/api/v1/users/me", headers={"Authorization": f"Bearer {session['access_token']}"})
    assert me.status_code == 200
    assert me.json()["name"] == "Ada Lovelace"


async def test_verification_link_works_once(api: Api) -> None:
    await api.register("once@example.com")
    token = api.outbox.token_for("once@example.com")
    assert (await api.client.post("/api/v1/auth/verify-email", json={"token": token})).status_code == 200
    again = await api.client.post("/api/v1/auth/verify-email", json={"token": token})
    assert again.status_code == 422
    assert again.json()["error"]["code"] == "invalid_token"


async def test_register_twice_does_not_reveal_the_account(api: Api) -> None:
    await api.user("taken")
    response = await api.client.post(
        "/api/v1/auth/register",
        json={"email": "taken@example.com", "password": STRONG_PASSWORD, "name": "Other"},
    )
    assert response.status_code == 202
    assert "already has one" in api.outbox.last_to("taken@example.com").get_payload(decode=True).decode()


async def test_weak_and_common_passwords_are_refused(api: Api) -> None:
    for password, fragment in (
        ("short1", "at least 10"),
        ("password1234", "too common"),
        ("aaaaaaaaaaaa", "too common"),
    ):
        response = await api.client.post(
            "/api/v1/auth/register", json={"email": "weak@example.com", "password": password, "name": "W"}
        )
        assert response.status_code == 422, password
        assert fragment in response.json()["error"]["message"]
    assert api.outbox.messages() == []


async def test_wrong_password_and_unknown_user_answer_alike(api: Api) -> None:
    await api.user("known")
    wrong = await api.client.post(
        "/api/v1/auth/login", json={"email": "known@example.com", "password": "not it at all"}
    )
    unknown = await api.client.post(
        "/api/v1/auth/login", json={"email": "nobody@example.com", "password": "not it at all"}
    )
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json()["error"]["message"] == unknown.json()["error"]["message"]


async def test_refresh_rotates_and_reuse_revokes_the_family(api: Api) -> None:
    await api.user("rota")
    first = await api.login("rota@example.com")
    second = (await api.client.post("/api/v1/auth/refresh", json={"refresh_token": first["refresh_token"]})).json()
    assert second["refresh_token"] != first["refresh_token"]
    third = await api.client.post("/api/v1/auth/refresh", json={"refresh_token": second["refresh_token"]})
    assert third.status_code == 200

    # The first token was rotated: presenting it again is a theft signal.
    reused = await api.client.post("/api/v1/auth/refresh", json={"refresh_token": first["refresh_token"]})
    assert reused.status_code == 401
    assert reused.json()["error"]["code"] == "refresh_token_reused"
    # ...and the whole family is dead, including the newest token.
    latest = await api.client.post("/api/v1/auth/refresh", json={"refresh_token": third.json()["refresh_token"]})
    assert latest.status_code == 401

    # Another login starts a new, healthy family.
    fresh = await api.login("rota@example.com")
    assert (
        await api.client.post("/api/v1/auth/refresh", json={"refresh_token": fresh["refresh_token"]})
    ).status_code == 200


async def test_refresh_token_travels_in_an_httponly_cookie(api: Api) -> None:
    await api.user("cookie")
    response = await api.client.post(
        "/api/v1/auth/login", json={"email": "cookie@example.com", "password": STRONG_PASSWORD}
    )
    set_cookie = response.headers["set-cookie"]
    assert "autoagi_refresh=" in set_cookie and "HttpOnly" in set_cookie and "SameSite=strict" in set_cookie
    # The client keeps the cookie; a refresh with no body uses it.
    refreshed = await api.client.post("/api/v1/auth/refresh")
    assert refreshed.status_code == 200
    assert refreshed.json()["refresh_token"] != response.json()["refresh_token"]


async def test_logout_ends_the_refresh_family(api: Api) -> None:
    await api.user("bye")
    session = await api.login("bye@example.com")
    response = await api.client.post("/api/v1/auth/logout", json={"refresh_token": session["refresh_token"]})
    assert response.status_code == 204
    again = await api.client.post("/api/v1/auth/refresh", json={"refresh_token": session["refresh_token"]})
    assert again.status_code == 401


async def test_password_reset_end_to_end(api: Api) -> None:
    await api.user("forgetful")
    old_session = await api.login("forgetful@example.com")
    for address in ("forgetful@example.com", "stranger@example.com"):
        response = await api.client.post("/api/v1/auth/password-reset/request", json={"email": address})
        assert response.status_code == 202  # the same answer whether the account exists or not
    assert [m["To"] for m in api.outbox.messages()].count("stranger@example.com") == 0
    token = api.outbox.token_for("forgetful@example.com")

    weak = await api.client.post("/api/v1/auth/password-reset/confirm", json={"token": token, "new_password": "123"})
    assert weak.status_code == 422
    done = await api.client.post(
        "/api/v1/auth/password-reset/confirm", json={"token": token, "new_password": NEW_PASSWORD}
    )
    assert done.status_code == 200, done.text
    reused = await api.client.post(
        "/api/v1/auth/password-reset/confirm", json={"token": token, "new_password": NEW_PASSWORD + "x"}
    )
    assert reused.status_code == 422  # single use

    old = await api.client.post(
        "/api/v1/auth/login", json={"email": "forgetful@example.com", "password": STRONG_PASSWORD}
    )
    assert old.status_code == 401
    await api.login("forgetful@example.com", NEW_PASSWORD)
    # Sessions from before the reset are over.
    stale = await api.client.post("/api/v1/auth/refresh", json={"refresh_token": old_session["refresh_token"]})
    assert stale.status_code == 401


async def test_patch_me_changes_name_and_password(api: Api) -> None:
    await api.user("me")
    headers = api.auth("me")
    renamed = await api.client.patch("/api/v1/users/me", json={"name": "  Grace Hopper "}, headers=headers)
    assert renamed.json()["name"] == "Grace Hopper"
    missing = await api.client.patch("/api/v1/users/me", json={"new_password": NEW_PASSWORD}, headers=headers)
    assert missing.status_code == 422
    wrong = await api.client.patch(
        "/api/v1/users/me",
        json={"current_password": "wrong wrong wrong", "new_password": NEW_PASSWORD},
        headers=headers,
    )
    assert wrong.status_code == 422
    changed = await api.client.patch(
        "/api/v1/users/me",
        json={"current_password": STRONG_PASSWORD, "new_password": NEW_PASSWORD},
        headers=headers,
    )
    assert changed.status_code == 200
    await api.login("me@example.com", NEW_PASSWORD)


async def test_oauth2_password_form_twin(api: Api) -> None:
    await api.user("form")
    response = await api.client.post(
        "/api/v1/auth/token", data={"username": "form@example.com", "password": STRONG_PASSWORD}
    )
    assert response.status_code == 200
    token = response.json()["access_token"]
    assert (await api.client.get("/api/v1/users/me", headers={"Authorization": f"Bearer {token}"})).status_code == 200


async def test_bad_tokens_are_401(api: Api) -> None:
    for header in ("Bearer nonsense", "Bearer ", "Basic abc"):
        response = await api.client.get("/api/v1/users/me", headers={"Authorization": header})
        assert response.status_code == 401
    assert (await api.client.get("/api/v1/users/me")).status_code == 401
