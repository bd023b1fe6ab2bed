"""The public self-check page (no sign-in). It stores nothing and logs nothing
about what is checked: no database session is opened, no audit entry written,
no logger called with the text."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile

from watchkeeper.actions.safety import available_locales, available_regions, safety_message
from watchkeeper.core.engine import Engine
from watchkeeper.web.auth import anon_csrf_token, checked_public_form, set_anon_csrf_cookie
from watchkeeper.web.selfcheck import (
    MAX_INPUT_CHARS,
    SelfCheckError,
    check,
    parse_pasted,
    parse_upload,
)
from watchkeeper.web.templating import render

router = APIRouter(include_in_schema=False)
log = logging.getLogger("watchkeeper.web.selfcheck")


def _page(request: Request, status: int = 200, **context: object) -> Response:
    settings = request.app.state.settings
    region = str(context.pop("region", "") or settings.default_region)
    locale = str(context.pop("locale", "") or settings.default_locale)
    region = region if region in available_regions() else settings.default_region
    locale = locale if locale in available_locales() else settings.default_locale
    result = context.get("result")
    category = getattr(result, "top_category", None) or "default"
    help_message = safety_message(category, locale=locale, region=region)
    response = render(request, "selfcheck.html.jinja", {
        "regions": available_regions(), "locales": available_locales(), "region": region,
        "locale": locale, "help": help_message, "max_chars": MAX_INPUT_CHARS, **context,
    }, status=status)
    return set_anon_csrf_cookie(request, response)


@router.get("/check")
def self_check_form(request: Request) -> Response:
    anon_csrf_token(request)
    return _page(request, region=request.query_params.get("region", ""))


def _engine_factory(request: Request):  # type: ignore[no-untyped-def]
    ingest = getattr(request.app.state, "ingest", None)
    return ingest.engine_factory if ingest is not None else Engine


@router.post("/check")
async def self_check(request: Request, form: Annotated[FormData, Depends(checked_public_form)]) -> Response:
    region, locale = str(form.get("region") or ""), str(form.get("locale") or "")
    me = str(form.get("me") or "").strip()[:40] or None
    age_text = str(form.get("my_age") or "").strip()
    my_age = int(age_text) if age_text.isdigit() and 5 <= int(age_text) <= 99 else None
    upload = form.get("export")
    pasted = form.get("conversation")
    problems: list[str] = []
    try:
        if isinstance(upload, UploadFile) and upload.filename:
            data = await upload.read(MAX_INPUT_CHARS * 4 + 1)
            events, problems = parse_upload(data, upload.filename)
        elif isinstance(pasted, str) and pasted.strip():
            events = parse_pasted(pasted)
        else:
            raise SelfCheckError("Paste a conversation or choose a file first.")
        result = await run_in_threadpool(check, events, _engine_factory(request), me, my_age)
    except SelfCheckError as exc:
        return _page(request, 400, error=str(exc), region=region, locale=locale)
    except Exception as exc:  # no traceback: its messages could quote the text
        log.warning("self-check failed", extra={"error": type(exc).__name__})
        return _page(request, 400, error="Something went wrong while checking. Nothing was kept.",
                     region=region, locale=locale)
    return _page(request, result=result, problems=problems, me=me, region=region, locale=locale)
