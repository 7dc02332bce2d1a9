"""Receiving one text: the path every inbound message takes, from Twilio or the dev phone."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from warmline import continuity
from warmline.core import keywords, queue
from warmline.core.hours import OpeningHours
from warmline.core.numbers import Address
from warmline.core.pseudonyms import pseudonym_for
from warmline.core.screening import Screener
from warmline.core.screening_seam import screen_message, screen_window
from warmline.core.texts import LineTexts
from warmline.escalations import acknowledge_by_text, open_escalation
from warmline.store import AsyncStore, routing, texting
from warmline.store.routing import Assignment

MAX_BODY_CHARS = 1600


@dataclass(frozen=True)
class InboundText:
    message_sid: str
    sender: Address
    body: str
    media_urls: tuple[str, ...] = ()
    opt_out_type: str = ""


@dataclass(frozen=True)
class LineRules:
    """What the web process knows about the line while it receives a text: its words, its
    crisis screener, and its continuity rules and opening hours (kept fresh in the background,
    so receiving a text costs no extra round trip to Redis)."""

    texts: LineTexts
    secret_key: str
    events_max: int
    screener: Screener
    continuity: continuity.ContinuityRules
    hours: OpeningHours | None = None


@dataclass(frozen=True)
class Received:
    record: texting.InboundRecord
    assignments: list[Assignment] = field(default_factory=list)
    still_waiting: bool = False
    escalation_id: str = ""


async def receive_text(store: AsyncStore, text: InboundText, line: LineRules) -> Received:
    """Record `text` durably (once per MessageSid), screen it, and route its conversation.

    Returns only after Redis has the text and any escalation it raised, so the caller may
    acknowledge it.
    """
    texts, events_max, screener = line.texts, line.events_max, line.screener
    keyword = keywords.classify(text.body, text.opt_out_type)
    keyword_name = keyword.keyword.value if keyword else ""
    keyword_reply = ""
    if keyword and not keyword.answered_by_twilio:
        keyword_reply = {
            keywords.Keyword.STOP: texts.opted_out,
            keywords.Keyword.START: texts.opted_in,
            keywords.Keyword.HELP: texts.help,
        }[keyword.keyword]()
    screening = screen_message(screener, text.body)
    now_ms = int(time.time() * 1000)
    extra = continuity.for_inbound(
        line.continuity, line.hours, texts, text.sender.number, text.body, screening.priority,
        now_ms,
    ) if keyword is None else {}
    record = await store.run(texting.record_inbound(
        message_sid=text.message_sid,
        number=text.sender.number,
        channel=text.sender.channel,
        pseudonym=pseudonym_for(text.sender.number, line.secret_key),
        body=text.body,
        media=list(text.media_urls),
        keyword=keyword_name,
        keyword_reply=keyword_reply,
        welcome=texts.welcome(),
        now_ms=now_ms,
        priority=screening.priority.name.lower(),
        priority_rank=int(screening.priority),
        queue_score=queue.queue_score(screening.priority, now_ms),
        screening=screening.record,
        events_max=events_max,
        continuity=extra,
    ))
    if record.staff:
        await acknowledge_by_text(store, record.staff, text.body, texts, events_max)
        return Received(record)
    if record.duplicate:
        # Twilio retried: the text is stored, but the escalation may not be, if the first
        # attempt died in between. Opening one is idempotent, so make sure of it.
        if screening.verdict.crisis and record.message_id != "staff":
            stored = await store.run(texting.message(record.message_id))
            if stored.get("conversation_id"):
                await open_escalation(store, conversation_id=stored["conversation_id"],
                                      verdict=screening.verdict, trigger="screening",
                                      actor="screening", texts=texts, events_max=events_max)
        return Received(record)
    verdict = screening.verdict
    if not verdict.crisis and len(record.recent_texts) > 1:
        verdict = screen_window(screener, list(record.recent_texts)).verdict
    escalation_id = ""
    if verdict.crisis and record.conversation_id:
        opened = await open_escalation(store, conversation_id=record.conversation_id,
                                       verdict=verdict, trigger="screening", actor="screening",
                                       texts=texts, events_max=events_max)
        escalation_id = opened.escalation_id
    if not (record.new_conversation or escalation_id):
        return Received(record)
    assignments = await store.run(routing.assign_waiting(now_ms, events_max))
    waiting = record.new_conversation and all(
        a.conversation_id != record.conversation_id for a in assignments
    ) and not record.supporter
    return Received(record, assignments, still_waiting=waiting, escalation_id=escalation_id)
