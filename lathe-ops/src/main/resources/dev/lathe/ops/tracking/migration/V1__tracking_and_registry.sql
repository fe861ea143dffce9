-- Tracking store and model registry, one schema for SQLite and PostgreSQL.
-- ${id_column} is the one dialect difference: an auto-numbered primary key.
-- Times are milliseconds since the epoch (as MLflow keeps them).

CREATE TABLE experiments (
    experiment_id ${id_column},
    name TEXT NOT NULL UNIQUE,
    lifecycle_stage TEXT NOT NULL,
    creation_time BIGINT NOT NULL,
    deleted_time BIGINT
);

CREATE TABLE runs (
    run_id TEXT PRIMARY KEY,
    experiment_id BIGINT NOT NULL REFERENCES experiments (experiment_id),
    name TEXT NOT NULL,
    status TEXT NOT NULL,
    start_time BIGINT NOT NULL,
    end_time BIGINT,
    parent_run_id TEXT REFERENCES runs (run_id),
    source TEXT,
    git_commit TEXT,
    user_name TEXT NOT NULL,
    lifecycle_stage TEXT NOT NULL,
    deleted_time BIGINT,
    artifacts_purged INTEGER NOT NULL
);
CREATE INDEX runs_experiment ON runs (experiment_id, lifecycle_stage, start_time);

CREATE TABLE params (
    run_id TEXT NOT NULL REFERENCES runs (run_id),
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (run_id, key)
);

CREATE TABLE tags (
    run_id TEXT NOT NULL REFERENCES runs (run_id),
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (run_id, key)
);

-- value NULL stands for NaN (SQLite has no NaN)
CREATE TABLE metrics (
    run_id TEXT NOT NULL REFERENCES runs (run_id),
    key TEXT NOT NULL,
    value DOUBLE PRECISION,
    step BIGINT NOT NULL,
    timestamp BIGINT NOT NULL
);
CREATE INDEX metrics_run_key ON metrics (run_id, key, step);

CREATE TABLE latest_metrics (
    run_id TEXT NOT NULL REFERENCES runs (run_id),
    key TEXT NOT NULL,
    value DOUBLE PRECISION,
    step BIGINT NOT NULL,
    timestamp BIGINT NOT NULL,
    PRIMARY KEY (run_id, key)
);

-- path: relative to the artifact root, always assigned by the store
CREATE TABLE artifacts (
    run_id TEXT NOT NULL REFERENCES runs (run_id),
    name TEXT NOT NULL,
    path TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    PRIMARY KEY (run_id, name)
);

CREATE TABLE registered_models (
    name TEXT PRIMARY KEY,
    creation_time BIGINT NOT NULL,
    last_version INTEGER NOT NULL
);

CREATE TABLE model_versions (
    name TEXT NOT NULL REFERENCES registered_models (name),
    version INTEGER NOT NULL,
    path TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    run_id TEXT REFERENCES runs (run_id),
    source TEXT NOT NULL,
    user_name TEXT NOT NULL,
    creation_time BIGINT NOT NULL,
    PRIMARY KEY (name, version)
);

CREATE TABLE model_aliases (
    name TEXT NOT NULL,
    alias TEXT NOT NULL,
    version INTEGER NOT NULL,
    PRIMARY KEY (name, alias),
    FOREIGN KEY (name, version) REFERENCES model_versions (name, version)
);

CREATE TABLE alias_events (
    event_id ${id_column},
    name TEXT NOT NULL REFERENCES registered_models (name),
    alias TEXT NOT NULL,
    from_version INTEGER,
    to_version INTEGER,
    user_name TEXT NOT NULL,
    event_time BIGINT NOT NULL
);

INSERT INTO experiments (experiment_id, name, lifecycle_stage, creation_time) VALUES (0, 'Default', 'active', 0);
