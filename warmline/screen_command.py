"""`warmline screen`: screen JSON Lines from stdin, one verdict per line on stdout.

Each input line is {"text": "..."}; each output line is the verdict's JSON. A bad line gets
{"error": "..."} on stdout (so output lines still pair with input lines), a message naming its
line number on stderr, and makes the exit status 1; screening carries on with the next line.
"""

from __future__ import annotations

import json
from typing import TextIO

from warmline.core.screening import default_screener


def _text_of(line: str) -> str:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(record, dict):
        raise ValueError("expected a JSON object like {\"text\": \"...\"}")
    text = record.get("text")
    if not isinstance(text, str):
        raise ValueError("missing \"text\" string")
    return text


def run(stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    """Screen every line of `stdin`; return 0, or 1 if any line was bad."""
    screener = default_screener()
    status = 0
    for number, line in enumerate(stdin, start=1):
        if not line.strip():
            continue
        try:
            text = _text_of(line)
        except ValueError as exc:
            status = 1
            stderr.write(f"warmline screen: line {number}: {exc}\n")
            stdout.write(json.dumps({"error": f"line {number}: {exc}"}) + "\n")
            continue
        stdout.write(json.dumps(screener.screen(text).to_json(), ensure_ascii=False) + "\n")
    stdout.flush()
    return status
