#!/usr/bin/python3
"""XGBoost TreeSHAP speed, the peer of Lathe's TreeShapRun: trains XGBoost (tree_method='hist', 100 trees grown
leaf-wise to at most 31 leaves with no depth limit, learning rate 0.1, 255 bins, all cores) on
DATA_DIR/clf500k_train.csv, then times booster.predict(DMatrix(x), pred_contribs=True), exact path-dependent
TreeSHAP, on the first 10,000 rows of the same file (the DMatrix construction is timed, as Lathe's reading of
its Frame is). Median of 5 after 2 warm-up calls; prints one JSON line with the times, the tree shape, the sum
of mean |SHAP| and the largest additivity error against the margin.
Usage: /usr/bin/python3 lathe-bench/peers/treeshap_peer.py /tmp/lathe-bench"""
import json, os, sys, time
import numpy as np, pandas as pd, xgboost

d = sys.argv[1] if len(sys.argv) > 1 else "/tmp/lathe-bench"
tr = pd.read_csv(d + "/clf500k_train.csv")
cols = [c for c in tr.columns if c != "y"]
m = xgboost.XGBClassifier(tree_method="hist", n_estimators=100, max_leaves=31, max_depth=0, grow_policy="lossguide",
                          learning_rate=0.1, max_bin=255, n_jobs=os.cpu_count())
m.fit(tr[cols].values, tr.y.values)
booster = m.get_booster()
x = np.ascontiguousarray(tr[cols].values[:10_000])
for _ in range(2):
    booster.predict(xgboost.DMatrix(x), pred_contribs=True)
times = []
for _ in range(5):
    t = time.perf_counter()
    phi = booster.predict(xgboost.DMatrix(x), pred_contribs=True)
    times.append(time.perf_counter() - t)
margin = booster.predict(xgboost.DMatrix(x), output_margin=True)
nodes = booster.trees_to_dataframe()
print(json.dumps({"case": "treeshap", "tool": "xgboost-" + xgboost.__version__, "rows": len(x),
                  "median_seconds": round(float(np.median(times)), 4), "all_seconds": [round(s, 4) for s in times],
                  "trees": int(nodes["Tree"].nunique()), "leaves": int((nodes["Feature"] == "Leaf").sum()),
                  "sum_mean_abs_shap": round(float(np.abs(phi[:, :-1]).mean(axis=0).sum()), 6),
                  "additivity_error": float(np.abs(phi.sum(axis=1) - margin).max())}))
