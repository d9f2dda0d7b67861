#!/usr/bin/env python3
"""Query latency of one index, local or on a cluster: every query of the judged sets,
repeated, through one `cari search --batch` process (no process start counted); prints
p50 and p99 of the `took_ms` each answer reports (planning, searching, ranking,
highlighting).

usage: latency.py CARI ROUNDS QUERIES.jsonl... -- WHERE...
  WHERE: --index DIR, or --opensearch URL/INDEX
"""
import json
import subprocess
import sys


def main():
    args = sys.argv[1:]
    where = args[args.index("--") + 1 :]
    args = args[: args.index("--")]
    cari, rounds, files = args[0], int(args[1]), args[2:]
    queries = [json.loads(l)["query"] for f in files for l in open(f) if l.strip()]
    batch = "\n".join(queries * rounds) + "\n"
    run = subprocess.run(
        [cari, "search", "--json", "--batch", "-", *where],
        input=batch, capture_output=True, text=True,
    )
    took = sorted(json.loads(l)["took_ms"] for l in run.stdout.splitlines() if l.strip())
    if not took:
        sys.exit(f"no answer: {run.stderr.strip()}")
    pick = lambda q: took[min(len(took) - 1, int(q * len(took)))]
    print(f"{len(took)} searches: p50 {pick(0.50):.1f} ms, p99 {pick(0.99):.1f} ms, max {took[-1]:.1f} ms")


if __name__ == "__main__":
    main()
