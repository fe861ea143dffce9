#!/usr/bin/python3
"""scipy f_oneway, tukey_hsd, kruskal and levene(center='median') on DATA_DIR/anova_1m.csv (written by Lathe's
AnovaRun: 1M values in 10 groups), the same groups Lathe tests (reading excluded from the time). Prints one JSON
line per test with the first run and the median of RUNS runs.
Usage: /usr/bin/python3 lathe-bench/peers/anova_peer.py /tmp/lathe-bench [RUNS]"""
import json, statistics, sys, time
import pandas as pd
import scipy
from scipy import stats

df = pd.read_csv(sys.argv[1] + "/anova_1m.csv")
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
groups = [g["value"].to_numpy() for _, g in sorted(df.groupby("group"), key=lambda kv: int(kv[0][1:]))]
cases = {
    "anova": lambda: stats.f_oneway(*groups).statistic,
    "tukey": lambda: stats.tukey_hsd(*groups).pvalue[1][0],
    "kruskal": lambda: stats.kruskal(*groups).statistic,
    "brown_forsythe": lambda: stats.levene(*groups, center="median").statistic,
}
for name, work in cases.items():
    seconds = []
    for _ in range(runs):
        t = time.perf_counter()
        result = work()
        seconds.append(time.perf_counter() - t)
    print(json.dumps({"case": name, "tool": "scipy-" + scipy.__version__, "first_seconds": round(seconds[0], 4),
                      "median_seconds": round(statistics.median(seconds), 4), "runs": runs,
                      "result": float(result)}))
