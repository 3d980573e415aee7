// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QComboBox>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

#include "core/project/DemoProjects.h"
#include "core/project/Project.h"
#include "core/serving/Conversation.h"

#include "ui/playground/ChatColumn.h"
#include "ui/playground/ConversationView.h"
#include "ui/playground/EndpointPicker.h"
#include "ui/playground/MessageView.h"
#include "ui/playground/PlaygroundPane.h"
#include "ui/playground/PromptEdit.h"
#include "ui/playground/SamplingPanel.h"

#include "Fixtures.h"
#include "HttpFixture.h"

using namespace npufleet;
using namespace npufleet::ui;
using npufleet::test::HttpFixture;
using npufleet::test::HttpResponse;

namespace {

QByteArray chunk(const QString& content, const QString& reasoning = {})
{
    QJsonObject delta;
    if (!content.isEmpty())
        delta.insert(QStringLiteral("content"), content);
    if (!reasoning.isEmpty())
        delta.insert(QStringLiteral("reasoning_content"), reasoning);
    const QJsonObject obj {{QStringLiteral("model"), QStringLiteral("qwen3-30b-a3b")},
                           {QStringLiteral("choices"),
                            QJsonArray {QJsonObject {{QStringLiteral("index"), 0}, {QStringLiteral("delta"), delta}}}}};
    return "data: " + QJsonDocument(obj).toJson(QJsonDocument::Compact) + "\n\n";
}

const QString kQuestion = QStringLiteral("用几句话介绍昇腾 910B，并给一个调用 OpenAI 接口的 Python 例子。");
const QString kThinking = QStringLiteral("用户想了解昇腾 910B，还要一个 Python 示例。先讲硬件要点，再给出代码。");
const QString kAnswer
    = QStringLiteral("### 昇腾 910B 简介\n\n"
                     "昇腾 910B 是华为面向**大模型训练与推理**的 AI 处理器，Atlas 800I A2 每台配 8 颗：\n\n"
                     "- 每颗 **64 GB HBM**，适合部署 Qwen3、DeepSeek 等模型\n"
                     "- 通过 HCCS 与 RoCE 互联，支持张量并行与数据并行\n"
                     "- 推理框架：vLLM-Ascend、MindIE\n\n"
                     "| 项目 | 数值 |\n|---|---|\n| HBM | 64 GB |\n| 每节点 NPU | 8 |\n\n"
                     "```python\nfrom openai import OpenAI\n\n"
                     "client = OpenAI(base_url=\"http://172.16.33.106:8001/v1\", api_key=\"EMPTY\")\n"
                     "reply = client.chat.completions.create(\n"
                     "    model=\"qwen3-30b-a3b\",\n"
                     "    messages=[{\"role\": \"user\", \"content\": \"你好\"}],\n)\n"
                     "print(reply.choices[0].message.content)\n```\n");

// A streamed reply: thinking first, then the answer a few characters at a time, then usage.
HttpResponse chineseReply(int delayMs = 3)
{
    QList<QByteArray> pieces;
    for (qsizetype i = 0; i < kThinking.size(); i += 6)
        pieces << chunk({}, kThinking.mid(i, 6));
    for (qsizetype i = 0; i < kAnswer.size(); i += 5)
        pieces << chunk(kAnswer.mid(i, 5));
    pieces << "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}],"
              "\"usage\":{\"prompt_tokens\":31,\"completion_tokens\":214,\"total_tokens\":245}}\n\n"
           << "data: [DONE]\n\n";
    return HttpResponse::sse(pieces, delayMs);
}

MessageView* lastMessage(ChatColumn* c)
{
    return c->view()->message(c->view()->count() - 1);
}

} // namespace

class TestPlayground : public QObject
{
    Q_OBJECT

private:
    void pointAt(ChatColumn* c, const QString& model)
    {
        c->picker()->setCustomUrl(m_server.url(QStringLiteral("/v1")).toString());
        c->picker()->setModel(model);
    }
    QJsonObject lastBody() const { return QJsonDocument::fromJson(m_server.requests().last().body).object(); }

    HttpFixture m_server;
    project::Project m_project;

private slots:
    void initTestCase()
    {
        test::useFreshSettings();
        QVERIFY(m_server.start());
        auto demo = project::loadDemo(QStringLiteral("atlas-lab"));
        QVERIFY(demo.hasValue());
        m_project.reset(*demo, QString());
    }
    void init() { m_server.clear(); }

    void endpointPickerListsDeployments()
    {
        PlaygroundPane pane(&m_project, nullptr);
        QComboBox* box = pane.column(0)->picker()->endpointBox();
        QVERIFY(box->count() >= 2); // the deployments, then "Custom URL"
        QCOMPARE(pane.column(0)->picker()->urlEdit()->text(),
                 QStringLiteral("sim://atlas-106:8001/v1")); // the simulator
        QCOMPARE(pane.column(0)->picker()->model(), QStringLiteral("qwen3-30b-a3b"));
        QVERIFY(pane.column(0)->picker()->urlEdit()->isReadOnly());
    }

    void modelListFromServer()
    {
        m_server.setRoute("/v1/models",
                          HttpResponse::json(200, R"({"data":[{"id":"qwen3-30b-a3b"},{"id":"qwen3-8b"}]})"));
        PlaygroundPane pane(&m_project, nullptr);
        EndpointPicker* picker = pane.column(0)->picker();
        picker->setCustomUrl(m_server.url(QStringLiteral("/v1")).toString());
        picker->setModel(QStringLiteral("qwen3-8b"));
        picker->refreshModels();
        QTRY_COMPARE(picker->modelBox()->count(), 2);
        QCOMPARE(picker->model(), QStringLiteral("qwen3-8b")); // the choice survives the refresh
    }

    void sendsPromptAndStreamsChineseReply()
    {
        m_server.enqueue(chineseReply());
        PlaygroundPane pane(&m_project, nullptr);
        pane.resize(1180, 760);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        ChatColumn* col = pane.column(0);
        pointAt(col, QStringLiteral("qwen3-30b-a3b"));
        pane.column(0)->picker()->setApiKey(QStringLiteral("sk-local"));
        pane.sampling()->setSystemPrompt(QStringLiteral("你是部署在昇腾集群上的助手，用中文回答。"));
        // Chinese arrives from the input method as committed text, then Enter sends it.
        QInputMethodEvent typed;
        typed.setCommitString(kQuestion);
        QCoreApplication::sendEvent(pane.promptEdit(), &typed);
        QCOMPARE(pane.promptEdit()->toPlainText(), kQuestion);
        QTest::keyClick(pane.promptEdit(), Qt::Key_Return);

        QVERIFY(pane.isBusy());
        QVERIFY(pane.stopButton()->isEnabled());
        QVERIFY(!pane.sendButton()->isEnabled());
        QVERIFY(pane.promptEdit()->toPlainText().isEmpty());
        // Mid-stream the reply is already on screen, before the server is done.
        QTRY_VERIFY(lastMessage(col) && !lastMessage(col)->markdown().isEmpty() && pane.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!pane.isBusy(), 15000);

        MessageView* reply = lastMessage(col);
        QCOMPARE(reply->markdown(), kAnswer);
        QCOMPARE(reply->reasoning(), kThinking);
        QVERIFY(reply->body()->toPlainText().contains(QStringLiteral("64 GB HBM")));
        QVERIFY(!reply->body()->toPlainText().contains(QStringLiteral("**"))); // rendered, not raw Markdown
        const QString stats = reply->findChild<QLabel*>(QStringLiteral("statsLabel"))->text();
        QVERIFY2(stats.contains(QStringLiteral("TTFT")) && stats.contains(QStringLiteral("tok/s"))
                     && stats.contains(QStringLiteral("31 → 214")),
                 qPrintable(stats));
        QVERIFY(!reply->thinkingExpanded()); // folded once the answer came

        const QJsonObject body = lastBody();
        QCOMPARE(m_server.requests().last().header("Authorization"), QByteArray("Bearer sk-local"));
        const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(1).toObject().value(QStringLiteral("content")).toString(), kQuestion);
        QVERIFY(
            body.value(QStringLiteral("stream_options")).toObject().value(QStringLiteral("include_usage")).toBool());

        // Expand the thinking for the picture.
        reply->setThinkingExpanded(true);
        col->view()->verticalScrollBar()->setValue(0);
        QCoreApplication::processEvents();
        QVERIFY(pane.grab().save(npufleet::test::screenshotPath(QStringLiteral("playground-zh.png"))));
    }

    // While tokens stream the view follows the bottom; once the user scrolls up it stays put.
    void scrollFollowsUnlessUserScrolledUp()
    {
        QList<QByteArray> pieces;
        for (int i = 0; i < 120; ++i)
            pieces << chunk(QStringLiteral("第%1行：流式输出的内容。\n\n").arg(i));
        pieces << "data: [DONE]\n\n";
        PlaygroundPane pane(&m_project, nullptr);
        pane.resize(900, 500);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        ChatColumn* col = pane.column(0);
        pointAt(col, QStringLiteral("m"));
        QScrollBar* bar = col->view()->verticalScrollBar();

        m_server.enqueue(HttpResponse::sse(pieces, 4));
        QVERIFY(pane.send(QStringLiteral("长一点")));
        QTRY_VERIFY(!pane.isBusy());
        QVERIFY(bar->maximum() > 0);
        QTRY_COMPARE(bar->value(), bar->maximum()); // pinned to the newest text

        m_server.enqueue(HttpResponse::sse(pieces, 4));
        QVERIFY(pane.send(QStringLiteral("再来")));
        QTRY_VERIFY(bar->maximum() > 0 && col->conversation().turns.last().content.size() > 50);
        bar->setValue(10); // the user scrolls up to read
        QTRY_VERIFY(!pane.isBusy());
        QCOMPARE(bar->value(), 10);
    }

    void stopKeepsPartialReply()
    {
        HttpResponse hang = HttpResponse::sse({chunk(QStringLiteral("一半"))});
        hang.ending = HttpResponse::Ending::Hang;
        m_server.enqueue(hang);
        PlaygroundPane pane(&m_project, nullptr);
        pointAt(pane.column(0), QStringLiteral("m"));
        QVERIFY(pane.send(QStringLiteral("写一首长诗")));
        QTRY_COMPARE(pane.column(0)->conversation().turns.last().content, QStringLiteral("一半"));
        QTest::mouseClick(pane.stopButton(), Qt::LeftButton);
        QVERIFY(!pane.isBusy());
        const serving::ChatTurn& last = pane.column(0)->conversation().turns.last();
        QCOMPARE(last.content, QStringLiteral("一半"));
        QVERIFY(!last.error.isEmpty());
        QTRY_VERIFY(lastMessage(pane.column(0))->findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisibleTo(&pane));
    }

    void serverErrorIsShown()
    {
        m_server.enqueue(HttpResponse::json(401, R"({"error":{"message":"Invalid API key","type":"auth"}})"));
        PlaygroundPane pane(&m_project, nullptr);
        pointAt(pane.column(0), QStringLiteral("m"));
        QVERIFY(pane.send(QStringLiteral("hi")));
        QTRY_VERIFY(!pane.isBusy());
        QVERIFY(pane.column(0)->conversation().turns.last().error.contains(QStringLiteral("Invalid API key")));
    }

    void regenerateAndEditAndResend()
    {
        PlaygroundPane pane(&m_project, nullptr);
        ChatColumn* col = pane.column(0);
        pointAt(col, QStringLiteral("m"));
        m_server.enqueue(HttpResponse::sse({chunk(QStringLiteral("一")), "data: [DONE]\n\n"}));
        m_server.enqueue(HttpResponse::sse({chunk(QStringLiteral("二")), "data: [DONE]\n\n"}));
        QVERIFY(pane.send(QStringLiteral("问题一")));
        QTRY_VERIFY(!pane.isBusy());
        QVERIFY(pane.send(QStringLiteral("问题二")));
        QTRY_VERIFY(!pane.isBusy());
        QCOMPARE(col->conversation().turns.size(), 4);
        QCOMPARE(lastBody().value(QStringLiteral("messages")).toArray().size(), 3);

        // Regenerate: the last reply is asked for again with the same history.
        m_server.enqueue(HttpResponse::sse({chunk(QStringLiteral("二again")), "data: [DONE]\n\n"}));
        pane.regenerate();
        QTRY_VERIFY(!pane.isBusy());
        QCOMPARE(col->conversation().turns.size(), 4);
        QCOMPARE(col->conversation().turns.last().content, QStringLiteral("二again"));
        QCOMPARE(lastBody().value(QStringLiteral("messages")).toArray().size(), 3);

        // Edit the first question: it and everything after it is replaced.
        emit col->view()->editRequested(0);
        QCOMPARE(pane.promptEdit()->toPlainText(), QStringLiteral("问题一"));
        m_server.enqueue(HttpResponse::sse({chunk(QStringLiteral("新")), "data: [DONE]\n\n"}));
        QVERIFY(pane.send(QStringLiteral("改过的问题")));
        QTRY_VERIFY(!pane.isBusy());
        QCOMPARE(col->conversation().turns.size(), 2);
        QCOMPARE(col->conversation().turns.first().content, QStringLiteral("改过的问题"));
        QCOMPARE(lastBody().value(QStringLiteral("messages")).toArray().size(), 1);

        // Input history: Ctrl+Up brings back what was sent.
        QTest::keyClick(pane.promptEdit(), Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(pane.promptEdit()->toPlainText(), QStringLiteral("改过的问题"));
        QTest::keyClick(pane.promptEdit(), Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(pane.promptEdit()->toPlainText(), QStringLiteral("问题二"));
        QTest::keyClick(pane.promptEdit(), Qt::Key_Down, Qt::ControlModifier);
        QTest::keyClick(pane.promptEdit(), Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(pane.promptEdit()->toPlainText(), QString());
    }

    void compareTwoModels()
    {
        PlaygroundPane pane(&m_project, nullptr);
        pane.setCompare(true);
        pointAt(pane.column(0), QStringLiteral("model-a"));
        pointAt(pane.column(1), QStringLiteral("model-b"));
        m_server.enqueue(HttpResponse::sse({chunk(QStringLiteral("甲")), "data: [DONE]\n\n"}, 5));
        m_server.enqueue(HttpResponse::sse({chunk(QStringLiteral("乙")), "data: [DONE]\n\n"}, 5));
        QVERIFY(pane.send(QStringLiteral("比较一下")));
        QTRY_VERIFY(!pane.isBusy());
        QCOMPARE(m_server.requests().size(), 2);
        QStringList models;
        for (const auto& r : m_server.requests())
            models << QJsonDocument::fromJson(r.body).object().value(QStringLiteral("model")).toString();
        models.sort();
        QCOMPARE(models, (QStringList {QStringLiteral("model-a"), QStringLiteral("model-b")}));
        QStringList answers {pane.column(0)->conversation().turns.last().content,
                             pane.column(1)->conversation().turns.last().content};
        answers.sort();
        QCOMPARE(answers, (QStringList {QStringLiteral("乙"), QStringLiteral("甲")}));
    }

    void saveOpenAndExport()
    {
        QTemporaryDir dir;
        PlaygroundPane pane(&m_project, nullptr);
        pointAt(pane.column(0), QStringLiteral("qwen3"));
        pane.column(0)->picker()->setApiKey(QStringLiteral("sk-never-saved"));
        pane.sampling()->setSystemPrompt(QStringLiteral("简洁"));
        serving::SamplingParams p;
        p.temperature = 0.7;
        p.seed = 7;
        p.stop = {QStringLiteral("</end>")};
        pane.sampling()->setParams(p);
        m_server.enqueue(chineseReply(0));
        QVERIFY(pane.send(kQuestion));
        QTRY_VERIFY(!pane.isBusy());

        const QString json = dir.filePath(QStringLiteral("chat.json"));
        QVERIFY(pane.saveTo(json));
        QFile saved(json);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray bytes = saved.readAll();
        QVERIFY(!bytes.contains("sk-never-saved"));

        PlaygroundPane other(nullptr, nullptr);
        QVERIFY(other.openFrom(json));
        const serving::Conversation& c = other.column(0)->conversation();
        QCOMPARE(c.turns.size(), 2);
        QCOMPARE(c.turns.at(1).content, kAnswer);
        QCOMPARE(c.turns.at(1).reasoning, kThinking);
        QCOMPARE(c.turns.at(1).stats.completionTokens, 214);
        QCOMPARE(other.sampling()->systemPrompt(), QStringLiteral("简洁"));
        QCOMPARE(other.sampling()->params(), p);
        QCOMPARE(other.column(0)->view()->count(), 2);

        const QString md = dir.filePath(QStringLiteral("chat.md"));
        QVERIFY(pane.exportMarkdown(md));
        QFile exported(md);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(exported.readAll());
        QVERIFY(text.contains(kQuestion));
        QVERIFY(text.contains(kAnswer));
        QVERIFY(!text.contains(QStringLiteral("sk-never-saved")));
    }
};

QTEST_MAIN(TestPlayground)
#include "tst_playground.moc"
