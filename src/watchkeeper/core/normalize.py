"""Text normalisation that defeats filter dodging, with a map back to the original.

`normalize(text)` returns a `Normalized`: lowercase text in which leetspeak,
s p a c e d or s.e.p.a.r.a.t.e.d letters, stretched letters, homoglyphs,
invisible characters, chat slang, disguised app names and number words have
been folded to one plain spelling, so the pattern tables only need to know
that spelling. Every step records what it replaced, so a span found in the
normalised text maps back to the exact span of the original text: evidence
shown to people is always what was actually written.

Also here: `extract_stated_ages` (self-stated ages such as "im 13", "14f",
"just turned fourteen") and `asks_age` (a question about the other's age),
which the conversation layer uses for age context.

Steps run in this order, each a single regex substitution that only calls
Python code where it matches, so plain messages pass through quickly:

1. non-ASCII characters: NFKC, a confusables table (Cyrillic/Greek/small
   caps look-alikes), accents stripped, invisible format characters removed,
   a few meaningful emoji given a word ("🤫" -> " shh "), others kept;
2. lowercase; apostrophes inside words dropped ("don't" -> "dont");
3. spaced or separated single letters joined ("s n a p", "d-i-s-c-o-r-d");
4. leetspeak inside words ("d1sc0rd", "sn@p"), never in numbers ("13", "15yo");
5. runs of three or more equal letters shortened to two ("heyyyy" -> "heyy");
6. slang, stretched short words and app names to one spelling
   ("u" -> "you", "ur" -> "your", "soo" -> "so", "insta" -> "instagram");
7. number words to digits where they carry a number ("fifteen" -> "15",
   "four one six" -> "416", "im twelve" -> "im 12").
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import lru_cache

__all__ = [
    "APP_NAMES",
    "ASKS_AGE_ALTERNATIVES",
    "ASKS_AGE_PATTERN",
    "Normalized",
    "asks_age",
    "extract_stated_ages",
    "normalize",
]

# An edit: source span [start, end) of a step's input replaced by `length` chars.
Edit = tuple[int, int, int]


class Normalized:
    """Normalised text plus the edits that map its positions back to the original."""

    __slots__ = ("_index", "_steps", "_words", "original", "text")

    def __init__(self, original: str, text: str, steps: list[list[Edit]], words: frozenset[str] | None = None):
        self.original = original
        self.text = text
        self._steps = steps  # non-empty edit lists, in the order they were applied
        self._index: list[tuple[list[int], list[int], list[int], list[int]]] | None = None
        self._words = words  # the tokens of `text`, when the caller has them already

    @property
    def words(self) -> frozenset[str]:
        """The [a-z0-9]+ tokens of the normalised text: a cheap necessary condition
        for regexes whose every match contains a whole word from a known list."""
        if self._words is None:
            self._words = frozenset(_tokens(self.text))
        return self._words

    def __repr__(self) -> str:
        return f"Normalized({self.text!r})"

    def _build_index(self) -> list[tuple[list[int], list[int], list[int], list[int]]]:
        index = []
        for edits in self._steps:
            src_ends, dst_starts, dst_ends, delta = [], [], [], 0
            for start, end, length in edits:
                dst_start = start + delta
                dst_starts.append(dst_start)
                dst_ends.append(dst_start + length)
                src_ends.append(end)
                delta += length - (end - start)
            index.append(([e[0] for e in edits], src_ends, dst_starts, dst_ends))
        return index

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the span [start, end) of `text` to the matching span of `original`.

        A span that covers part of a replacement widens to the whole replaced
        original text; characters deleted at the edges (invisible ones) are left out.
        """
        if not self._steps:
            return start, end
        if self._index is None:
            self._index = self._build_index()
        for src_starts, src_ends, dst_starts, dst_ends in reversed(self._index):
            # Start: the last edit beginning at or before it.
            k = bisect_right(dst_starts, start) - 1
            if k >= 0:
                start = src_starts[k] if start < dst_ends[k] else src_ends[k] + start - dst_ends[k]
            # End (exclusive): the last edit beginning strictly before it.
            k = bisect_left(dst_starts, end) - 1
            if k >= 0:
                end = src_ends[k] if end <= dst_ends[k] else src_ends[k] + end - dst_ends[k]
        return start, max(start, end)

    def original_slice(self, start: int, end: int) -> str:
        """The original text behind the normalised span [start, end)."""
        a, b = self.span_to_original(start, end)
        return self.original[a:b]


def _substitute(
    regex: re.Pattern[str], replace: Callable[[re.Match[str]], str | None], text: str, steps: list
) -> str:
    """Apply `replace` to every match (None = keep) and record the edits made."""
    edits: list[Edit] = []

    whole_match = "w" not in regex.groupindex

    def callback(match: re.Match[str]) -> str:
        found = match.group()
        if whole_match:
            new = replace(match)
            if new is None or new == found:
                return found
            edits.append((match.start(), match.end(), len(new)))
            return new
        # Only the group named "w" is replaced; the rest of the match is context.
        start, end = match.span("w")
        new = replace(match)
        if new is None or new == match.group("w"):
            return found
        edits.append((start, end, len(new)))
        offset = match.start()
        return found[: start - offset] + new + found[end - offset :]

    result = regex.sub(callback, text)
    if edits:
        steps.append(edits)
    return result


# ---- 1. non-ASCII characters -------------------------------------------------

# Look-alikes that NFKC leaves alone. Lowercase keys; uppercase input is lowered first.
_CONFUSABLES = {
    # Cyrillic
    "а": "a", "б": "b", "в": "b", "г": "r", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "3", "и": "u", "й": "u", "к": "k", "л": "l", "м": "m", "н": "h", "о": "o",
    "п": "n", "р": "p", "с": "c", "т": "t", "у": "y", "ф": "f", "х": "x", "ц": "u",
    "ч": "4", "ш": "w", "щ": "w", "ъ": "b", "ы": "bl", "ь": "b", "э": "e", "ю": "io",
    "я": "r", "є": "e", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d", "ԛ": "q",
    "ԝ": "w", "һ": "h", "ӏ": "l", "ү": "y", "ң": "h", "қ": "k", "ҝ": "k", "ɡ": "g",
    # Greek
    "α": "a", "β": "b", "γ": "y", "δ": "d", "ε": "e", "ζ": "z", "η": "n", "θ": "o",
    "ι": "i", "κ": "k", "λ": "l", "μ": "u", "ν": "v", "ξ": "e", "ο": "o", "π": "n",
    "ρ": "p", "σ": "o", "ς": "s", "τ": "t", "υ": "u", "φ": "f", "χ": "x", "ψ": "y",
    "ω": "w",
    # Latin small capitals and other look-alikes
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ғ": "f", "ɢ": "g", "ʜ": "h",
    "ɪ": "i", "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p",
    "ǫ": "q", "ʀ": "r", "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y",
    "ᴢ": "z", "ı": "i", "ȷ": "j", "ℓ": "l", "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o",
    "đ": "d", "ħ": "h", "ł": "l", "ŧ": "t", "ɑ": "a", "ɩ": "i", "ʋ": "u",
    # Punctuation look-alikes
    "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u02bc": "'", "\u00b4": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u00b7": ".", "\u2022": ".", "\u2024": ".", "\u2027": ".",
}  # fmt: skip

# Emoji that carry a warning-sign meaning get a word (kept visible in the evidence
# because the span maps back to the emoji itself). Other emoji stay as tokens.
EMOJI_WORDS = {
    "🤫": " shh ", "🤐": " shh ", "🎁": " gift ", "💰": " money ", "💵": " money ",
    "💸": " money ", "🤑": " money ", "📸": " pic ", "📷": " pic ", "🤳": " selfie ",
    "📹": " video ", "🎥": " video ", "🔞": " adult ", "📍": " location ",
    "🏠": " home ", "🏡": " home ", "🚌": " bus ", "🚆": " train ", "✈": " flight ",
    "🛂": " passport ",
}  # fmt: skip

# Invisible characters outside the Unicode "format" category.
_INVISIBLE = frozenset("\u034f\u115f\u1160\u17b4\u17b5\u180e\u3164\uffa0\u2800")


@lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    """One non-ASCII character to its plain lowercase form ('' for invisible)."""
    if char in EMOJI_WORDS:
        return EMOJI_WORDS[char]
    if char in _INVISIBLE:
        return ""
    category = unicodedata.category(char)
    if category == "Cf" or category == "Mn" or category == "Me":
        return ""  # zero-width joiners, bidi marks, variation selectors, stray accents
    if category == "Sk" and 0x1F3FB <= ord(char) <= 0x1F3FF:
        return ""  # skin-tone modifiers
    if 0x1F1E6 <= ord(char) <= 0x1F1FF:
        return chr(ord("a") + ord(char) - 0x1F1E6)  # regional indicators spell letters
    lowered = char.lower()
    if lowered in _CONFUSABLES:
        return _CONFUSABLES[lowered]
    compat = unicodedata.normalize("NFKC", lowered)
    if compat != lowered:
        return "".join(c if c.isascii() else _fold_char(c) for c in compat).lower()
    if category.startswith("Z"):
        return " "
    decomposed = unicodedata.normalize("NFKD", lowered)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    if stripped and stripped != lowered and stripped.isascii():
        return stripped.lower()
    return lowered


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _fold_match(match: re.Match[str]) -> str:
    return _fold_char(match.group())


# ---- 2. apostrophes inside words ---------------------------------------------

_INNER_APOSTROPHE = re.compile(r"'(?<=[a-z]')(?=[a-z])")


# ---- 3. spaced and separated letters ----------------------------------------

# Three or more single characters separated by the same kind of filler.
_SPACED = re.compile(
    r"(?<![a-z0-9@$'])[a-z0-9@$](?:[ \t.\-_*/|+~:]{1,3}[a-z0-9@$]){2,}(?![a-z0-9@$'])"
)
# Three-letter words worth joining; longer runs are always joined.
_JOIN_THREE = frozenset(
    ["kik", "asl", "sex", "age", "pic", "vid", "dms", "cam", "mom", "mum", "dad", "sms", "nan", "old", "pix", "bra"]
)


def _join_spaced(match: re.Match[str]) -> str | None:
    chars = "".join(c for c in match.group() if c.isalnum() or c in "@$")
    if len(chars) >= 4 or chars in _JOIN_THREE:
        return chars
    return None


# ---- 4. leetspeak ------------------------------------------------------------

_LEET = {"0": "o", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i",
         "|": "l", "+": "t", "1": "i"}  # fmt: skip
_LEET_CHARS = "".join(re.escape(c) for c in _LEET)
# A token with at least one letter and at least one leet character.
_LEET_TOKEN = re.compile(rf"[a-z0-9{_LEET_CHARS}]*[a-z][a-z0-9{_LEET_CHARS}]*")
_LEET_RUN = re.compile(rf"[0-9{_LEET_CHARS}]+")
# Letters after a number that make it a quantity or an age ("14yo", "im14f").
_UNIT_SUFFIX = re.compile(
    r"(?:yo|y|yr|yrs|years?|f|m|th|st|nd|rd|s|k|am|pm|h|hr|hrs|min|mins|x|cm|km|mi|kg|lb|lbs|ft|in|p|gb|mb|v|w)$"
)
_VOWELS = frozenset("aeiou")
_AGE_SUFFIXES = frozenset(("yo", "y", "yr", "yrs", "year", "years"))


def _is_quantity(digits: str, suffix: str) -> bool:
    """ "14" in "im14yo" or "5" in "5ft": a number with its unit, not leetspeak."""
    return suffix in _AGE_SUFFIXES or (len(digits) >= 2 and _UNIT_SUFFIX.match(suffix) is not None)


def _unleet(match: re.Match[str]) -> str | None:
    token = match.group()
    if token.isalpha():
        return None
    chars = list(token)
    changed = False
    for run in _LEET_RUN.finditer(token):
        a, b = run.span()
        left = token[a - 1] if a > 0 else ""
        right = token[b] if b < len(token) else ""
        run_text = run.group()
        if left.isalpha() and right.isalpha():
            if len(run_text) > 3 or (run_text.isdigit() and _is_quantity(run_text, token[b:])):
                continue
        elif left.isalpha() and not right:
            # Trailing: "hell0", "sn@p$", "h3ll0"; never "grade7", "ps5", "mp3", "im14".
            trailing_ok = run_text in "0@$" or (run_text == "3" and b - a < len(token) - 1 and
                                                _LEET_RUN.search(token, 0, a) is not None)
            if len(run_text) != 1 or not trailing_ok or sum(c.isalpha() for c in token[:a]) < 2:
                continue
        elif right.isalpha() and not left:
            # "$nap", "0ld"; a leading "@" is a handle, other digits a number ("2day", "4u")
            if not (run_text == "$" or (run_text == "0" and token[b:].isalpha() and len(token) - b >= 2)):
                continue
        else:
            continue
        for i in range(a, b):
            c = token[i]
            if c == "1":
                previous = chars[i - 1] if i > 0 else ""
                chars[i] = "l" if previous in _VOWELS or previous == "l" else "i"
            else:
                chars[i] = _LEET.get(c, c)
            changed = True
    return "".join(chars) if changed else None


# ---- 5. stretched letters ----------------------------------------------------

_STRETCHED = re.compile(r"([a-z])\1{2,}")


# Letters that rarely end an English word doubled: a stretched word-final run of
# one of these is one letter ("heyyy", "reallyyy", "omggg"); others keep two
# ("alll" -> "all", "misss" -> "miss"; "sooo" -> "soo" -> "so" via the slang table).
_SINGLE_AT_END = frozenset("aiuyhwkmnrtdgpbcjqvxz")


def _shorten(match: re.Match[str]) -> str:
    letter = match.group(1)
    end = match.end()
    at_word_end = end == len(match.string) or not match.string[end].isalpha()
    return letter if at_word_end and letter in _SINGLE_AT_END else letter * 2


# ---- 6. slang, stretched short words, app names --------------------------------

# Canonical app names: patterns only need to know these spellings.
APP_NAMES = (
    "snapchat", "instagram", "telegram", "whatsapp", "kik", "discord", "signal", "wickr",
    "skype", "facetime", "viber", "wechat", "threema", "imessage", "tiktok", "twitter",
    "messenger", "facebook", "omegle", "session", "line", "zoom", "steam", "xbox", "psn",
    "roblox", "minecraft", "fortnite", "twitch", "youtube", "reddit", "tinder", "hangouts",
)  # fmt: skip

# Spellings that are always an app name, compact form (separators removed) -> canonical.
_APP_ALIASES = {
    "snapchat": "snapchat", "snapchats": "snapchat", "snapchatt": "snapchat",
    "snpchat": "snapchat", "snapchap": "snapchat", "snapcht": "snapchat",
    "instagram": "instagram", "insta": "instagram", "instgram": "instagram",
    "instagramm": "instagram", "insta gram": "instagram",
    "telegram": "telegram", "telegramm": "telegram", "telgram": "telegram",
    "whatsapp": "whatsapp", "whatsap": "whatsapp", "whatapp": "whatsapp",
    "watsapp": "whatsapp", "watsap": "whatsapp", "whatssapp": "whatsapp", "whats app": "whatsapp",
    "kik": "kik", "discord": "discord", "discrod": "discord", "dicord": "discord",
    "discordd": "discord", "dis cord": "discord", "disc ord": "discord",
    "snap chat": "snapchat", "tele gram": "telegram", "face time": "facetime",
    "skype": "skype", "facetime": "facetime", "wickr": "wickr", "viber": "viber",
    "wechat": "wechat", "imessage": "imessage", "tiktok": "tiktok", "tik tok": "tiktok",
    "the gram": "instagram",
}  # fmt: skip

# Short or ambiguous spellings that are an app name only after words like "on",
# "my", "your", "add": "add me on sc" but not "ig that works" ("i guess").
_CONTEXT_APP_ALIASES = {
    "snap": "snapchat", "sc": "snapchat", "snp": "snapchat", "ig": "instagram",
    "insta": "instagram", "gram": "instagram", "tele": "telegram", "tg": "telegram",
    "wa": "whatsapp", "whats": "whatsapp", "dc": "discord", "fb": "facebook", "tt": "tiktok",
}  # fmt: skip
_APP_CONTEXT = ("on", "my", "your", "via", "add", "use", "got", "have", "has", "through", "over",
                "to", "in")  # fmt: skip

# Slang and stretched short words -> plain spelling. Keys are whole tokens.
_SLANG = {
    "u": "you", "ya": "you", "yu": "you", "yuo": "you", "youu": "you", "chu": "you",
    "ur": "your", "yur": "your", "yor": "your", "urs": "yours",
    "r": "are", "pls": "please", "plz": "please", "plss": "please", "plox": "please",
    "rn": "right now", "atm": "right now", "bc": "because", "cuz": "because",
    "coz": "because", "cos": "because", "bcuz": "because", "bcoz": "because",
    "wanna": "want to", "gonna": "going to", "gotta": "got to", "lemme": "let me",
    "gimme": "give me", "dunno": "dont know", "tryna": "trying to", "finna": "going to",
    "hmu": "hit me up", "ily": "i love you", "ilysm": "i love you so much", "ilu": "i love you",
    "luv": "love", "lov": "love", "wat": "what", "wut": "what", "wht": "what", "wot": "what",
    "wats": "whats", "wuts": "whats", "whatcha": "what are you", "watcha": "what are you",
    "whatchu": "what are you", "wyd": "what are you doing", "wbu": "what about you",
    "hbu": "how about you", "hru": "how are you", "wru": "where are you",
    "2nite": "tonight", "2night": "tonight", "tonite": "tonight", "2day": "today",
    "2moro": "tomorrow", "2morrow": "tomorrow", "tmrw": "tomorrow", "tmr": "tomorrow",
    "tmrrw": "tomorrow", "tomoro": "tomorrow", "tommorow": "tomorrow", "tomorow": "tomorrow",
    "l8r": "later", "l8": "late", "b4": "before", "gr8": "great", "w8": "wait", "m8": "mate",
    "ppl": "people", "msg": "message", "msgs": "messages", "txt": "text", "txts": "texts",
    "abt": "about", "bout": "about", "sum1": "someone", "some1": "someone", "any1": "anyone",
    "ne1": "anyone", "no1": "no one", "noone": "no one", "every1": "everyone",
    "nobdy": "nobody", "bday": "birthday", "bf": "boyfriend", "gf": "girlfriend",
    "bby": "baby", "babyy": "baby", "gurl": "girl", "grl": "girl", "pix": "pics",
    "vid": "video", "vids": "videos", "addy": "address", "adress": "address",
    "mum": "mom", "mommy": "mom", "mummy": "mom", "momma": "mom", "mama": "mom",
    "rents": "parents", "parentz": "parents", "irl": "in real life",
    "soo": "so", "noo": "no", "hii": "hi", "heyy": "hey", "yess": "yes", "mee": "me",
    "plzz": "please", "pleasee": "please", "pleease": "please", "cutee": "cute",
    "prettyy": "pretty", "lovee": "love", "secrett": "secret",
    "thx": "thanks", "ty": "thank you", "k": "ok", "kk": "ok", "okk": "ok", "okie": "ok",
    "n": "and", "nd": "and", "dnt": "dont", "aint": "is not", "ima": "im going to",
    "imma": "im going to", "iam": "i am", "sry": "sorry", "srry": "sorry", "da": "the",
    "teh": "the", "dat": "that", "dis": "this", "dem": "them", "vc": "video call",
    "w": "with", "wit": "with", "ull": "you will", "youll": "you will", "ud": "you would",
    "youd": "you would", "uve": "you have", "youve": "you have", "rly": "really",
    "smth": "something", "sth": "something", "pfp": "profile pic", "fone": "phone",
    "num": "number", "cus": "because", "frm": "from", "yrself": "yourself",
    "urself": "yourself", "ru": "are you", "thru": "through",
}  # fmt: skip


_SLANG_MAP = {k: v for k, v in _SLANG.items() if k != v}
_SINGLE_ALIASES = {k: v for k, v in _APP_ALIASES.items() if " " not in k}
_WORD_MAP = {**_SLANG_MAP, **_SINGLE_ALIASES}
_WORD_MAP_KEYS = frozenset(_WORD_MAP)
_CONTEXT_APP_KEYS = frozenset(_CONTEXT_APP_ALIASES)
_MULTI_ALIASES = {k: v for k, v in _APP_ALIASES.items() if " " in k}
_MULTI_FIRST = frozenset(k.split()[0] for k in _MULTI_ALIASES)
_MULTI_SECOND = frozenset(k.split()[1] for k in _MULTI_ALIASES)
_MULTI_RE = re.compile(
    r"\b(?:" + "|".join(k.replace(" ", r"[\s.\-_]*") for k in _MULTI_ALIASES) + r")\b"
)
_SEPARATORS = re.compile(r"[\s.\-_]+")
_CONTEXT_APP_RE = re.compile(
    rf"\b(?:{'|'.join(_APP_CONTEXT)})\s+(?P<w>{'|'.join(sorted(_CONTEXT_APP_ALIASES, key=len, reverse=True))})\b"
)


@lru_cache(maxsize=4096)
def _word_map_regex(keys: frozenset[str]) -> re.Pattern[str]:
    """A regex for just the slang words present in a message (few, and repetitive)."""
    return re.compile(r"\b(?:" + "|".join(sorted(keys, key=len, reverse=True)) + r")\b")


def _map_word(match: re.Match[str]) -> str | None:
    return _WORD_MAP.get(match.group())


def _map_multi(match: re.Match[str]) -> str | None:
    return _MULTI_ALIASES.get(_SEPARATORS.sub(" ", match.group()))


def _map_context_app(match: re.Match[str]) -> str | None:
    return _CONTEXT_APP_ALIASES.get(match.group("w"))


# ---- 7. number words ---------------------------------------------------------

_UNITS = {"zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9}  # fmt: skip
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
          "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
          "fourteeen": 14, "fiveteen": 15, "fithteen": 15, "eightteen": 18}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
         "seventy": 70, "eighty": 80, "ninety": 90}  # fmt: skip
_NUMBER_WORDS = frozenset({*_UNITS, *_TEENS, *_TENS} - {"oh"})
_NUMBER_WORD = "|".join(sorted({*_UNITS, *_TEENS, *_TENS} - {"oh"}, key=len, reverse=True))
_NUMBER_RUN = re.compile(
    rf"(?<![a-z0-9])(?:{_NUMBER_WORD})(?:[\s\-]+(?:{_NUMBER_WORD}|oh))*(?![a-z0-9])"
)
# Small numbers ("one".."twelve") alone become digits only where they state an age.
_AGE_CUE_BEFORE = re.compile(
    r"(?:\bim|\bi am|\bturned|\bturning|\bage|\baged|\bbe|\bare you)\s+"
    r"(?:only\s+|just\s+|like\s+|barely\s+|almost\s+)?$"
)
_AGE_CUE_AFTER = re.compile(r"\s*(?:years?|yrs?|yo|y/o)\b")


def _number_words(match: re.Match[str]) -> str | None:
    words = re.split(r"[\s\-]+", match.group())
    if len(words) >= 3 and all(w in _UNITS for w in words):
        return "".join(str(_UNITS[w]) for w in words)  # digits read out: "four one six"
    numbers: list[int] = []
    pending_tens: int | None = None
    for word in words:
        if word in _TENS:
            if pending_tens is not None:
                numbers.append(pending_tens)
            pending_tens = _TENS[word]
            continue
        value = _UNITS.get(word, _TEENS.get(word))
        if value is None:
            return None
        if pending_tens is not None and 0 < value < 10:
            numbers.append(pending_tens + value)
        else:
            if pending_tens is not None:
                numbers.append(pending_tens)
            numbers.append(value)
        pending_tens = None
    if pending_tens is not None:
        numbers.append(pending_tens)
    if len(words) == 1 and words[0] == "one":
        return None  # "no one", "the one", "one day"
    if len(numbers) == 1 and numbers[0] <= 12 and len(words) == 1:
        before = match.string[max(0, match.start() - 12) : match.start()]
        after = match.string[match.end() : match.end() + 8]
        if not (_AGE_CUE_BEFORE.search(before) or _AGE_CUE_AFTER.match(after)):
            return None
    return " ".join(str(n) for n in numbers)


# ---- the pipeline ------------------------------------------------------------


_WORD = re.compile(r"[a-z0-9]+")
# Bytes that are not [a-z0-9] to spaces (bytes: str.translate looks each character up in a dict).
_NON_WORD_BYTES_TO_SPACE = bytes(
    b if chr(b) in "abcdefghijklmnopqrstuvwxyz0123456789" else 32 for b in range(256)
)


def _tokens(text: str) -> list[str]:
    """`_WORD.findall(text)`. For ASCII text (most chat) splitting on everything else
    is cheaper: findall costs a regex match per token."""
    if text.isascii():
        return text.encode().translate(_NON_WORD_BYTES_TO_SPACE).decode().split()
    return _WORD.findall(text)


_ANY_TRIPLE = re.compile(r"(.)\1\1")
_LEET_SET = frozenset(_LEET)
# Where `_unleet` can change a token: leet characters between letters ("d1sc0rd"),
# one of "0@$3" ending a word after a letter ("hell0"), "$" or "0" starting one
# before a letter ("$nap"). A "!" after a word ("hey!!") is none of these, and
# it is the common case: the leet pass would call Python code for every word.
_LEET_CHANGE_POSSIBLE = re.compile(
    rf"[a-z][0-9{_LEET_CHARS}]+[a-z]"
    rf"|[a-z][03@$](?![a-z0-9{_LEET_CHARS}])"
    rf"|(?<![a-z0-9{_LEET_CHARS}])[0$][a-z]"
)
_ALL_WORDS_MAP_RE = _word_map_regex(_WORD_MAP_KEYS)  # every slang word (prefilter=False)


def _folds_to_itself(text: str) -> bool:
    """Whether step 1 would leave `text` as it is: most non-ASCII in chat is emoji
    that are kept, and checking is cheaper than the substitution's callbacks."""
    return all(_fold_char(char) == char for char in _NON_ASCII.findall(text))


def _normalize(text: str, prefilter: bool = True) -> Normalized:
    """`prefilter=False` runs every step whatever the cheap tests before them say:
    slower, used by tests to check that those tests never skip a change."""
    steps: list[list[Edit]] = []
    value = text
    if not prefilter or not (value.isascii() or _folds_to_itself(value)):
        value = _substitute(_NON_ASCII, _fold_match, value, steps)
    lowered = value.lower()
    if len(lowered) == len(value):
        value = lowered
    else:  # a character whose lowercase is longer: lower one by one, recorded
        value = _substitute(_NON_ASCII, lambda m: m.group().lower(), value, steps)
        value = value.lower()
    # Cheap checks first, so a plain message runs few regexes.
    if not prefilter or "'" in value:
        value = _substitute(_INNER_APOSTROPHE, lambda m: "", value, steps)
    tokens = _tokens(value)
    if not prefilter or list(map(len, tokens)).count(1) >= 3:
        value = _substitute(_SPACED, _join_spaced, value, steps)
    if not prefilter or (not _LEET_SET.isdisjoint(value) and _LEET_CHANGE_POSSIBLE.search(value)):
        value = _substitute(_LEET_TOKEN, _unleet, value, steps)
    if not prefilter or _ANY_TRIPLE.search(value):
        value = _substitute(_STRETCHED, _shorten, value, steps)
    # The tokens of `value` as it is now: kept for Normalized.words unless a later step edits it.
    words = frozenset(_tokens(value)) if steps else frozenset(tokens)
    if not prefilter or (not words.isdisjoint(_MULTI_FIRST) and not words.isdisjoint(_MULTI_SECOND)):
        value = _substitute(_MULTI_RE, _map_multi, value, steps)
        words = frozenset(_tokens(value))
    hits = words & _WORD_MAP_KEYS
    if not prefilter or hits:
        slang = _word_map_regex(hits) if prefilter else _ALL_WORDS_MAP_RE
        value = _substitute(slang, _map_word, value, steps)
        words = frozenset(_tokens(value))
    edited = len(steps)
    if not prefilter or not words.isdisjoint(_CONTEXT_APP_KEYS):
        value = _substitute(_CONTEXT_APP_RE, _map_context_app, value, steps)
    if not prefilter or not words.isdisjoint(_NUMBER_WORDS):
        value = _substitute(_NUMBER_RUN, _number_words, value, steps)
    return Normalized(text, value, steps, words if len(steps) == edited else None)


@lru_cache(maxsize=16384)
def normalize(text: str) -> Normalized:
    """Normalise `text` (cached: copy-pasted openers are normalised once)."""
    return _normalize(text)


# ---- ages ----------------------------------------------------------------------

# After the number: what makes it a quantity, a time or a rank rather than an age.
_NOT_AGE_AFTER = (
    r"(?!\d|[.,:/\-]\d|\s*(?:%|'|\"|\+\d|x\b|k\b|th\b|st\b|nd\b|rd\b|am\b|pm\b|"
    r"mins?\b|minutes?|hours?|hrs?\b|h\b|secs?\b|seconds?|days?\b|weeks?|months?|"
    r"years? (?:ago|late|behind|now|in)|km|mi\b|miles|m away|ft\b|foot|feet|inch|cm\b|kg\b|lbs?\b|"
    r"pounds|dollars|bucks|euros|cents|quid|times|percent|points|pts|level|lvl|"
    r"of\b|out of|in line|people|more|less|min away|floors?|stories|kids|children|"
    r"cats?|dogs?|books?|games?|hrs|items?|on\b))"
)
_FIRST_PERSON = r"(?:i am|im|i m|iam)"
_AGE_FILLER = (
    r"(?:(?:only|just|actually|really|like|about|almost|nearly|literally|currently|now|"
    r"turning|gonna be|going to be|barely|already|still|a|an|officially|finally)\s+){0,3}"
)
_STATED_AGE_RES = (
    # "im 13", "i am only 14", "im actually 24", "im 15 yo"
    re.compile(rf"\b{_FIRST_PERSON}\s+{_AGE_FILLER}(\d{{1,2}}){_NOT_AGE_AFTER}"),
    # "13 years old", "15yo", "14 y/o" (checked for who the subject is)
    re.compile(r"(?<![\d.])(\d{1,2})\s*(?:yo|y/o|y\.o\.?|yrs?(?: old)?|years? old|year old|yr old)\b"),
    # "13f", "14 m", "f14", "16/f", "m/15"
    re.compile(r"(?<![a-z0-9.])(\d{1,2})\s?/?\s?(?:f|m|male|female)(?![a-z0-9'])(?!\s+(?:away|from|tall|long|high|deep|wide|run|race))"),
    re.compile(r"(?<![a-z0-9])(?:f|m)\s?/?\s?(\d{1,2})(?![\d.:])"),
    # "just turned 14", "turning 15 next week", "ill be 16 in may"
    re.compile(rf"\b(?:turned|turning|ill be|i will be|im going to be|going to be|gonna be|i turn)\s+(\d{{1,2}}){_NOT_AGE_AFTER}"),
    # "age 13", "aged 14", "my age is 13", "age: 15"
    re.compile(rf"\b(?:age|aged|my age is|my age|ages?\s*[:=-])\s*[:=-]?\s*(\d{{1,2}}){_NOT_AGE_AFTER}"),
    # "14 here", "13 and you?", "15 hbu" (a reply to an age question)
    re.compile(r"^\W*(\d{1,2})\W*(?:here\b|and you\b|you\?|how about you|what about you)"),
)  # fmt: skip
# Per regex above, a short regex that every one of its matches contains, much cheaper
# to search for: each starts with a literal or a character class, which the regex
# engine scans for, while the age regexes (a look-behind or a \b first) are tried
# at every position. Most messages with a digit pass none of them.
_STATED_AGE_NEEDS = (
    re.compile(r"i ?a?m\s"),  # "i am", "im", "i m", "iam", then a space
    re.compile(r"\d\s*y"),  # "13 yo", "13y/o", "13yrs", "13 years old"
    re.compile(r"\d\s?/?\s?[fm]"),  # "13f", "14 / male"
    re.compile(r"[fm]\s?/?\s?\d"),  # "f14", "m/15"
    re.compile(r"(?:turned|turning|turn|be)\s+\d"),
    re.compile(r"age"),
    None,  # anchored at the start: the engine tries one position only
)
# The subject nearest before the number decides whose age it is.
_SUBJECT = re.compile(
    r"\b(?:(?P<self>i|im|i am|me|my age|myself)|"
    r"(?P<other>you|your|youre|yours|he|she|they|hes|shes|theyre|his|her|their|him|them|is|are|"
    r"was|were|who|whos|its|it is|sister|brother|bro|sis|son|daughter|kid|kids|cousin|friend|"
    r"mom|dad|niece|nephew|cat|dog|it|boyfriend|girlfriend|wife|husband|child|students?|class|"
    r"team|game|car|house|phone|baby|grandma|grandpa|puppy|kitten))\b"
)
_ANY_DIGIT = re.compile(r"\d")
_CLAUSE_BREAK = re.compile(r"[.!?;\n]|,\s|\band\b|\bbut\b")


def _is_self_statement(text: str, number_start: int) -> bool:
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, number_start)]
    clause = text[breaks[-1] if breaks else 0 : number_start]
    subjects = list(_SUBJECT.finditer(clause))
    return not subjects or subjects[-1].group("self") is not None


def extract_stated_ages(text: str) -> list[int]:
    """Ages the writer states for themself: "im 13", "i'm 15 yo", "13f",
    "just turned fourteen", "I'm actually 24". Not other people's ages, not
    questions ("are you 13?"), not quantities ("im 5 mins away")."""
    value = normalize(text).text
    if not _ANY_DIGIT.search(value):
        return []  # number words are digits by now: no digit, no age
    found: dict[int, int] = {}
    for index, (regex, needs) in enumerate(zip(_STATED_AGE_RES, _STATED_AGE_NEEDS)):
        if needs is not None and needs.search(value) is None:
            continue
        for match in regex.finditer(value):
            age = int(match.group(1))
            if not 5 <= age <= 99:
                continue
            if index > 0 and not _is_self_statement(value, match.start(1)):
                continue
            found.setdefault(match.start(1), age)
    return [found[k] for k in sorted(found)]


# A question about the other person's age, one alternative per phrasing (the
# age_probing patterns reuse them).
ASKS_AGE_ALTERNATIVES: tuple[str, ...] = (
    r"\b(?:how|hw)\s+(?:old|young)\s+(?:are\s+)?you\b(?!\s+(?:when|were|was)\b)",
    r"\bhow\s+old\s*\?+\W*$",
    r"\b(?:whats|what\s+is)\s+your\s+age\b",
    r"\bwhat\s+age\s+(?:are\s+)?you\b",
    r"\byour\s+age\s*\?",
    r"^\W*age\s*\?",
    r"\basl\b",
    r"\bage\s*(?:and|/|,)\s*(?:location|loc|sex|gender)\b",
    r"\bare\s+you\s+(?:even\s+|like\s+|only\s+|still\s+|over\s+|under\s+|older\s+than\s+|younger\s+than\s+)?(?:\d{1,2}|a\s+minor|underage|under\s+age|legal|old\s+enough|an?\s+(?:teen|teenager|kid|adult|minor))(?:\s*(?:yo|years?\s+old|yrs?))?\s*(?:\?|$|or\b|yet\b|right\b)",
    r"\b(?:you|youre|your)\s+(?:like\s+|only\s+)?\d{1,2}\s*(?:yo|years?\s+old)?\s*\?",
    r"\bwhat\s+(?:grade|year|yr|class)\s+(?:are\s+)?you\s+in\b",
    r"\bare\s+you\s+in\s+(?:middle|high|primary|elementary|secondary|junior\s+high)\s+school\b",
    r"\bwhat\s+year\s+(?:were|was)\s+you\s+born\b",
    r"\bwhen\s+were\s+you\s+born\b",
)
ASKS_AGE_PATTERN = "(?:" + "|".join(ASKS_AGE_ALTERNATIVES) + ")"
_ASKS_AGE_RE = re.compile(ASKS_AGE_PATTERN)


# The alternatives in groups, each with words one of which every match of the
# group contains: a group's regex runs only where one is in the text. Substring
# tests are cheap and most messages pass none; the alternatives (a \b first) try
# every position of the text.
_ASKS_AGE_GROUPS: tuple[tuple[tuple[str, ...], tuple[int, ...]], ...] = (
    (("old", "young"), (0, 1)),
    (("age",), (2, 3, 4, 5, 7)),
    (("asl",), (6,)),
    (("are",), (8, 11)),
    (("?",), (9,)),
    (("what",), (10,)),
    (("born",), (12, 13)),
)
_ASKS_AGE_GATED = tuple(
    (needed, re.compile("|".join(ASKS_AGE_ALTERNATIVES[i] for i in members)))
    for needed, members in _ASKS_AGE_GROUPS
)


def asks_age(text: str) -> bool:
    """Whether the message asks the other person's age ("how old r u", "asl",
    "are you 13?"), as opposed to stating one's own."""
    value = normalize(text).text
    for needed, regex in _ASKS_AGE_GATED:
        for word in needed:
            if word in value:
                if regex.search(value) is not None:
                    return True
                break  # the group's regex has run
    return False
