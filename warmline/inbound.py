"""Receiving one text: the path every inbound message takes, from Twilio or the dev phone."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from warmline.core import keywords, queue
from warmline.core.numbers import Address
from warmline.core.pseudonyms import pseudonym_for
from warmline.core.screening_seam import screen_message
from warmline.core.texts import LineTexts
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
class Received:
    record: texting.InboundRecord
    assignments: list[Assignment] = field(default_factory=list)
    still_waiting: bool = False


async def receive_text(
    store: AsyncStore, text: InboundText, *, texts: LineTexts, secret_key: str, events_max: int
) -> Received:
    """Record `text` durably (once per MessageSid) and route its conversation.

    Returns only after Redis has the text, so the caller may acknowledge it.
    """
    keyword = keywords.classify(text.body, text.opt_out_type)
    keyword_name = keyword.keyword.value if keyword else ""
    keyword_reply = ""
    if keyword and not keyword.answered_by_twilio:
        keyword_reply = {
            keywords.Keyword.STOP: texts.opted_out,
            keywords.Keyword.START: texts.opted_in,
            keywords.Keyword.HELP: texts.help,
        }[keyword.keyword]()
    verdict = screen_message(text.body)
    now_ms = int(time.time() * 1000)
    record = await store.run(texting.record_inbound(
        message_sid=text.message_sid,
        number=text.sender.number,
        channel=text.sender.channel,
        pseudonym=pseudonym_for(text.sender.number, secret_key),
        body=text.body,
        media=list(text.media_urls),
        keyword=keyword_name,
        keyword_reply=keyword_reply,
        welcome=texts.welcome(),
        now_ms=now_ms,
        priority=verdict.priority.name.lower(),
        priority_rank=int(verdict.priority),
        queue_score=queue.queue_score(verdict.priority, now_ms),
        screening=verdict.record,
        events_max=events_max,
    ))
    if record.duplicate or not record.new_conversation:
        return Received(record)
    assignments = await store.run(routing.assign_waiting(now_ms, events_max))
    waiting = all(a.conversation_id != record.conversation_id for a in assignments)
    return Received(record, assignments, still_waiting=waiting)
