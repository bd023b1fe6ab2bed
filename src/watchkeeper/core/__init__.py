"""The detection core: a pure library. Events in, explained risk out.

No I/O, deterministic, causal: an assessment at message k uses only the
events seen up to k.
"""

from watchkeeper.core.accounts import AccountAssessment
from watchkeeper.core.config import DEFAULT_CONFIG, DetectionConfig
from watchkeeper.core.conversation import ConversationAssessment, SignalRecord
from watchkeeper.core.engine import Engine, EngineUpdate, SafetyAdvice, scan_events
from watchkeeper.core.ordering import ReorderBuffer, reorder
from watchkeeper.core.signals import Category, MessageScorer, MessageSignal, Stage

__all__ = [
    "DEFAULT_CONFIG",
    "AccountAssessment",
    "Category",
    "ConversationAssessment",
    "DetectionConfig",
    "Engine",
    "EngineUpdate",
    "MessageScorer",
    "MessageSignal",
    "ReorderBuffer",
    "SafetyAdvice",
    "SignalRecord",
    "Stage",
    "reorder",
    "scan_events",
]
