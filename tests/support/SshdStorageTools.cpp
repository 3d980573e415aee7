// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshdStorageTools.h"

#include <QDir>
#include <QFile>

#include "StandInFiles.h"

namespace npufleet::test {

namespace {

// Shared by the stand-ins (sourced after NODE, CLUSTER and TOOL are set and the call is logged).
const char kLib[] = R"SH(STATE="$NODE/storage"
# Hangs while the file exists (two minutes at most), or until the session is killed: writing
# fails once nobody reads, so nothing stays behind.
for _ in $(seq 1200); do
    [ -e "$STATE/hang-$TOOL" ] || break
    printf '.' >&2 || exit 1
    sleep 0.1
done
npf_unsupported() { echo "$TOOL stand-in: unsupported: $*" >&2; exit 2; }
# The physical path of $1, whose last part need not exist (nor be followed when a symlink).
npf_real() {
    local d b
    d=$(dirname -- "$1") && b=$(basename -- "$1") || return 1
    d=$(cd -- "$d" 2>/dev/null && pwd -P) || return 1
    printf '%s/%s\n' "${d%/}" "$b"
}
npf_inside() { case "$1" in "$NODE" | "$NODE"/* | "$CLUSTER"/*) return 0 ;; esac; return 1; }
npf_node_of() { [ -f "$CLUSTER/storage-hosts/$1" ] && cat -- "$CLUSTER/storage-hosts/$1"; }
npf_has() { [ -e "$1" ] && grep -qxF -- "$2" "$1"; }
npf_add() { npf_has "$1" "$2" || printf '%s\n' "$2" >> "$1"; }
npf_del() { [ -e "$1" ] || return 0; grep -vxF -- "$2" "$1" > "$1.new" || true; mv -- "$1.new" "$1"; }
npf_ip() { local IFS=.; set -- $1; echo $(( ($1 << 24) + ($2 << 16) + ($3 << 8) + $4 )); }
# Whether ADDRESS is among the clients an export line names (a host, a.b.c.d/bits or *).
npf_in_net() {
    case "$2" in '*') return 0 ;; */*) ;; *) [ "$1" = "$2" ]; return ;; esac
    local bits=${2#*/} mask
    case "$bits" in *[!0-9]* | '') return 1 ;; esac
    mask=$(( bits == 0 ? 0 : (0xffffffff << (32 - bits)) & 0xffffffff ))
    [ $(( $(npf_ip "$1") & mask )) -eq $(( $(npf_ip "${2%/*}") & mask )) ]
}
)SH";

struct Tool
{
    const char* name;
    const char* body;
};

const Tool kTools[] = {
    {"systemctl", R"SH(units="$STATE/active-units"
unit() { local u=${1%.service}; [ "$u" = nfs-kernel-server ] && u=nfs-server; echo "$u"; }
exists() {
    [ "$(unit "$1")" != nfs-server ] || npf_has "$STATE/packages" nfs-utils || npf_has "$STATE/packages" nfs-kernel-server
}
case "${1-}" in
is-active)
    shift; quiet=; [ "${1-}" = --quiet ] && { quiet=1; shift; }
    rc=0
    for u in "$@"; do
        if npf_has "$units" "$(unit "$u")"; then [ -n "$quiet" ] || echo active; else [ -n "$quiet" ] || echo inactive; rc=3; fi
    done
    exit $rc ;;
enable | start | restart | reload)
    verb=$1; shift; now=; [ "$verb" != enable ] && now=1; [ "${1-}" = --now ] && { now=1; shift; }
    for u in "$@"; do
        exists "$u" || { echo "Failed to $verb unit: Unit file ${u%.service}.service does not exist." >&2; exit 5; }
    done
    for u in "$@"; do
        [ "$verb" != enable ] || npf_add "$STATE/enabled-units" "$(unit "$u")"
        [ -z "$now" ] || npf_add "$units" "$(unit "$u")"
    done ;;
stop) shift; for u in "$@"; do npf_del "$units" "$(unit "$u")"; done ;;
*) npf_unsupported "$@" ;;
esac
)SH"},
    {"firewall-cmd", "echo success\n"},
    {"rpm", R"SH([ "${1-}" = -q ] || npf_unsupported "$@"
shift; rc=0
for p in "$@"; do
    if npf_has "$STATE/packages" "$p"; then echo "$p-2.5.4-10.oe2203sp4.aarch64"; else echo "package $p is not installed"; rc=1; fi
done
exit $rc
)SH"},
    {"dnf", R"SH([ "${1-}" = install ] || npf_unsupported "$@"
shift; for p in "$@"; do case "$p" in -*) ;; *) npf_add "$STATE/packages" "$p" ;; esac; done
echo 'Complete!'
)SH"},
    {"yum", R"SH([ "${1-}" = install ] || npf_unsupported "$@"
shift; for p in "$@"; do case "$p" in -*) ;; *) npf_add "$STATE/packages" "$p" ;; esac; done
echo 'Complete!'
)SH"},
    {"dpkg-query", R"SH([ "${1-}" = -W ] || npf_unsupported "$@"
shift; p=; for a in "$@"; do case "$a" in -*) ;; *) p=$a ;; esac; done
if npf_has "$STATE/packages" "$p"; then printf 'install ok installed'; else echo "dpkg-query: no packages found matching $p" >&2; exit 1; fi
)SH"},
    {"apt-get", R"SH(case "${1-}" in
update) echo 'Reading package lists... Done' ;;
install) shift; for p in "$@"; do case "$p" in -*) ;; *) npf_add "$STATE/packages" "$p" ;; esac; done ;;
*) npf_unsupported "$@" ;;
esac
)SH"},
    // The export table is what showmount and mount see: "PATH CLIENT REALPATH" lines (REALPATH "-"
    // for folders outside the sandbox, which clients cannot mount).
    {"exportfs", R"SH(case "$*" in
-ra | -ar | -r | -a | -rav | -arv)
    new="$STATE/etab.new"; : > "$new"; rc=0
    if [ -e "$NODE/etc/exports" ]; then
        while IFS= read -r line || [ -n "$line" ]; do
            line=${line%%#*}
            set -f; set -- $line; set +f
            [ $# -ge 1 ] || continue
            path=${1%\"}; path=${path#\"}; shift
            real=$(npf_real "$path") || real=-
            if ! npf_inside "$real"; then
                real=-
            elif [ ! -d "$real" ]; then
                echo "exportfs: Failed to stat $path: No such file or directory" >&2; rc=1; continue
            fi
            [ $# -ge 1 ] || set -- '*'
            for c in "$@"; do printf '%s %s %s\n' "$path" "${c%%(*}" "$real" >> "$new"; done
        done < "$NODE/etc/exports"
    fi
    mv -- "$new" "$STATE/etab"; exit $rc ;;
-v | '') [ ! -e "$STATE/etab" ] || awk '{ print $1 "\t" $2 }' "$STATE/etab" ;;
*) npf_unsupported "$@" ;;
esac
)SH"},
    {"showmount", R"SH([ "${1-}" = -e ] && [ $# -eq 2 ] || npf_unsupported "$@"
srv=$(npf_node_of "$2") || { echo "clnt_create: RPC: Unknown host" >&2; exit 1; }
npf_has "$srv/storage/active-units" nfs-server || { echo "clnt_create: RPC: Program not registered" >&2; exit 1; }
echo "Export list for $2:"
[ ! -e "$srv/storage/etab" ] || awk '{ if (!($1 in c)) o[++n] = $1; c[$1] = ($1 in c) ? c[$1] "," $2 : $2 }
    END { for (i = 1; i <= n; i++) printf "%-24s %s\n", o[i], c[o[i]] }' "$srv/storage/etab"
)SH"},
    {"mount", R"SH(type=; opts=; args=()
while [ $# -gt 0 ]; do
    case "$1" in -t) type=$2; shift 2 ;; -o) opts=$2; shift 2 ;; --) shift; args+=("$@"); break ;; -*) npf_unsupported "$@" ;; *) args+=("$1"); shift ;; esac
done
[ ${#args[@]} -eq 2 ] && [ "$type" = nfs ] || npf_unsupported "${args[@]}"
case ",$opts," in *,remount,*)
    echo "mount stand-in: an NFS remount keeps vers=, proto= and the server; unmount and mount instead" >&2; exit 2 ;;
esac
v=$(printf '%s\n' "$opts" | tr , '\n' | sed -n 's/^\(nfs\)\{0,1\}vers=//p' | tail -n 1)
case "$v" in '' | 3 | 4 | 4.0 | 4.1 | 4.2) ;; *) echo "mount.nfs: Protocol not supported" >&2; exit 32 ;; esac
dev=${args[0]}; mp=${args[1]}; host=${dev%%:*}; path=${dev#*:}
[ "$host" != "$dev" ] || { echo "mount.nfs: remote share not in 'host:dir' format" >&2; exit 32; }
srv=$(npf_node_of "$host") || { echo "mount.nfs: Failed to resolve server $host: Name or service not known" >&2; exit 32; }
npf_has "$srv/storage/active-units" nfs-server || { echo "mount.nfs: Connection refused" >&2; exit 32; }
me=$(cat -- "$STATE/address"); real=
if [ -e "$srv/storage/etab" ]; then
    while read -r p c r; do
        if [ "$p" = "$path" ] && [ "$r" != - ] && npf_in_net "$me" "$c"; then real=$r; fi
    done < "$srv/storage/etab"
fi
[ -n "$real" ] || { echo "mount.nfs: access denied by server while mounting $dev" >&2; exit 32; }
target=$(npf_real "$mp") && [ -d "$target" ] || { echo "mount: $mp: mount point does not exist." >&2; exit 32; }
npf_inside "$target" || { echo "mount stand-in: $mp is outside the sandbox" >&2; exit 2; }
if [ -L "$target" ] || grep -qF -- " $target nfs " "$STATE/mounts" 2>/dev/null; then
    echo "mount.nfs: $mp is busy or already mounted" >&2; exit 32
fi
[ -z "$(ls -A -- "$target")" ] || { echo "mount stand-in: $mp is not empty (a mount would hide its files)" >&2; exit 2; }
rmdir -- "$target" && ln -s -- "$real" "$target" && printf '%s %s nfs %s\n' "$dev" "$target" "$opts" >> "$STATE/mounts"
)SH"},
    {"umount", R"SH([ "${1-}" = -- ] && shift
[ $# -eq 1 ] || npf_unsupported "$@"
case "$1" in -*) npf_unsupported "$@" ;; esac
target=$(npf_real "$1") || { echo "umount: $1: no mount point specified." >&2; exit 32; }
line=$(grep -F -- " $target nfs " "$STATE/mounts" 2>/dev/null | head -n 1)
[ -n "$line" ] || { echo "umount: $1: not mounted." >&2; exit 32; }
[ ! -e "$STATE/busy" ] || { echo "umount: $1: target is busy." >&2; exit 32; }
rm -f -- "$target" && mkdir -- "$target" && npf_del "$STATE/mounts" "$line"
)SH"},
    {"mountpoint", R"SH(quiet=; [ "${1-}" = -q ] && { quiet=1; shift; }
[ "${1-}" = -- ] && shift
[ $# -eq 1 ] || npf_unsupported "$@"
if target=$(npf_real "$1") && grep -qF -- " $target nfs " "$STATE/mounts" 2>/dev/null; then
    [ -n "$quiet" ] || echo "$1 is a mountpoint"; exit 0
fi
[ -n "$quiet" ] || echo "$1 is not a mountpoint"
exit 32
)SH"},
};

// /etc samples as installers and packages leave them: openEuler's empty exports and anaconda
// fstab, Ubuntu's commented exports and tab-separated fstab without a final newline, and a node
// with hand-written NFS lines of another share.
const char kOsOpenEuler[] = "NAME=\"openEuler\"\nVERSION=\"22.03 (LTS-SP4)\"\nID=\"openEuler\"\nVERSION_ID=\"22.03\"\n"
                            "PRETTY_NAME=\"openEuler 22.03 (LTS-SP4)\"\nANSI_COLOR=\"0;31\"\n\n";
const char kOsUbuntu[] = "PRETTY_NAME=\"Ubuntu 22.04.4 LTS\"\nNAME=\"Ubuntu\"\nVERSION_ID=\"22.04\"\n"
                         "VERSION=\"22.04.4 LTS (Jammy Jellyfish)\"\nVERSION_CODENAME=jammy\nID=ubuntu\n"
                         "ID_LIKE=debian\nHOME_URL=\"https://www.ubuntu.com/\"\nUBUNTU_CODENAME=jammy\n";
const char kExportsUbuntu[] = "# /etc/exports: the access control list for filesystems which may be exported\n"
                              "#\t\tto NFS clients.  See exports(5).\n"
                              "#\n"
                              "# Example for NFSv2 and NFSv3:\n"
                              "# /srv/homes       hostname1(rw,sync,no_subtree_check) "
                              "hostname2(ro,sync,no_subtree_check)\n"
                              "#\n"
                              "# Example for NFSv4:\n"
                              "# /srv/nfs4        gss/krb5i(rw,sync,fsid=0,crossmnt,no_subtree_check)\n"
                              "# /srv/nfs4/homes  gss/krb5i(rw,sync,no_subtree_check)\n"
                              "#\n";
const char kExportsByHand[] = "# backups for the lab, see ticket OPS-112\n"
                              "/srv/backup\t10.0.0.0/8(ro,sync,no_subtree_check)";
const char kFstabOpenEuler[]
    = "\n"
      "#\n"
      "# /etc/fstab\n"
      "# Created by anaconda on Tue Mar  5 10:21:33 2024\n"
      "#\n"
      "# Accessible filesystems, by reference, are maintained under '/dev/disk/'.\n"
      "# See man pages fstab(5), findfs(8), mount(8) and/or blkid(8) for more info.\n"
      "#\n"
      "# After editing this file, run 'systemctl daemon-reload' to update systemd\n"
      "# units generated from this file.\n"
      "#\n"
      "/dev/mapper/openeuler-root /                       ext4    defaults        1 1\n"
      "UUID=5d1c7b1a-6c9e-4d3b-9a57-1f0c2b3d4e5f /boot    ext4    defaults        1 2\n"
      "UUID=8E2B-1F0C          /boot/efi               vfat    umask=0077,shortname=winnt 0 2\n"
      "/dev/mapper/openeuler-swap none                    swap    defaults        0 0\n";
const char kFstabUbuntu[] = "# /etc/fstab: static file system information.\n"
                            "#\n"
                            "# Use 'blkid' to print the universally unique identifier for a\n"
                            "# device; this may be used with UUID= as a more robust way to name devices\n"
                            "# that works even if disks are added and removed. See fstab(5).\n"
                            "#\n"
                            "# <file system> <mount point>   <type>  <options>       <dump>  <pass>\n"
                            "/dev/disk/by-uuid/0a3b77f2-1c44-4e0e-a7c1-9d0c4e4b1f10 / ext4 defaults 0 1\n"
                            "/swap.img\tnone\tswap\tsw\t0\t0";
const char kFstabOtherNfs[] = "/dev/mapper/openeuler-root /                       ext4    defaults        1 1\n"
                              "UUID=5d1c7b1a-6c9e-4d3b-9a57-1f0c2b3d4e5f /boot    ext4    defaults        1 2\n"
                              "10.0.0.5:/srv/backup\t/mnt/backup\tnfs\tro,vers=3,_netdev\t0 0   # nightly\n"
                              "#172.16.33.106:/data/models /data/models nfs defaults 0 0\n"
                              "tmpfs /tmp tmpfs size=8G 0 0\n";

} // namespace

bool writeStorageSandbox(const StorageSandboxNode& node, QString* error)
{
    const QString d = node.nodeDir;
    const QString hosts = node.clusterDir + QStringLiteral("/storage-hosts");
    for (const QString& folder : QStringList {d + QStringLiteral("/bin"), d + QStringLiteral("/etc"),
                                              d + QStringLiteral("/data"), d + QStringLiteral("/storage"), hosts}) {
        if (!QDir().mkpath(folder)) {
            *error = QStringLiteral("cannot create %1").arg(folder);
            return false;
        }
    }
    // The server is found by the address clients dial, or by its name.
    for (const QString& key : {node.address, node.name}) {
        if (!writeStandInFile(hosts + QLatin1Char('/') + key, d.toUtf8() + '\n', false, error))
            return false;
    }
    const int sample = node.index % 3;
    const QByteArray exports = sample == 0 ? QByteArray() : QByteArray(sample == 1 ? kExportsUbuntu : kExportsByHand);
    const QByteArray fstab = sample == 0 ? kFstabOpenEuler : sample == 1 ? kFstabUbuntu : kFstabOtherNfs;
    const QByteArray os = sample == 1 ? kOsUbuntu : kOsOpenEuler;
    if (!writeStandInFile(d + QStringLiteral("/etc/exports"), exports, false, error)
        || !writeStandInFile(d + QStringLiteral("/etc/fstab"), fstab, false, error)
        || !writeStandInFile(d + QStringLiteral("/etc/os-release"), os, false, error)
        || !writeStandInFile(d + QStringLiteral("/storage/address"), node.address.toUtf8() + '\n', false, error)
        || !writeStandInFile(d + QStringLiteral("/storage/lib.sh"), kLib, false, error)
        || !writeStandInFile(d + QStringLiteral("/calls.log"), {}, false, error))
        return false;
    for (const Tool& tool : kTools) {
        const QByteArray script
            = "#!/bin/bash\n# NPU Fleet test stand-in: records its call; touches only the sandbox.\n"
              "NODE="
            + shellQuotedPath(d) + "; CLUSTER=" + shellQuotedPath(node.clusterDir) + "; TOOL=" + tool.name
            + "\nprintf '%s\\n' \"$TOOL $*\" >> \"$NODE/calls.log\"\n. \"$NODE/storage/lib.sh\"\n" + tool.body;
        if (!writeStandInFile(d + QStringLiteral("/bin/") + QLatin1String(tool.name), script, true, error))
            return false;
    }
    return true;
}

QString storageForceCommand(const QString& nodeDir)
{
    // Children inherit descriptor 9: /proc/self/fd/9 is then the node's sandbox root in every one.
    return QStringLiteral("cd %1 && exec 9< %1 || exit 97; exec /bin/bash -c \"$SSH_ORIGINAL_COMMAND\"")
        .arg(QString::fromUtf8(shellQuotedPath(nodeDir)));
}

QString storageSshdConfig(const QString& nodeDir)
{
    return QStringLiteral("ForceCommand ") + storageForceCommand(nodeDir) + QLatin1Char('\n');
}

} // namespace npufleet::test
