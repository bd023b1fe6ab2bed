"""Banks in the service's database, one set per tenant: the `Bank` and `BankStore`
interfaces of `watchkeeper.imagery.banks`, backed by SQLAlchemy.

Entry keys are the entries' primary keys. A `DbBank` holds no connection: each
call opens a short session, so a `Matcher` built over these banks can resolve
a match (one query by primary key) from any thread, long after it was built.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime

import numpy as np
from sqlalchemy import delete, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from watchkeeper.imagery.banks import (
    UNKNOWN_QUALITY,
    AddResult,
    Bank,
    BankEntry,
    BankExists,
    BankNotFound,
    BankStore,
    HashArrays,
    Provenance,
    check_bank_name,
)
from watchkeeper.imagery.signals import SignalType, normalize_hex
from watchkeeper.storage.db import utcnow
from watchkeeper.storage.imagery_models import HashBankRow, HashEntryRow, HashProvenanceRow
from watchkeeper.storage.keys import ensure_tenant

INSERT_CHUNK = 5000  # rows per INSERT statement (PostgreSQL allows 65,535 parameters)
MAX_DESCRIPTION = 500
MAX_SOURCE = 200


def _provenance(row: HashProvenanceRow) -> Provenance:
    return Provenance(source=row.source, added=row.added, labels=tuple(row.labels or ()),
                      note=row.note)


def _entry(row: HashEntryRow, provenance: HashProvenanceRow) -> BankEntry:
    return BankEntry(signal_type=SignalType(row.signal_type), value=row.value.hex(),
                     provenance=_provenance(provenance), quality=row.quality)


def _insert_ignoring_duplicates(session: Session, rows: list[dict]) -> None:
    """INSERT ... ON CONFLICT DO NOTHING: a hash already in the bank keeps its first provenance."""
    dialect = session.get_bind().dialect.name
    insert = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}.get(dialect)
    if insert is None:
        raise NotImplementedError(f"hash banks support SQLite and PostgreSQL, not {dialect}")
    for start in range(0, len(rows), INSERT_CHUNK):
        session.execute(insert(HashEntryRow).on_conflict_do_nothing(), rows[start:start + INSERT_CHUNK])


class DbBank(Bank):
    """One tenant's bank, read and written through short sessions."""

    def __init__(self, sessions: sessionmaker, row: HashBankRow):
        self.sessions = sessions
        self.id = row.id
        self.tenant_id = row.tenant_id
        self.name = row.name
        self.description = row.description
        self.created = row.created_at

    def __repr__(self) -> str:
        return f"DbBank({self.tenant_id!r}, {self.name!r})"

    def _entries_of(self, signal_type: SignalType | None):  # type: ignore[no-untyped-def]
        query = (select(HashEntryRow, HashProvenanceRow)
                 .join(HashProvenanceRow, HashProvenanceRow.id == HashEntryRow.provenance_id)
                 .where(HashEntryRow.bank_id == self.id))
        if signal_type is not None:
            query = query.where(HashEntryRow.signal_type == signal_type.value)
        return query

    def add(self, entries: Iterable[BankEntry]) -> AddResult:
        rows: list[dict] = []
        provenances: dict[Provenance, int] = {}
        with self.sessions() as session:
            before = self._count(session)
            for entry in entries:
                provenance_id = provenances.get(entry.provenance)
                if provenance_id is None:
                    row = HashProvenanceRow(
                        bank_id=self.id, source=entry.provenance.source[:MAX_SOURCE],
                        added=entry.provenance.added, labels=list(entry.provenance.labels),
                        note=entry.provenance.note)
                    session.add(row)
                    session.flush()
                    provenance_id = provenances[entry.provenance] = row.id
                rows.append({
                    "bank_id": self.id, "signal_type": entry.signal_type.value,
                    "value": bytes.fromhex(normalize_hex(entry.value, entry.signal_type)),
                    "quality": entry.quality, "provenance_id": provenance_id,
                })
            _insert_ignoring_duplicates(session, rows)
            added = self._count(session) - before
            if provenances:  # an import whose every hash was already here leaves no empty record
                session.execute(delete(HashProvenanceRow).where(
                    HashProvenanceRow.id.in_(list(provenances.values())),
                    ~select(HashEntryRow.id).where(
                        HashEntryRow.provenance_id == HashProvenanceRow.id).exists()))
            session.commit()
        return AddResult(added=added, duplicates=len(rows) - added)

    def remove(self, signal_type: SignalType, value: str) -> bool:
        raw = bytes.fromhex(normalize_hex(value, signal_type))
        with self.sessions() as session:
            result = session.execute(delete(HashEntryRow).where(
                HashEntryRow.bank_id == self.id, HashEntryRow.signal_type == signal_type.value,
                HashEntryRow.value == raw))
            session.commit()
        return bool(result.rowcount)

    def hash_arrays(self, signal_type: SignalType) -> HashArrays:
        """One SELECT of the type's (id, value, quality), in no particular order (sorting a
        million rows costs more than it is worth: keys are only passed back to `entry`)."""
        with self.sessions() as session:
            rows = session.execute(
                select(HashEntryRow.id, HashEntryRow.value, HashEntryRow.quality)
                .where(HashEntryRow.bank_id == self.id, HashEntryRow.signal_type == signal_type.value)
            ).all()
        width = signal_type.byte_length
        if not rows:
            return HashArrays(values=np.zeros((0, width), np.uint8), quality=np.zeros(0, np.int16),
                              keys=np.zeros(0, np.int64))
        ids, values, quality = zip(*rows)
        return HashArrays(
            values=np.frombuffer(b"".join(bytes(v) for v in values), np.uint8).reshape(len(rows), width),
            quality=np.array([UNKNOWN_QUALITY if q is None else q for q in quality], np.int16),
            keys=np.array(ids, np.int64),
        )

    def entry(self, signal_type: SignalType, key: int) -> BankEntry:
        with self.sessions() as session:
            row = session.execute(
                self._entries_of(signal_type).where(HashEntryRow.id == int(key))).first()
        if row is None:
            raise KeyError(key)
        return _entry(*row)

    def get(self, signal_type: SignalType, value: str) -> BankEntry | None:
        raw = bytes.fromhex(normalize_hex(value, signal_type))
        with self.sessions() as session:
            row = session.execute(
                self._entries_of(signal_type).where(HashEntryRow.value == raw)).first()
        return _entry(*row) if row else None

    def entries(self, signal_type: SignalType | None = None) -> Iterator[BankEntry]:
        for _key, entry in self.page(signal_type, after=0, limit=None):
            yield entry

    def page(self, signal_type: SignalType | None = None, *, after: int = 0,
             limit: int | None = 100) -> list[tuple[int, BankEntry]]:
        """(key, entry) pairs with key > `after`, in key order (for paging through a bank)."""
        query = self._entries_of(signal_type).where(HashEntryRow.id > after).order_by(HashEntryRow.id)
        if limit is not None:
            query = query.limit(limit)
        with self.sessions() as session:
            return [(row.id, _entry(row, provenance)) for row, provenance in session.execute(query)]

    def _count(self, session: Session, signal_type: SignalType | None = None) -> int:
        query = select(func.count()).select_from(HashEntryRow).where(HashEntryRow.bank_id == self.id)
        if signal_type is not None:
            query = query.where(HashEntryRow.signal_type == signal_type.value)
        return int(session.scalar(query) or 0)

    def count(self, signal_type: SignalType | None = None) -> int:
        with self.sessions() as session:
            return self._count(session, signal_type)

    def counts(self) -> dict[str, int]:
        """Entries per signal type (every type present, 0 if none)."""
        with self.sessions() as session:
            found = dict(session.execute(
                select(HashEntryRow.signal_type, func.count()).where(HashEntryRow.bank_id == self.id)
                .group_by(HashEntryRow.signal_type)).all())
        return {t.value: int(found.get(t.value, 0)) for t in SignalType}


class DbBankStore(BankStore):
    """The banks of one tenant in the service's database."""

    def __init__(self, sessions: sessionmaker, tenant_id: str):
        self.sessions = sessions
        self.tenant_id = tenant_id

    def names(self) -> list[str]:
        with self.sessions() as session:
            return list(session.scalars(select(HashBankRow.name).where(
                HashBankRow.tenant_id == self.tenant_id).order_by(HashBankRow.name)))

    def create(self, name: str, description: str = "", *, created: datetime | None = None) -> DbBank:
        check_bank_name(name)
        with self.sessions() as session:
            ensure_tenant(session, self.tenant_id)
            if session.scalar(select(HashBankRow.id).where(
                    HashBankRow.tenant_id == self.tenant_id, HashBankRow.name == name)) is not None:
                raise BankExists(name)
            row = HashBankRow(tenant_id=self.tenant_id, name=name,
                              description=description[:MAX_DESCRIPTION], created_at=created or utcnow())
            session.add(row)
            try:
                session.commit()
            except IntegrityError:  # created concurrently
                raise BankExists(name) from None
            return DbBank(self.sessions, row)

    def get(self, name: str) -> DbBank:
        with self.sessions() as session:
            row = session.scalar(select(HashBankRow).where(
                HashBankRow.tenant_id == self.tenant_id, HashBankRow.name == name))
        if row is None:
            raise BankNotFound(name)
        return DbBank(self.sessions, row)

    def banks(self) -> list[Bank]:
        with self.sessions() as session:
            rows = list(session.scalars(select(HashBankRow).where(
                HashBankRow.tenant_id == self.tenant_id).order_by(HashBankRow.name)))
        return [DbBank(self.sessions, row) for row in rows]

    def save(self, bank: Bank) -> None:
        """Nothing to do: a `DbBank` writes each change as it is made."""
        if not isinstance(bank, DbBank) or bank.tenant_id != self.tenant_id:
            raise TypeError("DbBankStore saves its own tenant's DbBank instances")

    def delete(self, name: str) -> None:
        with self.sessions() as session:
            result = session.execute(delete(HashBankRow).where(
                HashBankRow.tenant_id == self.tenant_id, HashBankRow.name == name))
            session.commit()
        if not result.rowcount:
            raise BankNotFound(name)
