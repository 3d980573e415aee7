// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cluster/NvidiaSmiParser.h"

#include <QCoreApplication>
#include <QStringList>

#include "core/cluster/ClusterText.h"

namespace npufleet::cluster {

namespace {

Error lineError(int line, const QString& message)
{
    Error e;
    e.message = message;
    e.line = line;
    return e;
}

// nvidia-smi prints "[N/A]", "[Not Supported]", "[Unknown Error]" ... in brackets for values it lacks.
bool isMissing(const QString& value)
{
    return value.isEmpty() || value.startsWith(QLatin1Char('['))
        || value.compare(QLatin1String("N/A"), Qt::CaseInsensitive) == 0;
}

template<typename T>
bool readNumber(const QString& value, std::optional<T>* target)
{
    if (isMissing(value)) {
        target->reset();
        return true;
    }
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (ok)
        *target = static_cast<T>(number);
    return ok;
}

} // namespace

Result<QList<Accelerator>> parseNvidiaSmiQuery(QByteArrayView text, QStringList* warnings)
{
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    QList<Accelerator> gpus;
    QStringList problems; // a line that cannot be used costs that line only
    std::optional<Error> firstError;
    auto problem = [&](int number, const QString& message, const QString& hint = {}) {
        problems << ClusterText::tr("line %1: %2").arg(number).arg(message);
        if (!firstError) {
            Error e = lineError(number, message);
            e.hint = hint;
            firstError = e;
        }
    };
    for (int i = 0; i < lines.size(); ++i) {
        const int number = i + 1;
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        QStringList fields = line.split(QLatin1Char(','));
        for (QString& f : fields)
            f = f.trimmed();
        if (gpus.isEmpty() && fields.value(0).compare(QLatin1String("index"), Qt::CaseInsensitive) == 0)
            continue; // a header line
        if (fields.size() != 7) {
            problem(number,
                    ClusterText::tr("expected 7 comma-separated values (index, name, memory used, memory total, "
                                    "temperature, power, utilization), found %1; the line is left out")
                        .arg(fields.size()),
                    ClusterText::tr("the line reads: %1").arg(line.left(80)));
            continue;
        }
        Accelerator gpu;
        gpu.vendor = Vendor::Nvidia;
        bool ok = false;
        gpu.index = fields.at(0).toInt(&ok);
        if (!ok || gpu.index < 0) {
            problem(number,
                    ClusterText::tr("expected a GPU index, found '%1'; the line is left out").arg(fields.at(0)));
            continue;
        }
        gpu.name = fields.at(1);
        static const char* const columns[]
            = {"memory.used", "memory.total", "temperature.gpu", "power.draw", "utilization.gpu"};
        const bool good[] = {readNumber(fields.at(2), &gpu.hbmUsedMib), readNumber(fields.at(3), &gpu.hbmTotalMib),
                             readNumber(fields.at(4), &gpu.tempC), readNumber(fields.at(5), &gpu.powerW),
                             readNumber(fields.at(6), &gpu.aicorePct)};
        for (int c = 0; c < 5; ++c) {
            if (!good[c])
                problem(number,
                        ClusterText::tr("'%1' is not a number (%2); left empty")
                            .arg(fields.at(c + 2), QLatin1String(columns[c])));
        }
        gpus << gpu;
    }
    if (gpus.isEmpty())
        return firstError ? *firstError : lineError(0, ClusterText::tr("the nvidia-smi output lists no GPU"));
    if (warnings)
        *warnings << problems;
    return gpus;
}

} // namespace npufleet::cluster
