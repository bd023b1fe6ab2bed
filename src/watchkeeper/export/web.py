"""Case actions of the web app that belong to flagged imagery and case export:
an admin downloads a case package (zip), and a moderator adds a case's image
to one of the tenant's hash banks once the alert is confirmed or escalated.
Both are audited."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from watchkeeper.api.deps import get_db
from watchkeeper.api.routers.banks import DECIDED, case_image
from watchkeeper.export import CaseNotFound, export_case, zip_bytes
from watchkeeper.imagery.banks import BankError, BankNotFound
from watchkeeper.web import audit
from watchkeeper.web.auth import Forbidden, NotFound, checked_form, client_address, require_user
from watchkeeper.web.cases import tenant_alert
from watchkeeper.web.security import Viewer
from watchkeeper.web.templating import SECURITY_HEADERS, redirect, render

router = APIRouter(include_in_schema=False)
DB = Annotated[Session, Depends(get_db)]
User = Annotated[Viewer, Depends(require_user)]
Form = Annotated[FormData, Depends(checked_form)]
AlertId = Annotated[int, Path(ge=1, le=2**62)]


@router.post("/cases/{alert_id}/export")
def export_package(request: Request, db: DB, viewer: User, _form: Form, alert_id: AlertId) -> Response:
    if not viewer.is_admin:
        raise Forbidden("Exporting a case is for administrators.")
    ingest = request.app.state.ingest
    try:
        package = export_case(
            db, alert_id, tenant_id=viewer.tenant_id, exported_by=viewer.name,
            user_id=viewer.user_id, ip=client_address(request), via="web",
            assess=ingest.runtime(viewer.tenant_id).account_assessment)
    except CaseNotFound:
        raise NotFound("There is no such alert.") from None
    return Response(
        zip_bytes(package), media_type="application/zip",
        headers={**SECURITY_HEADERS,
                 "Content-Disposition": f'attachment; filename="{package.name}.zip"',
                 "X-Manifest-SHA256": package.manifest_sha256},
    )


@router.post("/cases/{alert_id}/bank-image")
def bank_image(request: Request, db: DB, viewer: User, form: Form, alert_id: AlertId) -> Response:
    alert = tenant_alert(db, viewer.tenant_id, alert_id)
    if alert is None:
        raise NotFound("There is no such alert.")
    back = f"/cases/{alert.id}#actions"

    def problem(message: str) -> Response:
        return render(request, "problem.html.jinja", {"message": message, "back": back}, status=400)

    if alert.status not in DECIDED:
        return problem("Confirm or escalate the alert before adding its images to a bank.")
    image_id = str(form.get("image") or "")
    bank = str(form.get("bank") or "")
    note = str(form.get("note") or "").strip()[:2000] or f"alert {alert.id} ({alert.status})"
    image = case_image(db, viewer.tenant_id, alert, image_id)
    if image is None:
        return problem("There is no such image in this case.")
    try:
        added = request.app.state.images.add_image_to_bank(
            viewer.tenant_id, bank, image, source=f"moderator:{viewer.decided_by}", note=note)
    except BankNotFound:
        return problem("There is no such bank. An administrator can create one with the API.")
    except BankError as exc:
        return problem(str(exc))
    hashes = ", ".join(sorted(added["hashes"]))
    audit.record(db, viewer, "case.bank_image", target_type="alert", target_id=alert.id,
                 detail=f"image {image_id} to bank {bank} ({hashes}; {added['added']} new)",
                 ip=client_address(request))
    db.commit()
    return redirect(f"/cases/{alert.id}?done=banked#m-{image_id}")
