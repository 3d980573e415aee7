// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SshSession: running commands and uploading files on a connected session.
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QUuid>
#include <memory>

#include <libssh/sftp.h>

#include "core/remote/SshSession.h"
#include "core/remote/SshSessionPrivate.h"
#include "core/util/InputLimits.h"
#include "core/util/ReadLimited.h"
#include "core/util/ShellQuote.h"

#include <fcntl.h>

namespace npufleet::remote {

namespace {

constexpr int kPollMs = 50; // how often cancel and the deadline are looked at
constexpr int kChunk = 64 * 1024;
constexpr qsizetype kKeptWithSink = 64 * 1024;

struct ChannelCloser
{
    void operator()(ssh_channel channel) const
    {
        if (ssh_channel_is_open(channel))
            ssh_channel_close(channel);
        ssh_channel_free(channel);
    }
};
using Channel = std::unique_ptr<ssh_channel_struct, ChannelCloser>;

enum class Drain { Data, Nothing, Error, TooMuch };

// Reads what is buffered on one stream without waiting.
Drain drain(ssh_channel channel, int isStderr, ExecResult& result, const OutputSink& sink, char* buffer)
{
    Drain state = Drain::Nothing;
    for (;;) {
        const int n = ssh_channel_read_nonblocking(channel, buffer, kChunk, isStderr);
        if (n == SSH_ERROR)
            return Drain::Error;
        if (n <= 0) // 0 or SSH_EOF
            return state;
        const QByteArray chunk(buffer, n);
        QByteArray& kept = isStderr ? result.standardError : result.standardOutput;
        kept.append(chunk);
        if (sink) {
            sink(isStderr ? Stream::Stderr : Stream::Stdout, chunk);
            if (kept.size() > kKeptWithSink) // the sink has it all: keep only the tail, for messages
                kept.remove(0, kept.size() - kKeptWithSink);
        } else if (kept.size() > limits::kRemoteOutputBytes) {
            return Drain::TooMuch; // kept whole for a parser: a node must not fill this process's memory
        }
        state = Drain::Data;
    }
}

// The marker every process of a killOnStop command inherits: NPUFLEET_RUN=<random id>.
QString runMarker()
{
    return QStringLiteral("NPUFLEET_RUN=") + QUuid::createUuid().toString(QUuid::Id128);
}

// Stops (SIGSTOP, twice, so that nothing forks away) then kills every process whose environment
// holds the marker: the whole tree the command started, whatever process group or session it made.
QByteArray killByMarker(const QString& marker)
{
    const QString each = QStringLiteral("for e in /proc/[0-9]*/environ; do "
                                        "if tr '\\000' '\\n' <\"$e\" 2>/dev/null | grep -qx '%1'; then "
                                        "p=${e#/proc/}; kill -%2 \"${p%%/environ}\" 2>/dev/null; fi; done");
    return (each.arg(marker, QStringLiteral("STOP")) + QStringLiteral("; ") + each.arg(marker, QStringLiteral("STOP"))
            + QStringLiteral("; ") + each.arg(marker, QStringLiteral("KILL")))
        .toUtf8();
}

// Runs `script` on a fresh channel of the session and waits for it, at most timeoutMs.
void runOnSecondChannel(ssh_session session, const QByteArray& script, int timeoutMs)
{
    Channel channel(ssh_channel_new(session));
    if (!channel || ssh_channel_open_session(channel.get()) != SSH_OK
        || ssh_channel_request_exec(channel.get(), script.constData()) != SSH_OK)
        return;
    ssh_channel_send_eof(channel.get());
    QDeadlineTimer deadline(timeoutMs);
    char buffer[4096];
    while (!deadline.hasExpired() && !ssh_channel_is_eof(channel.get()) && !ssh_channel_is_closed(channel.get())) {
        if (ssh_channel_poll_timeout(channel.get(), kPollMs, 0) == SSH_ERROR)
            return;
        for (int stream : {0, 1}) {
            while (ssh_channel_read_nonblocking(channel.get(), buffer, sizeof buffer, stream) > 0) { }
        }
    }
}

} // namespace

ExecResult SshSession::execute(const ExecRequest& request, const std::atomic_bool& cancel, const OutputSink& sink)
{
    d->lostBeforeCommand = false;
    if (!isConnected()) {
        const ExecResult connected = connect(cancel);
        if (connected.status != ExecStatus::Ok)
            return connected;
    }
    ssh_session s = d->session;
    const QString host = d->endpoint.host;
    Channel channel;
    // ssh_free() frees the channels too: the channel goes first.
    const auto lost = [this, &host, &channel](const QString& what) {
        const QString why = d->lastError();
        channel.reset();
        d->close();
        return execFailure(ExecStatus::Unreachable, tr("%1: connection lost %2: %3").arg(host, what, why));
    };

    channel.reset(ssh_channel_new(s));
    d->lostBeforeCommand = true;
    if (!channel)
        return lost(tr("(no channel)"));
    if (ssh_channel_open_session(channel.get()) != SSH_OK)
        return lost(tr("while opening a channel"));
    d->lostBeforeCommand = false;
    const QString marker = request.killOnStop ? runMarker() : QString();
    // The login shell exports the marker and becomes a fresh shell of the same kind that runs the
    // command: that shell and everything it starts carry the marker in their environment.
    const QByteArray command = (request.killOnStop ? QStringLiteral("export %1; exec \"${SHELL:-/bin/sh}\" -c %2")
                                                         .arg(marker, shell::quote(request.command))
                                                   : request.command)
                                   .toUtf8();
    if (ssh_channel_request_exec(channel.get(), command.constData()) != SSH_OK)
        return lost(tr("while starting the command"));
    if (!request.standardInput.isEmpty()
        && ssh_channel_write(channel.get(), request.standardInput.constData(), uint32_t(request.standardInput.size()))
            == SSH_ERROR)
        return lost(tr("while writing input"));
    ssh_channel_send_eof(channel.get());

    ExecResult result;
    QDeadlineTimer deadline(request.timeoutMs > 0 ? qint64(request.timeoutMs) : -1);
    QElapsedTimer silence;
    silence.start();
    auto buffer = std::make_unique<char[]>(kChunk);
    for (;;) {
        if (cancel || deadline.hasExpired()) {
            const bool cancelled = cancel;
            // Stops the remote process group where sshd allows it; the session is dropped either way,
            // since unread output may still be in flight.
            ssh_channel_request_send_signal(channel.get(), cancelled ? "TERM" : "KILL");
            channel.reset();
            // sshd does not pass the signal on in every setup, and never to what left the shell's
            // process group: a second channel kills whatever carries the command's marker.
            if (!marker.isEmpty() && !d->sessionBroken())
                runOnSecondChannel(s, killByMarker(marker), 10'000);
            d->close();
            ExecResult stopped = execFailure(
                cancelled ? ExecStatus::Cancelled : ExecStatus::TimedOut,
                cancelled ? tr("cancelled") : tr("no result after %1 s: stopped").arg(request.timeoutMs / 1000.0));
            stopped.standardOutput = std::move(result.standardOutput);
            stopped.standardError = std::move(result.standardError);
            return stopped;
        }
        const int polled = ssh_channel_poll_timeout(channel.get(), kPollMs, 0);
        if (polled == SSH_ERROR)
            return lost(tr("while the command ran"));
        const Drain out = drain(channel.get(), 0, result, sink, buffer.get());
        const Drain err = drain(channel.get(), 1, result, sink, buffer.get());
        if (out == Drain::TooMuch || err == Drain::TooMuch) {
            ssh_channel_request_send_signal(channel.get(), "KILL");
            channel.reset();
            d->close();
            return execFailure(ExecStatus::Failed,
                               tr("%1: the command printed more than %2: stopped")
                                   .arg(host, util::limitText(limits::kRemoteOutputBytes)));
        }
        if (out == Drain::Error || err == Drain::Error)
            return lost(tr("while the command ran"));
        if (out == Drain::Data || err == Drain::Data) {
            silence.restart();
            continue;
        }
        if (ssh_channel_is_eof(channel.get()) || ssh_channel_is_closed(channel.get()))
            break;
        if (d->options.keepaliveSeconds > 0 && silence.elapsed() > d->options.keepaliveSeconds * 1000) {
            ssh_send_ignore(s, "keepalive");
            silence.restart();
        }
    }
    // Bounded by the session timeout; -1 when the process died of a signal.
    result.exitStatus = ssh_channel_get_exit_status(channel.get());
    if (d->sessionBroken())
        return lost(tr("before the exit status came"));
    result.status = ExecStatus::Ok;
    if (result.exitStatus < 0) {
        result.status = ExecStatus::Failed;
        result.message = tr("%1: the command ended without an exit status (killed by a signal?)").arg(host);
    }
    return result;
}

ExecResult
SshSession::upload(const QByteArray& data, const QString& remotePath, int mode, const std::atomic_bool& cancel)
{
    d->lostBeforeCommand = false;
    if (!isConnected()) {
        const ExecResult connected = connect(cancel);
        if (connected.status != ExecStatus::Ok)
            return connected;
    }
    const auto sftpError = [this, &remotePath](sftp_session sftp, const QString& what) {
        const int code = sftp ? sftp_get_error(sftp) : -1;
        const QString why = d->lastError();
        if (sftp)
            sftp_free(sftp);
        const bool broken = d->sessionBroken();
        if (broken)
            d->close();
        return execFailure(
            broken ? ExecStatus::Unreachable : ExecStatus::Failed,
            tr("%1: %2 %3 failed (SFTP error %4): %5").arg(d->endpoint.host, what, remotePath).arg(code).arg(why));
    };
    d->lostBeforeCommand = true; // until SFTP is up, nothing has been written
    sftp_session sftp = sftp_new(d->session);
    if (!sftp)
        return sftpError(nullptr, tr("starting SFTP for"));
    if (sftp_init(sftp) != SSH_OK)
        return sftpError(sftp, tr("starting SFTP for"));
    d->lostBeforeCommand = false;
    const QByteArray path = remotePath.toUtf8();
    sftp_file file = sftp_open(sftp, path.constData(), O_WRONLY | O_CREAT | O_TRUNC, mode_t(mode));
    if (!file)
        return sftpError(sftp, tr("opening"));
    for (qsizetype offset = 0; offset < data.size();) {
        if (cancel) {
            sftp_close(file);
            sftp_free(sftp);
            return execFailure(ExecStatus::Cancelled, tr("cancelled"));
        }
        const qsizetype size = qMin<qsizetype>(32 * 1024, data.size() - offset);
        const ssize_t written = sftp_write(file, data.constData() + offset, size_t(size));
        if (written <= 0) {
            sftp_close(file);
            return sftpError(sftp, tr("writing"));
        }
        offset += written;
    }
    if (sftp_close(file) != SSH_NO_ERROR)
        return sftpError(sftp, tr("closing"));
    // The server's umask applies at creation: set the bits asked for explicitly.
    if (sftp_chmod(sftp, path.constData(), mode_t(mode)) != SSH_NO_ERROR)
        return sftpError(sftp, tr("setting the mode of"));
    sftp_free(sftp);
    ExecResult result;
    result.status = ExecStatus::Ok;
    result.exitStatus = 0;
    return result;
}

} // namespace npufleet::remote
