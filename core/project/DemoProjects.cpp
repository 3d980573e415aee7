// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/DemoProjects.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include "core/project/DemoFleet.h"
#include "core/project/ProjectFile.h"

namespace npufleet::project {

QStringList demoNames()
{
    return {QStringLiteral("atlas-lab"), QStringLiteral("deepseek-2node"), QStringLiteral("fleet-64"),
            QStringLiteral("fleet-256")};
}

Result<ProjectData> loadDemo(const QString& name)
{
    if (!demoNames().contains(name)) {
        Error err;
        err.message = QCoreApplication::translate("ProjectFile", "there is no demo project named '%1'").arg(name);
        err.hint = QCoreApplication::translate("ProjectFile", "demo projects: %1")
                       .arg(demoNames().join(QStringLiteral(", ")));
        return err;
    }
    const QString path = QStringLiteral(":/demo/") + name + QStringLiteral(".yaml");
    QFile file(path);
    const int fleet = fleetDemoSize(name); // generated: a file of 256 nodes would say nothing more
    const QByteArray text = fleet > 0    ? fleetProjectYaml(fleet)
        : file.open(QIODevice::ReadOnly) ? file.readAll()
                                         : QByteArray();
    if (text.isEmpty()) {
        Error err;
        err.file = path;
        err.message = QCoreApplication::translate("ProjectFile", "the demo project is missing from this build");
        return err;
    }
    auto data = parseProject(text, QStringLiteral("demo:") + name);
    if (data)
        data->demo = true; // whatever the file says: demos never touch the network
    return data;
}

Result<ProjectData> openProjectSpec(const QString& spec, QStringList* warnings)
{
    if (spec.startsWith(QLatin1String("demo:")))
        return loadDemo(spec.mid(5));
    return loadProject(spec, warnings);
}

QString demoSimulationFolder()
{
    return QStringLiteral(":/demo/sim");
}

QStringList demoSimulationFiles()
{
    static const QStringList files = QDir(demoSimulationFolder()).entryList(QDir::Files, QDir::Name);
    return files;
}

} // namespace npufleet::project
