"""Our exceptions, mapped to HTTP answers in one place. Never a stack trace to a caller."""

from __future__ import annotations

import logging

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from warmline.errors import (
    BadInput,
    Conflict,
    Forbidden,
    NotAuthenticated,
    NotFound,
    TooLarge,
    WarmlineError,
)

log = logging.getLogger("warmline.web")

_STATUS: tuple[tuple[type[WarmlineError], int], ...] = (
    (TooLarge, 413),
    (BadInput, 400),
    (NotAuthenticated, 401),
    (Forbidden, 403),
    (NotFound, 404),
    (Conflict, 409),
)


def status_for(error: WarmlineError) -> int:
    for kind, status in _STATUS:
        if isinstance(error, kind):
            return status
    return 500


async def warmline_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, WarmlineError)
    status = status_for(exc)
    if status == 500:
        log.error("unexpected %s on %s", type(exc).__name__, request.url.path)
        return JSONResponse({"error": "internal error"}, status_code=500)
    return JSONResponse({"error": str(exc)}, status_code=status)


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return JSONResponse({"error": exc.detail}, status_code=exc.status_code)


async def server_error(request: Request, exc: Exception) -> Response:
    log.exception("unhandled error on %s", request.url.path, exc_info=exc)
    return JSONResponse({"error": "internal error"}, status_code=500)


EXCEPTION_HANDLERS = {
    WarmlineError: warmline_error,
    HTTPException: http_error,
    Exception: server_error,
}
