#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 NPU Fleet contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validates exported YAML files against the schemas kept in tests/fixtures/schemas (python3-jsonschema and
python3-yaml from Debian; no validator of our own).

    validate-schema.py SCHEMAS_DIR compose FILE...   every file against the Compose Specification
    validate-schema.py SCHEMAS_DIR k8s FILE...       every document by its kind: LeaderWorkerSet, RayCluster
                                                     (their CRDs' openAPIV3Schema), Deployment, Service

Prints one line per document ("ok FILE#N KIND") or each error with its path; exits 1 on any error, 2 on bad use.
"""
import gzip
import json
import os
import sys

import jsonschema
import yaml


def load(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        if ".json" in path:
            return json.load(f)
        return yaml.safe_load(f)


def crd_schema(path, version):
    crd = load(path)
    for v in crd["spec"]["versions"]:
        if v["name"] == version:
            return v["schema"]["openAPIV3Schema"]
    raise SystemExit(f"{path}: no version {version}")


def k8s_schemas(schemas):
    return {
        ("leaderworkerset.x-k8s.io/v1", "LeaderWorkerSet"):
            (crd_schema(os.path.join(schemas, "lws-crd.yaml.gz"), "v1"), jsonschema.Draft4Validator),
        ("ray.io/v1", "RayCluster"):
            (crd_schema(os.path.join(schemas, "raycluster-crd.yaml.gz"), "v1"), jsonschema.Draft4Validator),
        ("apps/v1", "Deployment"):
            (load(os.path.join(schemas, "k8s-deployment-apps-v1.json.gz")), jsonschema.Draft7Validator),
        ("v1", "Service"): (load(os.path.join(schemas, "k8s-service-v1.json")), jsonschema.Draft7Validator),
    }


def report(name, validator, document):
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    for e in errors:
        where = "/".join(str(p) for p in e.absolute_path) or "(root)"
        print(f"error {name} at {where}: {e.message[:300]}")
    return not errors


def main(argv):
    if len(argv) < 4 or argv[2] not in ("compose", "k8s"):
        print(__doc__, file=sys.stderr)
        return 2
    schemas, mode, files = argv[1], argv[2], argv[3:]
    ok = True
    if mode == "compose":
        schema = load(os.path.join(schemas, "compose-spec.json"))
        validator = jsonschema.validators.validator_for(schema)(schema)
        for path in files:
            good = report(path, validator, load(path))
            ok = ok and good
            if good:
                print(f"ok {path} compose")
        return 0 if ok else 1
    known = k8s_schemas(schemas)
    for path in files:
        with open(path, encoding="utf-8") as f:
            documents = [d for d in yaml.safe_load_all(f) if d is not None]
        if not documents:
            print(f"error {path}: no YAML document")
            ok = False
        for i, doc in enumerate(documents):
            key = (doc.get("apiVersion"), doc.get("kind"))
            if key not in known:
                print(f"error {path}#{i}: no schema for {key[0]} {key[1]}")
                ok = False
                continue
            schema, cls = known[key]
            good = report(f"{path}#{i}", cls(schema), doc)
            ok = ok and good
            if good:
                print(f"ok {path}#{i} {key[1]}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
