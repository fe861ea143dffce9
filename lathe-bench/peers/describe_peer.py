#!/usr/bin/python3
"""pandas df.describe(include='all') on DATA_DIR/ingest_1m.csv, the same frame Lathe's DescribeRun describes
(reading excluded from the time). Prints one JSON line with the first run and the median of RUNS runs.
Usage: /usr/bin/python3 lathe-bench/peers/describe_peer.py /tmp/lathe-bench [RUNS]"""
import json, statistics, sys, time
import pandas as pd

df = pd.read_csv(sys.argv[1] + "/ingest_1m.csv")
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
seconds = []
for _ in range(runs):
    t = time.perf_counter()
    d = df.describe(include="all")
    seconds.append(time.perf_counter() - t)
print(json.dumps({"case": "describe", "tool": "pandas-" + pd.__version__, "first_seconds": round(seconds[0], 3),
                  "median_seconds": round(statistics.median(seconds), 3), "runs": runs, "rows": len(df),
                  "columns": d.shape[1]}))
