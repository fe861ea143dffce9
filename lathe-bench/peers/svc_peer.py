#!/usr/bin/python3
"""scikit-learn SVC (rbf, C 1, gamma scale, tol 1e-3, no probabilities) on DATA_DIR/svc20k.csv, the file Lathe's
SvcRun reads. Writes that file first when it is missing: make_classification(n_samples=20000, n_features=20,
n_informative=10, n_redundant=5, random_state=0), features x0..x19 and class y. Times fit on the in-memory data
and prints one JSON line: wall and process CPU seconds, support vectors, training accuracy.
Usage: /usr/bin/python3 lathe-bench/peers/svc_peer.py /tmp/lathe-bench"""
import json, os, sys, time
import pandas as pd, sklearn
from sklearn.datasets import make_classification
from sklearn.svm import SVC

path = sys.argv[1] + "/svc20k.csv"
if not os.path.exists(path):
    os.makedirs(sys.argv[1], exist_ok=True)
    x, y = make_classification(n_samples=20000, n_features=20, n_informative=10, n_redundant=5, random_state=0)
    df = pd.DataFrame(x, columns=[f"x{i}" for i in range(20)])
    df["y"] = y
    df.to_csv(path, index=False, float_format="%.17g")
df = pd.read_csv(path)
x, y = df.drop(columns="y").to_numpy(), df["y"].to_numpy()
m = SVC(kernel="rbf", C=1.0, gamma="scale", tol=1e-3)
w, c = time.perf_counter(), time.process_time()
m.fit(x, y)
w, c = time.perf_counter() - w, time.process_time() - c
print(json.dumps({"case": "svc20k", "tool": "sklearn-" + sklearn.__version__ + ".SVC", "seconds": round(w, 3),
                  "cpu_seconds": round(c, 3), "n_support": int(m.support_.size),
                  "train_accuracy": round(float((m.predict(x) == y).mean()), 6)}))
