// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The value gate: what each kind of value may hold, how a refusal reads, and the reproducers of issue 16
// that it stops (a model path "-delete", a newline in storage.export, a deployment named "..", a demo
// 'simulation' naming a local file), in the reader and behind it, where the GUI's edits arrive unread.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "core/checks/NodeFacts.h"
#include "core/checks/PreflightPlan.h"
#include "core/exporting/Exporter.h"
#include "core/exporting/ScriptWriter.h"
#include "core/project/DemoProjects.h"
#include "core/project/ProjectFile.h"
#include "core/project/ProjectValues.h"
#include "core/recipes/Recipes.h"
#include "core/remote/SshHostList.h"
#include "core/storage/ConfigEntries.h"
#include "core/storage/NfsExport.h"
#include "core/storage/NfsPlan.h"
#include "core/util/ControlChars.h"
#include "core/util/ValueGate.h"

using namespace npufleet;
using safe::ValueKind;

Q_DECLARE_METATYPE(npufleet::safe::ValueKind)

namespace {

project::ProjectData lab()
{
    Result<project::ProjectData> data = project::loadDemo(QStringLiteral("atlas-lab"));
    if (!data)
        qFatal("the atlas-lab demo does not load");
    return *data;
}

// The atlas-lab demo as text, with one line replaced.
QByteArray labYaml(const QByteArray& from, const QByteArray& to)
{
    QFile f(QStringLiteral(":/demo/atlas-lab.yaml"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no demo in the resources");
    QByteArray text = f.readAll();
    if (!text.contains(from))
        qFatal("the demo has no line %s", from.constData());
    return text.replace(from, to);
}

// Every file below a folder, relative to it.
QStringList filesUnder(const QString& folder)
{
    QStringList out;
    QDir dir(folder);
    const QFileInfoList entries = dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo& e : entries) {
        if (e.isDir() && !e.isSymLink()) {
            for (const QString& inner : filesUnder(e.filePath()))
                out << e.fileName() + QLatin1Char('/') + inner;
        } else {
            out << e.fileName();
        }
    }
    return out;
}

const QString kNul = QStringLiteral("a") + QChar(0) + QStringLiteral("b");

} // namespace

class TestValueGate : public QObject
{
    Q_OBJECT

private slots:
    void kinds_data()
    {
        QTest::addColumn<ValueKind>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("passes");
        const auto row = [](const char* name, ValueKind kind, const QString& value, bool passes) {
            QTest::newRow(name) << kind << value << passes;
        };
        // Paths: absolute, one line, no '..'; spaces, quotes, $() and non-ASCII are quoted, not refused.
        row("path", ValueKind::CommandPath, QStringLiteral("/data/models/Qwen3-8B"), true);
        row("path with space", ValueKind::CommandPath, QStringLiteral("/data/my models"), true);
        row("path with $()", ValueKind::CommandPath, QStringLiteral("/data/m o$(touch /tmp/pwned)"), true);
        row("path with backticks;quotes", ValueKind::CommandPath, QStringLiteral("/d/`id`;'\"x"), true);
        row("chinese path", ValueKind::CommandPath, QStringLiteral("/模型/通义千问"), true);
        row("path -delete", ValueKind::CommandPath, QStringLiteral("-delete"), false);
        row("path --help", ValueKind::CommandPath, QStringLiteral("--help"), false);
        row("relative path", ValueKind::CommandPath, QStringLiteral("data/models"), false);
        row("path with ..", ValueKind::CommandPath, QStringLiteral("/data/../etc"), false);
        row("path ending ..", ValueKind::CommandPath, QStringLiteral("/data/.."), false);
        row("path with a..b", ValueKind::CommandPath, QStringLiteral("/data/a..b"), true);
        row("path with newline", ValueKind::CommandPath, QStringLiteral("/data\n/etc"), false);
        row("path with NUL", ValueKind::CommandPath, QStringLiteral("/") + kNul, false);
        row("path with escape", ValueKind::CommandPath, QStringLiteral("/data/\x1b[2J"), false);
        row("path with RLO", ValueKind::CommandPath, QStringLiteral("/data/\u202Etxt.sh"), false);
        row("empty path", ValueKind::CommandPath, QString(), false);
        row("config path", ValueKind::ConfigPath, QStringLiteral("/data/my models"), true);
        row("config path with quote", ValueKind::ConfigPath, QStringLiteral("/data/a\"b"), false);
        row("config path with #", ValueKind::ConfigPath, QStringLiteral("/data/a#b"), false);
        row("config path with \\", ValueKind::ConfigPath, QStringLiteral("/data/a\\040b"), false);
        row("exports injection", ValueKind::ConfigPath, QStringLiteral("/data/models\n/ *(rw,no_root_squash,insecure)"),
            false);
        row("volume path", ValueKind::VolumePath, QStringLiteral("/models/Qwen3-8B"), true);
        row("volume path with colon", ValueKind::VolumePath, QStringLiteral("/models/a:/etc"), false);
        // Names become file, container and service names.
        row("name", ValueKind::Name, QStringLiteral("qwen3-30b-a3b"), true);
        row("name with space", ValueKind::Name, QStringLiteral("my qwen"), true);
        row("unicode name", ValueKind::Name, QStringLiteral("千问"), true);
        row("name ..", ValueKind::Name, QStringLiteral(".."), false);
        row("name .", ValueKind::Name, QStringLiteral("."), false);
        row("name with /", ValueKind::Name, QStringLiteral("a/../../b"), false);
        row("name with \\", ValueKind::Name, QStringLiteral("a\\b"), false);
        row("name -rf", ValueKind::Name, QStringLiteral("-rf"), false);
        row("name with NUL", ValueKind::Name, kNul, false);
        row("name with newline", ValueKind::Name, QStringLiteral("a\nb"), false);
        // Words of a command line.
        row("host", ValueKind::Host, QStringLiteral("172.16.33.106"), true);
        row("host name", ValueKind::Host, QStringLiteral("atlas-106.lab"), true);
        row("ipv6 host", ValueKind::Host, QStringLiteral("fe80::1%eth0"), true);
        row("host option", ValueKind::Host, QStringLiteral("-oProxyCommand=sh"), false);
        row("host with $()", ValueKind::Host, QStringLiteral("$(reboot)"), false);
        row("host with space", ValueKind::Host, QStringLiteral("a b"), false);
        row("user", ValueKind::User, QStringLiteral("ascend"), true);
        row("user option", ValueKind::User, QStringLiteral("-l"), false);
        row("user with ;", ValueKind::User, QStringLiteral("root;id"), false);
        row("interface", ValueKind::Interface, QStringLiteral("enp189s0f0"), true);
        row("interface with ;", ValueKind::Interface, QStringLiteral("eth0;reboot"), false);
        row("interface too long", ValueKind::Interface, QStringLiteral("averyveryverylongnic"), false);
        row("image", ValueKind::Image, QStringLiteral("quay.io/ascend/vllm-ascend:v0.9.2rc1"), true);
        row("image by digest", ValueKind::Image, QStringLiteral("registry:5000/vllm@sha256:0123abcd"), true);
        row("image option", ValueKind::Image, QStringLiteral("--privileged"), false);
        row("image with space", ValueKind::Image, QStringLiteral("vllm -v /:/host"), false);
        row("operand", ValueKind::Operand, QStringLiteral("Qwen/Qwen3 8B (W8A8)"), true);
        row("operand --help", ValueKind::Operand, QStringLiteral("--help"), false);
        row("operand with newline", ValueKind::Operand, QStringLiteral("a\nb"), false);
        row("argument option", ValueKind::Argument, QStringLiteral("--max-num-batched-tokens=8192"), true);
        row("argument with newline", ValueKind::Argument, QStringLiteral("{% for m in messages %}\n{{ m }}"), true);
        row("argument with escape", ValueKind::Argument, QStringLiteral("--a\x1b[2J"), false);
        row("argument with NUL", ValueKind::Argument, QStringLiteral("--") + kNul, false);
        // Fields of /etc/exports and /etc/fstab.
        row("network", ValueKind::ExportClient, QStringLiteral("172.16.33.0/24"), true);
        row("netmask", ValueKind::ExportClient, QStringLiteral("10.0.0.0/255.255.0.0"), true);
        row("wildcard", ValueKind::ExportClient, QStringLiteral("*.lab"), true);
        row("netgroup", ValueKind::ExportClient, QStringLiteral("@npus"), true);
        row("client with options", ValueKind::ExportClient, QStringLiteral("10.0.0.0/8(rw,no_root_squash)"), false);
        row("two clients", ValueKind::ExportClient, QStringLiteral("10.0.0.1 10.0.0.2"), false);
        row("client with newline", ValueKind::ExportClient, QStringLiteral("x\n/ *(rw,no_root_squash)"), false);
        row("export options", ValueKind::OptionList, QStringLiteral("rw,sync,no_root_squash,no_subtree_check"), true);
        row("mount options", ValueKind::OptionList, QStringLiteral("vers=4.1,hard,timeo=600,retrans=3,_netdev"), true);
        row("options with space", ValueKind::OptionList, QStringLiteral("rw, sync"), false);
        row("options closing the list", ValueKind::OptionList, QStringLiteral("rw) *(rw"), false);
        row("options with newline", ValueKind::OptionList, QStringLiteral("rw\n/ *(rw)"), false);
        row("options with #", ValueKind::OptionList, QStringLiteral("rw,#x"), false);
        row("no options", ValueKind::OptionList, QString(), false);
        // Environment files and -e NAME=VALUE.
        row("env name", ValueKind::EnvName, QStringLiteral("HCCL_SOCKET_IFNAME"), true);
        row("env name with digit first", ValueKind::EnvName, QStringLiteral("1X"), false);
        row("env name with =", ValueKind::EnvName, QStringLiteral("A=B"), false);
        row("env reference", ValueKind::EnvValue, QStringLiteral("${HF_TOKEN}"), true);
        row("env value with newline", ValueKind::EnvValue, QStringLiteral("1\nLD_PRELOAD=/tmp/x.so"), false);
        row("json", ValueKind::JsonObject, QStringLiteral(R"({"torchair_graph_config": {"enabled": true}})"), true);
        row("json list", ValueKind::JsonObject, QStringLiteral("[1]"), false);
        row("json broken", ValueKind::JsonObject, QStringLiteral("{"), false);
        row("recording", ValueKind::BareFileName, QStringLiteral("npu-smi-910B4-32G-idle.txt"), true);
        row("recording elsewhere", ValueKind::BareFileName, QStringLiteral("/etc/shadow"), false);
        row("recording above", ValueKind::BareFileName, QStringLiteral("../../etc/shadow"), false);
    }

    void kinds()
    {
        QFETCH(ValueKind, kind);
        QFETCH(QString, value);
        QFETCH(bool, passes);
        const QString why = safe::problem(kind, value);
        QVERIFY2(why.isEmpty() == passes, qPrintable(safe::escapedForMessage(value) + QStringLiteral(": ") + why));
    }

    void refusalNamesFieldOwnerAndEscapedValue()
    {
        const auto r = safe::check(ValueKind::ConfigPath, QStringLiteral("/data\n/ *(rw)") + QChar(0),
                                   {QStringLiteral("export"), QStringLiteral("the shared storage"), {}});
        QVERIFY(!r);
        const QString text = r.error().toString();
        QVERIFY2(text.contains(QLatin1String("the shared storage, export: refused \"/data\\n/ *(rw)\\0\"")),
                 qPrintable(text));
        QVERIFY(!text.contains(QLatin1Char('\n')));
        const auto n = safe::check(ValueKind::User, QStringLiteral("-l"),
                                   {QStringLiteral("user"), QStringLiteral("node \"n1\""), QStringLiteral("n1")});
        QCOMPARE(n.error().node, QStringLiteral("n1"));
        QCOMPARE(safe::escapedForMessage(QStringLiteral("a\tb\x1b\u2028\\")),
                 QStringLiteral("a\\tb\\x1b\\u{2028}\\\\"));
    }

    // Issue 16: "With a model path of -delete, pre-flight sends `find -delete -type f …` to each node."
    void modelPathDeleteIsRefusedByTheReader()
    {
        QStringList warnings;
        const auto data = project::parseProject(labYaml("    path: /models/Qwen3-30B-A3B\n", "    path: -delete\n"),
                                                QStringLiteral("p.yaml"), &warnings);
        QVERIFY(!data);
        const Error& e = data.error();
        QCOMPARE(e.file, QStringLiteral("p.yaml"));
        QVERIFY(e.line > 0 && e.column > 0);
        QVERIFY2(e.message.contains(QLatin1String("model \"qwen3-30b-a3b\", path: refused \"-delete\"")),
                 qPrintable(e.toString()));
    }

    void modelPathDeleteIsRefusedBehindTheReader()
    {
        project::ProjectData p = lab();
        p.models[0].path = QStringLiteral("-delete");
        const auto plan = checks::makePreflightPlan(p, QStringLiteral("qwen3-30b-a3b"));
        QVERIFY(!plan);
        QVERIFY2(plan.error().message.contains(QLatin1String("-delete")), qPrintable(plan.error().toString()));
        QVERIFY(!recipes::makeLaunchPlan(p, QStringLiteral("qwen3-30b-a3b")));
        // A plan made some other way still never hands find an expression as its starting point.
        checks::PreflightPlan direct;
        direct.modelPath = QStringLiteral("-delete");
        checks::PlannedNode pn;
        pn.node.name = QStringLiteral("n1");
        for (const checks::ProbeCommand& c : checks::probeCommands(direct, pn)) {
            if (c.key == QLatin1String("model"))
                QCOMPARE(c.command, QStringLiteral("find ./-delete -type f -printf '%P\\t%s\\n'"));
        }
    }

    // Issue 16: "A newline in storage.export is written unescaped; the exported NFS script added
    // `/ *(rw,no_root_squash,insecure)` and ran exportfs -ra."
    void newlineInExportIsRefused()
    {
        const QByteArray hostile = "  export: \"/data/models\\n/ *(rw,no_root_squash,insecure)\"\n";
        const auto data = project::parseProject(labYaml("  export: /data/models\n", hostile), QStringLiteral("p.yaml"));
        QVERIFY(!data);
        QVERIFY2(data.error().message.contains(QLatin1String("export: refused \"/data/models\\n/ *(rw,no_root_squash")),
                 qPrintable(data.error().toString()));
        QVERIFY(data.error().line > 0);

        project::ProjectData p = lab();
        p.storage.exportPath = QStringLiteral("/data/models\n/ *(rw,no_root_squash,insecure)");
        QVERIFY(!storage::NfsPlanner::plan(p));
        QTemporaryDir out;
        QVERIFY(!storage::exportNfsScripts(p, out.path()));
        QVERIFY(filesUnder(out.path()).isEmpty());
        for (const auto& [field, value] :
             {std::pair {&project::SharedStorage::network, QStringLiteral("10.0.0.0/8\n/ *(rw")},
              std::pair {&project::SharedStorage::exportOptions, QStringLiteral("rw)\n/ *(rw,no_root_squash")},
              std::pair {&project::SharedStorage::mountOptions, QStringLiteral("vers=3 0 0\n/dev/sda / ext4")},
              std::pair {&project::SharedStorage::mountPoint, QStringLiteral("/mnt/x\n/dev/sda /")}}) {
            project::ProjectData q = lab();
            q.storage.*field = value;
            QVERIFY2(!storage::NfsPlanner::plan(q), qPrintable(safe::escapedForMessage(value)));
        }
        // The file editor itself refuses a line with a control character, whoever made the edit.
        storage::ConfigEdit edit;
        edit.path = QStringLiteral("/etc/exports");
        edit.exportEntry = {QStringLiteral("/data\n/"), QStringLiteral("*"), QStringLiteral("rw")};
        QVERIFY(!storage::ConfigEditor::apply(QByteArray(), edit));
    }

    // Issue 16: "A deployment named .. makes export write outside --out."
    void deploymentDotDotStaysInsideOut()
    {
        const auto data
            = project::parseProject(labYaml("  - name: qwen3-30b-a3b\n", "  - name: ..\n"), QStringLiteral("p.yaml"));
        QVERIFY(!data);
        QVERIFY2(data.error().message.contains(QLatin1String("deployment \"..\", name: refused")),
                 qPrintable(data.error().toString()));
        QVERIFY(data.error().line > 0);

        QTemporaryDir root;
        const QString out = root.filePath(QStringLiteral("out"));
        for (const QString& name : {QStringLiteral(".."), QStringLiteral("../escape"), QStringLiteral("-rf")}) {
            project::ProjectData p = lab();
            p.deployments[0].name = name;
            QVERIFY(!exporting::exportDeployment(p, name, exporting::ExportFormat::All, out));
        }
        QCOMPARE(filesUnder(root.path()), QStringList());
        QCOMPARE(exporting::ScriptWriter::fileSafe(QStringLiteral("..")), QStringLiteral("_.."));
        QCOMPARE(exporting::ScriptWriter::fileSafe(QStringLiteral(".")), QStringLiteral("_."));
        QCOMPARE(exporting::ScriptWriter::fileSafe(QStringLiteral("../x")), QStringLiteral("_.._x"));
        QCOMPARE(exporting::ScriptWriter::fileSafe(QStringLiteral("-rf")), QStringLiteral("_-rf"));
        // The writer refuses a name that leaves its folder, whoever made it.
        for (const QString& bad :
             {QStringLiteral("../x"), QStringLiteral("/etc/x"), QStringLiteral("a/../../x"), QStringLiteral("a\nb")}) {
            const auto written = exporting::Exporter::write({exporting::ExportedFile {bad, "x", false}}, out);
            QVERIFY2(!written, qPrintable(safe::escapedForMessage(bad)));
        }
        QCOMPARE(filesUnder(root.path()), QStringList());
    }

    // Issue 16: "the demo simulation: field reads any local file".
    void simulationNamesOnlyBundledRecordings()
    {
        QVERIFY(project::demoSimulationFiles().contains(QStringLiteral("npu-smi-910B4-32G-idle.txt")));
        for (const QByteArray& bad : {QByteArray("/etc/shadow"), QByteArray("../../../etc/passwd"),
                                      QByteArray(":/demo/atlas-lab.yaml"), QByteArray("no-such-recording.txt")}) {
            const auto data = project::parseProject(
                labYaml("      simulation: npu-smi-910B4-32G-idle.txt\n", "      simulation: \"" + bad + "\"\n"),
                QStringLiteral("p.yaml"));
            QVERIFY2(!data, bad.constData());
            QVERIFY(data.error().message.contains(QLatin1String("simulation")));
            QVERIFY(data.error().line > 0);
        }
    }

    // Fields a hostile project could fill, one at a time: each is refused with its place in the file.
    void readerPointsAtTheBadValue_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("field");
        QTest::newRow("host") << QByteArray("      host: 172.16.33.106\n")
                              << QByteArray("      host: -oProxyCommand=sh\n") << QStringLiteral("host");
        QTest::newRow("image") << QByteArray("    image: quay.io/ascend/vllm-ascend:v0.9.2rc1\n")
                               << QByteArray("    image: --privileged\n") << QStringLiteral("image");
        QTest::newRow("served name") << QByteArray("      served_model_name: qwen3-30b-a3b\n")
                                     << QByteArray("      served_model_name: --help\n")
                                     << QStringLiteral("serving.served_model_name");
        QTest::newRow("env value") << QByteArray("      HCCL_BUFFSIZE: \"1024\"\n")
                                   << QByteArray("      HCCL_BUFFSIZE: \"1024\\nLD_PRELOAD=/tmp/x.so\"\n")
                                   << QStringLiteral("environment.HCCL_BUFFSIZE");
        QTest::newRow("network") << QByteArray("  network: 172.16.33.0/24\n")
                                 << QByteArray("  network: \"172.16.33.0/24(rw,no_root_squash)\"\n")
                                 << QStringLiteral("network");
        QTest::newRow("mount options") << QByteArray("  mount_options: vers=3,hard,timeo=600,retrans=3,_netdev\n")
                                       << QByteArray("  mount_options: \"vers=3 0 0\"\n")
                                       << QStringLiteral("mount_options");
        QTest::newRow("cache dir") << QByteArray("  cache_dir: /data/models/gpustack-cache\n")
                                   << QByteArray("  cache_dir: /data/models/../../etc\n")
                                   << QStringLiteral("cache_dir");
    }

    void readerPointsAtTheBadValue()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, field);
        const QByteArray text = labYaml(from, to);
        const auto data = project::parseProject(text, QStringLiteral("p.yaml"));
        QVERIFY(!data);
        const Error& e = data.error();
        QVERIFY2(e.message.contains(QStringLiteral(", %1: refused").arg(field)), qPrintable(e.toString()));
        // The line the error names is the line that was changed.
        const QList<QByteArray> lines = text.split('\n');
        QVERIFY(e.line > 0 && e.line <= lines.size());
        QVERIFY2(to.startsWith(lines.at(e.line - 1)), qPrintable(e.toString()));
    }

    // --hosts: the host goes into known_hosts, the user into the login.
    void hostListRefusesOptionsAndLines()
    {
        QVERIFY(remote::parseHostList(QStringLiteral("root@127.0.0.2:2222,[::1]:22,atlas-106")));
        for (const QString& bad : {QStringLiteral("-oProxyCommand=sh"), QStringLiteral("a\nb"),
                                   QStringLiteral("-l@127.0.0.2"), QStringLiteral("ro ot@127.0.0.2")}) {
            const auto nodes = remote::parseHostList(bad);
            QVERIFY2(!nodes, qPrintable(safe::escapedForMessage(bad)));
        }
    }

    void demosPassTheGate()
    {
        for (const QString& name : project::demoNames()) {
            const auto data = project::loadDemo(name);
            QVERIFY2(data, qPrintable(data ? QString() : data.error().toString()));
            QVERIFY(!project::findBadValue(*data));
        }
    }
};

QTEST_GUILESS_MAIN(TestValueGate)
#include "tst_valuegate.moc"
