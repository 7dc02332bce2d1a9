"""The Twilio adapter: webhook signatures in, the Messages API out, and the local channel.

This is the only module that imports `twilio`; its exceptions become ours here.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from typing import Any, Protocol

import redis
import requests
from twilio.base.exceptions import TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.http.response import Response
from twilio.request_validator import (  # the two header names are re-exported for the web
    SIGNATURE_HEADER,  # noqa: F401
    SIGNATURE_SETTINGS_HEADER,  # noqa: F401
    RequestValidator,
    get_signature_algorithm,
)
from twilio.rest import Client
from twilio.twiml.messaging_response import MessagingResponse

from warmline.core.numbers import Address
from warmline.errors import RejectedSend, RetryableSend
from warmline.settings import Settings

TWILIO_API = "https://api.twilio.com"
OPTED_OUT_ERROR = 21610  # "Attempt to send to unsubscribed recipient"
# Replies to texters go out through RQ jobs, so every webhook answers with empty TwiML.
EMPTY_TWIML = str(MessagingResponse())


@dataclass(frozen=True)
class SentText:
    sid: str
    status: str


class Channel(Protocol):
    def send(self, to: Address, body: str) -> SentText: ...


class _RedirectingHttpClient(TwilioHttpClient):
    """Sends the twilio client's requests to `base_url` instead of api.twilio.com."""

    def __init__(self, base_url: str, timeout: float) -> None:
        super().__init__(timeout=timeout)
        self.base_url = base_url.rstrip("/")

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> Response:
        if url.startswith(TWILIO_API):
            url = self.base_url + url[len(TWILIO_API):]
        return super().request(method, url, *args, **kwargs)


class TwilioChannel:
    """Sends through Twilio's Messages API with the real `twilio` client."""

    def __init__(self, settings: Settings) -> None:
        base_url = str(settings["TWILIO_API_BASE_URL"])
        http_client = _RedirectingHttpClient(base_url, settings["WARMLINE_SEND_TIMEOUT_SECONDS"])
        self.client = Client(
            settings["TWILIO_ACCOUNT_SID"],
            settings["TWILIO_AUTH_TOKEN"].reveal(),
            http_client=http_client,
        )
        self.from_number = str(settings["TWILIO_FROM_NUMBER"])
        self.messaging_service = str(settings["TWILIO_MESSAGING_SERVICE_SID"])
        self.status_callback = f"{settings.public_url}/twilio/status"

    def send(self, to: Address, body: str) -> SentText:
        sender: dict[str, str] = (
            {"messaging_service_sid": self.messaging_service}
            if self.messaging_service
            else {"from_": _address(self.from_number, to.channel)}
        )
        try:
            sent = self.client.messages.create(
                to=to.twilio_address, body=body, status_callback=self.status_callback, **sender
            )
        except TwilioRestException as error:
            status = int(error.status)
            code = int(error.code) if error.code is not None else None
            if status == 429 or status >= 500:
                raise RetryableSend(f"Twilio answered {status}", status=status, code=code) from None
            raise RejectedSend(
                f"Twilio refused the message: {error.msg}", status=status, code=code
            ) from None
        except requests.RequestException as error:
            raise RetryableSend(f"could not reach Twilio: {type(error).__name__}") from None
        return SentText(sid=str(sent.sid), status=str(sent.status or "queued"))


class LocalChannel:
    """No Twilio: outbound texts are recorded for the dev phone instead of sent."""

    def __init__(self, client: redis.Redis) -> None:
        self.client = client

    def send(self, to: Address, body: str) -> SentText:
        sequence = self.client.incr("wl:local:sequence")
        sid = f"LOCAL{int(sequence):020d}"
        self.client.rpush(local_inbox_key(to.number), sid + ":" + body)
        return SentText(sid=sid, status="delivered")


def local_inbox_key(number: str) -> str:
    return f"wl:local:inbox:{number}"


def _address(number: str, channel: str) -> str:
    return number if channel == "sms" else f"{channel}:{number}"


class WebhookVerifier:
    """Checks `X-Twilio-Signature` against the public URL Twilio called, not the proxied one."""

    def __init__(self, settings: Settings) -> None:
        token = settings["TWILIO_AUTH_TOKEN"].reveal()
        shared = settings["TWILIO_WEBHOOK_SHARED_SECRET"].reveal() or token
        self.enabled = bool(token)
        self._auth_token = RequestValidator(token) if token else None
        self._shared_key = RequestValidator(shared) if shared else None
        self.public_url = settings.public_url

    def verify(
        self, path_and_query: str, params: dict[str, str], signature: str, settings_header: str
    ) -> bool:
        if not signature:
            return False
        validator = self._shared_key if settings_header else self._auth_token
        if validator is None:
            return False
        algorithm = get_signature_algorithm(settings_header)
        url = self.public_url + path_and_query
        try:
            expected = validator.compute_signature(url, params, algorithm)
        except ValueError:
            return False
        # The common case in one HMAC; RequestValidator also tries the URL with and without an
        # explicit port, since Twilio is not consistent about it.
        if hmac.compare_digest(expected, signature):
            return True
        return validator.validate(url, params, signature, algorithm)

