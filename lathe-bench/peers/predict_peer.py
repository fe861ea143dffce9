#!/usr/bin/python3
"""XGBoost prediction speed, the peer of Lathe's PredictRun: trains XGBoost (tree_method='hist', 100 trees of
max_depth 8, learning rate 0.1, 255 bins, all cores) on DATA_DIR/clf500k_train.csv, then times predict_proba on
the first 100,000 rows of DATA_DIR/clf500k_test.csv (a numpy array; the DMatrix conversion inside
predict_proba is timed, as Lathe's reading of its Frame is). Best of 5 after one warm-up call; prints one JSON
line with the time, the number of leaves and a checksum of the probabilities.
Usage: /usr/bin/python3 lathe-bench/peers/predict_peer.py /tmp/lathe-bench"""
import json, os, sys, time
import numpy as np, pandas as pd, xgboost

d = sys.argv[1] if len(sys.argv) > 1 else "/tmp/lathe-bench"
tr = pd.read_csv(d + "/clf500k_train.csv")
te = pd.read_csv(d + "/clf500k_test.csv", nrows=100_000)
cols = [c for c in tr.columns if c != "y"]
m = xgboost.XGBClassifier(tree_method="hist", n_estimators=100, max_depth=8, learning_rate=0.1, max_bin=255,
                          n_jobs=os.cpu_count())
m.fit(tr[cols].values, tr.y.values)
x = np.ascontiguousarray(te[cols].values)
m.predict_proba(x)
times = []
for _ in range(5):
    t = time.perf_counter()
    p = m.predict_proba(x)
    times.append(time.perf_counter() - t)
leaves = int((m.get_booster().trees_to_dataframe()["Feature"] == "Leaf").sum())
print(json.dumps({"case": "predict", "tool": "xgboost-" + xgboost.__version__, "rows": len(x),
                  "best_seconds": round(min(times), 4), "all_seconds": [round(s, 4) for s in times],
                  "leaves": leaves, "mean_p": round(float(p[:, 1].mean()), 6)}))
