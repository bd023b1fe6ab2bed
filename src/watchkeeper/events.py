"""The event contract of ../shared/spec/events.md as typed models.

Everything that feeds Watchkeeper (files, the HTTP API, tests) goes through
`parse_event` or `read_jsonl`, so there is one definition of a valid event and
one shape of error: which line (or index), which field, why.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

import orjson
from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    model_validator,
)

Platform = Literal["social", "gaming", "dating", "other"]

# Longest message text kept; longer text is truncated (and flagged) rather than
# rejected, so a pasted wall of text cannot take the pipeline down.
MAX_TEXT_CHARS = 4000


class _Event(BaseModel):
    # Unknown fields are kept and ignored, as the spec asks.
    model_config = ConfigDict(extra="allow", frozen=True, str_strip_whitespace=False)

    # RFC 3339 times carry an offset; a naive time cannot be ordered against them.
    ts: AwareDatetime

    @property
    def key(self) -> str:
        """Identity used for replay detection."""
        raise NotImplementedError


class Message(_Event):
    type: Literal["message"] = "message"
    id: Annotated[str, Field(min_length=1, max_length=200)]
    conversation: Annotated[str, Field(min_length=1, max_length=200)]
    sender: Annotated[str, Field(min_length=1, max_length=200)]
    text: str
    recipients: list[str] | None = None
    platform: Platform | None = None
    room: str | None = None
    truncated: bool = False

    @model_validator(mode="before")
    @classmethod
    def _truncate_long_text(cls, data: Any) -> Any:
        if isinstance(data, dict):
            text = data.get("text")
            if isinstance(text, str) and len(text) > MAX_TEXT_CHARS:
                data = {**data, "text": text[:MAX_TEXT_CHARS], "truncated": True}
        return data

    @property
    def key(self) -> str:
        return f"message:{self.id}"


class FriendRequest(_Event):
    type: Literal["friend_request"] = "friend_request"
    id: Annotated[str, Field(min_length=1, max_length=200)]
    sender: Annotated[str, Field(min_length=1, max_length=200)]
    recipient: Annotated[str, Field(min_length=1, max_length=200)]
    accepted: bool | None = None

    @property
    def key(self) -> str:
        return f"friend_request:{self.id}"


class Profile(_Event):
    type: Literal["profile"] = "profile"
    user: Annotated[str, Field(min_length=1, max_length=200)]
    stated_age: Annotated[int, Field(ge=0, le=130)] | None = None
    created: AwareDatetime | None = None
    display_name: str | None = None
    bio: str | None = None

    @property
    def key(self) -> str:
        # Profiles have no id: the same user at the same instant is the same event.
        return f"profile:{self.user}:{self.ts.isoformat()}"


class Report(_Event):
    type: Literal["report"] = "report"
    id: Annotated[str, Field(min_length=1, max_length=200)]
    reporter: Annotated[str, Field(min_length=1, max_length=200)]
    reported: Annotated[str, Field(min_length=1, max_length=200)]
    conversation: str | None = None
    reason: str | None = None

    @property
    def key(self) -> str:
        return f"report:{self.id}"


class Image(_Event):
    type: Literal["image"] = "image"
    id: Annotated[str, Field(min_length=1, max_length=200)]
    conversation: Annotated[str, Field(min_length=1, max_length=200)]
    sender: Annotated[str, Field(min_length=1, max_length=200)]
    path: str | None = None
    sha256: Annotated[str, Field(pattern=r"^[0-9a-fA-F]{64}$")] | None = None
    md5: Annotated[str, Field(pattern=r"^[0-9a-fA-F]{32}$")] | None = None
    pdq: Annotated[str, Field(pattern=r"^[0-9a-fA-F]{64}$")] | None = None
    pdq_quality: Annotated[int, Field(ge=0, le=100)] | None = None
    recipients: list[str] | None = None

    @model_validator(mode="after")
    def _needs_content(self) -> Image:
        if not (self.path or self.sha256 or self.pdq or self.md5):
            raise ValueError("an image event needs one of path, sha256, md5 or pdq")
        return self

    @property
    def key(self) -> str:
        return f"image:{self.id}"


Event = Annotated[
    Message | FriendRequest | Profile | Report | Image, Field(discriminator="type")
]
EVENT_TYPES = ("message", "friend_request", "profile", "report", "image")
_event_adapter: TypeAdapter[Event] = TypeAdapter(Event)


@dataclass(frozen=True, slots=True)
class EventError:
    """Why one line (or array index) was refused."""

    line: int
    field: str
    reason: str

    def __str__(self) -> str:
        where = f"line {self.line}"
        return f"{where}: {self.field}: {self.reason}" if self.field else f"{where}: {self.reason}"

    def as_dict(self) -> dict[str, Any]:
        return {"line": self.line, "field": self.field, "reason": self.reason}


class EventParseError(ValueError):
    def __init__(self, error: EventError):
        super().__init__(str(error))
        self.error = error


def _first_error(exc: ValidationError, line: int) -> EventError:
    err = exc.errors(include_url=False)[0]
    # The discriminator appears as the first location element for union members; drop it.
    loc = [str(p) for p in err.get("loc", ()) if not (isinstance(p, str) and p in EVENT_TYPES)]
    field = ".".join(loc)
    reason = err.get("msg", "invalid")
    if err.get("type") == "union_tag_invalid":
        field, reason = "type", f"unknown event type; expected one of {', '.join(EVENT_TYPES)}"
    elif err.get("type") == "union_tag_not_found":
        field, reason = "type", "missing"
    elif err.get("type") == "missing":
        reason = "missing"
    return EventError(line=line, field=field, reason=reason)


def parse_event(data: Any, line: int = 0) -> Event:
    """Validate one decoded JSON value as an event; raise EventParseError naming the field."""
    if not isinstance(data, dict):
        raise EventParseError(EventError(line, "", "an event must be a JSON object"))
    try:
        return _event_adapter.validate_python(data)
    except ValidationError as exc:
        raise EventParseError(_first_error(exc, line)) from None


def parse_line(raw: str | bytes, line: int) -> Event:
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise EventParseError(EventError(line, "", f"invalid JSON ({exc.args[0]})")) from None
    return parse_event(data, line)


@dataclass(slots=True)
class ReadResult:
    """Running tally of a JSONL read: the errors seen so far and how many lines were good."""

    good: int = 0
    errors: list[EventError] | None = None

    def __post_init__(self) -> None:
        if self.errors is None:
            self.errors = []


def iter_jsonl(
    source: Iterable[bytes] | Iterable[str],
    result: ReadResult | None = None,
    strict: bool = False,
) -> Iterator[Event]:
    """Yield the good events of a JSON Lines stream.

    Bad lines are recorded in `result.errors` (line number, field, reason) and
    skipped, unless `strict`, where the first one raises EventParseError.
    Blank lines are ignored.
    """
    result = result if result is not None else ReadResult()
    for number, raw in enumerate(source, start=1):
        if not raw.strip():
            continue
        try:
            event = parse_line(raw, number)
        except EventParseError as exc:
            if strict:
                raise
            result.errors.append(exc.error)  # type: ignore[union-attr]
            continue
        result.good += 1
        yield event


def read_jsonl(path: Path | str, strict: bool = False) -> tuple[list[Event], ReadResult]:
    """Read a whole (small) file: for tests, corpora and tools. Scans should stream."""
    result = ReadResult()
    with open(path, "rb") as handle:
        events = list(iter_jsonl(handle, result, strict=strict))
    return events, result


def event_to_dict(event: Event) -> dict[str, Any]:
    return event.model_dump(mode="json", exclude_none=True, exclude_defaults=False)
