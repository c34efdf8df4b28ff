"""Decode the bytes of one input: BOMs first, then strict UTF-8, then charset-normalizer, with binary refused.

The order matters: a UTF-16 file without its BOM looks like binary (NUL bytes), so BOMs are checked before the
binary test; strict UTF-8 is tried before any guessing because charset-normalizer can mistake short UTF-8 texts
for other encodings.
"""

from __future__ import annotations

import codecs

from storylens.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL_OK = frozenset(b"\t\n\r\f\v\x1b")


def is_binary(data: bytes) -> bool:
    """True when ``data`` (without a BOM) looks like a binary file: NUL bytes or many control bytes."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in _CONTROL_OK)
    return controls > max(8, len(sample) // 100)


def decode_bytes(data: bytes, source: str) -> tuple[str, str]:
    """Decode ``data`` into text and the encoding's name; raise ``InputError`` for binary or undecodable data.

    1. a byte-order mark decides (UTF-8, UTF-16, UTF-32);
    2. binary data (NUL or control bytes) is refused;
    3. strict UTF-8;
    4. cp1252 if it reads as Western text, else charset-normalizer's best guess.
    """
    # 1.
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(name), name
            except UnicodeDecodeError:
                raise InputError(f"{source}: starts with a {name} byte-order mark but is not valid {name}") from None
    # 2.
    if is_binary(data):
        raise InputError(f"{source}: looks like a binary file, not text or HTML (give .txt, .md, .html or .jsonl)")
    # 3.
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # 4.
    return _guess(data, source)


def _guess(data: bytes, source: str) -> tuple[str, str]:
    """cp1252 when it reads as plausible Western text, else charset-normalizer's best guess.

    charset-normalizer alone misreads short Western texts (``café`` as ``cafť`` in mac_latin2), and Windows-1252
    is by far the commonest non-UTF-8 encoding of English and Western European pages, so it is tried first.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and is_plausible_western(text):
        return text, "cp1252"
    from charset_normalizer import from_bytes

    matches = [m for m in from_bytes(data) if m.encoding]
    if matches:
        # among equally clean readings prefer a Windows code page: far more common on the web than Mac ones
        best = min(
            enumerate(matches), key=lambda im: (round(im[1].chaos, 2), not im[1].encoding.startswith("cp125"), im[0])
        )
        return str(best[1]), best[1].encoding
    raise InputError(f"{source}: unknown text encoding (save it as UTF-8 and try again)")


_CP1252_PUNCT = frozenset("“”‘’‚„–—…•€™†‡‰‹›ˆ˜")
_IN_WORD_OK = frozenset("’‘–—")


def is_plausible_western(text: str) -> bool:
    """True when ``text`` looks like a Western European language rather than another code page read as cp1252.

    Checks: every non-ASCII character is Latin-1 or cp1252 punctuation; accented letters are a minority of the
    letters (Cyrillic read as cp1252 is nearly all accented); no symbol sits inside a word (Polish read as cp1252
    gives ``Za¿ó³æ``).
    """
    letters = accented = 0
    for i, c in enumerate(text):
        if c.isascii():
            letters += c.isalpha()
            continue
        if not ("\u00a0" <= c <= "\u00ff" or c in _CP1252_PUNCT):
            return False
        if c.isalpha():
            letters += 1
            accented += 1
        elif c not in _IN_WORD_OK and 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha():
            return False
    return letters > 0 and accented <= 0.25 * letters
