#!/usr/bin/python3
"""statsmodels OLS with standard errors on DATA_DIR/ols1m.csv, the same file Lathe's OlsRun reads (reading
excluded from the time). Prints one JSON line with the time, coefficients and standard errors.
Usage: /usr/bin/python3 lathe-bench/peers/ols_peer.py /tmp/lathe-bench"""
import json, sys, time
import pandas as pd, statsmodels, statsmodels.api as sm

df = pd.read_csv(sys.argv[1] + "/ols1m.csv")
X = sm.add_constant(df[[f"x{i}" for i in range(20)]].values)
t = time.perf_counter()
r = sm.OLS(df["y"].values, X).fit()
bse = r.bse
s = time.perf_counter() - t
print(json.dumps({"case": "ols", "tool": "statsmodels-" + statsmodels.__version__, "seconds": round(s, 3),
                  "r2": round(float(r.rsquared), 6), "params": list(r.params), "bse": list(bse)}))
