// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantMap>

namespace npufleet::project {

// A model the project can deploy: where its files are and how it is quantized.
struct ModelSource
{
    QString id;           // stable id that deployments refer to
    QString name;         // display name
    QString path;         // folder on the nodes (shared storage or copied)
    QString hubId;        // Hugging Face / ModelScope id
    QString catalog;      // name in the built-in catalog, when its config comes from there
    QString quantization; // auto, bf16, fp16, fp8, w8a8, w4a8, w4a16
    QVariantMap extra;    // keys this version does not know, kept for the next save
    friend bool operator==(const ModelSource&, const ModelSource&) = default;
};

} // namespace npufleet::project
