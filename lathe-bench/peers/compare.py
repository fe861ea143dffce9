#!/usr/bin/python3
"""Compares two JSON lines (Lathe's and a peer's) on 'params' and 'bse': prints the largest relative difference.
Usage: compare.py LATHE.json PEER.json"""
import json, sys
a, b = (json.loads(open(p).read().strip().splitlines()[-1]) for p in sys.argv[1:3])
for key in ("params", "bse"):
    rel = max(abs(x - y) / max(abs(y), 1e-300) for x, y in zip(a[key], b[key]))
    print(f"{key}: max relative difference {rel:.3e} over {len(a[key])} values")
