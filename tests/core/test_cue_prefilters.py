"""The cheap word tests in front of the cue regexes never change an answer.

Each cue function skips its regex when a word every match needs is absent; here
the skipping versions are compared with the bare regexes on every shipped text
and on edge cases built to sit at the prefilters' boundaries.
"""

from __future__ import annotations

import pytest
from support_corpora import CORPORA, corpus_texts

from watchkeeper.core import context_cues, normalize

EDGE_CASES = [
    "how old r u", "HOW OLD?", "asl", "age?", "age/location", "ageand location?", "whats ur age",
    "are you 13?", "u 14?", "ur like 15 yo?", "what grade r u in", "when were u born", "r u in middle school",
    "thanks coach", "ok DAD", "ma", "love you grandma xx", "teacher", "mathematics", "papaya", "ur mom said ok",
    "i asked your parents", "permission slip is due", "consent form", "dont ask your mom", "hours later", "",
    # asks_age's regex runs for "are", "what", "young" or "?" only beside "you"
    "are we 13?", "what grade", "14?", "so young", "u so young?", "what year u in", "r u 16", "you 17?",
]


def _all_texts() -> list[str]:
    return [t for name in CORPORA for t in corpus_texts(name)] + EDGE_CASES


@pytest.mark.parametrize(
    ("fast", "regex"),
    [
        (normalize.asks_age, normalize._ASKS_AGE_RE),
        (context_cues.addresses_relation, context_cues._ADDRESS),
        (context_cues.involves_parents, context_cues._INVOLVES_PARENTS),
    ],
    ids=["asks_age", "addresses_relation", "involves_parents"],
)
def test_prefiltered_cue_equals_its_regex(fast, regex) -> None:
    texts = _all_texts()
    expected = [regex.search(normalize.normalize(t).text) is not None for t in texts]
    assert [fast(t) for t in texts] == expected
    assert any(expected)  # the corpora exercise the positive side too


def test_edge_cases_answer_as_expected() -> None:
    assert normalize.asks_age("ageand location?")
    assert context_cues.addresses_relation("thanks coach")
    assert not context_cues.addresses_relation("mathematics")
    assert context_cues.involves_parents("ur mom said ok")
    assert not context_cues.involves_parents("dont ask your mom")
