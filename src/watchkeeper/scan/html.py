"""A self-contained HTML report a moderator can read: one timeline per alerted
conversation, evidence highlighted in the original words, signals explained."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from watchkeeper.core.conversation import ConversationAssessment
from watchkeeper.core.engine import Engine
from watchkeeper.core.signals import CATEGORY_EXPLANATIONS, Category, explain_context
from watchkeeper.events import Message, Profile, iter_jsonl

_env = Environment(
    loader=PackageLoader("watchkeeper.scan", "templates"),
    autoescape=select_autoescape(["html", "jinja"]),
)


def highlight(text: str, spans: list[tuple[int, int, str]]) -> Markup:
    """Wrap evidence spans in <mark>, escaping everything else; overlaps merge."""
    spans = sorted(s for s in spans if 0 <= s[0] < s[1] <= len(text))
    out: list[str] = []
    pos = 0
    for start, end, category in spans:
        if start < pos:
            continue
        out.append(str(escape(text[pos:start])))
        label = category.replace("_", " ")
        out.append(f'<mark title="{escape(label)}" data-category="{escape(category)}">{escape(text[start:end])}</mark>')
        pos = end
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


def collect_timelines(path: Path, conversations: set[str]) -> tuple[dict[str, list[Message]], dict[str, int]]:
    """Second pass over the file: the messages of the alerted conversations only."""
    messages: dict[str, list[Message]] = defaultdict(list)
    ages: dict[str, int] = {}
    seen: set[str] = set()
    with open(path, "rb") as handle:
        for event in iter_jsonl(handle):
            if isinstance(event, Message) and event.conversation in conversations and event.id not in seen:
                seen.add(event.id)
                messages[event.conversation].append(event)
            elif isinstance(event, Profile) and event.stated_age is not None:
                ages[event.user] = event.stated_age
    for timeline in messages.values():
        timeline.sort(key=lambda m: m.ts)
    return messages, ages


def render_report(
    path: Path,
    alerted: list[ConversationAssessment],
    accounts: list[dict[str, Any]],
    engine: Engine,
    summary: Any,
) -> str:
    alerted = sorted(alerted, key=lambda a: (-a.risk, a.conversation))
    timelines, ages = collect_timelines(path, {a.conversation for a in alerted})
    cases = []
    for assessment in alerted:
        rows = []
        timeline = timelines.get(assessment.conversation, [])
        analyses = engine.analyzer.analyse([m.text for m in timeline])
        for msg, analysis in zip(timeline, analyses):
            signals = analysis.signals
            rows.append(
                {
                    "message": msg,
                    "html": highlight(msg.text, [(s.start, s.end, s.category.value) for s in signals]),
                    "categories": sorted({s.category.value for s in signals}),
                    "first_alert": msg.id == assessment.first_alert,
                    "suspect": msg.sender == assessment.suspect,
                }
            )
        categories = sorted({s.category for s in assessment.signals})
        cases.append(
            {
                "assessment": assessment,
                "rows": rows,
                "explanations": [
                    (c.replace("_", " "), CATEGORY_EXPLANATIONS[Category(c)]) for c in categories
                ],
                "context": explain_context(assessment.context),
                "participants": sorted({m.sender for m in timeline} | ({assessment.suspect} if assessment.suspect else set())),
            }
        )
    flagged = [a for a in accounts if a["alert"]]
    return _env.get_template("report.html.jinja").render(
        cases=cases, accounts=flagged, ages=ages, summary=summary, source=path.name
    )
