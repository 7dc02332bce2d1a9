"""The core does no I/O: nothing under warmline/core imports a web, Redis, RQ or Twilio module."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parents[1] / "warmline" / "core"
FORBIDDEN = {"redis", "rq", "starlette", "twilio", "uvicorn", "socket", "requests", "httpx",
             "urllib.request", "http", "subprocess", "warmline.store", "warmline.web",
             "warmline.channel", "warmline.jobs", "workers"}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", sorted(CORE.rglob("*.py")), ids=lambda p: str(p.relative_to(CORE)))
def test_core_modules_import_nothing_that_does_io(path: Path):
    for name in _imports(path):
        assert not any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN), name
