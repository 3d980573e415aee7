// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bench/PrometheusText.h"

#include <QCoreApplication>
#include <QMap>
#include <cmath>
#include <limits>

#include "core/bench/BenchText.h"

namespace npufleet::bench {

namespace {

bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
}

bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9');
}

std::optional<double> parseValue(const QByteArray& text)
{
    if (text == "NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (text == "+Inf" || text == "Inf")
        return std::numeric_limits<double>::infinity();
    if (text == "-Inf")
        return -std::numeric_limits<double>::infinity();
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

QString unescape(const QByteArray& raw, bool quotes)
{
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw.at(i) == '\\' && i + 1 < raw.size()) {
            const char n = raw.at(++i);
            out += n == 'n' ? '\n' : (n == '\\' || (quotes && n == '"')) ? n : '\\';
            if (n != 'n' && n != '\\' && !(quotes && n == '"'))
                out += n;
        } else {
            out += raw.at(i);
        }
    }
    return QString::fromUtf8(out);
}

// Parses `name{a="x",b="y"} value [ts]`; returns an error message or an empty string.
QString parseSample(const QByteArray& line, PromSample& s)
{
    qsizetype i = 0;
    const qsizetype n = line.size();
    if (!isNameStart(line.at(0)))
        return BenchText::tr("a sample must start with a metric name");
    while (i < n && isNameChar(line.at(i)))
        ++i;
    s.name = QString::fromLatin1(line.left(i));
    while (i < n && line.at(i) == ' ')
        ++i;
    if (i < n && line.at(i) == '{') {
        ++i;
        for (;;) {
            while (i < n && (line.at(i) == ' ' || line.at(i) == ','))
                ++i;
            if (i < n && line.at(i) == '}') {
                ++i;
                break;
            }
            const qsizetype keyStart = i;
            while (i < n && isNameChar(line.at(i)))
                ++i;
            const QByteArray key = line.mid(keyStart, i - keyStart);
            while (i < n && line.at(i) == ' ')
                ++i;
            if (key.isEmpty() || i >= n || line.at(i) != '=')
                return BenchText::tr("bad label list");
            ++i;
            while (i < n && line.at(i) == ' ')
                ++i;
            if (i >= n || line.at(i) != '"')
                return BenchText::tr("bad label list");
            ++i;
            const qsizetype valueStart = i;
            while (i < n && line.at(i) != '"')
                i += line.at(i) == '\\' ? 2 : 1;
            if (i >= n)
                return BenchText::tr("a label value has no closing quote");
            s.labels.append({QString::fromLatin1(key), unescape(line.mid(valueStart, i - valueStart), true)});
            ++i;
        }
    }
    const QList<QByteArray> rest = line.mid(i).simplified().split(' ');
    if (rest.isEmpty() || rest.at(0).isEmpty())
        return BenchText::tr("the sample has no value");
    if (rest.size() > 2)
        return BenchText::tr("text after the timestamp");
    const std::optional<double> v = parseValue(rest.at(0));
    if (!v)
        return BenchText::tr("'%1' is not a number").arg(QString::fromUtf8(rest.at(0)));
    s.value = *v;
    if (rest.size() == 2) {
        bool ok = false;
        s.timestampMs = rest.at(1).toLongLong(&ok);
        if (!ok)
            return BenchText::tr("'%1' is not a timestamp").arg(QString::fromUtf8(rest.at(1)));
    }
    return {};
}

// The family a sample belongs to: histogram and summary parts name their base.
QString familyOf(const QString& sample, const QMap<QString, QString>& types)
{
    for (const char* suffix : {"_bucket", "_sum", "_count", "_total", "_created"}) {
        const QLatin1String s(suffix);
        if (!sample.endsWith(s))
            continue;
        const QString base = sample.chopped(s.size());
        const QString type = types.value(base);
        if (!type.isEmpty())
            return base;
    }
    return sample;
}

} // namespace

QString PromSample::label(const QString& key) const
{
    for (const auto& [k, v] : labels)
        if (k == key)
            return v;
    return {};
}

double PromHistogram::quantile(double q) const
{
    if (buckets.isEmpty() || buckets.last().second <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    const double rank = q * buckets.last().second;
    double lowerBound = 0;
    double lowerCount = 0;
    for (const auto& [le, cumulative] : buckets) {
        if (cumulative >= rank) {
            if (std::isinf(le))
                return lowerBound; // beyond the last finite bucket: its bound, as Prometheus does
            if (cumulative == lowerCount)
                return le;
            return lowerBound + (le - lowerBound) * (rank - lowerCount) / (cumulative - lowerCount);
        }
        lowerBound = le;
        lowerCount = cumulative;
    }
    return lowerBound;
}

PromHistogram PromHistogram::since(const PromHistogram& earlier) const
{
    if (earlier.buckets.size() != buckets.size() || earlier.count > count)
        return *this; // reset or a new layout: everything is new
    PromHistogram d = *this;
    for (qsizetype i = 0; i < d.buckets.size(); ++i)
        d.buckets[i].second -= earlier.buckets.at(i).second;
    d.sum -= earlier.sum;
    d.count -= earlier.count;
    return d;
}

const PromFamily* PromText::family(const QString& name) const
{
    for (const PromFamily& f : families)
        if (f.name == name)
            return &f;
    return nullptr;
}

QList<const PromSample*> PromText::samples(const QString& sampleName) const
{
    QList<const PromSample*> out;
    for (const PromFamily& f : families)
        for (const PromSample& s : f.samples)
            if (s.name == sampleName)
                out.append(&s);
    return out;
}

std::optional<double> PromText::sum(const QString& sampleName) const
{
    const QList<const PromSample*> list = samples(sampleName);
    if (list.isEmpty())
        return std::nullopt;
    double total = 0;
    for (const PromSample* s : list)
        total += s->value;
    return total;
}

PromHistogram PromText::histogram(const QString& name) const
{
    PromHistogram h;
    QMap<double, double> byLe;
    for (const PromSample* s : samples(name + QStringLiteral("_bucket"))) {
        const std::optional<double> le = parseValue(s->label(QStringLiteral("le")).toUtf8());
        if (le)
            byLe[*le] += s->value;
    }
    for (auto it = byLe.begin(); it != byLe.end(); ++it)
        h.buckets.append({it.key(), it.value()});
    h.sum = sum(name + QStringLiteral("_sum")).value_or(0);
    h.count = sum(name + QStringLiteral("_count")).value_or(h.buckets.isEmpty() ? 0 : h.buckets.last().second);
    return h;
}

PromText parsePrometheusText(const QByteArray& text)
{
    PromText out;
    QMap<QString, QString> types;
    QMap<QString, qsizetype> index; // family name → position in out.families
    const auto familyAt = [&](const QString& name) -> PromFamily& {
        auto it = index.constFind(name);
        if (it == index.constEnd()) {
            PromFamily f;
            f.name = name;
            f.type = types.value(name, QStringLiteral("untyped"));
            out.families.append(f);
            it = index.insert(name, out.families.size() - 1);
        }
        return out.families[*it];
    };
    int lineNo = 0;
    for (const QByteArray& raw : text.split('\n')) {
        ++lineNo;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith('#')) {
            const QList<QByteArray> parts = line.mid(1).trimmed().split(' ');
            if (parts.size() < 3 || (parts.at(0) != "TYPE" && parts.at(0) != "HELP"))
                continue; // a plain comment
            const QString name = QString::fromLatin1(parts.at(1));
            if (parts.at(0) == "TYPE") {
                static const QList<QByteArray> known = {"counter", "gauge", "histogram", "summary", "untyped"};
                if (!known.contains(parts.at(2))) {
                    Error e;
                    e.message = BenchText::tr("unknown metric type '%1'").arg(QString::fromUtf8(parts.at(2)));
                    e.line = lineNo;
                    out.errors.append(e);
                    continue;
                }
                types.insert(name, QString::fromLatin1(parts.at(2)));
                familyAt(name).type = types.value(name);
            } else {
                const qsizetype at = line.indexOf(parts.at(1)) + parts.at(1).size();
                familyAt(name).help = unescape(line.mid(at).trimmed(), false);
            }
            continue;
        }
        PromSample s;
        const QString problem = parseSample(line, s);
        if (!problem.isEmpty()) {
            Error e;
            e.message = problem;
            e.line = lineNo;
            out.errors.append(e);
            continue;
        }
        familyAt(familyOf(s.name, types)).samples.append(s);
    }
    return out;
}

} // namespace npufleet::bench
