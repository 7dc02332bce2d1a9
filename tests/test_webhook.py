"""POST /twilio/messages: signatures, validation, durability and idempotency."""

from __future__ import annotations

import redis
from starlette.testclient import TestClient

from tests.conftest import (
    AUTH_TOKEN,
    post_signed,
    sign,
    text_line,
    twilio_form,
)
from warmline.store import keys

TEXTER = "+14155550100"


def test_a_signed_text_is_stored_and_answered_with_twiml(client: TestClient, db: redis.Redis):
    response = text_line(client, TEXTER, "hello, is anyone there?")
    assert response.headers["content-type"].startswith("text/xml")
    assert "<Response" in response.text
    texter_id = db.hget(keys.TEXTERS_BY_NUMBER, TEXTER)
    conversation_id = db.hget(keys.texter(texter_id), "open_conversation")
    message_ids = db.lrange(keys.conversation_messages(conversation_id), 0, -1)
    bodies = [db.hget(keys.message(m), "body") for m in message_ids]
    assert bodies[0] == "hello, is anyone there?"


def test_a_forged_signature_stores_nothing(client: TestClient, db: redis.Redis):
    form = twilio_form(TEXTER, "hello")
    response = client.post(
        "/twilio/messages", data=form, headers={"X-Twilio-Signature": "Zm9yZ2Vk"}
    )
    assert response.status_code == 403
    assert db.dbsize() == 0


def test_a_missing_signature_stores_nothing(client: TestClient, db: redis.Redis):
    response = client.post("/twilio/messages", data=twilio_form(TEXTER, "hello"))
    assert response.status_code == 403
    assert db.dbsize() == 0


def test_a_signature_for_other_fields_stores_nothing(client: TestClient, db: redis.Redis):
    form = twilio_form(TEXTER, "hello")
    signature = sign("/twilio/messages", form)
    form["Body"] = "tampered"
    response = client.post("/twilio/messages", data=form, headers={"X-Twilio-Signature": signature})
    assert response.status_code == 403
    assert db.dbsize() == 0


def test_the_signature_is_checked_against_the_public_url_not_the_proxied_one(
    client: TestClient, db: redis.Redis
):
    form = twilio_form(TEXTER, "hello")
    from twilio.request_validator import RequestValidator

    as_proxied = RequestValidator(AUTH_TOKEN).compute_signature(
        "http://testserver/twilio/messages", form
    )
    response = client.post(
        "/twilio/messages", data=form, headers={"X-Twilio-Signature": as_proxied}
    )
    assert response.status_code == 403
    assert db.dbsize() == 0


def test_an_hmac_sha256_signature_named_by_the_settings_header_is_accepted(
    client: TestClient, db: redis.Redis
):
    form = twilio_form(TEXTER, "hello")
    response = client.post(
        "/twilio/messages",
        data=form,
        headers={
            "X-Twilio-Signature": sign("/twilio/messages", form, "HMAC_SHA256"),
            "X-Twilio-Webhooks-Signature-Settings": "key=webhooks_sharedkey_1,algorithm=HMAC_SHA256",
        },
    )
    assert response.status_code == 200
    assert db.hget(keys.TEXTERS_BY_NUMBER, TEXTER)


def test_a_sha1_signature_sent_as_sha256_is_refused(client: TestClient, db: redis.Redis):
    form = twilio_form(TEXTER, "hello")
    response = client.post(
        "/twilio/messages",
        data=form,
        headers={
            "X-Twilio-Signature": sign("/twilio/messages", form),
            "X-Twilio-Webhooks-Signature-Settings": "key=webhooks_sharedkey_1,algorithm=HMAC_SHA256",
        },
    )
    assert response.status_code == 403
    assert db.dbsize() == 0


def test_a_duplicate_message_sid_is_stored_once(client: TestClient, db: redis.Redis):
    form = twilio_form(TEXTER, "the same text, delivered twice")
    assert post_signed(client, "/twilio/messages", form).status_code == 200
    assert post_signed(client, "/twilio/messages", form).status_code == 200
    texter_id = db.hget(keys.TEXTERS_BY_NUMBER, TEXTER)
    conversation_id = db.hget(keys.texter(texter_id), "open_conversation")
    inbound = [
        m
        for m in db.lrange(keys.conversation_messages(conversation_id), 0, -1)
        if db.hget(keys.message(m), "direction") == "in"
    ]
    assert len(inbound) == 1


def test_numbers_are_normalised_to_e164(client: TestClient, db: redis.Redis):
    text_line(client, "(415) 555-0100", "hi")
    assert db.hget(keys.TEXTERS_BY_NUMBER, "+14155550100")


def test_whatsapp_keeps_its_channel_and_the_same_texter(client: TestClient, db: redis.Redis):
    text_line(client, f"whatsapp:{TEXTER}", "hola")
    texter_id = db.hget(keys.TEXTERS_BY_NUMBER, TEXTER)
    assert db.hget(keys.texter(texter_id), "channel") == "whatsapp"


def test_media_urls_are_kept_not_the_media(client: TestClient, db: redis.Redis):
    url = "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1"
    text_line(client, TEXTER, "", NumMedia="1", MediaUrl0=url, MediaContentType0="image/jpeg")
    texter_id = db.hget(keys.TEXTERS_BY_NUMBER, TEXTER)
    conversation_id = db.hget(keys.texter(texter_id), "open_conversation")
    first = db.lrange(keys.conversation_messages(conversation_id), 0, 0)[0]
    assert db.hget(keys.message(first), "media") == f'["{url}"]'


def _refused(
    client: TestClient,
    db: redis.Redis,
    form: dict[str, str],
    status: int,
    reason: str,
    **headers: str,
) -> None:
    response = post_signed(client, "/twilio/messages", form, **headers)
    assert response.status_code == status
    assert reason in response.json()["error"]
    assert db.dbsize() == 0


def test_a_text_without_a_message_sid_gets_400_and_changes_nothing(client, db):
    form = twilio_form(TEXTER, "hi")
    del form["MessageSid"], form["SmsMessageSid"]
    _refused(client, db, form, 400, "MessageSid")


def test_a_text_from_no_phone_number_gets_400_and_changes_nothing(client, db):
    _refused(client, db, twilio_form("not a number", "hi"), 400, "phone number")


def test_a_text_with_a_bad_media_count_gets_400_and_changes_nothing(client, db):
    _refused(client, db, twilio_form(TEXTER, "hi", NumMedia="lots"), 400, "NumMedia")


def test_an_oversized_webhook_gets_413_and_changes_nothing(client, db):
    _refused(client, db, twilio_form(TEXTER, "x" * 40000), 413, "larger")


def test_a_json_body_gets_400_and_changes_nothing(client: TestClient, db: redis.Redis):
    response = client.post("/twilio/messages", json={"From": TEXTER, "Body": "hi"})
    assert response.status_code == 400
    assert "x-www-form-urlencoded" in response.json()["error"]
    assert db.dbsize() == 0


def test_a_malformed_form_gets_400_and_changes_nothing(client: TestClient, db: redis.Redis):
    response = client.post(
        "/twilio/messages",
        content=b"From=%2B1&&&Body&=%ZZ\xff",
        headers={"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": "x"},
    )
    assert response.status_code == 400
    assert db.dbsize() == 0


def test_the_form_parser_agrees_with_the_standard_library_on_twilio_forms():
    import random
    from urllib.parse import parse_qsl, urlencode

    from warmline.web.twilio_webhooks import parse_form

    rng = random.Random(7)
    alphabet = "aZ09 +&=%/?:;,.!ñé😀\n\t\"'"
    for _ in range(300):
        form = twilio_form(TEXTER, "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))))
        encoded = urlencode(form)
        assert parse_form(encoded) == dict(parse_qsl(encoded, keep_blank_values=True))


def test_a_form_with_bad_percent_encoding_gets_400_and_changes_nothing(client, db):
    response = client.post(
        "/twilio/messages",
        content=b"From=%2B14155550100&Body=%FF%FE",
        headers={"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": "x"},
    )
    assert response.status_code == 400
    assert db.dbsize() == 0
