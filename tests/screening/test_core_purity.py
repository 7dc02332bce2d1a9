"""The screening core does no I/O: no network, Redis, web, queue or Twilio imports."""

from __future__ import annotations

import ast
import importlib.util
import pkgutil
from pathlib import Path

import warmline.core.screening as screening

FORBIDDEN = {"redis", "starlette", "rq", "twilio", "socket", "http", "urllib", "requests",
             "httpx", "asyncio", "subprocess", "sqlite3", "uvicorn", "jinja2", "smtplib",
             "threading", "multiprocessing", "os", "shutil", "tempfile", "valkey"}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_screening_modules_import_nothing_that_does_io() -> None:
    package_dir = Path(screening.__file__).parent
    modules = [package_dir / "__init__.py"] + [
        package_dir / f"{info.name}.py" for info in pkgutil.iter_modules([str(package_dir)])
    ]
    assert len(modules) > 3
    for module in modules:
        for name in imported_modules(module):
            top = name.split(".")[0]
            assert top not in FORBIDDEN, f"{module.name} imports {name}"
            if top == "warmline":
                assert name.startswith("warmline.core.screening"), f"{module.name}: {name}"


def test_screening_is_importable_without_side_effects() -> None:
    spec = importlib.util.find_spec("warmline.core.screening")
    assert spec is not None and spec.origin is not None
