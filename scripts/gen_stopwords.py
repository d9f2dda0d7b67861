#!/usr/bin/env python3
"""Regenerates the stop-word lists of the analysers.

- Indonesian: the list of Sastrawi (MIT licence, Andy Librian), taken from the
  `Sastrawi` package on PyPI (Sastrawi/StopWordRemover/StopWordRemoverFactory.py).
  Numbers are removed from it: "dua" is a count a reader searches for.
- French: the Snowball project's French stop list (BSD licence,
  https://snowballstem.org/algorithms/french/stop.txt), transcribed below.

Usage: python3 scripts/gen_stopwords.py   (needs pip and network access to PyPI)
"""
import ast
import os
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "analysis", "data")

# Snowball French stop list (personal pronouns, articles, prepositions, forms of
# "être" and "avoir"), as published by the Snowball project.
SNOWBALL_FRENCH = """
au aux avec ce ces dans de des du elle en et eux il ils je la le les leur lui ma mais
me même mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur
ta te tes toi ton tu un une vos votre vous c d j l à m n s t y été étée étées étés
étant étante étants étantes suis es est sommes êtes sont serai seras sera serons serez
seront serais serait serions seriez seraient étais était étions étiez étaient fus fut
fûmes fûtes furent sois soit soyons soyez soient fusse fusses fût fussions fussiez
fussent ayant ayante ayantes ayants eu eue eues eus ai as avons avez ont aurai auras
aura aurons aurez auront aurais aurait aurions auriez auraient avais avait avions
aviez avaient eut eûmes eûtes eurent aie aies ait ayons ayez aient eusse eusses eût
eussions eussiez eussent a
"""

# Snowball English stop list, for queries typed in English: their function words
# must not weigh on ranking.
SNOWBALL_ENGLISH = """
i me my myself we our ours ourselves you your yours yourself yourselves he him his
himself she her hers herself it its itself they them their theirs themselves what which
who whom this that these those am is are was were be been being have has had having do
does did doing would should could ought a an the and but if or because as until while
of at by for with about against between into through during before after above below
to from up down in out on off over under again further then once here there when where
why how all any both each few more most other some such no nor not only own same so
than too very
"""

NOT_STOP_ID = {"dua"}


def sastrawi_stop_words():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp, "Sastrawi==1.0.1"],
            check=True,
        )
        wheel = next(f for f in os.listdir(tmp) if f.endswith(".whl"))
        with zipfile.ZipFile(os.path.join(tmp, wheel)) as z:
            src = z.read("Sastrawi/StopWordRemover/StopWordRemoverFactory.py").decode("utf-8")
    tree = ast.parse(src)
    for node in ast.walk(tree):
        if isinstance(node, ast.Return) and isinstance(node.value, ast.List):
            return [ast.literal_eval(e) for e in node.value.elts]
    raise SystemExit("stop word list not found in Sastrawi")


def write(name, header, words):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        for line in header:
            f.write(f"# {line}\n")
        for w in sorted(set(words)):
            f.write(w + "\n")
    print(f"{path}: {len(set(words))} words")


def main():
    os.makedirs(OUT, exist_ok=True)
    id_words = [w for w in sastrawi_stop_words() if w not in NOT_STOP_ID]
    write(
        "stopwords_id.txt",
        [
            "Indonesian stop words, from Sastrawi 1.0.1 (https://github.com/sastrawi/sastrawi),",
            "Copyright (c) 2017 Andy Librian, MIT licence. Regenerate: scripts/gen_stopwords.py",
        ],
        id_words,
    )
    write(
        "stopwords_fr.txt",
        [
            "French stop words, from the Snowball project (https://snowballstem.org/),",
            "Copyright (c) 2001 Dr Martin Porter, (c) 2004-2025 Richard Boulton and others,",
            "BSD 3-clause licence. Regenerate: scripts/gen_stopwords.py",
        ],
        SNOWBALL_FRENCH.split(),
    )
    write(
        "stopwords_en.txt",
        [
            "English stop words, from the Snowball project (https://snowballstem.org/),",
            "Copyright (c) 2001 Dr Martin Porter, (c) 2004-2025 Richard Boulton and others,",
            "BSD 3-clause licence. Regenerate: scripts/gen_stopwords.py",
        ],
        SNOWBALL_ENGLISH.split(),
    )


if __name__ == "__main__":
    main()
