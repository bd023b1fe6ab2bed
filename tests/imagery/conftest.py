"""Database fixtures for the tests of database banks and of images in the service:
the service tests' backends (SQLite and PostgreSQL, never skipped), and a service
running the image tests' engine (see support_service)."""

from collections.abc import Iterator

import pytest
from imagery.support_service import image_engine
from service.conftest import (  # noqa: F401  (fixtures)
    database_url,
    postgresql_url,
    sqlite_url,
    tenant,
)
from service.support import Service


@pytest.fixture
def service(database_url: str) -> Iterator[Service]:  # noqa: F811  (the fixture above)
    with Service(database_url, engine_factory=image_engine) as svc:
        yield svc
