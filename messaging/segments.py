"""How many SMS segments a text costs: GSM 03.38 (7-bit) or UCS-2, as carriers count them."""

import unicodedata
from typing import Literal

Encoding = Literal["GSM-7", "UCS-2"]

GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# Reached through the escape character, so each costs two septets.
GSM7_EXTENSION = frozenset("\f^{}\\[~]|€")

# (single-part limit, per-part limit once a text is split): the user data header of a
# concatenated SMS takes 6 bytes, which is 7 septets or 3 UTF-16 code units.
LIMITS: dict[Encoding, tuple[int, int]] = {"GSM-7": (160, 153), "UCS-2": (70, 67)}


def encoding(body: str) -> Encoding:
    """GSM-7 when every character is in the GSM 03.38 tables, else UCS-2 for the whole text."""
    if all(ch in GSM7_BASIC or ch in GSM7_EXTENSION for ch in body):
        return "GSM-7"
    return "UCS-2"


def _unit_sizes(body: str, enc: Encoding) -> list[int]:
    """The size of each character in the encoding's units: septets, or UTF-16 code units."""
    if enc == "GSM-7":
        return [2 if ch in GSM7_EXTENSION else 1 for ch in body]
    return [2 if ord(ch) > 0xFFFF else 1 for ch in body]


def segment_count(body: str) -> int:
    """The number of segments the carrier bills; an empty text still occupies one."""
    if GSM7_BASIC.issuperset(body):  # the common case, checked at C speed
        return 1 if len(body) <= 160 else -(-len(body) // 153)
    enc = encoding(body)
    single, per_part = LIMITS[enc]
    sizes = _unit_sizes(body, enc)
    if sum(sizes) <= single:
        return 1
    # Phones never split an escape sequence or a surrogate pair across parts, so a
    # two-unit character that does not fit starts the next part and can leave a gap.
    parts, used = 1, 0
    for size in sizes:
        if used + size > per_part:
            parts, used = parts + 1, 0
        used += size
    return parts


def gsm_safe(text: str) -> str:
    """The text in GSM-7 where a close spelling exists: 'María' → 'Maria', keeping é, ñ, ü, ¿, ¡.

    One accented letter would switch the whole text to UCS-2 and more than double its
    cost; letters that have no plain spelling (emoji, other scripts) are kept as they are.
    """
    if GSM7_BASIC.issuperset(text):
        return text
    out = []
    for ch in text:
        if ch in GSM7_BASIC or ch in GSM7_EXTENSION:
            out.append(ch)
            continue
        if ch in _PUNCTUATION:  # before NFKD, which would cut "…" to its first "."
            out.append(_PUNCTUATION[ch])
            continue
        plain = unicodedata.normalize("NFKD", ch)[0]
        out.append(plain if plain in GSM7_BASIC else ch)
    return "".join(out)


# Typographic punctuation phones insert, spelled in GSM-7.
_PUNCTUATION = {"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "..."}
