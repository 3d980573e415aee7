// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/HccnParsers.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QStringList>

namespace npufleet::checks::hccn {

namespace {

QString text(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes.data(), bytes.size());
}

// The first capture of pattern (case-insensitive, per line), trimmed; nothing when absent or empty.
std::optional<QString> capture(QByteArrayView bytes, const QRegularExpression& re)
{
    const QRegularExpressionMatch m = re.match(text(bytes));
    if (!m.hasMatch())
        return std::nullopt;
    const QString value = m.captured(1).trimmed();
    if (value.isEmpty())
        return std::nullopt;
    return value;
}

QRegularExpression lineRe(const char* pattern)
{
    return QRegularExpression(QLatin1String(pattern),
                              QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
}

bool isIpv4(const QString& s)
{
    QHostAddress a;
    return a.setAddress(s) && a.protocol() == QAbstractSocket::IPv4Protocol;
}

} // namespace

std::optional<QString> linkStatus(QByteArrayView bytes)
{
    static const QRegularExpression re = lineRe(R"(^\s*link\s+status\s*:\s*(\S+))");
    return capture(bytes, re);
}

std::optional<QString> netHealth(QByteArrayView bytes)
{
    static const QRegularExpression re = lineRe(R"(^\s*net\s+health\s+status\s*:\s*(.+)$)");
    return capture(bytes, re);
}

bool isHealthyNetHealth(const QString& status)
{
    return status.compare(QLatin1String("Success"), Qt::CaseInsensitive) == 0
        || status.compare(QLatin1String("Init"), Qt::CaseInsensitive) == 0;
}

std::optional<IpConfig> ipConfig(QByteArrayView bytes)
{
    static const QRegularExpression addr = lineRe(R"(^\s*ipaddr\s*:\s*(\S+))");
    static const QRegularExpression mask = lineRe(R"(^\s*netmask\s*:\s*(\S+))");
    const auto a = capture(bytes, addr);
    if (!a || !isIpv4(*a))
        return std::nullopt;
    return IpConfig {*a, capture(bytes, mask).value_or(QString())};
}

std::optional<Gateway> gateway(QByteArrayView bytes)
{
    static const QRegularExpression re = lineRe(R"(default\s+gateway\s*:\s*([0-9.]+)(?:\s*,\s*Iface\s*:\s*(\S+))?)");
    const QRegularExpressionMatch m = re.match(text(bytes));
    if (!m.hasMatch() || !isIpv4(m.captured(1)))
        return std::nullopt;
    return Gateway {m.captured(1), m.captured(2)};
}

std::optional<QString> netdetect(QByteArrayView bytes)
{
    static const QRegularExpression re = lineRe(R"(^\s*netdetect\s+addr(?:ess)?\s*:\s*([0-9.]+))");
    const auto value = capture(bytes, re);
    if (value && !isIpv4(*value))
        return std::nullopt;
    return value;
}

std::optional<QString> lldpPort(QByteArrayView bytes)
{
    // Prefer the Ifname under "Port ID TLV"; some switches print "Local: ..." or the port alone.
    static const QRegularExpression ifname = lineRe(R"(^\s*Ifname\s*:\s*(\S+))");
    if (auto v = capture(bytes, ifname))
        return v;
    static const QRegularExpression portId = lineRe(R"(Port ID TLV\s*\n\s*(?:\w+\s*:\s*)?(\S.*)$)");
    auto v = capture(bytes, portId);
    if (v && v->startsWith(QLatin1String("...")))
        return std::nullopt;
    return v;
}

std::optional<PingResult> ping(QByteArrayView bytes)
{
    static const QRegularExpression re = lineRe(
        R"((\d+)\s+packets?\s+transmitted\s*,\s*(\d+)\s+(?:packets?\s+)?received(?:\s*,\s*([0-9.]+)%\s*packet\s+loss)?)");
    const QRegularExpressionMatch m = re.match(text(bytes));
    if (!m.hasMatch())
        return std::nullopt;
    PingResult r;
    r.transmitted = m.captured(1).toInt();
    r.received = m.captured(2).toInt();
    if (!m.captured(3).isEmpty())
        r.lossPercent = m.captured(3).toDouble();
    else
        r.lossPercent = r.transmitted > 0 ? 100.0 * (r.transmitted - r.received) / r.transmitted : 100.0;
    return r;
}

QMap<int, QMap<QString, QString>> parseHccnConf(QByteArrayView bytes)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*([A-Za-z_]+?)_(\d+)\s*=\s*(.*?)\s*$)"));
    QMap<int, QMap<QString, QString>> conf;
    const QStringList lines = text(bytes).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const QRegularExpressionMatch m = re.match(line);
        if (m.hasMatch())
            conf[m.captured(2).toInt()][m.captured(1).toLower()] = m.captured(3);
    }
    return conf;
}

int prefixLength(const QString& netmask)
{
    QHostAddress a;
    if (!a.setAddress(netmask) || a.protocol() != QAbstractSocket::IPv4Protocol)
        return -1;
    const quint32 bits = a.toIPv4Address();
    int n = 0;
    while (n < 32 && (bits & (0x80000000u >> n)))
        ++n;
    // A mask must be ones followed by zeros.
    const quint32 expected = n == 0 ? 0u : (0xFFFFFFFFu << (32 - n));
    return bits == expected ? n : -1;
}

} // namespace npufleet::checks::hccn
