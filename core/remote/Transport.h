// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <atomic>
#include <functional>

#include "core/cluster/Node.h"
#include "core/remote/CommandIntent.h"

namespace npufleet::remote {

enum class ExecStatus {
    Ok, // the command ran; see exitStatus
    Unreachable, // no connection (refused, timed out, no route)
    AuthFailed, // the server refused every credential offered
    HostKeyUnknown, // first contact: the user must confirm the fingerprint
    HostKeyChanged, // the key differs from the known one: refused, never accepted silently
    TimedOut, // the command ran longer than its timeout and was stopped
    Cancelled, // the user cancelled
    Failed, // anything else; see message
};

struct ExecRequest
{
    QString command;
    int timeoutMs = 60'000;
    QByteArray standardInput; // e.g. a sudo password: never on the command line
    // On a timeout or cancel, kill every process the command started on the node, background and
    // setsid ones included (they are found by a marker in their environment), not only the shell.
    bool killOnStop = false;
    // What the command is for: the simulator answers this, never the text; SSH runs the text.
    CommandIntent intent {};
};

struct ExecResult
{
    ExecStatus status = ExecStatus::Failed;
    int exitStatus = -1;
    QByteArray standardOutput;
    QByteArray standardError;
    QString message; // why, when status is not Ok
    QString hostFingerprint; // SHA256:… for HostKeyUnknown / HostKeyChanged

    bool succeeded() const { return status == ExecStatus::Ok && exitStatus == 0; }
};

enum class Stream { Stdout, Stderr };
using OutputSink = std::function<void(Stream, const QByteArray& chunk)>;

// How commands reach a node: over SSH, or the simulator for demo projects. Blocking by design:
// callers run it on worker threads, one node per job, so that a slow node never holds up the others.
class Transport
{
public:
    virtual ~Transport() = default;
    virtual ExecResult execute(const cluster::Node& node,
                               const ExecRequest& request,
                               const std::atomic_bool& cancel,
                               const OutputSink& sink = {})
        = 0;
    virtual bool isSimulated() const = 0;
};

} // namespace npufleet::remote

// Beside the types, so that every signal that carries them (whatever moc file is compiled first) sees them.
Q_DECLARE_METATYPE(npufleet::remote::ExecResult)
Q_DECLARE_METATYPE(npufleet::remote::Stream)
