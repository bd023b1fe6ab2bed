"""People's accounts: argon2 password hashes, server-side sessions, CSRF tokens
and login throttling. No web framework in here, so the CLI uses it too."""

from __future__ import annotations

import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from watchkeeper.storage.db import utcnow
from watchkeeper.storage.keys import ensure_tenant, hash_token
from watchkeeper.storage.web_models import ROLES, AuditEntry, WebSession, WebUser

hasher = PasswordHasher()  # argon2id with the library's recommended parameters
# Verified against when the name is unknown, so timing does not reveal which names exist.
_DUMMY_HASH = hasher.hash(secrets.token_urlsafe(16))

USERNAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.@-]{1,47}$")
MIN_PASSWORD_LENGTH = 12
MAX_PASSWORD_LENGTH = 1024

SESSION_IDLE = timedelta(hours=2)
SESSION_MAX = timedelta(hours=12)
# Failed logins allowed per name and per address within the window before refusing.
THROTTLE_WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_NAME = 5
MAX_FAILURES_PER_ADDRESS = 30


class UserError(ValueError):
    """A request about users that cannot be done; the message is safe to show."""


def hash_password(password: str) -> str:
    return hasher.hash(password)


def verify_password(user: WebUser | None, password: str) -> bool:
    if len(password) > MAX_PASSWORD_LENGTH:
        return False
    try:
        return hasher.verify(user.password_hash if user else _DUMMY_HASH, password) and user is not None
    except (VerificationError, InvalidHashError):
        return False


def generate_password() -> str:
    return secrets.token_urlsafe(15)  # 20 characters, 120 bits


def check_password_rules(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(f"the password needs at least {MIN_PASSWORD_LENGTH} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise UserError(f"the password may have at most {MAX_PASSWORD_LENGTH} characters")


def add_user(
    session: Session, name: str, role: str, tenant_id: str, password: str | None = None
) -> tuple[WebUser, str]:
    """Create a user (and the tenant if new); returns the user and the password. Caller commits."""
    if not USERNAME_PATTERN.match(name):
        raise UserError("name: 2-48 characters of letters, digits, '_', '.', '@', '-'")
    if role not in ROLES:
        raise UserError(f"role must be one of {', '.join(ROLES)}")
    if session.scalar(select(WebUser.id).where(WebUser.name == name)) is not None:
        raise UserError(f"a user named {name!r} already exists")
    password = password if password is not None else generate_password()
    check_password_rules(password)
    try:
        ensure_tenant(session, tenant_id)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    user = WebUser(tenant_id=tenant_id, name=name, role=role,
                   password_hash=hash_password(password), active=True, created_at=utcnow())
    session.add(user)
    session.flush()
    return user, password


def set_password(session: Session, user: WebUser, password: str) -> None:
    check_password_rules(password)
    user.password_hash = hash_password(password)
    end_sessions(session, user.id)


def end_sessions(session: Session, user_id: int) -> None:
    session.execute(delete(WebSession).where(WebSession.user_id == user_id))


# ---- sessions ---------------------------------------------------------------------


@dataclass(frozen=True)
class Viewer:
    """The signed-in person for one request."""

    user_id: int
    name: str
    role: str
    tenant_id: str
    csrf_token: str
    session_hash: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def decided_by(self) -> str:
        """How decisions and webhook requests name this person (API keys use their key id)."""
        return f"user:{self.name}"


def start_session(session: Session, user: WebUser) -> str:
    """A new session for `user`; returns the cookie token (only its hash is stored)."""
    now = utcnow()
    token = secrets.token_urlsafe(32)
    session.add(WebSession(token_hash=hash_token(token), user_id=user.id,
                           csrf_token=secrets.token_urlsafe(32), created_at=now,
                           last_seen_at=now, expires_at=now + SESSION_MAX))
    user.last_login_at = now
    # Expired sessions of anyone are swept here, on the rare path.
    session.execute(delete(WebSession).where(WebSession.expires_at < now))
    session.flush()
    return token


def resume_session(session: Session, token: str) -> Viewer | None:
    if not token or len(token) > 200:
        return None
    token_hash = hash_token(token)
    row = session.execute(
        select(WebSession, WebUser).join(WebUser, WebUser.id == WebSession.user_id)
        .where(WebSession.token_hash == token_hash)
    ).first()
    if row is None:
        return None
    web_session, user = row
    now = utcnow()
    if not user.active or web_session.expires_at <= now or now - web_session.last_seen_at > SESSION_IDLE:
        session.delete(web_session)
        session.commit()
        return None
    if now - web_session.last_seen_at > timedelta(minutes=1):  # not a write per request
        web_session.last_seen_at = now
        session.commit()
    return Viewer(user.id, user.name, user.role, user.tenant_id, web_session.csrf_token, token_hash)


def end_session(session: Session, session_hash: str) -> None:
    session.execute(delete(WebSession).where(WebSession.token_hash == session_hash))


def tokens_match(expected: str | None, given: str | None) -> bool:
    if not expected or not given:
        return False
    return hmac.compare_digest(expected.encode(), given.encode())


# ---- throttling ---------------------------------------------------------------------


def login_throttled(session: Session, name: str, address: str | None, now: datetime | None = None) -> bool:
    """Too many recent failures for this name, or from this address?

    Failures are the audit log's "login.failed" entries, so the limit holds
    across restarts and processes; a successful login of the name resets its count.
    """
    now = now or utcnow()
    since = now - THROTTLE_WINDOW
    last_success = session.scalar(
        select(func.max(AuditEntry.created_at)).where(
            AuditEntry.action == "login.success", AuditEntry.username == name,
            AuditEntry.created_at >= since)
    )
    name_since = max(since, last_success) if last_success else since
    by_name = session.scalar(
        select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "login.failed", AuditEntry.username == name,
            AuditEntry.created_at > name_since)
    ) or 0
    if by_name >= MAX_FAILURES_PER_NAME:
        return True
    if address:
        by_address = session.scalar(
            select(func.count()).select_from(AuditEntry).where(
                AuditEntry.action == "login.failed", AuditEntry.ip == address,
                AuditEntry.created_at > since)
        ) or 0
        if by_address >= MAX_FAILURES_PER_ADDRESS:
            return True
    return False
