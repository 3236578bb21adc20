"""Text read with the wrong encoding ("mojibake"), recognised in field names so that a message can say which
encoding the file is really in.

Chinese shapefiles are usually written in GBK; without a .cpg file next to the .shp, QGIS reads them in the
system's encoding. Read as a single-byte code page (Latin-1, Windows-1252) the field 设施类型 becomes ÉèÊ©ÀàÐÍ,
read as UTF-8 it becomes ��ʩ���� (the bytes that are not UTF-8 are lost), and a UTF-8 file read as GBK on a Chinese
Windows gives 璁炬柦绫诲瀷. Fields looked for by name are then "not there" although they are. A single-byte reading
can be undone exactly: its bytes, decoded as GBK, give Chinese characters of the common GB 2312 set (or, decoded
as UTF-8, valid text). Plain ASCII names, real Chinese names and European ones (Straße, café) are left alone.
"""

from collections import Counter
from typing import Iterable, NamedTuple, Optional, Sequence, Tuple

from complete_community.core.i18n import tr

GBK, UTF8 = "GBK", "UTF-8"
LOST = "\ufffd"  # what a decoder puts for bytes it could not read
NAMES_SHOWN = 4


class Mojibake(NamedTuple):
    """What detect_mojibake found: encoding (the likely real encoding, None when it cannot be told), garbled (the
    texts as they were read) and readings (each garbled text read in that encoding, None when it cannot be)."""

    encoding: Optional[str]
    garbled: Tuple[str, ...]
    readings: Tuple[Optional[str], ...]


def real_reading(text) -> Optional[Tuple[str, str]]:
    """(encoding, text read in it) when text looks like GBK or UTF-8 text read with another encoding, else None."""
    if not isinstance(text, str) or text.isascii() or LOST in text:
        return None
    raw = _single_bytes(text)
    if raw is None:  # characters beyond one byte: maybe UTF-8 read as GBK (on a Chinese Windows)
        try:
            decoded = text.encode("gbk").decode("utf-8")
        except UnicodeError:
            return None
        return (UTF8, decoded) if decoded != text else None
    try:
        return UTF8, raw.decode("utf-8")  # a single-byte text that is valid UTF-8 is hardly ever an accident
    except UnicodeDecodeError:
        pass
    try:
        decoded = raw.decode("gbk")
    except UnicodeDecodeError:
        return None
    return (GBK, decoded) if _common_chinese(decoded) else None


def detect_mojibake(texts: Iterable, single_byte_texts: Optional[Sequence[str]] = None) -> Optional[Mojibake]:
    """Whether most non-ASCII texts (field names, or a few string values) look garbled, and how they read in the
    likely real encoding; None when they do not. single_byte_texts: the same texts read again as Latin-1 (which
    loses no byte), for texts whose bytes were lost when they were read."""
    texts = [t for t in texts if isinstance(t, str)]
    again = list(single_byte_texts) if single_byte_texts is not None and len(single_byte_texts) == len(texts) else None
    garbled, readings, encodings, plain = [], [], Counter(), 0
    for index, text in enumerate(texts):
        if text.isascii():
            continue
        reading = real_reading(text)
        if reading is None and LOST in text and again is not None:
            reading = real_reading(again[index])
        if reading is None and LOST not in text:
            plain += 1
            continue
        garbled.append(text)
        readings.append(reading[1] if reading else None)
        if reading:
            encodings[reading[0]] += 1
    if not garbled or len(garbled) <= plain:
        return None
    encoding = encodings.most_common(1)[0][0] if encodings else None
    return Mojibake(encoding, tuple(garbled), tuple(readings))


def likely_encoding(names: Iterable, values: Iterable = ()) -> Optional[str]:
    """The encoding field names (and optionally a few string values) were really written in, when they look like
    GBK or UTF-8 text read with another encoding; None otherwise."""
    found = detect_mojibake(list(names) + [v for v in values if isinstance(v, str)])
    return found.encoding if found else None


def mojibake_message(found: Mojibake) -> str:
    """What is wrong and how to fix it, for a log warning or the end of an error message (translated)."""
    shown = ", ".join("“{}” → “{}”".format(text, reading) if reading else "“{}”".format(text)
                      for text, reading in zip(found.garbled[:NAMES_SHOWN], found.readings))
    if len(found.garbled) > NAMES_SHOWN:
        shown += ", …"
    if found.encoding:
        return tr("the field names {0} look like {1} text read with another encoding, so fields are not found by "
                  "their names. In QGIS set Layer Properties ▸ Source ▸ Data source encoding to {1}; for a shapefile "
                  "given as a file, put a .cpg file containing {1} next to the .shp").format(shown, found.encoding)
    return tr("the field names {} could not be decoded: the file is not in the encoding it was read with, so fields "
              "are not found by their names. Chinese files are usually GBK: in QGIS set Layer Properties ▸ Source ▸ "
              "Data source encoding to the file's encoding; for a shapefile given as a file, put a .cpg file "
              "containing it (e.g. GBK) next to the .shp").format(shown)


def _single_bytes(text) -> Optional[bytes]:
    """The bytes a single-byte code page (Latin-1, or Windows-1252 for 0x80–0x9F) read as text, or None."""
    raw = bytearray()
    for character in text:
        if ord(character) < 0x100:
            raw.append(ord(character))
            continue
        try:
            raw += character.encode("cp1252")
        except UnicodeEncodeError:
            return None
    return bytes(raw)


def _is_chinese(character) -> bool:
    code = ord(character)
    return (0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x3000 <= code <= 0x303F
            or 0xFF00 <= code <= 0xFFEF)


def _common_chinese(text) -> bool:
    """Whether the non-ASCII characters of text are all Chinese of GB 2312 (what GBK text mostly is), two at least
    or the whole text: one rare character amid Latin letters is how Latin-1 text decodes by chance (Straße)."""
    wide = [c for c in text if not c.isascii()]
    if not wide or not all(_is_chinese(c) for c in wide):
        return False
    try:
        "".join(wide).encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(wide) >= 2 or len(wide) == len(text)
