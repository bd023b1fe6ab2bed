"""Import lists of flagged hashes into a bank: plain text and HMA/ThreatExchange CSV.

A bad line never stops an import: it is reported with its line number and the
reason, and every good line is kept.

Plain text, one hash per line (blank lines and `#` comments skipped):

    HEX                    32 digits = MD5; 64 digits need the list's type (SHA-256 or PDQ)
    TYPE:HEX               e.g. `pdq:...`, `sha256:...`, `md5:...`
    TYPE HEX               the python-threatexchange file format (`pdq 2ab5...`)
    HEX,QUALITY,NAME       the PDQ reference hasher's output; other trailing text
                           (e.g. the file name in `sha256sum` output) is ignored

CSV with a header row. The layout of `threatexchange dataset -P --csv`
(python-threatexchange, used with HMA) is `collab,signal_type,signal_str,category,tags`,
tags separated by spaces. Column names are matched case-insensitively, with common
variants (`signal_value`, `hash`, `labels`, `quality`, `note`, ...). Rows whose
category says the hash is not harmful (`NEGATIVE_CLASS`, `FALSE_POSITIVE`) are skipped
and reported.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from watchkeeper.imagery.banks import Bank, BankEntry, Provenance
from watchkeeper.imagery.signals import (
    SIGNAL_TYPE_ALIASES,
    SignalType,
    parse_hash,
    parse_signal_type,
)

ImportFormat = Literal["auto", "text", "csv"]

TYPE_COLUMNS = ("signal_type", "indicator_type", "hash_type", "type")
VALUE_COLUMNS = ("signal_str", "signal_value", "signal", "indicator", "hash", "value")
TAG_COLUMNS = ("tags", "labels", "label")
SOURCE_COLUMNS = ("collab", "collaboration", "source")
CATEGORY_COLUMNS = ("category",)
NOTE_COLUMNS = ("note", "notes", "description")
QUALITY_COLUMNS = ("pdq_quality", "quality")
NOT_HARMFUL_CATEGORIES = frozenset({"negative_class", "false_positive"})

_TEXT_SEPARATORS = re.compile(r"[\s,]+")
_TAG_SEPARATORS = re.compile(r"[\s,;]+")
MAX_QUOTED = 120


@dataclass(frozen=True)
class ImportIssue:
    line: int
    reason: str
    text: str = ""


@dataclass
class ParseResult:
    entries: list[BankEntry] = field(default_factory=list)
    issues: list[ImportIssue] = field(default_factory=list)


@dataclass(frozen=True)
class ImportReport:
    added: int
    duplicates: int
    issues: list[ImportIssue]


def _parse_quality(text: str) -> int:
    try:
        quality = int(text)
    except ValueError:
        raise ValueError(f"PDQ quality must be a whole number 0-100, got {text!r}") from None
    if not 0 <= quality <= 100:
        raise ValueError(f"PDQ quality must be 0-100, got {quality}")
    return quality


def parse_text_line(
    line: str, signal_type: SignalType | None
) -> tuple[SignalType, str, int | None]:
    """(type, hex, quality) of one non-blank text line; ValueError with the reason."""
    tokens = _TEXT_SEPARATORS.split(line.strip())
    if len(tokens) > 1 and ":" not in tokens[0] and tokens[0].lower() in SIGNAL_TYPE_ALIASES:
        tokens = [f"{tokens[0]}:{tokens[1]}", *tokens[2:]]
    parsed_type, value = parse_hash(tokens[0], signal_type)
    quality = None
    if parsed_type is SignalType.PDQ and len(tokens) > 1 and tokens[1].lstrip("-").isdigit():
        quality = _parse_quality(tokens[1])
    return parsed_type, value, quality


def parse_text(
    lines: Iterable[str], provenance: Provenance, signal_type: SignalType | None = None
) -> ParseResult:
    """Parse a plain-text hash list; `signal_type` is the type of unprefixed hashes."""
    result = ParseResult()
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        try:
            parsed_type, value, quality = parse_text_line(stripped, signal_type)
        except ValueError as error:
            result.issues.append(ImportIssue(number, str(error), stripped[:MAX_QUOTED]))
            continue
        result.entries.append(BankEntry(parsed_type, value, provenance, quality))
    return result


def _find_column(header: list[str], names: tuple[str, ...]) -> int | None:
    lowered = [h.strip().lower() for h in header]
    for name in names:
        if name in lowered:
            return lowered.index(name)
    return None


def _split_tags(text: str) -> tuple[str, ...]:
    return tuple(tag for tag in _TAG_SEPARATORS.split(text.strip()) if tag)


def parse_csv(
    lines: Iterable[str], provenance: Provenance, signal_type: SignalType | None = None
) -> ParseResult:
    """Parse an HMA/ThreatExchange-style CSV with a header row.

    Per row: `collab`/`source` replaces the provenance source, tags are added to the
    provenance labels, `signal_type` (if the column exists and is filled in) overrides
    `signal_type`.
    """
    result = ParseResult()
    reader = csv.reader(lines)
    header: list[str] | None = None
    columns: dict[str, int | None] = {}
    for row in reader:
        number = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if header is None:
            header = row
            columns = {
                "type": _find_column(row, TYPE_COLUMNS),
                "value": _find_column(row, VALUE_COLUMNS),
                "tags": _find_column(row, TAG_COLUMNS),
                "source": _find_column(row, SOURCE_COLUMNS),
                "category": _find_column(row, CATEGORY_COLUMNS),
                "note": _find_column(row, NOTE_COLUMNS),
                "quality": _find_column(row, QUALITY_COLUMNS),
            }
            if columns["value"] is None:
                result.issues.append(
                    ImportIssue(
                        number,
                        "header has no hash column (expected one of: "
                        + ", ".join(VALUE_COLUMNS)
                        + "); nothing imported",
                        ",".join(row)[:MAX_QUOTED],
                    )
                )
                return result
            continue
        text = ",".join(row)[:MAX_QUOTED]
        if len(row) != len(header):
            result.issues.append(
                ImportIssue(
                    number, f"row has {len(row)} fields, the header has {len(header)}", text
                )
            )
            continue
        try:
            entry = _csv_entry(row, columns, provenance, signal_type)
        except ValueError as error:
            result.issues.append(ImportIssue(number, str(error), text))
            continue
        result.entries.append(entry)
    return result


def _csv_entry(
    row: list[str],
    columns: dict[str, int | None],
    provenance: Provenance,
    signal_type: SignalType | None,
) -> BankEntry:
    def cell(name: str) -> str:
        index = columns[name]
        return row[index].strip() if index is not None else ""

    category = cell("category")
    if category.lower() in NOT_HARMFUL_CATEGORIES:
        raise ValueError(f"category {category} marks the hash as not harmful; not imported")
    if cell("type"):
        signal_type = parse_signal_type(cell("type"))
    parsed_type, value = parse_hash(cell("value"), signal_type)
    quality = None
    if cell("quality"):
        if parsed_type is not SignalType.PDQ:
            raise ValueError(f"quality is only meaningful for PDQ hashes, not {parsed_type}")
        quality = _parse_quality(cell("quality"))
    labels = tuple(dict.fromkeys(provenance.labels + _split_tags(cell("tags"))))
    row_provenance = replace(
        provenance,
        source=cell("source") or provenance.source,
        labels=labels,
        note=cell("note") or provenance.note,
    )
    return BankEntry(parsed_type, value, row_provenance, quality)


def detect_format(path: Path) -> Literal["text", "csv"]:
    return "csv" if path.suffix.lower() == ".csv" else "text"


def import_file(
    bank: Bank,
    path: str | Path,
    provenance: Provenance,
    *,
    format: ImportFormat = "auto",
    signal_type: SignalType | None = None,
) -> ImportReport:
    """Parse a hash list file (format from the suffix when `auto`) and add it to the bank."""
    path = Path(path)
    chosen = detect_format(path) if format == "auto" else format
    parser = parse_csv if chosen == "csv" else parse_text
    # utf-8-sig: lists saved by spreadsheet programs start with a byte-order mark.
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
        parsed = parser(handle, provenance, signal_type)
    added = bank.add(parsed.entries)
    return ImportReport(added=added.added, duplicates=added.duplicates, issues=parsed.issues)
