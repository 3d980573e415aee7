// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/OsFamily.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include "core/cluster/HostParsers.h"
#include "core/util/ShellQuote.h"

namespace npufleet::storage {

namespace {
OsFamily familyOfWords(const QString& text)
{
    const QString t = text.toLower();
    static const QRegularExpression debian(QStringLiteral("\\b(debian|ubuntu|deepin|linuxmint|raspbian|kali)\\b"));
    static const QRegularExpression redHat(
        QStringLiteral("\\b(openeuler|euleros|rhel|red ?hat|centos|rocky|almalinux|alma|fedora|kylin|anolis|ol|"
                       "oracle|bclinux|opencloudos|tencentos)\\b"));
    if (debian.match(t).hasMatch())
        return OsFamily::Debian;
    if (redHat.match(t).hasMatch())
        return OsFamily::RedHat;
    return OsFamily::Unknown;
}

QString redHatInstall(const QString& package)
{
    const QString p = shell::quote(package);
    return QStringLiteral("rpm -q %1 >/dev/null 2>&1 || { if command -v dnf >/dev/null 2>&1; then dnf install -y %1; "
                          "else yum install -y %1; fi; }")
        .arg(p);
}

QString debianInstall(const QString& package)
{
    const QString p = shell::quote(package);
    return QStringLiteral("dpkg-query -W -f='${Status}' %1 2>/dev/null | grep -q 'ok installed' || "
                          "{ apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y %1; }")
        .arg(p);
}
} // namespace

OsFamily osFamilyFromOsRelease(QByteArrayView text)
{
    static const QRegularExpression idLike(QStringLiteral("^ID_LIKE=\"?([^\"\\n]*)\"?\\s*$"),
                                           QRegularExpression::MultilineOption);
    const QString all = QString::fromUtf8(text);
    const QRegularExpressionMatch like = idLike.match(all);
    if (like.hasMatch()) {
        const OsFamily f = familyOfWords(like.captured(1));
        if (f != OsFamily::Unknown)
            return f;
    }
    const Result<cluster::OsRelease> os = cluster::parseOsRelease(text);
    if (!os)
        return OsFamily::Unknown;
    const OsFamily byId = familyOfWords(os->id);
    return byId != OsFamily::Unknown ? byId : familyOfWords(os->name);
}

OsFamily osFamilyFromName(const QString& os)
{
    return familyOfWords(os);
}

QString osFamilyName(OsFamily family)
{
    switch (family) {
    case OsFamily::RedHat:
        return QCoreApplication::translate("npufleet::storage", "RHEL family");
    case OsFamily::Debian:
        return QCoreApplication::translate("npufleet::storage", "Debian family");
    case OsFamily::Unknown:
        break;
    }
    return QCoreApplication::translate("npufleet::storage", "unknown, decided on the node");
}

NfsPackages nfsPackages(OsFamily family)
{
    if (family == OsFamily::Debian)
        return {QStringLiteral("nfs-kernel-server"), QStringLiteral("nfs-common"), QStringLiteral("nfs-kernel-server"),
                QStringLiteral("nfs-server")};
    return {QStringLiteral("nfs-utils"), QStringLiteral("nfs-utils"), QStringLiteral("nfs-server"),
            QStringLiteral("nfs-server")};
}

QString installCommand(OsFamily family, const QString& redHatPackage, const QString& debianPackage)
{
    switch (family) {
    case OsFamily::RedHat:
        return redHatInstall(redHatPackage);
    case OsFamily::Debian:
        return debianInstall(debianPackage);
    case OsFamily::Unknown:
        break;
    }
    return QStringLiteral("if command -v rpm >/dev/null 2>&1 && ! command -v dpkg-query >/dev/null 2>&1; then %1; "
                          "else %2; fi")
        .arg(redHatInstall(redHatPackage), debianInstall(debianPackage));
}

} // namespace npufleet::storage
