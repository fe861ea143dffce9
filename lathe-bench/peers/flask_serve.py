"""The Flask peer of `lathe serve` for the HTTP load comparison (docs/benchmarks.md, "Serving: HTTP load").

Fits the scikit-learn equivalent of the Lathe benchmark pipeline (standard scaling of x1..x6, one-hot encoding
of city and plan, HistGradientBoostingClassifier with 100 trees of depth at most 6, learning rate 0.1, no early
stopping) on DIR/train.csv written by dev.lathe.bench.ServeLoadSetup, and answers MLflow-style
POST /invocations requests with a `dataframe_split` body: {"predictions": [{"prediction": ..., "p_no": ...,
"p_yes": ...}]}, as `lathe serve` does. Run under gunicorn with two workers:

    BENCH_DIR=/tmp/serve-bench gunicorn -w 2 -b 127.0.0.1:8091 --chdir lathe-bench/peers flask_serve:app
"""
import os

import pandas as pd
from flask import Flask, jsonify, request
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUMERIC = [f"x{i}" for i in range(1, 7)]
CATEGORICAL = ["city", "plan"]

train = pd.read_csv(os.path.join(os.environ["BENCH_DIR"], "train.csv"))
model = Pipeline([
    ("prep", ColumnTransformer([("scale", StandardScaler(), NUMERIC),
                                ("onehot", OneHotEncoder(handle_unknown="error"), CATEGORICAL)])),
    ("gbdt", HistGradientBoostingClassifier(max_iter=100, max_depth=6, learning_rate=0.1,
                                            early_stopping=False, random_state=0)),
]).fit(train[NUMERIC + CATEGORICAL], train["y"])
classes = [str(c) for c in model.classes_]

app = Flask(__name__)


@app.post("/invocations")
def invocations():
    body = request.get_json(force=True)
    split = body["dataframe_split"]
    rows = pd.DataFrame(split["data"], columns=split["columns"])
    proba = model.predict_proba(rows[NUMERIC + CATEGORICAL])
    out = []
    for p in proba:
        entry = {"prediction": classes[int(p.argmax())]}
        entry.update({f"p_{c}": float(v) for c, v in zip(classes, p)})
        out.append(entry)
    return jsonify({"predictions": out})
