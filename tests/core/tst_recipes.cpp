// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Golden tests: the commands the recipes make carry the same flags and variables as the working
// command lines in tests/fixtures/ascend/vllm-ascend-multinode-facts.md (compared as sets).
#include <QRegularExpression>
#include <QtTest>

#include "core/recipes/Recipes.h"
#include "core/recipes/TuningVariables.h"

#include "Fixtures.h"
#include "RecipesDemo.h"

using namespace npufleet;
using namespace npufleet::recipes;

namespace {

// The parts of a `docker run` that matter, read back from its words.
struct DockerRun
{
    QSet<QString> devices;
    QSet<QString> volumes;
    QMap<QString, QString> env;
    QSet<QString> options; // --net=host, --shm-size, ...
    QMap<QString, QString> vllm; // flag -> value ("" for a switch)
    QStringList tail; // words after the image
};

QMap<QString, QString> flagsOf(const QStringList& words)
{
    QMap<QString, QString> flags;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString& w = words.at(i);
        if (!w.startsWith(QLatin1String("--")))
            continue;
        if (w.contains(QLatin1Char('='))) {
            flags.insert(w.section(QLatin1Char('='), 0, 0), w.section(QLatin1Char('='), 1));
        } else if (i + 1 < words.size() && !words.at(i + 1).startsWith(QLatin1String("--"))) {
            flags.insert(w, words.at(i + 1));
            ++i;
        } else {
            flags.insert(w, QString());
        }
    }
    return flags;
}

QMap<QString, QString> vllmFlags(const QStringList& words)
{
    const qsizetype serve = words.indexOf(QStringLiteral("serve"));
    if (serve < 1 || words.at(serve - 1) != QLatin1String("vllm"))
        return {};
    return flagsOf(words.mid(serve + 2)); // after the model path
}

DockerRun parseRun(const ContainerSpec& spec)
{
    const QStringList a = spec.dockerRunArgs();
    DockerRun r;
    const qsizetype image = a.indexOf(spec.image);
    for (qsizetype i = 3; i < image; ++i) {
        const QString& w = a.at(i);
        if (w == QLatin1String("--device"))
            r.devices.insert(a.at(++i));
        else if (w == QLatin1String("-v"))
            r.volumes.insert(a.at(++i));
        else if (w == QLatin1String("-e"))
            r.env.insert(a.at(i + 1).section(QLatin1Char('='), 0, 0), a.at(i + 1).section(QLatin1Char('='), 1)), ++i;
        else
            r.options.insert(w.section(QLatin1Char('='), 0, 0)
                             + (w == QLatin1String("--net=host") ? QStringLiteral("=host") : QString()));
    }
    r.tail = a.mid(image + 1);
    r.vllm = vllmFlags(r.tail);
    return r;
}

QString factsText()
{
    return QString::fromUtf8(test::fixtureBody(QStringLiteral("ascend/vllm-ascend-multinode-facts.md")));
}

// The ```shell block that follows `marker` in the facts file, continuation lines joined.
QString shellBlockAfter(const QString& marker)
{
    const QString text = factsText();
    const qsizetype at = text.indexOf(marker);
    const qsizetype open = text.indexOf(QLatin1String("```shell\n"), at);
    const qsizetype close = text.indexOf(QLatin1String("```"), open + 9);
    if (at < 0 || open < 0 || close < 0)
        return {};
    QString block = text.mid(open + 9, close - open - 9);
    block.replace(QLatin1String("\\\n"), QLatin1String(" "));
    return block;
}

QStringList words(const QString& command)
{
    QStringList out;
    for (QString w : command.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        if (w.size() >= 2 && w.startsWith(QLatin1Char('\'')) && w.endsWith(QLatin1Char('\'')))
            w = w.mid(1, w.size() - 2);
        out << w;
    }
    return out;
}

const ContainerSpec* engineContainer(const LaunchPlan& plan, const QString& node)
{
    const NodePlan* n = plan.nodePlan(node);
    if (!n)
        return nullptr;
    for (const Step& s : n->start) {
        if (s.container)
            return &*s.container;
    }
    return nullptr;
}

QSet<QString> keys(const QMap<QString, QString>& m)
{
    const QStringList k = m.keys();
    return QSet<QString>(k.begin(), k.end());
}

} // namespace

class TestRecipes : public QObject
{
    Q_OBJECT

private slots:
    void singleNodeVllmAscend();
    void dataParallelMatchesFacts();
    void dataParallelEnvironmentMatchesFacts();
    void dataParallelContainerMatchesFacts();
    void dataParallelOrdering();
    void rayMatchesFacts();
    void networkVariablesComeFromEachNode();
    void tuningTableDescribesEveryVariable();
    void versionParsing_data();
    void versionParsing();
    void versionTableRefuses_data();
    void versionTableRefuses();
    void untaggedImageIsNoted();
};

void TestRecipes::singleNodeVllmAscend()
{
    const auto plan = makeLaunchPlan(test::atlasLab(), QStringLiteral("qwen3-30b-a3b"));
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    QCOMPARE(plan->nodes.size(), 1);
    const ContainerSpec* c = engineContainer(*plan, QStringLiteral("atlas-106"));
    QVERIFY(c);
    const DockerRun r = parseRun(*c);
    // Only the assigned NPUs, plus the three management devices.
    const QSet<QString> devices {QStringLiteral("/dev/davinci0"),        QStringLiteral("/dev/davinci1"),
                                 QStringLiteral("/dev/davinci2"),        QStringLiteral("/dev/davinci3"),
                                 QStringLiteral("/dev/davinci_manager"), QStringLiteral("/dev/devmm_svm"),
                                 QStringLiteral("/dev/hisi_hdc")};
    QCOMPARE(r.devices, devices);
    for (const char* mount :
         {"/usr/local/dcmi:/usr/local/dcmi", "/usr/local/bin/npu-smi:/usr/local/bin/npu-smi",
          "/usr/local/Ascend/driver/lib64/:/usr/local/Ascend/driver/lib64/",
          "/usr/local/Ascend/driver/version.info:/usr/local/Ascend/driver/version.info",
          "/etc/ascend_install.info:/etc/ascend_install.info", "/models/Qwen3-30B-A3B:/models/Qwen3-30B-A3B"})
        QVERIFY2(r.volumes.contains(QLatin1String(mount)), mount);
    QVERIFY(r.options.contains(QStringLiteral("--net=host")));
    QVERIFY(r.options.contains(QStringLiteral("--shm-size")));
    QCOMPARE(r.env.value(QStringLiteral("ASCEND_RT_VISIBLE_DEVICES")), QStringLiteral("0,1,2,3"));
    QCOMPARE(r.env.value(QStringLiteral("HCCL_IF_IP")), QStringLiteral("172.16.33.106"));
    QCOMPARE(r.env.value(QStringLiteral("PYTORCH_NPU_ALLOC_CONF")), QStringLiteral("max_split_size_mb:256"));
    const QSet<QString> flags {QStringLiteral("--host"),
                               QStringLiteral("--port"),
                               QStringLiteral("--served-model-name"),
                               QStringLiteral("--tensor-parallel-size"),
                               QStringLiteral("--enable-expert-parallel"),
                               QStringLiteral("--max-model-len"),
                               QStringLiteral("--gpu-memory-utilization"),
                               QStringLiteral("--trust-remote-code")};
    QCOMPARE(keys(r.vllm), flags);
    QCOMPARE(r.vllm.value(QStringLiteral("--port")), QStringLiteral("8001"));
    QCOMPARE(r.vllm.value(QStringLiteral("--tensor-parallel-size")), QStringLiteral("4"));
    QCOMPARE(plan->health.urls(),
             QStringList({QStringLiteral("http://172.16.33.106:8001/health"),
                          QStringLiteral("http://172.16.33.106:8001/v1/models")}));
    QVERIFY(!plan->nodes.first().stop.isEmpty());

    const auto coder = makeLaunchPlan(test::atlasLab(), QStringLiteral("qwen25-coder-32b"));
    QVERIFY(coder);
    const DockerRun rc = parseRun(*engineContainer(*coder, QStringLiteral("atlas-106")));
    QVERIFY(rc.devices.contains(QStringLiteral("/dev/davinci7")));
    QVERIFY(!rc.devices.contains(QStringLiteral("/dev/davinci0")));
    // The container sees its four NPUs as 0..3 (tst_containernpus has the whole rule).
    QCOMPARE(rc.env.value(QStringLiteral("ASCEND_RT_VISIBLE_DEVICES")), QStringLiteral("0,1,2,3"));
    QVERIFY(!rc.vllm.contains(QStringLiteral("--enable-expert-parallel")));
    QVERIFY(c->name != engineContainer(*coder, QStringLiteral("atlas-106"))->name);
}

void TestRecipes::dataParallelMatchesFacts()
{
    const QStringList node0 = words(shellBlockAfter(QStringLiteral("Node 0:")));
    QVERIFY2(node0.size() > 10, "the facts file's node-0 command was not found");
    const QMap<QString, QString> factFlags = flagsOf(node0);

    const auto plan = makeLaunchPlan(test::deepseekTwoNode(), QStringLiteral("deepseek-r1"));
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    QCOMPARE(plan->nodes.size(), 2);
    const DockerRun head = parseRun(*engineContainer(*plan, QStringLiteral("ds-node0")));
    const DockerRun worker = parseRun(*engineContainer(*plan, QStringLiteral("ds-node1")));

    // The demo passes the guide's serving options except --seed (it keeps vLLM's default).
    QSet<QString> expected = keys(factFlags);
    expected.remove(QStringLiteral("--seed"));
    QCOMPARE(keys(head.vllm), expected);
    // "Node 1 adds `--headless`, `--data-parallel-start-rank 2`"
    QVERIFY(factsText().contains(QLatin1String("Node 1 adds `--headless`, `--data-parallel-start-rank")));
    const QSet<QString> workerExpected
        = expected + QSet<QString> {QStringLiteral("--headless"), QStringLiteral("--data-parallel-start-rank")};
    QCOMPARE(keys(worker.vllm), workerExpected);
    for (const DockerRun* r : {&head, &worker}) {
        QCOMPARE(r->vllm.value(QStringLiteral("--data-parallel-size")), QStringLiteral("2"));
        QCOMPARE(r->vllm.value(QStringLiteral("--data-parallel-size-local")), QStringLiteral("1"));
        QCOMPARE(r->vllm.value(QStringLiteral("--data-parallel-address")), QStringLiteral("10.226.72.51"));
        QCOMPARE(r->vllm.value(QStringLiteral("--data-parallel-rpc-port")),
                 factFlags.value(QStringLiteral("--data-parallel-rpc-port")));
        QCOMPARE(r->vllm.value(QStringLiteral("--tensor-parallel-size")), QStringLiteral("8"));
        QCOMPARE(r->vllm.value(QStringLiteral("--quantization")), factFlags.value(QStringLiteral("--quantization")));
        QCOMPARE(r->vllm.value(QStringLiteral("--additional-config")),
                 factFlags.value(QStringLiteral("--additional-config")));
        QCOMPARE(r->vllm.value(QStringLiteral("--port")), QStringLiteral("8000"));
    }
    QCOMPARE(worker.vllm.value(QStringLiteral("--data-parallel-start-rank")), QStringLiteral("1"));
    QCOMPARE(plan->health.host, QStringLiteral("10.226.72.51"));
}

void TestRecipes::dataParallelEnvironmentMatchesFacts()
{
    // The standard block: export NAME=value, with $local_ip / $nic_name standing for each node's own.
    QMap<QString, QString> block;
    for (const QString& line : shellBlockAfter(QStringLiteral("## 1. Network")).split(QLatin1Char('\n'))) {
        static const QRegularExpression re(QStringLiteral("^export (\\w+)=(\\S+)"));
        const auto m = re.match(line.trimmed());
        if (m.hasMatch())
            block.insert(m.captured(1), m.captured(2));
    }
    QVERIFY(block.size() >= 8);
    const auto plan = makeLaunchPlan(test::deepseekTwoNode(), QStringLiteral("deepseek-r1"));
    QVERIFY(plan);
    const QMap<QString, QString> ips {{QStringLiteral("ds-node0"), QStringLiteral("10.226.72.51")},
                                      {QStringLiteral("ds-node1"), QStringLiteral("10.226.72.52")}};
    for (auto it = ips.begin(); it != ips.end(); ++it) {
        const DockerRun r = parseRun(*engineContainer(*plan, it.key()));
        // The v0.9.1 guide also sets VLLM_USE_V1=1 on node 1; the demo sets it on both. Every container names
        // its NPUs in its own numbering (the guide's containers see all eight, as here).
        const QSet<QString> wanted = keys(block)
            + QSet<QString> {QStringLiteral("VLLM_USE_V1"), QStringLiteral("ASCEND_RT_VISIBLE_DEVICES")};
        QCOMPARE(keys(r.env), wanted);
        QCOMPARE(r.env.value(QStringLiteral("ASCEND_RT_VISIBLE_DEVICES")), QStringLiteral("0,1,2,3,4,5,6,7"));
        for (auto b = block.begin(); b != block.end(); ++b) {
            QString want = b.value();
            want.replace(QLatin1String("$local_ip"), it.value());
            want.replace(QLatin1String("$nic_name"), QLatin1String("enp67s0f5"));
            QCOMPARE(r.env.value(b.key()), want);
        }
    }
}

void TestRecipes::dataParallelContainerMatchesFacts()
{
    const QString text = factsText();
    const qsizetype at = text.indexOf(QLatin1String("Container mounts used for multi-node"));
    QVERIFY(at >= 0);
    const QString line = text.mid(at, text.indexOf(QLatin1Char('\n'), at) - at);
    QSet<QString> devices, volumes;
    static const QRegularExpression re(QStringLiteral("`(--device|-v) ([^`]+)`"));
    for (auto it = re.globalMatch(line); it.hasNext();) {
        const auto m = it.next();
        QString value = m.captured(2).trimmed();
        if (m.captured(1) == QLatin1String("-v")) {
            volumes.insert(value);
        } else if (value.contains(QLatin1String(".."))) { // /dev/davinci0..7
            for (int i = 0; i < 8; ++i)
                devices.insert(QStringLiteral("/dev/davinci%1").arg(i));
        } else {
            devices.insert(value);
        }
    }
    QCOMPARE(devices.size(), 11);
    QCOMPARE(volumes.size(), 7);
    const auto plan = makeLaunchPlan(test::deepseekTwoNode(), QStringLiteral("deepseek-r1"));
    QVERIFY(plan);
    const DockerRun r = parseRun(*engineContainer(*plan, QStringLiteral("ds-node1")));
    QCOMPARE(r.devices, devices);
    // The guide's mounts, plus the model folder.
    QCOMPARE(r.volumes,
             volumes + QSet<QString> {QStringLiteral("/models/DeepSeek-R1-0528-W8A8:/models/DeepSeek-R1-0528-W8A8")});
    QVERIFY(line.contains(QLatin1String("--net=host")));
    QVERIFY(r.options.contains(QStringLiteral("--net=host")));
}

void TestRecipes::dataParallelOrdering()
{
    const auto plan = makeLaunchPlan(test::deepseekTwoNode(), QStringLiteral("deepseek-r1"));
    QVERIFY(plan);
    // Headless workers do not wait for the head: both engine starts depend on nothing remote.
    for (const NodePlan& n : plan->nodes) {
        for (const Step& s : n.start) {
            if (s.container) {
                for (const QString& dep : s.waitsFor)
                    QVERIFY2(dep.startsWith(n.node + QLatin1Char('/')), qPrintable(dep));
            }
        }
    }
    // The readiness wait on the head waits for both engine starts.
    const Step& wait = plan->nodes.first().start.last();
    QCOMPARE(wait.phase, StepPhase::Wait);
    QCOMPARE(wait.waitsFor.size(), 2);
    const QList<Step> ordered = plan->orderedStartSteps();
    QCOMPARE(ordered.last().id, wait.id);
}

void TestRecipes::rayMatchesFacts()
{
    const QString text = factsText();
    static const QRegularExpression workerRe(QStringLiteral("worker: `(ray start [^`]+)`"));
    static const QRegularExpression serveRe(QStringLiteral("Ray example: `(vllm serve [^`]+)`"));
    const auto wm = workerRe.match(text);
    const auto sm = serveRe.match(text);
    QVERIFY(wm.hasMatch() && sm.hasMatch());
    QMap<QString, QString> factWorker = flagsOf(words(wm.captured(1)));
    QStringList serveWords = words(sm.captured(1));
    serveWords.removeAll(QStringLiteral("..."));
    const QMap<QString, QString> factServe = vllmFlags(serveWords);

    const auto plan = makeLaunchPlan(test::deepseekRay(), QStringLiteral("deepseek-r1-ray"));
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    const DockerRun worker = parseRun(*engineContainer(*plan, QStringLiteral("ds-node1")));
    const DockerRun head = parseRun(*engineContainer(*plan, QStringLiteral("ds-node0")));
    // ray start in the container: the guide's flags, plus --block to keep the container in the foreground.
    const QMap<QString, QString> w = flagsOf(worker.tail);
    const QSet<QString> wanted = keys(factWorker) + QSet<QString> {QStringLiteral("--block")};
    QCOMPARE(keys(w), wanted);
    QCOMPARE(w.value(QStringLiteral("--address")), QStringLiteral("10.226.72.51:6379"));
    QCOMPARE(w.value(QStringLiteral("--node-ip-address")), QStringLiteral("10.226.72.52"));
    QVERIFY(head.tail.contains(QStringLiteral("--head")));
    for (const DockerRun* r : {&head, &worker}) {
        QCOMPARE(r->env.value(QStringLiteral("RAY_EXPERIMENTAL_NOSET_ASCEND_RT_VISIBLE_DEVICES")), QStringLiteral("1"));
        QVERIFY(r->env.contains(QStringLiteral("HCCL_IF_IP")));
    }
    // One vllm serve, on the head, after every node joined.
    int serves = 0;
    QMap<QString, QString> serve;
    for (const NodePlan& n : plan->nodes) {
        for (const Step& s : n.start) {
            if (s.argv.contains(QStringLiteral("serve"))) {
                ++serves;
                QCOMPARE(s.node, QStringLiteral("ds-node0"));
                serve = vllmFlags(s.argv);
                QVERIFY(s.waitsFor.contains(QStringLiteral("ds-node0/wait-ray-nodes")));
            }
        }
    }
    QCOMPARE(serves, 1);
    for (auto it = factServe.begin(); it != factServe.end(); ++it)
        QCOMPARE(serve.value(it.key(), QStringLiteral("<missing>")), it.value());
    // Workers join after the head answers.
    const Step& workerStart = plan->nodePlan(QStringLiteral("ds-node1"))->start.at(3);
    QVERIFY(workerStart.waitsFor.contains(QStringLiteral("ds-node0/wait-ray-head")));
}

void TestRecipes::networkVariablesComeFromEachNode()
{
    project::ProjectData p = test::deepseekTwoNode();
    p.nodes[1].clusterInterface = QStringLiteral("ens1f0");
    p.nodes[1].interfaces << cluster::NetworkInterface {QStringLiteral("ens1f0"), QStringLiteral("192.168.9.52"), 24};
    const auto plan = makeLaunchPlan(p, QStringLiteral("deepseek-r1"));
    QVERIFY(plan);
    const DockerRun w = parseRun(*engineContainer(*plan, QStringLiteral("ds-node1")));
    QCOMPARE(w.env.value(QStringLiteral("HCCL_IF_IP")), QStringLiteral("192.168.9.52"));
    for (const char* v : {"HCCL_SOCKET_IFNAME", "GLOO_SOCKET_IFNAME", "TP_SOCKET_IFNAME"})
        QCOMPARE(w.env.value(QLatin1String(v)), QStringLiteral("ens1f0"));
    const DockerRun h = parseRun(*engineContainer(*plan, QStringLiteral("ds-node0")));
    QCOMPARE(h.env.value(QStringLiteral("GLOO_SOCKET_IFNAME")), QStringLiteral("enp67s0f5"));
}

void TestRecipes::tuningTableDescribesEveryVariable()
{
    for (const char* name :
         {"HCCL_BUFFSIZE", "HCCL_CONNECT_TIMEOUT", "HCCL_OP_EXPANSION_MODE", "PYTORCH_NPU_ALLOC_CONF",
          "TASK_QUEUE_ENABLE", "OMP_PROC_BIND", "OMP_NUM_THREADS", "VLLM_USE_MODELSCOPE", "VLLM_USE_V1"}) {
        const TuningVariable* v = TuningVariables::find(QLatin1String(name));
        QVERIFY2(v, name);
        QVERIFY(!v->suggested.isEmpty());
        QVERIFY(v->description.size() > 20);
    }
}

void TestRecipes::versionParsing_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("version");
    QTest::newRow("rc") << "quay.io/ascend/vllm-ascend:v0.9.2rc1"
                        << "0.9.2rc1";
    QTest::newRow("release") << "quay.io/ascend/vllm-ascend:v0.11.0"
                             << "0.11.0";
    QTest::newRow("suffix") << "quay.io/ascend/vllm-ascend:v0.10.0rc1-openeuler"
                            << "0.10.0rc1";
    QTest::newRow("registry port") << "registry:5000/vllm-ascend"
                                   << "";
    QTest::newRow("latest") << "quay.io/ascend/vllm-ascend:latest"
                            << "";
}

void TestRecipes::versionParsing()
{
    QFETCH(QString, image);
    QFETCH(QString, version);
    const auto v = EngineVersion::fromImage(image);
    QCOMPARE(v ? v->toString() : QString(), version);
    QVERIFY(*EngineVersion::parse(QStringLiteral("0.12.0rc1")) < *EngineVersion::parse(QStringLiteral("0.12.0")));
    QVERIFY(*EngineVersion::parse(QStringLiteral("0.11.0")) < *EngineVersion::parse(QStringLiteral("0.12.0rc1")));
    QVERIFY(*EngineVersion::parse(QStringLiteral("0.9.10")) >= *EngineVersion::parse(QStringLiteral("0.9.2")));
}

void TestRecipes::versionTableRefuses_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<project::Engine>("engine");
    QTest::addColumn<QString>("expect"); // empty: accepted
    QTest::newRow("dp on 0.11.0") << "quay.io/ascend/vllm-ascend:v0.11.0" << project::Engine::VllmAscendDp << "";
    QTest::newRow("torchair removed") << "quay.io/ascend/vllm-ascend:v0.12.0rc1" << project::Engine::VllmAscendDp
                                      << "torchair_graph_config";
    QTest::newRow("dp flags too new") << "quay.io/ascend/vllm-ascend:v0.8.5rc1" << project::Engine::VllmAscendDp
                                      << "--data-parallel-size-local";
    QTest::newRow("ep too new") << "quay.io/ascend/vllm-ascend:v0.7.3" << project::Engine::VllmAscendRay
                                << "--enable-expert-parallel";
}

void TestRecipes::versionTableRefuses()
{
    QFETCH(QString, image);
    QFETCH(project::Engine, engine);
    QFETCH(QString, expect);
    project::ProjectData p = test::deepseekTwoNode();
    p.deployments[0].image = image;
    p.deployments[0].engine = engine;
    if (engine == project::Engine::VllmAscendRay) {
        p.deployments[0].layout.dp = 1;
        p.deployments[0].layout.pp = 2;
    }
    const auto plan = makeLaunchPlan(p, QStringLiteral("deepseek-r1"));
    if (expect.isEmpty()) {
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        return;
    }
    QVERIFY(!plan);
    QVERIFY2(plan.error().toString().contains(expect), qPrintable(plan.error().toString()));
    QVERIFY(plan.error().message.contains(QLatin1String("deepseek-r1")));
}

void TestRecipes::untaggedImageIsNoted()
{
    project::ProjectData p = test::atlasLab();
    p.deployments[0].image = QStringLiteral("quay.io/ascend/vllm-ascend:latest");
    const auto plan = makeLaunchPlan(p, QStringLiteral("qwen3-30b-a3b"));
    QVERIFY(plan);
    QCOMPARE(plan->notes.size(), 1);
    QVERIFY(plan->notes.first().contains(QLatin1String("latest")));
}

QTEST_GUILESS_MAIN(TestRecipes)
#include "tst_recipes.moc"
