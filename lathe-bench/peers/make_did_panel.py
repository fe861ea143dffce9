#!/usr/bin/python3
"""Writes a seeded synthetic panel for DidRun and did_peer.py: UNITS units x 10 periods, the first half treated
from period 6 with effect 1.5. Usage: /usr/bin/python3 lathe-bench/peers/make_did_panel.py UNITS OUT.csv"""
import sys
import numpy as np, pandas as pd

units = int(sys.argv[1])
rng = np.random.default_rng(1)
rows = []
for u in range(units):
    treated, a = int(u < units // 2), rng.normal()
    for t in range(1, 11):
        rows.append((u, t, treated, int(t >= 6), 10 + a + 0.2 * t + (1.5 if treated and t >= 6 else 0) + rng.normal()))
pd.DataFrame(rows, columns=["unit", "period", "treated", "post", "y"]).to_csv(sys.argv[2], index=False)
