"""One handler renders every error: JSON for the API, a plain page for the web."""

from __future__ import annotations

import logging
from html import escape

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response

from minutes.errors import MinutesError

log = logging.getLogger(__name__)


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api/") and "text/html" in request.headers.get("accept", "")


def render_error(request: Request, status: int, code: str, message: str) -> Response:
    headers = {"WWW-Authenticate": 'Basic realm="minutes"'} if status == 401 else None
    if _wants_html(request):
        page = (
            "<!doctype html><meta charset=utf-8><title>Error</title>"
            f"<h1>{escape(message)}</h1><p>Error code: <code>{escape(code)}</code></p>"
        )
        return HTMLResponse(page, status_code=status, headers=headers)
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


def _describe_validation(exc: RequestValidationError) -> str:
    parts = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("body", "query", "path"))
        parts.append(f"{where}: {error.get('msg')}" if where else str(error.get("msg")))
    return "The request is incomplete or malformed: " + "; ".join(parts)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(MinutesError)
    async def minutes_error(request: Request, exc: MinutesError) -> Response:
        return render_error(request, exc.http_status, exc.code, exc.message)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        return render_error(request, 422, "invalid_request", _describe_validation(exc))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return render_error(request, 500, "internal_error", "Something went wrong on our side. Please try again.")
