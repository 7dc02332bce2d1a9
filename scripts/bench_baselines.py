"""The two baselines scripts/bench_webhook.py measures beside the real app, in the same run.

- `bare_app`: a bare Starlette endpoint that answers empty TwiML and does nothing else.
- `flask_app`: the usual Twilio quickstart: Flask answering with `MessagingResponse`.
"""

from __future__ import annotations

from flask import Flask, request
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from twilio.twiml.messaging_response import MessagingResponse

EMPTY_TWIML = str(MessagingResponse())


async def _empty_twiml(request: Request) -> Response:
    return Response(EMPTY_TWIML, media_type="text/xml")


bare_app = Starlette(routes=[Route("/twilio/messages", _empty_twiml, methods=["POST"])])

flask_app = Flask(__name__)


@flask_app.route("/twilio/messages", methods=["POST"])
def quickstart_reply() -> tuple[str, int, dict[str, str]]:
    reply = MessagingResponse()
    reply.message(f"Thanks, we got: {request.values.get('Body', '')}")
    return str(reply), 200, {"Content-Type": "text/xml"}
