"""Service settings: environment variables `WATCHKEEPER_*`, then an optional TOML file.

Precedence (highest first): explicit keyword arguments, environment, the TOML
file named by `WATCHKEEPER_CONFIG` (or passed as `config_file`), defaults.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from watchkeeper.actions.webhook_targets import allowed_host

DEFAULT_DATABASE_URL = "sqlite:///./var/watchkeeper.db"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="WATCHKEEPER_", extra="ignore")

    database_url: str = DEFAULT_DATABASE_URL
    # SQLite durability: FULL fsyncs every commit (survives power loss);
    # NORMAL survives process crashes (SIGKILL) but may lose the last commits
    # on power loss. PostgreSQL follows its own synchronous_commit.
    sqlite_synchronous: Literal["FULL", "NORMAL"] = "FULL"
    sqlite_busy_timeout_ms: int = 5000
    migrate_on_startup: bool = True
    # Rebuild every tenant's engine from its stored events at startup, in the
    # background (otherwise each tenant's first request after a start does it).
    warm_up_engines: bool = True
    # Worker processes that analyse message texts of large requests (0: in the
    # writer thread). Worth it with spare cores; on a 2-core machine shared with
    # the database it costs more (IPC) than it saves.
    analysis_processes: int = Field(default=0, ge=0, le=64)

    host: str = "127.0.0.1"
    port: int = 8080
    log_level: str = "INFO"
    access_log: bool = True

    # Request limits.
    max_body_bytes: int = Field(default=8 * 1024 * 1024, ge=1024)
    max_batch_events: int = Field(default=10_000, ge=1)
    # Per-key token bucket: sustained requests per second and burst size.
    rate_limit_per_second: float = Field(default=200.0, gt=0)
    rate_limit_burst: int = Field(default=400, ge=1)
    # Key lookups are cached this long: a revoked key may work for up to this many seconds.
    auth_cache_seconds: float = Field(default=2.0, ge=0)

    # Safety messages: used when neither the request nor the tenant says otherwise.
    default_region: str = "CA"
    default_locale: str = "en"

    # Webhook delivery.
    webhooks_enabled: bool = True
    webhook_timeout_seconds: float = 5.0
    webhook_max_attempts: int = Field(default=8, ge=1)
    webhook_backoff_base_seconds: float = Field(default=2.0, gt=0)
    webhook_backoff_max_seconds: float = Field(default=3600.0, gt=0)
    webhook_poll_seconds: float = Field(default=1.0, gt=0)
    # Webhook targets (SSRF guard, actions/webhook_targets.py): URLs and resolved
    # addresses that are not globally routable (loopback, private, link-local,
    # metadata 169.254.169.254, ...) are refused unless allowed here.
    # allow_private: all of them (development and tests only).
    webhook_allow_private: bool = False
    # Host names (exact) and CIDR ranges allowed even when private, e.g. an internal
    # relay. Environment: a JSON list, WATCHKEEPER_WEBHOOK_ALLOWED_HOSTS='["10.2.0.0/16"]'.
    webhook_allowed_hosts: list[str] = []
    # Only https URLs are registered and sent to.
    webhook_require_https: bool = False

    # Retention (docs/service.md, Retention): the messages and images of conversations
    # without an alert whose latest event is older than this many days are deleted,
    # with their signals, conversation state and kept image copies (image_keep_dir)
    # that no other conversation uses. 0: keep everything.
    retention_days: int = Field(default=0, ge=0)
    # How often the server runs the retention sweep (when retention_days > 0).
    retention_sweep_minutes: float = Field(default=60.0, gt=0)

    # Flagged imagery (docs/imagery.md). `image` events may name a file only inside
    # image_root (unset: such events are refused); the image is hashed and not kept
    # unless image_keep_dir is set.
    image_root: Path | None = None
    image_keep_dir: Path | None = None
    pdq_threshold: int = Field(default=31, ge=0, le=128)
    pdq_min_quality: int = Field(default=50, ge=0, le=100)

    config_file: Path | None = Field(default=None, alias="WATCHKEEPER_CONFIG")

    @field_validator("webhook_allowed_hosts", mode="before")
    @classmethod
    def _split_hosts(cls, value: Any) -> Any:
        return value.split(",") if isinstance(value, str) else value

    @field_validator("webhook_allowed_hosts")
    @classmethod
    def _check_hosts(cls, value: list[str]) -> list[str]:
        return [str(allowed_host(entry)) for entry in value if entry.strip()]

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        toml_path = _config_path(init_settings)
        if toml_path is not None:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=toml_path))
        return tuple(sources)


def _config_path(init_settings: PydanticBaseSettingsSource) -> Path | None:
    explicit: Any = init_settings().get("config_file") or init_settings().get(
        "WATCHKEEPER_CONFIG"
    )
    path = explicit or os.environ.get("WATCHKEEPER_CONFIG")
    if not path:
        return None
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"configuration file not found: {path}")
    return path


def load_settings(config_file: Path | str | None = None, **overrides: Any) -> Settings:
    """Settings from the environment and the TOML file, with `overrides` on top."""
    values = {k: v for k, v in overrides.items() if v is not None}
    if config_file is not None:
        values["WATCHKEEPER_CONFIG"] = Path(config_file)
    return Settings(**values)
