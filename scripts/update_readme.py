"""Regenerate the reference-article table in README.md from a real run (``make readme``).

The table is the program's output, never typed by hand; tests/test_docs.py fails when it
is stale. The reference article is read from ../shared (it is not redistributable).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import tidings
from tidings.cli import markdown_table

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "data" / "corpus" / "seed.jsonl"
BLOCK = re.compile(r"(<!-- reference-table[^>]*-->\n).*?(\n<!-- /reference-table -->)", re.S)


def reference_table() -> str:
    """The Markdown table of the reference article's events."""
    record = json.loads(SEED.read_text(encoding="utf-8").splitlines()[0])
    result = next(tidings.load().pipe([tidings.Document.model_validate(record)]))
    return markdown_table(result.events)


def main() -> int:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    updated = BLOCK.sub(lambda m: m.group(1) + reference_table() + m.group(2), text)
    readme.write_text(updated, encoding="utf-8")
    print("README.md reference table updated" if updated != text else "README.md already up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
