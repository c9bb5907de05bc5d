from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Cookie, Depends, Request, Response, status
from fastapi.security import OAuth2PasswordRequestForm

from autoagi.server.auth.schemas import (
    AccessToken,
    LoginRequest,
    PasswordResetConfirm,
    PasswordResetRequest,
    RefreshRequest,
    RegisterRequest,
    TokenPair,
    UserRead,
    VerifyEmailRequest,
)
from autoagi.server.auth.service import AuthService, Session
from autoagi.server.deps import ContextDep, SessionDep, SettingsDep
from autoagi.server.errors import Unauthorized
from autoagi.server.kit.schemas import Message

router = APIRouter(prefix="/auth", tags=["auth"])

COOKIE_PATH = "/api/v1/auth"


def get_auth_service(session: SessionDep, context: ContextDep) -> AuthService:
    return AuthService(session, context)


AuthServiceDep = Annotated[AuthService, Depends(get_auth_service)]
RefreshCookie = Annotated[str | None, Cookie(alias="autoagi_refresh", include_in_schema=False)]


def _client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _set_refresh_cookie(response: Response, settings, token: str) -> None:
    response.set_cookie(
        settings.refresh_cookie_name,
        token,
        max_age=settings.refresh_token_ttl_s,
        httponly=True,
        secure=settings.env in ("staging", "production"),
        samesite="strict",
        path=COOKIE_PATH,
    )


def _token_pair(session: Session) -> TokenPair:
    return TokenPair(
        access_token=session.access_token,
        expires_in=session.expires_in,
        refresh_token=session.refresh_token,
        user=UserRead.of(session.user),
    )


@router.post("/register", status_code=status.HTTP_202_ACCEPTED, response_model=Message)
async def register(body: RegisterRequest, request: Request, service: AuthServiceDep) -> Message:
    await service.limit_mail(body.email, _client_address(request))
    await service.register(body.email, body.password, body.name)
    return Message(message="Check your inbox: we sent a link to confirm your address.")


@router.post("/verify-email", response_model=UserRead)
async def verify_email(body: VerifyEmailRequest, service: AuthServiceDep) -> UserRead:
    return UserRead.of(await service.verify_email(body.token))


@router.post("/verify-email/resend", status_code=status.HTTP_202_ACCEPTED, response_model=Message)
async def resend_verification(body: PasswordResetRequest, request: Request, service: AuthServiceDep) -> Message:
    await service.limit_mail(body.email, _client_address(request))
    await service.resend_verification(body.email)
    return Message(message="If the address has an unconfirmed account, a new link is on its way.")


@router.post("/login", response_model=TokenPair)
async def login(
    body: LoginRequest, request: Request, response: Response, service: AuthServiceDep, settings: SettingsDep
) -> TokenPair:
    session = await service.login(body.email, body.password, _client_address(request))
    _set_refresh_cookie(response, settings, session.refresh_token)
    return _token_pair(session)


@router.post("/token", response_model=AccessToken, include_in_schema=True)
async def token(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], request: Request, service: AuthServiceDep
) -> AccessToken:
    """OAuth2 password-form twin of ``/auth/login`` for the API docs' Authorize button."""
    session = await service.login(form.username.strip().lower(), form.password, _client_address(request))
    return AccessToken(access_token=session.access_token, expires_in=session.expires_in)


@router.post("/refresh", response_model=TokenPair)
async def refresh(
    response: Response,
    service: AuthServiceDep,
    settings: SettingsDep,
    cookie: RefreshCookie = None,
    body: RefreshRequest | None = None,
) -> TokenPair:
    token = (body.refresh_token if body else None) or cookie
    if not token:
        raise Unauthorized("No refresh token: send it in the body or the cookie.")
    session = await service.refresh(token)
    _set_refresh_cookie(response, settings, session.refresh_token)
    return _token_pair(session)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
async def logout(
    response: Response,
    service: AuthServiceDep,
    settings: SettingsDep,
    cookie: RefreshCookie = None,
    body: RefreshRequest | None = None,
) -> Response:
    await service.logout((body.refresh_token if body else None) or cookie)
    response = Response(status_code=status.HTTP_204_NO_CONTENT)
    response.delete_cookie(settings.refresh_cookie_name, path=COOKIE_PATH)
    return response


@router.post("/password-reset/request", status_code=status.HTTP_202_ACCEPTED, response_model=Message)
async def request_password_reset(body: PasswordResetRequest, request: Request, service: AuthServiceDep) -> Message:
    await service.limit_mail(body.email, _client_address(request))
    await service.request_password_reset(body.email)
    return Message(message="If the address has an account, a reset link is on its way.")


@router.post("/password-reset/confirm", response_model=Message)
async def confirm_password_reset(body: PasswordResetConfirm, service: AuthServiceDep) -> Message:
    await service.confirm_password_reset(body.token, body.new_password)
    return Message(message="Your password is changed; sign in with the new one.")
