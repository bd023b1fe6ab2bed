from datetime import UTC, datetime

import numpy as np
import pytest

from watchkeeper.imagery.banks import (
    BankEntry,
    BankError,
    BankExists,
    BankNotFound,
    FileBankStore,
    MemoryBank,
    Provenance,
)
from watchkeeper.imagery.signals import SignalType

HOTLINE = Provenance("hotline-list", datetime(2025, 3, 1, tzinfo=UTC), ("sextortion",), "batch 7")
MODERATOR = Provenance("moderator:m7", datetime(2025, 3, 2, tzinfo=UTC))
PDQ_A = "ab" * 32
PDQ_B = "cd" * 32
MD5 = "d41d8cd98f00b204e9800998ecf8427e"
SHA = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def filled_bank() -> MemoryBank:
    bank = MemoryBank("hotline", description="test bank")
    bank.add(
        [
            BankEntry(SignalType.PDQ, PDQ_A, HOTLINE, quality=90),
            BankEntry(SignalType.PDQ, PDQ_B, MODERATOR),
            BankEntry(SignalType.MD5, MD5, HOTLINE),
            BankEntry(SignalType.SHA256, SHA.upper(), MODERATOR),
        ]
    )
    return bank


def test_add_get_and_duplicates_keep_first_provenance():
    bank = filled_bank()
    assert bank.count() == 4 and bank.count(SignalType.PDQ) == 2
    assert bank.get(SignalType.SHA256, SHA) == BankEntry(SignalType.SHA256, SHA, MODERATOR)
    assert bank.get(SignalType.PDQ, PDQ_A).quality == 90
    assert bank.get(SignalType.PDQ, PDQ_B).quality is None
    result = bank.add(
        [BankEntry(SignalType.MD5, MD5, MODERATOR), BankEntry(SignalType.MD5, "0" * 32, MODERATOR)]
    )
    assert (result.added, result.duplicates) == (1, 1)
    assert bank.get(SignalType.MD5, MD5).provenance == HOTLINE


def test_remove_and_keys_stay_valid_for_the_other_entries():
    bank = filled_bank()
    arrays = bank.hash_arrays(SignalType.PDQ)
    key_a, key_b = arrays.keys.tolist()
    assert bank.remove(SignalType.PDQ, PDQ_A)
    assert not bank.remove(SignalType.PDQ, PDQ_A)
    assert bank.get(SignalType.PDQ, PDQ_A) is None
    with pytest.raises(KeyError):
        bank.entry(SignalType.PDQ, key_a)
    assert bank.entry(SignalType.PDQ, key_b).value == PDQ_B
    # Re-adding after removal works and gets a new key.
    bank.add([BankEntry(SignalType.PDQ, PDQ_A, MODERATOR)])
    assert bank.get(SignalType.PDQ, PDQ_A).provenance == MODERATOR
    assert key_a not in bank.hash_arrays(SignalType.PDQ).keys.tolist()


def test_entries_lists_everything_with_provenance():
    entries = list(filled_bank().entries())
    assert {(e.signal_type, e.value) for e in entries} == {
        (SignalType.PDQ, PDQ_A),
        (SignalType.PDQ, PDQ_B),
        (SignalType.MD5, MD5),
        (SignalType.SHA256, SHA),
    }
    assert all(e.provenance in (HOTLINE, MODERATOR) for e in entries)


def test_add_arrays_skips_duplicates_within_the_batch_and_the_bank():
    bank = filled_bank()
    rng = np.random.default_rng(0)
    values = rng.integers(0, 256, (100, 32), dtype=np.uint8)
    values[10] = values[3]
    values[20] = np.frombuffer(bytes.fromhex(PDQ_A), np.uint8)
    result = bank.add_arrays(SignalType.PDQ, values, HOTLINE, quality=np.full(100, 77))
    assert (result.added, result.duplicates) == (98, 2)
    assert bank.count(SignalType.PDQ) == 100
    assert bank.get(SignalType.PDQ, values[50].tobytes().hex()).quality == 77
    # A later single add still sees the bulk-added hashes as present.
    again = bank.add([BankEntry(SignalType.PDQ, values[7].tobytes().hex(), MODERATOR)])
    assert again.duplicates == 1


def test_save_and_load_round_trip(tmp_path):
    bank = filled_bank()
    bank.remove(SignalType.MD5, MD5)
    path = tmp_path / "hotline.npz"
    bank.save(path)
    loaded = MemoryBank.load(path)
    assert loaded.name == "hotline" and loaded.description == "test bank"
    assert loaded.created == bank.created
    assert sorted(loaded.entries(), key=repr) == sorted(bank.entries(), key=repr)
    # Keys keep increasing after a reload: no reuse of a removed entry's key.
    loaded.add([BankEntry(SignalType.MD5, "1" * 32, MODERATOR)])
    assert loaded.hash_arrays(SignalType.MD5).keys[0] >= 4


def test_file_store_lifecycle(tmp_path):
    store = FileBankStore(tmp_path / "banks")
    assert store.names() == []
    store.create("hotline", "from the hotline")
    store.create("moderators")
    with pytest.raises(BankExists):
        store.create("hotline")
    bank = store.get("hotline")
    bank.add([BankEntry(SignalType.MD5, MD5, HOTLINE)])
    store.save(bank)
    assert store.get("hotline").get(SignalType.MD5, MD5).provenance == HOTLINE
    assert store.names() == ["hotline", "moderators"]
    assert [b.name for b in store.banks()] == ["hotline", "moderators"]
    store.delete("moderators")
    with pytest.raises(BankNotFound):
        store.get("moderators")
    with pytest.raises(BankNotFound):
        store.delete("moderators")


@pytest.mark.parametrize("name", ["../escape", "a/b", "", ".hidden", "x" * 65, "sp ace"])
def test_bank_names_cannot_escape_the_store(tmp_path, name):
    with pytest.raises(BankError):
        FileBankStore(tmp_path).create(name)


def test_invalid_hash_is_rejected_on_add():
    with pytest.raises(ValueError, match="hexadecimal"):
        MemoryBank("b").add([BankEntry(SignalType.MD5, "not-hex", HOTLINE)])
