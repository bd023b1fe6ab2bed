import json

import pytest

from watchkeeper.events import (
    MAX_TEXT_CHARS,
    EventParseError,
    FriendRequest,
    Image,
    Message,
    Profile,
    ReadResult,
    iter_jsonl,
    parse_event,
)

MSG = {"type": "message", "id": "m1", "conversation": "c1", "sender": "u1", "ts": "2026-03-02T15:04:05Z", "text": "hi"}


def lines(*objs):
    return [(o if isinstance(o, str) else json.dumps(o)).encode() + b"\n" for o in objs]


def test_every_event_type_parses():
    assert isinstance(parse_event(MSG), Message)
    assert isinstance(parse_event({"type": "friend_request", "id": "f", "sender": "a", "recipient": "b", "ts": "2026-01-01T00:00:00Z", "accepted": False}), FriendRequest)
    profile = parse_event({"type": "profile", "user": "u", "ts": "2026-01-01T00:00:00Z", "stated_age": 14, "created": "2025-12-31T00:00:00Z"})
    assert isinstance(profile, Profile) and profile.stated_age == 14
    image = parse_event({"type": "image", "id": "i", "conversation": "c", "sender": "u", "ts": "2026-01-01T00:00:00Z", "sha256": "a" * 64})
    assert isinstance(image, Image)


def test_unknown_fields_are_kept_and_ignored():
    event = parse_event({**MSG, "client_version": "7.1"})
    assert event.model_extra == {"client_version": "7.1"}


@pytest.mark.parametrize(
    "data, field",
    [
        ({k: v for k, v in MSG.items() if k != "sender"}, "sender"),
        ({**MSG, "ts": "yesterday"}, "ts"),
        # No offset: it could not be ordered against the others (the scan used to crash on it).
        ({**MSG, "ts": "2026-03-02T15:04:05"}, "ts"),
        ({"type": "profile", "user": "u", "ts": "2026-01-01T00:00:00Z", "created": "2025-12-01T00:00:00"}, "created"),
        ({**MSG, "type": "poke"}, "type"),
        ({k: v for k, v in MSG.items() if k != "type"}, "type"),
        ({**MSG, "platform": "fax"}, "platform"),
        ({**MSG, "recipients": "u2"}, "recipients"),
        ({"type": "profile", "user": "u", "ts": "2026-01-01T00:00:00Z", "stated_age": "old"}, "stated_age"),
    ],
)
def test_bad_event_names_the_field(data, field):
    with pytest.raises(EventParseError) as info:
        parse_event(data, line=7)
    assert info.value.error.field == field
    assert info.value.error.line == 7
    assert "line 7" in str(info.value)


def test_image_needs_content():
    with pytest.raises(EventParseError, match="needs one of"):
        parse_event({"type": "image", "id": "i", "conversation": "c", "sender": "u", "ts": "2026-01-01T00:00:00Z"})


def test_long_text_is_truncated_and_flagged():
    event = parse_event({**MSG, "text": "x" * (MAX_TEXT_CHARS + 10)})
    assert len(event.text) == MAX_TEXT_CHARS and event.truncated


def test_bad_lines_are_reported_and_good_lines_kept():
    result = ReadResult()
    source = lines(MSG, "{not json", {**MSG, "id": "m2", "ts": "nope"}, "", {**MSG, "id": "m3"}, [1, 2])
    events = list(iter_jsonl(source, result))
    assert [e.id for e in events] == ["m1", "m3"]
    assert [(e.line, e.field) for e in result.errors] == [(2, ""), (3, "ts"), (6, "")]
    assert "invalid JSON" in result.errors[0].reason
    assert result.good == 2


def test_strict_stops_at_first_bad_line():
    with pytest.raises(EventParseError, match="line 2"):
        list(iter_jsonl(lines(MSG, {**MSG, "id": ""}), strict=True))
