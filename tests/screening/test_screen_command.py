"""`warmline screen`: JSON Lines in, one verdict per line out, bad lines reported."""

from __future__ import annotations

import io
import json

from warmline.screen_command import run


def screen(lines: str) -> tuple[int, list[dict[str, object]], str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    status = run(io.StringIO(lines), stdout, stderr)
    return status, [json.loads(line) for line in stdout.getvalue().splitlines()], stderr.getvalue()


def test_good_lines_give_one_verdict_each() -> None:
    status, out, err = screen('{"text": "i want to die"}\n{"text": "hi"}\n')
    assert status == 0 and err == ""
    assert out[0]["crisis"] is True and out[0]["level"] == "L2"
    assert out[0]["signals"]
    assert out[1] == {"crisis": False, "level": "none", "signals": []}


def test_bad_lines_are_reported_and_screening_carries_on() -> None:
    status, out, err = screen('not json\n{"text": 3}\n[1]\n{"text": "I took a bunch of pills"}\n')
    assert status == 1
    assert [set(line) for line in out[:3]] == [{"error"}] * 3
    assert out[3]["level"] == "L1"
    assert "line 1" in err and "line 2" in err and "line 3" in err
    assert "not valid JSON" in err and '"text"' in err


def test_blank_lines_are_skipped() -> None:
    status, out, _ = screen('\n{"text": "hola"}\n\n')
    assert status == 0 and len(out) == 1


def test_non_ascii_text_round_trips() -> None:
    _, out, _ = screen('{"text": "me quiero morir 😭"}\n')
    signals = out[0]["signals"]
    assert isinstance(signals, list) and any("morir" in s["text"] for s in signals)
