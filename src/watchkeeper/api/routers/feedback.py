"""GET /v1/feedback: decisions as JSONL for training."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse

from watchkeeper.api.deps import require
from watchkeeper.api.feedback import feedback_lines
from watchkeeper.storage.keys import Principal

router = APIRouter(tags=["alerts"])


@router.get(
    "/v1/feedback",
    response_class=StreamingResponse,
    responses={200: {"content": {"application/x-ndjson": {"schema": {"type": "string"}}},
                     "description": "One decision per line, with the alert's messages."}},
)
def export_feedback(
    request: Request,
    principal: Annotated[Principal, Depends(require("read"))],
    after: Annotated[int, Query(ge=0, le=2**62, description="Only decisions with a larger id")] = 0,
) -> StreamingResponse:
    session = request.app.state.sessionmaker()

    def lines():  # type: ignore[no-untyped-def]
        try:
            yield from feedback_lines(session, principal.tenant_id, after)
        finally:
            session.close()

    return StreamingResponse(lines(), media_type="application/x-ndjson")
