from datetime import UTC, datetime

from watchkeeper.imagery.banks import MemoryBank, Provenance
from watchkeeper.imagery.importing import import_file, parse_csv, parse_text
from watchkeeper.imagery.signals import SignalType

LIST = Provenance("hotline.txt", datetime(2025, 3, 1, tzinfo=UTC), ("hotline",))
MD5 = "d41d8cd98f00b204e9800998ecf8427e"
H64 = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22"
H64B = "358c86641a5269ab5b0db5f1b2315c1642cef9652c39b6ced9f646d91f071927"


def test_text_bad_lines_are_reported_by_number_and_good_lines_kept():
    text = [
        "# flagged hashes, exported 2025-03-01",
        MD5,
        "",
        "not-a-hash",
        f"sha256:{H64}",
        H64,  # 64 digits without a type: ambiguous
        f"pdq:{H64B},93,photo.jpg",  # PDQ reference hasher output, with the quality
        f"pdq {H64}",  # python-threatexchange file format
        f"{MD5[:-1]}",
        f"{MD5.upper()}  image.png",  # md5sum output
        f"pdq:{H64},101",
    ]
    result = parse_text(text, LIST)
    assert [(i.line, i.reason) for i in result.issues] == [
        (4, "hash must be hexadecimal, got 'not-a-hash'"),
        (6, "64 hex digits may be SHA-256 or PDQ: write 'sha256:HEX' or 'pdq:HEX', "
            "or give the type"),
        (9, "hash has 31 hex digits; expected 32 (MD5) or 64 (SHA-256, PDQ)"),
        (11, "PDQ quality must be 0-100, got 101"),
    ]
    assert [(e.signal_type, e.value, e.quality) for e in result.entries] == [
        (SignalType.MD5, MD5, None),
        (SignalType.SHA256, H64, None),
        (SignalType.PDQ, H64B, 93),
        (SignalType.PDQ, H64, None),
        (SignalType.MD5, MD5, None),
    ]
    assert all(e.provenance == LIST for e in result.entries)


def test_text_with_a_declared_type_reads_unprefixed_64_digit_lines():
    result = parse_text([H64, H64B, MD5, f"sha256:{H64}"], LIST, SignalType.PDQ)
    assert [(e.signal_type, e.value) for e in result.entries] == [
        (SignalType.PDQ, H64),
        (SignalType.PDQ, H64B),
        (SignalType.SHA256, H64),
    ]
    assert [(i.line, i.reason) for i in result.issues] == [
        (3, "pdq hash must have 64 hex digits, got 32")
    ]


THREATEXCHANGE_CSV = f"""collab,signal_type,signal_str,category,tags
Sample Collab,pdq,{H64},POSITIVE_CLASS,sextortion known
Sample Collab,video_md5,{MD5},POSITIVE_CLASS,
Sample Collab,pdq,{H64B},NEGATIVE_CLASS,
Sample Collab,tlsh,T1A2B3,POSITIVE_CLASS,
Sample Collab,pdq,{H64[:-2]},POSITIVE_CLASS,
Sample Collab,pdq
Other Collab,photo_sha256,{H64B},INVESTIGATION_SEED,"a,b"
""".splitlines(keepends=True)


def test_threatexchange_dataset_csv():
    result = parse_csv(THREATEXCHANGE_CSV, LIST)
    assert [(i.line, i.reason) for i in result.issues] == [
        (4, "category NEGATIVE_CLASS marks the hash as not harmful; not imported"),
        (5, "unknown or unsupported signal type 'tlsh' (known: pdq, md5, sha256)"),
        (6, "pdq hash must have 64 hex digits, got 62"),
        (7, "row has 2 fields, the header has 5"),
    ]
    entries = result.entries
    assert [(e.signal_type, e.value) for e in entries] == [
        (SignalType.PDQ, H64),
        (SignalType.MD5, MD5),
        (SignalType.SHA256, H64B),
    ]
    # The collaboration becomes the source; tags are added to the import's labels.
    assert entries[0].provenance.source == "Sample Collab"
    assert entries[0].provenance.labels == ("hotline", "sextortion", "known")
    assert entries[1].provenance.labels == ("hotline",)
    assert entries[2].provenance.source == "Other Collab"
    assert entries[2].provenance.labels == ("hotline", "a", "b")
    assert entries[0].provenance.added == LIST.added


def test_csv_column_variants_and_default_type():
    rows = [
        "Hash,Labels,Quality,Note\n",
        f"{H64},grooming,88,from case 12\n",
        f"{H64B},,,\n",
        f"{H64},,abc,\n",
    ]
    result = parse_csv(rows, LIST, SignalType.PDQ)
    assert [(e.value, e.quality, e.provenance.note) for e in result.entries] == [
        (H64, 88, "from case 12"),
        (H64B, None, None),
    ]
    assert result.entries[0].provenance.labels == ("hotline", "grooming")
    assert [(i.line, i.reason) for i in result.issues] == [
        (4, "PDQ quality must be a whole number 0-100, got 'abc'")
    ]


def test_csv_without_a_hash_column_is_one_clear_error():
    result = parse_csv(["name,colour\n", "a,b\n"], LIST)
    assert result.entries == []
    assert len(result.issues) == 1 and result.issues[0].line == 1
    assert "no hash column" in result.issues[0].reason


def test_import_file_detects_csv_by_suffix_and_handles_a_byte_order_mark(tmp_path):
    bank = MemoryBank("hotline")
    path = tmp_path / "export.csv"
    path.write_text("\ufeff" + "".join(THREATEXCHANGE_CSV), encoding="utf-8")
    report = import_file(bank, path, LIST)
    assert (report.added, report.duplicates, len(report.issues)) == (3, 0, 4)
    text = tmp_path / "list.txt"
    text.write_text(f"{MD5}\n{MD5}\nbad\n")
    report = import_file(bank, text, LIST)
    assert (report.added, report.duplicates) == (0, 2)
    assert [i.line for i in report.issues] == [3]
    assert bank.count() == 3
