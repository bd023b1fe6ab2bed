"""Property-based run over the OpenAPI spec (bounded): no input gives a server error."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from service.support import Service, grooming

# The schema is read at collection time, so the app exists before the fixtures;
# its database lives in a temporary directory removed after the module.
WORKDIR = Path(tempfile.mkdtemp(prefix="wk-schemathesis-"))
SERVICE = Service(f"sqlite:///{WORKDIR / 'fuzz.db'}", max_body_bytes=64 * 1024)
schema = schemathesis.openapi.from_asgi("/openapi.json", SERVICE.app)
AUTH: dict[str, str] = {}


@schemathesis.serializer("application/x-ndjson")
def ndjson(_ctx: object, value: object) -> bytes:
    """NDJSON bodies are declared as strings: send the generated text as is."""
    return value.encode("utf-8", "surrogatepass") if isinstance(value, str) else b""


@pytest.fixture(scope="module", autouse=True)
def running_service() -> Iterator[None]:
    with SERVICE:
        AUTH.update(SERVICE.key("fuzz", "admin"))
        SERVICE.post_events(AUTH, grooming())  # so that small ids exist
        yield
    shutil.rmtree(WORKDIR, ignore_errors=True)


@schema.parametrize()
@settings(max_examples=30, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_no_server_errors(case: schemathesis.Case) -> None:
    for headers in (AUTH, {}):
        response = case.call(headers={**(case.headers or {}), **headers})
        assert response.status_code < 500, (case.method, case.path, response.text[:500])
