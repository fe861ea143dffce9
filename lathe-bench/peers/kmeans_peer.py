#!/usr/bin/python3
"""scikit-learn k-means on DATA_DIR/blobs500k.csv (written by shared/bench/peers.py, case kmeans), the same file
Lathe's KMeansRun reads (reading excluded from the time). Draws k-means++ starting centres for k = 16 with
random_state=0 from the file's values, writes them to DATA_DIR/blobs500k_init16.csv so that Lathe starts from the
same centres, then times KMeans(init=those centres, n_init=1, tol=1e-4) with Lloyd and with Elkan.
Prints one JSON line per algorithm: seconds, inertia, iterations.
Usage: /usr/bin/python3 lathe-bench/peers/kmeans_peer.py /tmp/lathe-bench"""
import json, sys, time
import numpy as np, pandas as pd, sklearn
from sklearn.cluster import KMeans, kmeans_plusplus

d = sys.argv[1]
X = pd.read_csv(d + "/blobs500k.csv").values.astype(np.float64)
init, _ = kmeans_plusplus(X, n_clusters=16, random_state=0)
pd.DataFrame(init).to_csv(d + "/blobs500k_init16.csv", index=False, header=False, float_format="%.17g")
for algorithm in ["lloyd", "elkan"]:
    m = KMeans(n_clusters=16, init=init, n_init=1, tol=1e-4, algorithm=algorithm)
    t = time.perf_counter()
    m.fit(X)
    s = time.perf_counter() - t
    print(json.dumps({"case": "kmeans", "tool": "sklearn-" + sklearn.__version__ + "-KMeans-" + algorithm + "-same-init",
                      "seconds": round(s, 3), "inertia": float(m.inertia_), "iters": int(m.n_iter_)}), flush=True)
