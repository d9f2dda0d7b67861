#!/usr/bin/env python3
"""Regenerate src/analysis/data/id_roots.txt, the Indonesian root lexicon.

The roots are the entries of the hunspell-id dictionary (id_ID.dic, LGPL-3.0, by the
hunspell-id authors, distributed by LibreOffice and by Debian as the `hunspell-id`
package); see src/analysis/data/id_roots.LICENSE. The script fetches the Debian package
with `apt-get download` into a temporary directory, reads id_ID.dic and id_ID.aff out of
it (no dpkg needed), and writes one line per root, lower-cased, sorted in byte order and
de-duplicated, after a `#` header the stemmer skips:

    root                 hunspell-id lists no affixes for it
    root<TAB>PROFILE     the affixes hunspell-id's flags allow it

PROFILE is read off the entry's affix flags: the outermost prefixes the root takes
(b ber-, d di-, k ke-, m meN-, p peN-/per-, s se-, t ter-, u ku-/kau-), its derivational
suffixes (I -i, K -kan, A -an), and `*` when the entry is a bound stem (hunspell's
NEEDAFFIX: `ketahu` in `ketahuan`, `lajar` in `pelajar`), which never occurs bare.

Entries that are only a clitic form of another entry of at least three letters, as that
entry's own flags generate it (`akalnya` from `akal` + `-nya`, `tuanku`), are left out:
particles and possessives never make a new root.

    python3 scripts/gen_id_roots.py              # fetch hunspell-id, write the lexicon
    python3 scripts/gen_id_roots.py --dic F.dic  # a local id_ID.dic (and its .aff)
    python3 scripts/gen_id_roots.py --source sastrawi --out OTHER.txt
        # Sastrawi's kata-dasar.txt (via `pip download Sastrawi`), for comparison only:
        # that list comes from Kateglo under CC-BY-NC-SA 3.0 and is not shipped.
"""

import argparse
import io
import lzma
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(ROOT, "src", "analysis", "data", "id_roots.txt")

HEADER = """\
# Indonesian root words for the dictionary-backed stemmer (src/analysis/id_root.rs).
# Source: the entries of id_ID.dic from hunspell-id {version} (Debian package
# hunspell-id, from the LibreOffice dictionaries), lower-cased.
# Copyright (C) 2004-2017 the hunspell-id authors (see id_roots.LICENSE).
# Licence: LGPL-3.0 (see id_roots.LICENSE). Regenerate with scripts/gen_id_roots.py.
# Line: root, or root TAB profile; profile = prefixes the root takes (b ber-, d di-,
# k ke-, m meN-, p peN-/per-, s se-, t ter-, u ku-/kau-), suffixes (I -i, K -kan,
# A -an), and * for a bound stem that never occurs without affixes. Sorted bytewise.
"""

WORD = re.compile(r"^[a-z][a-z-]*[a-z]$|^[a-z]$")
# A few entries lost their "/" before the flags ("bersutM0"): flags are pairs
# of an upper-case letter and a digit or letter.
RUN_ON_FLAGS = re.compile(r"^([a-z][a-z-]*?)((?:[A-Z][0-9A-Za-z])+)$")


def read_ar_member(deb_bytes, prefix):
    """The bytes of the first member of a Debian .deb (an `ar` archive) whose name
    starts with `prefix`."""
    if not deb_bytes.startswith(b"!<arch>\n"):
        raise ValueError("not an ar archive")
    pos = 8
    while pos + 60 <= len(deb_bytes):
        header = deb_bytes[pos : pos + 60]
        name = header[:16].decode("ascii").strip().rstrip("/")
        size = int(header[48:58].decode("ascii").strip())
        body = deb_bytes[pos + 60 : pos + 60 + size]
        if name.startswith(prefix):
            return name, body
        pos += 60 + size + (size % 2)
    raise ValueError(f"no member {prefix}* in the package")


def fetch_hunspell(workdir):
    """Download hunspell-id with apt-get: (version, id_ID.dic text, id_ID.aff text)."""
    subprocess.run(["apt-get", "download", "hunspell-id"], cwd=workdir, check=True)
    debs = [f for f in os.listdir(workdir) if f.startswith("hunspell-id") and f.endswith(".deb")]
    if not debs:
        sys.exit("apt-get download produced no hunspell-id package")
    deb = os.path.join(workdir, debs[0])
    version = debs[0].split("_")[1].replace("%3a", ":")
    with open(deb, "rb") as f:
        name, data = read_ar_member(f.read(), "data.tar")
    if name.endswith(".xz"):
        data = lzma.decompress(data)
    elif name.endswith(".zst"):
        sys.exit("data.tar.zst: install python zstandard or pass --dic")
    texts = {}
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for member in tar.getmembers():
            for name in ("id_ID.dic", "id_ID.aff"):
                if member.name.endswith("/" + name):
                    texts[name] = tar.extractfile(member).read().decode("iso-8859-1")
    if len(texts) != 2:
        sys.exit("id_ID.dic or id_ID.aff not found in the package")
    return version, texts["id_ID.dic"], texts["id_ID.aff"]


CLITICS = re.compile(r"^(?:-?(?:ku|mu|nya|lah|kah|tah|pun))+$")
PREFIX_FAMILIES = [  # longest first
    ("kau", "u"), ("ku", "u"), ("di", "d"), ("ke", "k"), ("me", "m"), ("pe", "p"),
    ("se", "s"), ("te", "t"), ("be", "b"),
]
SUFFIX_LETTERS = [("kan", "K"), ("an", "A"), ("i", "I")]
NEEDAFFIX = "A2"


def split_flags(flags):
    """FLAG long: two characters per flag."""
    return [flags[i : i + 2] for i in range(0, len(flags) - 1, 2)]


def parse_aff(aff_text):
    """flag -> [(kind, strip, add, continuation flags, condition regex)]"""
    rules = {}
    for line in aff_text.splitlines():
        parts = line.split("#", 1)[0].split()
        if len(parts) < 4 or parts[0] not in ("PFX", "SFX"):
            continue
        kind, flag = parts[0], parts[1]
        if parts[2] in ("Y", "N") and parts[3].isdigit() and len(parts) == 4:
            rules.setdefault(flag, [])
            continue
        strip = "" if parts[2] == "0" else parts[2]
        add, _, cont = parts[3].partition("/")
        add = "" if add == "0" else add
        cond = parts[4] if len(parts) > 4 else "."
        if kind == "PFX":
            regex = re.compile("^" + cond.replace("^^", "^"))
        else:
            regex = re.compile(cond + "$")
        rules.setdefault(flag, []).append((kind, strip, add, split_flags(cont), regex))
    return rules


def flag_profile(flag, rules):
    """The profile letters one affix flag contributes."""
    letters = set()
    for kind, _strip, add, cont, _regex in rules.get(flag, []):
        add = add.lower()
        if kind == "PFX":
            for text, letter in PREFIX_FAMILIES:
                if add.startswith(text):
                    letters.add(letter)
                    break
        else:
            for text, letter in SUFFIX_LETTERS:
                if add.startswith(text):
                    letters.add(letter)
                    break
            # A suffix half of a circumfix names its prefix half.
            for other in cont:
                for k2, _s, add2, _c, _r in rules.get(other, []):
                    if k2 == "PFX":
                        for text, letter in PREFIX_FAMILIES:
                            if add2.lower().startswith(text):
                                letters.add(letter)
                                break
    return letters


def clitic_forms(word, flags, rules):
    """Forms of `word` its own flags make by adding clitics only."""
    forms = set()
    for flag in flags:
        for kind, strip, add, _cont, regex in rules.get(flag, []):
            if kind == "SFX" and not strip and CLITICS.match(add.lower()) and regex.search(word):
                forms.add(word + add.lower())
    return forms


def hunspell_roots(dic_text, aff_text):
    """root -> profile string"""
    rules = parse_aff(aff_text)
    entries = {}  # root -> (set of profile letters, all entries bound?)
    clitic = set()
    for line in dic_text.splitlines()[1:]:  # the first line is the entry count
        entry, _, flags = line.strip().partition("/")
        entry = entry.strip()
        if not entry:
            continue
        run_on = RUN_ON_FLAGS.match(entry)
        if run_on:
            entry, flags = run_on.group(1), run_on.group(2)
        entry = entry.lower()
        if not WORD.match(entry):
            continue
        flags = split_flags(flags.strip())
        letters = set()
        for flag in flags:
            letters |= flag_profile(flag, rules)
        bound = NEEDAFFIX in flags
        old_letters, old_bound = entries.get(entry, (set(), True))
        entries[entry] = (old_letters | letters, old_bound and bound)
        if len(entry) >= 3:
            clitic |= clitic_forms(entry, flags, rules)
    roots = {}
    for entry, (letters, bound) in entries.items():
        if entry in clitic:
            continue
        order = "budkmpstIKA"
        profile = "".join(c for c in order if c in letters) + ("*" if bound else "")
        roots[entry] = profile
    return roots


def fetch_sastrawi_roots(workdir):
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "Sastrawi==1.0.1", "--no-deps", "-d", workdir],
        check=True,
    )
    wheel = [f for f in os.listdir(workdir) if f.endswith(".whl")][0]
    with zipfile.ZipFile(os.path.join(workdir, wheel)) as z:
        text = z.read("Sastrawi/Stemmer/data/kata-dasar.txt").decode("utf-8")
    return {w.strip(): "" for w in text.splitlines() if WORD.match(w.strip())}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", choices=["hunspell", "sastrawi"], default="hunspell")
    parser.add_argument("--dic", help="a local id_ID.dic (next to its id_ID.aff) instead")
    parser.add_argument("--out", default=DEFAULT_OUT)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as workdir:
        if args.source == "sastrawi":
            roots = fetch_sastrawi_roots(workdir)
            header = "# Sastrawi kata-dasar.txt (Kateglo, CC-BY-NC-SA 3.0): comparison only.\n"
        else:
            if args.dic:
                with open(args.dic, encoding="iso-8859-1") as f:
                    dic = f.read()
                with open(args.dic[: -len(".dic")] + ".aff", encoding="iso-8859-1") as f:
                    aff = f.read()
                version = "(local file)"
            else:
                version, dic, aff = fetch_hunspell(workdir)
            roots = hunspell_roots(dic, aff)
            header = HEADER.format(version=version)

    # Byte order, which is what the stemmer's binary search assumes.
    lines = []
    for word in sorted(roots, key=lambda w: w.encode("ascii")):
        lines.append(f"{word}\t{roots[word]}\n" if roots[word] else f"{word}\n")
    body = "".join(lines)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="ascii", newline="\n") as f:
        f.write(header)
        f.write(body)
    print(f"{len(roots)} roots -> {args.out}")


if __name__ == "__main__":
    main()
