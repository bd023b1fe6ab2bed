"""Safety messages for the person on the receiving end of an alerted conversation.

Wording (per locale and theme) and help resources (per region) are data, in
safety_resources.toml next to this file, so they can be reviewed and
translated without touching code.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel

RESOURCES_FILE = Path(__file__).with_name("safety_resources.toml")
REGION_ALIASES = {"GB": "UK"}


class HelpResource(BaseModel):
    name: str
    phone: str | None = None
    sms: str | None = None
    url: str | None = None
    hours: str | None = None


class SafetyMessage(BaseModel):
    """What a platform shows the recipient (and sends on the safety_message webhook)."""

    category: str
    locale: str
    region: str
    title: str
    body: str
    reassurance: str
    resources: list[HelpResource]

    def as_text(self) -> str:
        lines = [self.title, "", self.reassurance, self.body, ""]
        for r in self.resources:
            contact = ", ".join(x for x in (r.phone, f"text {r.sms}" if r.sms else None, r.url) if x)
            lines.append(f"- {r.name}: {contact}")
        return "\n".join(lines)


@lru_cache(maxsize=4)
def load_catalogue(path: Path = RESOURCES_FILE) -> dict[str, Any]:
    with open(path, "rb") as handle:
        return tomllib.load(handle)


def _localised(value: Any, locale: str, fallback: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return value.get(locale) or value.get(fallback)


def available_locales() -> list[str]:
    return sorted(load_catalogue()["locales"])


def available_regions() -> list[str]:
    return sorted(load_catalogue()["regions"])


def safety_message(category: str, locale: str = "en", region: str = "CA") -> SafetyMessage:
    """The message for `category`, in `locale` (language part is enough, e.g. "fr-CA")."""
    data = load_catalogue()
    fallback_locale = data["fallback_locale"]
    locale = _pick_locale(locale, data["locales"], fallback_locale)
    region = REGION_ALIASES.get(region.upper(), region.upper())
    if region not in data["regions"]:
        region = data["fallback_region"]
    texts = data["locales"][locale]
    theme = data["themes"].get(category, "default")
    resources = [
        HelpResource(
            name=_localised(item["name"], locale, fallback_locale) or "",
            phone=item.get("phone"),
            sms=item.get("sms"),
            url=item.get("url"),
            hours=_localised(item.get("hours"), locale, fallback_locale),
        )
        for item in data["regions"][region]["resources"]
    ]
    return SafetyMessage(
        category=category,
        locale=locale,
        region=region,
        title=texts["title"],
        reassurance=texts["reassurance"],
        body=texts["themes"].get(theme, texts["themes"]["default"]) + " " + texts["closing"],
        resources=resources,
    )


def _pick_locale(requested: str, locales: dict[str, Any], fallback: str) -> str:
    requested = (requested or "").replace("_", "-").lower()
    if requested in locales:
        return requested
    language = requested.split("-", 1)[0]
    return language if language in locales else fallback
