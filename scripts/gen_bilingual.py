#!/usr/bin/env python3
"""Regenerates the bilingual lexicons of src/translate/data/ from Debian's FreeDict
dictionaries (dictd format):

- dict-freedict-eng-ind  English→Indonesian (WikDict, CC-BY-SA 3.0)
- dict-freedict-eng-fra  English→French     (FreeDict, GPL-2+)
- dict-freedict-fra-eng  French→English     (FreeDict, GPL-2+)

Directions written, one `headword<TAB>t1|t2|...` per line, sorted by headword bytes,
translations best first (the dictionary's first senses first):
en-id, en-fr (eng-fra and the reverse of fra-eng), and fr-id and id-fr (through
English, fra-eng and the reverse of eng-ind: the first senses of each step only, so a pivot does
not fan out into rare senses). Multi-word entries are kept as phrases.

Usage: python3 scripts/gen_bilingual.py [--debs DIR]   (default: apt-get download)
"""
import gzip
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "translate", "data")
PACKAGES = ["dict-freedict-eng-ind", "dict-freedict-eng-fra", "dict-freedict-fra-eng"]

MAX_TRANSLATIONS = 6  # per headword and direction
PIVOT_SENSES = 2  # senses followed at each step of a pivot
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64(s):
    n = 0
    for c in s:
        n = n * 64 + B64.index(c)
    return n


def fetch(debs_dir):
    """Unpacks the three packages; returns {name: (index_path, dict_path)}."""
    work = tempfile.mkdtemp()
    if not debs_dir:
        debs_dir = work
        subprocess.run(["apt-get", "download", *PACKAGES], cwd=work, check=True)
    for deb in os.listdir(debs_dir):
        if deb.endswith(".deb"):
            subprocess.run(["dpkg-deb", "-x", os.path.join(debs_dir, deb), os.path.join(work, "x")], check=True)
    base = os.path.join(work, "x", "usr", "share", "dictd")
    return {
        d: (os.path.join(base, f"freedict-{d}.index"), os.path.join(base, f"freedict-{d}.dict.dz"))
        for d in ["eng-ind", "eng-fra", "fra-eng"]
    }


def entries(index_path, dict_path):
    data = gzip.open(dict_path).read()
    with open(index_path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3 or parts[0].startswith("00database"):
                continue
            yield data[b64(parts[1]) : b64(parts[1]) + b64(parts[2])].decode("utf-8")


NUMBERED = re.compile(r"^\d+\.\s+")


def clean(term):
    term = re.sub(r"\([^)]*\)|\[[^\]]*\]|<[^>]*>|\{[^}]*\}", " ", term)
    term = term.replace("‐", "-").strip().strip(".;:!?\"'").lower()
    term = re.sub(r"^to\s+", "", term)  # "to meet" -> "meet"
    term = re.sub(r"\s+", " ", term).strip()
    if not term or len(term) > 40 or any(c.isdigit() for c in term) or len(term.split()) > 4:
        return None
    return term


def parse(entry, glossed):
    """(headword, [translations in order]). `glossed`: the dictionary writes an English
    definition after each group of translations (eng-ind), to be skipped."""
    lines = [l.strip() for l in entry.strip().split("\n") if l.strip()]
    if not lines:
        return None, []
    head = re.split(r"\s+/", lines[0], maxsplit=1)[0]
    head = clean(re.sub(r"\s*<[^>]*>\s*$", "", head))
    out = []
    prev_was_translation = False
    for line in lines[1:]:
        numbered = bool(NUMBERED.match(line))
        if glossed and not numbered and prev_was_translation:
            prev_was_translation = False  # a definition
            continue
        prev_was_translation = True
        for t in NUMBERED.sub("", line).split(","):
            t = clean(t)
            if t and t not in out:
                out.append(t)
    return head, out


def table(pairs):
    """{head: [translations]} from (head, translations) in dictionary order, merged."""
    t = {}
    for head, trans in pairs:
        if not head:
            continue
        slot = t.setdefault(head, [])
        for x in trans:
            if x not in slot:
                slot.append(x)
    return t


def reverse(t):
    """Reverses a table. A translation's rank in its entry orders the new entry, then
    the size of that entry: a headword with few translations is the closer sense."""
    ranked = {}
    for head, trans in t.items():
        for rank, x in enumerate(trans):
            ranked.setdefault(x, []).append((rank, len(trans), len(head), head))
    return {x: [h[-1] for h in sorted(hs)] for x, hs in ranked.items()}


def merge(*tables):
    out = {}
    for t in tables:
        for head, trans in t.items():
            slot = out.setdefault(head, [])
            for x in trans:
                if x not in slot:
                    slot.append(x)
    return out


def compose(phrase, t):
    """A phrase the table lacks, word by word (each word's first sense), when the table
    has every word."""
    words = phrase.split()
    if len(words) < 2 or not all(t.get(w) for w in words):
        return []
    return [" ".join(t[w][0] for w in words)]


def pivot(first, second):
    out = {}
    for head, middles in first.items():
        slot = []
        for m in middles[:PIVOT_SENSES]:
            for x in (second.get(m) or compose(m, second))[:PIVOT_SENSES]:
                if x not in slot and x != head:
                    slot.append(x)
        if slot:
            out[head] = slot
    return out


def write(name, t, header):
    path = os.path.join(OUT, name + ".tsv")
    rows = sorted(
        ((h, [x for x in ts if x != h and "|" not in x and "\t" not in x][:MAX_TRANSLATIONS]) for h, ts in t.items() if "\t" not in h),
        key=lambda r: r[0].encode("utf-8"),
    )
    rows = [(h, ts) for h, ts in rows if ts]
    with open(path, "w", encoding="utf-8") as f:
        for line in header:
            f.write(f"# {line}\n")
        for h, ts in rows:
            f.write(f"{h}\t{'|'.join(ts)}\n")
    pairs = sum(len(ts) for _, ts in rows)
    print(f"{name}: {len(rows)} headwords, {pairs} pairs")


def main():
    debs = None
    if "--debs" in sys.argv:
        debs = sys.argv[sys.argv.index("--debs") + 1]
    os.makedirs(OUT, exist_ok=True)
    paths = fetch(debs)
    en_id = table(parse(e, glossed=True) for e in entries(*paths["eng-ind"]))
    en_fr_direct = table(parse(e, glossed=False) for e in entries(*paths["eng-fra"]))
    fr_en = table(parse(e, glossed=False) for e in entries(*paths["fra-eng"]))
    en_fr = merge(reverse(fr_en), en_fr_direct)
    id_en = reverse(en_id)
    fr_id = pivot(fr_en, en_id)
    id_fr = pivot(id_en, en_fr)
    src = "Generated by scripts/gen_bilingual.py from Debian's FreeDict packages; see LICENSE.md."
    write("en-id", en_id, ["English -> Indonesian: dict-freedict-eng-ind (WikDict, CC-BY-SA 3.0).", src])
    write("en-fr", en_fr, ["English -> French: dict-freedict-fra-eng reversed, then dict-freedict-eng-fra (FreeDict, GPL-2+).", src])
    write("fr-id", fr_id, ["French -> Indonesian through English: fra-eng then eng-ind (GPL-2+ and CC-BY-SA 3.0).", src])
    write("id-fr", id_fr, ["Indonesian -> French through English: eng-ind reversed then en-fr (CC-BY-SA 3.0 and GPL-2+).", src])


if __name__ == "__main__":
    main()
