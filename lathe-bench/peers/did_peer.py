#!/usr/bin/python3
"""statsmodels two-way fixed effects (unit and period dummies) clustered by unit on a panel CSV with columns
unit, period, treated, post, y: the same file Lathe's DidRun reads (reading excluded from the time).
Prints one JSON line. Usage: /usr/bin/python3 lathe-bench/peers/did_peer.py PANEL.csv"""
import json, sys, time
import pandas as pd, statsmodels, statsmodels.formula.api as smf

df = pd.read_csv(sys.argv[1])
t = time.perf_counter()
r = smf.ols("y ~ treated:post + C(unit) + C(period)", df).fit(cov_type="cluster", cov_kwds={"groups": df["unit"]})
s = time.perf_counter() - t
print(json.dumps({"case": "twfe", "tool": "statsmodels-" + statsmodels.__version__, "rows": int(r.nobs),
                  "seconds": round(s, 3), "estimate": float(r.params["treated:post"]),
                  "std_error": float(r.bse["treated:post"])}))
