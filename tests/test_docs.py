"""The docs are tested: every command is documented, the public API is exact, the README
table is the program's current output."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer.main

import tidings
from tidings.cli import app, markdown_table

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    return sorted(typer.main.get_command(app).commands)


@pytest.mark.parametrize("command", _commands())
def test_docs_every_command_is_in_the_readme_with_help(command):
    assert f"`tidings {command}" in README
    assert typer.main.get_command(app).commands[command].help


def test_docs_readme_shows_the_two_commands():
    assert "make demo" in README and "make test" in README


def test_docs_public_api_is_sorted_and_exported():
    assert tidings.__all__ == sorted(tidings.__all__)
    assert all(hasattr(tidings, name) for name in tidings.__all__)


def test_docs_readme_reference_table_is_current(seed_result):
    block = re.search(r"<!-- reference-table[^>]*-->\n(.*?)\n<!-- /reference-table -->", README, re.S)
    assert block is not None
    assert block.group(1) == markdown_table(seed_result.events), "stale: run `make readme`"
