"""The detector set every entry point uses: scan, evaluate, the service, the demo.

Patterns, plus the learned layer unless the model is 'none'. Each set has its
own conversation model (core/config.py: `fitted_config`).
"""

from __future__ import annotations

from functools import cache

from watchkeeper.core.config import fitted_config
from watchkeeper.core.engine import Engine, MessageAnalyzer
from watchkeeper.core.signals import MessageScorer


@cache
def build_scorers(model: str = "default") -> tuple[MessageScorer, ...]:
    """Loaded once per process and shared: scorers are stateless but for caches."""
    from watchkeeper.core.patterns import PatternScorer

    if model == "none":
        return (PatternScorer(),)
    from watchkeeper.learned import load_scorer

    return (PatternScorer(), load_scorer(model))


def build_analyzer(model: str = "default") -> MessageAnalyzer:
    """The analyzer `build_engine(model)` has (for worker processes)."""
    return MessageAnalyzer(build_scorers(model), fitted_config(model).wording)


def build_engine(model: str = "default", assess_updates: bool = True) -> Engine:
    return Engine(config=fitted_config(model), scorers=build_scorers(model), assess_updates=assess_updates)


def default_engine() -> Engine:
    """The service's engine factory: one engine per tenant, detectors shared."""
    return build_engine("default")
