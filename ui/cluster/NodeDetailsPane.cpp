// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cluster/NodeDetailsPane.h"

#include <QEvent>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "core/project/Project.h"

namespace npufleet::ui {

namespace {
QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style='color:#5a6470;padding-right:12px'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString orDash(const QString& s)
{
    return s.isEmpty() ? QStringLiteral("–") : s;
}

template<typename T>
QString optionalNumber(const std::optional<T>& v, const QString& unit)
{
    return v ? QLocale().toString(*v) + unit : QStringLiteral("–");
}
} // namespace

NodeDetailsPane::NodeDetailsPane(project::Project* project, QWidget* parent)
    : QWidget(parent)
    , m_project(project)
    , m_browser(new QTextBrowser(this))
{
    m_browser->setObjectName(QStringLiteral("detailsBrowser"));
    m_browser->setOpenLinks(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_browser);
    connect(project, &project::Project::wasReset, this, [this] { showItem({}, -1); });
    // A refresh reports every node in turn: only the one on show needs its page again.
    connect(project, &project::Project::liveChanged, this, [this](int index) {
        const QList<cluster::Node>& nodes = m_project->data().nodes;
        if (index >= 0 && index < nodes.size() && nodes.at(index).name == m_node)
            refresh();
    });
    connect(project, &project::Project::nodeChanged, this, &NodeDetailsPane::refresh);
    connect(project, &project::Project::nodeRemoved, this, &NodeDetailsPane::refresh);
    refresh();
}

void NodeDetailsPane::showItem(const QString& node, int acceleratorRow)
{
    m_node = node;
    m_acceleratorRow = acceleratorRow;
    refresh();
}

QString NodeDetailsPane::text() const
{
    return m_browser->toPlainText();
}

void NodeDetailsPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void NodeDetailsPane::refresh()
{
    const int index = m_project->data().nodeIndex(m_node);
    if (index < 0) {
        m_browser->setHtml(
            QStringLiteral("<p style='color:#6b737c'>%1</p>")
                .arg(tr("Select a node or an NPU in the cluster tree to see its details.").toHtmlEscaped()));
        return;
    }
    m_browser->setHtml(m_acceleratorRow < 0 ? nodeHtml(index) : acceleratorHtml(index, m_acceleratorRow));
}

QString NodeDetailsPane::nodeHtml(int nodeIndex) const
{
    const cluster::Node& n = m_project->data().nodes.at(nodeIndex);
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(n.name.toHtmlEscaped());
    html += row(tr("Address"), n.user.isEmpty() ? n.host : n.user + QLatin1Char('@') + n.host);
    html += row(tr("SSH port"), QString::number(n.port));
    html += row(tr("Role"), n.role == cluster::NodeRole::Head ? tr("head") : tr("worker"));
    html += row(tr("Cluster interface"),
                orDash(n.clusterInterface.isEmpty()
                           ? QString()
                           : n.clusterInterface + QStringLiteral(" (") + n.clusterAddress() + QLatin1Char(')')));
    html += row(tr("Server"), orDash(n.hardware.server));
    html += row(tr("CPU"), orDash(n.hardware.cpu));
    html += row(tr("OS"), orDash(n.live.os.isEmpty() ? n.hardware.os : n.live.os));
    if (n.live.memoryTotalBytes > 0)
        html += row(tr("Host memory"),
                    tr("%1 GiB, %2 GiB available")
                        .arg(QLocale().toString(double(n.live.memoryTotalBytes) / (1 << 30), 'f', 0),
                             QLocale().toString(double(n.live.memoryAvailableBytes) / (1 << 30), 'f', 0)));
    html += row(tr("Accelerators"),
                n.hardware.acceleratorCount > 0 ? tr("%1 × %2, %3 GiB each")
                                                      .arg(n.hardware.acceleratorCount)
                                                      .arg(n.hardware.chip)
                                                      .arg(n.hardware.memoryMibPerAccelerator / 1024)
                                                : QStringLiteral("–"));
    if (!n.labels.isEmpty())
        html += row(tr("Labels"), n.labels.join(QStringLiteral(", ")));
    html += row(tr("Status"), cluster::statusText(n.live.status));
    if (!n.live.message.isEmpty())
        html += row(tr("Message"), n.live.message);
    // The tool's output was read, but not all of it: say which rows are missing or were guessed.
    if (!n.live.warnings.isEmpty()) {
        QStringList lines;
        for (const QString& w : n.live.warnings)
            lines << w.toHtmlEscaped();
        html += QStringLiteral("<tr><td style='color:#5a6470;padding-right:12px'>%1</td><td style='color:#9a6a00'>%2"
                               "</td></tr>")
                    .arg(tr("Warnings").toHtmlEscaped(), lines.join(QStringLiteral("<br>")));
    }
    if (n.live.updated.isValid())
        html += row(tr("Last refresh"), QLocale().toString(n.live.updated.toLocalTime(), QLocale::ShortFormat));
    html += QStringLiteral("</table>");

    // Who is using the NPUs: the first thing to check before a launch.
    QString deployments;
    for (const project::Deployment& d : m_project->data().deployments) {
        for (const project::Placement& p : d.placement) {
            if (p.node != n.name)
                continue;
            QStringList devices;
            for (int dev : p.devices)
                devices << QString::number(dev);
            deployments += QStringLiteral("<li><b>%1</b> — %2 (%3)</li>")
                               .arg(d.name.toHtmlEscaped(), tr("NPUs %1").arg(devices.join(QStringLiteral(", "))),
                                    project::engineDisplayName(d.engine).toHtmlEscaped());
        }
    }
    if (!deployments.isEmpty())
        html += QStringLiteral("<h4>%1</h4><ul>%2</ul>")
                    .arg(tr("Deployments on this node").toHtmlEscaped(), deployments);
    return html;
}

QString NodeDetailsPane::acceleratorHtml(int nodeIndex, int acceleratorRow) const
{
    const cluster::Node& n = m_project->data().nodes.at(nodeIndex);
    const QList<cluster::Accelerator> list = n.accelerators();
    if (acceleratorRow >= list.size())
        return {};
    const cluster::Accelerator& a = list.at(acceleratorRow);
    QString html = QStringLiteral("<h3>%1 — %2</h3><table>").arg(n.name.toHtmlEscaped(), a.label().toHtmlEscaped());
    html += row(tr("Chip"), orDash(a.name));
    html += row(tr("Health"), orDash(a.health));
    html += row(tr("Bus ID"), orDash(a.busId));
    html += row(tr("HBM used"), optionalNumber(a.hbmUsedMib, tr(" MiB")));
    html += row(tr("HBM total"), optionalNumber(a.hbmTotalMib, tr(" MiB")));
    html += row(tr("Temperature"), optionalNumber(a.tempC, tr(" °C")));
    html += row(tr("Power"), optionalNumber(a.powerW, tr(" W")));
    html += row(tr("AI Core"), optionalNumber(a.aicorePct, tr(" %")));
    html += QStringLiteral("</table>");
    if (!a.processes.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><table>").arg(tr("Processes").toHtmlEscaped());
        for (const cluster::AcceleratorProcess& p : a.processes)
            html += row(QString::number(p.pid),
                        (p.name.isEmpty() ? tr("(no name)") : p.name) + QStringLiteral(" — ")
                            + optionalNumber(p.memoryMib, tr(" MiB")));
        html += QStringLiteral("</table>");
    } else if (n.live.status != cluster::NodeStatus::Unknown) {
        html += QStringLiteral("<p>%1</p>").arg(tr("No processes are using this NPU.").toHtmlEscaped());
    }
    return html;
}

} // namespace npufleet::ui
