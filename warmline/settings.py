"""Settings, read once from the environment and cast.

Every setting is data (name, type, default, help) so `.env.example`, the README and a test can
all be checked against one list. Secrets are wrapped so they never print.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from warmline.errors import ConfigurationError


class Secret:
    """A string that does not show itself in logs or reprs."""

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    def __bool__(self) -> bool:
        return bool(self._value)


@dataclass(frozen=True)
class Setting:
    name: str
    kind: type
    default: Any
    help: str
    secret: bool = False


SETTINGS: tuple[Setting, ...] = (
    Setting("PORT", int, 8000, "Port the web app listens on."),
    Setting(
        "WARMLINE_HOST", str, "127.0.0.1", "Address the web app binds to (0.0.0.0 in a container)."
    ),
    Setting("WARMLINE_WEB_PROCESSES", int, 1, "Web worker processes started by `warmline web`."),
    Setting(
        "WARMLINE_REDIS_URL", str, "", "Redis to use. Unset: `warmline run` starts an embedded one."
    ),
    Setting("WARMLINE_DATA_DIR", str, "./var", "Where the embedded Redis keeps its data (AOF)."),
    Setting("WARMLINE_EMBEDDED_REDIS_PORT", int, 6399, "Loopback port of the embedded Redis."),
    Setting(
        "WARMLINE_SECRET_KEY",
        str,
        "",
        "Secret for pseudonyms and sessions. Required in production; "
        "a development key is derived when unset and no Twilio credentials are set.",
        secret=True,
    ),
    Setting(
        "WARMLINE_PUBLIC_URL",
        str,
        "http://127.0.0.1:8000",
        "The URL Twilio calls (scheme, host, port), used to check webhook signatures behind proxies.",
    ),
    Setting("WARMLINE_LINE_NAME", str, "warmline", "How the line names itself in texts."),
    Setting(
        "WARMLINE_MAX_WEBHOOK_BYTES", int, 32768, "Largest webhook body accepted (413 above it)."
    ),
    Setting(
        "WARMLINE_SEND_RATE_PER_SECOND",
        float,
        1.0,
        "Outbound messages per second per sending number (carrier limit).",
    ),
    Setting(
        "WARMLINE_SEND_TIMEOUT_SECONDS",
        float,
        10.0,
        "Timeout of one call to Twilio's Messages API.",
    ),
    Setting(
        "WARMLINE_QUEUE_UPDATE_SECONDS",
        float,
        300.0,
        "Least time between two place-in-line updates to a waiting texter.",
    ),
    Setting(
        "WARMLINE_WAIT_SAMPLE_SECONDS",
        float,
        3600.0,
        "How far back assignment waits are averaged for the rough wait estimate.",
    ),
    Setting(
        "WARMLINE_OUTBOX_RECOVERY_SECONDS",
        float,
        30.0,
        "Age after which an outbound message still pending is handed to a worker again.",
    ),
    Setting(
        "WARMLINE_ESCALATION_L1_ACK_SECONDS",
        float,
        120.0,
        "Time for the paged clinician to acknowledge an L1 (imminent) escalation.",
    ),
    Setting(
        "WARMLINE_ESCALATION_L2_ACK_SECONDS",
        float,
        300.0,
        "Time for the paged clinician to acknowledge an L2 (urgent) escalation.",
    ),
    Setting(
        "WARMLINE_ESCALATION_ENGAGE_SECONDS",
        float,
        300.0,
        "Time after acknowledging for the clinician to write a message or note.",
    ),
    Setting("WARMLINE_SESSION_SECONDS", float, 43200.0, "How long a console login lasts."),
    Setting(
        "WARMLINE_EVENTS_MAX", int, 100000, "Events kept in the stream for reconnecting consoles."
    ),
    Setting(
        "WARMLINE_SSE_PING_SECONDS", float, 15.0, "Keep-alive comment interval on /api/events."
    ),
    Setting(
        "WARMLINE_TIME_ZONE",
        str,
        "America/New_York",
        "The line's own time zone: opening hours, and follow-ups to numbers with no known zone.",
    ),
    Setting(
        "WARMLINE_QUIET_HOURS",
        str,
        "21:00-09:00",
        'No follow-ups between these local times in the texter\'s own time zone ("off" for none).',
    ),
    Setting(
        "WARMLINE_FOLLOWUP_DELAY_SECONDS",
        float,
        86400.0,
        "How long after a texter's YES their follow-up is due (then moved out of quiet hours).",
    ),
    Setting(
        "WARMLINE_SURVEY_WINDOW_SECONDS",
        float,
        43200.0,
        'How long after the closing texts a reply like "4" or "yes" is read as an answer to them.',
    ),
    Setting(
        "WARMLINE_AFTER_HOURS_NOTICE_SECONDS",
        float,
        14400.0,
        "Least time between two after-hours auto-replies to one texter.",
    ),
    Setting(
        "WARMLINE_RETURNING_OFFER_SECONDS",
        float,
        60.0,
        "How long a returning texter's conversation waits for their last supporter before going to everyone.",
    ),
    Setting(
        "WARMLINE_CONTACTS_PER_DAY",
        int,
        0,
        "Conversations a texter may open in 24 hours before a gentle hold (0: no limit; never for a crisis).",
    ),
    Setting(
        "WARMLINE_SESSION_GUIDE_SECONDS",
        float,
        0.0,
        "Conversation length after which the supporter gets a gentle reminder (0: off; never for a crisis).",
    ),
    Setting(
        "WARMLINE_QUIET_CHECK_SECONDS",
        float,
        900.0,
        "Texter silence after which they get one gentle check (0: off).",
    ),
    Setting(
        "WARMLINE_QUIET_CLOSE_SECONDS",
        float,
        1800.0,
        "Texter silence after which the conversation closes itself (0: off; never for a crisis).",
    ),
    Setting(
        "WARMLINE_SUPPORTER_NUDGE_SECONDS",
        float,
        300.0,
        "Time a supporter may leave a texter unanswered before the console nudges them (0: off).",
    ),
    Setting(
        "WARMLINE_SUPPORTER_REQUEUE_SECONDS",
        float,
        600.0,
        "Time unanswered after which the conversation returns to the head of the queue (0: off).",
    ),
    Setting(
        "TWILIO_ACCOUNT_SID",
        str,
        "",
        "Twilio account. Unset: the local channel records messages instead.",
    ),
    Setting(
        "TWILIO_AUTH_TOKEN",
        str,
        "",
        "Twilio auth token: signs webhooks and the Messages API.",
        secret=True,
    ),
    Setting(
        "TWILIO_WEBHOOK_SHARED_SECRET",
        str,
        "",
        "SharedKey secret for webhooks signed with HMAC-SHA256 "
        "(X-Twilio-Webhooks-Signature-Settings). Unset: the auth token.",
        secret=True,
    ),
    Setting(
        "TWILIO_FROM_NUMBER", str, "", "The line's number (E.164), or use a messaging service."
    ),
    Setting(
        "TWILIO_MESSAGING_SERVICE_SID",
        str,
        "",
        "Messaging service to send from instead of a number.",
    ),
    Setting(
        "TWILIO_API_BASE_URL",
        str,
        "https://api.twilio.com",
        "Where the twilio client sends API requests (a local stand-in in tests and demos).",
    ),
)

_DEVELOPMENT_KEY = "warmline-development-key-not-for-production"


def _cast(setting: Setting, raw: str) -> Any:
    if setting.kind is str:
        return raw
    try:
        return setting.kind(raw)
    except ValueError:
        raise ConfigurationError(
            f"{setting.name} must be a {setting.kind.__name__}, got {raw!r}"
        ) from None


@dataclass(frozen=True)
class Settings:
    values: Mapping[str, Any] = field(default_factory=dict)

    def __getitem__(self, name: str) -> Any:
        return self.values[name]

    @property
    def port(self) -> int:
        return int(self.values["PORT"])

    @property
    def redis_url(self) -> str:
        return str(self.values["WARMLINE_REDIS_URL"])

    @property
    def public_url(self) -> str:
        return str(self.values["WARMLINE_PUBLIC_URL"]).rstrip("/")

    @property
    def secret_key(self) -> str:
        secret: Secret = self.values["WARMLINE_SECRET_KEY"]
        return secret.reveal()

    @property
    def twilio_enabled(self) -> bool:
        return bool(self.values["TWILIO_ACCOUNT_SID"]) and bool(self.values["TWILIO_AUTH_TOKEN"])

    @property
    def sender(self) -> str:
        """The identity outbound messages are sent (and rate limited) from."""
        return str(
            self.values["TWILIO_MESSAGING_SERVICE_SID"]
            or self.values["TWILIO_FROM_NUMBER"]
            or "local"
        )

    def seconds(self, what: str) -> float:
        return float(self.values[f"WARMLINE_{what}_SECONDS"])


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Read every setting from `environ` (default: the process environment)."""
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    for setting in SETTINGS:
        raw = env.get(setting.name)
        value = setting.default if raw is None or raw == "" else _cast(setting, raw)
        values[setting.name] = Secret(value) if setting.secret else value
    settings = Settings(values)
    _check(settings)
    return settings


def _check(settings: Settings) -> None:
    if settings.twilio_enabled:
        if not settings.secret_key:
            raise ConfigurationError("WARMLINE_SECRET_KEY is required when Twilio is configured")
        if not (settings["TWILIO_FROM_NUMBER"] or settings["TWILIO_MESSAGING_SERVICE_SID"]):
            raise ConfigurationError(
                "Set TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID to send through Twilio"
            )
    elif not settings.secret_key:
        values = dict(settings.values)
        values["WARMLINE_SECRET_KEY"] = Secret(_DEVELOPMENT_KEY)
        object.__setattr__(settings, "values", values)
    if settings["WARMLINE_SEND_RATE_PER_SECOND"] <= 0:
        raise ConfigurationError("WARMLINE_SEND_RATE_PER_SECOND must be above zero")
    _check_continuity(settings)


def _check_continuity(settings: Settings) -> None:
    from warmline.core.followups import parse_quiet_hours
    from warmline.core.hours import valid_zone
    from warmline.errors import BadInput

    if not valid_zone(str(settings["WARMLINE_TIME_ZONE"])):
        raise ConfigurationError("WARMLINE_TIME_ZONE must be an IANA zone such as America/New_York")
    try:
        parse_quiet_hours(str(settings["WARMLINE_QUIET_HOURS"]))
    except BadInput as error:
        raise ConfigurationError(f"WARMLINE_QUIET_HOURS: {error}") from None
    if settings["WARMLINE_CONTACTS_PER_DAY"] < 0:
        raise ConfigurationError("WARMLINE_CONTACTS_PER_DAY must be 0 (no limit) or more")
