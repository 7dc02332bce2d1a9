"""Normalise a copy of a message into canonical tokens, remembering where each came from.

The clinician must see the texter's own words, so patterns run over the normalised copy and
every match is mapped back to a span of the original through the token offsets kept here.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate

from warmline.core.screening.textspeak import FUZZY_STEMS, TEXTSPEAK

# Emoji keyed on code points, never on names: the emoji library calls 🔫 a water pistol.
EMOJI: dict[str, str] = {
    "\U0001F48A": "emoji_pill",  # 💊
    "\U0001FAA2": "emoji_knot",  # 🪢
    "\U0001F52A": "emoji_knife",  # 🔪
    "\U0001F5E1": "emoji_knife",  # 🗡
    "\U0001FA78": "emoji_blood",  # 🩸
    "\u26B0": "emoji_coffin",  # ⚰
    "\U0001FAA6": "emoji_headstone",  # 🪦
    "\U0001F52B": "emoji_gun",  # 🔫
    "\U0001FA92": "emoji_razor",  # 🪒
    "\u2620": "emoji_skull_bones",  # ☠
    "\U0001F480": "emoji_skull",  # 💀 (mostly laughter)
    "\U0001F62D": "emoji_sob",  # 😭
    "\U0001F602": "emoji_laugh",  # 😂
    "\U0001F923": "emoji_laugh",  # 🤣
    "\U0001F606": "emoji_laugh",  # 😆
    "\U0001F639": "emoji_laugh",  # 😹
    "\U0001F44B": "emoji_wave",  # 👋
    "\U0001F635": "emoji_dizzy_face",  # 😵
    "\U0001F37A": "emoji_drink",  # 🍺
    "\U0001F377": "emoji_drink",  # 🍷
    "\U0001F943": "emoji_drink",  # 🥃
    "\U0001F309": "emoji_bridge",  # 🌉
    "\U0001F682": "emoji_train",  # 🚂
    "\U0001F686": "emoji_train",  # 🚆
    "\U0001F4A6": "emoji_splash",  # 💦 (a water pistol fight)
    "\U0001F4A7": "emoji_splash",  # 💧
}

_TOKEN = re.compile(
    r"[$@]?[^\W_]+(?:['’‘`´@$!|*][^\W_]+)*"
    r"|[.!?;:,\n()\[\]—–…]"
    r"|[" + "".join(EMOJI) + r"]"
)
_APOSTROPHES = str.maketrans("", "", "'’‘`´")
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i",
         "|": "l", "*": ""}
_REPEATS = re.compile(r"(.)\1{2,}")
_PUNCT = {".": ".", "!": ".", "?": ".", ";": ".", "…": ".", ",": ",", ":": ",", "\n": ",",
          "(": ",", ")": ",", "[": ",", "]": ",", "—": ",", "–": ","}
_PLUS_ONE = (1).__add__
# A word carries text-speak meaning "to" only after these ("wnt 2 die", not "took 2 pills").
_TO_AFTER = frozenset({"want", "wanna", "going", "have", "need", "trying", "about", "ready", "like",
                       "able", "used", "wish", "hope", "plan", "planning", "decided"})


class NormalisedText:
    """The canonical text patterns run on, and the way back to spans of the original.

    Original spans are computed only when asked for: most messages fire nothing, and for them
    the second tokenising pass is never needed.
    """

    __slots__ = ("text", "words", "norm_starts", "_original", "_owners", "_spans")

    def __init__(self, original: str, words: list[str], owners: list[int]) -> None:
        self.text = " ".join(words)
        self.words = words
        # Each word starts one space after the end of the one before.
        starts = list(accumulate(map(_PLUS_ONE, map(len, words)), initial=0))
        starts.pop()
        self.norm_starts = starts
        self._original = original
        self._owners = owners
        self._spans: list[tuple[int, int]] | None = None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text back to the original text."""
        if self._spans is None:
            self._spans = [match.span() for match in _TOKEN.finditer(self._original)]
        first = max(bisect_right(self.norm_starts, start) - 1, 0)
        last = max(bisect_right(self.norm_starts, max(end - 1, start)) - 1, 0)
        return self._spans[self._owners[first]][0], self._spans[self._owners[last]][1]


def _fold(word: str) -> str:
    # NFKD covers NFKC's compatibility forms (fullwidth ｋｉｌｌ) and splits off accents to drop.
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _fuzzy_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for stem in FUZZY_STEMS:
        index.setdefault(stem, stem)
        for variant in _deletions(stem):
            index.setdefault(variant, stem)
    return index


_FUZZY = _fuzzy_index()


def _fuzzy(word: str) -> str:
    """Snap a long word within one edit of a risk stem ("suicdal", "myslef") onto the stem."""
    if len(word) < 6 or not word.isalpha():
        return word
    if word in _FUZZY:
        return _FUZZY[word]
    for variant in _deletions(word):
        stem = _FUZZY.get(variant)
        if stem is not None and abs(len(stem) - len(word)) <= 1:
            return stem
    return word


def _unleet(word: str) -> str:
    if not any(ch in _LEET for ch in word) or sum(ch.isalpha() for ch in word) < 2:
        return word
    chars = list(word)
    out = []
    for i, ch in enumerate(chars):
        if ch in _LEET:
            before = i > 0 and chars[i - 1].isalpha()
            after = i + 1 < len(chars) and chars[i + 1].isalpha()
            # Only between letters (k1ll, su1c1de) or a leading $/@ ($uicide): "800mg" stays.
            if (before and after) or (i == 0 and ch in "$@" and after):
                out.append(_LEET[ch])
                continue
        out.append(ch)
    return "".join(out)


@lru_cache(maxsize=65536)
def canonical_word(raw: str) -> str:
    """The canonical form of one word token; may expand to several words or to nothing."""
    word = _fold(raw)
    word = word.translate(_APOSTROPHES)
    word = _unleet(word)
    word = _REPEATS.sub(r"\1", word)
    if word in TEXTSPEAK:
        return TEXTSPEAK[word]
    if word.endswith("in") and word + "g" in TEXTSPEAK:
        return TEXTSPEAK[word + "g"]
    if word[:1].isdigit():
        # "800mg" and "800 mg" must look alike to the dose patterns.
        digits = word.rstrip("abcdefghijklmnopqrstuvwxyz")
        if digits != word and digits.isdigit():
            return digits + " " + word[len(digits):]
        return word
    return _fuzzy(word)


_WORDS_CACHE: dict[str, tuple[str, ...]] = {}
_WORDS_CACHE_LIMIT = 200_000


def _words_of(raw: str) -> tuple[str, ...]:
    """The canonical words one raw token stands for (emoji, punctuation or a word)."""
    words = _WORDS_CACHE.get(raw)
    if words is None:
        if raw in EMOJI:
            words = (EMOJI[raw],)
        elif raw in _PUNCT:
            words = (_PUNCT[raw],)
        else:
            words = tuple(canonical_word(raw).split())
        if len(_WORDS_CACHE) >= _WORDS_CACHE_LIMIT:
            _WORDS_CACHE.clear()
        _WORDS_CACHE[raw] = words
    return words


def normalise(text: str, newline_is_break: bool = True) -> NormalisedText:
    """Normalise `text`: NFKC, accents, case, quotes, leetspeak, repeats, text-speak, emoji."""
    words: list[str] = []
    owners: list[int] = []
    previous = ""
    cache = _WORDS_CACHE
    for index, raw in enumerate(_TOKEN.findall(text)):
        token_words = cache.get(raw) or _words_of(raw)
        if not token_words:
            continue
        first = token_words[0]
        if first in (".", ","):
            if first == previous or (raw == "\n" and not newline_is_break):
                continue
        elif raw == "2" and previous in _TO_AFTER:
            token_words = ("to",)
        # Each word of an expansion ("ion" -> "i dont") is a token a pattern can start at.
        for word in token_words:
            words.append(word)
            owners.append(index)
        previous = token_words[-1]
    if "al" in words:
        _resolve_al(words)
    return NormalisedText(text, words, owners)


# "al" is Spanish ("al cielo", "al tren") far more often than text-speak for "all"; read it as
# "all" only beside English words that "all" goes with ("end it al", "al the time").
_AL_AFTER = frozenset({"it", "them", "us", "of", "at", "for", "and", "you", "yall", "is", "was",
                       "its", "this", "that", "done", "over", "with", "hate", "love", "lost"})
_AL_BEFORE = frozenset({"the", "my", "of", "these", "those", "this", "that", "your", "his",
                        "her", "them", "day", "night", "alone", "over", "gone", "i", "im", "we",
                        "ready", "right", "done", "time", "around", "together", "along",
                        "because", ".", ","})


def _resolve_al(words: list[str]) -> None:
    for i, word in enumerate(words):
        if word != "al":
            continue
        before = words[i - 1] if i else ""
        after = words[i + 1] if i + 1 < len(words) else "."
        if before in _AL_AFTER or after in _AL_BEFORE:
            words[i] = "all"
