// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshdFixtureTools.h"

#include <QDir>
#include <QFile>

#include "Fixtures.h"
#include "StandInFiles.h"

namespace npufleet::test {

namespace {

const char* const kNpuSmiCycle[] = {
    "npu-smi/info-910B4-32G-8npu-idle-24.1.rc3.txt",
    "npu-smi/info-910B3-64G-8npu-processes-23.0.7.txt",
    "npu-smi/info-910A-32G-2-warning-24.1.RC2.txt", // NPUs 3 and 7 in Warning
    "npu-smi/info-310P3-duo-2cards-4chips-mindie-24.1.0.1.txt",
    "npu-smi/info-A3-Ascend910-8npu-16chips-25.3.rc1.txt",
};
constexpr int kCycle = int(sizeof(kNpuSmiCycle) / sizeof(kNpuSmiCycle[0]));

} // namespace

QString standInNpuSmiFixture(int i)
{
    return QString::fromLatin1(kNpuSmiCycle[i % kCycle]);
}

bool standInIsBroken(int i)
{
    return i % kCycle == 2;
}

bool writeStandInTools(const QString& dir, const StandInNode& node, QString* error)
{
    const QString bin = dir + QStringLiteral("/bin");
    const QString data = dir + QStringLiteral("/data");
    if (!QDir().mkpath(bin) || !QDir().mkpath(data)) {
        *error = QStringLiteral("cannot create %1").arg(bin);
        return false;
    }
    // The recorded outputs, without their '# ' header lines, as the real tools print them.
    const auto record = [&](const QString& name, const QString& fixture) {
        return writeStandInFile(data + QLatin1Char('/') + name, fixtureBody(fixture), false, error);
    };
    const QString link = node.broken ? QStringLiteral("hccn/link-2-down.txt") : QStringLiteral("hccn/link-1.txt");
    const QString ip = node.broken ? QStringLiteral("hccn/ip-3-fail-no-ip.txt") : QStringLiteral("hccn/ip-1.txt");
    if (!record(QStringLiteral("npu-smi-info.txt"), node.npuSmiFixture)
        || !record(QStringLiteral("hccn-link.txt"), link) || !record(QStringLiteral("hccn-ip.txt"), ip)
        || !record(QStringLiteral("hccn-net-health.txt"), QStringLiteral("hccn/net-health-1.txt")))
        return false;

    const QByteArray d = shellQuotedPath(data);
    const QByteArray npuSmi = "#!/bin/sh\n"
                              "if [ \"$*\" = info ]; then cat "
        + d
        + "/npu-smi-info.txt; exit 0; fi\n"
          "echo \"npu-smi stand-in: unsupported: $*\" >&2\nexit 2\n";
    // hccn_tool exits 0 even when it reports a fault, as the real one does for -link -g.
    const QByteArray hccn = "#!/bin/sh\n"
                            "case \"$*\" in\n"
                            "*-link*-g*) cat "
        + d
        + "/hccn-link.txt ;;\n"
          "*-ip*-g*) cat "
        + d
        + "/hccn-ip.txt ;;\n"
          "*-net_health*-g*) cat "
        + d
        + "/hccn-net-health.txt ;;\n"
          "*) echo \"hccn_tool stand-in: unsupported: $*\" >&2; exit 2 ;;\n"
          "esac\n";
    const QByteArray docker = "#!/bin/sh\n"
                              "case \"$1\" in\n"
                              "ps) echo 'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES' ;;\n"
                              "version) echo '24.0.7' ;;\n"
                              "*) echo \"docker stand-in: unsupported: $*\" >&2; exit 1 ;;\n"
                              "esac\n";
    const QByteArray hostname = "#!/bin/sh\necho " + node.name.toUtf8() + "\n";
    // Documentation addresses (192.0.2.0/24): printed, never dialled.
    const QByteArray address = "192.0.2." + QByteArray::number(10 + node.index);
    const QByteArray ipTool
        = "#!/bin/sh\n"
          "cat <<'EOF'\n"
          "1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever\n"
          "2: enp189s0f0    inet "
        + address
        + "/24 brd 192.0.2.255 scope global enp189s0f0\\       valid_lft forever preferred_lft forever\n"
          "EOF\n";
    const QString b = bin + QLatin1Char('/');
    return writeStandInFile(b + QStringLiteral("npu-smi"), npuSmi, true, error)
        && writeStandInFile(b + QStringLiteral("hccn_tool"), hccn, true, error)
        && writeStandInFile(b + QStringLiteral("docker"), docker, true, error)
        && writeStandInFile(b + QStringLiteral("hostname"), hostname, true, error)
        && writeStandInFile(b + QStringLiteral("ip"), ipTool, true, error);
}

} // namespace npufleet::test
