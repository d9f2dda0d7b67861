#!/usr/bin/env python3
"""Regenerates the bilingual lexicons of src/translate/data/ from Debian's FreeDict
dictionaries (dictd format). No entry is written by hand: every line comes from the
packages below through the general rules of this script.

Sources (Debian package dict-freedict-XXX-YYY, licence):

- eng-ind, and the WikDict pivots deu-ind ita-ind nld-ind pol-ind fin-ind ell-ind,
  fra-deu fra-ita fra-pol fra-fin fra-ell, deu-fra pol-fra fin-fra ell-fra,
  eng-fin fin-eng pol-eng ell-eng: WikDict (from Wiktionary), CC-BY-SA 3.0.
- eng-fra fra-eng eng-ita ita-eng eng-nld nld-eng fra-nld nld-fra: FreeDict,
  GPL-2.0-or-later; eng-ell: FreeDict, GPL-2.0-or-later or CC-BY-SA 3.0.
- Not used, for their licences: eng-deu and deu-eng (GPL-3/AGPL-3), eng-pol (GFDL).

Every direction is scored by **agreement of independent paths** (dictionary-based
triangulation): a path is the direct dictionary when there is one (eng-ind, eng-fra
and fra-eng reversed), or a pivot through English or another language X (source→X
then X→target, each step's first senses only). A translation's score adds, over the
paths proposing it, the path's weight divided by (1 + its ranks along the path); its
support is the number of paths proposing it. Kept per headword (at most 8):

- every translation proposed by two paths or more;
- the direct dictionary's first two translations even alone (all of them when no
  other translation is confirmed);
- when nothing is confirmed and there is no direct dictionary (fr-id, id-fr), the
  pivots' first senses of first senses that translate back; in these two
  directions a translation must come through English or four pivots (see `select`).

They are ordered by their score times the square of how well they translate back
(the headword's reverse score over the translation's best reverse score), so a
stray sense of one dictionary (`president` → `speaker`, `election` → `choix`)
ranks below the senses all paths agree on, or is dropped when only a pivot had
it. Multi-word headwords come from the direct dictionaries or need two paths.

Parsing removes grammatical noise rather than translations: WikDict's definitions
(the gloss lines after each group of translations, and its sub-numbered glosses
`2.`/`3.` that used to swallow the translation before them), affix entries
(<suffix>, <prefix>), notes, examples, register and gender marks, leading
articles and `to`, anything longer than four words or holding digits, and
Indonesian or French one-word translations that begin another translation of the
same headword (a noun phrase cut to its generic head: `orang` beside `orang amerika`),
in each source dictionary and again among the translations kept.

Directions written, en-id, en-fr, fr-id, id-fr, fr-en and id-en, one `headword<TAB>t1|t2:3r|...`
per line, sorted by headword bytes, best first, `:N` the support (when N > 1 or `r`),
`r` marking a translation that translates back (the reverse direction, computed here
from the same sources, keeps the headword among its first translations).

Usage: python3 scripts/gen_bilingual.py [--debs DIR] [--cache FILE]
(default: apt-get download; --cache keeps the parsed dictionaries between runs)
"""
import gzip
import os
import pickle
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "translate", "data")
PIVOTS = ["deu", "ita", "nld", "pol", "fin", "ell"]
NEEDED = (
    ["eng-ind", "eng-fra", "fra-eng"]
    + [f"{x}-ind" for x in PIVOTS]
    + [f"eng-{x}" for x in PIVOTS]
    + [f"{x}-eng" for x in PIVOTS]
    + [f"fra-{x}" for x in PIVOTS]
    + [f"{x}-fra" for x in PIVOTS if x != "ita"]  # Debian has no ita-fra
)
# Left out for their licences (Ding's GPL-3/AGPL-3, GFDL): the tables stay under the
# GPL-2+ / CC-BY-SA 3.0 terms of the other sources.
NEEDED = [n for n in NEEDED if n not in ("eng-deu", "deu-eng", "eng-pol")]

MAX_TRANSLATIONS = 8  # per headword and direction
STEP_SENSES = 3  # senses followed at each step of a pivot
DIRECT_SENSES = 8  # senses taken from a direct dictionary
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64(s):
    n = 0
    for c in s:
        n = n * 64 + B64.index(c)
    return n


def fetch(debs_dir):
    """Unpacks the packages; returns the folder of their dictd files."""
    work = tempfile.mkdtemp()
    if not debs_dir:
        debs_dir = work
        subprocess.run(["apt-get", "download", *[f"dict-freedict-{d}" for d in NEEDED]], cwd=work, check=True)
    for deb in os.listdir(debs_dir):
        if deb.endswith(".deb"):
            subprocess.run(["dpkg-deb", "-x", os.path.join(debs_dir, deb), os.path.join(work, "x")], check=True)
    return os.path.join(work, "x", "usr", "share", "dictd")


def entries(base, name):
    data = gzip.open(os.path.join(base, f"freedict-{name}.dict.dz")).read()
    with open(os.path.join(base, f"freedict-{name}.index"), encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3 or parts[0].startswith("00database"):
                continue
            yield data[b64(parts[1]) : b64(parts[1]) + b64(parts[2])].decode("utf-8")


ARTICLES = {
    "eng": r"^(to|a|an|the)\s+",
    "fra": r"^((le|la|les|un|une|des|se)\s+|(l'|s'))",
}


def clean(term, lang):
    term = re.sub(r"\([^)]*\)|\[[^\]]*\]|<[^>]*>|\{[^}]*\}", " ", term)
    term = term.replace("‐", "-").replace("’", "'").strip().strip(".;:!?\"'").lower()
    term = re.sub(r"\s+", " ", term).strip()
    if lang in ARTICLES:
        term = re.sub(ARTICLES[lang], "", term).strip()
    if (
        not term
        or len(term) < 2
        or len(term) > 40
        or len(term.split()) > 4
        or any(c.isdigit() for c in term)
        or re.search(r"[|\t:=/…+&]|\.\.|etc\b|qqch|quelqu'un|somebody|someone|something", term)
    ):
        return None
    return term


NUMBER = re.compile(r"^(?:[IVX]+\.|\d+\.|[a-z]\.)\s*")
TRAILING_NUMBER = re.compile(r"\s+\d+\.\s*$")


def parse(entry, src, dst):
    """(headword, [translations in order]) of one dictd entry, WikDict or FreeDict."""
    lines = [l for l in entry.split("\n") if l.strip()]
    if not lines:
        return None, []
    first = lines[0]
    if re.search(r"<[^>]*\b(suffix|prefix|affix|infix|interfix)\b", first):
        return None, []
    head = clean(re.split(r"\s+/", first, maxsplit=1)[0], src)
    out = []
    expect_translation = True  # WikDict: a translation line, then its definitions
    for raw in lines[1:]:
        line = raw.strip()
        if re.match(r"^\d+\.$", line):  # a sub-numbered definition follows
            expect_translation = False
            continue
        if line.startswith('"') or re.match(r"^(Note|Notes|see|Synonyms?|Antonyms?|Syn|Ant)\b", line):
            continue
        numbered = not raw.startswith(" ") and re.match(r"^\d+\.\s", line)
        if raw.startswith(" ") and re.match(r"^\d+\.\s", line):
            numbered = True  # eng-pol writes its senses indented
        if not (numbered or expect_translation):
            continue  # a definition
        body = line
        while NUMBER.match(body):
            body = NUMBER.sub("", body, count=1)
            body = re.sub(r"^<[^>]*>\s*", "", body)
        body = TRAILING_NUMBER.sub("", body)
        for t in re.split(r"[,;]", body):
            t = clean(t, dst)
            if t and t not in out:
                out.append(t)
        expect_translation = False
    return head, out


def load(base, name):
    """{head: [translations]} of a dictionary, entries of the same head merged."""
    src, dst = name.split("-")
    t = {}
    for e in entries(base, name):
        head, trans = parse(e, src, dst)
        if not head:
            continue
        slot = t.setdefault(head, [])
        for x in trans:
            if x not in slot:
                slot.append(x)
    return {h: ts for h, ts in t.items() if ts}


def drop_truncated(t):
    """Drops a one-word translation that begins another translation of the same
    headword: Indonesian and French put the generic word first, and WikDict's noun
    senses are often cut to it (`americano` → `orang Amerika`, and `orang` alone)."""
    out = {}
    for head, trans in t.items():
        out[head] = [x for x in trans if " " in x or not any(y.startswith(x + " ") for y in trans)]
    return out


def reverse(t):
    """Reverses a table. A translation's rank in its entry orders the new entry, then
    the size of that entry: a headword with few translations is the closer sense."""
    ranked = {}
    for head, trans in t.items():
        for rank, x in enumerate(trans):
            ranked.setdefault(x, []).append((rank, len(trans), len(head), head))
    return {x: [h[-1] for h in sorted(hs)] for x, hs in ranked.items()}


def union(a, b):
    """One edge from a direct table and a reversed one: interleaved by rank."""
    out = {}
    for head in set(a) | set(b):
        xs, ys = a.get(head, []), b.get(head, [])
        slot = []
        for i in range(max(len(xs), len(ys))):
            for l in (xs, ys):
                if i < len(l) and l[i] not in slot:
                    slot.append(l[i])
        out[head] = slot
    return out


def candidates(paths, head):
    """The translations of `head` over `paths` ([(weight, direct, [steps])]):
    {x: [score, support, direct, best rank sum along a path, given by a path of
    weight 2 or more]}."""
    cands = {}
    for weight, direct, steps in paths:
        found = {}
        if len(steps) == 1:
            for r, x in enumerate(steps[0].get(head, [])[:DIRECT_SENSES]):
                found.setdefault(x, r)
        else:
            for r1, m in enumerate(steps[0].get(head, [])[:STEP_SENSES]):
                for r2, x in enumerate(steps[1].get(m, [])[:STEP_SENSES]):
                    if x not in found or r1 + r2 < found[x]:
                        found[x] = r1 + r2
        for x, r in found.items():
            c = cands.setdefault(x, [0.0, 0, False, 99, False])
            c[0] += weight / (1 + r)
            c[1] += 1
            c[2] = c[2] or direct
            c[3] = min(c[3], r)
            c[4] = c[4] or weight >= 2
    return cands


def select(cands, fallback):
    """The kept translations of a candidate set, best score first. Without a direct
    dictionary (`fallback`), the English pivot must propose a translation, or four
    other pivots at least: WikDict's pivots all come from Wiktionary's English
    translation tables, so they share its sense mix-ups (`sommet` → `top` → `gasing`,
    the toy)."""
    if fallback:
        cands = {x: c for x, c in cands.items() if c[4] or c[1] >= 4}
    confirmed = sum(1 for c in cands.values() if c[1] >= 2)
    kept = [(x, c) for x, c in cands.items() if c[1] >= 2 or (c[2] and (c[3] <= 1 or confirmed == 0))]
    if not kept and fallback:
        kept = [(x, c) for x, c in cands.items() if c[3] == 0]
    kept.sort(key=lambda xc: (-xc[1][0], xc[0]))
    return kept


def combine(paths, heads, phrase_heads, back_paths, fallback=False):
    """{head: [(translation, support, back)]} kept and ordered as the docstring says.
    `back`: the reverse direction (`back_paths`) keeps `head` among the translation's
    first MAX_TRANSLATIONS translations. The order is bidirectional: each score is
    multiplied by the square of the reverse score of `head` relative to the
    translation's best reverse score (at least 0.05), so `election` → `élection`, whose best reverse sense
    is `election`, comes before `choix`, whose best is `choice`."""
    out = {}
    memo = {}

    def back(x, head):
        """(whether `head` is among x's first reverse translations, its reverse score
        relative to x's best one)."""
        if x not in memo:
            cands = candidates(back_paths, x)
            kept = select(cands, fallback)[:MAX_TRANSLATIONS]
            best = kept[0][1][0] if kept else 1.0
            memo[x] = ({y for y, _ in kept}, {y: c[0] / best for y, c in cands.items()})
        kept, ratio = memo[x]
        return head in kept, min(1.0, ratio.get(head, 0.0))

    for head in heads:
        cands = candidates(paths, head)
        if " " in head and head not in phrase_heads and not any(c[1] >= 2 for c in cands.values()):
            continue
        kept = []
        confirmed = any(c[1] >= 2 or c[2] for c in cands.values())
        for x, c in select(cands, fallback):
            listed, ratio = back(x, head)
            if not confirmed and not listed:
                continue  # a lone pivot's guess that does not come back
            kept.append((c[0] * max(ratio * ratio, 0.05), x, c[1], listed))
        kept.sort(key=lambda k: (-k[0], k[1]))
        texts = [k[1] for k in kept]
        kept = [k for k in kept if " " in k[1] or not any(y.startswith(k[1] + " ") for y in texts)]
        if kept:
            out[head] = [(x, n, listed) for _, x, n, listed in kept[:MAX_TRANSLATIONS]]
    return out


def mark(x, support, back):
    """`x`, then `:N` (N paths agree, when N > 1 or `back`) and `r` when `back`."""
    if support < 2 and not back:
        return x
    return f"{x}:{min(support, 9)}{'r' if back else ''}"


def write(name, t, header):
    path = os.path.join(OUT, name + ".tsv")
    rows = sorted(((h, ts) for h, ts in t.items() if ts and "\t" not in h and "|" not in h), key=lambda r: r[0].encode("utf-8"))
    with open(path, "w", encoding="utf-8") as f:
        for line in header:
            f.write(f"# {line}\n")
        for h, ts in rows:
            f.write(h + "\t" + "|".join(mark(x, n, back) for x, n, back in ts) + "\n")
    pairs = sum(len(ts) for _, ts in rows)
    print(f"{name}: {len(rows)} headwords, {pairs} pairs, {os.path.getsize(path)} bytes")


def main():
    debs = None
    if "--debs" in sys.argv:
        debs = sys.argv[sys.argv.index("--debs") + 1]
    os.makedirs(OUT, exist_ok=True)
    cache = sys.argv[sys.argv.index("--cache") + 1] if "--cache" in sys.argv else None
    if cache and os.path.exists(cache):
        with open(cache, "rb") as f:
            d = {n: t for n, t in pickle.load(f).items() if n in NEEDED}
    else:
        base = fetch(debs)
        d = {}
        for name in NEEDED:
            d[name] = load(base, name)
            print(f"read {name}: {len(d[name])} headwords", file=sys.stderr)
        if cache:
            with open(cache, "wb") as f:
                pickle.dump(d, f)

    for name in d:
        if name.endswith(("-ind", "-fra")):
            d[name] = drop_truncated(d[name])

    def edge(a, b):
        """a→b from the a-b dictionary and the reversed b-a one, when Debian has them."""
        return union(d.get(f"{a}-{b}", {}), reverse(d[f"{b}-{a}"]) if f"{b}-{a}" in d else {})

    en_id = d["eng-ind"]
    id_en = reverse(en_id)
    fr_en, fr_en_rev = d["fra-eng"], reverse(d["eng-fra"])
    en_fr, en_fr_rev = d["eng-fra"], reverse(d["fra-eng"])
    x_id = {x: d[f"{x}-ind"] for x in PIVOTS}
    id_x = {x: reverse(x_id[x]) for x in PIVOTS}
    en_x = {x: edge("eng", x) for x in PIVOTS}
    x_en = {x: edge(x, "eng") for x in PIVOTS}
    fr_x = {x: edge("fra", x) for x in PIVOTS}
    x_fr = {x: edge(x, "fra") for x in PIVOTS}
    fr_en_both = union(fr_en, fr_en_rev)
    en_fr_both = union(en_fr, en_fr_rev)

    def heads(*tables):
        hs = set()
        for t in tables:
            hs |= set(t)
        return hs

    paths = {
        "en-id": [(3, True, [en_id])] + [(1, False, [en_x[x], x_id[x]]) for x in PIVOTS],
        "id-en": [(3, True, [id_en])] + [(1, False, [id_x[x], x_en[x]]) for x in PIVOTS],
        "en-fr": [(2, True, [en_fr]), (2, False, [en_fr_rev])] + [(1, False, [en_x[x], x_fr[x]]) for x in PIVOTS],
        "fr-en": [(2, True, [fr_en]), (2, False, [fr_en_rev])] + [(1, False, [fr_x[x], x_en[x]]) for x in PIVOTS],
        "fr-id": [(2, False, [fr_en_both, en_id])] + [(1, False, [fr_x[x], x_id[x]]) for x in PIVOTS],
        "id-fr": [(2, False, [id_en, en_fr_both])] + [(1, False, [id_x[x], x_fr[x]]) for x in PIVOTS],
    }
    out = {
        "en-id": combine(paths["en-id"], heads(en_id, *en_x.values()), set(en_id), paths["id-en"]),
        "en-fr": combine(paths["en-fr"], heads(en_fr, en_fr_rev, *en_x.values()), set(en_fr), paths["fr-en"]),
        "fr-id": combine(paths["fr-id"], heads(fr_en_both, *fr_x.values()), set(fr_en), paths["id-fr"], fallback=True),
        "id-fr": combine(paths["id-fr"], heads(id_en, *id_x.values()), set(id_en), paths["fr-id"], fallback=True),
        "fr-en": combine(paths["fr-en"], heads(fr_en, fr_en_rev, *fr_x.values()), set(fr_en), paths["en-fr"]),
        "id-en": combine(paths["id-en"], heads(id_en, *id_x.values()), set(id_en), paths["en-id"]),
    }
    src = "Generated by scripts/gen_bilingual.py from Debian's FreeDict packages; see LICENSE.md."
    notes = {
        "en-id": "English -> Indonesian: eng-ind (WikDict), confirmed through deu/ita/nld/pol/fin/ell.",
        "en-fr": "English -> French: eng-fra and fra-eng reversed, confirmed through deu/ita/nld/pol/fin/ell.",
        "fr-id": "French -> Indonesian through English and deu/ita/nld/pol/fin/ell.",
        "id-fr": "Indonesian -> French through English and deu/ita/nld/pol/fin/ell.",
        "fr-en": "French -> English: fra-eng and eng-fra reversed, confirmed through deu/ita/nld/pol/fin/ell.",
        "id-en": "Indonesian -> English: eng-ind (WikDict) reversed, confirmed through deu/ita/nld/pol/fin/ell.",
    }
    for name, t in out.items():
        write(name, t, [notes[name], "Best first; `:N`: N independent paths agree (1 when absent); `r`: translates back.", src])


if __name__ == "__main__":
    main()
