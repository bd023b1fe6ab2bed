"""The moderators' web app, served by the API process: server-rendered pages
(Jinja2), local static files, no third-party requests.

`mount(app)` adds the pages, the static files and the web app's error pages
to the service's FastAPI app.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles

STATIC_DIR = Path(__file__).with_name("static")


def mount(app: FastAPI) -> None:
    # Imported here so importing the package (e.g. for its models) stays cheap.
    from watchkeeper.export import web as pages_export
    from watchkeeper.web import pages_admin, pages_auth, pages_cases, pages_public
    from watchkeeper.web.auth import (
        CsrfRejected,
        Forbidden,
        LoginRequired,
        NotFound,
        clear_session_cookie,
    )
    from watchkeeper.web.templating import redirect, render

    for module in (pages_auth, pages_cases, pages_export, pages_admin, pages_public):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.exception_handler(LoginRequired)
    async def _login_required(request: Request, _exc: LoginRequired) -> Response:
        target = "/login"
        if request.method == "GET":
            path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            target = f"/login?next={_quote(path)}"
        response = redirect(target)
        clear_session_cookie(response)
        return response

    @app.exception_handler(Forbidden)
    async def _forbidden(request: Request, exc: Forbidden) -> Response:
        return render(request, "problem.html.jinja",
                      {"title": "Not allowed", "message": exc.message, "back": "/queue"}, status=403)

    @app.exception_handler(NotFound)
    async def _not_found(request: Request, exc: NotFound) -> Response:
        return render(request, "problem.html.jinja",
                      {"title": "Not found", "message": exc.message, "back": "/queue"}, status=404)

    @app.exception_handler(CsrfRejected)
    async def _csrf(request: Request, _exc: CsrfRejected) -> Response:
        return render(request, "problem.html.jinja", {
            "title": "Form not accepted",
            "message": "This form was not sent from a page of this site, or it has expired. "
                       "Go back, reload the page and try again.",
            "back": "/",
        }, status=403)


def _quote(path: str) -> str:
    from urllib.parse import quote

    return quote(path, safe="/")
