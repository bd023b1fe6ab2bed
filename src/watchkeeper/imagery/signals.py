"""Signal types: the kinds of hash a bank holds and a matcher compares.

Names follow python-threatexchange / HMA (`pdq`, `video_md5`, ...) and the older
ThreatExchange indicator types (`HASH_PDQ`, ...), so exported lists import as they are.
"""

from __future__ import annotations

import re
from enum import StrEnum


class SignalType(StrEnum):
    PDQ = "pdq"
    MD5 = "md5"
    SHA256 = "sha256"

    @property
    def hex_length(self) -> int:
        return _HEX_LENGTH[self]

    @property
    def byte_length(self) -> int:
        return _HEX_LENGTH[self] // 2


_HEX_LENGTH = {SignalType.PDQ: 64, SignalType.MD5: 32, SignalType.SHA256: 64}

# A file digest is the same whatever the content type, so photo/video variants
# of MD5 and SHA-256 all go to the same exact matcher.
SIGNAL_TYPE_ALIASES: dict[str, SignalType] = {
    "pdq": SignalType.PDQ,
    "hash_pdq": SignalType.PDQ,
    "md5": SignalType.MD5,
    "photo_md5": SignalType.MD5,
    "video_md5": SignalType.MD5,
    "hash_md5": SignalType.MD5,
    "video_hash_md5": SignalType.MD5,
    "sha256": SignalType.SHA256,
    "sha-256": SignalType.SHA256,
    "photo_sha256": SignalType.SHA256,
    "video_sha256": SignalType.SHA256,
    "hash_sha256": SignalType.SHA256,
    "hash_video_sha256": SignalType.SHA256,
}

_HEX = re.compile(r"[0-9a-fA-F]+")


def parse_signal_type(name: str) -> SignalType:
    """The signal type for a name or alias (case-insensitive); ValueError if unknown."""
    try:
        return SIGNAL_TYPE_ALIASES[name.strip().lower()]
    except KeyError:
        known = ", ".join(t.value for t in SignalType)
        raise ValueError(f"unknown or unsupported signal type {name.strip()!r} (known: {known})") from None


def normalize_hex(value: str, signal_type: SignalType) -> str:
    """Lower-case hex of the right length for the type; ValueError saying what is wrong."""
    value = value.strip()
    if not _HEX.fullmatch(value):
        raise ValueError(f"{signal_type} hash must be hexadecimal, got {value[:80]!r}")
    if len(value) != signal_type.hex_length:
        raise ValueError(
            f"{signal_type} hash must have {signal_type.hex_length} hex digits, got {len(value)}"
        )
    return value.lower()


def parse_hash(text: str, default_type: SignalType | None = None) -> tuple[SignalType, str]:
    """Parse `HEX` or `TYPE:HEX` (e.g. `pdq:...`, `sha256:...`).

    Without a prefix, 32 hex digits are MD5; 64 are ambiguous (SHA-256 or PDQ) and
    need `default_type`. A prefix overrides `default_type`.
    """
    text = text.strip()
    prefix, sep, rest = text.partition(":")
    if sep:
        signal_type = parse_signal_type(prefix)
        return signal_type, normalize_hex(rest, signal_type)
    if default_type is not None:
        return default_type, normalize_hex(text, default_type)
    if not _HEX.fullmatch(text):
        raise ValueError(f"hash must be hexadecimal, got {text[:80]!r}")
    if len(text) == 32:
        return SignalType.MD5, text.lower()
    if len(text) == 64:
        raise ValueError(
            "64 hex digits may be SHA-256 or PDQ: write 'sha256:HEX' or 'pdq:HEX', or give the type"
        )
    raise ValueError(f"hash has {len(text)} hex digits; expected 32 (MD5) or 64 (SHA-256, PDQ)")
