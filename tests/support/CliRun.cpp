// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRun.h"

#include <QProcess>
#include <QSignalSpy>

#include "FixturePaths.h"

namespace npufleet::test {

namespace {

bool start(QProcess& process, const QStringList& args, const QByteArray& input, const QProcessEnvironment& environment)
{
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(NPUFLEET_APP_BINARY), args);
    if (!process.waitForStarted(10'000))
        return false;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    return true;
}

CliRun collect(QProcess& process)
{
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

QProcessEnvironment environmentWith(const QStringList& entries)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& entry : entries)
        environment.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    return environment;
}

CliRun runCli(const QStringList& args, const QByteArray& input, const QProcessEnvironment& environment, int timeoutMs)
{
    QProcess process;
    if (!start(process, args, input, environment))
        return {};
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return collect(process);
}

CliRun runCliServing(const QStringList& args, const QProcessEnvironment& environment, int timeoutMs)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    if (!start(process, args, {}, environment))
        return {};
    if (finished.isEmpty() && !finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return collect(process);
}

} // namespace npufleet::test
