"""Reading a request body the one careful way: the right type, and never more than a limit."""

from __future__ import annotations

from starlette.requests import Request

from warmline.errors import BadInput, TooLarge


async def read_body(request: Request, *, content_type: str, limit: int) -> bytes:
    """The body, if it is `content_type` and at most `limit` bytes (413 before reading more)."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        raise TooLarge(f"body larger than {limit} bytes")
    sent_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if sent_type != content_type:
        raise BadInput(f"expected an {content_type} body")
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise TooLarge(f"body larger than {limit} bytes")
    return body
