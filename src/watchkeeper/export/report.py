"""report.html of a case package: one self-contained page (inline CSS, no
scripts, no external requests) a hotline analyst or an officer can read."""

from __future__ import annotations

from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from watchkeeper.scan.html import highlight

_env = Environment(
    loader=PackageLoader("watchkeeper.export", "templates"),
    autoescape=select_autoescape(["html", "jinja"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


def _message_html(row: dict[str, Any]) -> Markup:
    text = row.get("text")
    if text is None:
        return Markup("<em>{}</em>").format(_describe(row))
    spans = [(s["start"], s["end"], s["category"]) for s in row["signals"]
             if s.get("start") is not None and s.get("end") is not None]
    return highlight(text, spans)


def _describe(row: dict[str, Any]) -> str:
    event = row.get("event", {})
    kind = row["type"]
    if kind == "image":
        return "[shared an image]"
    if kind == "friend_request":
        accepted = event.get("accepted")
        state = "" if accepted is None else (" (accepted)" if accepted else " (declined)")
        return f"[friend request to {event.get('recipient', '')}{state}]"
    if kind == "report":
        reason = event.get("reason")
        return f"[reported {event.get('reported', '')}{': ' + reason if reason else ''}]"
    if kind == "profile":
        age = event.get("stated_age")
        return "[profile" + (f": stated age {age}" if age is not None else "") + "]"
    return f"[{kind}]"


def _reasons(case: dict[str, Any]) -> list[dict[str, Any]]:
    """The alert's signals grouped by category (strongest first), with their evidence."""
    from watchkeeper.export.case import _explain

    reasons: dict[str, dict[str, Any]] = {}
    for signal in case["alert"].get("assessment", {}).get("signals", []):
        category = signal.get("category", "")
        if category not in reasons:
            stage, explanation = _explain(category)
            reasons[category] = {"category": category, "stage": stage,
                                 "explanation": explanation, "evidence": []}
        if signal.get("evidence"):
            reasons[category]["evidence"].append((signal.get("message"), signal["evidence"]))
    return list(reasons.values())


def render_report(case: dict[str, Any]) -> str:
    rows = [{**row, "html": _message_html(row)} for row in case["timeline"]]
    return _env.get_template("report.html.jinja").render(case=case, rows=rows, reasons=_reasons(case))
