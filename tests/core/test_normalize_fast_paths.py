"""The cheap tests that let normalisation and the age functions skip work never change an answer.

Normalisation skips a step when a cheap test says it cannot change the text; with
`prefilter=False` every step runs. The stated-age and age-question regexes run
only where a word or short regex every match needs is present. Here the fast
paths are compared with the slow ones on every shipped text and on phrasings
built to sit at the tests' edges (leetspeak, spacing, homoglyphs, invisible
characters, emoji, numbers).
"""

from __future__ import annotations

import re

import pytest
from support_corpora import CORPORA, corpus_texts

from watchkeeper.core import context_cues, normalize, patterns

TRICKY = [
    # leetspeak: inside words, trailing, leading, numbers that are not leet
    "d1sc0rd", "sn@p me", "hell0", "h3ll0 th3re", "$nap", "0ld enough", "$$$", "@handle hi", "im14f", "14yo",
    "ps5 or xbox", "mp3", "grade7", "2day", "4u", "hey!!", "h!", "w|nk", "s+op", "k!k", "l1ke", "a1b", "c00l",
    "wh4t", "u 2?", "1337 h4x0r", "5ft", "sn4pch4t", "t3l3gr4m", "!!!", "hi!u", "ok 0", "a0", "0a", "$a", "a$",
    # spaced and separated letters
    "s n a p", "d-i-s-c-o-r-d", "k i k", "a s l", "a.g.e?", "s_n_a_p", "i m 1 3", "a b", "x x x x",
    # stretched letters
    "heyyyy", "sooo cute", "alll", "omggg!!!", "....", "???",
    # homoglyphs, accents, full-width, small capitals, regional indicators
    "ѕnар", "sсhооl", "αge", "ʜᴏᴡ ᴏʟᴅ ᴀʀᴇ ʏᴏᴜ", "ｈｏｗ ｏｌｄ", "ágé?", "🇸🇳🇦🇵", "naïve café",
    # zero-width and other invisible characters
    "sn\u200bap", "h\u200do\u200cw old are you", "a\u2060s\u2060l", "te\u00adlegram", "\u2800\u3164hi",
    # emoji: kept ones, ones that get a word, skin tones and joiners
    "hi 😂", "🤫 dont tell", "send 📸", "👍🏽", "👨‍👩‍👧", "✈️ tmrw", "😭😭😭",
    # apostrophes, slang, app names, number words
    "don't tell", "how old r u", "ur age?", "wat age r u", "im fifteen", "four one six", "snap chat me",
    "add me on insta", "im twelve", "age/location", "ageand location?", "f14", "m / 15", "16/f",
    "just turned 14", "ill be 16 in may", "my age is 13", "14 here", "13 and you?", "are you 13?",
    "ur like 15 yo?", "what grade r u in", "when were u born", "what year were you born", "r u in middle school",
    "hw old", "how old?", "asl", "you 17?", "whats your age", "im 5 mins away", "ẞ", "İstanbul",
]


def _all_texts() -> list[str]:
    return [t for name in CORPORA for t in corpus_texts(name)] + TRICKY


def _as_tuple(norm: normalize.Normalized) -> tuple:
    return norm.text, norm._steps, norm.words


def test_prefiltered_normalisation_equals_every_step_run() -> None:
    for text in _all_texts():
        fast = normalize._normalize(text)
        slow = normalize._normalize(text, prefilter=False)
        assert _as_tuple(fast) == _as_tuple(slow), text


def test_the_tricky_phrasings_exercise_the_skipped_steps() -> None:
    # Each kind of step changes some of them, so the comparison above is not vacuous.
    changed = [normalize._normalize(t)._steps for t in TRICKY]
    assert sum(bool(steps) for steps in changed) > len(TRICKY) // 2
    assert normalize._normalize("d1sc0rd").text == "discord"
    assert normalize._normalize("sn\u200bap me").text == "snap me"  # the invisible character is gone
    assert normalize._normalize("hey!!").text == "hey!!"  # a "!" after a word is not leet


@pytest.mark.parametrize("text", TRICKY + ["", "a", "abc def", "AbC 12", "x_y-z"])
def test_tokens_equal_the_word_regex(text) -> None:
    for value in (text, text.lower(), normalize.normalize(text).text):
        assert normalize._tokens(value) == normalize._WORD.findall(value)


def test_stated_ages_with_and_without_the_regex_gates(monkeypatch) -> None:
    texts = _all_texts()
    fast = [normalize.extract_stated_ages(t) for t in texts]
    monkeypatch.setattr(normalize, "_STATED_AGE_NEEDS", (None,) * len(normalize._STATED_AGE_RES))
    assert fast == [normalize.extract_stated_ages(t) for t in texts]
    assert sum(map(bool, fast)) > 20  # the positive side is exercised


def test_asks_age_groups_cover_every_alternative_once() -> None:
    members = [i for _, group in normalize._ASKS_AGE_GROUPS for i in group]
    assert sorted(members) == list(range(len(normalize.ASKS_AGE_ALTERNATIVES)))


def test_asks_age_equals_the_whole_regex() -> None:
    texts = _all_texts()
    expected = [normalize._ASKS_AGE_RE.search(normalize.normalize(t).text) is not None for t in texts]
    assert [normalize.asks_age(t) for t in texts] == expected
    assert sum(expected) > 20


def test_involves_parents_words_gate_equals_its_regex() -> None:
    texts = _all_texts() + ["ask ur mom", "ur folks said ok", "check with your guardians", "permission slip"]
    expected = [context_cues._INVOLVES_PARENTS.search(normalize.normalize(t).text) is not None for t in texts]
    assert [context_cues.involves_parents(t) for t in texts] == expected
    assert any(expected)


def test_has_number_equals_the_digit_regex() -> None:
    for text in _all_texts() + ["", "13", "a13", "x 7", "٣ apples", "abc"]:
        norm = normalize.normalize(text)
        assert patterns._has_number(norm) == (patterns._DIGIT_START.search(norm.text) is not None), text


def test_spaced_letters_gate_counts_words_only() -> None:
    # Known, kept as it was: the spaced-letters step runs only with three
    # one-character words, so a run of only "@" and "$" is not joined by the fast path.
    assert normalize._normalize("@ $ @ $").text == "@ $ @ $"
    assert normalize._normalize("@ $ @ $", prefilter=False).text == "@$@$"
    assert re.fullmatch(r"[@$ ]+", "@ $ @ $")
