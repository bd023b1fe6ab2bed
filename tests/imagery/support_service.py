"""The engine of the image service tests: the tests' keyword scorer with the
production weights (that a single flagged image raises an alert is a property
of the weights the service ships with; these tests must fail if a refit loses it)."""

from support_core import KeywordScorer

from watchkeeper.core.engine import Engine


def image_engine() -> Engine:
    return Engine(scorers=[KeywordScorer()])
