// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sim/SimulatedTransport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QMutexLocker>
#include <QThread>

#include "core/sim/SimulatedHost.h"
#include "core/sim/SimulatedLaunch.h"
#include "core/sim/SimulatedText.h"
#include "core/util/SafeWord.h"

namespace npufleet::sim {

using remote::ExecRequest;
using remote::ExecResult;
using remote::ExecStatus;
using remote::OutputSink;
using remote::Stream;

SimulatedTransport::SimulatedTransport(QString folder)
    : m_folder(std::move(folder))
{
}

QByteArray SimulatedTransport::recorded(const QString& name)
{
    // Only a file of the recordings folder: a name with a folder part would read any local file.
    if (!safe::bareFileNameProblem(name).isEmpty())
        return {};
    QMutexLocker lock(&m_mutex);
    auto it = m_cache.find(name);
    if (it == m_cache.end()) {
        QFile file(QDir(m_folder).filePath(name));
        QByteArray body;
        if (file.open(QIODevice::ReadOnly)) {
            // Recorded files start with '# ' lines naming their source; the machine never printed those.
            while (!file.atEnd()) {
                const QByteArray line = file.readLine();
                if (body.isEmpty() && line.startsWith("# "))
                    continue;
                body += line;
            }
        }
        it = m_cache.insert(name, body);
    }
    return it.value();
}

std::optional<NodeReply> SimulatedTransport::answer(const cluster::Node& node, const ExecRequest& request)
{
    // The request's intent alone says what is asked: the command text is for shells, never parsed here.
    const remote::CommandIntent& intent = request.intent;
    if (auto reply = answerHost(node, intent, [this](const QString& name) { return recorded(name); }))
        return reply;
    // Shared-storage set-up keeps state (files, mounts, the share): its own simulator answers it.
    if (auto reply = m_storage.answer(node, intent, request.standardInput))
        return reply;
    return simulateLaunch(node, intent);
}

ExecResult SimulatedTransport::execute(const cluster::Node& node,
                                       const ExecRequest& request,
                                       const std::atomic_bool& cancel,
                                       const OutputSink& sink)
{
    ExecResult result;
    if (cancel.load()) {
        result.status = ExecStatus::Cancelled;
        return result;
    }
    if (node.simulationFault == cluster::SimulatedFault::Unreachable) {
        result.status = ExecStatus::Unreachable;
        result.message = SimulationText::tr("simulated node %1: connection refused").arg(node.name);
        return result;
    }
    if (node.simulationFault == cluster::SimulatedFault::Silent) {
        // A host that drops every packet: the connection attempt ends at its timeout, or on cancel.
        const int waitMs = qMin(request.timeoutMs, m_silentWaitMs.load());
        QDeadlineTimer deadline(waitMs);
        while (!deadline.hasExpired() && !cancel.load())
            QThread::msleep(qMin<qint64>(20, qMax<qint64>(1, deadline.remainingTime())));
        result.status = cancel.load() ? ExecStatus::Cancelled : ExecStatus::Unreachable;
        if (!cancel.load())
            result.message = SimulationText::tr("simulated node %1: no answer within %2 s")
                                 .arg(node.name)
                                 .arg(waitMs / 1000.0, 0, 'g', 3);
        return result;
    }
    result.status = ExecStatus::Ok;
    if (const std::optional<NodeReply> reply = answer(node, request)) {
        result.exitStatus = reply->exitStatus;
        result.standardOutput = reply->standardOutput;
        result.standardError = reply->standardError;
    } else { // an arbitrary command (a user's exec) or one a demo node cannot do: as a shell without it
        result.exitStatus = 127;
        result.standardError = SimulationText::tr("simulated node %1: no recorded output for '%2'\n")
                                   .arg(node.name, request.command)
                                   .toUtf8();
    }
    if (sink) {
        if (!result.standardOutput.isEmpty())
            sink(Stream::Stdout, result.standardOutput);
        if (!result.standardError.isEmpty())
            sink(Stream::Stderr, result.standardError);
    }
    return result;
}

} // namespace npufleet::sim
