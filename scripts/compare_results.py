#!/usr/bin/env python3
"""Compares two result files of run_eval.py (the same queries, two indexes: local and
on a cluster), query by query: whether the top 10 are the same passages in the same
order, and where they part.

usage: compare_results.py QUERIES.jsonl A.jsonl B.jsonl
"""
import json
import sys


def load(path):
    out = {}
    for line in open(path):
        if line.strip():
            r = json.loads(line)
            out[r["id"]] = [(h["doc"], h["passage"], round(h["score"], 4)) for h in r["hits"]][:10]
    return out


def main():
    queries_path, a_path, b_path = sys.argv[1:4]
    a, b = load(a_path), load(b_path)
    same = same_set = 0
    queries = [json.loads(l) for l in open(queries_path) if l.strip()]
    for q in queries:
        ha, hb = a.get(q["id"], []), b.get(q["id"], [])
        ka = [(d, p) for d, p, _ in ha]
        kb = [(d, p) for d, p, _ in hb]
        if ka == kb:
            same += 1
            same_set += 1
            continue
        if sorted(ka) == sorted(kb):
            same_set += 1
        first = next((i for i, (x, y) in enumerate(zip(ka, kb)) if x != y), min(len(ka), len(kb)))
        print(f"{q['id']} {q['query']!r}: top 10 part at rank {first + 1}"
              f"{' (same passages, other order)' if sorted(ka) == sorted(kb) else ''}")
        for i in range(first, max(len(ha), len(hb))):
            left = ha[i] if i < len(ha) else "-"
            right = hb[i] if i < len(hb) else "-"
            print(f"   {i + 1:2}  {left}  |  {right}")
    print(f"{same}/{len(queries)} queries with the same top 10 in the same order, {same_set} with the same passages")


if __name__ == "__main__":
    main()
