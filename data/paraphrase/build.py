"""Build data/paraphrase/messages.jsonl from source.txt.

    python data/paraphrase/build.py          # write messages.jsonl and print counts
    python data/paraphrase/build.py --check  # fail if messages.jsonl is stale

source.txt holds sections: "## cat, cat" (positives with those categories) or
"## hard_negative" (look-alikes, categories []), then one message per line.
The messages are shuffled with a fixed seed before ids are given, so an id
says nothing about a message's category or kind.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CATEGORIES = (
    "age_probing", "personal_info", "secrecy", "isolation", "platform_switch", "flattery",
    "gifts", "exploitative_offer", "image_request", "sexualisation", "meeting", "relocation",
    "document_control", "debt_bondage", "threats", "age_deception", "vulnerability_exploitation",
)
MIN_PER_CATEGORY = 12
MIN_POSITIVES = 300
MIN_NEGATIVES = 150


def parse(text: str) -> list[dict]:
    rows: list[dict] = []
    section: list[str] | None = None
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or (line.startswith("#") and not line.startswith("##")):
            continue
        if line.startswith("##"):
            names = [n.strip() for n in line[2:].split(",")]
            if names == ["hard_negative"]:
                section = []
            elif all(n in CATEGORIES for n in names):
                section = names
            else:
                raise ValueError(f"source.txt:{lineno}: unknown section {line!r}")
            continue
        if section is None:
            raise ValueError(f"source.txt:{lineno}: message before the first section")
        rows.append(
            {"text": line, "categories": list(section), "kind": "positive" if section else "hard_negative"}
        )
    return rows


def build() -> tuple[list[dict], list[str]]:
    rows = parse((HERE / "source.txt").read_text(encoding="utf-8"))
    problems = []
    texts = Counter(r["text"].lower() for r in rows)
    problems += [f"duplicate text: {t!r}" for t, n in texts.items() if n > 1]
    random.Random("paraphrase-v1").shuffle(rows)
    messages = [{"id": f"pp-{i:04d}", **row} for i, row in enumerate(rows, start=1)]
    per_category = Counter(c for m in messages for c in m["categories"])
    problems += [
        f"category {c}: {per_category[c]} positives, need {MIN_PER_CATEGORY}"
        for c in CATEGORIES
        if per_category[c] < MIN_PER_CATEGORY
    ]
    kinds = Counter(m["kind"] for m in messages)
    if kinds["positive"] < MIN_POSITIVES:
        problems.append(f"{kinds['positive']} positives, need {MIN_POSITIVES}")
    if kinds["hard_negative"] < MIN_NEGATIVES:
        problems.append(f"{kinds['hard_negative']} hard negatives, need {MIN_NEGATIVES}")
    return messages, problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if messages.jsonl is stale")
    args = parser.parse_args()
    messages, problems = build()
    text = "".join(json.dumps(m, ensure_ascii=False) + "\n" for m in messages)
    out = HERE / "messages.jsonl"
    if args.check:
        if not out.exists() or out.read_text(encoding="utf-8") != text:
            problems.append("messages.jsonl is stale; run python data/paraphrase/build.py")
    else:
        out.write_text(text, encoding="utf-8")
    kinds = Counter(m["kind"] for m in messages)
    per_category = Counter(c for m in messages for c in m["categories"])
    print(f"messages: {len(messages)}  positive: {kinds['positive']}  hard_negative: {kinds['hard_negative']}")
    print(f"multi-category positives: {sum(1 for m in messages if len(m['categories']) > 1)}")
    for category in CATEGORIES:
        print(f"  {category:28s} {per_category[category]}")
    for problem in problems:
        print("problem:", problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
