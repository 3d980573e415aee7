// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The reproducers of issue #16's "crashes and runaway memory" and "honesty" findings, each a test:
// hostile YAML, oversized files, out-of-range config.json values and planner options.
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <climits>

#include "core/model/ConfigReader.h"
#include "core/model/ModelLoader.h"
#include "core/planning/Planner.h"
#include "core/project/ProjectFile.h"
#include "core/util/InputLimits.h"
#include "core/util/ReadLimited.h"

#include "tests/support/Fixtures.h"

using namespace npufleet;

namespace {

QString errorOf(const Result<project::ProjectData>& r)
{
    return r.hasValue() ? QStringLiteral("(accepted)") : r.error().toString();
}

// A config.json fixture with one key replaced (the value as raw JSON text).
QByteArray configWith(const QString& fixture, const char* key, const QByteArray& rawValue)
{
    QFile f(test::fixturePath(fixture));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    o.insert(QLatin1String(key), QStringLiteral("@@VALUE@@"));
    QByteArray text = QJsonDocument(o).toJson();
    return text.replace("\"@@VALUE@@\"", rawValue);
}

const QByteArray kHead = "version: 1\ncluster:\n  nodes:\n    - name: n1\n      host: 10.0.0.1\n";

} // namespace

class TestInputLimits : public QObject
{
    Q_OBJECT

private slots:
    void selfReferencingAliasIsRefused()
    {
        const auto r = project::parseProject("version: 1\nx: &a [*a]\n", QStringLiteral("p.yaml"));
        QVERIFY(!r.hasValue());
        QVERIFY2(errorOf(r).startsWith(QLatin1String("p.yaml:2:8: the alias *a is inside the node it names")),
                 qPrintable(errorOf(r)));
        const auto map = project::parseProject("version: 1\nx: &m {k: *m}\n", QStringLiteral("p.yaml"));
        QVERIFY2(errorOf(map).contains(QLatin1String("alias *m")), qPrintable(errorOf(map)));
    }

    void billionLaughsIsRefusedQuickly()
    {
        QByteArray yaml = "version: 1\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
        for (int i = 1; i < 10; ++i) {
            const QByteArray prev = "*a" + QByteArray::number(i - 1);
            yaml += "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [" + prev;
            for (int k = 1; k < 10; ++k)
                yaml += ", " + prev;
            yaml += "]\n";
        }
        QVERIFY(yaml.size() < 1000);
        QElapsedTimer timer;
        timer.start();
        const auto r = project::parseProject(yaml, QStringLiteral("bomb.yaml"));
        QVERIFY(!r.hasValue());
        QVERIFY2(errorOf(r).contains(QLatin1String("expands to more than 100000 nodes")), qPrintable(errorOf(r)));
        QVERIFY2(errorOf(r).startsWith(QLatin1String("bomb.yaml:")), qPrintable(errorOf(r)));
        QVERIFY(timer.elapsed() < 5000);
    }

    void smallAliasesStillWork()
    {
        const QByteArray yaml = kHead
            + "models: [{id: m}]\nx-defaults: &d {port: 8001}\ndeployments:\n  - name: d\n    model: m\n    "
              "serving: *d\n";
        const auto r = project::parseProject(yaml, QStringLiteral("p.yaml"));
        QVERIFY2(r.hasValue(), qPrintable(errorOf(r)));
        QCOMPARE(r->deployments.first().serving.port, 8001);
    }

    void deepNestingIsRefused()
    {
        const QByteArray yaml = "version: 1\nx: " + QByteArray(200, '[') + QByteArray(200, ']') + "\n";
        const auto r = project::parseProject(yaml, QStringLiteral("p.yaml"));
        QVERIFY2(errorOf(r).contains(QLatin1String("nests more than 64 levels")), qPrintable(errorOf(r)));
    }

    void duplicateKeysAreErrors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("expected");
        QTest::newRow("top level") << QByteArray("version: 1\nname: a\nname: b\n")
                                   << QStringLiteral("p.yaml:3:1: the key 'name' is given twice in this mapping");
        QTest::newRow("in a node") << QByteArray(kHead + "      host: 10.0.0.2\n")
                                   << QStringLiteral("p.yaml:6:7: the key 'host' is given twice");
        QTest::newRow("flow mapping") << QByteArray(kHead + "models: [{id: m, id: n}]\n")
                                      << QStringLiteral("p.yaml:6:18: the key 'id' is given twice");
    }

    void duplicateKeysAreErrors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, expected);
        const auto r = project::parseProject(yaml, QStringLiteral("p.yaml"));
        QVERIFY2(errorOf(r).startsWith(expected), qPrintable(errorOf(r)));
    }

    void sameKeyInSiblingMappingsIsFine()
    {
        const QByteArray yaml = kHead + "    - name: n2\n      host: 10.0.0.2\n";
        const auto r = project::parseProject(yaml, QStringLiteral("p.yaml"));
        QVERIFY2(r.hasValue(), qPrintable(errorOf(r)));
        QCOMPARE(r->nodes.size(), 2);
    }

    void invalidUtf8IsRefusedWithItsPosition()
    {
        const auto r = project::parseProject("version: 1\nname: caf\xe9 lab\n", QStringLiteral("p.yaml"));
        QVERIFY2(errorOf(r).startsWith(QLatin1String("p.yaml:2:10: the text is not valid UTF-8 here")),
                 qPrintable(errorOf(r)));
        // Valid UTF-8 (Chinese, an emoji) round-trips unchanged.
        const QByteArray good = "version: 1\nname: \xe5\xae\x9e\xe9\xaa\x8c\xe5\xae\xa4 \xf0\x9f\x9a\x80\n";
        const auto ok = project::parseProject(good, QStringLiteral("p.yaml"));
        QVERIFY2(ok.hasValue(), qPrintable(errorOf(ok)));
        const auto again = project::parseProject(project::serializeProject(*ok), QStringLiteral("p.yaml"));
        QVERIFY(again.hasValue());
        QCOMPARE(again->name.toUtf8(), QByteArray("\xe5\xae\x9e\xe9\xaa\x8c\xe5\xae\xa4 \xf0\x9f\x9a\x80"));
    }

    void unknownNestedKeysAreKeptOnSave()
    {
        const QByteArray yaml = "version: 1\ncluster:\n  name: lab\n  rack: r7\n  nodes:\n    - name: n1\n"
                                "      host: 10.0.0.1\n      hardware: {chip: 910B3, cooling: liquid}\n"
                                "      interfaces:\n        - {name: eth0}\n"
                                "models: [{id: m}]\ndeployments:\n  - name: d\n    model: m\n"
                                "    placement:\n      - {node: n1, devices: [0]}\n"
                                "    parallel: {tp: 1, sp: 2}\n"
                                "    serving: {port: 8001, enable_prefix_caching: true, lora: {max: 4}}\n";
        QStringList warnings;
        const auto r = project::parseProject(yaml, QStringLiteral("p.yaml"), &warnings);
        QVERIFY2(r.hasValue(), qPrintable(errorOf(r)));
        QCOMPARE(warnings.size(), 5);
        QVERIFY2(
            warnings.filter(QLatin1String("unknown key 'enable_prefix_caching' in 'serving' (kept as it is)")).size()
                == 1,
            qPrintable(warnings.join(QLatin1Char('\n'))));
        const QByteArray saved = project::serializeProject(*r);
        const auto again = project::parseProject(saved, QStringLiteral("p.yaml"));
        QVERIFY2(again.hasValue(), qPrintable(errorOf(again)));
        QCOMPARE(again->nodes.first().hardware, r->nodes.first().hardware);
        QCOMPARE(again->deployments, r->deployments);
        QCOMPARE(again->clusterExtra, r->clusterExtra);
        const project::Deployment& d = again->deployments.first();
        QCOMPARE(d.serving.extra.value(QStringLiteral("enable_prefix_caching")).toString(), QStringLiteral("true"));
        QCOMPARE(d.serving.extra.value(QStringLiteral("lora")).toMap().value(QStringLiteral("max")).toString(),
                 QStringLiteral("4"));
        QCOMPARE(d.parallelExtra.value(QStringLiteral("sp")).toString(), QStringLiteral("2"));
        QCOMPARE(again->clusterExtra.value(QStringLiteral("rack")).toString(), QStringLiteral("r7"));
        const cluster::Node& n = again->nodes.first();
        QCOMPARE(n.hardware.extra.value(QStringLiteral("cooling")).toString(), QStringLiteral("liquid"));
    }

    void oversizedProjectFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.yaml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("version: 1\ndescription: \"");
        f.write(QByteArray(limits::kProjectFileBytes, 'x'));
        f.write("\"\n");
        f.close();
        const auto r = project::loadProject(path);
        QVERIFY2(errorOf(r).contains(QLatin1String("the project file is larger than 4 MiB")), qPrintable(errorOf(r)));
        QVERIFY(errorOf(r).startsWith(path));
    }

    void endlessDeviceIsReadOnlyUpToTheLimit()
    {
        const Result<QByteArray> r
            = util::readLimited(QStringLiteral("/dev/zero"), 1024 * 1024, QStringLiteral("the log"));
        QVERIFY(!r.hasValue());
        QVERIFY2(r.error().toString().contains(QLatin1String("the log is larger than 1 MiB")),
                 qPrintable(r.error().toString()));
        QTemporaryDir dir;
        QFile small(dir.filePath(QStringLiteral("s.txt")));
        QVERIFY(small.open(QIODevice::WriteOnly));
        small.write("hello\n");
        small.close();
        const Result<QByteArray> ok = util::readLimited(small.fileName(), 6, QStringLiteral("the file"));
        QVERIFY(ok.hasValue());
        QCOMPARE(*ok, QByteArray("hello\n"));
    }

    void configCountsAreRangeChecked_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("expected");
        const QString deepseek = QStringLiteral("models/DeepSeek-R1.config.json");
        const QString qwen = QStringLiteral("models/Qwen3-30B-A3B.config.json");
        const QString llama = QStringLiteral("models/Llama-3.1-8B.config.json");
        QTest::newRow("moe_layer_freq 2^32")
            << deepseek << QByteArray("moe_layer_freq") << QByteArray("4294967296")
            << QStringLiteral("the key 'moe_layer_freq' must be a whole number from 1 to 4096, not 4.29497e+09");
        QTest::newRow("decoder_sparse_step 2^32")
            << qwen << QByteArray("decoder_sparse_step") << QByteArray("4294967296")
            << QStringLiteral("the key 'decoder_sparse_step' must be a whole number from 1 to 4096");
        QTest::newRow("huge num_hidden_layers")
            << llama << QByteArray("num_hidden_layers") << QByteArray("2000000000")
            << QStringLiteral("the key 'num_hidden_layers' must be a whole number from 1 to 4096");
        QTest::newRow("negative heads") << llama << QByteArray("num_attention_heads") << QByteArray("-32")
                                        << QStringLiteral("the key 'num_attention_heads' must be a whole number");
        QTest::newRow("absurd heads") << llama << QByteArray("num_attention_heads") << QByteArray("65536")
                                      << QStringLiteral("num_attention_heads (65536) cannot be more than hidden_size");
        QTest::newRow("infinite hidden size")
            << llama << QByteArray("hidden_size") << QByteArray("1e999") << QStringLiteral("not valid JSON");
        QTest::newRow("fractional experts") << qwen << QByteArray("num_experts") << QByteArray("1.5")
                                            << QStringLiteral("the key 'num_experts' must be a whole number");
        QTest::newRow("too many parameters") << deepseek << QByteArray("n_routed_experts") << QByteArray("65536")
                                             << QStringLiteral("parameters, more than NPU Fleet plans for");
        QTest::newRow("NaN is not JSON") << llama << QByteArray("hidden_size") << QByteArray("NaN")
                                         << QStringLiteral("not valid JSON");
    }

    void configCountsAreRangeChecked()
    {
        QFETCH(QString, fixture);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, value);
        QFETCH(QString, expected);
        const QByteArray text = configWith(fixture, key.constData(), value);
        QVERIFY(!text.isEmpty());
        QElapsedTimer timer;
        timer.start();
        const Result<model::ModelSpec> r = model::ConfigReader::parse(text, QStringLiteral("config.json"));
        QVERIFY(timer.elapsed() < 2000);
        QVERIFY(!r.hasValue());
        const QString message = r.error().toString();
        QVERIFY2(message.contains(expected), qPrintable(message));
        // Every config error points into the file.
        if (!expected.contains(QLatin1String("parameters")))
            QVERIFY2(r.error().line > 0 && r.error().column > 0, qPrintable(message));
    }

    void plannerRefusesClustersThatWouldOverflow_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("perNode");
        QTest::addColumn<double>("hbm");
        QTest::addColumn<QString>("expected");
        QTest::newRow("INT_MAX nodes") << INT_MAX << 8 << 64.0
                                       << QStringLiteral("the number of nodes must be from 1 to 4096");
        QTest::newRow("INT_MAX NPUs per node")
            << 1 << INT_MAX << 64.0 << QStringLiteral("the number of NPUs per node must be from 1 to 64");
        QTest::newRow("NaN HBM") << 1 << 8 << qQNaN() << QStringLiteral("the HBM size in GiB must be from");
        QTest::newRow("infinite HBM") << 1 << 8 << qInf() << QStringLiteral("the HBM size in GiB must be from");
    }

    void plannerRefusesClustersThatWouldOverflow()
    {
        QFETCH(int, nodes);
        QFETCH(int, perNode);
        QFETCH(double, hbm);
        QFETCH(QString, expected);
        const Result<model::LoadedModel> m = model::ModelLoader::load(QStringLiteral("Qwen3-32B"));
        QVERIFY(m.hasValue());
        planning::PlanOptions o;
        o.nodes = nodes;
        o.npusPerNode = perNode;
        o.hbmGib = hbm;
        const auto report = planning::Planner(*m, o).run();
        QVERIFY(!report.hasValue());
        QVERIFY2(report.error().message.startsWith(expected), qPrintable(report.error().message));
    }

    void givenLayoutProductIsCheckedIn64Bits()
    {
        const Result<model::LoadedModel> m = model::ModelLoader::load(QStringLiteral("Qwen3-32B"));
        QVERIFY(m.hasValue());
        planning::PlanOptions o;
        o.nodes = 2;
        o.npusPerNode = 8;
        o.tp = 65536;
        o.pp = 65536; // tp x pp wraps to 0 in 32 bits
        const auto report = planning::Planner(*m, o).run();
        QVERIFY(!report.hasValue());
        QVERIFY2(report.error().message.contains(QLatin1String("the cluster has 16")),
                 qPrintable(report.error().message));
    }

    void largestClusterPlansInBoundedTime()
    {
        const Result<model::LoadedModel> m = model::ModelLoader::load(QStringLiteral("Qwen3-32B"));
        QVERIFY(m.hasValue());
        planning::PlanOptions o;
        o.nodes = limits::kMaxNodes;
        o.npusPerNode = limits::kMaxNpusPerNode;
        QElapsedTimer timer;
        timer.start();
        const auto report = planning::Planner(*m, o).run();
        QVERIFY(report.hasValue());
        QVERIFY(!report->plans.isEmpty());
        qInfo("4096 x 64 NPUs planned in %lld ms", timer.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestInputLimits)
#include "tst_inputlimits.moc"
