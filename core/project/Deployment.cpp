// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/Deployment.h"

namespace npufleet::project {

int Deployment::placedDevices() const
{
    int n = 0;
    for (const Placement& p : placement)
        n += int(p.devices.size());
    return n;
}

QString Deployment::slug() const
{
    QString s;
    for (QChar c : name) {
        const bool ok = (c.unicode() < 128 && c.isLetterOrNumber()) || c == QLatin1Char('-') || c == QLatin1Char('_')
            || c == QLatin1Char('.');
        s += ok ? c : QLatin1Char('-');
    }
    if (s.isEmpty() || !s.at(0).isLetterOrNumber())
        s.prepend(QLatin1String("d"));
    return s;
}

QString Deployment::containerName(const QString& role) const
{
    return QStringLiteral("npufleet-") + slug() + (role.isEmpty() ? QString() : QLatin1Char('-') + role);
}

bool Deployment::ownsContainer(const QString& container) const
{
    const QString base = containerName();
    if (container == base || container.startsWith(base + QLatin1Char('_')))
        return true;
    for (const char* role : {"ray", "server", "worker"}) {
        if (container == containerName(QLatin1String(role)))
            return true;
    }
    return false;
}

QStringList containersOf(const QString& deploymentName, const QStringList& running)
{
    Deployment d;
    d.name = deploymentName;
    QStringList out;
    for (const QString& c : running) {
        if (d.ownsContainer(c))
            out << c;
    }
    return out;
}

} // namespace npufleet::project
