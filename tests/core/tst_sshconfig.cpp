// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/remote/SshConfig.h"
#include "core/remote/SshConfigReader.h"

using namespace npufleet;
using namespace npufleet::remote;

class TestSshConfig : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QString write(const QString& relative, const QByteArray& text)
    {
        const QString path = m_home.filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        f.write(text);
        return path;
    }

    SshConfigOptions options() const
    {
        SshConfigOptions o;
        o.homeDir = m_home.path();
        o.localUser = QStringLiteral("alice");
        return o;
    }

    SshConfigImport load(const QByteArray& text)
    {
        const auto r = SshConfig::load(write(QStringLiteral(".ssh/config"), text), options());
        if (!r)
            qFatal("%s", qPrintable(r.error().toString()));
        return r.value();
    }

    static const SshHostEntry* find(const SshConfigImport& imp, const char* alias)
    {
        for (const SshHostEntry& e : imp.hosts) {
            if (e.alias == QLatin1String(alias))
                return &e;
        }
        return nullptr;
    }

    static bool hasNote(const SshConfigImport& imp, const char* fragment, int line = -1)
    {
        for (const SshConfigNote& n : imp.notes) {
            if (n.message.contains(QLatin1String(fragment)) && (line < 0 || n.line == line))
                return true;
        }
        return false;
    }

private slots:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void basicHosts()
    {
        const auto imp = load("# Atlas lab\n"
                              "Host node1 node2\n"
                              "    HostName 10.0.0.11\n"
                              "    User root\n"
                              "    Port 2222\n"
                              "    IdentityFile ~/.ssh/id_atlas\n"
                              "\n"
                              "host=node3\n"
                              "  hostname=10.0.0.13\n"
                              "  PORT = 22\n"
                              "  identityfile \"%d/.ssh/my key\"   # quoted, with a space\n"
                              "  UserKnownHostsFile ~/.ssh/known_hosts_lab /etc/ssh/lab_known_hosts\n");
        QCOMPARE(imp.hosts.size(), 3);
        const SshHostEntry* n1 = find(imp, "node1");
        QVERIFY(n1);
        QCOMPARE(n1->hostName, QStringLiteral("10.0.0.11"));
        QCOMPARE(n1->user, QStringLiteral("root"));
        QCOMPARE(n1->port, std::optional<int>(2222));
        QCOMPARE(n1->identityFiles, QStringList {m_home.filePath(QStringLiteral(".ssh/id_atlas"))});
        QCOMPARE(n1->line, 2);
        QVERIFY(n1->sourceFile.endsWith(QLatin1String(".ssh/config")));
        QCOMPARE(find(imp, "node2")->hostName, QStringLiteral("10.0.0.11"));
        const SshHostEntry* n3 = find(imp, "node3");
        QCOMPARE(n3->line, 8);
        QCOMPARE(n3->port, std::optional<int>(22));
        QCOMPARE(n3->identityFiles, QStringList {m_home.filePath(QStringLiteral(".ssh/my key"))});
        QCOMPARE(n3->userKnownHostsFiles,
                 (QStringList {m_home.filePath(QStringLiteral(".ssh/known_hosts_lab")),
                               QStringLiteral("/etc/ssh/lab_known_hosts")}));
        QVERIFY(n3->user.isEmpty());
    }

    void firstValueWinsAndDefaults()
    {
        const auto imp = load("User globaluser\n" // before any Host: applies to all
                              "Host gpu1\n"
                              "  HostName gpu1.lab\n"
                              "Host npu*\n"
                              "  User npuadmin\n"
                              "  Port 2200\n"
                              "  IdentityFile ~/.ssh/npu_key\n"
                              "Host npu1\n"
                              "  User late\n" // too late: globaluser came first
                              "  HostName npu1.lab\n"
                              "Host *\n"
                              "  Port 2022\n"
                              "  IdentityFile ~/.ssh/id_ed25519\n"
                              "  UserKnownHostsFile ~/.ssh/known_hosts\n");
        const SshHostEntry* npu = find(imp, "npu1");
        QVERIFY(npu);
        QCOMPARE(npu->user, QStringLiteral("globaluser"));
        QCOMPARE(npu->port, std::optional<int>(2200));
        QCOMPARE(npu->hostName, QStringLiteral("npu1.lab"));
        QCOMPARE(npu->identityFiles,
                 (QStringList {m_home.filePath(QStringLiteral(".ssh/npu_key")),
                               m_home.filePath(QStringLiteral(".ssh/id_ed25519"))}));
        const SshHostEntry* gpu = find(imp, "gpu1");
        QCOMPARE(gpu->port, std::optional<int>(2022));
        QCOMPARE(gpu->identityFiles, QStringList {m_home.filePath(QStringLiteral(".ssh/id_ed25519"))});
        QCOMPARE(gpu->userKnownHostsFiles, QStringList {m_home.filePath(QStringLiteral(".ssh/known_hosts"))});
        QCOMPARE(imp.hosts.size(), 2);
        QVERIFY(hasNote(imp, "npu*", 4));
        QVERIFY(hasNote(imp, "wildcard", 11));
    }

    void negatedAndMatch()
    {
        const auto imp = load("Host *.lab !bastion.lab\n"
                              "  User labuser\n"
                              "Host bastion.lab node?.lab\n"
                              "  Port 2201\n"
                              "Match host node1 exec \"true\"\n"
                              "  User matched\n"
                              "Host worker.lab\n");
        QCOMPARE(imp.hosts.size(), 2);
        QCOMPARE(find(imp, "bastion.lab")->user, QString()); // negated out of *.lab
        QCOMPARE(find(imp, "bastion.lab")->port, std::optional<int>(2201));
        QCOMPARE(find(imp, "worker.lab")->user, QStringLiteral("labuser"));
        QVERIFY(hasNote(imp, "!bastion.lab", 1));
        QVERIFY(hasNote(imp, "node?.lab", 3));
        QVERIFY(hasNote(imp, "Match", 5));
    }

    void tokenExpansion()
    {
        const auto imp = load("Host a1\n"
                              "  HostName %h.cluster.local\n"
                              "  User ops\n"
                              "  Port 2022\n"
                              "  IdentityFile %d/.ssh/%u-%r@%h\n"
                              "  IdentityFile ~/.ssh/keys/%n_%p_%%\n"
                              "  IdentityFile ~/.ssh/%l\n");
        const SshHostEntry* a = find(imp, "a1");
        QCOMPARE(a->hostName, QStringLiteral("a1.cluster.local"));
        QCOMPARE(a->identityFiles.at(0), m_home.path() + QStringLiteral("/.ssh/alice-ops@a1.cluster.local"));
        QCOMPARE(a->identityFiles.at(1), m_home.path() + QStringLiteral("/.ssh/keys/a1_2022_%"));
        QCOMPARE(a->identityFiles.at(2), m_home.path() + QStringLiteral("/.ssh/%l"));
        QVERIFY(hasNote(imp, "%l"));
    }

    void includes()
    {
        write(QStringLiteral(".ssh/conf.d/10-lab.conf"), "Host lab1\n  HostName 10.1.0.1\n  User lab\n");
        write(QStringLiteral(".ssh/conf.d/20-lab.conf"), "Host lab2\n  HostName 10.1.0.2\n");
        write(QStringLiteral(".ssh/conf.d/ignored.txt"), "Host nothere\n");
        write(QStringLiteral("other/abs.conf"), "Host abs1\n");
        write(QStringLiteral(".ssh/inner.conf"), "  User fromhostblock\n");
        write(QStringLiteral(".ssh/loop.conf"), "Include loop.conf\n");
        const auto imp = load(QByteArray("Include conf.d/*.conf\n"
                                         "Include ")
                              + m_home.filePath(QStringLiteral("other/abs.conf")).toUtf8()
                              + "\nInclude missing.conf nothing/*.conf\n"
                                "Host lab2\n"
                                "  Include inner.conf\n" // keeps the Host lab2 context
                                "Host lab3\n"
                                "Include loop.conf\n");
        QVERIFY(find(imp, "lab1"));
        QCOMPARE(find(imp, "lab1")->user, QStringLiteral("lab"));
        QVERIFY(find(imp, "lab1")->sourceFile.endsWith(QLatin1String("10-lab.conf")));
        QCOMPARE(find(imp, "lab1")->line, 1);
        QCOMPARE(find(imp, "lab2")->user, QStringLiteral("fromhostblock"));
        QVERIFY(find(imp, "abs1"));
        QVERIFY(find(imp, "lab3"));
        QVERIFY(!find(imp, "nothere"));
        QCOMPARE(find(imp, "lab3")->user, QString());
        QVERIFY(hasNote(imp, "missing.conf", 3));
        QVERIFY(hasNote(imp, "nothing/*.conf", 3));
        QVERIFY(hasNote(imp, "nested"));
        QCOMPARE(imp.hosts.size(), 4); // loop.conf names no host
    }

    // Issue #16: every file read is capped; an Include of a huge or endless file is a note, not a hang.
    void hugeIncludesAreCapped()
    {
        write(QStringLiteral(".ssh/huge.conf"), QByteArray(2 * 1024 * 1024, '#'));
        const auto imp = load("Include huge.conf\nInclude /dev/zero\nHost after\n  HostName 10.1.0.9\n");
        QVERIFY(find(imp, "after"));
        QVERIFY(hasNote(imp, "MiB", 0)); // huge.conf: over the limit, skipped
        QVERIFY(hasNote(imp, "/dev/zero")); // not a file: never read
    }

    void includedHostBlockDoesNotLeak()
    {
        // An included file that opens a Host block does not change the block of the includer.
        write(QStringLiteral(".ssh/extra.conf"), "Host other\n  User other\n");
        const auto imp = load("Host main\n"
                              "  Include extra.conf\n"
                              "  User mainuser\n");
        QCOMPARE(find(imp, "main")->user, QStringLiteral("mainuser"));
        QCOMPARE(find(imp, "other")->user, QStringLiteral("other"));
    }

    void badValues()
    {
        const auto imp = load("Host x\n  Port 99999\n  Port 22x\n  User \"unclosed\n  HostName\nHost\n  Port 2022\n");
        const SshHostEntry* x = find(imp, "x");
        QVERIFY(x);
        QVERIFY(!x->port.has_value()); // bad ports are dropped; the pattern-less Host matches nothing
        QVERIFY(hasNote(imp, "99999", 2));
        QVERIFY(hasNote(imp, "22x", 3));
        QVERIFY(hasNote(imp, "quote", 4));
        QVERIFY(hasNote(imp, "no value", 5));
        QVERIFY(hasNote(imp, "without a pattern", 6));
    }

    void missingFile()
    {
        const auto r = SshConfig::load(m_home.filePath(QStringLiteral("nope/config")), options());
        QVERIFY(!r.hasValue());
        QVERIFY(r.error().file.endsWith(QLatin1String("nope/config")));
    }

    void patterns_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("matches");
        QTest::newRow("exact") << "node1"
                               << "node1" << true;
        QTest::newRow("case") << "Node1"
                              << "node1" << true;
        QTest::newRow("star") << "node12.lab"
                              << "node*.lab" << true;
        QTest::newRow("star empty") << "node.lab"
                                    << "node*.lab" << true;
        QTest::newRow("question") << "node1"
                                  << "node?" << true;
        QTest::newRow("question needs one") << "node"
                                            << "node?" << false;
        QTest::newRow("all") << "anything"
                             << "*" << true;
        QTest::newRow("backtrack") << "a.b.c.lab"
                                   << "*.c.lab" << true;
        QTest::newRow("no") << "gpu1"
                            << "npu*" << false;
    }

    void patterns()
    {
        QFETCH(QString, host);
        QFETCH(QString, pattern);
        QFETCH(bool, matches);
        QCOMPARE(SshConfig::matchesPattern(host, pattern), matches);
    }

    void tokenizer()
    {
        QString keyword;
        QStringList args;
        QString problem;
        QVERIFY(SshConfigReader::tokenize(QStringLiteral("  IdentityFile=\"a b\" c\\ d 'e' # note"), &keyword, &args,
                                          &problem));
        QCOMPARE(keyword, QStringLiteral("identityfile"));
        QCOMPARE(args, (QStringList {QStringLiteral("a b"), QStringLiteral("c d"), QStringLiteral("e")}));
        QVERIFY(problem.isEmpty());
        QVERIFY(!SshConfigReader::tokenize(QStringLiteral("   # comment"), &keyword, &args, &problem));
        QVERIFY(!SshConfigReader::tokenize(QStringLiteral("\r"), &keyword, &args, &problem));
        QVERIFY(SshConfigReader::tokenize(QStringLiteral("Host\tfoo\tbar\r"), &keyword, &args, &problem));
        QCOMPARE(args.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSshConfig)
#include "tst_sshconfig.moc"
