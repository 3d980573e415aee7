// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshdPreflightTools.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include "Fixtures.h"
#include "StandInFiles.h"

namespace npufleet::test {

namespace {

constexpr int kNpus = 8;
constexpr int kFaultyNpu = 3; // the NPU that link, net-health and health faults hit
constexpr int kAlarmNpu = 6;

// The fixtures of hccn_tool loops (`for i in {0..7}`) hold one line per NPU with "..." elisions: one NPU's answer.
QByteArray firstLine(const QString& fixture)
{
    return fixtureBody(fixture).split('\n').value(0) + '\n';
}

QByteArray replaced(QByteArray text, const QString& pattern, const QString& with)
{
    return QString::fromUtf8(text).replace(QRegularExpression(pattern), with).toUtf8();
}

// Rewrites the Health cell of NPU npu's first row, keeping the column width (the table stays parseable by
// structure, as a real one with that health would be).
QByteArray withHealth(const QByteArray& table, int npu, const QByteArray& health)
{
    QList<QByteArray> lines = table.split('\n');
    for (QByteArray& line : lines) {
        QList<QByteArray> cells = line.split('|');
        if (cells.size() < 4)
            continue;
        const QList<QByteArray> first = cells.at(1).simplified().split(' ');
        bool ok = false;
        if (first.size() != 2 || first.at(0).toInt(&ok) != npu || !ok)
            continue;
        cells[2] = QByteArray(' ' + health).leftJustified(cells.at(2).size(), ' ');
        line = cells.join('|');
        break;
    }
    return lines.join('\n');
}

QByteArray npuSmi(StandInFault fault)
{
    const QByteArray idle = fixtureBody(QStringLiteral("npu-smi/info-910B4-32G-8npu-idle-24.1.rc3.txt"));
    if (fault == StandInFault::NpuWarning)
        return withHealth(idle, kFaultyNpu, "Warning");
    if (fault == StandInFault::NpuAlarm)
        return withHealth(idle, kAlarmNpu, "Alarm");
    return idle;
}

// hccn_tool's answers for one NPU, keyed by option: data/hccn/<option>-<npu>.txt.
bool writeHccnAnswers(const PreflightStandIn& node, const QString& data, QString* error)
{
    const QString gw = QStringLiteral("29.1.0.1"); // the gateway and detect address of the fixtures' hccn.conf
    for (int d = 0; d < kNpus; ++d) {
        const bool hit = d == kFaultyNpu;
        const QString address = standInNpuAddress(node.index, d);
        QByteArray link = firstLine(hit && node.fault == StandInFault::LinkDown ? QStringLiteral("hccn/link-2-down.txt")
                                                                                : QStringLiteral("hccn/link-1.txt"));
        QByteArray health = firstLine(QStringLiteral("hccn/net-health-1.txt"));
        if (hit && node.fault == StandInFault::NetHealthFail) // "Fault": seen after a link was set down
            health = replaced(health, QStringLiteral("Success"), QStringLiteral("Fault"));
        const QByteArray ip = replaced(fixtureBody(QStringLiteral("hccn/ip-1.txt")), QStringLiteral(R"(ipaddr:\S+)"),
                                       QStringLiteral("ipaddr:") + address);
        QByteArray gateway = replaced(firstLine(QStringLiteral("hccn/gateway-1.txt")), QStringLiteral("gateway:[^,]+"),
                                      QStringLiteral("gateway:") + gw);
        gateway = replaced(gateway, QStringLiteral(R"(Iface:eth\d+)"), QStringLiteral("Iface:eth%1").arg(d));
        const QByteArray netdetect
            = replaced(firstLine(QStringLiteral("hccn/netdetect-1.txt")), QStringLiteral(R"(\d+\.\d+\.\d+\.\d+)"), gw);
        const QByteArray lldp
            = replaced(fixtureBody(QStringLiteral("hccn/lldp-1.txt")), QStringLiteral(R"(Ifname:\s*\S+)"),
                       QStringLiteral("Ifname: 400GE1/1/%1:%2").arg(20 + d).arg(node.index + 1));
        const QString f = data + QStringLiteral("/hccn/%1-") + QString::number(d) + QStringLiteral(".txt");
        if (!writeStandInFile(f.arg(QStringLiteral("link")), link, false, error)
            || !writeStandInFile(f.arg(QStringLiteral("net_health")), health, false, error)
            || !writeStandInFile(f.arg(QStringLiteral("ip")), ip, false, error)
            || !writeStandInFile(f.arg(QStringLiteral("gateway")), gateway, false, error)
            || !writeStandInFile(f.arg(QStringLiteral("netdetect")), netdetect, false, error)
            || !writeStandInFile(f.arg(QStringLiteral("lldp")), lldp, false, error))
            return false;
    }
    // A successful ping as recorded, for any NPU and address; the failing form follows the tool's summary line
    // (no failing ping was captured).
    QByteArray ok = fixtureBody(QStringLiteral("hccn/ping-1.txt"));
    ok = replaced(ok, QStringLiteral(R"(^device \d+ PING \S+)"), QStringLiteral("device @NPU@ PING @ADDR@"));
    const QByteArray lost = "device @NPU@ PING @ADDR@\n3 packets transmitted, 0 received, 100.00% packet loss\n";
    return writeStandInFile(data + QStringLiteral("/ping-ok.txt"), ok, false, error)
        && writeStandInFile(data + QStringLiteral("/ping-lost.txt"), lost, false, error);
}

// /etc/hccn.conf as hccn_tool -ip -s writes it: the fixture's keys of device 0, for every device.
QByteArray hccnConf(const PreflightStandIn& node)
{
    QList<QByteArray> keys;
    for (const QByteArray& line : fixtureBody(QStringLiteral("hccn/conf-1.txt")).split('\n')) {
        if (line.contains("_0="))
            keys << line;
    }
    QByteArray conf;
    for (int d = 0; d < kNpus; ++d) {
        for (const QByteArray& line : std::as_const(keys)) {
            const QByteArray key = line.left(line.indexOf("_0="));
            QByteArray value = line.mid(line.indexOf('=') + 1);
            if (key == "address") {
                value = standInNpuAddress(node.index, d).toUtf8();
                if (d == 5 && node.fault == StandInFault::StaleHccnConf)
                    value = "29.1.200.77"; // an address from before a re-cabling
            }
            conf += key + '_' + QByteArray::number(d) + '=' + value + '\n';
        }
    }
    return conf;
}

// ascend_toolkit_install.info in the form CANN's installer writes it (as quoted in vllm-ascend bug reports).
QByteArray cannInfo(StandInFault fault)
{
    const bool old = fault == StandInFault::CannMismatch;
    const QByteArray version = old ? "8.0.RC3" : "8.1.RC1";
    return "package_name=Ascend-cann-toolkit\nversion=" + version
        + "\ninnerversion=" + (old ? "V100R001C19SPC001B155" : "V100R001C21SPC001B238")
        + "\ncompatible_version=[V100R001C15],[V100R001C18],[V100R001C19],[V100R001C20],[V100R001C21]\n"
          "arch=aarch64\nos=linux\npath=/usr/local/Ascend/ascend-toolkit/"
        + version + "/aarch64-linux\n";
}

QByteArray scripts(const PreflightStandIn& node, const QString& name, const QString& data)
{
    const QByteArray d = shellQuotedPath(data);
    const StandInFault f = node.fault;
    if (name == QLatin1String("hccn_tool")) {
        QByteArray peers;
        for (int n = 0; n < node.nodes; ++n) {
            for (int i = 0; i < kNpus; ++i)
                peers += ' ' + standInNpuAddress(n, i).toUtf8();
        }
        const QByteArray reply = f == StandInFault::PingFails ? "ping-lost" : "ping-ok";
        // hccn_tool -i N -OPTION -g [address A]; exits 0 even when it reports a fault, as the real one does.
        return "#!/bin/sh\n"
               "if [ \"$1\" != -i ] || [ \"$4\" != -g ]; then echo \"hccn_tool stand-in: unsupported: $*\" >&2; exit "
               "2; "
               "fi\n"
               "if [ \"$3\" = -ping ] && [ \"$5\" = address ]; then\n"
               "  case \" "
            + peers + " \" in *\" $6 \"*) r=" + reply
            + " ;; *) r=ping-lost ;; esac\n"
              "  sed -e \"s/@NPU@/$2/\" -e \"s/@ADDR@/$6/\" "
            + d
            + "/$r.txt; exit 0\nfi\n"
              "f="
            + d
            + "/hccn/${3#-}-$2.txt\n"
              "if [ $# -eq 4 ] && [ -f \"$f\" ]; then cat \"$f\"; exit 0; fi\n"
              "echo \"hccn_tool stand-in: unsupported: $*\" >&2; exit 2\n";
    }
    if (name == QLatin1String("ip")) {
        const QByteArray nic = f == StandInFault::WrongNic ? QByteArray("enp189s0f1") : standInClusterNic().toUtf8();
        return "#!/bin/sh\ncat <<'EOF'\n"
               "1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever\n"
               "2: "
            + nic + "    inet " + standInClusterAddress(node.index).toUtf8() + "/24 brd 192.0.2.255 scope global " + nic
            + "\\       valid_lft forever preferred_lft forever\nEOF\n";
    }
    if (name == QLatin1String("docker")) {
        const bool missing = f == StandInFault::ImageMissing || f == StandInFault::ImageUnavailable;
        const QByteArray image = missing
            ? "echo \"Error response from daemon: No such image: $5\" >&2; exit 1"
            : "echo sha256:7f5e3c9a1b2d4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f";
        // What the registry says: only an unavailable image is unknown there.
        const QByteArray manifest = f == StandInFault::ImageUnavailable ? "echo \"no such manifest: $3\" >&2; exit 1"
                                                                        : "echo '{\"schemaVersion\": 2}'";
        return "#!/bin/sh\n"
               "case \"$1 $2\" in\n"
               "\"image inspect\") "
            + image
            + " ;;\n"
              "\"manifest inspect\") "
            + manifest
            + " ;;\n"
              "\"ps --format\") ;;\n" // nothing runs: `docker ps --format '{{.Names}}'` prints no line
              "ps*) echo 'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES' ;;\n"
              "version*) echo '24.0.7' ;;\n"
              "info*) printf '%s\\n' '{\"runc\":{\"path\":\"runc\"}}' runc null ;;\n"
              "*) echo \"docker stand-in: unsupported: $*\" >&2; exit 1 ;;\n"
              "esac\n";
    }
    if (name == QLatin1String("systemctl")) {
        const QByteArray state = f == StandInFault::FirewalldActive ? "echo active; exit 0" : "echo inactive; exit 3";
        return "#!/bin/sh\nif [ \"$*\" = 'is-active firewalld' ]; then " + state
            + "; fi\necho \"systemctl stand-in: unsupported: $*\" >&2; exit 1\n";
    }
    if (name == QLatin1String("ss")) {
        QByteArray listening
            = "LISTEN 0      128          0.0.0.0:22         0.0.0.0:*    users:((\"sshd\",pid=1021,fd=3))\n"
              "LISTEN 0      4096       127.0.0.1:39617      0.0.0.0:*    "
              "users:((\"containerd\",pid=1187,fd=9))\n"
              "LISTEN 0      128             [::]:22            [::]:*    "
              "users:((\"sshd\",pid=1021,fd=4))\n";
        if (f == StandInFault::PortInUse)
            listening += "LISTEN 0      2048         0.0.0.0:8000       0.0.0.0:*    "
                         "users:((\"python3\",pid=4242,fd=20))\n";
        return "#!/bin/sh\ncat <<'EOF'\n" + listening + "EOF\n";
    }
    if (name == QLatin1String("free")) {
        const QByteArray mem = f == StandInFault::SmallMemory
            ? "Mem:     12884901888  3221225472  6442450944    16777216  3221225472  9126805504\n"
            : "Mem:   1622202097664 45729976320 1521343860736   125960192 55128260608 1576472121344\n";
        return "#!/bin/sh\ncat <<'EOF'\n"
               "               total        used        free      shared  buff/cache   available\n"
            + mem + "Swap:             0           0           0\nEOF\n";
    }
    if (name == QLatin1String("df"))
        return "#!/bin/sh\ncat <<'EOF'\n"
               "Filesystem        1B-blocks          Used     Available Use% Mounted on\n"
               "/dev/nvme0n1p1 7681000000000 2304000000000 5377000000000  30% /data\nEOF\n";
    if (name == QLatin1String("find")) // only written for ModelDirMissing
        return "#!/bin/sh\necho \"find: '$1': No such file or directory\" >&2\nexit 1\n";
    if (name == QLatin1String("npu-smi"))
        return "#!/bin/sh\nif [ \"$*\" = info ]; then cat " + d
            + "/npu-smi-info.txt; exit 0; fi\necho \"npu-smi stand-in: unsupported: $*\" >&2\nexit 2\n";
    return {};
}

} // namespace

QString standInHccnConf(const QString& nodeDir)
{
    return nodeDir + QStringLiteral("/etc/hccn.conf");
}

QString standInAscendRoot(const QString& nodeDir)
{
    return nodeDir + QStringLiteral("/Ascend");
}

QString standInClusterAddress(int index)
{
    return QStringLiteral("192.0.2.%1").arg(10 + index); // documentation addresses: printed, never dialled
}

QString standInClusterNic()
{
    return QStringLiteral("enp189s0f0");
}

void moveOntoStandIn(cluster::Node& node, const cluster::Node& live, int index)
{
    node.name = live.name;
    node.host = live.host;
    node.port = live.port;
    node.user = live.user;
    node.identityFile = live.identityFile;
    node.simulation.clear();
    node.clusterInterface = standInClusterNic();
    node.interfaces = {{standInClusterNic(), standInClusterAddress(index), 24}};
}

QString standInNpuAddress(int index, int device)
{
    return QStringLiteral("29.1.%1.%2").arg(index + 1).arg(10 + device);
}

bool writePreflightStandIns(const PreflightStandIn& node, QString* error)
{
    const QString bin = node.dir + QStringLiteral("/bin/");
    const QString data = node.dir + QStringLiteral("/data/preflight");
    if (!writeStandInFile(data + QStringLiteral("/npu-smi-info.txt"), npuSmi(node.fault), false, error)
        || !writeHccnAnswers(node, data, error)
        || !writeStandInFile(standInHccnConf(node.dir), hccnConf(node), false, error)
        || !writeStandInFile(standInAscendRoot(node.dir)
                                 + QStringLiteral("/ascend-toolkit/latest/aarch64-linux/ascend_toolkit_install.info"),
                             cannInfo(node.fault), false, error))
        return false;
    QStringList tools {QStringLiteral("npu-smi"), QStringLiteral("hccn_tool"), QStringLiteral("ip"),
                       QStringLiteral("docker"),  QStringLiteral("systemctl"), QStringLiteral("ss"),
                       QStringLiteral("free"),    QStringLiteral("df")};
    if (node.fault == StandInFault::ModelDirMissing)
        tools << QStringLiteral("find");
    for (const QString& tool : std::as_const(tools)) {
        if (!writeStandInFile(bin + tool, scripts(node, tool, data), true, error))
            return false;
    }
    return true;
}

} // namespace npufleet::test
