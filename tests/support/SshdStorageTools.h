// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace npufleet::test {

// One node of a simulated cluster that gets the NFS storage sandbox.
struct StorageSandboxNode
{
    QString clusterDir; // shared by every node: the address -> node folder table lives there
    QString nodeDir;
    QString name; // node1, node2, …
    QString address; // 127.0.0.2, …
    int index = 0; // picks the /etc samples
};

// Commands on a sandboxed node start with file descriptor 9 open on the node's folder (see
// storageSshdConfig), so this absolute prefix names the node's own sandbox: /proc/self/fd/9/etc is
// the node's /etc, /proc/self/fd/9/data/models its model folder. One plan, with one set of absolute
// paths, so lands in a different folder per node. (Not /proc/self/cwd: `mkdir -p` walks the path
// with chdir, which changes what cwd names half-way.)
inline QString storageSandboxRoot()
{
    return QStringLiteral("/proc/self/fd/9");
}

// Writes stand-ins for every command the NFS plan and its checks run (systemctl, exportfs,
// showmount, mount, umount, mountpoint, firewall-cmd, rpm, dnf, yum, dpkg-query, apt-get) into
// nodeDir/bin. Each appends "tool args" to nodeDir/calls.log and keeps its state (packages, active
// units, export table, mount table) under nodeDir/storage; none touches anything outside the
// sandbox, and mount refuses paths outside it. nodeDir/etc gets realistic exports, fstab and
// os-release samples (openEuler, Ubuntu, …); nodeDir/data exists, empty.
// A client's `mount -t nfs SERVER:EXPORT MNT` makes MNT a symlink to the server's exported folder,
// so a file written on a client is seen on the server; umount puts the empty folder back.
// Faults on demand: a file nodeDir/storage/hang-TOOL makes TOOL hang while it exists, and
// nodeDir/storage/busy makes umount fail as with open files.
bool writeStorageSandbox(const StorageSandboxNode& node, QString* error);

// sshd_config lines that start every command in nodeDir (sshd would start it in root's home), with
// file descriptor 9 open on it.
QString storageSshdConfig(const QString& nodeDir);
// The command of that ForceCommand line.
QString storageForceCommand(const QString& nodeDir);

} // namespace npufleet::test
