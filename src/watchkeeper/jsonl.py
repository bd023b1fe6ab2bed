"""Reading JSON Lines files of objects (labels, training examples, feedback), with
errors that name the file and line. Events have their own reader in events.py,
which also validates each object against the contract."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson


def read_json_objects(path: str | Path, error: type[Exception] = ValueError) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (line number, object) for each non-blank line; raise `error` naming the line otherwise."""
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                row = orjson.loads(raw)
            except orjson.JSONDecodeError as exc:
                raise error(f"{path}: line {number}: not JSON ({exc})") from None
            if not isinstance(row, dict):
                raise error(f"{path}: line {number}: expected a JSON object")
            yield number, row
