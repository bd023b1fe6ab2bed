"""`watchkeeper banks`: banks of flagged image hashes (PDQ, MD5, SHA-256).

Banks live as files in a directory (`--store`, default ./var/banks), or, with
`--tenant`, in the service's database with that tenant's other banks. Every command
works on the `BankStore`/`Bank` interfaces, whichever store it opened.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from watchkeeper.cli.keys import ConfigFile, DatabaseUrl, open_database
from watchkeeper.imagery.banks import (
    Bank,
    BankEntry,
    BankError,
    BankStore,
    FileBankStore,
    Provenance,
)
from watchkeeper.imagery.hashing import ImageHashes, hash_image
from watchkeeper.imagery.importing import ImportFormat, import_file
from watchkeeper.imagery.matching import PDQ_MATCH_THRESHOLD, PDQ_MIN_QUALITY, Match, Matcher
from watchkeeper.imagery.signals import SignalType, parse_hash
from watchkeeper.imagery.store_db import DbBankStore

app = typer.Typer(
    name="banks",
    help=(
        "Banks of flagged image hashes (PDQ, MD5, SHA-256): import, add, remove, list, match. "
        "Banks are files in --store, or with --tenant that tenant's banks in the service's "
        "database. A running server picks up changes made here at its next restart "
        "(changes made through the API apply at once)."
    ),
    no_args_is_help=True,
)
console = Console(stderr=True, soft_wrap=True)
out = Console(soft_wrap=True)  # hashes stay on one line, whatever the width

MAX_ISSUES_SHOWN = 20
DEFAULT_STORE = Path("var/banks")

StoreOption = Annotated[
    Path,
    typer.Option(
        "--store", envvar="WATCHKEEPER_BANKS_STORE", help="Directory of bank files (without --tenant)."
    ),
]
TenantOption = Annotated[
    str | None,
    typer.Option(
        "--tenant",
        help="Work on this tenant's banks in the service's database instead of --store "
        "(a running server sees the changes at its next restart).",
    ),
]
TypeOption = Annotated[
    SignalType | None,
    typer.Option(
        "--type",
        case_sensitive=False,
        help="Hash type when it cannot be told from the hash (64 hex digits: sha256 or pdq).",
    ),
]
LabelOption = Annotated[
    list[str] | None, typer.Option("--label", help="Label for the entries (repeatable).")
]
NoteOption = Annotated[
    str | None, typer.Option("--note", help="Free-text note for the entries.")
]


def _fail(message: str) -> typer.Exit:
    console.print(f"[red]error:[/red] {message}")
    return typer.Exit(1)


@contextmanager
def _opened_store(
    store: Path, tenant: str | None, database_url: str | None, config: Path | None
) -> Iterator[BankStore]:
    """The tenant's database banks with --tenant (database migrated first), else the files."""
    if tenant is None:
        if database_url is not None or config is not None:
            raise _fail("--database-url and --config choose the database of --tenant: pass --tenant")
        yield FileBankStore(store)
        return
    engine, sessions = open_database(database_url, config)
    try:
        yield DbBankStore(sessions, tenant)
    finally:
        engine.dispose()


def _location(store: Path, tenant: str | None) -> str:
    return f"tenant {tenant}" if tenant is not None else str(store)


def _get(bank_store: BankStore, name: str) -> Bank:
    try:
        return bank_store.get(name)
    except BankError as error:
        raise _fail(str(error)) from error


def _resolve_target(
    target: str, signal_type: SignalType | None
) -> ImageHashes | tuple[SignalType, str]:
    """An image file's signals, or the one hash given on the command line."""
    path = Path(target)
    if path.is_file():
        try:
            return hash_image(path)
        except OSError as error:
            raise _fail(f"cannot read {path} as an image: {error}") from error
    try:
        return parse_hash(target, signal_type)
    except ValueError as error:
        raise _fail(f"{target!r} is neither an image file nor a hash: {error}") from error


@app.command()
def create(
    name: str,
    description: Annotated[str, typer.Option(help="What the bank holds.")] = "",
    store: StoreOption = DEFAULT_STORE,
    tenant: TenantOption = None,
    database_url: DatabaseUrl = None,
    config: ConfigFile = None,
) -> None:
    """Create an empty bank."""
    with _opened_store(store, tenant, database_url, config) as bank_store:
        try:
            bank_store.create(name, description)
        except (BankError, ValueError) as error:  # ValueError: a malformed tenant id
            raise _fail(str(error)) from error
    out.print(f"created bank [bold]{name}[/bold] in {_location(store, tenant)}")


@app.command()
def delete(
    name: str,
    yes: Annotated[bool, typer.Option("--yes", help="Confirm deleting the bank.")] = False,
    store: StoreOption = DEFAULT_STORE,
    tenant: TenantOption = None,
    database_url: DatabaseUrl = None,
    config: ConfigFile = None,
) -> None:
    """Delete a bank and all its entries."""
    if not yes:
        raise _fail("deleting a bank cannot be undone: pass --yes")
    with _opened_store(store, tenant, database_url, config) as bank_store:
        try:
            bank_store.delete(name)
        except BankError as error:
            raise _fail(str(error)) from error
    out.print(f"deleted bank [bold]{name}[/bold]")


@app.command("import")
def import_(
    name: str,
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True)],
    format: Annotated[
        str, typer.Option("--format", help="auto (by suffix: .csv is CSV), text or csv.")
    ] = "auto",
    signal_type: TypeOption = None,
    source: Annotated[
        str | None, typer.Option(help="Where the list came from (default: the file name).")
    ] = None,
    label: LabelOption = None,
    note: NoteOption = None,
    store: StoreOption = DEFAULT_STORE,
    tenant: TenantOption = None,
    database_url: DatabaseUrl = None,
    config: ConfigFile = None,
) -> None:
    """Import a list of flagged hashes: plain text (one per line) or HMA/ThreatExchange CSV."""
    if format not in ("auto", "text", "csv"):
        raise _fail(f"--format must be auto, text or csv, not {format!r}")
    provenance = Provenance(
        source=source or file.name, added=datetime.now(UTC), labels=tuple(label or ()), note=note
    )
    fmt: ImportFormat = format  # type: ignore[assignment]
    with _opened_store(store, tenant, database_url, config) as bank_store:
        bank = _get(bank_store, name)
        report = import_file(bank, file, provenance, format=fmt, signal_type=signal_type)
        bank_store.save(bank)
    for issue in report.issues[:MAX_ISSUES_SHOWN]:
        console.print(f"{file}:{issue.line}: {issue.reason}", markup=False, highlight=False)
    if len(report.issues) > MAX_ISSUES_SHOWN:
        console.print(f"... and {len(report.issues) - MAX_ISSUES_SHOWN} more bad lines")
    out.print(
        f"{name}: added {report.added}, already present {report.duplicates}, "
        f"bad lines {len(report.issues)}"
    )
    if report.issues and not report.added and not report.duplicates:
        raise typer.Exit(1)


@app.command()
def add(
    name: str,
    target: Annotated[str, typer.Argument(help="An image file (adds its 3 hashes) or a hash.")],
    signal_type: TypeOption = None,
    source: Annotated[str, typer.Option(help="Who or what flagged it.")] = "moderator",
    label: LabelOption = None,
    note: NoteOption = None,
    quality: Annotated[
        int | None, typer.Option(min=0, max=100, help="PDQ quality of a PDQ hash, if known.")
    ] = None,
    store: StoreOption = DEFAULT_STORE,
    tenant: TenantOption = None,
    database_url: DatabaseUrl = None,
    config: ConfigFile = None,
) -> None:
    """Add one flagged image or hash (e.g. from a moderator's decision)."""
    resolved = _resolve_target(target, signal_type)
    provenance = Provenance(
        source=source, added=datetime.now(UTC), labels=tuple(label or ()), note=note
    )
    if isinstance(resolved, ImageHashes):
        entries = [
            BankEntry(SignalType.MD5, resolved.md5, provenance),
            BankEntry(SignalType.SHA256, resolved.sha256, provenance),
            BankEntry(SignalType.PDQ, resolved.pdq, provenance, resolved.pdq_quality),
        ]
        if resolved.pdq_quality < PDQ_MIN_QUALITY:
            console.print(
                f"[yellow]note:[/yellow] PDQ quality {resolved.pdq_quality} is below "
                f"{PDQ_MIN_QUALITY}: only exact copies of this image (MD5/SHA-256) will match"
            )
    else:
        parsed_type, value = resolved
        pdq_quality = quality if parsed_type is SignalType.PDQ else None
        entries = [BankEntry(parsed_type, value, provenance, pdq_quality)]
    with _opened_store(store, tenant, database_url, config) as bank_store:
        bank = _get(bank_store, name)
        result = bank.add(entries)
        bank_store.save(bank)
    out.print(f"{name}: added {result.added}, already present {result.duplicates}")


@app.command()
def remove(
    name: str,
    value: Annotated[str, typer.Argument(help="The hash to remove (TYPE:HEX or HEX).")],
    signal_type: TypeOption = None,
    store: StoreOption = DEFAULT_STORE,
    tenant: TenantOption = None,
    database_url: DatabaseUrl = None,
    config: ConfigFile = None,
) -> None:
    """Remove a hash from a bank."""
    try:
        parsed_type, hex_value = parse_hash(value, signal_type)
    except ValueError as error:
        raise _fail(str(error)) from error
    with _opened_store(store, tenant, database_url, config) as bank_store:
        bank = _get(bank_store, name)
        if not bank.remove(parsed_type, hex_value):
            raise _fail(f"{parsed_type}:{hex_value} is not in bank {name}")
        bank_store.save(bank)
    out.print(f"{name}: removed {parsed_type}:{hex_value}")


def _entries_table(bank: Bank, signal_type: SignalType | None, limit: int) -> Table:
    table = Table(title=f"{bank.name}: {bank.count(signal_type)} entries")
    for column in ("type", "hash", "quality", "source", "added", "labels", "note"):
        table.add_column(column, overflow="fold", no_wrap=column == "hash")
    for shown, entry in enumerate(bank.entries(signal_type)):
        if shown >= limit:
            break
        table.add_row(*_entry_cells(entry))
    return table


def _entry_cells(entry: BankEntry) -> list[str]:
    p = entry.provenance
    return [
        entry.signal_type.value,
        entry.value,
        "" if entry.quality is None else str(entry.quality),
        p.source,
        p.added.date().isoformat(),
        ", ".join(p.labels),
        p.note or "",
    ]


@app.command("list")
def list_(
    name: Annotated[str | None, typer.Argument(help="Show this bank's entries.")] = None,
    signal_type: TypeOption = None,
    limit: Annotated[int, typer.Option(min=1, help="Entries shown at most.")] = 50,
    store: StoreOption = DEFAULT_STORE,
    tenant: TenantOption = None,
    database_url: DatabaseUrl = None,
    config: ConfigFile = None,
) -> None:
    """List banks with their sizes, or the entries of one bank."""
    with _opened_store(store, tenant, database_url, config) as bank_store:
        if name is not None:
            out.print(_entries_table(_get(bank_store, name), signal_type, limit))
            return
        table = Table(title=f"banks in {_location(store, tenant)}")
        for column in ("bank", "pdq", "md5", "sha256", "created", "description"):
            table.add_column(column)
        for bank in bank_store.banks():
            types = (SignalType.PDQ, SignalType.MD5, SignalType.SHA256)
            counts = [str(bank.count(t)) for t in types]
            table.add_row(bank.name, *counts, bank.created.date().isoformat(), bank.description)
    out.print(table)


def _match_json(match: Match) -> dict:
    return {
        "bank": match.bank,
        "signal_type": match.signal_type.value,
        "hash": match.value,
        "distance": match.distance,
        "quality": match.entry.quality,
        "provenance": match.entry.provenance.to_json(),
    }


@app.command()
def match(
    target: Annotated[str, typer.Argument(help="An image file, or a hash (TYPE:HEX or HEX).")],
    bank: Annotated[
        list[str] | None, typer.Option("--bank", help="Only these banks (repeatable).")
    ] = None,
    signal_type: TypeOption = None,
    threshold: Annotated[
        int, typer.Option(min=0, max=256, help="Largest PDQ Hamming distance that matches.")
    ] = PDQ_MATCH_THRESHOLD,
    min_quality: Annotated[
        int, typer.Option(min=0, max=100, help="PDQ hashes below this quality never match.")
    ] = PDQ_MIN_QUALITY,
    as_json: Annotated[bool, typer.Option("--json", help="Print matches as JSON.")] = False,
    store: StoreOption = DEFAULT_STORE,
    tenant: TenantOption = None,
    database_url: DatabaseUrl = None,
    config: ConfigFile = None,
) -> None:
    """Match an image or a hash against the banks."""
    resolved = _resolve_target(target, signal_type)
    with _opened_store(store, tenant, database_url, config) as bank_store:
        banks = [_get(bank_store, n) for n in bank] if bank else bank_store.banks()
        matcher = Matcher.from_banks(banks, pdq_threshold=threshold, pdq_min_quality=min_quality)
        if isinstance(resolved, ImageHashes):
            matches = matcher.match_hashes(resolved)
            query = {
                "md5": resolved.md5,
                "sha256": resolved.sha256,
                "pdq": resolved.pdq,
                "pdq_quality": resolved.pdq_quality,
            }
        else:
            matches = matcher.match_hash(*resolved)
            query = {resolved[0].value: resolved[1]}
    if as_json:
        out.print_json(json.dumps({"query": query, "matches": [_match_json(m) for m in matches]}))
        return
    for key, value in query.items():
        out.print(f"{key} {value}", highlight=False)
    if isinstance(resolved, ImageHashes) and resolved.pdq_quality < min_quality:
        out.print(f"PDQ quality {resolved.pdq_quality} is below {min_quality}: PDQ not matched")
    if not matches:
        out.print(f"no match in {len(banks)} bank(s)")
        return
    table = Table(title=f"{len(matches)} match(es)")
    for column in ("bank", "type", "distance", "hash", "source", "added", "labels", "note"):
        table.add_column(column, overflow="fold", no_wrap=column == "hash")
    for m in matches:
        cells = _entry_cells(m.entry)
        table.add_row(m.bank, cells[0], str(m.distance), cells[1], *cells[3:])
    out.print(table)
