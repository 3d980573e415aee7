// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The reference implementations' own test vectors, as data files (tests/fixtures/conformance/
// prometheus/SOURCES.md): prometheus/common expfmt's text parser table (every accepted and every
// rejected input) and promql's histogram_quantile evaluations over classic histograms.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <cmath>
#include <limits>

#include "core/monitoring/PrometheusText.h"

#include "FixturePaths.h"

using namespace npufleet::monitoring;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(NPUFLEET_SOURCE_DIR "/tests/fixtures/conformance/prometheus/") + name;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

double number(const QJsonValue& v)
{
    if (v.isDouble())
        return v.toDouble();
    const QString s = v.toString();
    if (s == QLatin1String("NaN"))
        return std::numeric_limits<double>::quiet_NaN();
    if (s == QLatin1String("+Inf"))
        return std::numeric_limits<double>::infinity();
    if (s == QLatin1String("-Inf"))
        return -std::numeric_limits<double>::infinity();
    bool ok = false;
    const double d = s.toDouble(&ok);
    if (!ok)
        qFatal("not a number in a fixture: %s", qPrintable(s));
    return d;
}

// Equal, NaN equal to NaN, within the relative epsilon promqltest uses.
bool same(double expected, double got, double epsilon = 1e-12)
{
    if (std::isnan(expected) || std::isnan(got))
        return std::isnan(expected) && std::isnan(got);
    if (expected == got)
        return true;
    return std::abs(expected - got) <= epsilon * std::max(std::abs(expected), std::abs(got));
}

// The parsed family in the shape of the fixture's JSON, for a readable comparison.
QJsonObject describe(const PromFamily& f)
{
    const auto num = [](double v) -> QJsonValue {
        if (std::isnan(v))
            return QStringLiteral("NaN");
        if (std::isinf(v))
            return v > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
        return v;
    };
    QJsonArray metrics;
    for (const PromMetric& m : f.metrics) {
        QJsonObject o;
        if (!m.labels.isEmpty()) {
            QJsonArray labels;
            for (const auto& [k, v] : m.labels)
                labels.append(QJsonArray {k, v});
            o.insert(QStringLiteral("labels"), labels);
        }
        if (m.timestampMs)
            o.insert(QStringLiteral("timestamp_ms"), *m.timestampMs);
        QJsonObject detail;
        if (m.count)
            detail.insert(QStringLiteral("count"), num(*m.count));
        if (m.sum)
            detail.insert(QStringLiteral("sum"), num(*m.sum));
        if (f.type == QLatin1String("summary")) {
            QJsonArray qs;
            for (const auto& [q, v] : m.quantiles)
                qs.append(QJsonArray {num(q), num(v)});
            detail.insert(QStringLiteral("quantiles"), qs);
            o.insert(QStringLiteral("summary"), detail);
        } else if (f.type.endsWith(QLatin1String("histogram"))) {
            QJsonArray bs;
            for (const PromBucket& b : m.buckets)
                bs.append(QJsonArray {num(b.upperBound), num(b.count)});
            detail.insert(QStringLiteral("buckets"), bs);
            o.insert(QStringLiteral("histogram"), detail);
        } else {
            o.insert(QStringLiteral("value"), num(m.value));
        }
        metrics.append(o);
    }
    QJsonObject out {{QStringLiteral("name"), f.name}, {QStringLiteral("type"), f.type}};
    if (f.hasHelp)
        out.insert(QStringLiteral("help"), f.help);
    out.insert(QStringLiteral("metrics"), metrics);
    return out;
}

// Numbers compared as numbers (NaN equal to NaN), everything else exactly.
bool sameJson(const QJsonValue& expected, const QJsonValue& got)
{
    const QString text = expected.toString();
    const bool special = text == QLatin1String("NaN") || text == QLatin1String("+Inf") || text == QLatin1String("-Inf");
    const bool numeric = expected.isDouble() || (expected.isString() && got.isDouble()) || special;
    if (numeric && (got.isDouble() || got.isString()))
        return same(number(expected), number(got));
    if (expected.isArray() && got.isArray()) {
        const QJsonArray e = expected.toArray(), g = got.toArray();
        if (e.size() != g.size())
            return false;
        for (qsizetype i = 0; i < e.size(); ++i)
            if (!sameJson(e.at(i), g.at(i)))
                return false;
        return true;
    }
    if (expected.isObject() && got.isObject()) {
        const QJsonObject e = expected.toObject(), g = got.toObject();
        if (e.keys() != g.keys())
            return false;
        for (const QString& k : e.keys())
            if (!sameJson(e.value(k), g.value(k)))
                return false;
        return true;
    }
    return expected == got;
}

QString compact(const QJsonValue& v)
{
    return QString::fromUtf8(v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                          : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
}

} // namespace

class TestPrometheusConformance : public QObject
{
    Q_OBJECT
private slots:
    void expfmtAccepted_data()
    {
        QTest::addColumn<QString>("id");
        const QJsonObject expected
            = QJsonDocument::fromJson(readFile(fixture(QStringLiteral("expfmt/accept.json")))).object();
        QVERIFY(expected.size() == 18);
        for (const QString& id : expected.keys())
            QTest::newRow(qPrintable(QStringLiteral("expfmt accept %1").arg(id))) << id;
    }
    void expfmtAccepted()
    {
        QFETCH(QString, id);
        const QJsonArray expected = QJsonDocument::fromJson(readFile(fixture(QStringLiteral("expfmt/accept.json"))))
                                        .object()
                                        .value(id)
                                        .toArray();
        const PromText t = parsePrometheusText(readFile(fixture(QStringLiteral("expfmt/accept-%1.prom").arg(id))));
        QVERIFY2(t.errors.isEmpty(), qPrintable(t.errors.value(0).toString()));
        QCOMPARE(t.families.size(), expected.size());
        for (const QJsonValue& e : expected) {
            const PromFamily* f = t.family(e.toObject().value(QStringLiteral("name")).toString());
            QVERIFY2(f, qPrintable(compact(e)));
            const QJsonObject got = describe(*f);
            QVERIFY2(sameJson(e, got),
                     qPrintable(QStringLiteral("expected %1\n     got %2").arg(compact(e), compact(got))));
        }
    }

    void expfmtRejected_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        int rows = 0;
        for (const QByteArray& row : readFile(fixture(QStringLiteral("expfmt/reject.tsv"))).split('\n')) {
            const QList<QByteArray> cells = row.split('\t');
            if (cells.size() != 3)
                continue;
            ++rows;
            QTest::newRow(qPrintable(QStringLiteral("expfmt reject %1").arg(QString::fromUtf8(cells.at(0)))))
                << QString::fromUtf8(cells.at(0)) << (cells.at(1) == "-" ? 0 : cells.at(1).toInt())
                << (cells.at(2) == "-" ? QString() : QString::fromUtf8(cells.at(2)));
        }
        QCOMPARE(rows, 48);
    }
    void expfmtRejected()
    {
        QFETCH(QString, id);
        QFETCH(int, line);
        QFETCH(QString, message);
        const QByteArray input = readFile(fixture(QStringLiteral("expfmt/reject-%1.prom").arg(id)));
        const PromText t = parsePrometheusText(input);
        if (line == 0) { // rejected only by expfmt's legacy name rules; the UTF-8 rules accept it
            QVERIFY2(t.errors.isEmpty(), qPrintable(t.errors.value(0).toString()));
            QCOMPARE(t.families.size(), 1);
            return;
        }
        QVERIFY(!t.errors.isEmpty());
        const npufleet::Error& e = t.errors.first();
        QCOMPARE(e.line, line);
        QVERIFY(e.column >= 1);
        QVERIFY2(e.message.startsWith(message), qPrintable(e.message + QStringLiteral(" / expected: ") + message));

        // The same input after a valid family: that family survives, the error moves one line down.
        const PromText after = parsePrometheusText("npufleet_before{a=\"1\"} 1\n" + input);
        QVERIFY(after.family(QStringLiteral("npufleet_before")));
        QCOMPARE(after.errors.first().line, line + 1);
        QCOMPARE(after.errors.first().message, e.message);
    }

    void promqlHistogramQuantile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("selector");
        QTest::addColumn<double>("q");
        QTest::addColumn<double>("expected");
        int rows = 0;
        for (const QByteArray& row : readFile(fixture(QStringLiteral("promql/quantiles.tsv"))).split('\n')) {
            if (row.startsWith('#') || row.trimmed().isEmpty())
                continue;
            const QList<QByteArray> c = row.split('\t');
            QVERIFY(c.size() >= 4);
            ++rows;
            QTest::newRow(qPrintable(
                QStringLiteral("%1{%2} q=%3")
                    .arg(QString::fromUtf8(c.at(0)), QString::fromUtf8(c.at(1)), QString::fromUtf8(c.at(2)))))
                << QString::fromUtf8(c.at(0)) << QString::fromUtf8(c.at(1)) << number(QString::fromUtf8(c.at(2)))
                << number(QString::fromUtf8(c.at(3)));
        }
        QCOMPARE(rows, 58);
    }
    void promqlHistogramQuantile()
    {
        QFETCH(QString, name);
        QFETCH(QString, selector);
        QFETCH(double, q);
        QFETCH(double, expected);
        const PromText t = parsePrometheusText(readFile(fixture(QStringLiteral("promql/histograms.prom"))));
        QVERIFY2(t.errors.isEmpty(), qPrintable(t.errors.value(0).toString()));
        PromLabels matching;
        if (selector != QLatin1String("*"))
            for (const QString& pair : selector.split(QLatin1Char(',')))
                matching.append({pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1)});
        const double got = t.histogram(name, matching).quantile(q);
        QVERIFY2(same(expected, got, 1e-6), qPrintable(QString::number(got, 'g', 17)));
    }
};

QTEST_GUILESS_MAIN(TestPrometheusConformance)
#include "tst_prometheus_conformance.moc"
