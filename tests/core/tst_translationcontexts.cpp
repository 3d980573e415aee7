// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Code outside a QObject class names its translation context by hand: QCoreApplication::translate("ctx", …),
// a context struct (PreflightText::tr, whose name is its context), or a local tr() helper. lupdate files
// a string under the context it infers, which for a free helper may be another one: then the Chinese
// text exists but is never found. This test reads those sources and looks every such string up in the
// built .qm, as the application does.

#include <QDirIterator>
#include <QFile>
#include <QTest>
#include <QTranslator>

#include "FixturePaths.h"
#include "TranslationLookups.h"

using npufleet::test::TranslationLookup;
using npufleet::test::translationLookupsIn;

class TestTranslationContexts : public QObject
{
    Q_OBJECT

private slots:
    void everyHandNamedContextFindsItsChinese()
    {
        QTranslator zh;
        const QString qm = QStringLiteral(NPUFLEET_BINARY_DIR "/npufleet_zh_CN.qm");
        QVERIFY2(zh.load(qm), qPrintable(qm));
        QStringList missing;
        int checked = 0;
        for (const char* folder : {"core", "ui", "app"}) {
            QDirIterator it(QStringLiteral(NPUFLEET_SOURCE_DIR "/") + QLatin1String(folder), {QStringLiteral("*.cpp")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                for (const TranslationLookup& l : translationLookupsIn(it.next())) {
                    ++checked;
                    if (zh.translate(qPrintable(l.context), qPrintable(l.source), nullptr, 1).isEmpty())
                        missing << QStringLiteral("%1: [%2] %3")
                                       .arg(l.file.section(QLatin1Char('/'), -2), l.context, l.source.left(60));
                }
            }
        }
        QVERIFY(checked > 100);
        QVERIFY2(
            missing.isEmpty(),
            qPrintable(
                QStringLiteral("%1 of %2 strings are not found under their context:\n").arg(missing.size()).arg(checked)
                + missing.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslationContexts)
#include "tst_translationcontexts.moc"
