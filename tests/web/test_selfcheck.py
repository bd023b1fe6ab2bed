"""The public self-check: parsing what people paste, what it finds, and proof
that nothing of it is stored or logged."""

from __future__ import annotations

import logging
import uuid
from pathlib import Path

import orjson
import pytest
from sqlalchemy import make_url, select
from support_core import KeywordScorer
from web.conftest import Site
from web.support import csrf_of

import watchkeeper.storage.models  # noqa: F401  (all tables on the metadata)
import watchkeeper.storage.web_models  # noqa: F401
from watchkeeper.core.engine import Engine
from watchkeeper.events import Message, Profile
from watchkeeper.storage.db import Base
from watchkeeper.web.selfcheck import SelfCheckError, check, parse_pasted, parse_upload

GROOMING = """Alex: hey you are so pretty
Kim: thanks lol
Alex: what school do you go to?
Kim: riverside
Alex: this is our secret ok, add me on snap
Alex: send me a pic
Alex: lets meet saturday, do it or else
"""


def keyword_engine() -> Engine:
    return Engine(scorers=[KeywordScorer()])


# ---- parsing -------------------------------------------------------------------------------


def test_pasted_lines_become_messages_between_the_speakers() -> None:
    messages = parse_pasted(GROOMING)
    assert [m.sender for m in messages] == ["Alex", "Kim", "Alex", "Kim", "Alex", "Alex", "Alex"]
    assert messages[0].text == "hey you are so pretty" and messages[0].recipients == ["Kim"]
    assert [m.ts for m in messages] == sorted(m.ts for m in messages)
    assert len({m.id for m in messages}) == len(messages)


def test_chat_export_timestamps_and_continuation_lines() -> None:
    text = ("[12/03/2024, 14:05] Sam: hi there\n"
            "12/03/2024, 14:06 - Jo Lee: hey\n"
            "how are you\n"
            "14:07 Sam: good, see https://example.org: nice\n")
    messages = parse_pasted(text)
    assert [(m.sender, m.text) for m in messages] == [
        ("Sam", "hi there"), ("Jo Lee", "hey\nhow are you"), ("Sam", "good, see https://example.org: nice")]


@pytest.mark.parametrize("text", ["", "   \n", "just some words without names"])
def test_nothing_to_check_is_explained(text: str) -> None:
    with pytest.raises(SelfCheckError, match="could not find any messages"):
        parse_pasted(text)


def test_too_long_input_is_refused() -> None:
    with pytest.raises(SelfCheckError, match="too long"):
        parse_pasted("a: " + "x" * 300_000)


def test_upload_in_the_event_format() -> None:
    lines = [{"type": "profile", "user": "kid", "ts": "2026-03-02T15:00:00Z", "stated_age": 13},
             {"type": "message", "id": "m1", "conversation": "c", "sender": "adult", "recipients": ["kid"],
              "ts": "2026-03-02T15:01:00Z", "text": "this is our secret"},
             {"type": "message", "id": "m2", "conversation": "c", "sender": "adult"}]  # bad: no ts/text
    data = b"\n".join(orjson.dumps(line) for line in lines)
    events, problems = parse_upload(data, "export.jsonl")
    assert [type(e) for e in events] == [Profile, Message]
    assert len(problems) == 1 and problems[0].startswith("line 3")
    assert "our secret" not in problems[0]


def test_upload_of_plain_text() -> None:
    events, problems = parse_upload(GROOMING.encode(), "chat.txt")
    assert len(events) == 7 and not problems


# ---- checking ------------------------------------------------------------------------------


def test_check_finds_and_explains_warning_signs() -> None:
    result = check(parse_pasted(GROOMING), keyword_engine)
    found = {f.category for f in result.findings}
    assert {"secrecy", "personal_info", "image_request", "meeting", "threats"} <= found
    assert result.level == "serious" and result.concern == "Alex"
    secrecy = next(f for f in result.findings if f.category == "secrecy")
    assert secrecy.explanation == "Asks to keep the conversation secret or to delete it."
    assert secrecy.examples == [("Alex", "secret")]
    assert all(line.sender == "Alex" for line in result.lines)
    assert any("<mark" in str(line.html) for line in result.lines)


def test_own_messages_are_not_held_against_the_writer() -> None:
    result = check(parse_pasted("Kim: shh it's a secret party for mum\nAlex: ok"), keyword_engine, me="Kim")
    assert result.findings == [] and result.level == "none"


def test_everyday_chat_finds_nothing() -> None:
    result = check(parse_pasted("Mum: dinner at 6\nKim: ok\nMum: love you"), keyword_engine)
    assert result.level == "none" and result.messages == 3 and result.people == ["Mum", "Kim"]


def test_the_real_engine_flags_a_grooming_conversation() -> None:
    text = ("Shadow: you're so mature for your age, how old are you?\n"
            "Kim: 13\n"
            "Shadow: don't tell your parents about me, this is just between us\n"
            "Shadow: add me on snap, it's more private. delete this chat after\n"
            "Shadow: send me a selfie, just for me. are you home alone right now?\n"
            "Shadow: let's meet this weekend, don't tell anyone\n")
    result = check(parse_pasted(text), me="Kim", my_age=13)
    assert result.level in ("some", "serious")
    assert {"secrecy", "platform_switch"} & {f.category for f in result.findings}


# ---- the page ------------------------------------------------------------------------------


def _submit(site: Site, **data: object) -> object:
    client = site.anonymous
    token = csrf_of(client.get("/check"))
    return client.post("/check", data={"csrf_token": token, "region": "CA", "locale": "en", **data})


def test_self_check_page_shows_signs_next_steps_and_help(site: Site) -> None:
    response = _submit(site, conversation=GROOMING, me="Kim", my_age="13")
    assert response.status_code == 200
    page = response.text
    assert "We found serious warning signs" in page
    assert "Asks to keep the conversation secret or to delete it." in page
    assert '<mark title="secrecy" data-category="secrecy">secret</mark>' in page
    assert "Keep the messages" in page and "This is not your fault, and you are not alone." in page
    assert "1-800-668-6868" in page and "1-833-900-1010" in page
    assert response.headers["cache-control"] == "no-store"


def test_self_check_help_follows_the_region(site: Site) -> None:
    token = csrf_of(site.anonymous.get("/check"))
    page = site.anonymous.post("/check", data={"csrf_token": token, "conversation": GROOMING,
                                               "region": "UK", "locale": "en"}).text
    assert "Childline" in page and "0800 1111" in page


def test_self_check_accepts_an_uploaded_export(site: Site) -> None:
    client = site.anonymous
    token = csrf_of(client.get("/check"))
    response = client.post("/check", data={"csrf_token": token, "region": "US", "locale": "en"},
                           files={"export": ("chat.txt", GROOMING.encode(), "text/plain")})
    assert response.status_code == 200 and "We found serious warning signs" in response.text
    assert "1-888-373-7888" in response.text


def test_self_check_without_input_explains(site: Site) -> None:
    response = _submit(site, conversation="")
    assert response.status_code == 400 and "Paste a conversation" in response.text


def _every_row(site: Site) -> list[str]:
    rows = []
    with site.web.sessions() as session:
        for table in Base.metadata.sorted_tables:
            for row in session.execute(select(table)):
                rows.append(repr(tuple(row)))
    return rows


def _database_files(site: Site) -> list[Path]:
    path = Path(make_url(str(site.web.service.settings.database_url)).database)
    return [p for p in (path, path.with_name(path.name + "-wal")) if p.exists()]


def test_self_check_stores_and_logs_nothing(site: Site, caplog: pytest.LogCaptureFixture,
                                            capfd: pytest.CaptureFixture[str]) -> None:
    marker = "zq" + uuid.uuid4().hex  # unique words that can only come from this paste
    text = GROOMING + f"Alex: my code word is {marker}, this is our secret\n"
    upload = f"Alex: upload {marker}-file send me a pic\n".encode()
    rows_before = len(_every_row(site))
    caplog.set_level(logging.DEBUG)
    for logger in ("watchkeeper", "uvicorn", "python_multipart", "httpx", "sqlalchemy"):
        logging.getLogger(logger).setLevel(logging.DEBUG)
    try:
        pasted = _submit(site, conversation=text, me="Kim")
        client = site.anonymous
        uploaded = client.post("/check", data={"csrf_token": csrf_of(client.get("/check"))},
                               files={"export": ("chat.txt", upload, "text/plain")})
        bad = client.post("/check", data={"csrf_token": csrf_of(client.get("/check"))},
                          files={"export": ("x.jsonl", f'{{"type": "message", "text": "{marker}"}}'.encode(),
                                            "application/jsonl")})
    finally:
        for logger in ("watchkeeper", "uvicorn", "python_multipart", "httpx", "sqlalchemy"):
            logging.getLogger(logger).setLevel(logging.NOTSET)
    assert marker in pasted.text and marker in uploaded.text  # it was checked and shown back...
    assert bad.status_code == 400
    assert caplog.records  # the request path did log (access log, engine), so the check is real
    for record in caplog.records:
        assert marker not in record.getMessage() and marker not in repr(record.__dict__)
    out, err = capfd.readouterr()
    assert marker not in out and marker not in err
    rows = _every_row(site)
    assert len(rows) == rows_before  # ...but not one row was written
    assert not [row for row in rows if marker in row]
    for path in _database_files(site):
        assert marker.encode() not in path.read_bytes()
    assert set(pasted.cookies) <= {"wk_csrf"}
