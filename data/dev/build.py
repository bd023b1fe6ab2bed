"""Build the DEVELOPMENT corpus: data/dev/events.jsonl and data/dev/labels.jsonl.

The same builder as the training conversations (data/train/build_conversations.py:
block format, checks, validation), with the development corpus's layout:
  * reads data/dev/sources/conversations.txt (conversation blocks only, no accounts)
  * conversation ids dc-NNN, messages dc-NNN-mNN
  * user ids du-<hash> (never collide with training's tu-<hash>)
  * default starts spread from 2026-04-06 (training: 2025-09-01)
  * 6 to 20 messages per conversation

alert_by convention for this corpus: see sources/conversations.txt and README.md.

Run: python data/dev/build.py   (writes both files, validates, prints counts)
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent


def training_builder():
    path = HERE.parent / "train" / "build_conversations.py"
    spec = importlib.util.spec_from_file_location("build_conversations", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


if __name__ == "__main__":
    builder = training_builder()
    development = builder.Layout(
        folder=HERE,
        conversation_prefix="dc",
        user_prefix="du",
        start=datetime(2026, 4, 6, tzinfo=timezone.utc),
        sources_glob="conversations*.txt",
        accounts=False,
        messages=(6, 20),
    )
    sys.exit(builder.main(development))
