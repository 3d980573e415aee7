// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/WeightFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtEndian>

#include "core/model/ConfigReader.h"
#include "core/util/InputLimits.h"
#include "core/util/ReadLimited.h"

namespace npufleet::model {

namespace {

Error fileError(const QString& path, const QString& message)
{
    Error e;
    e.file = path;
    e.message = message;
    return e;
}

Result<QJsonObject> readJsonObject(const QString& path)
{
    const Result<QByteArray> read = util::readLimited(path, limits::kModelIndexBytes, WeightFiles::tr("the file"));
    if (!read)
        return read.error();
    const QByteArray& text = *read;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        Error e = fileError(path, WeightFiles::tr("not valid JSON: %1").arg(pe.errorString()));
        ConfigReader::lineColumn(text, pe.offset, &e.line, &e.column);
        return e;
    }
    return doc.object();
}

} // namespace

WeightPart WeightFiles::classify(const QString& name, const ModelSpec& spec, bool* isMtp)
{
    static const QRegularExpression layerRe(QStringLiteral("layers\\.(\\d+)\\."));
    const QRegularExpressionMatch m = layerRe.match(name);
    *isMtp = m.hasMatch() && m.captured(1).toInt() >= spec.numLayers;
    auto has = [&name](const char* s) { return name.contains(QLatin1String(s)); };
    if (has("embed_tokens"))
        return WeightPart::Embedding;
    if (has("lm_head") || has("shared_head.head"))
        return WeightPart::LmHead;
    if (has("shared_expert_gate") || has("mlp.gate.") || has("block_sparse_moe.gate.")
        || has("e_score_correction_bias"))
        return WeightPart::Router;
    if (has("shared_expert"))
        return WeightPart::SharedExperts;
    if (has("experts."))
        return WeightPart::RoutedExperts;
    if (has("norm"))
        return WeightPart::Norm;
    if (has("q_a_proj") || has("kv_a_proj") || has("eh_proj"))
        return WeightPart::AttnReplicated;
    if (has("k_proj") || has("v_proj"))
        return WeightPart::AttnKv;
    if (has("self_attn."))
        return WeightPart::AttnSplit;
    if (has("mlp.") || has("feed_forward"))
        return WeightPart::DenseMlp;
    return WeightPart::Norm; // small leftovers (rotary buffers, ...) are replicated
}

Result<void> WeightFiles::addSafetensorsHeader(const QString& path, const ModelSpec& spec, WeightFileInfo& info)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(path, tr("cannot read: %1").arg(file.errorString()));
    const QByteArray lengthBytes = file.read(8);
    if (lengthBytes.size() != 8)
        return fileError(path, tr("not a safetensors file (shorter than 8 bytes)"));
    const quint64 length = qFromLittleEndian<quint64>(lengthBytes.constData());
    if (length == 0 || length > quint64(limits::kSafetensorsHeaderBytes)
        || static_cast<qint64>(length) > file.size() - 8)
        return fileError(path, tr("not a safetensors file (header length %1)").arg(length));
    const QByteArray header = file.read(static_cast<qint64>(length));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(header, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return fileError(path, tr("the safetensors header is not valid JSON: %1").arg(pe.errorString()));
    const QJsonObject tensors = doc.object();
    for (auto it = tensors.begin(); it != tensors.end(); ++it) {
        if (it.key() == QLatin1String("__metadata__"))
            continue;
        const QJsonArray offsets = it.value().toObject().value(QLatin1String("data_offsets")).toArray();
        if (offsets.size() != 2)
            return fileError(path, tr("tensor '%1' has no data_offsets").arg(it.key()));
        const double bytes = offsets.at(1).toDouble() - offsets.at(0).toDouble();
        bool mtp = false;
        const WeightPart part = classify(it.key(), spec, &mtp);
        info.totalBytes += bytes;
        if (mtp) {
            info.mtpBytes += bytes;
            info.hasMtpTensors = true;
        } else {
            info.partBytes[part] += bytes;
        }
    }
    return {};
}

Result<WeightFileInfo> WeightFiles::read(const QString& folder, const ModelSpec& spec)
{
    WeightFileInfo info;
    const QDir dir(folder);
    const QString indexPath = dir.filePath(QStringLiteral("model.safetensors.index.json"));
    QStringList shards;
    double indexTotal = 0;
    if (QFile::exists(indexPath)) {
        Result<QJsonObject> index = readJsonObject(indexPath);
        if (!index)
            return index.error();
        indexTotal = index->value(QLatin1String("metadata")).toObject().value(QLatin1String("total_size")).toDouble();
        const QJsonObject map = index->value(QLatin1String("weight_map")).toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            bool mtp = false;
            classify(it.key(), spec, &mtp);
            info.hasMtpTensors = info.hasMtpTensors || mtp;
            const QString shard = it.value().toString();
            if (!shards.contains(shard))
                shards << shard;
        }
    } else {
        shards = dir.entryList({QStringLiteral("*.safetensors")}, QDir::Files, QDir::Name);
    }

    // Headers give bytes per tensor; use them only when every shard is really there (not an LFS pointer).
    bool allHeaders = !shards.isEmpty();
    WeightFileInfo fromHeaders;
    for (const QString& shard : std::as_const(shards)) {
        const QString path = dir.filePath(shard);
        if (!QFile::exists(path) || !addSafetensorsHeader(path, spec, fromHeaders)) {
            allHeaders = false;
            break;
        }
    }
    if (allHeaders) {
        fromHeaders.found = true;
        fromHeaders.perPart = true;
        fromHeaders.source
            = shards.size() == 1 ? dir.filePath(shards.first()) : dir.filePath(QStringLiteral("*.safetensors"));
        return fromHeaders;
    }
    if (indexTotal > 0) {
        info.found = true;
        info.totalBytes = indexTotal;
        info.source = indexPath;
    }
    return info;
}

Result<void> WeightFiles::readQuantDescription(const QString& folder, ModelSpec& spec)
{
    const QStringList names
        = QDir(folder).entryList({QStringLiteral("quant_model_description*.json")}, QDir::Files, QDir::Name);
    if (names.isEmpty())
        return {};
    const QString path = QDir(folder).filePath(names.first());
    Result<QJsonObject> description = readJsonObject(path);
    if (!description)
        return description.error();
    std::array<int, kWeightPartCount> quantized {};
    std::array<int, kWeightPartCount> floating {};
    int int4 = 0;
    int int8 = 0;
    for (auto it = description->begin(); it != description->end(); ++it) {
        if (!it.value().isString() || !it.key().endsWith(QLatin1String(".weight")))
            continue;
        const QString type = it.value().toString().toUpper();
        bool mtp = false;
        const auto index = static_cast<std::size_t>(classify(it.key(), spec, &mtp));
        if (type == QLatin1String("FLOAT")) {
            ++floating[index];
        } else {
            ++quantized[index];
            (type.startsWith(QLatin1String("W4")) ? int4 : int8) += 1;
        }
    }
    const QString declared = description->value(QLatin1String("model_quant_type")).toString().toUpper();
    spec.quant.method = declared.isEmpty() ? QStringLiteral("quant_model_description") : declared;
    const bool fourBit = declared.startsWith(QLatin1String("W4")) || (declared.isEmpty() && int4 > int8);
    spec.quant.scheme = fourBit ? QuantScheme::W4A8 : QuantScheme::W8A8;
    spec.quant.bits = fourBit ? 4 : 8;
    for (std::size_t i = 0; i < kWeightPartCount; ++i) {
        if (quantized[i] + floating[i] > 0)
            spec.quant.partQuantized[i] = quantized[i] >= floating[i];
    }
    return {};
}

} // namespace npufleet::model
