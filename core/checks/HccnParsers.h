// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QMap>
#include <QString>
#include <optional>

// Parsers for `hccn_tool -i N ...` outputs and /etc/hccn.conf. They look for the labelled value
// anywhere in the text (labels vary in spacing and wording between driver versions) and return
// nothing when it is absent, so callers can tell "not configured" from a value.
namespace npufleet::checks::hccn {

// `-link -g`: "link status: UP" -> "UP".
std::optional<QString> linkStatus(QByteArrayView text);
// `-net_health -g`: "net health status: Success" -> "Success".
std::optional<QString> netHealth(QByteArrayView text);
// Healthy states: Success, and Init (no detect address probed yet), as Ascend's own exporters treat them.
bool isHealthyNetHealth(const QString& status);

struct IpConfig
{
    QString address;
    QString netmask;
};
// `-ip -g`: "ipaddr:A" / "netmask:M". Nothing for "... no ip was preset there!".
std::optional<IpConfig> ipConfig(QByteArrayView text);

struct Gateway
{
    QString address;
    QString interface; // "eth0": the NPU's own port name
};
// `-gateway -g`: "default gateway:A, Iface:eth0".
std::optional<Gateway> gateway(QByteArrayView text);
// `-netdetect -g`: "netdetect address: A" (older) or "netdetect addr: A".
std::optional<QString> netdetect(QByteArrayView text);
// `-lldp -g`: the switch port from the Port ID TLV ("Ifname: 400GE1/1/20:2").
std::optional<QString> lldpPort(QByteArrayView text);

struct PingResult
{
    int transmitted = 0;
    int received = 0;
    double lossPercent = 100.0;
};
// `-ping -g address A`: the "N packets transmitted, M received, X% packet loss" summary.
std::optional<PingResult> ping(QByteArrayView text);

// /etc/hccn.conf: key=value lines; device N's keys end in _N ("address_3"). Result: N -> key -> value.
QMap<int, QMap<QString, QString>> parseHccnConf(QByteArrayView text);

// The prefix length of a dotted netmask, or -1 when it is not a valid mask.
int prefixLength(const QString& netmask);

} // namespace npufleet::checks::hccn
