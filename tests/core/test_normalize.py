"""Normalisation: each filter-dodging trick is undone, real numbers survive, and
every span of the normalised text maps back to what was actually written."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from watchkeeper.core.normalize import asks_age, extract_stated_ages, normalize


def norm(text: str) -> str:
    return normalize(text).text


def original_of(text: str, word: str) -> str:
    """The original text behind the first occurrence of `word` in the normalised text."""
    n = normalize(text)
    i = n.text.index(word)
    return n.original_slice(i, i + len(word))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("d1sc0rd", "discord"),
        ("sn@p me", "snap me"),
        ("s3cret", "secret"),
        ("$nap", "snap"),
        ("h3ll0", "hello"),
        ("a1one", "alone"),
        ("how 0ld r u", "how old are you"),
        ("c00l pic", "cool pic"),
        ("k!k", "kik"),
    ],
)
def test_leetspeak_inside_words(text, expected):
    assert norm(text) == expected


@pytest.mark.parametrize(
    "text, kept",
    [
        ("im 13", "13"),
        ("im 14 lol", "14"),
        ("15yo", "15yo"),
        ("13f", "13f"),
        ("im14yo", "im14yo"),
        ("call me at 5", "5"),
        ("ps5 and mp3", "ps5 and mp3"),
        ("jake2009", "jake2009"),
        ("year 9", "year 9"),
        ("@jake_99", "@jake_99"),
        ("$50", "$50"),
    ],
)
def test_real_numbers_are_kept(text, kept):
    assert kept in norm(text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("add me on d i s c o r d", "discord"),
        ("s n a p c h a t", "snapchat"),
        ("s.n.a.p", "snap"),
        ("d-i-s-c-o-r-d", "discord"),
        ("t_e_l_e_g_r_a_m", "telegram"),
        ("add me on k i k", "kik"),
        ("a/s/l", "asl"),
    ],
)
def test_spaced_and_separated_letters_are_joined(text, word):
    assert word in norm(text)


def test_ordinary_single_letter_words_stay_apart():
    assert norm("u r a star") == "you are a star"
    assert norm("i c u") == "i c you"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("heyyyyy", "hey"),
        ("soooo cute", "so cute"),
        ("sooo cuteee", "so cute"),
        ("pleeeease", "please"),
        ("reallyyy", "really"),
        ("cool good all", "cool good all"),  # real double letters survive
        ("yesssss", "yes"),
    ],
)
def test_stretched_letters(text, expected):
    assert norm(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ѕnарсhаt", "snapchat"),  # Cyrillic look-alikes
        ("nο οne cαn knοw", "no one can know"),  # Greek look-alikes
        ("ｓｅｃｒｅｔ", "secret"),  # fullwidth
        ("𝓼𝓮𝓬𝓻𝓮𝓽", "secret"),  # mathematical script
        ("𝐬𝐞𝐜𝐫𝐞𝐭", "secret"),  # mathematical bold
        ("ᴀʀᴇ ʏᴏᴜ ᴀʟᴏɴᴇ", "are you alone"),  # small capitals
        ("Café naïve", "cafe naive"),  # accents
        ("ⓢⓔⓒⓡⓔⓣ", "secret"),  # circled letters
    ],
)
def test_homoglyphs(text, expected):
    assert norm(text) == expected


def test_zero_width_and_format_characters_are_removed():
    hidden = "se\u200bcr\u200cet d\u200do\u2060nt t\ufeffell"
    assert norm(hidden) == "secret dont tell"
    # the evidence still shows the characters as written
    assert original_of(hidden, "secret") == "se\u200bcr\u200cet"


def test_emoji_are_kept_and_a_few_get_words():
    text = "👀 dont tell 🤫 here's a 🎁"
    value = norm(text)
    assert "👀" in value
    assert " shh " in value and " gift " in value
    n = normalize(text)
    i = value.index("shh")
    assert n.original_slice(i, i + 3) == "🤫"


@pytest.mark.parametrize(
    "text, app",
    [
        ("add me on sn@p", "snapchat"),
        ("whats ur snap", "snapchat"),
        ("add me on sc", "snapchat"),
        ("my insta is", "instagram"),
        ("what's ur ig", "instagram"),
        ("hmu on tele", "telegram"),
        ("do u have wa", "whatsapp"),
        ("whats app me", "whatsapp"),
        ("add me on kik", "kik"),
        ("d1sc0rd", "discord"),
        ("dis cord", "discord"),
        ("snap chat", "snapchat"),
        ("add me on the gram", "instagram"),
    ],
)
def test_app_name_dodges(text, app):
    assert app in norm(text)


@pytest.mark.parametrize("text", ["ig that works", "i'll sc the stream later maybe", "oh snap lol"])
def test_ambiguous_short_app_names_need_context(text):
    value = norm(text)
    assert "instagram" not in value and "snapchat" not in value


@pytest.mark.parametrize(
    "text, expected",
    [
        ("im fifteen", "im 15"),
        ("just turned fourteen", "just turned 14"),
        ("im twelve", "im 12"),
        ("twenty one", "21"),
        ("call four one six five five five", "call 416555"),
        ("no one will know", "no one will know"),  # "one" alone stays a word
        ("just the two of us", "just the two of us"),  # small numbers without an age cue stay
    ],
)
def test_number_words(text, expected):
    assert norm(text) == expected


def test_slang_is_spelled_out():
    assert norm("u r so cute, dont tell ur mum pls") == "you are so cute, dont tell your mom please"
    assert norm("I'm here, don't worry") == "im here, dont worry"


@pytest.mark.parametrize(
    "text, word, original",
    [
        ("Heyyyy u r sooooo CUTE 😍", "cute", "CUTE"),
        ("add me on sn@p pls", "snapchat", "sn@p"),
        ("lets go to d i s c o r d", "discord", "d i s c o r d"),
        ("ѕесrеt", "secret", "ѕесrеt"),
        ("im fifteen btw", "15", "fifteen"),
        ("u r cute", "you are", "u r"),
    ],
)
def test_spans_map_back_to_the_original(text, word, original):
    assert original_of(text, word) == original


def test_whole_text_maps_to_whole_original():
    text = "Heyyyy ѕnар me @ d1sc0rd 🤫 pls"
    n = normalize(text)
    assert n.span_to_original(0, len(n.text)) == (0, len(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab ur u2 one fifteen insta gram discord kik ' 0134@$!é🤫.-"), max_size=40))
def test_words_are_the_words_of_the_normalised_text(text):
    # Normalisation hands over the words it found; they must be those of its final text.
    n = normalize(text)
    assert n.words == frozenset(re.findall(r"[a-z0-9]+", n.text))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_any_span_maps_inside_the_original(text):
    n = normalize(text)
    for i in range(0, len(n.text) + 1, 3):
        for j in range(i, len(n.text) + 1, 4):
            a, b = n.span_to_original(i, j)
            assert 0 <= a <= b <= len(text)


@pytest.mark.parametrize(
    "text, ages",
    [
        ("im 13", [13]),
        ("i'm 15 yo", [15]),
        ("13f", [13]),
        ("f14 here", [14]),
        ("just turned fourteen", [14]),
        ("I'm actually 24", [24]),
        ("im only twelve", [12]),
        ("14 here, wbu?", [14]),
        ("age: 16", [16]),
        ("im 15 and you?", [15]),
    ],
)
def test_stated_ages(text, ages):
    assert extract_stated_ages(text) == ages


@pytest.mark.parametrize(
    "text",
    [
        "are u 13?",
        "how old r u",
        "my sister is 13 years old",
        "im 5 mins away",
        "im 20 minutes late sorry",
        "i have 3 kids",
        "im 100% sure",
        "he just turned 14",
        "my brother is 15",
        "the game is 12 years old",
    ],
)
def test_not_stated_ages(text):
    assert extract_stated_ages(text) == []


@pytest.mark.parametrize(
    "text", ["how old r u", "hw old are you?", "asl", "a/s/l?", "age?", "r u 13?", "u 14?", "what grade are u in",
             "are you a minor", "whats ur age"],
)
def test_asks_age(text):
    assert asks_age(text)


@pytest.mark.parametrize(
    "text", ["im 13", "how old is your brother", "how old were you when you moved", "age is just a number",
             "i'm 14 btw", "how old is the house"],
)
def test_does_not_ask_age(text):
    assert not asks_age(text)
