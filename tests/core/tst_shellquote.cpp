// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Property test: any string quoted by shell::quote reaches a command unchanged through bash.
#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

#include "core/util/ShellQuote.h"

using namespace npufleet;

namespace {
// Pieces that trouble shells, mixed at random with single characters.
const QStringList& pieces()
{
    static const QStringList p {
        QStringLiteral("'"),     QStringLiteral("\""),      QStringLiteral("$(id)"), QStringLiteral("`id`"),
        QStringLiteral("$HOME"), QStringLiteral("${x:-y}"), QStringLiteral("\n"),    QStringLiteral(" "),
        QStringLiteral("\t"),    QStringLiteral("模型"),    QStringLiteral("目录"),  QStringLiteral("!"),
        QStringLiteral("!!"),    QStringLiteral("*"),       QStringLiteral("?"),     QStringLiteral("["),
        QStringLiteral("-"),     QStringLiteral("--flag"),  QStringLiteral("~"),     QStringLiteral("~root"),
        QStringLiteral("\\"),    QStringLiteral(";"),       QStringLiteral("|"),     QStringLiteral("&"),
        QStringLiteral(">"),     QStringLiteral("<"),       QStringLiteral("#"),     QStringLiteral("{a,b}"),
        QStringLiteral("="),     QStringLiteral("%"),       QStringLiteral("é"),     QStringLiteral("\r"),
        QStringLiteral("😀")};
    return p;
}

QString randomWord(QRandomGenerator& rng)
{
    QString w;
    const int parts = int(rng.bounded(0, 8));
    for (int i = 0; i < parts; ++i) {
        if (rng.bounded(3) == 0)
            w += QChar(char16_t(rng.bounded(0x20, 0x7f))); // any printable ASCII
        else
            w += pieces().at(int(rng.bounded(qsizetype(pieces().size()))));
    }
    // Leading - and ~ are the interesting starts.
    if (rng.bounded(6) == 0)
        w.prepend(rng.bounded(2) ? QLatin1Char('-') : QLatin1Char('~'));
    return w;
}

// Runs `printf '%s\0' WORDS...` in bash and splits the output: one process for a whole batch.
QStringList echoThroughBash(const QStringList& words)
{
    QString script = QStringLiteral("printf '%s\\0'");
    for (const QString& w : words)
        script += QLatin1Char(' ') + shell::quote(w);
    QProcess p;
    p.start(QStringLiteral("bash"), {QStringLiteral("-c"), script});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {QStringLiteral("<bash failed: %1>").arg(QString::fromUtf8(p.readAllStandardError()))};
    QByteArray out = p.readAllStandardOutput();
    if (out.endsWith('\0'))
        out.chop(1);
    QStringList back;
    for (const QByteArray& b : out.split('\0'))
        back << QString::fromUtf8(b);
    return back;
}
} // namespace

class TestShellQuote : public QObject
{
    Q_OBJECT

private slots:
    void safeWordsStayBare();
    void knownWords_data();
    void knownWords();
    void randomWordsSurviveBash();
    void exportLineSurvivesBash();
};

void TestShellQuote::safeWordsStayBare()
{
    QCOMPARE(shell::quote(QStringLiteral("--tensor-parallel-size")), QStringLiteral("--tensor-parallel-size"));
    QCOMPARE(shell::quote(QStringLiteral("/models/Qwen3-30B-A3B")), QStringLiteral("/models/Qwen3-30B-A3B"));
    QCOMPARE(shell::quote(QString()), QStringLiteral("''"));
}

void TestShellQuote::knownWords_data()
{
    QTest::addColumn<QString>("word");
    QTest::newRow("space") << "/data/my models/x";
    QTest::newRow("single quote") << "it's";
    QTest::newRow("command substitution") << "$(rm -rf /)";
    QTest::newRow("backticks") << "`reboot`";
    QTest::newRow("newline") << "a\nb";
    QTest::newRow("chinese") << QStringLiteral("/模型/通义千问");
    QTest::newRow("tilde") << "~/x";
    QTest::newRow("history") << "wow!";
    QTest::newRow("json") << R"({"torchair_graph_config":{"enabled":true}})";
}

void TestShellQuote::knownWords()
{
    QFETCH(QString, word);
    QCOMPARE(echoThroughBash({word}), QStringList {word});
}

void TestShellQuote::randomWordsSurviveBash()
{
    QRandomGenerator rng(20260822);
    constexpr int kCases = 400;
    constexpr int kBatch = 100;
    for (int done = 0; done < kCases; done += kBatch) {
        QStringList words;
        for (int i = 0; i < kBatch; ++i)
            words << randomWord(rng);
        const QStringList back = echoThroughBash(words);
        QCOMPARE(back.size(), words.size());
        for (int i = 0; i < words.size(); ++i)
            QCOMPARE(back.at(i), words.at(i));
    }
}

void TestShellQuote::exportLineSurvivesBash()
{
    QRandomGenerator rng(7);
    QString script;
    QStringList values;
    for (int i = 0; i < 50; ++i) {
        values << randomWord(rng);
        script += shell::exportLine(QStringLiteral("V%1").arg(i), values.last()) + QLatin1Char('\n');
    }
    script += QStringLiteral("for i in $(seq 0 49); do v=\"V$i\"; printf '%s\\0' \"${!v}\"; done");
    QProcess p;
    p.start(QStringLiteral("bash"), {QStringLiteral("-c"), script});
    QVERIFY(p.waitForFinished(30000));
    QByteArray out = p.readAllStandardOutput();
    out.chop(1);
    QStringList back;
    for (const QByteArray& b : out.split('\0'))
        back << QString::fromUtf8(b);
    QCOMPARE(back, values);
}

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
