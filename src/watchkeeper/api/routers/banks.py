"""Banks of flagged image hashes, per tenant: create, list, import, add, remove, match.

Changing a bank needs the admin scope; listing and matching need read. Adding
the hashes of an image from a case needs review: it is a moderator's decision
about an alert they have confirmed or escalated. Every change rebuilds the
tenant's matcher before the response, so the next event is matched against it.
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, Path, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field, model_validator
from sqlalchemy import select
from sqlalchemy.orm import Session

from watchkeeper.api.deps import get_db, require
from watchkeeper.api.errors import ApiError
from watchkeeper.api.routers.alerts import decode_cursor, encode_cursor, tenant_alert
from watchkeeper.api.schemas import ErrorResponse
from watchkeeper.imagery.banks import (
    BankEntry,
    BankError,
    BankExists,
    BankNotFound,
    Provenance,
)
from watchkeeper.imagery.importing import ImportIssue, parse_csv, parse_text
from watchkeeper.imagery.matching import Match
from watchkeeper.imagery.service import TenantImages
from watchkeeper.imagery.signals import SignalType, normalize_hex, parse_hash
from watchkeeper.imagery.store_db import DbBank
from watchkeeper.storage.db import utcnow
from watchkeeper.storage.keys import Principal
from watchkeeper.storage.models import StoredEvent

router = APIRouter(tags=["image hash banks"])
Admin = Annotated[Principal, Depends(require("admin"))]
Reader = Annotated[Principal, Depends(require("read"))]
Reviewer = Annotated[Principal, Depends(require("review"))]
DB = Annotated[Session, Depends(get_db)]
BankName = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")]
NOT_FOUND = {404: {"model": ErrorResponse}}
MAX_ISSUES_RETURNED = 1000
DECIDED = ("confirmed", "escalated")
Labels = Annotated[list[Annotated[str, Field(min_length=1, max_length=64)]], Field(max_length=20)]


def images_of(request: Request) -> TenantImages:
    return request.app.state.images


def _bank(request: Request, principal: Principal, name: str) -> DbBank:
    try:
        return images_of(request).store(principal.tenant_id).get(name)
    except BankNotFound:
        raise ApiError(404, "not_found", "no such bank") from None


# ---- bodies ------------------------------------------------------------------------------


class BankIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$",
                      description="1-64 letters, digits, '_', '-' or '.', starting with a letter or digit.")
    description: str = Field(default="", max_length=500)


class BankOut(BaseModel):
    name: str
    description: str
    created_at: datetime
    counts: dict[str, int] = Field(description="Hashes per signal type (pdq, md5, sha256).")
    total: int


class ProvenanceOut(BaseModel):
    source: str
    added: datetime
    labels: list[str]
    note: str | None = None


class HashOut(BaseModel):
    signal_type: Literal["pdq", "md5", "sha256"]
    value: str
    quality: int | None = None
    provenance: ProvenanceOut


class HashPage(BaseModel):
    hashes: list[HashOut]
    next_cursor: str | None = None


class HashIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    hash: str = Field(min_length=32, max_length=80,
                      description="`TYPE:HEX` (pdq:, md5:, sha256:), or 32 hex digits (MD5), "
                                  "or 64 hex digits with `signal_type`.")
    signal_type: Literal["pdq", "md5", "sha256"] | None = None
    quality: int | None = Field(default=None, ge=0, le=100, description="PDQ quality, if known.")
    source: str | None = Field(default=None, min_length=1, max_length=200,
                               description="Where the hash came from (default: api:<key id>).")
    labels: Labels = []
    note: str | None = Field(default=None, max_length=2000)


class AddOut(BaseModel):
    added: int
    duplicates: int
    hashes: dict[str, str] = Field(default_factory=dict, description="What was added, by signal type.")


class IssueOut(BaseModel):
    line: int
    reason: str
    text: str = ""


class ImportOut(BaseModel):
    added: int
    duplicates: int
    issue_count: int
    issues: list[IssueOut] = Field(description=f"Bad lines (the first {MAX_ISSUES_RETURNED}), "
                                               "with their line number and the reason.")


class MatchIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    hash: str | None = Field(default=None, max_length=80, description="`TYPE:HEX` or an MD5.")
    md5: str | None = Field(default=None, pattern=r"^[0-9a-fA-F]{32}$")
    sha256: str | None = Field(default=None, pattern=r"^[0-9a-fA-F]{64}$")
    pdq: str | None = Field(default=None, pattern=r"^[0-9a-fA-F]{64}$")
    pdq_quality: int | None = Field(default=None, ge=0, le=100,
                                    description="Below the server's minimum (50), PDQ is not matched.")
    banks: list[Annotated[str, Field(max_length=64)]] | None = Field(
        default=None, max_length=100, description="Only these banks (default: all of the tenant's).")

    @model_validator(mode="after")
    def _needs_a_hash(self) -> MatchIn:
        if not (self.hash or self.md5 or self.sha256 or self.pdq):
            raise ValueError("give hash, or one of md5, sha256, pdq")
        return self


class MatchOut(BaseModel):
    bank: str
    signal_type: str
    distance: int
    value: str
    quality: int | None = None
    provenance: ProvenanceOut


class MatchResult(BaseModel):
    matches: list[MatchOut]
    pdq_not_matched_low_quality: bool = Field(
        default=False, description="A PDQ hash was given with a quality below the minimum.")


class CaseImageIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    image: str = Field(min_length=1, max_length=200, description="The image event's id.")
    bank: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
    note: str | None = Field(default=None, max_length=2000)
    labels: Labels = []


class CaseImageOut(AddOut):
    bank: str
    source: str


def _provenance_out(p: Provenance) -> ProvenanceOut:
    return ProvenanceOut(source=p.source, added=p.added, labels=list(p.labels), note=p.note)


def _hash_out(entry: BankEntry) -> HashOut:
    return HashOut(signal_type=entry.signal_type.value, value=entry.value, quality=entry.quality,
                   provenance=_provenance_out(entry.provenance))


def _bank_out(bank: DbBank) -> BankOut:
    counts = bank.counts()
    return BankOut(name=bank.name, description=bank.description, created_at=bank.created,
                   counts=counts, total=sum(counts.values()))


def _parse(text: str, signal_type: str | None) -> tuple[SignalType, str]:
    try:
        return parse_hash(text, SignalType(signal_type) if signal_type else None)
    except ValueError as exc:
        raise ApiError(422, "invalid_hash", str(exc), field="hash") from None


# ---- banks -------------------------------------------------------------------------------


@router.get("/v1/banks", response_model=list[BankOut])
def list_banks(request: Request, principal: Reader) -> list[BankOut]:
    return [_bank_out(bank) for bank in images_of(request).store(principal.tenant_id).banks()]  # type: ignore[arg-type]


@router.post("/v1/banks", response_model=BankOut, status_code=201,
             responses={409: {"model": ErrorResponse}})
def create_bank(request: Request, principal: Admin, body: BankIn) -> BankOut:
    try:
        bank = images_of(request).store(principal.tenant_id).create(body.name, body.description)
    except BankExists:
        raise ApiError(409, "bank_exists", "a bank with this name already exists") from None
    return _bank_out(bank)


@router.get("/v1/banks/{name}", response_model=BankOut, responses=NOT_FOUND)
def get_bank(request: Request, principal: Reader, name: BankName) -> BankOut:
    return _bank_out(_bank(request, principal, name))


@router.delete("/v1/banks/{name}", status_code=204, responses=NOT_FOUND)
def delete_bank(request: Request, principal: Admin, name: BankName) -> Response:
    images = images_of(request)
    try:
        images.store(principal.tenant_id).delete(name)
    except BankNotFound:
        raise ApiError(404, "not_found", "no such bank") from None
    images.banks_changed(principal.tenant_id)
    return Response(status_code=204)


# ---- hashes ------------------------------------------------------------------------------


@router.get("/v1/banks/{name}/hashes", response_model=HashPage, responses=NOT_FOUND)
def list_hashes(
    request: Request, principal: Reader, name: BankName,
    signal_type: Annotated[Literal["pdq", "md5", "sha256"] | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    cursor: Annotated[str | None, Query(max_length=40)] = None,
) -> HashPage:
    bank = _bank(request, principal, name)
    after = decode_cursor(cursor) if cursor else 0
    page = bank.page(SignalType(signal_type) if signal_type else None, after=after, limit=limit + 1)
    more = len(page) > limit
    page = page[:limit]
    return HashPage(hashes=[_hash_out(entry) for _, entry in page],
                    next_cursor=encode_cursor(page[-1][0]) if more and page else None)


@router.post("/v1/banks/{name}/hashes", response_model=AddOut, responses=NOT_FOUND)
def add_hash(request: Request, principal: Admin, name: BankName, body: HashIn) -> AddOut:
    bank = _bank(request, principal, name)
    signal_type, value = _parse(body.hash, body.signal_type)
    if body.quality is not None and signal_type is not SignalType.PDQ:
        raise ApiError(422, "invalid_quality", "quality is only meaningful for PDQ hashes",
                       field="quality")
    provenance = Provenance(source=body.source or f"api:{principal.key_id}", added=utcnow(),
                            labels=tuple(dict.fromkeys(body.labels)), note=body.note)
    result = bank.add([BankEntry(signal_type, value, provenance, body.quality)])
    if result.added:
        images_of(request).banks_changed(principal.tenant_id)
    return AddOut(added=result.added, duplicates=result.duplicates,
                  hashes={signal_type.value: value} if result.added else {})


@router.delete("/v1/banks/{name}/hashes/{hash}", status_code=204, responses=NOT_FOUND)
def remove_hash(
    request: Request, principal: Admin, name: BankName,
    hash: Annotated[str, Path(min_length=1, max_length=80, description="`TYPE:HEX` or an MD5.")],
    signal_type: Annotated[Literal["pdq", "md5", "sha256"] | None, Query()] = None,
) -> Response:
    bank = _bank(request, principal, name)
    parsed_type, value = _parse(hash, signal_type)
    if not bank.remove(parsed_type, value):
        raise ApiError(404, "not_found", "this hash is not in the bank")
    images_of(request).banks_changed(principal.tenant_id)
    return Response(status_code=204)


IMPORT_BODY: dict[str, Any] = {
    "required": True,
    "description": (
        "A hash list. Plain text: one hash per line (`TYPE:HEX`, `TYPE HEX`, 32 hex digits = MD5, "
        "64 hex digits with `signal_type`; `#` comments). CSV with a header row in the "
        "HMA/ThreatExchange layout (`collab,signal_type,signal_str,category,tags`): send "
        "Content-Type text/csv or `?format=csv`. Bad lines are reported, good ones kept."
    ),
    "content": {"text/plain": {"schema": {"type": "string"}}},
}


@router.post("/v1/banks/{name}/import", response_model=ImportOut, responses=NOT_FOUND,
             openapi_extra={"requestBody": IMPORT_BODY})
async def import_list(
    request: Request, principal: Admin, name: BankName,
    format: Annotated[Literal["auto", "text", "csv"], Query(
        description="auto: CSV when Content-Type is text/csv, else plain text.")] = "auto",
    signal_type: Annotated[Literal["pdq", "md5", "sha256"] | None, Query(
        description="Type of unprefixed 64-hex-digit hashes (sha256 or pdq).")] = None,
    source: Annotated[str | None, Query(min_length=1, max_length=200,
                                        description="The list's origin (default api:<key id>).")] = None,
    label: Annotated[list[str] | None, Query(description="Labels (repeatable, up to 20).")] = None,
    note: Annotated[str | None, Query(max_length=2000)] = None,
) -> ImportOut:
    from starlette.concurrency import run_in_threadpool

    body = await request.body()
    content_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    chosen = format if format != "auto" else (
        "csv" if content_type in ("text/csv", "application/csv") else "text")
    labels = tuple(dict.fromkeys(x for x in (label or []) if x and len(x) <= 64))[:20]
    provenance = Provenance(source=source or f"api:{principal.key_id}", added=utcnow(),
                            labels=labels, note=note)

    def run() -> ImportOut:
        bank = _bank(request, principal, name)
        # utf-8-sig: lists saved by spreadsheet programs start with a byte-order mark.
        lines = io.StringIO(body.decode("utf-8-sig", errors="replace"), newline="")
        parser = parse_csv if chosen == "csv" else parse_text
        parsed = parser(lines, provenance, SignalType(signal_type) if signal_type else None)
        result = bank.add(parsed.entries)
        if result.added:
            images_of(request).banks_changed(principal.tenant_id)
        return ImportOut(added=result.added, duplicates=result.duplicates,
                         issue_count=len(parsed.issues),
                         issues=[_issue(i) for i in parsed.issues[:MAX_ISSUES_RETURNED]])

    return await run_in_threadpool(run)


def _issue(issue: ImportIssue) -> IssueOut:
    return IssueOut(line=issue.line, reason=issue.reason, text=issue.text)


# ---- matching ----------------------------------------------------------------------------


@router.post("/v1/match", response_model=MatchResult, responses={422: {"model": ErrorResponse}})
def match_hash(request: Request, principal: Reader, body: MatchIn) -> MatchResult:
    """Look hashes up in the tenant's banks (PDQ within the server's distance, 31 by default)."""
    query: dict[str, Any] = {"md5": body.md5, "sha256": body.sha256, "pdq": body.pdq,
                             "pdq_quality": body.pdq_quality}
    if body.hash:
        signal_type, value = _parse(body.hash, None)
        query[signal_type.value] = value
    for t in SignalType:
        if query[t.value]:
            query[t.value] = normalize_hex(query[t.value], t)
    images = images_of(request)
    matcher = images.matcher(principal.tenant_id)
    matches: list[Match] = matcher.match_signals(**query) if matcher else []
    if body.banks is not None:
        wanted = set(body.banks)
        matches = [m for m in matches if m.bank in wanted]
    low_quality = bool(query["pdq"] and body.pdq_quality is not None
                       and body.pdq_quality < images.settings.pdq_min_quality)
    return MatchResult(
        matches=[MatchOut(bank=m.bank, signal_type=m.signal_type.value, distance=m.distance,
                          value=m.value, quality=m.entry.quality,
                          provenance=_provenance_out(m.entry.provenance)) for m in matches],
        pdq_not_matched_low_quality=low_quality,
    )


# ---- from a moderator's decision ---------------------------------------------------------


@router.post("/v1/alerts/{alert_id}/bank-image", response_model=CaseImageOut,
             responses={**NOT_FOUND, 409: {"model": ErrorResponse}})
def bank_case_image(
    request: Request, principal: Reviewer, session: DB,
    alert_id: Annotated[int, Path(ge=1, le=2**62)], body: Annotated[CaseImageIn, Body()],
) -> CaseImageOut:
    """Add the hashes of an image of this case to a bank, after the alert was confirmed or
    escalated. Provenance: `moderator:<key id>`, the alert and the decision in the note."""
    alert = tenant_alert(session, principal.tenant_id, alert_id)
    if alert.status not in DECIDED:
        raise ApiError(409, "not_decided",
                       "confirm or escalate the alert before adding its images to a bank")
    image = case_image(session, principal.tenant_id, alert, body.image)
    if image is None:
        raise ApiError(404, "not_found", "no image with this id in this case", field="image")
    source = f"moderator:{principal.key_id}"
    note = body.note or f"alert {alert.id} ({alert.status})"
    try:
        added = images_of(request).add_image_to_bank(
            principal.tenant_id, body.bank, image, source=source, note=note, labels=body.labels)
    except BankNotFound:
        raise ApiError(404, "not_found", "no such bank", field="bank") from None
    except BankError as exc:
        raise ApiError(409, "no_hash", str(exc)) from None
    return CaseImageOut(bank=body.bank, source=source, **added)


def case_image(session: Session, tenant_id: str, alert: Any, image_id: str) -> dict[str, Any] | None:
    """The stored image event `image_id` if it belongs to the alert's case: in its
    conversation, or (account alerts) sent by its account."""
    import orjson

    query = select(StoredEvent.payload).where(
        StoredEvent.tenant_id == tenant_id, StoredEvent.event_key == f"image:{image_id}")
    if alert.kind == "conversation":
        query = query.where(StoredEvent.conversation == alert.conversation)
    else:
        query = query.where(StoredEvent.actor == alert.subject)
    payload = session.scalar(query)
    return orjson.loads(payload) if payload else None
