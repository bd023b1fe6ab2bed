"""Bad input gets a 4xx naming the field (never a 500); good events of a batch are kept."""

from __future__ import annotations

import pytest
from service.support import Service, message


@pytest.fixture
def small_service(sqlite_url: str) -> Service:
    with Service(sqlite_url, max_body_bytes=4096, max_batch_events=5) as svc:
        yield svc


def error(response) -> dict:  # type: ignore[no-untyped-def]
    return response.json()["error"]


def test_body_size_limit(small_service: Service, tenant: str) -> None:
    h = small_service.key(tenant, "ingest")
    big = small_service.post_events(h, message("m1", "x" * 5000))
    assert big.status_code == 413 and error(big)["code"] == "payload_too_large"

    def chunks():  # no Content-Length: the streamed body is counted
        for _ in range(10):
            yield b" " * 1000

    streamed = small_service.client.post("/v1/events", content=chunks(),
                                         headers={**h, "Content-Type": "application/json"})
    assert streamed.status_code == 413 and error(streamed)["code"] == "payload_too_large"


def test_too_many_events(small_service: Service, tenant: str) -> None:
    h = small_service.key(tenant, "ingest")
    response = small_service.post_events(h, [message(f"m{i}", "hi") for i in range(6)])
    assert response.status_code == 413 and error(response)["code"] == "too_many_events"


@pytest.mark.parametrize("body,content_type,code", [
    (b"{not json", "application/json", "invalid_json"),
    (b'{"type": "message", "text": "caf\xe9"}', "application/json", "invalid_utf8"),
    (b"", "application/json", "empty_body"),
    (b"42", "application/json", "invalid_body"),
    (b"<event/>", "application/xml", "unsupported_media_type"),
])
def test_undecodable_bodies(service: Service, tenant: str, body: bytes, content_type: str,
                            code: str) -> None:
    h = service.key(tenant, "ingest")
    response = service.client.post("/v1/events", content=body,
                                   headers={**h, "Content-Type": content_type})
    assert 400 <= response.status_code < 500 and error(response)["code"] == code


def test_invalid_events_name_index_and_field_and_good_ones_are_kept(
    service: Service, tenant: str
) -> None:
    h = service.key(tenant, "ingest,read")
    batch = [
        message("ok1", "hello", minute=1),
        {**message("x1", "hi"), "ts": "yesterday"},  # wrong type
        {k: v for k, v in message("x2", "hi").items() if k != "sender"},  # missing field
        {**message("x3", "hi"), "type": "telepathy"},  # unknown type
        {**message("x4", "hi"), "recipients": "kid"},  # wrong type (list expected)
        "not an object",
        {**message("x5", "hi"), "text": 12},
        message("ok2", "bye", minute=2),
    ]
    response = service.post_events(h, batch)
    assert response.status_code == 200
    body = response.json()
    assert (body["accepted"], body["rejected"]) == (2, 6)
    results = {r["index"]: r for r in body["results"]}
    assert results[0]["status"] == results[7]["status"] == "accepted"
    fields = {i: results[i]["error"]["field"] for i in range(1, 7)}
    assert fields == {1: "ts", 2: "sender", 3: "type", 4: "recipients", 5: "", 6: "text"}
    assert "unknown event type" in results[3]["error"]["reason"]
    assert results[2]["error"]["reason"] == "missing"
    timeline = service.client.get("/v1/conversations/c1", headers=h).json()["timeline"]
    assert [e["id"] for e in timeline] == ["ok1", "ok2"]


def test_all_rejected_is_422_with_the_first_error(service: Service, tenant: str) -> None:
    h = service.key(tenant, "ingest")
    response = service.post_events(h, {"type": "message", "id": "m1"})
    assert response.status_code == 422
    assert error(response)["code"] == "invalid_event" and error(response)["index"] == 0
    assert error(response)["field"] == "ts"


def test_ndjson_bad_lines_are_numbered(service: Service, tenant: str) -> None:
    import orjson

    h = service.key(tenant, "ingest")
    body = b"\n".join([orjson.dumps(message("n1", "a")), b"{oops", b"\xff\xfe",
                       orjson.dumps(message("n2", "b", minute=1))])
    response = service.client.post("/v1/events", content=body,
                                   headers={**h, "Content-Type": "application/x-ndjson"})
    results = response.json()["results"]
    assert [(r["index"], r["status"]) for r in results] == [
        (1, "accepted"), (2, "rejected"), (3, "rejected"), (4, "accepted")]
    assert "invalid JSON" in results[1]["error"]["reason"]


@pytest.mark.parametrize("path,params,field", [
    ("/v1/alerts", {"min_risk": "high"}, "query.min_risk"),
    ("/v1/alerts", {"min_risk": "2"}, "query.min_risk"),
    ("/v1/alerts", {"status": "closed"}, "query.status"),
    ("/v1/alerts", {"limit": "0"}, "query.limit"),
    ("/v1/alerts", {"cursor": "!!!"}, "query.cursor"),
    ("/v1/alerts/abc", {}, "path.alert_id"),
    ("/v1/events", {"region": "not a region"}, "query.region"),
])
def test_bad_parameters_name_the_field(service: Service, tenant: str, path: str, params: dict,
                                       field: str) -> None:
    h = service.key(tenant, "admin")
    method = "POST" if path == "/v1/events" else "GET"
    response = service.client.request(method, path, params=params, headers=h,
                                      json=message("p1", "hi") if method == "POST" else None)
    assert 400 <= response.status_code < 500
    assert error(response)["field"] == field
