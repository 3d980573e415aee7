// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QMimeData;

namespace npufleet::ui {

// Drag payloads of the assignment board. They carry stable ids, never pointers or rows: a project
// model id or "catalog:<name>", or a deployment name, so a drop stays right whatever moved meanwhile.
class ModelRefMime
{
public:
    static QString modelType(); // application/x-npufleet-model-ref
    static QString deploymentType(); // application/x-npufleet-deployment-ref
    static QString catalogRef(const QString& catalogName); // "catalog:Qwen3-32B"
    static bool isCatalogRef(const QString& ref);
    static QString catalogName(const QString& ref);

    static QMimeData* encodeModels(const QStringList& refs);
    static QStringList decodeModels(const QMimeData* mime);
    static QMimeData* encodeDeployment(const QString& name);
    static QString decodeDeployment(const QMimeData* mime);
};

} // namespace npufleet::ui
