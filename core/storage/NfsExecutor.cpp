// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/NfsExecutor.h"

#include <QCryptographicHash>
#include <QDateTime>

#include "core/util/ShellQuote.h"

namespace npufleet::storage {

using remote::ExecResult;
using remote::ExecStatus;

QString stepStatusText(StepStatus status)
{
    const char* text = "";
    switch (status) {
    case StepStatus::Done:
        text = QT_TRANSLATE_NOOP("npufleet::storage", "done");
        break;
    case StepStatus::Unchanged:
        text = QT_TRANSLATE_NOOP("npufleet::storage", "unchanged");
        break;
    case StepStatus::Failed:
        text = QT_TRANSLATE_NOOP("npufleet::storage", "failed");
        break;
    case StepStatus::TimedOut:
        text = QT_TRANSLATE_NOOP("npufleet::storage", "timed out");
        break;
    case StepStatus::Cancelled:
        text = QT_TRANSLATE_NOOP("npufleet::storage", "cancelled");
        break;
    case StepStatus::NotRun:
        text = QT_TRANSLATE_NOOP("npufleet::storage", "not run");
        break;
    }
    return QCoreApplication::translate("npufleet::storage", text);
}

NfsExecutor::NfsExecutor(remote::Transport& transport,
                         const std::atomic_bool& cancel,
                         QString stamp,
                         const std::atomic_bool* kill)
    : m_transport(transport)
    , m_cancel(cancel)
    , m_kill(kill ? *kill : cancel)
    , m_stamp(std::move(stamp))
{
}

QString NfsExecutor::stampNow()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

QString NfsExecutor::wrap(const NfsNodePlan& node, const QString& command)
{
    if (!node.sudo)
        return command;
    return QStringLiteral("sudo -n bash -c %1").arg(shell::quote(command));
}

ExecResult NfsExecutor::exec(const NfsNodePlan& node,
                             const QString& command,
                             const remote::CommandIntent& intent,
                             int timeoutMs,
                             const QByteArray& input,
                             const Output& output)
{
    remote::ExecRequest request;
    request.command = wrap(node, command);
    request.intent = intent;
    request.timeoutMs = timeoutMs;
    request.standardInput = input;
    remote::OutputSink sink;
    if (output) {
        sink = [&output, name = node.node.name](remote::Stream stream, const QByteArray& chunk) {
            output(name, stream, chunk);
        };
    }
    return m_transport.execute(node.node, request, m_kill, sink);
}

namespace {
StepReport fromResult(StepReport report, const ExecResult& r)
{
    if (r.succeeded()) {
        report.status = StepStatus::Done;
        return report;
    }
    report.status = r.status == ExecStatus::TimedOut ? StepStatus::TimedOut : StepStatus::Failed;
    if (r.status == ExecStatus::Cancelled)
        report.status = StepStatus::Cancelled;
    if (r.status == ExecStatus::Ok) {
        const QString err = QString::fromUtf8(r.standardError).trimmed();
        report.message
            = NfsExecutor::tr("exit status %1%2")
                  .arg(r.exitStatus)
                  .arg(err.isEmpty() ? QString() : QStringLiteral(": ") + err.section(QLatin1Char('\n'), -3));
    } else {
        report.message = r.message;
    }
    return report;
}

// A missing file reads as empty: the edit creates it.
ExecResult readFile(NfsExecutor& executor, const NfsNodePlan& node, const QString& path, int timeoutMs)
{
    return executor.exec(node, QStringLiteral("[ ! -e %1 ] || cat -- %1").arg(shell::quote(path)),
                         remote::CommandIntent::onPath(remote::CommandKind::ReadFile, path), timeoutMs);
}
} // namespace

StepReport NfsExecutor::run(const NfsNodePlan& node, const NfsStep& step, const Output& output)
{
    StepReport report;
    report.node = node.node.name;
    report.stepId = step.id;
    report.title = step.title;
    // Cancel was checked before the step was started (the step runner): once started, it runs.
    if (step.kind == StepKind::UnmountIfChanged)
        return runUnmountIfChanged(node, step, output);
    if (step.kind != StepKind::Command)
        return runConfig(node, step, output);
    return fromResult(report, exec(node, step.command, step.intent, step.timeoutMs, {}, output));
}

StepReport NfsExecutor::runConfig(const NfsNodePlan& node, const NfsStep& step, const Output& output)
{
    StepReport report;
    report.node = node.node.name;
    report.stepId = step.id;
    report.title = step.title;
    const QString file = shell::quote(step.edit.path);
    const ExecResult read = readFile(*this, node, step.edit.path, step.timeoutMs);
    if (!read.succeeded())
        return fromResult(report, read);
    const Result<EditOutcome> outcome = step.kind == StepKind::EditConfig
        ? ConfigEditor::apply(read.standardOutput, step.edit)
        : ConfigEditor::revert(read.standardOutput);
    if (!outcome) {
        Error e = outcome.error();
        e.file = step.edit.path;
        e.node = node.node.name;
        report.status = StepStatus::Failed;
        report.message = e.toString();
        return report;
    }
    report.message = outcome->note;
    if (output)
        output(node.node.name, remote::Stream::Stdout,
               (step.edit.path + QStringLiteral(": ") + outcome->note + QLatin1Char('\n')).toUtf8());
    if (!outcome->changed) {
        report.status = StepStatus::Unchanged;
        return report;
    }
    if (m_cancel.load()) {
        report.status = StepStatus::Cancelled;
        return report;
    }
    // Write through a temporary copy, then into the file itself: its owner, mode and SELinux label stay.
    const QString sum
        = QString::fromLatin1(QCryptographicHash::hash(read.standardOutput, QCryptographicHash::Sha256).toHex());
    const QString backup = step.edit.path + QStringLiteral(".npufleet-backup-") + m_stamp;
    const QString script
        = QStringLiteral("set -e; f=%1; b=%2; "
                         "if [ -e \"$f\" ]; then "
                         "printf '%s  %s\\n' %3 \"$f\" | sha256sum -c --status - || "
                         "{ echo \"npufleet: $f changed while it was being edited; nothing written\" >&2; exit 4; }; "
                         "[ ! -e \"$b\" ] || b=\"$b.$$\"; cp -p -- \"$f\" \"$b\"; echo \"backup: $b\"; fi; "
                         "t=$(mktemp \"$f.npufleet-XXXXXX\"); cat > \"$t\"; "
                         "if [ -e \"$f\" ]; then cat -- \"$t\" > \"$f\"; rm -f -- \"$t\"; else chmod 644 \"$t\"; mv -- "
                         "\"$t\" \"$f\"; fi")
              .arg(file, shell::quote(backup), sum);
    const remote::CommandIntent intent {remote::CommandKind::WriteFile, -1, {}, step.edit.path, backup};
    const ExecResult write = exec(node, script, intent, step.timeoutMs, outcome->text, output);
    report = fromResult(report, write);
    if (report.ok()) {
        report.message = outcome->note;
        for (const QByteArray& line : write.standardOutput.split('\n')) {
            if (line.startsWith("backup: "))
                report.backup = QString::fromUtf8(line.mid(8));
        }
    }
    return report;
}

StepReport NfsExecutor::runUnmountIfChanged(const NfsNodePlan& node, const NfsStep& step, const Output& output)
{
    StepReport report;
    report.node = node.node.name;
    report.stepId = step.id;
    report.title = step.title;
    const ExecResult read = readFile(*this, node, step.edit.path, step.timeoutMs);
    if (!read.succeeded())
        return fromResult(report, read);
    const Result<QString> old = ConfigEditor::changedMount(read.standardOutput, step.edit);
    if (!old) {
        Error e = old.error();
        e.node = node.node.name;
        report.status = StepStatus::Failed;
        report.message = e.toString();
        return report;
    }
    const auto say = [&](const QString& text) {
        if (output)
            output(node.node.name, remote::Stream::Stdout,
                   (step.edit.path + QStringLiteral(": ") + text + QLatin1Char('\n')).toUtf8());
    };
    if (old->isEmpty()) {
        report.status = StepStatus::Unchanged;
        report.message = tr("mount settings unchanged");
        say(report.message);
        return report;
    }
    say(tr("the marked entry for %1 has other settings; unmounting it first").arg(*old));
    if (m_cancel.load()) {
        report.status = StepStatus::Cancelled;
        return report;
    }
    report = fromResult(report,
                        exec(node, NfsPlanner::unmountCommand(*old),
                             remote::CommandIntent::of(remote::CommandKind::StorageSetup), step.timeoutMs, {}, output));
    if (report.ok())
        report.message = tr("settings changed: %1 unmounted (if it was mounted), to be mounted again").arg(*old);
    else if (report.status == StepStatus::Failed)
        report.message
            += tr(" (when it is busy, stop what uses %1, such as a model server, and apply again)").arg(*old);
    return report;
}

} // namespace npufleet::storage
