import pytest

from watchkeeper.imagery.signals import SignalType, normalize_hex, parse_hash, parse_signal_type

MD5 = "d41d8cd98f00b204e9800998ecf8427e"
HEX64 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def test_32_hex_digits_are_md5_and_upper_case_is_normalised():
    assert parse_hash(MD5.upper()) == (SignalType.MD5, MD5)


def test_64_hex_digits_need_a_type():
    with pytest.raises(ValueError, match="SHA-256 or PDQ"):
        parse_hash(HEX64)
    assert parse_hash(HEX64, SignalType.PDQ) == (SignalType.PDQ, HEX64)
    assert parse_hash(f"sha256:{HEX64}") == (SignalType.SHA256, HEX64)
    assert parse_hash(f"PDQ:{HEX64}", SignalType.SHA256) == (SignalType.PDQ, HEX64)


@pytest.mark.parametrize(
    "text, reason",
    [
        ("xyz", "hexadecimal"),
        ("abcd", r"4 hex digits; expected 32 \(MD5\) or 64"),
        (f"md5:{HEX64}", "32 hex digits, got 64"),
        (f"tlsh:{HEX64}", "unknown or unsupported signal type 'tlsh'"),
    ],
)
def test_bad_hashes_say_why(text, reason):
    with pytest.raises(ValueError, match=reason):
        parse_hash(text)


def test_threatexchange_and_hma_names_are_understood():
    assert parse_signal_type("video_md5") is SignalType.MD5
    assert parse_signal_type("HASH_PDQ") is SignalType.PDQ
    assert parse_signal_type("hash_video_sha256") is SignalType.SHA256
    with pytest.raises(ValueError):
        parse_signal_type("url_md5")  # an MD5 of a URL, not of a file


def test_normalize_hex_rejects_wrong_length_for_the_type():
    with pytest.raises(ValueError, match="64 hex digits, got 32"):
        normalize_hex(MD5, SignalType.PDQ)
