// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile values in every project field, run through pre-flight, the NFS apply and undo, and a launch
// against real OpenSSH servers (127.0.0.2-3) whose ForceCommand logs exactly the command line it receives,
// and whose find, df, mkdir, chmod and docker log exactly the arguments they get. Each value is either
// refused before anything runs, or arrives quoted and never as an option or an extra line; nothing runs
// a substitution, and nothing outside the test's folder is touched.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>
#include <memory>

#include "core/checks/PreflightRunner.h"
#include "core/deployment/LaunchRunner.h"
#include "core/exporting/Exporter.h"
#include "core/project/DemoProjects.h"
#include "core/project/ProjectFile.h"
#include "core/project/ProjectValues.h"
#include "core/recipes/Recipes.h"
#include "core/remote/SshTransport.h"
#include "core/storage/NfsExport.h"
#include "core/storage/NfsPlan.h"
#include "core/storage/NfsRunner.h"
#include "core/util/ControlChars.h"

#include "SshdFixture.h"
#include "SshdPreflightTools.h"
#include "SshdStorageTools.h"
#include "StandInFiles.h"

using namespace npufleet;
using npufleet::test::SshdFixture;

namespace {

const QString kRoot = test::storageSandboxRoot(); // each node's own folder, as its commands see it
constexpr int kNodes = 2;

struct Hostile
{
    QString name;
    QString value;
    QString payload; // the part that must never be read by the shell or as an option
};

// A field of the project and how a test sets it (the way the GUI's edits do, without the reader).
struct FieldCase
{
    QString name;
    std::function<void(project::ProjectData&, const QString&)> set;
    bool mustRefuse = false; // the run cannot go on without it (host, user): every hostile value is refused
};

// Fields the NFS plan reads: the nodes' and the shared storage's.
bool nfsReads(const FieldCase& field)
{
    return field.name.startsWith(QLatin1String("node")) || field.name.startsWith(QLatin1String("cluster"))
        || field.name.startsWith(QLatin1String("storage")) || field.name.startsWith(QLatin1String("export"))
        || field.name.startsWith(QLatin1String("mount")) || field.name.startsWith(QLatin1String("cache"));
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool shellSpecial(QChar c)
{
    if (c.unicode() >= 128)
        return true;
    const char ch = c.toLatin1();
    return !((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_' || ch == '-'
             || ch == '.' || ch == '/' || ch == ':' || ch == ',' || ch == '+' || ch == '@' || ch == '%' || ch == '=');
}

// How bash reads each character of a command line: inside single quotes or not, and how many literal
// characters of its word come before it (0: it starts the word, where an option would be).
struct Reading
{
    QList<bool> quoted;
    QList<int> offset;
};

Reading readShell(const QString& line)
{
    Reading r;
    r.quoted.fill(false, line.size());
    r.offset.fill(0, line.size());
    enum { Plain, Single, Double } state = Plain;
    int offset = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        r.quoted[i] = state == Single && c != QLatin1Char('\'');
        r.offset[i] = offset;
        if (state == Single) {
            if (c == QLatin1Char('\''))
                state = Plain;
            else
                ++offset;
        } else if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            ++i; // an escaped character is literal
            r.quoted[i] = true;
            r.offset[i] = offset++;
        } else if (state == Double) {
            if (c == QLatin1Char('"'))
                state = Plain;
            else
                ++offset;
        } else if (c == QLatin1Char('\'')) {
            state = Single;
        } else if (c == QLatin1Char('"')) {
            state = Double;
        } else if (QStringLiteral(" \t\n;|&()<>").contains(c)) {
            offset = 0;
        } else {
            ++offset;
        }
    }
    return r;
}

// Where the payload reaches bash other than as quoted text inside an operand; empty when it never does.
// `exactWord`: a whole word that may be the payload as it is (serving.extra_args are options by design).
QString unsafeUse(const QString& line, const QString& payload, const QString& exactWord = {})
{
    const Reading r = readShell(line);
    for (qsizetype at = line.indexOf(payload); at >= 0; at = line.indexOf(payload, at + 1)) {
        for (qsizetype k = at; k < at + payload.size(); ++k) {
            if (shellSpecial(line.at(k)) && !r.quoted.at(k))
                return QStringLiteral("'%1' at %2 is not quoted").arg(line.at(k)).arg(k);
        }
        const qsizetype after = at + payload.size();
        const bool wholeWord = payload == exactWord && (after == line.size() || line.at(after) == QLatin1Char(' '));
        if (payload.startsWith(QLatin1Char('-')) && r.offset.at(at) == 0 && !wholeWord)
            return QStringLiteral("a word starts with %1 at %2: an option").arg(payload).arg(at);
    }
    return {};
}

// A tool that writes its arguments, exactly, to the node's argv.log, then runs `then`.
QByteArray argvShim(const QString& nodeDir, const QByteArray& then)
{
    return "#!/bin/bash\n{ printf '%s' \"${0##*/}\"; for a in \"$@\"; do printf '\\t%s' \"$(printf '%s' \"$a\" | "
           "base64 -w0)\"; done; echo; } >> "
        + test::shellQuotedPath(nodeDir + QStringLiteral("/argv.log")) + "\n" + then + "\n";
}

} // namespace

class TestHostileValues : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SshdFixture> m_cluster;
    std::shared_ptr<remote::SshTransport> m_transport;
    QString m_pwned; // created only if some value ran as a command
    QStringList m_canaries;
    QList<Hostile> m_hostiles;
    QList<FieldCase> m_fields;
    QHash<QString, storage::OsFamily> m_families;

    QString dir(int i) const { return m_cluster->storageDir(i); }

    // The two-node DP demo on the fixture's nodes, with its paths and shared storage in the nodes' sandboxes.
    project::ProjectData base() const
    {
        auto data = project::loadDemo(QStringLiteral("deepseek-2node"));
        Q_ASSERT(data);
        data->demo = false;
        for (int i = 0; i < data->nodes.size(); ++i) {
            cluster::Node& n = data->nodes[i];
            const cluster::Node live = m_cluster->node(i);
            for (project::Placement& p : data->deployments.first().placement) {
                if (p.node == n.name)
                    p.node = live.name;
            }
            test::moveOntoStandIn(n, live, i);
        }
        data->models.first().path = kRoot + QStringLiteral("/data/models/DeepSeek-R1-0528-W8A8");
        data->storage = {};
        data->storage.serverNode = m_cluster->nodeName(0);
        data->storage.exportPath = kRoot + QStringLiteral("/data/models");
        data->storage.mountPoint = kRoot + QStringLiteral("/data/models");
        data->storage.network = QStringLiteral("127.0.0.0/24");
        data->storage.cacheDir = kRoot + QStringLiteral("/data/models/cache");
        return *data;
    }

    int received() const
    {
        int n = 0;
        for (int i = 0; i < kNodes; ++i)
            n += int(m_cluster->receivedCommands(i).size());
        return n;
    }

    // Pre-flight, NFS apply and undo, and a launch of the project; false when one of them refuses it first.
    // What each refusal said goes to `refusals`.
    // With `sudo`, the NFS commands go through `sudo -n bash -c '…'` as for a login user who is not root:
    // one more level of quoting, which the values must survive too.
    void runAll(const project::ProjectData& p, QStringList* refusals, bool withNfs = true, bool sudo = false)
    {
        const QString deployment = p.deployments.first().name;
        if (auto plan = checks::makePreflightPlan(p, deployment); !plan) {
            *refusals << plan.error().toString();
        } else {
            for (checks::PlannedNode& pn : plan->nodes) {
                const int i = pn.node.name == p.nodes.at(0).name ? 0 : 1;
                pn.hccnConf = test::standInHccnConf(dir(i));
                pn.ascendRoot = test::standInAscendRoot(dir(i));
            }
            checks::PreflightRunner runner(m_transport);
            runner.setStepTimeoutMs(20'000);
            QSignalSpy finished(&runner, &checks::PreflightRunner::finished);
            QVERIFY(runner.start(*plan));
            QVERIFY(finished.wait(60'000));
        }
        storage::NfsPlanOptions options;
        options.etcRoot = kRoot + QStringLiteral("/etc");
        options.detected = m_families;
        options.sudo = sudo ? storage::NfsPlanOptions::Sudo::Always : storage::NfsPlanOptions::Sudo::Never;
        if (auto plan = storage::NfsPlanner::plan(p, options); !plan) {
            *refusals << plan.error().toString();
        } else if (withNfs) {
            storage::NfsRunner runner(m_transport);
            for (const bool undo : {false, true}) {
                QSignalSpy finished(&runner, &storage::NfsRunner::finished);
                undo ? runner.undo(*plan) : runner.apply(*plan);
                QVERIFY(finished.wait(60'000));
                if (!undo)
                    checkBlocks();
            }
        }
        if (auto plan = recipes::makeLaunchPlan(p, deployment); !plan) {
            *refusals << plan.error().toString();
        } else {
            deployment::LaunchRunner runner(m_transport);
            runner.setNodes(p.nodes);
            runner.setStepTimeoutMs(20'000);
            QSignalSpy finished(&runner, &deployment::LaunchRunner::finished);
            QVERIFY(runner.launch(*plan));
            QVERIFY(finished.wait(60'000));
        }
    }

    // The marked blocks of /etc/exports (server) and /etc/fstab (client) hold one comment and one entry.
    void checkBlocks()
    {
        for (const auto& [i, file] : {std::pair {0, "exports"}, std::pair {1, "fstab"}}) {
            const QByteArray text = readAll(m_cluster->etcRoot(i) + QLatin1Char('/') + QLatin1String(file));
            const qsizetype begin = text.indexOf("# npufleet begin\n");
            const qsizetype end = text.indexOf("# npufleet end");
            if (begin < 0)
                continue; // the apply stopped before the edit (a stand-in refused an earlier step)
            QVERIFY2(end > begin, text.constData());
            const QByteArray block = text.mid(begin, end - begin);
            QCOMPARE(block.count('\n'), 3);
        }
    }

    // Every command line and every argument the nodes received since `from` (per node) carries the value
    // only as quoted text of an operand.
    void checkReceived(const Hostile& h, const QList<int>& from, bool hasExtraArg)
    {
        for (int i = 0; i < kNodes; ++i) {
            const QList<QByteArray> commands = m_cluster->receivedCommands(i);
            for (qsizetype c = from.at(i); c < commands.size(); ++c) {
                const QString line = QString::fromUtf8(commands.at(c));
                if (qEnvironmentVariableIsSet("NPF_DUMP"))
                    qInfo().noquote() << i << safe::escapedForMessage(line);
                const QString why = unsafeUse(line, h.payload, hasExtraArg ? h.value : QString());
                QVERIFY2(why.isEmpty(),
                         qPrintable(h.name + QStringLiteral(": ") + why + QStringLiteral(" in: ")
                                    + safe::escapedForMessage(line)));
            }
            for (const QByteArray& record : readAll(dir(i) + QStringLiteral("/argv.log")).split('\n')) {
                const QList<QByteArray> fields = record.split('\t');
                if (qEnvironmentVariableIsSet("NPF_DUMP") && !record.isEmpty()) {
                    QStringList args;
                    for (const QByteArray& f : fields.mid(1))
                        args << safe::escapedForMessage(QString::fromUtf8(QByteArray::fromBase64(f)));
                    qInfo().noquote() << i << "argv" << fields.first() << args.join(QStringLiteral(" | "));
                }
                for (qsizetype a = 1; a < fields.size(); ++a) {
                    const QString arg = QString::fromUtf8(QByteArray::fromBase64(fields.at(a)));
                    if (!arg.contains(h.payload) || !arg.startsWith(QLatin1Char('-')))
                        continue;
                    // serving.extra_args are options by design: passed as they are, as one argument each.
                    const bool extraArg = hasExtraArg && fields.first() == "docker" && arg == h.value;
                    QVERIFY2(
                        extraArg,
                        qPrintable(
                            h.name
                            + QStringLiteral(": %1 got the option %2").arg(QString::fromUtf8(fields.first()), arg)));
                }
            }
            QFile::resize(dir(i) + QStringLiteral("/argv.log"), 0);
        }
    }

    // The same project exported: every file inside --out, every script valid bash, the NFS server script's
    // block one comment and one entry.
    void checkExport(const Hostile& h, const project::ProjectData& p)
    {
        QTemporaryDir root;
        const QString out = root.filePath(QStringLiteral("out"));
        const auto launch
            = exporting::exportDeployment(p, p.deployments.first().name, exporting::ExportFormat::All, out);
        QVERIFY2(launch, qPrintable(launch ? QString() : launch.error().toString()));
        const auto nfs = storage::exportNfsScripts(p, out);
        QVERIFY2(nfs, qPrintable(nfs ? QString() : nfs.error().toString()));
        QCOMPARE(QDir(root.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList {QStringLiteral("out")});
        for (const QString& path : *launch + *nfs) {
            QVERIFY2(path.startsWith(out + QLatin1Char('/')), qPrintable(path));
            if (!path.endsWith(QLatin1String(".sh")))
                continue;
            QProcess bash;
            bash.start(QStringLiteral("bash"), {QStringLiteral("-n"), path});
            QVERIFY(bash.waitForFinished(30'000));
            QVERIFY2(bash.exitCode() == 0,
                     qPrintable(h.name + QLatin1Char(' ') + path + QLatin1Char(' ')
                                + QString::fromUtf8(bash.readAllStandardError())));
            if (!path.contains(QLatin1String("/nfs-server-")))
                continue;
            const QByteArray script = readAll(path);
            const qsizetype begin = script.indexOf("<<'NPUFLEET_BLOCK'\n");
            QVERIFY(begin > 0);
            const qsizetype end = script.indexOf("\nNPUFLEET_BLOCK\n", begin);
            QVERIFY(end > begin);
            QCOMPARE(script.mid(begin, end - begin).count('\n'), 2);
        }
    }

    // How many arguments the logging tools got that hold the payload: proof that the value did arrive.
    int argumentsWith(const QString& payload) const
    {
        int n = 0;
        for (int i = 0; i < kNodes; ++i) {
            for (const QByteArray& record : readAll(dir(i) + QStringLiteral("/argv.log")).split('\n')) {
                for (const QByteArray& field : record.split('\t').mid(1))
                    n += QString::fromUtf8(QByteArray::fromBase64(field)).contains(payload) ? 1 : 0;
            }
        }
        return n;
    }

private slots:
    void initTestCase()
    {
        m_cluster = std::make_unique<SshdFixture>(kNodes);
        for (int i = 0; i < kNodes; ++i)
            m_cluster->setFault(i, test::StandInFault::None);
        m_cluster->enableStorageSandbox();
        m_cluster->enableCommandLog();
        QString error;
        QVERIFY2(m_cluster->start(&error), qPrintable(error));
        remote::SshTransportOptions o = m_cluster->transportOptions();
        o.connectTimeoutMs = 5'000;
        m_transport = std::make_shared<remote::SshTransport>(o);

        // The tools that take project values as arguments log them; docker and curl only pretend.
        for (int i = 0; i < kNodes; ++i) {
            const QString bin = dir(i) + QStringLiteral("/bin/");
            for (const char* tool : {"find", "df", "mkdir", "chmod"}) {
                const QString real = bin + QLatin1String(tool) + QStringLiteral(".real");
                const bool standIn = QFile::exists(bin + QLatin1String(tool));
                QVERIFY(!standIn || QFile::rename(bin + QLatin1String(tool), real));
                QByteArray target = standIn ? test::shellQuotedPath(real) : QByteArray("/usr/bin/");
                if (!standIn)
                    target += tool;
                const QByteArray then = "exec " + target + " \"$@\"";
                QVERIFY(test::writeStandInFile(bin + QLatin1String(tool), argvShim(dir(i), then), true, &error));
            }
            QVERIFY(QFile::rename(bin + QStringLiteral("docker"), bin + QStringLiteral("docker.real")));
            const QByteArray docker
                = "case \"${1-}\" in info) echo 24.0.7 ;; run | rm | pull | container | exec | stop) "
                  "exit 0 ;; *) exec "
                + test::shellQuotedPath(bin + QStringLiteral("docker.real")) + " \"$@\" ;; esac";
            QVERIFY(test::writeStandInFile(bin + QStringLiteral("docker"), argvShim(dir(i), docker), true, &error));
            QVERIFY(test::writeStandInFile(bin + QStringLiteral("curl"), "#!/bin/sh\nexit 0\n", true, &error));
            // The nodes log in as root; a sudo that only runs its command stands in for a sudoer's.
            QVERIFY(test::writeStandInFile(bin + QStringLiteral("sudo"),
                                           "#!/bin/bash\n[ \"${1-}\" != -n ] || shift\nexec \"$@\"\n", true, &error));
            QVERIFY(QDir().mkpath(dir(i) + QStringLiteral("/data/models/DeepSeek-R1-0528-W8A8")));
        }
        // What must still be there at the end: the nodes' home folders and the test's own.
        m_canaries = {m_cluster->dir() + QStringLiteral("/canary"), dir(0) + QStringLiteral("/canary"),
                      dir(1) + QStringLiteral("/data/models/DeepSeek-R1-0528-W8A8/config.json")};
        for (const QString& c : std::as_const(m_canaries))
            QVERIFY(test::writeStandInFile(c, "keep\n", false, &error));
        m_pwned = m_cluster->dir() + QStringLiteral("/pwned");

        storage::NfsRunner detector(m_transport);
        QSignalSpy families(&detector, &storage::NfsRunner::osDetected);
        detector.detectOs(m_cluster->nodes(), kRoot + QStringLiteral("/etc"));
        QVERIFY(families.wait(30'000));
        m_families = families.first().first().value<QHash<QString, storage::OsFamily>>();

        const QString touch = QStringLiteral("touch ") + m_pwned;
        m_hostiles = {
            {QStringLiteral("-delete"), QStringLiteral("-delete"), QStringLiteral("-delete")},
            {QStringLiteral("--help"), QStringLiteral("--help"), QStringLiteral("--help")},
            {QStringLiteral("newline export"), QStringLiteral("x\n/ *(rw,no_root_squash,insecure)"),
             QStringLiteral("\n/ *(rw")},
            {QStringLiteral("$()"), QStringLiteral("$(%1)").arg(touch), QStringLiteral("$(touch")},
            {QStringLiteral("backticks"), QStringLiteral("`%1`").arg(touch), QStringLiteral("`touch")},
            {QStringLiteral("semicolon"), QStringLiteral("a;%1;b").arg(touch), QStringLiteral(";touch")},
            {QStringLiteral("quotes"), QStringLiteral("it's \"quoted\""), QStringLiteral("\"quoted\"")},
            {QStringLiteral("spaces"), QStringLiteral("with  space"), QStringLiteral("with  space")},
            {QStringLiteral("unicode"), QStringLiteral("模型 ✓ é"), QStringLiteral("模型 ✓ é")},
            {QStringLiteral("terminal escape"), QStringLiteral("\x1b]0;owned\x07"), QStringLiteral("\x1b]0;")},
        };

        const auto renameNode = [](project::ProjectData& p, const QString& v) {
            const QString old = p.nodes[1].name;
            p.nodes[1].name = v;
            for (project::Placement& pl : p.deployments.first().placement) {
                if (pl.node == old)
                    pl.node = v;
            }
        };
        m_fields = {
            {QStringLiteral("node name"), renameNode},
            {QStringLiteral("node host"), [](project::ProjectData& p, const QString& v) { p.nodes[1].host = v; }, true},
            {QStringLiteral("node user"), [](project::ProjectData& p, const QString& v) { p.nodes[1].user = v; }, true},
            {QStringLiteral("cluster interface"),
             [](project::ProjectData& p, const QString& v) { p.nodes[1].clusterInterface = v; }, true},
            {QStringLiteral("model name"), [](project::ProjectData& p, const QString& v) { p.models[0].name = v; }},
            {QStringLiteral("model path as given"),
             [](project::ProjectData& p, const QString& v) { p.models[0].path = v; }},
            {QStringLiteral("model path"),
             [](project::ProjectData& p, const QString& v) {
                 p.models[0].path = kRoot + QStringLiteral("/data/") + v;
             }},
            {QStringLiteral("deployment name"),
             [](project::ProjectData& p, const QString& v) { p.deployments[0].name = v; }},
            {QStringLiteral("image"), [](project::ProjectData& p, const QString& v) { p.deployments[0].image = v; }},
            {QStringLiteral("served model name"),
             [](project::ProjectData& p, const QString& v) { p.deployments[0].serving.servedModelName = v; }},
            {QStringLiteral("additional config"),
             [](project::ProjectData& p, const QString& v) {
                 p.deployments[0].serving.additionalConfig = QString::fromUtf8(
                     QJsonDocument(QJsonObject {{QStringLiteral("x"), v}}).toJson(QJsonDocument::Compact));
             }},
            {QStringLiteral("extra argument"),
             [](project::ProjectData& p, const QString& v) { p.deployments[0].serving.extraArgs << v; }},
            {QStringLiteral("environment value"),
             [](project::ProjectData& p, const QString& v) {
                 p.deployments[0].environment << qMakePair(QStringLiteral("NPF_HOSTILE"), v);
             }},
            {QStringLiteral("storage export as given"),
             [](project::ProjectData& p, const QString& v) { p.storage.exportPath = v; }},
            {QStringLiteral("storage export"),
             [](project::ProjectData& p, const QString& v) {
                 p.storage.exportPath = kRoot + QStringLiteral("/data/") + v;
             }},
            {QStringLiteral("storage network"),
             [](project::ProjectData& p, const QString& v) { p.storage.network = v; }},
            {QStringLiteral("export options"),
             [](project::ProjectData& p, const QString& v) { p.storage.exportOptions = v; }},
            {QStringLiteral("mount point"),
             [](project::ProjectData& p, const QString& v) {
                 p.storage.mountPoint = kRoot + QStringLiteral("/mnt/") + v;
                 p.storage.cacheDir.clear();
             }},
            {QStringLiteral("mount options"),
             [](project::ProjectData& p, const QString& v) { p.storage.mountOptions = v; }},
            {QStringLiteral("cache dir"),
             [](project::ProjectData& p, const QString& v) {
                 p.storage.cacheDir = p.storage.mountPoint + QLatin1Char('/') + v;
             }},
        };
    }

    void cleanupTestCase()
    {
        for (const QString& c : std::as_const(m_canaries))
            QVERIFY2(readAll(c) == "keep\n", qPrintable(c));
        QVERIFY2(!QFile::exists(m_pwned), "a value ran as a command");
        m_transport.reset();
        m_cluster.reset();
    }

    // The checker finds what the issue found: an option where a path belongs, a substitution bash runs.
    void checkerSeesOptionsAndSubstitutions()
    {
        QVERIFY(!unsafeUse(QStringLiteral("find -delete -type f -printf '%P'"), QStringLiteral("-delete")).isEmpty());
        QVERIFY(!unsafeUse(QStringLiteral("find '-delete' -type f"), QStringLiteral("-delete")).isEmpty());
        QVERIFY(!unsafeUse(QStringLiteral("df -B1 \"$(touch x)\""), QStringLiteral("$(touch")).isEmpty());
        QVERIFY(!unsafeUse(QStringLiteral("mkdir -p -- /a/b\n/ *(rw"), QStringLiteral("\n/ *(rw")).isEmpty());
        QVERIFY(unsafeUse(QStringLiteral("find /data/-delete -type f"), QStringLiteral("-delete")).isEmpty());
        QVERIFY(unsafeUse(QStringLiteral("df -B1 -- '/d/$(touch x)'"), QStringLiteral("$(touch")).isEmpty());
        QVERIFY(unsafeUse(QStringLiteral("x 'it'\\''s \"quoted\"'"), QStringLiteral("\"quoted\"")).isEmpty());
        QVERIFY(unsafeUse(QStringLiteral("vllm serve /m --help"), QStringLiteral("--help"), QStringLiteral("--help"))
                    .isEmpty());
    }

    void hostileValues_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < m_hostiles.size(); ++i)
            QTest::newRow(qPrintable(m_hostiles.at(i).name)) << i;
    }

    void hostileValues()
    {
        QFETCH(int, index);
        const Hostile& h = m_hostiles.at(index);

        // Each field alone: refused (by the reader, with its place in the file, and by every runner before a
        // single command leaves), or kept for the run below.
        project::ProjectData accepted = base();
        QStringList acceptedFields;
        for (const FieldCase& field : std::as_const(m_fields)) {
            project::ProjectData p = base();
            field.set(p, h.value);
            const std::optional<project::BadValue> bad = project::findBadValue(p);
            if (!bad) {
                QVERIFY2(!field.mustRefuse, qPrintable(field.name + QStringLiteral(" took ") + h.name));
                field.set(accepted, h.value);
                acceptedFields << field.name;
                continue;
            }
            const auto read = project::parseProject(project::serializeProject(p), QStringLiteral("hostile.yaml"));
            QVERIFY2(!read, qPrintable(field.name));
            QVERIFY2(read.error().line > 0 && read.error().message.contains(QLatin1String("refused")),
                     qPrintable(field.name + QStringLiteral(": ") + read.error().toString()));
            const int before = received();
            QStringList refusals;
            runAll(p, &refusals, nfsReads(field));
            QCOMPARE(received(), before);
            QCOMPARE(refusals.size(), nfsReads(field) ? 3 : 2);
            for (const QString& refusal : std::as_const(refusals))
                QVERIFY2(refusal.contains(QLatin1String("refused")),
                         qPrintable(field.name + QStringLiteral(": ") + refusal));
        }
        qInfo().noquote() << h.name << "accepted in:"
                          << (acceptedFields.isEmpty() ? QStringLiteral("-") : acceptedFields.join(u','));
        if (acceptedFields.isEmpty())
            return;

        // All the fields that took it at once, run for real.
        QList<int> from;
        for (int i = 0; i < kNodes; ++i)
            from << int(m_cluster->receivedCommands(i).size());
        QStringList refusals;
        runAll(accepted, &refusals, true, index % 2 == 1);
        QVERIFY2(refusals.isEmpty(), qPrintable(refusals.join(u'\n')));
        QVERIFY(received() > from.value(0) + from.value(1));
        if (index % 2 == 1) {
            bool wrapped = false;
            for (const QByteArray& c : m_cluster->receivedCommands(0).mid(from.value(0)))
                wrapped = wrapped || c.startsWith("sudo -n bash -c ");
            QVERIFY2(wrapped, "the NFS steps did not go through sudo");
        }
        // find (pre-flight) and mkdir (NFS) got the paths, docker the rest.
        if (acceptedFields.contains(QStringLiteral("model path"))
            || acceptedFields.contains(QStringLiteral("mount point")))
            QVERIFY2(argumentsWith(h.payload) > 0, qPrintable(h.name));
        checkReceived(h, from, acceptedFields.contains(QStringLiteral("extra argument")));
        checkExport(h, accepted);
        QVERIFY2(!QFile::exists(m_pwned), qPrintable(h.name + QStringLiteral(" ran as a command")));
    }
};

QTEST_GUILESS_MAIN(TestHostileValues)
#include "tst_hostilevalues.moc"
