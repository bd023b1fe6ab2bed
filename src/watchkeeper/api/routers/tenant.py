"""The calling tenant's own settings (admin scope): defaults for safety messages."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from watchkeeper.api.deps import get_db, require
from watchkeeper.storage.keys import Principal
from watchkeeper.storage.models import Tenant

router = APIRouter(tags=["tenant"])


class TenantSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    region: str | None = Field(default=None, pattern=r"^[A-Za-z]{2,4}$",
                               description="Help resources shown in safety messages (CA, US, UK...)")
    locale: str | None = Field(default=None, pattern=r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})?$",
                               description="Language of safety messages (en, fr, fr-CA...)")


class TenantOut(TenantSettings):
    id: str
    name: str


def _out(tenant: Tenant) -> TenantOut:
    return TenantOut(id=tenant.id, name=tenant.name, region=tenant.region, locale=tenant.locale)


@router.get("/v1/tenant", response_model=TenantOut)
def get_tenant(principal: Annotated[Principal, Depends(require("admin"))],
               session: Annotated[Session, Depends(get_db)]) -> TenantOut:
    return _out(session.get_one(Tenant, principal.tenant_id))


@router.put("/v1/tenant", response_model=TenantOut)
def put_tenant(request: Request, principal: Annotated[Principal, Depends(require("admin"))],
               session: Annotated[Session, Depends(get_db)], body: TenantSettings) -> TenantOut:
    tenant = session.get_one(Tenant, principal.tenant_id)
    tenant.region = body.region.upper() if body.region else None
    tenant.locale = body.locale
    session.commit()
    runtime = request.app.state.ingest.runtime(principal.tenant_id)
    runtime.region, runtime.locale = tenant.region, tenant.locale
    return _out(tenant)
