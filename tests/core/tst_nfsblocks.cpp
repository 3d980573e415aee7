// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "core/storage/ConfigEntries.h"
#include "core/storage/MarkedBlock.h"
#include "core/storage/NfsScripts.h"

using namespace npufleet;
using namespace npufleet::storage;

namespace {

// Real-world shapes: installer-written fstab files, Debian's tab-separated header, hand-written NFS lines.
const QByteArray kFstabOpenEuler = "#\n"
                                   "# /etc/fstab\n"
                                   "# Created by anaconda on Tue Mar  5 10:21:33 2024\n"
                                   "#\n"
                                   "# Accessible filesystems, by reference, are maintained under '/dev/disk/'.\n"
                                   "# See man pages fstab(5), findfs(8), mount(8) and/or blkid(8) for more info.\n"
                                   "#\n"
                                   "/dev/mapper/openeuler-root /                       ext4    defaults        1 1\n"
                                   "UUID=5d1c7b1a-6c9e-4d3b-9a57-1f0c2b3d4e5f /boot    ext4    defaults        1 2\n"
                                   "/dev/mapper/openeuler-swap none                    swap    defaults        0 0\n";
const QByteArray kFstabDebianNoNewline = "# /etc/fstab: static file system information.\n"
                                         "#\n"
                                         "# <file system>\t<mount point>\t<type>\t<options>\t<dump>\t<pass>\n"
                                         "UUID=0a3b77f2-1c44-4e0e-a7c1-9d0c4e4b1f10\t/\text4\terrors=remount-ro\t0\t1\n"
                                         "/swapfile\tnone\tswap\tsw\t0\t0";
const QByteArray kFstabOtherNfs = "/dev/sda1 / xfs defaults 0 0\r\n"
                                  "10.0.0.5:/srv/backup   /mnt/backup   nfs   defaults,_netdev   0 0\n"
                                  "#172.16.33.106:/data/models /data/models nfs defaults 0 0\n"
                                  "\n"
                                  "tmpfs /tmp tmpfs size=8G 0 0   # scratch\n";
const QByteArray kFstabEquivalentByHand = "/dev/sda1 / xfs defaults 0 0\n"
                                          "172.16.33.106:/data/models/\t/data/models/\tnfs\tvers=3,hard\t0 0\n";
const QByteArray kFstabEquivalentByName = "/dev/sda1 / xfs defaults 0 0\n"
                                          "atlas-106:/data/models /data/models nfs4 defaults 0 0\n";
const QByteArray kFstabConflict = "/dev/sda1 / xfs defaults 0 0\n"
                                  "172.16.33.200:/other /data/models nfs defaults 0 0\n";
const QByteArray kFstabOldBlockNoNewline = "/dev/sda1 / xfs defaults 0 0\n"
                                           "# npufleet begin\n"
                                           "172.16.33.106:/data/models /data/models nfs vers=4 0 0\n"
                                           "# npufleet end";

const QByteArray kExportsDebian = "# /etc/exports: the access control list for filesystems which may be exported\n"
                                  "#\t\tto NFS clients.  See exports(5).\n"
                                  "#\n"
                                  "# Example for NFSv2 and NFSv3:\n"
                                  "# /srv/homes       hostname1(rw,sync,no_subtree_check) "
                                  "hostname2(ro,sync,no_subtree_check)\n"
                                  "/srv/backup\t10.0.0.0/8(ro,sync,no_subtree_check)\n";
const QByteArray kExportsEquivalent
    = "/data/models/ 172.16.33.0/255.255.255.0(no_subtree_check,rw,no_root_squash,sync) "
      "10.1.0.0/16(ro)\n";
const QByteArray kExportsConflict = "/srv/backup *(ro)\n/data/models 172.16.33.0/24(ro,sync)\n";
const QByteArray kExportsOldBlockInMiddle = "/srv/a 10.0.0.0/8(ro)\n"
                                            "  # npufleet begin\n"
                                            "/data/models 172.16.33.0/16(rw,async)\n"
                                            "  # npufleet end\n"
                                            "/srv/b 10.0.0.0/8(ro)\n";
const QByteArray kExportsTwoBlocks = "# npufleet begin\n/x 1.2.3.4(ro)\n# npufleet end\n/srv/a *(ro)\n"
                                     "# npufleet begin\n/y 1.2.3.4(ro)\n# npufleet end\n";
const QByteArray kExportsUnclosed = "/srv/a *(ro)\n# npufleet begin\n/data/models 1.2.3.4(rw)\n";

ConfigEdit exportsEdit()
{
    ConfigEdit e;
    e.file = ConfigFile::Exports;
    e.path = QStringLiteral("/etc/exports");
    e.exportEntry = {QStringLiteral("/data/models"), QStringLiteral("172.16.33.0/24"),
                     QStringLiteral("rw,sync,no_root_squash,no_subtree_check")};
    return e;
}

ConfigEdit fstabEdit()
{
    ConfigEdit e;
    e.file = ConfigFile::Fstab;
    e.path = QStringLiteral("/etc/fstab");
    e.mountEntry.server = QStringLiteral("172.16.33.106");
    e.mountEntry.serverAliases = {QStringLiteral("atlas-106")};
    e.mountEntry.exportPath = QStringLiteral("/data/models");
    e.mountEntry.mountPoint = QStringLiteral("/data/models");
    e.mountEntry.options = QStringLiteral("vers=3,hard,timeo=600,retrans=3,_netdev");
    return e;
}

// The lines outside every block, and the final-newline flag: what must never change.
QPair<QByteArrayList, bool> outside(const QByteArray& text)
{
    const TextLines t = TextLines::split(text);
    const QList<bool> owned = MarkedBlock::ownedLines(t).value();
    QByteArrayList kept;
    for (int i = 0; i < t.lines.size(); ++i) {
        if (!owned.at(i))
            kept << t.lines.at(i);
    }
    return {kept, t.lines.isEmpty() || t.finalNewline};
}

} // namespace

class TestNfsBlocks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void linesRoundTrip_data();
    void linesRoundTrip();
    void edit_data();
    void edit();
    void blocksCollapseAndReportDamage();
    void changedMount_data();
    void changedMount();
    void helpers();

private:
    // Runs the exported scripts' block function on `text`; returns the new file and the exit code.
    QPair<QByteArray, int> runScript(const QByteArray& text, const ConfigEdit* edit);
    QTemporaryDir m_dir;
    bool m_haveShell = false;
};

void TestNfsBlocks::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_haveShell = !QStandardPaths::findExecutable(QStringLiteral("bash")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("awk")).isEmpty();
}

QPair<QByteArray, int> TestNfsBlocks::runScript(const QByteArray& text, const ConfigEdit* edit)
{
    const QString file = m_dir.filePath(QStringLiteral("target"));
    QFile::remove(file);
    {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return {{}, -1};
        f.write(text);
    }
    QStringList args;
    if (edit && edit->file == ConfigFile::Exports)
        args << QStringLiteral("exports") << edit->exportEntry.path << edit->exportEntry.client
             << edit->exportEntry.options;
    else if (edit)
        args << QStringLiteral("fstab") << edit->mountEntry.mountPoint << edit->mountEntry.exportPath
             << (QStringList {edit->mountEntry.server} + edit->mountEntry.serverAliases).join(QLatin1Char(' '));
    QProcess bash;
    bash.setWorkingDirectory(m_dir.path());
    const QByteArray script
        = "set -euo pipefail\nSTAMP=test\n" + NfsScripts::blockFunction() + "npufleet_edit_block \"$@\"\n";
    QStringList bashArgs {QStringLiteral("-c"), QString::fromUtf8(script), QStringLiteral("npufleet"),
                          edit ? QStringLiteral("set") : QStringLiteral("remove"), file};
    bash.start(QStringLiteral("bash"), bashArgs + args);
    if (edit) {
        QByteArray body;
        for (const QByteArray& line : edit->body())
            body += line + '\n';
        bash.write(body);
    }
    bash.closeWriteChannel();
    bash.waitForFinished(30000);
    QFile f(file);
    f.open(QIODevice::ReadOnly);
    return {f.readAll(), bash.exitCode()};
}

void TestNfsBlocks::linesRoundTrip_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("newline only") << QByteArray("\n");
    QTest::newRow("no final newline") << kFstabDebianNoNewline;
    QTest::newRow("crlf and blank lines") << kFstabOtherNfs;
    QTest::newRow("two blank lines at end") << QByteArray("a\n\n\n");
}

void TestNfsBlocks::linesRoundTrip()
{
    QFETCH(QByteArray, text);
    QCOMPARE(TextLines::split(text).join(), text);
}

void TestNfsBlocks::edit_data()
{
    QTest::addColumn<bool>("exports");
    QTest::addColumn<QByteArray>("original");
    QTest::addColumn<int>("reusedLine");
    QTest::addColumn<int>("conflictLine");

    QTest::newRow("fstab openEuler") << false << kFstabOpenEuler << 0 << 0;
    QTest::newRow("fstab tabs, no final newline") << false << kFstabDebianNoNewline << 0 << 0;
    QTest::newRow("fstab other nfs, crlf, commented copy") << false << kFstabOtherNfs << 0 << 0;
    QTest::newRow("fstab equivalent by hand") << false << kFstabEquivalentByHand << 2 << 0;
    QTest::newRow("fstab equivalent by node name") << false << kFstabEquivalentByName << 2 << 0;
    QTest::newRow("fstab conflict") << false << kFstabConflict << 0 << 2;
    QTest::newRow("fstab old block, no final newline") << false << kFstabOldBlockNoNewline << 0 << 0;
    QTest::newRow("fstab empty") << false << QByteArray() << 0 << 0;
    QTest::newRow("exports empty") << true << QByteArray() << 0 << 0;
    QTest::newRow("exports debian comments, tabs") << true << kExportsDebian << 0 << 0;
    QTest::newRow("exports equivalent, netmask, reordered") << true << kExportsEquivalent << 1 << 0;
    QTest::newRow("exports conflict") << true << kExportsConflict << 0 << 2;
    QTest::newRow("exports old block in the middle") << true << kExportsOldBlockInMiddle << 0 << 0;
}

void TestNfsBlocks::edit()
{
    QFETCH(bool, exports);
    QFETCH(QByteArray, original);
    QFETCH(int, reusedLine);
    QFETCH(int, conflictLine);
    const ConfigEdit edit = exports ? exportsEdit() : fstabEdit();

    const Result<EditOutcome> first = ConfigEditor::apply(original, edit);
    if (conflictLine > 0) {
        QVERIFY(!first);
        QCOMPARE(first.error().line, conflictLine);
        QCOMPARE(first.error().file, edit.path);
        if (m_haveShell) {
            const auto [text, code] = runScript(original, &edit);
            QCOMPARE(code, 4);
            QCOMPARE(text, original); // left as it was
        }
        return;
    }
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
    QCOMPARE(first->reusedLine, reusedLine);
    const QByteArray applied = first->text;

    // Exactly one entry: in the block, or the hand-written one.
    const QByteArrayList body = MarkedBlock::body(applied);
    QCOMPARE(applied.count(MarkedBlock::beginMarker()), reusedLine > 0 ? 0 : 1);
    if (reusedLine == 0)
        QCOMPARE(body, edit.body());

    // Lossless: every line outside the block, and the final newline (or its absence), stay.
    QCOMPARE(outside(applied), outside(original));

    // Idempotent: a second run changes nothing.
    const Result<EditOutcome> second = ConfigEditor::apply(applied, edit);
    QVERIFY(second);
    QVERIFY(!second->changed);
    QCOMPARE(second->text, applied);

    // Reversible: removing the block gives back the original (less any old block it had).
    const Result<EditOutcome> reverted = ConfigEditor::revert(applied);
    QVERIFY(reverted);
    const QByteArray expectedBack = MarkedBlock::remove(original).value();
    QCOMPARE(reverted->text, expectedBack);
    if (!original.contains(MarkedBlock::beginMarker()))
        QCOMPARE(reverted->text, original);

    // The exported scripts do the very same bytes.
    if (m_haveShell) {
        const auto [scripted, code] = runScript(original, &edit);
        QCOMPARE(code, 0);
        QCOMPARE(scripted, applied);
        const auto [again, code2] = runScript(applied, &edit);
        QCOMPARE(code2, 0);
        QCOMPARE(again, applied);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("target.npufleet-backup-test.%1")).arg(0)));
        const auto [removed, code3] = runScript(applied, nullptr);
        QCOMPARE(code3, 0);
        QCOMPARE(removed, expectedBack);
    }
}

void TestNfsBlocks::blocksCollapseAndReportDamage()
{
    const Result<EditOutcome> collapsed = ConfigEditor::apply(kExportsTwoBlocks, exportsEdit());
    QVERIFY(collapsed);
    QCOMPARE(collapsed->text.count(MarkedBlock::beginMarker()), 1);
    QVERIFY(collapsed->text.startsWith("# npufleet begin\n"));
    QVERIFY(collapsed->text.contains("/srv/a *(ro)\n"));

    const Result<EditOutcome> unclosed = ConfigEditor::apply(kExportsUnclosed, exportsEdit());
    QVERIFY(!unclosed);
    QCOMPARE(unclosed.error().line, 2);
    QVERIFY(!ConfigEditor::revert("# npufleet end\n"));
    if (m_haveShell) {
        const ConfigEdit edit = exportsEdit();
        const auto [text, code] = runScript(kExportsUnclosed, &edit);
        QCOMPARE(code, 3);
        QCOMPARE(text, kExportsUnclosed);
        const auto [text2, code2] = runScript(kExportsTwoBlocks, &edit);
        QCOMPARE(code2, 0);
        QCOMPARE(text2, collapsed->text);
    }
}

void TestNfsBlocks::changedMount_data()
{
    QTest::addColumn<QByteArray>("fstab");
    QTest::addColumn<QString>("unmount"); // what must be unmounted first; "!" = the block is damaged
    const QByteArray head = "/dev/sda1 / xfs defaults 0 0\n# npufleet begin\n# shared model folder\n";
    const QByteArray same = "172.16.33.106:/data/models /data/models nfs vers=3,hard,timeo=600,retrans=3,_netdev 0 0";
    const QString mp = QStringLiteral("/data/models");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("no block") << kFstabOpenEuler << QString();
    QTest::newRow("hand-written line, other options") << kFstabEquivalentByHand << QString();
    QTest::newRow("same entry") << head + same + "\n# npufleet end\n" << QString();
    QTest::newRow("same options reordered, tabs") << head
            + "172.16.33.106:/data/models/\t/data/models\tnfs\t_netdev,hard,vers=3,retrans=3,timeo=600 0 0\n"
              "# npufleet end" << QString();
    QTest::newRow("vers changed, no final newline") << kFstabOldBlockNoNewline << mp;
    QTest::newRow("option added") << head
            + "172.16.33.106:/data/models /data/models nfs vers=3,hard,timeo=600,_netdev 0 0\n# npufleet end\n"
                                  << mp;
    QTest::newRow("other server") << head
            + "172.16.33.107:/data/models /data/models nfs vers=3,hard,timeo=600,retrans=3,"
              "_netdev 0 0\n# npufleet end\n"
                                  << mp;
    QTest::newRow("other mount point, escaped space")
        << head + "172.16.33.106:/data/models /data/old\\040models nfs vers=3 0 0\n# npufleet end\n"
        << QStringLiteral("/data/old models");
    QTest::newRow("damaged block") << kFstabOldBlockNoNewline.left(kFstabOldBlockNoNewline.size() - 14)
                                   << QStringLiteral("!");
}

void TestNfsBlocks::changedMount()
{
    QFETCH(QByteArray, fstab);
    QFETCH(QString, unmount);
    const ConfigEdit edit = fstabEdit();
    const Result<QString> old = ConfigEditor::changedMount(fstab, edit);
    if (unmount == QLatin1String("!")) {
        QVERIFY(!old);
        QCOMPARE(old.error().file, edit.path);
    } else {
        QVERIFY2(old, qPrintable(old ? QString() : old.error().toString()));
        QCOMPARE(*old, unmount);
    }
    if (!m_haveShell)
        return;
    // The exported scripts decide the same, with mountpoint and umount stood in by functions.
    const QString file = m_dir.filePath(QStringLiteral("fstab"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(fstab);
    }
    const QByteArray script
        = "set -euo pipefail\nmountpoint() { return 0; }\numount() { [ \"$1\" != -- ] || shift; echo \"UMOUNT $1\"; }\n"
        + NfsScripts::blockFunction() + "npufleet_unmount_changed \"$@\"\n";
    const MountEntry& m = edit.mountEntry;
    QProcess bash;
    bash.start(QStringLiteral("bash"),
               {QStringLiteral("-c"), QString::fromUtf8(script), QStringLiteral("npufleet"), file, m.mountPoint,
                m.exportPath, m.server, m.options});
    QVERIFY(bash.waitForFinished(30000));
    const QByteArray out = bash.readAllStandardOutput();
    if (unmount == QLatin1String("!"))
        QCOMPARE(bash.exitCode(), 3);
    else if (unmount.isEmpty())
        QVERIFY2(bash.exitCode() == 0 && !out.contains("UMOUNT"), out.constData());
    else
        QVERIFY2(bash.exitCode() == 0 && out.contains(QByteArray("UMOUNT " + unmount.toUtf8() + '\n')),
                 out.constData());
}

void TestNfsBlocks::helpers()
{
    QCOMPARE(ConfigEditor::normalizeClient(QStringLiteral("10.0.0.0/255.255.0.0")), QStringLiteral("10.0.0.0/16"));
    QCOMPARE(ConfigEditor::normalizeClient(QStringLiteral("10.0.0.0/8")), QStringLiteral("10.0.0.0/8"));
    QCOMPARE(ConfigEditor::normalizeClient(QStringLiteral("*.lab")), QStringLiteral("*.lab"));
    QCOMPARE(ConfigEditor::optionSet(QStringLiteral("sync,rw,,rw")),
             QStringList({QStringLiteral("rw"), QStringLiteral("sync")}));
    QCOMPARE(ConfigEditor::normalizePath(QStringLiteral("/data/models//")), QStringLiteral("/data/models"));
    QCOMPARE(ConfigEditor::normalizePath(QStringLiteral("/")), QStringLiteral("/"));
    MountEntry m = fstabEdit().mountEntry;
    m.mountPoint = QStringLiteral("/data/my models");
    QCOMPARE(
        m.line(),
        QByteArray("172.16.33.106:/data/models /data/my\\040models nfs vers=3,hard,timeo=600,retrans=3,_netdev 0 0"));
    QCOMPARE(exportsEdit().exportEntry.line(),
             QByteArray("/data/models 172.16.33.0/24(rw,sync,no_root_squash,no_subtree_check)"));
}

QTEST_GUILESS_MAIN(TestNfsBlocks)
#include "tst_nfsblocks.moc"
