"""The one exception tree of warmline.

    WarmlineError
    ├── ConfigurationError        a setting is missing or malformed (start-up fails)
    ├── BadInput                  the caller sent something we cannot accept (400)
    │   └── TooLarge              the body is over the limit (413)
    ├── Forbidden                 bad webhook signature, wrong role, bad CSRF token (403)
    ├── NotAuthenticated          no valid session (401)
    ├── NotFound                  no such conversation, user, ... (404)
    ├── Conflict                  the state changed under the request (409)
    └── ChannelError              sending a text failed
        ├── RetryableSend         429, 5xx, timeouts: try again later
        └── RejectedSend          any other refusal: do not retry

Web code maps these to HTTP answers in one place (`warmline.web.errors`); the Twilio adapter
translates the twilio library's exceptions into `ChannelError`s in one place.
"""

from __future__ import annotations


class WarmlineError(Exception):
    """Base of every error warmline raises on purpose."""


class ConfigurationError(WarmlineError):
    pass


class BadInput(WarmlineError):
    pass


class TooLarge(BadInput):
    pass


class Forbidden(WarmlineError):
    pass


class NotAuthenticated(WarmlineError):
    pass


class NotFound(WarmlineError):
    pass


class Conflict(WarmlineError):
    pass


class ChannelError(WarmlineError):
    def __init__(self, message: str, *, status: int | None = None, code: int | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code


class RetryableSend(ChannelError):
    pass


class RejectedSend(ChannelError):
    pass
