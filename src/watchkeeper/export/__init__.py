"""Case export for hotlines and the police: a package with the case as JSON, a
readable self-contained HTML report, and a SHA-256 manifest of every file.
Every export is recorded in the audit log (with the manifest's SHA-256) before
the package leaves the service."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from watchkeeper.export.case import AccountAssessor, CaseNotFound, build_case, find_alert
from watchkeeper.export.package import (
    Package,
    PackageError,
    Verification,
    build_package,
    verify,
    write_directory,
    zip_bytes,
)
from watchkeeper.storage.db import utcnow

__all__ = [
    "CaseNotFound", "Package", "PackageError", "Verification", "build_case", "export_case",
    "verify", "write_directory", "zip_bytes",
]


def export_case(
    session: Session,
    alert_id: int,
    *,
    exported_by: str,
    tenant_id: str | None = None,
    user_id: int | None = None,
    ip: str | None = None,
    via: str = "cli",
    assess: AccountAssessor | None = None,
    now: datetime | None = None,
) -> Package:
    """Build the package of one alert and commit its audit entry (`case.export`).

    `tenant_id` restricts the lookup to one tenant (the web app always passes it);
    CaseNotFound if there is no such alert there.
    """
    from watchkeeper.web.audit import record

    alert = find_alert(session, alert_id, tenant_id)
    case = build_case(session, alert, exported_by=exported_by, exported_at=now or utcnow(),
                      assess=assess)
    package = build_package(case)
    record(session, None, "case.export", target_type="alert", target_id=alert.id,
           tenant_id=alert.tenant_id, user_id=user_id, username=exported_by, ip=ip,
           detail=f"{package.name} via {via}; manifest sha256 {package.manifest_sha256}")
    session.commit()
    return package
