"""Server-rendered pages: templates live in `templates/`, assets in `static/`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.templating import Jinja2Templates

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
STATIC_DIR = str(Path(__file__).parent / "static")


def render(request: Request, name: str, context: dict[str, Any]) -> Response:
    response = TEMPLATES.TemplateResponse(request, name, context)
    response.headers["Content-Security-Policy"] = (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "connect-src 'self'; frame-ancestors 'none'"
    )
    return response


async def console(request: Request) -> Response:
    return render(request, "console.html", {})


async def supervisor(request: Request) -> Response:
    return render(request, "supervisor.html", {})
