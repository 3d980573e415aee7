// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/YamlVariant.h"

#include <QVariantList>
#include <QVariantMap>

namespace npufleet::project {

QVariant yamlToVariant(const YAML::Node& node)
{
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        return QString::fromStdString(node.Scalar());
    case YAML::NodeType::Sequence: {
        QVariantList list;
        for (const YAML::Node& item : node)
            list << yamlToVariant(item);
        return list;
    }
    case YAML::NodeType::Map: {
        QVariantMap map;
        for (auto it = node.begin(); it != node.end(); ++it)
            map.insert(QString::fromStdString(it->first.Scalar()), yamlToVariant(it->second));
        return map;
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return {};
}

void emitVariant(YAML::Emitter& out, const QVariant& value)
{
    if (value.typeId() == QMetaType::QVariantMap) {
        out << YAML::BeginMap;
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            out << YAML::Key << it.key().toStdString() << YAML::Value;
            emitVariant(out, it.value());
        }
        out << YAML::EndMap;
    } else if (value.typeId() == QMetaType::QVariantList) {
        out << YAML::BeginSeq;
        const QVariantList list = value.toList();
        for (const QVariant& item : list)
            emitVariant(out, item);
        out << YAML::EndSeq;
    } else if (!value.isValid()) {
        out << YAML::Null;
    } else {
        out << value.toString().toStdString();
    }
}

} // namespace npufleet::project
