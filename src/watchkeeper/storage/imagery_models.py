"""Tables of the per-tenant banks of flagged image hashes (see watchkeeper.imagery.store_db).

A bank belongs to one tenant. Each entry is one hash (raw bytes: 32 for PDQ and
SHA-256, 16 for MD5), unique per (bank, signal type, value), pointing to the
provenance record of the import or moderator decision that added it, so a list
of a million hashes shares one provenance row instead of repeating it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    ForeignKey,
    Index,
    LargeBinary,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from watchkeeper.storage.db import Base, BigId, UTCDateTime, utcnow


class HashBankRow(Base):
    __tablename__ = "hash_banks"
    __table_args__ = (UniqueConstraint("tenant_id", "name"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class HashProvenanceRow(Base):
    """Where entries came from: one row per import (or per moderator addition)."""

    __tablename__ = "hash_provenances"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    bank_id: Mapped[int] = mapped_column(
        ForeignKey("hash_banks.id", ondelete="CASCADE"), index=True
    )
    source: Mapped[str] = mapped_column(String(200))
    added: Mapped[datetime] = mapped_column(UTCDateTime)
    labels: Mapped[list[str]] = mapped_column(JSON, default=list)
    note: Mapped[str | None] = mapped_column(Text)


class HashEntryRow(Base):
    __tablename__ = "hash_entries"
    __table_args__ = (
        UniqueConstraint("bank_id", "signal_type", "value"),
        Index("ix_hash_entries_provenance", "provenance_id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    bank_id: Mapped[int] = mapped_column(ForeignKey("hash_banks.id", ondelete="CASCADE"))
    signal_type: Mapped[str] = mapped_column(String(16))  # pdq | md5 | sha256
    value: Mapped[bytes] = mapped_column(LargeBinary(32))
    quality: Mapped[int | None] = mapped_column(SmallInteger)  # PDQ quality when known
    provenance_id: Mapped[int] = mapped_column(
        ForeignKey("hash_provenances.id", ondelete="CASCADE")
    )
