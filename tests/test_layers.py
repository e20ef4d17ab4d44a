"""The layer rules, read from every module's imports with `ast` (nothing is imported to check them):

- handlers/ never touches the database: it imports neither storage/ nor sqlalchemy;
- storage/ imports neither bot/ nor handlers/;
- only the wiring (bot/app.py, which builds the Application) imports handlers/;
- bot/ never imports sqlalchemy: it holds sessions as `storage.db.Sessions` and calls storage/ functions.

ALLOWED would list known violations waiting for a fix (empty now); an entry goes when its module is
fixed (the test says so), and a new violation fails at once.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("bot", "handlers", "storage")
WIRING = "bot/app.py"


@dataclass(frozen=True)
class Rule:
    """Modules for which `applies` holds may not import any of `forbidden` (top-level package names)."""

    name: str
    applies: Callable[[str], bool]
    forbidden: frozenset[str]


RULES = (
    Rule("handlers/ never touches the database", lambda path: path.startswith("handlers/"),
         frozenset({"storage", "sqlalchemy"})),
    Rule("storage/ imports neither bot/ nor handlers/", lambda path: path.startswith("storage/"),
         frozenset({"bot", "handlers"})),
    Rule("only the wiring (bot/app.py) imports handlers/", lambda path: path.startswith("bot/") and path != WIRING,
         frozenset({"handlers"})),
    Rule("bot/ never imports sqlalchemy (sessions are storage.db.Sessions)", lambda path: path.startswith("bot/"),
         frozenset({"sqlalchemy"})),
)

# (module, forbidden package it imports): known violations waiting for a fix; none left.
ALLOWED: frozenset[tuple[str, str]] = frozenset()


def imported_packages(source: str) -> Iterator[str]:
    """The top-level package of every module a source file imports, at any depth (functions included)."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            yield from (alias.name.partition(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module.partition(".")[0]


def violations(root: Path, packages: tuple[str, ...] = PACKAGES) -> set[tuple[str, str]]:
    """(module path, forbidden package) for every import under `root`'s packages that breaks a rule."""
    found: set[tuple[str, str]] = set()
    for package in packages:
        for file in sorted((root / package).rglob("*.py")):
            path = file.relative_to(root).as_posix()
            rules = [rule for rule in RULES if rule.applies(path)]
            for imported in set(imported_packages(file.read_text(encoding="utf-8"))):
                if any(imported in rule.forbidden for rule in rules):
                    found.add((path, imported))
    return found


def test_no_module_breaks_a_layer_rule() -> None:
    new = sorted(violations(ROOT) - ALLOWED)
    assert not new, "imports that break the layer rules (see this file's docstring):\n" + "\n".join(
        f"  {path} imports {imported}" for path, imported in new
    )


def test_every_allowed_violation_still_exists() -> None:
    fixed = sorted(ALLOWED - violations(ROOT))
    assert not fixed, "fixed, so remove from ALLOWED in tests/test_layers.py:\n" + "\n".join(
        f"  {path} imports {imported}" for path, imported in fixed
    )


def test_the_checker_finds_each_kind_of_violation(tmp_path: Path) -> None:
    files = {
        "handlers/__init__.py": "",
        "handlers/ok.py": "from bot.services import Services\nimport telegram\n",
        "handlers/reads_db.py": "from storage.models import Alert\n",
        "handlers/runs_sql.py": "def later():\n    import sqlalchemy.orm\n",
        "storage/__init__.py": "",
        "storage/ok.py": "from sqlalchemy import select\nfrom storage.models import Alert\n",
        "storage/up.py": "from bot import config\n",
        "storage/sideways.py": "import handlers.common as common\n",
        "bot/__init__.py": "",
        "bot/app.py": "from handlers import start\nfrom storage.db import Sessions\n",
        "bot/logic.py": "from handlers.common import reply\n",
        "bot/step/query.py": "from sqlalchemy.ext.asyncio import AsyncSession\nfrom . import sibling\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)

    assert violations(tmp_path) == {
        ("handlers/reads_db.py", "storage"),
        ("handlers/runs_sql.py", "sqlalchemy"),
        ("storage/up.py", "bot"),
        ("storage/sideways.py", "handlers"),
        ("bot/logic.py", "handlers"),
        ("bot/step/query.py", "sqlalchemy"),
    }
