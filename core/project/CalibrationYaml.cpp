// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/CalibrationYaml.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <cmath>

#include "core/project/YamlError.h"
#include "core/project/YamlVariant.h"
#include "core/util/InputLimits.h"

namespace npufleet::project {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)
};

QString scalar(const YAML::Node& n)
{
    return QString::fromStdString(n.Scalar());
}

std::string s(const QString& text)
{
    return text.toStdString();
}

} // namespace

Result<QList<Calibration>> readCalibrations(const YAML::Node& list, const QString& file, QStringList* warnings)
{
    QList<Calibration> out;
    if (!list || list.IsNull())
        return out;
    if (!list.IsSequence())
        return yamlError(file, list.Mark(), Text::tr("'%1' must be a list").arg(QStringLiteral("calibration")));
    static const QSet<QString> known {
        QStringLiteral("chip"),          QStringLiteral("engine"),     QStringLiteral("speed_correction"),
        QStringLiteral("measured_from"), QStringLiteral("deployment"), QStringLiteral("date")};
    for (const YAML::Node& item : list) {
        if (!item.IsMap())
            return yamlError(file, item.Mark(),
                             Text::tr("%1 must be a mapping of keys to values").arg(Text::tr("a calibration entry")));
        Calibration c;
        // One-line text values; chip, engine and speed_correction are required.
        for (const char* key : {"chip", "engine", "speed_correction", "measured_from", "deployment", "date"}) {
            const YAML::Node v = item[key];
            const bool required = QLatin1String(key) == QLatin1String("chip")
                || QLatin1String(key) == QLatin1String("engine")
                || QLatin1String(key) == QLatin1String("speed_correction");
            if (!v || v.IsNull()) {
                if (required)
                    return yamlError(file, item.Mark(), Text::tr("missing required key '%1'").arg(QLatin1String(key)));
                continue;
            }
            if (!v.IsScalar())
                return yamlError(
                    file, v.Mark(),
                    Text::tr("'%1' must be a single value, not a list or mapping").arg(QLatin1String(key)));
        }
        c.chip = scalar(item["chip"]);
        const QString engine = scalar(item["engine"]);
        const std::optional<Engine> e = engineFromKey(engine);
        if (!e)
            return yamlError(file, item["engine"].Mark(), Text::tr("unknown engine '%1'").arg(engine),
                             Text::tr("one of: %1").arg(engineKeys().join(QStringLiteral(", "))));
        c.engine = *e;
        bool ok = false;
        c.speedCorrection = scalar(item["speed_correction"]).toDouble(&ok);
        // The planner's own range: a factor outside it is no measurement of this layout.
        const double low = 1.0 / limits::kMaxSpeedCorrection;
        if (!ok || !std::isfinite(c.speedCorrection) || c.speedCorrection < low
            || c.speedCorrection > limits::kMaxSpeedCorrection)
            return yamlError(file, item["speed_correction"].Mark(),
                             Text::tr("'%1' must be between %2 and %3, not %4")
                                 .arg(QStringLiteral("speed_correction"))
                                 .arg(low)
                                 .arg(limits::kMaxSpeedCorrection)
                                 .arg(scalar(item["speed_correction"])));
        if (item["measured_from"])
            c.measuredFrom = scalar(item["measured_from"]);
        if (item["deployment"])
            c.deployment = scalar(item["deployment"]);
        if (item["date"])
            c.date = scalar(item["date"]);
        for (auto it = item.begin(); it != item.end(); ++it) {
            const QString key = scalar(it->first);
            if (known.contains(key))
                continue;
            if (warnings) {
                const YAML::Mark mark = it->first.Mark();
                warnings->append(QStringLiteral("%1:%2:%3: %4")
                                     .arg(file)
                                     .arg(mark.line + 1)
                                     .arg(mark.column + 1)
                                     .arg(Text::tr("unknown key '%1' in %2 (kept as it is)")
                                              .arg(key, Text::tr("a calibration entry"))));
            }
            c.extra.insert(key, yamlToVariant(it->second));
        }
        out << c;
    }
    return out;
}

void emitCalibrations(YAML::Emitter& out, const QList<Calibration>& calibrations)
{
    if (calibrations.isEmpty())
        return;
    out << YAML::Key << "calibration" << YAML::Value << YAML::BeginSeq;
    for (const Calibration& c : calibrations) {
        out << YAML::Flow << YAML::BeginMap;
        out << YAML::Key << "chip" << YAML::Value << s(c.chip);
        out << YAML::Key << "engine" << YAML::Value << s(engineKey(c.engine));
        // Shortest text that reads back as the same double.
        out << YAML::Key << "speed_correction" << YAML::Value
            << s(QString::number(c.speedCorrection, 'g', QLocale::FloatingPointShortest));
        if (!c.measuredFrom.isEmpty())
            out << YAML::Key << "measured_from" << YAML::Value << YAML::DoubleQuoted << s(c.measuredFrom);
        if (!c.deployment.isEmpty())
            out << YAML::Key << "deployment" << YAML::Value << s(c.deployment);
        if (!c.date.isEmpty())
            out << YAML::Key << "date" << YAML::Value << s(c.date);
        for (auto it = c.extra.cbegin(); it != c.extra.cend(); ++it) {
            out << YAML::Key << s(it.key()) << YAML::Value;
            emitVariant(out, it.value());
        }
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

} // namespace npufleet::project
