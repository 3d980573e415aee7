// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace npufleet::storage {

// Which package manager and NFS package names a node uses.
enum class OsFamily {
    Unknown, // decided on the node at run time
    RedHat, // openEuler, RHEL, CentOS, Rocky, Alma, Kylin server, Anolis, Fedora: nfs-utils, dnf/yum
    Debian, // Debian, Ubuntu: nfs-kernel-server / nfs-common, apt-get
};

// From /etc/os-release text (ID_LIKE decides first: Kylin desktop is Debian-like, Kylin server RPM-based).
OsFamily osFamilyFromOsRelease(QByteArrayView text);
// From a free-form name as the project declares it: "openEuler 22.03 (LTS-SP1)", "Ubuntu 22.04".
OsFamily osFamilyFromName(const QString& os);
QString osFamilyName(OsFamily family); // "RHEL family", "Debian family", "unknown"

struct NfsPackages
{
    QString serverPackage; // nfs-utils | nfs-kernel-server
    QString clientPackage; // nfs-utils | nfs-common
    QString serverService; // the name users know: nfs-server | nfs-kernel-server
    QString serverUnit; // the systemd unit to enable: nfs-server on both (Debian's name is an alias)
};
NfsPackages nfsPackages(OsFamily family);

// A command that installs `package` unless present; idempotent. Unknown family: decided on the node.
QString installCommand(OsFamily family, const QString& redHatPackage, const QString& debianPackage);

} // namespace npufleet::storage
