// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/PreflightReport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/checks/PreflightText.h"
#include "core/util/TextWidth.h"

namespace npufleet::checks {

namespace {

QString severityLabel(Severity s)
{
    switch (s) {
    case Severity::Pass:
        return PreflightText::tr("ok");
    case Severity::Warning:
        return PreflightText::tr("WARNING");
    case Severity::Error:
        return PreflightText::tr("ERROR");
    }
    return {};
}

} // namespace

int PreflightReport::count(Severity severity) const
{
    int n = 0;
    for (const CheckResult& r : results)
        n += r.severity == severity ? 1 : 0;
    return n;
}

QStringList PreflightReport::unansweredNodes() const
{
    QStringList out;
    for (const QString& node : nodes) {
        const CheckResult* ssh = result(QStringLiteral("ssh"), node);
        if (ssh && ssh->severity == Severity::Error)
            out << node;
    }
    return out;
}

const CheckResult* PreflightReport::result(const QString& id, const QString& node) const
{
    for (const CheckResult& r : results) {
        if (r.id == id && r.node == node)
            return &r;
    }
    return nullptr;
}

QList<QPair<QString, QString>> PreflightReport::networkEnvironment(const QString& node) const
{
    QList<QPair<QString, QString>> env;
    const CheckResult* nic = result(QStringLiteral("host-nic"), node);
    if (!nic)
        return env;
    for (const char* name : {"HCCL_IF_IP", "HCCL_SOCKET_IFNAME", "GLOO_SOCKET_IFNAME", "TP_SOCKET_IFNAME"}) {
        const QString value = nic->facts.value(QLatin1String(name)).toString();
        if (!value.isEmpty())
            env << qMakePair(QString::fromLatin1(name), value);
    }
    return env;
}

QByteArray renderPreflightJson(const PreflightReport& report)
{
    QJsonArray results;
    for (const CheckResult& r : report.results) {
        results.append(QJsonObject {{QStringLiteral("id"), r.id},
                                    {QStringLiteral("node"), r.node},
                                    {QStringLiteral("severity"), severityKey(r.severity)},
                                    {QStringLiteral("title"), r.title},
                                    {QStringLiteral("summary"), r.summary},
                                    {QStringLiteral("evidence"), r.evidence},
                                    {QStringLiteral("fix"), r.fix},
                                    {QStringLiteral("facts"), QJsonObject::fromVariantMap(r.facts)}});
    }
    QJsonArray pings;
    for (const PingCell& c : report.pings) {
        pings.append(QJsonObject {{QStringLiteral("from"), c.fromNode},
                                  {QStringLiteral("from_npu"), c.fromNpu},
                                  {QStringLiteral("to"), c.toNode},
                                  {QStringLiteral("to_npu"), c.toNpu},
                                  {QStringLiteral("address"), c.address},
                                  {QStringLiteral("state"), pingStateKey(c.state)},
                                  {QStringLiteral("loss_percent"),
                                   c.state == PingState::NotTested ? QJsonValue() : QJsonValue(c.lossPercent)}});
    }
    const QJsonObject summary {{QStringLiteral("pass"), report.count(Severity::Pass)},
                               {QStringLiteral("warning"), report.count(Severity::Warning)},
                               {QStringLiteral("error"), report.count(Severity::Error)}};
    const QJsonObject doc {{QStringLiteral("deployment"), report.deployment},
                           {QStringLiteral("nodes"), QJsonArray::fromStringList(report.nodes)},
                           {QStringLiteral("summary"), summary},
                           {QStringLiteral("results"), results},
                           {QStringLiteral("ping_matrix"), pings},
                           {QStringLiteral("cancelled"), report.cancelled}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

QString renderPreflightText(const PreflightReport& report)
{
    int nodeWidth = 4, titleWidth = 5, severityWidth = 7;
    for (const CheckResult& r : report.results) {
        nodeWidth = std::max(nodeWidth, util::displayWidth(r.node));
        titleWidth = std::max(titleWidth, util::displayWidth(r.title));
        severityWidth = std::max(severityWidth, util::displayWidth(severityLabel(r.severity)));
    }
    QString out = PreflightText::tr("Pre-flight of %1 on %2\n\n")
                      .arg(report.deployment, report.nodes.join(QStringLiteral(", ")));
    for (const CheckResult& r : report.results) {
        out += QStringLiteral("%1  %2  %3  %4\n")
                   .arg(util::padToWidth(r.node, nodeWidth, true), util::padToWidth(r.title, titleWidth, true),
                        util::padToWidth(severityLabel(r.severity), severityWidth, true), r.summary);
    }
    bool header = false;
    for (const CheckResult& r : report.results) {
        if (r.severity == Severity::Pass || r.fix.isEmpty())
            continue;
        if (!header) {
            out += PreflightText::tr("\nWhat to do:\n");
            header = true;
        }
        out += QStringLiteral("  [%1] %2 / %3: %4\n").arg(severityLabel(r.severity), r.node, r.title, r.fix);
    }
    if (report.cancelled)
        out += PreflightText::tr("\nCancelled: some checks did not run.\n");
    out += PreflightText::tr("\n%1 passed, %2 warning(s), %3 error(s)\n")
               .arg(report.count(Severity::Pass))
               .arg(report.count(Severity::Warning))
               .arg(report.count(Severity::Error));
    return out;
}

} // namespace npufleet::checks
