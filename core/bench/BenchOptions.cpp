// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bench/BenchOptions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <cmath>

#include "core/bench/BenchError.h"
#include "core/bench/BenchMetrics.h"
#include "core/bench/BenchText.h"

namespace npufleet::bench {

namespace {

QStringList items(const QString& text)
{
    return text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
}

} // namespace

Result<GoodputSlo> parseGoodput(const QStringList& given)
{
    GoodputSlo slo;
    for (const QString& item : given) {
        for (const QString& part : items(item)) {
            const qsizetype colon = part.indexOf(QLatin1Char(':'));
            bool ok = false;
            const double v = colon > 0 ? part.mid(colon + 1).toDouble(&ok) : 0;
            const QString key = part.left(colon);
            if (!ok || v < 0)
                return inputError(BenchText::tr("goodput wants KEY:MILLISECONDS, e.g. ttft:200, not '%1'").arg(part));
            if (key == QLatin1String("ttft"))
                slo.ttftMs = v;
            else if (key == QLatin1String("tpot"))
                slo.tpotMs = v;
            else if (key == QLatin1String("e2el"))
                slo.e2elMs = v;
            else
                return inputError(BenchText::tr("unknown goodput metric '%1' (ttft, tpot or e2el)").arg(key));
        }
    }
    return slo;
}

Result<QList<QPair<QString, QString>>> parseMetadata(const QStringList& given)
{
    QList<QPair<QString, QString>> out;
    for (const QString& item : given) {
        for (const QString& part : item.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const qsizetype eq = part.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return inputError(BenchText::tr("metadata wants KEY=VALUE, not '%1'").arg(part));
            out.append({part.left(eq).trimmed(), part.mid(eq + 1).trimmed()});
        }
    }
    return out;
}

Result<QList<double>> parseRates(const QString& text)
{
    QList<double> out;
    for (const QString& item : items(text)) {
        if (item == QLatin1String("inf")) {
            out.append(std::numeric_limits<double>::infinity());
            continue;
        }
        bool ok = false;
        const double v = item.toDouble(&ok);
        if (!ok || v <= 0)
            return inputError(BenchText::tr("a request rate is a positive number or inf, not '%1'").arg(item));
        out.append(v);
    }
    if (out.isEmpty())
        out.append(std::numeric_limits<double>::infinity());
    return out;
}

Result<QList<int>> parseConcurrencies(const QString& text)
{
    QList<int> out;
    for (const QString& item : items(text)) {
        bool ok = item == QLatin1String("none");
        const int v = ok ? 0 : item.toInt(&ok);
        if (!ok || v < 0)
            return inputError(BenchText::tr("a concurrency is a whole number, not '%1'").arg(item));
        out.append(v);
    }
    if (out.isEmpty())
        out.append(0);
    return out;
}

Result<QList<double>> parsePercentiles(const QString& text)
{
    QList<double> out;
    for (const QString& item : items(text)) {
        bool ok = false;
        const double v = item.toDouble(&ok);
        if (!ok || v < 0 || v > 100)
            return inputError(BenchText::tr("a percentile is a number from 0 to 100, not '%1'").arg(item));
        if (!out.contains(v))
            out.append(v); // in the order given, as vLLM reports them
    }
    return out;
}

Result<QStringList> parseMetricNames(const QString& text)
{
    QStringList names;
    for (const QString& n : items(text)) {
        if (!percentileMetricNames().contains(n))
            return inputError(
                BenchText::tr("unknown metric '%1' (%2)").arg(n, percentileMetricNames().join(QStringLiteral(", "))));
        if (!names.contains(n))
            names.append(n);
    }
    return names;
}

QList<SweepPoint> sweepPoints(const QList<double>& rates, const QList<int>& concurrencies)
{
    QList<SweepPoint> out;
    for (int c : concurrencies)
        for (double r : rates)
            out.append({r, c});
    return out;
}

QString sweepFileName(const QString& file, const SweepPoint& point, bool sweep)
{
    if (!sweep)
        return file;
    const QFileInfo info(file);
    const QString rate = std::isfinite(point.requestRate) ? QString::number(point.requestRate) : QStringLiteral("inf");
    const QString suffix = QStringLiteral("-rate%1-conc%2").arg(rate).arg(point.maxConcurrency);
    const QString ext = info.suffix().isEmpty() ? QStringLiteral("json") : info.suffix();
    return info.dir().filePath(info.completeBaseName() + suffix + QLatin1Char('.') + ext);
}

} // namespace npufleet::bench
