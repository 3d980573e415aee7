// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The model and node dialogs refuse, as the user types, the values that the project reader would refuse:
// the GUI cannot save a project that no longer opens, nor hand a runner a value the gate stops.
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QtTest>

#include "ui/assign/ModelEditDialog.h"
#include "ui/dialogs/NodeDialog.h"

#include "Fixtures.h"
#include "ProjectTestKit.h"

using namespace npufleet;
using namespace npufleet::ui;

namespace {

project::ModelSource model(const QString& path)
{
    project::ModelSource m;
    m.id = QStringLiteral("qwen3-8b");
    m.name = QStringLiteral("Qwen3-8B");
    m.path = path;
    return m;
}

cluster::Node node(const QString& user)
{
    cluster::Node n;
    n.name = QStringLiteral("atlas-106");
    n.host = QStringLiteral("172.16.33.106");
    n.user = user;
    return n;
}

bool okEnabled(const QDialog& dialog)
{
    const auto* buttons = dialog.findChild<QDialogButtonBox*>();
    return buttons && buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

// The visible text that says why OK is off.
QString shownProblem(const QDialog& dialog)
{
    for (const QLabel* label : dialog.findChildren<QLabel*>()) {
        if (label->isVisibleTo(&dialog) && label->text().contains(QLatin1String("refused")))
            return label->text();
    }
    return {};
}

} // namespace

class TestValueGateDialogs : public QObject
{
    Q_OBJECT

private slots:
    void modelPathIsGated()
    {
        ModelEditDialog good(model(QStringLiteral("/data/my models/Qwen3-8B")), {});
        QVERIFY2(good.problem().isEmpty(), qPrintable(good.problem()));
        ModelEditDialog bad(model(QStringLiteral("-delete")), {});
        QVERIFY(bad.problem().contains(QLatin1String("path: refused \"-delete\"")));
        QVERIFY(!okEnabled(bad));
        ModelEditDialog escape(model(QStringLiteral("/data/../etc")), {});
        QVERIFY(escape.problem().contains(QLatin1String("'..'")));
        QVERIFY(test::showAt(bad, 520, 360));
        QVERIFY(bad.grab().save(test::screenshotPath(QStringLiteral("model-dialog-refused-path.png"))));
    }

    void nodeUserIsGated()
    {
        NodeDialog good(node(QStringLiteral("ascend")), {});
        QVERIFY(okEnabled(good));
        NodeDialog bad(node(QStringLiteral("-oProxyCommand=sh")), {});
        QVERIFY(!okEnabled(bad));
        QVERIFY(test::showAt(bad, 520, 560));
        QVERIFY2(shownProblem(bad).contains(QLatin1String("user: refused")), qPrintable(shownProblem(bad)));
        QVERIFY(bad.grab().save(test::screenshotPath(QStringLiteral("node-dialog-refused-user.png"))));
    }

    // How a node's containers get NPUs is a node property the dialog edits (pre-flight only detects it).
    void nodeNpuAccessIsEdited()
    {
        cluster::Node n = node(QStringLiteral("ascend"));
        n.npuAccess = cluster::NpuAccess::AscendRuntime;
        NodeDialog dialog(n, {});
        auto* access = dialog.findChild<QComboBox*>(QStringLiteral("npuAccess"));
        QVERIFY(access);
        QCOMPARE(dialog.node().npuAccess, cluster::NpuAccess::AscendRuntime);
        access->setCurrentIndex(access->findData(int(cluster::NpuAccess::Devices)));
        QCOMPARE(dialog.node().npuAccess, cluster::NpuAccess::Devices);
    }
};

QTEST_MAIN(TestValueGateDialogs)
#include "tst_valuegatedialogs.moc"
