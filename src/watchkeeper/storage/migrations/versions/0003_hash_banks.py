"""Per-tenant banks of flagged image hashes: banks, provenances, entries

Revision ID: 0003_hash_banks
Revises: 0002_web
Create Date: 2026-11-25 13:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import watchkeeper.storage.db

revision = "0003_hash_banks"
down_revision = "0002_web"
branch_labels = None
depends_on = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "hash_banks",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("tenant_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("description", sa.String(length=500), nullable=False),
        sa.Column("created_at", watchkeeper.storage.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["tenant_id"], ["tenants.id"],
                                name=op.f("fk_hash_banks_tenant_id_tenants"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hash_banks")),
        sa.UniqueConstraint("tenant_id", "name", name=op.f("uq_hash_banks_tenant_id_name")),
    )
    op.create_table(
        "hash_provenances",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("bank_id", BIG_ID, nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("added", watchkeeper.storage.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("labels", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["bank_id"], ["hash_banks.id"],
                                name=op.f("fk_hash_provenances_bank_id_hash_banks"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hash_provenances")),
    )
    with op.batch_alter_table("hash_provenances", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_hash_provenances_bank_id"), ["bank_id"], unique=False)
    op.create_table(
        "hash_entries",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("bank_id", BIG_ID, nullable=False),
        sa.Column("signal_type", sa.String(length=16), nullable=False),
        sa.Column("value", sa.LargeBinary(length=32), nullable=False),
        sa.Column("quality", sa.SmallInteger(), nullable=True),
        sa.Column("provenance_id", BIG_ID, nullable=False),
        sa.ForeignKeyConstraint(["bank_id"], ["hash_banks.id"],
                                name=op.f("fk_hash_entries_bank_id_hash_banks"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["provenance_id"], ["hash_provenances.id"],
                                name=op.f("fk_hash_entries_provenance_id_hash_provenances"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hash_entries")),
        sa.UniqueConstraint("bank_id", "signal_type", "value",
                            name=op.f("uq_hash_entries_bank_id_signal_type_value")),
    )
    with op.batch_alter_table("hash_entries", schema=None) as batch_op:
        batch_op.create_index("ix_hash_entries_provenance", ["provenance_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("hash_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_hash_entries_provenance")
    op.drop_table("hash_entries")
    with op.batch_alter_table("hash_provenances", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hash_provenances_bank_id"))
    op.drop_table("hash_provenances")
    op.drop_table("hash_banks")
