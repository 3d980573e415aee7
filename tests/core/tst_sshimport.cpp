// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Starting a project from ~/.ssh/config: a node per concrete host, OpenSSH's values, nothing twice.
#include <QtTest>

#include "core/project/ProjectData.h"
#include "core/remote/SshConfig.h"
#include "core/remote/SshImport.h"

#include "Fixtures.h"

using namespace npufleet;

class TestSshImport : public QObject
{
    Q_OBJECT

private slots:
    void nodesFromTheFixture()
    {
        remote::SshConfigOptions options;
        options.homeDir = QStringLiteral("/home/lab");
        const auto config = remote::SshConfig::load(test::fixturePath(QStringLiteral("sshconfig/config")), options);
        QVERIFY2(config.hasValue(), qPrintable(config.hasValue() ? QString() : config.error().toString()));
        const remote::SshNodeImport import = remote::nodesFromSshConfig(*config, project::ProjectData());
        QStringList names;
        for (const cluster::Node& n : import.nodes)
            names << n.name;
        QCOMPARE(names,
                 (QStringList {QStringLiteral("atlas-head"), QStringLiteral("atlas-w1"), QStringLiteral("atlas-w2"),
                               QStringLiteral("bastion")}));
        const cluster::Node& head = import.nodes.at(0);
        QCOMPARE(head.host, QStringLiteral("10.20.0.10"));
        QCOMPARE(head.user, QStringLiteral("admin"));
        QCOMPARE(head.port, 22);
        QCOMPARE(head.identityFile, QStringLiteral("/home/lab/.ssh/atlas_ed25519"));
        QCOMPARE(head.role, cluster::NodeRole::Head); // the first node of an empty project
        QCOMPARE(import.nodes.at(1).port, 2222);
        QCOMPARE(import.nodes.at(1).host, QStringLiteral("10.20.0.11"));
        QCOMPARE(import.nodes.at(2).user, QStringLiteral("admin")); // Host * came first: its User wins
        QVERIFY(import.nodes.at(1).role != cluster::NodeRole::Head);
        QCOMPARE(import.nodes.at(0).hardware.acceleratorCount, 8);
        // The wildcard and Match blocks are no hosts: the user is told, with the line.
        const QString notes = import.notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QLatin1String("gpu-*")), qPrintable(notes));
        QVERIFY2(notes.contains(QLatin1String("Match")) || notes.contains(QLatin1String("match")), qPrintable(notes));
    }

    void hostsAlreadyThereAreSkipped()
    {
        const auto config = remote::SshConfig::load(test::fixturePath(QStringLiteral("sshconfig/config")));
        QVERIFY(config.hasValue());
        project::ProjectData project;
        cluster::Node existing;
        existing.name = QStringLiteral("w1");
        existing.host = QStringLiteral("10.20.0.11");
        project.nodes << existing;
        const remote::SshNodeImport import = remote::nodesFromSshConfig(*config, project);
        for (const cluster::Node& n : import.nodes) {
            QVERIFY(n.host != QLatin1String("10.20.0.11"));
            QVERIFY(n.role != cluster::NodeRole::Head); // the project has its nodes already
        }
        QVERIFY(import.notes.join(QLatin1Char('\n')).contains(QLatin1String("atlas-w1")));
    }
};

QTEST_GUILESS_MAIN(TestSshImport)
#include "tst_sshimport.moc"
