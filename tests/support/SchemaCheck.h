// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace npufleet::test {

struct SchemaCheck
{
    bool ran = false; // python3 with jsonschema and yaml was there
    int exitCode = -1;
    QString output; // one line per document: "ok FILE#N KIND" or "error ..."
};

// Runs tests/support/validate-schema.py (python3-jsonschema, python3-yaml) over `files` against the schemas in
// tests/fixtures/schemas: mode "compose" (Compose Specification) or "k8s" (by each document's kind).
SchemaCheck validateSchema(const QString& mode, const QStringList& files);

// The service keys `docker stack deploy` ignores or refuses (tests/fixtures/schemas/docker-stack-ignored-keys.txt).
QStringList stackIgnoredKeys();

} // namespace npufleet::test
