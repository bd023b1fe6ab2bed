"""Tenants and API keys. A key is a random token shown once; only its SHA-256
is stored (the token has 256 bits of entropy, so a fast hash is enough)."""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from watchkeeper.storage.db import utcnow
from watchkeeper.storage.models import ApiKey, Tenant

SCOPES = ("ingest", "read", "review", "admin")
# What each scope grants besides itself: admin is everything; reviewing needs reading.
IMPLIED_SCOPES = {"admin": set(SCOPES), "review": {"read"}}
TOKEN_PREFIX = "wk_"
TENANT_ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def parse_scopes(text: str | list[str]) -> frozenset[str]:
    items = text.split(",") if isinstance(text, str) else text
    scopes = {s.strip().lower() for s in items if s.strip()}
    unknown = scopes - set(SCOPES)
    if unknown:
        raise ValueError(f"unknown scope(s) {', '.join(sorted(unknown))}; use {', '.join(SCOPES)}")
    if not scopes:
        raise ValueError("at least one scope is needed")
    return frozenset(scopes)


def effective_scopes(scopes: frozenset[str]) -> frozenset[str]:
    granted = set(scopes)
    for scope in scopes:
        granted |= IMPLIED_SCOPES.get(scope, set())
    return frozenset(granted)


@dataclass(frozen=True)
class CreatedKey:
    id: str
    tenant_id: str
    token: str  # shown once, never stored
    scopes: frozenset[str]


def ensure_tenant(session: Session, tenant_id: str, name: str = "") -> Tenant:
    if not TENANT_ID_PATTERN.match(tenant_id):
        raise ValueError("tenant id: 1-64 characters of letters, digits, '_', '.', '-'")
    tenant = session.get(Tenant, tenant_id)
    if tenant is None:
        tenant = Tenant(id=tenant_id, name=name or tenant_id, created_at=utcnow())
        session.add(tenant)
        session.flush()
    return tenant


def create_key(
    session: Session,
    tenant_id: str,
    scopes: str | list[str],
    label: str = "",
    rate_limit_per_second: float | None = None,
) -> CreatedKey:
    """Create the tenant if needed and a new key for it. The caller commits."""
    granted = parse_scopes(scopes)
    ensure_tenant(session, tenant_id)
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    key = ApiKey(
        id="key_" + secrets.token_hex(6),
        tenant_id=tenant_id,
        token_hash=hash_token(token),
        scopes=",".join(sorted(granted)),
        label=label,
        rate_limit_per_second=rate_limit_per_second,
        created_at=utcnow(),
    )
    session.add(key)
    session.flush()
    return CreatedKey(id=key.id, tenant_id=tenant_id, token=token, scopes=granted)


def list_keys(session: Session, tenant_id: str | None = None) -> list[ApiKey]:
    query = select(ApiKey).order_by(ApiKey.tenant_id, ApiKey.created_at)
    if tenant_id is not None:
        query = query.where(ApiKey.tenant_id == tenant_id)
    return list(session.scalars(query))


def revoke_key(session: Session, key_id: str, tenant_id: str | None = None) -> bool:
    """Revoke a key; False if there is no such (live) key."""
    key = session.get(ApiKey, key_id)
    if key is None or key.revoked_at is not None:
        return False
    if tenant_id is not None and key.tenant_id != tenant_id:
        return False
    key.revoked_at = utcnow()
    session.flush()
    return True


class NoSuchKey(LookupError):
    """Rotation asked for a key that is unknown, another tenant's, or already revoked."""


def rotate_key(session: Session, key_id: str, tenant_id: str | None = None) -> CreatedKey:
    """Replace a live key: revoke it and create a key with the same tenant, scopes,
    label and rate limit, in the caller's transaction (the caller commits, so both
    happen or neither does). Returns the new key with its one-time token.

    Raises NoSuchKey for an unknown key, another tenant's (when tenant_id is
    given; reported as unknown so its existence is not revealed) or a revoked one."""
    # Locked (on PostgreSQL) so that two concurrent rotations of one key cannot
    # both succeed and leave two replacements.
    key = session.get(ApiKey, key_id, with_for_update=True)
    if key is None or (tenant_id is not None and key.tenant_id != tenant_id):
        raise NoSuchKey(f"there is no key {key_id}")
    if not revoke_key(session, key_id, tenant_id):
        raise NoSuchKey(f"key {key_id} is already revoked")
    return create_key(session, key.tenant_id, key.scopes.split(","), label=key.label,
                      rate_limit_per_second=key.rate_limit_per_second)


@dataclass(frozen=True)
class Principal:
    """Who is calling: one tenant's key with its (effective) scopes."""

    tenant_id: str
    key_id: str
    scopes: frozenset[str]
    rate_limit_per_second: float | None = None

    def allows(self, scope: str) -> bool:
        return scope in self.scopes


def authenticate(session: Session, token: str) -> Principal | None:
    if not token.startswith(TOKEN_PREFIX) or len(token) > 200:
        return None
    row = session.execute(
        select(ApiKey.id, ApiKey.tenant_id, ApiKey.scopes, ApiKey.rate_limit_per_second).where(
            ApiKey.token_hash == hash_token(token), ApiKey.revoked_at.is_(None)
        )
    ).first()
    if row is None:
        return None
    return Principal(
        tenant_id=row.tenant_id,
        key_id=row.id,
        scopes=effective_scopes(parse_scopes(row.scopes)),
        rate_limit_per_second=row.rate_limit_per_second,
    )

