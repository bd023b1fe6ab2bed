"""Banks in the service's database: the Bank/BankStore contract, provenance,
tenant isolation, imports with bad lines, and matchers over database banks."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from imagery.generated_images import cropped, encode, jpeg, resized, scene, smooth_pattern
from sqlalchemy import func, select

from watchkeeper.imagery.banks import (
    BankEntry,
    BankError,
    BankExists,
    BankNotFound,
    MemoryBank,
    Provenance,
)
from watchkeeper.imagery.hashing import hash_image
from watchkeeper.imagery.importing import parse_csv, parse_text
from watchkeeper.imagery.matching import Matcher
from watchkeeper.imagery.service import TenantImages
from watchkeeper.imagery.signals import SignalType
from watchkeeper.imagery.store_db import DbBankStore
from watchkeeper.storage import migrate
from watchkeeper.storage.db import make_engine, make_sessionmaker
from watchkeeper.storage.imagery_models import HashProvenanceRow

HOTLINE = Provenance(source="hotline-2026-03", added=datetime(2026, 3, 1, tzinfo=UTC),
                     labels=("sextortion",), note="monthly list")
MD5 = "d41d8cd98f00b204e9800998ecf8427e"
SHA = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


@pytest.fixture
def db(database_url: str) -> Iterator:
    engine = make_engine(database_url)
    migrate.upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def store(db, tenant: str) -> DbBankStore:
    return DbBankStore(make_sessionmaker(db), tenant)


def pdq_of(image) -> str:
    return hash_image(encode(image)).pdq


def test_create_list_get_delete_and_names_are_checked(store: DbBankStore) -> None:
    bank = store.create("hotline", "the hotline's list")
    assert (bank.name, bank.description) == ("hotline", "the hotline's list")
    store.create("own")
    assert store.names() == ["hotline", "own"]
    assert [b.name for b in store.banks()] == ["hotline", "own"]
    with pytest.raises(BankExists):
        store.create("hotline")
    with pytest.raises(BankError):
        store.create("../escape")
    store.delete("own")
    assert store.names() == ["hotline"]
    with pytest.raises(BankNotFound):
        store.get("own")
    with pytest.raises(BankNotFound):
        store.delete("own")


def test_entries_keep_their_first_provenance_and_duplicates_are_counted(store: DbBankStore) -> None:
    bank = store.create("hotline")
    pdq = pdq_of(scene(1))
    result = bank.add([BankEntry(SignalType.MD5, MD5.upper(), HOTLINE),
                       BankEntry(SignalType.SHA256, SHA, HOTLINE),
                       BankEntry(SignalType.PDQ, pdq, HOTLINE, quality=93),
                       BankEntry(SignalType.MD5, MD5, HOTLINE)])  # repeated within the call
    assert (result.added, result.duplicates) == (3, 1)
    later = Provenance(source="moderator:m7", added=datetime(2026, 4, 1, tzinfo=UTC))
    again = bank.add([BankEntry(SignalType.MD5, MD5, later)])
    assert (again.added, again.duplicates) == (0, 1)
    entry = bank.get(SignalType.MD5, MD5)
    assert entry is not None and entry.value == MD5 and entry.provenance == HOTLINE
    assert bank.get(SignalType.PDQ, pdq).quality == 93
    assert bank.counts() == {"pdq": 1, "md5": 1, "sha256": 1} and len(bank) == 3
    assert {e.signal_type for e in bank.entries()} == set(SignalType)
    # One provenance row for the import; none left over by the all-duplicate one.
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(HashProvenanceRow)
                              .where(HashProvenanceRow.bank_id == bank.id)) == 1


def test_remove_and_entry_keys_like_the_memory_bank(store: DbBankStore) -> None:
    bank = store.create("hotline")
    memory = MemoryBank("hotline")
    entries = [BankEntry(SignalType.PDQ, pdq_of(scene(s)), HOTLINE) for s in range(3)]
    bank.add(entries)
    memory.add(entries)
    arrays, reference = bank.hash_arrays(SignalType.PDQ), memory.hash_arrays(SignalType.PDQ)
    rows = {row.tobytes().hex(): int(key) for row, key in zip(arrays.values, arrays.keys)}
    assert set(rows) == {row.tobytes().hex() for row in reference.values}  # same hashes, any order
    assert arrays.quality.tolist() == [-1, -1, -1]  # unknown quality
    key = rows[entries[1].value]
    assert bank.entry(SignalType.PDQ, key).value == entries[1].value
    assert bank.remove(SignalType.PDQ, entries[1].value)
    assert not bank.remove(SignalType.PDQ, entries[1].value)
    with pytest.raises(KeyError):
        bank.entry(SignalType.PDQ, key)  # a matcher built before the removal skips it
    assert bank.count(SignalType.PDQ) == 2
    assert [k for k, _ in bank.page(SignalType.PDQ, after=0, limit=1)] == [min(rows.values())]


def test_tenants_never_see_each_others_banks(db, tenant: str) -> None:
    sessions = make_sessionmaker(db)
    mine, theirs = DbBankStore(sessions, tenant), DbBankStore(sessions, tenant + "-other")
    mine.create("hotline").add([BankEntry(SignalType.MD5, MD5, HOTLINE)])
    theirs.create("hotline")  # the same name in another tenant is another bank
    assert theirs.get("hotline").count() == 0
    theirs.delete("hotline")
    assert mine.get("hotline").count() == 1
    images = TenantImages(db)
    assert images.matcher(tenant + "-other") is None
    assert [m.bank for m in images.matcher(tenant).match_signals(md5=MD5)] == ["hotline"]


def test_import_with_bad_lines_keeps_the_good_ones(store: DbBankStore) -> None:
    bank = store.create("hotline")
    pdq = pdq_of(scene(2))
    text = "\n".join([
        "# hotline list",
        MD5,
        f"sha256:{SHA}",
        "not-a-hash",                 # line 4
        f"pdq {pdq}",
        "abc123",                     # line 6: wrong length
        f"{pdq[:-1]}g",               # line 7: not hex
    ])
    parsed = parse_text(io.StringIO(text), HOTLINE)
    assert [(i.line, "hex" in i.reason or "digits" in i.reason) for i in parsed.issues] == [
        (4, True), (6, True), (7, True)]
    added = bank.add(parsed.entries)
    assert (added.added, added.duplicates) == (3, 0)
    csv_text = ("collab,signal_type,signal_str,category,tags\n"
                f"Sample Collab,video_md5,{MD5},POSITIVE_CLASS,known\n"
                f"Sample Collab,pdq,{pdq_of(scene(3))},POSITIVE_CLASS,sextortion known\n"
                f"Sample Collab,url_md5,{MD5},POSITIVE_CLASS,\n"          # line 4: unsupported
                f"Sample Collab,pdq,{pdq_of(scene(4))},NEGATIVE_CLASS,\n"  # line 5: not harmful
                "Sample Collab,pdq\n")                                     # line 6: short row
    parsed = parse_csv(io.StringIO(csv_text, newline=""), HOTLINE)
    assert [i.line for i in parsed.issues] == [4, 5, 6]
    added = bank.add(parsed.entries)
    assert (added.added, added.duplicates) == (1, 1)
    entry = bank.get(SignalType.PDQ, pdq_of(scene(3)))
    assert entry.provenance.source == "Sample Collab"
    assert entry.provenance.labels == ("sextortion", "known")  # the import's, then the row's tags


def test_matcher_over_database_banks_finds_altered_copies(db, store: DbBankStore) -> None:
    flagged = [scene(s) for s in (10, 11, 12)]
    bank = store.create("hotline")
    bank.add([BankEntry(SignalType.PDQ, pdq_of(image), HOTLINE) for image in flagged])
    matcher = Matcher.from_banks(store.banks())
    for image in flagged:
        copy = hash_image(jpeg(resized(cropped(image, 0.02), 0.6)))
        found = matcher.match_hashes(copy)
        assert [m.bank for m in found] == ["hotline"] and found[0].distance <= 31
        assert found[0].entry.provenance == HOTLINE
    for seed in range(5):
        assert matcher.match_hashes(hash_image(encode(smooth_pattern(100 + seed)))) == []
