#!/usr/bin/env python3
"""Runs every query of a judged set through `cari search --json` and writes the
results in the format the scorer reads: one {"id", "hits": [{"doc", "text"}]} per line.

usage: run_eval.py QUERIES.jsonl RESULTS.jsonl [--cari PATH] [-- extra search flags]
"""
import json
import subprocess
import sys


def main():
    args = sys.argv[1:]
    extra = []
    if "--" in args:
        extra = args[args.index("--") + 1 :]
        args = args[: args.index("--")]
    cari = "target/release/cari"
    if "--cari" in args:
        i = args.index("--cari")
        cari = args[i + 1]
        del args[i : i + 2]
    queries_path, results_path = args
    with open(queries_path) as qf, open(results_path, "w") as out:
        for line in qf:
            if not line.strip():
                continue
            q = json.loads(line)
            run = subprocess.run(
                [cari, "search", "--json", "--limit", "10", *extra, "--", q["query"]],
                capture_output=True,
                text=True,
            )
            hits = json.loads(run.stdout)["hits"] if run.returncode == 0 else []
            out.write(json.dumps({"id": q["id"], "hits": hits}) + "\n")


if __name__ == "__main__":
    main()
