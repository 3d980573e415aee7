// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectTrace.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace npufleet::test {

ConnectTrace
traceConnects(const QString& program, const QStringList& args, const QProcessEnvironment& environment, int timeoutMs)
{
    ConnectTrace t;
    const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    if (strace.isEmpty()) {
        t.skipReason = QStringLiteral("strace is not installed (scripts/setup-deps installs it)");
        return t;
    }
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("connect.log"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(strace,
                  QStringList {QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-e"),
                               QStringLiteral("trace=connect"), QStringLiteral("-o"), log, program}
                      + args);
    if (!process.waitForStarted(10000) || !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        t.err = QStringLiteral("strace did not finish");
        return t;
    }
    t.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    t.out = process.readAllStandardOutput();
    t.err = QString::fromUtf8(process.readAllStandardError());
    QFile file(log);
    if (!file.open(QIODevice::ReadOnly)) {
        // No log: ptrace is not allowed here (a container without CAP_SYS_PTRACE).
        t.skipReason = QStringLiteral("strace cannot trace here: ") + t.err.left(200);
        return t;
    }
    for (const QByteArray& line : file.readAll().split('\n'))
        if (line.contains("sa_family=AF_INET")) // AF_INET and AF_INET6
            t.inetConnects.append(QString::fromUtf8(line));
    return t;
}

} // namespace npufleet::test
