#!/usr/bin/python3
"""Peer for dev.lathe.bench.PrepRun: times scikit-learn's fit_transform of StandardScaler and
PowerTransformer(method="yeo-johnson") on the numeric columns of DATA_DIR/ingest_1m.csv (written by
shared/bench/peers.py DATA_DIR ingest) and OneHotEncoder on its two string columns, side by side in a
ColumnTransformer. Reading the CSV is not timed. The one-hot output is dense, as Lathe's frames are;
pass "sparse" as third argument for scikit-learn's default sparse output. Prints one JSON line.
Usage: prep_peer.py DATA_DIR [RUNS] [sparse]   (Debian python3-sklearn, -pandas)"""
import json, os, sys, time
import pandas as pd
import sklearn
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, PowerTransformer, StandardScaler

D = sys.argv[1] if len(sys.argv) > 1 else "/tmp/lathe-bench"
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 1
SPARSE = len(sys.argv) > 3 and sys.argv[3] == "sparse"

df = pd.read_csv(os.path.join(D, "ingest_1m.csv"))
numeric = list(df.select_dtypes("number").columns)
steps = [("standard", StandardScaler(), numeric),
         ("yeo_johnson", PowerTransformer(method="yeo-johnson"), numeric),
         ("one_hot", OneHotEncoder(handle_unknown="ignore", sparse_output=SPARSE), ["c0", "c1"])]
seconds = []
for _ in range(RUNS):
    t = time.perf_counter()
    ColumnTransformer(steps).fit_transform(df)
    seconds.append(time.perf_counter() - t)
print(json.dumps({"case": "prep", "tool": f"sklearn-{sklearn.__version__}-ColumnTransformer(StandardScaler+PowerTransformer+OneHotEncoder"
                  f"{'-sparse' if SPARSE else '-dense'})",
                  "first_seconds": round(seconds[0], 3), "median_seconds": round(sorted(seconds)[len(seconds) // 2], 3),
                  "min_seconds": round(min(seconds), 3), "runs": RUNS, "rows": len(df)}),
      flush=True)
