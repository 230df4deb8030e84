"""The FastAPI application: REST under /api/v1 and the web pages, built from one `Settings`."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from api.errors import install_error_handlers, render_error
from api.routes import assignments, bodies, documents, flags, jobs, meetings, people, profiles, search
from minutes import __version__
from minutes.settings import Settings
from worker.queue import JobQueue, make_queue, recover_stalled
from worker.runtime import Runtime

log = logging.getLogger(__name__)

TEMPLATES = Jinja2Templates(directory=Path(__file__).parent / "web" / "templates")
RECOVERY_INTERVAL_SECONDS = 60


async def _recover_periodically(runtime: Runtime, queue: JobQueue) -> None:
    while True:
        await asyncio.sleep(RECOVERY_INTERVAL_SECONDS)
        try:
            await asyncio.to_thread(recover_stalled, runtime, queue)
        except Exception:
            log.warning("stalled-job recovery failed; will try again", exc_info=True)


def create_app(settings: Settings, runtime: Runtime | None = None) -> FastAPI:
    """The application for `settings`; a given `runtime` lends its database connections only."""
    runtime = Runtime(settings, runtime.db) if runtime else Runtime.build(settings)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        queue = make_queue(runtime)
        app.state.queue = queue
        try:
            recover_stalled(runtime, queue, everything=not settings.redis_url)
        except Exception:
            log.warning("could not recover unfinished jobs at start", exc_info=True)
        task = asyncio.create_task(_recover_periodically(runtime, queue))
        try:
            yield
        finally:
            task.cancel()
            queue.close()

    app = FastAPI(title="Minutes service", version=__version__, lifespan=lifespan)
    app.state.runtime = runtime
    app.state.settings = settings
    install_error_handlers(app)

    @app.middleware("http")
    async def refuse_oversized_requests(request: Request, call_next: Any) -> Response:
        """Refuse a request body larger than a full upload could be before any of it is read or spooled."""
        declared = request.headers.get("content-length", "")
        limit = settings.max_upload_bytes * documents.MAX_FILES + 1024 * 1024
        if declared.isdigit() and int(declared) > limit:
            message = f"This upload is larger than the limit of {settings.max_upload_mb:g} MB per file."
            return render_error(request, 413, "file_too_large", message)
        response: Response = await call_next(request)
        return response

    for module in (documents, jobs, meetings, bodies, profiles, flags, people, assignments, search):
        app.include_router(module.router)

    @app.get("/healthz", include_in_schema=False)
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request) -> HTMLResponse:
        return TEMPLATES.TemplateResponse(
            request,
            "home.html",
            {"version": __version__, "max_upload_mb": settings.max_upload_mb, "jobs": _jobs_mode(settings)},
        )

    return app


def _jobs_mode(settings: Settings) -> str:
    return "RQ workers on Redis" if settings.redis_url else "in-process"
