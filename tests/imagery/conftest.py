"""The service tests' database fixtures (SQLite and PostgreSQL, never skipped), for
the tests of database banks and of images in the service."""

from service.conftest import (  # noqa: F401  (fixtures)
    database_url,
    postgresql_url,
    service,
    sqlite_url,
    tenant,
)
