"""Banks: named collections of flagged hashes, each entry with its provenance.

`Bank` and `BankStore` are the abstractions the matchers and the CLI use; a
per-tenant database store implements the same two interfaces later.
`MemoryBank` keeps entries column-wise in numpy arrays (one row per hash, one
shared `Provenance` record per import), so a bank of a million PDQ hashes loads
from an `.npz` file in milliseconds instead of building a million Python objects.
`FileBankStore` keeps one such file per bank in a directory.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from watchkeeper.imagery.signals import SignalType, normalize_hex

UNKNOWN_QUALITY = -1  # stored in quality arrays when an imported PDQ hash came without one
FILE_FORMAT_VERSION = 1
BANK_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a flagged hash came from. Shared by all entries of one import."""

    source: str
    added: datetime
    labels: tuple[str, ...] = ()
    note: str | None = None

    def to_json(self) -> dict:
        return {
            "source": self.source,
            "added": self.added.isoformat(),
            "labels": list(self.labels),
            "note": self.note,
        }

    @classmethod
    def from_json(cls, data: dict) -> Provenance:
        return cls(
            source=data["source"],
            added=datetime.fromisoformat(data["added"]),
            labels=tuple(data.get("labels", ())),
            note=data.get("note"),
        )


@dataclass(frozen=True, slots=True)
class BankEntry:
    """One flagged hash. `quality` is the PDQ quality when known."""

    signal_type: SignalType
    value: str
    provenance: Provenance
    quality: int | None = None


@dataclass(frozen=True)
class HashArrays:
    """The hashes of one signal type in a bank, as arrays for building an index.

    values: (n, byte_length) uint8; quality: (n,) int16, UNKNOWN_QUALITY if not known;
    keys: (n,) int64, stable entry keys to pass back to `Bank.entry`.
    """

    values: np.ndarray
    quality: np.ndarray
    keys: np.ndarray

    def __len__(self) -> int:
        return len(self.keys)


@dataclass(frozen=True)
class AddResult:
    added: int
    duplicates: int


class BankError(Exception):
    pass


class BankNotFound(BankError, KeyError):
    def __str__(self) -> str:
        return f"no bank named {self.args[0]!r}"


class BankExists(BankError):
    def __str__(self) -> str:
        return f"a bank named {self.args[0]!r} already exists"


def check_bank_name(name: str) -> str:
    if not BANK_NAME.fullmatch(name):
        raise BankError(
            f"bad bank name {name!r}: use 1-64 letters, digits, '_', '-' or '.', "
            "starting with a letter or digit"
        )
    return name


class Bank(ABC):
    """A named set of flagged hashes (at most one entry per signal type and value)."""

    name: str
    description: str

    @abstractmethod
    def add(self, entries: Iterable[BankEntry]) -> AddResult:
        """Add entries; a hash already in the bank keeps its first provenance."""

    @abstractmethod
    def remove(self, signal_type: SignalType, value: str) -> bool:
        """Remove the entry for this hash; False if it was not there."""

    @abstractmethod
    def hash_arrays(self, signal_type: SignalType) -> HashArrays:
        """A snapshot of this type's hashes for building an index."""

    @abstractmethod
    def entry(self, signal_type: SignalType, key: int) -> BankEntry:
        """The entry for a key from `hash_arrays`; KeyError if it was removed since."""

    def count(self, signal_type: SignalType | None = None) -> int:
        types = [signal_type] if signal_type else list(SignalType)
        return sum(len(self.hash_arrays(t)) for t in types)

    def __len__(self) -> int:
        return self.count()

    def get(self, signal_type: SignalType, value: str) -> BankEntry | None:
        wanted = np.frombuffer(bytes.fromhex(normalize_hex(value, signal_type)), np.uint8)
        arrays = self.hash_arrays(signal_type)
        rows = np.flatnonzero((arrays.values == wanted).all(axis=1))
        return self.entry(signal_type, int(arrays.keys[rows[0]])) if len(rows) else None

    def entries(self, signal_type: SignalType | None = None) -> Iterator[BankEntry]:
        for t in [signal_type] if signal_type else list(SignalType):
            for key in self.hash_arrays(t).keys.tolist():
                yield self.entry(t, key)


@dataclass
class _Column:
    """Entries of one signal type, row-aligned arrays; `ids` stay sorted ascending."""

    values: np.ndarray
    quality: np.ndarray
    provenance: np.ndarray
    ids: np.ndarray

    @classmethod
    def empty(cls, width: int) -> _Column:
        return cls(
            values=np.zeros((0, width), np.uint8),
            quality=np.zeros(0, np.int16),
            provenance=np.zeros(0, np.int32),
            ids=np.zeros(0, np.int64),
        )


@dataclass
class MemoryBank(Bank):
    """A bank held in numpy arrays; save/load it with `save` / `MemoryBank.load`."""

    name: str
    description: str = ""
    created: datetime = field(default_factory=lambda: datetime.now(UTC))
    _columns: dict[SignalType, _Column] = field(default_factory=dict, repr=False)
    _provenances: list[Provenance] = field(default_factory=list, repr=False)
    _provenance_ids: dict[Provenance, int] = field(default_factory=dict, repr=False)
    _present: dict[SignalType, set[bytes]] = field(default_factory=dict, repr=False)
    _next_id: int = 0

    def __post_init__(self) -> None:
        check_bank_name(self.name)
        for t in SignalType:
            self._columns.setdefault(t, _Column.empty(t.byte_length))
        self._provenance_ids = {p: i for i, p in enumerate(self._provenances)}

    def _present_values(self, signal_type: SignalType) -> set[bytes]:
        # Built on first add only: a bank loaded just for matching never pays for it.
        if signal_type not in self._present:
            values = self._columns[signal_type].values
            self._present[signal_type] = {row.tobytes() for row in values}
        return self._present[signal_type]

    def _provenance_id(self, provenance: Provenance) -> int:
        if provenance not in self._provenance_ids:
            self._provenance_ids[provenance] = len(self._provenances)
            self._provenances.append(provenance)
        return self._provenance_ids[provenance]

    def add(self, entries: Iterable[BankEntry]) -> AddResult:
        new: dict[SignalType, list[tuple[bytes, int, int]]] = {t: [] for t in SignalType}
        duplicates = 0
        for entry in entries:
            raw = bytes.fromhex(normalize_hex(entry.value, entry.signal_type))
            present = self._present_values(entry.signal_type)
            if raw in present:
                duplicates += 1
                continue
            present.add(raw)
            quality = UNKNOWN_QUALITY if entry.quality is None else entry.quality
            new[entry.signal_type].append((raw, quality, self._provenance_id(entry.provenance)))
        for signal_type, rows in new.items():
            if rows:
                raw, quality, provenance = zip(*rows)
                values = np.frombuffer(b"".join(raw), np.uint8).reshape(len(rows), -1)
                self._append(signal_type, values, np.array(quality), np.array(provenance))
        return AddResult(added=sum(len(rows) for rows in new.values()), duplicates=duplicates)

    def add_arrays(
        self,
        signal_type: SignalType,
        values: np.ndarray,
        provenance: Provenance,
        quality: np.ndarray | None = None,
    ) -> AddResult:
        """Bulk add of raw hashes, (n, byte_length) uint8, e.g. from a feed or a benchmark."""
        values = np.ascontiguousarray(values, dtype=np.uint8)
        if values.ndim != 2 or values.shape[1] != signal_type.byte_length:
            raise ValueError(f"{signal_type} values must have shape (n, {signal_type.byte_length})")
        if quality is None:
            quality = np.full(len(values), UNKNOWN_QUALITY, np.int16)
        # Byte-string view of each row: np.unique on it is much faster than on axis=0.
        _, first = np.unique(values.view(f"V{values.shape[1]}").ravel(), return_index=True)
        keep = np.sort(first)
        if self.count(signal_type):
            present = self._present_values(signal_type)
            keep = keep[[values[i].tobytes() not in present for i in keep]]
        pid = self._provenance_id(provenance)
        self._append(
            signal_type, values[keep], np.asarray(quality)[keep], np.full(len(keep), pid)
        )
        self._present.pop(signal_type, None)  # rebuilt on the next `add`, if there is one
        return AddResult(added=len(keep), duplicates=len(values) - len(keep))

    def _append(
        self, signal_type: SignalType, values: np.ndarray, quality: np.ndarray, pids: np.ndarray
    ) -> None:
        column = self._columns[signal_type]
        ids = np.arange(self._next_id, self._next_id + len(values), dtype=np.int64)
        self._next_id += len(values)
        self._columns[signal_type] = _Column(
            values=np.concatenate([column.values, values]),
            quality=np.concatenate([column.quality, quality.astype(np.int16)]),
            provenance=np.concatenate([column.provenance, pids.astype(np.int32)]),
            ids=np.concatenate([column.ids, ids]),
        )

    def remove(self, signal_type: SignalType, value: str) -> bool:
        raw = bytes.fromhex(normalize_hex(value, signal_type))
        column = self._columns[signal_type]
        hit = (column.values == np.frombuffer(raw, np.uint8)).all(axis=1)
        if not hit.any():
            return False
        keep = ~hit
        self._columns[signal_type] = _Column(
            values=column.values[keep],
            quality=column.quality[keep],
            provenance=column.provenance[keep],
            ids=column.ids[keep],
        )
        self._present.get(signal_type, set()).discard(raw)
        return True

    def hash_arrays(self, signal_type: SignalType) -> HashArrays:
        column = self._columns[signal_type]
        return HashArrays(values=column.values, quality=column.quality, keys=column.ids)

    def entry(self, signal_type: SignalType, key: int) -> BankEntry:
        column = self._columns[signal_type]
        row = int(np.searchsorted(column.ids, key))
        if row >= len(column.ids) or column.ids[row] != key:
            raise KeyError(key)
        quality = int(column.quality[row])
        return BankEntry(
            signal_type=signal_type,
            value=column.values[row].tobytes().hex(),
            provenance=self._provenances[int(column.provenance[row])],
            quality=None if quality == UNKNOWN_QUALITY else quality,
        )

    def count(self, signal_type: SignalType | None = None) -> int:
        types = [signal_type] if signal_type else list(SignalType)
        return sum(len(self._columns[t].ids) for t in types)

    # --- persistence: one uncompressed .npz (hashes are random bytes; compression buys nothing)

    def save(self, path: str | Path) -> None:
        """Write atomically (temporary file, then rename)."""
        path = Path(path)
        meta = {
            "format": FILE_FORMAT_VERSION,
            "name": self.name,
            "description": self.description,
            "created": self.created.isoformat(),
            "next_id": self._next_id,
            "provenances": [p.to_json() for p in self._provenances],
        }
        arrays: dict[str, np.ndarray] = {"meta": np.array(json.dumps(meta))}
        for t, column in self._columns.items():
            arrays.update(
                {
                    f"{t}_values": column.values,
                    f"{t}_quality": column.quality,
                    f"{t}_provenance": column.provenance,
                    f"{t}_ids": column.ids,
                }
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                np.savez(f, **arrays)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    @classmethod
    def load(cls, path: str | Path) -> MemoryBank:
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(str(data["meta"]))
            if meta.get("format") != FILE_FORMAT_VERSION:
                raise BankError(f"{path}: unsupported bank file format {meta.get('format')!r}")
            columns = {
                t: _Column(
                    values=data[f"{t}_values"],
                    quality=data[f"{t}_quality"],
                    provenance=data[f"{t}_provenance"],
                    ids=data[f"{t}_ids"],
                )
                for t in SignalType
            }
        return cls(
            name=meta["name"],
            description=meta["description"],
            created=datetime.fromisoformat(meta["created"]),
            _columns=columns,
            _provenances=[Provenance.from_json(p) for p in meta["provenances"]],
            _next_id=meta["next_id"],
        )


class BankStore(ABC):
    """Where banks live: a directory of files for the CLI, a database per tenant later."""

    @abstractmethod
    def names(self) -> list[str]: ...

    @abstractmethod
    def create(self, name: str, description: str = "") -> Bank: ...

    @abstractmethod
    def get(self, name: str) -> Bank:
        """The bank; BankNotFound if there is none."""

    @abstractmethod
    def save(self, bank: Bank) -> None:
        """Persist changes made to a bank obtained from this store."""

    @abstractmethod
    def delete(self, name: str) -> None: ...

    def banks(self) -> list[Bank]:
        return [self.get(name) for name in self.names()]


class FileBankStore(BankStore):
    """One `<name>.npz` file per bank in a directory (created on first write)."""

    SUFFIX = ".npz"

    def __init__(self, directory: str | Path):
        self.directory = Path(directory)

    def path(self, name: str) -> Path:
        return self.directory / f"{check_bank_name(name)}{self.SUFFIX}"

    def names(self) -> list[str]:
        if not self.directory.is_dir():
            return []
        return sorted(
            p.name[: -len(self.SUFFIX)]
            for p in self.directory.glob(f"*{self.SUFFIX}")
            if BANK_NAME.fullmatch(p.name[: -len(self.SUFFIX)])
        )

    def create(self, name: str, description: str = "") -> MemoryBank:
        path = self.path(name)
        if path.exists():
            raise BankExists(name)
        bank = MemoryBank(name=name, description=description)
        bank.save(path)
        return bank

    def get(self, name: str) -> MemoryBank:
        path = self.path(name)
        if not path.exists():
            raise BankNotFound(name)
        return MemoryBank.load(path)

    def save(self, bank: Bank) -> None:
        if not isinstance(bank, MemoryBank):
            raise TypeError("FileBankStore saves MemoryBank instances")
        bank.save(self.path(bank.name))

    def delete(self, name: str) -> None:
        path = self.path(name)
        if not path.exists():
            raise BankNotFound(name)
        path.unlink()
