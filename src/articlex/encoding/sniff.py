"""Cheap looks at raw bytes: byte order marks, binary signatures, BOM-less UTF-16.

>>> looks_binary(b"\\x89PNG\\r\\n\\x1a\\n....")
True
>>> looks_binary("plain text".encode("utf-16"))
False
>>> sniff_bom(b"\\xef\\xbb\\xbfhi")
('utf-8', 3)
"""

from __future__ import annotations

# Byte order marks, longest first so UTF-32 LE (FF FE 00 00) wins over UTF-16 LE (FF FE).
BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)

# Leading signatures of binary formats (offset, magic bytes).
BINARY_SIGNATURES: tuple[tuple[int, bytes], ...] = (
    (0, b"\x89PNG\r\n\x1a\n"),  # PNG
    (0, b"\xff\xd8\xff"),  # JPEG
    (0, b"GIF87a"),  # GIF
    (0, b"GIF89a"),
    (8, b"WEBP"),  # WebP (RIFF....WEBP)
    (0, b"\x00\x00\x01\x00"),  # ICO
    (0, b"\x00\x00\x02\x00"),  # CUR
    (0, b"PK\x03\x04"),  # zip (also docx, jar, epub…)
    (0, b"PK\x05\x06"),  # empty zip
    (0, b"PK\x07\x08"),  # spanned zip
    (0, b"\x1f\x8b"),  # gzip
    (0, b"\xfd7zXZ\x00"),  # xz
    (0, b"7z\xbc\xaf\x27\x1c"),  # 7z
    (0, b"Rar!\x1a\x07"),  # rar
    (0, b"\x28\xb5\x2f\xfd"),  # zstd
    (0, b"%PDF-"),  # PDF
    (0, b"\x7fELF"),  # ELF executable
    (0, b"\xca\xfe\xba\xbe"),  # Java class / Mach-O fat binary
    (0, b"\xcf\xfa\xed\xfe"),  # Mach-O 64-bit
    (0, b"\x00asm"),  # WebAssembly
    (0, b"OggS\x00"),  # Ogg
    (0, b"ID3\x02"),  # MP3 with an ID3v2.2/3/4 tag
    (0, b"ID3\x03"),
    (0, b"ID3\x04"),
    (4, b"ftyp"),  # MP4 / MOV / HEIF
)

SNIFF_BYTES = 8192  # how much of the input the NUL/UTF-16 checks look at: enough to judge
NUL_FRACTION = 0.01  # more NULs than this (outside UTF-16 patterns) never occurs in real text
MIN_NULS = 4  # ...but a handful of stray NULs in a small page is damage, not binary
UTF16_PARITY_SHARE = 0.3  # min share of 2-byte units with a NUL high byte to call it UTF-16
UTF16_OTHER_SIDE = 0.02  # max share of NULs on the other byte of the pair


def sniff_bom(data: bytes) -> tuple[str, int] | None:
    """Return ``(codec, bom_length)`` when ``data`` starts with a Unicode BOM."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            return codec, len(bom)
    return None


def sniff_utf16(data: bytes) -> str | None:
    """Recognise BOM-less UTF-16 by its regular alternating NULs; return the codec or None.

    >>> sniff_utf16("<html>hello</html>".encode("utf-16-le"))
    'utf-16-le'
    """
    sample = data[:SNIFF_BYTES]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even, odd = sample[0 : pairs * 2 : 2].count(0), sample[1 : pairs * 2 : 2].count(0)
    if odd >= pairs * UTF16_PARITY_SHARE and even <= pairs * UTF16_OTHER_SIDE:
        return "utf-16-le"
    if even >= pairs * UTF16_PARITY_SHARE and odd <= pairs * UTF16_OTHER_SIDE:
        return "utf-16-be"
    return None


def _has_signature(data: bytes) -> bool:
    for offset, magic in BINARY_SIGNATURES:
        if data.startswith(magic, offset):
            return True
    if data.startswith(b"MZ"):  # DOS/Windows executable: "MZ" alone could start a text
        return b"\x00" in data[:64]
    # bzip2: "BZh" + block size digit + block magic
    return data.startswith(b"BZh") and data[4:10] in (b"1AY&SY", b"\x17rE8P\x90")


def looks_binary(data: bytes) -> bool:
    """True for images, archives, PDF, executables and NUL-heavy data.

    Text with a UTF-16/32 BOM, or BOM-less UTF-16 with its regular NUL pattern, is text.
    """
    if sniff_bom(data) is not None:
        return False
    if _has_signature(data):
        return True
    sample = data[:SNIFF_BYTES]
    nuls = sample.count(0)
    if nuls < MIN_NULS or nuls <= len(sample) * NUL_FRACTION:
        return False
    return sniff_utf16(data) is None
