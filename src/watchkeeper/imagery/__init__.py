"""Flagged imagery, on the Hasher-Matcher-Actioner model: hashers compute signals
(PDQ, MD5, SHA-256), banks hold flagged hashes with provenance, matchers compare.
Acting on a match (alerts, risk) belongs to the engine and the service."""

from watchkeeper.imagery.banks import (
    AddResult,
    Bank,
    BankEntry,
    BankError,
    BankExists,
    BankNotFound,
    BankStore,
    FileBankStore,
    HashArrays,
    MemoryBank,
    Provenance,
)
from watchkeeper.imagery.hashing import ImageHashes, hash_image
from watchkeeper.imagery.importing import (
    ImportIssue,
    ImportReport,
    import_file,
    parse_csv,
    parse_text,
)
from watchkeeper.imagery.matching import (
    PDQ_MATCH_THRESHOLD,
    PDQ_MIN_QUALITY,
    ExactMatcher,
    Match,
    Matcher,
    PDQIndex,
    PDQMatcher,
)
from watchkeeper.imagery.signals import SignalType, parse_hash

__all__ = [
    "AddResult",
    "Bank",
    "BankEntry",
    "BankError",
    "BankExists",
    "BankNotFound",
    "BankStore",
    "ExactMatcher",
    "FileBankStore",
    "HashArrays",
    "ImageHashes",
    "ImportIssue",
    "ImportReport",
    "Match",
    "Matcher",
    "MemoryBank",
    "PDQIndex",
    "PDQMatcher",
    "PDQ_MATCH_THRESHOLD",
    "PDQ_MIN_QUALITY",
    "Provenance",
    "SignalType",
    "hash_image",
    "import_file",
    "parse_csv",
    "parse_hash",
    "parse_text",
]
