#!/usr/bin/env python3
"""Calibrates near-duplicate detection (DeduplicationHeuristics) on the WCXB development texts.

Mirrors ContentFingerprint (Sources/PithBatch/Pipeline/Dedup): words are runs of ASCII letters
and digits and of non-ASCII bytes, ASCII case folded; word hash FNV-1a 64 + MurmurHash3 fmix64;
a shingle's hash XORs its words' hashes rotated by 21 bits per position, then fmix64; the
SimHash is the per-bit majority over the shingles. The Swift test "golden fingerprint" pins the
Swift side to the value --golden prints, so the two cannot drift apart.

Prints, for shingle sizes given with --sizes:
  - the SimHash distances of pairs of different dev pages at or below 12 bits, and
  - for 300 dev texts with synthetic edits (one word changed, five words changed, a date line
    added, the last tenth cut), the share of edited copies within 3..8 bits of the original.

Standard library only; takes a few minutes per size:

    python3 Scripts/calibrate-dedup.py ../shared/data/wcxb-dev --sizes 2 3
    python3 Scripts/calibrate-dedup.py --golden
"""

import argparse
import glob
import json
import os
import random

MASK = (1 << 64) - 1
GOLDEN_TEXT = "The harbour ferry now leaves at seven, an hour earlier than last summer. Tickets are sold on board."


def fmix(value):
    value ^= value >> 33
    value = (value * 0xFF51AFD7ED558CCD) & MASK
    value ^= value >> 33
    value = (value * 0xC4CEB9FE1A85EC53) & MASK
    value ^= value >> 33
    return value


def fnv(data, value=0xCBF29CE484222325):
    for byte in data:
        value = ((value ^ byte) * 0x100000001B3) & MASK
    return value


def rotate(value, bits):
    return value if bits == 0 else ((value << bits) | (value >> (64 - bits))) & MASK


def words(text):
    found, current = [], bytearray()
    for byte in text.encode("utf-8"):
        if 48 <= byte <= 57 or 97 <= byte <= 122 or 65 <= byte <= 90 or byte >= 0x80:
            current.append(byte | 0x20 if 65 <= byte <= 90 else byte)
        elif current:
            found.append(bytes(current))
            current = bytearray()
    if current:
        found.append(bytes(current))
    return found


def fingerprint(text, size=3):
    """(content hash, SimHash, shingle count) as ContentFingerprint computes them."""
    hashes = [fmix(fnv(word)) for word in words(text)]
    votes = [0] * 64

    def vote(window):
        value = 0
        for age, word_hash in enumerate(reversed(window)):
            value ^= rotate(word_hash, age * 21 % 64)
        value = fmix(value)
        for bit in range(64):
            votes[bit] += 1 if (value >> bit) & 1 else -1

    shingles = 0
    for end in range(size, len(hashes) + 1):
        vote(hashes[end - size:end])
        shingles += 1
    if shingles == 0 and hashes:
        vote(hashes)
        shingles = 1
    simhash = sum(1 << bit for bit in range(64) if votes[bit] > 0)
    return fmix(fnv(text.encode("utf-8"))), simhash, shingles


def distance(left, right):
    return bin(left ^ right).count("1")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("wcxb", nargs="?", help="the WCXB dev folder (with ground-truth/)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[3], help="shingle sizes to try (default 3)")
    parser.add_argument("--golden", action="store_true", help="print the fingerprint of the golden text and stop")
    args = parser.parse_args()
    if args.golden:
        content, simhash, shingles = fingerprint(GOLDEN_TEXT)
        print("contentHash 0x%016X simHash 0x%016X shingles %d" % (content, simhash, shingles))
        return
    if not args.wcxb:
        parser.error("give the WCXB dev folder")

    texts = []
    for path in sorted(glob.glob(os.path.join(args.wcxb, "ground-truth", "*.json"))):
        with open(path) as stream:
            texts.append(json.load(stream)["ground_truth"].get("main_content") or "")
    rng = random.Random(7)
    sample = [text for text in texts if len(text.split()) >= 50]
    rng.shuffle(sample)
    sample = sample[:300]

    def change_words(text, count):
        tokens = text.split(" ")
        for _ in range(count):
            tokens[rng.randrange(len(tokens))] = "zzq%d" % rng.randrange(1000)
        return " ".join(tokens)

    edits = {
        "1 word": lambda text: change_words(text, 1),
        "5 words": lambda text: change_words(text, 5),
        "date line": lambda text: "Updated 3 March 2024, 10:42 by Staff Reporter\n\n" + text,
        "10% cut": lambda text: " ".join(text.split(" ")[: int(len(text.split(" ")) * 0.9)]),
    }
    for size in args.sizes:
        hashes = [simhash for _, simhash, shingles in (fingerprint(text, size) for text in texts) if shingles >= 16]
        close = {}
        for index, left in enumerate(hashes):
            for right in hashes[index + 1:]:
                bits = distance(left, right)
                if bits <= 12:
                    close[bits] = close.get(bits, 0) + 1
        pairs = len(hashes) * (len(hashes) - 1) // 2
        print("shingle size %d: %d pairs of different pages; within 12 bits: %s" % (size, pairs, sorted(close.items())))
        for name, edit in edits.items():
            found = sorted(distance(fingerprint(text, size)[1], fingerprint(edit(text), size)[1]) for text in sample)
            shares = " ".join("<=%d %3.0f%%" % (bits, 100 * sum(d <= bits for d in found) / len(found)) for bits in range(3, 9))
            print("  %-10s %s" % (name, shares))


if __name__ == "__main__":
    main()
