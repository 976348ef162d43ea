#!/usr/bin/env python3
"""Makes a macOS icon file (.icns) from Limber's PNG icons, or checks one.

    scripts/icns.py OUT.icns assets/icon      make it from limber-SIZE.png
    scripts/icns.py --check FILE.icns         list its entries; fail if broken

An .icns file is a header ("icns", total length) followed by entries, each
a four-letter type, its length (header included) and the data; modern
types hold a PNG as it is. The PNGs in assets/icon are rendered from
limber.svg; each size fills its own type and the retina (@2x) type whose
pixels it matches.
"""
import struct
import sys
from pathlib import Path

# type -> pixel size of the PNG it holds
TYPES = {
    "icp4": 16, "icp5": 32, "icp6": 64,
    "ic07": 128, "ic08": 256, "ic09": 512,
    "ic11": 32, "ic12": 64, "ic13": 256, "ic14": 512,
}
PNG = b"\x89PNG\r\n\x1a\n"


def png_size(data):
    if data[:8] != PNG or data[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    return struct.unpack(">II", data[16:24])


def make(out, icons):
    body = b""
    for kind, size in TYPES.items():
        data = (icons / f"limber-{size}.png").read_bytes()
        if png_size(data) != (size, size):
            raise ValueError(f"limber-{size}.png is not {size}x{size}")
        body += kind.encode() + struct.pack(">I", 8 + len(data)) + data
    out.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def check(path):
    data = path.read_bytes()
    if data[:4] != b"icns" or struct.unpack(">I", data[4:8])[0] != len(data):
        raise ValueError("bad header or length")
    at, seen = 8, []
    while at < len(data):
        kind = data[at:at + 4].decode("ascii")
        length = struct.unpack(">I", data[at + 4:at + 8])[0]
        if length < 8 or at + length > len(data):
            raise ValueError(f"entry {kind} runs past the end")
        if kind in TYPES and png_size(data[at + 8:at + length]) != (TYPES[kind],) * 2:
            raise ValueError(f"entry {kind} is not {TYPES[kind]} px")
        seen.append(kind)
        at += length
    missing = set(TYPES) - set(seen)
    if missing:
        raise ValueError(f"missing entries: {sorted(missing)}")
    return seen


def main(args):
    try:
        if len(args) == 2 and args[0] == "--check":
            print(f"{args[1]}: " + " ".join(check(Path(args[1]))))
        elif len(args) == 2:
            make(Path(args[0]), Path(args[1]))
        else:
            print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
            return 2
    except (OSError, ValueError) as e:
        print(f"icns: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
