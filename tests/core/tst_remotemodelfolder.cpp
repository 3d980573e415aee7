// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A model folder on a node is read over real SSH (config.json, the index, the quantization description),
// parsed as a local one, and refused with the node and the folder named when it is not a model; the demo
// simulator answers the same steps from the catalog.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/model/QuantSpec.h"
#include "core/model/RemoteModelFolder.h"
#include "core/project/DemoProjects.h"
#include "core/remote/SshTransport.h"
#include "core/sim/SimulatedTransport.h"

#include "Fixtures.h"
#include "SshdFixture.h"

using namespace npufleet;
using npufleet::test::SshdFixture;

namespace {

void writeFile(const QString& path, const QByteArray& body)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(body);
}

} // namespace

class TestRemoteModelFolder : public QObject
{
    Q_OBJECT

private:
    SshdFixture m_cluster {1};
    std::shared_ptr<remote::SshTransport> m_transport;
    QTemporaryDir m_models; // what the node sees (the sshd runs on this machine)

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        remote::SshTransportOptions o = m_cluster.transportOptions();
        m_transport = std::make_shared<remote::SshTransport>(o);

        const QString w8a8 = m_models.filePath(QStringLiteral("Qwen3-30B-A3B-W8A8"));
        QVERIFY(QDir().mkpath(w8a8));
        writeFile(w8a8 + QStringLiteral("/config.json"),
                  test::fixtureBody(QStringLiteral("models/Qwen3-30B-A3B.config.json")));
        writeFile(w8a8 + QStringLiteral("/quant_model_description_w8a8_dynamic.json"),
                  "{\"model_quant_type\": \"W8A8_DYNAMIC\", \"model.embed_tokens.weight\": \"FLOAT\", "
                  "\"model.layers.0.mlp.experts.0.up_proj.weight\": \"W8A8_DYNAMIC\"}");
        writeFile(w8a8 + QStringLiteral("/model-00001-of-00002.safetensors"), QByteArray(3000, '\0'));
        writeFile(w8a8 + QStringLiteral("/model-00002-of-00002.safetensors"), QByteArray(1000, '\0'));

        const QString indexed = m_models.filePath(QStringLiteral("-delete"));
        QVERIFY(QDir().mkpath(indexed));
        writeFile(indexed + QStringLiteral("/config.json"),
                  test::fixtureBody(QStringLiteral("models/DeepSeek-R1.config.json")));
        writeFile(indexed + QStringLiteral("/model.safetensors.index.json"),
                  "{\"metadata\": {\"total_size\": 688586727753}, \"weight_map\": {}}");
        QVERIFY(QDir().mkpath(m_models.filePath(QStringLiteral("empty"))));
    }
    void cleanupTestCase()
    {
        m_transport.reset();
        m_cluster.stop();
    }

    void readsConfigQuantizationAndSizes()
    {
        std::atomic_bool cancel {false};
        const QString folder = m_models.filePath(QStringLiteral("Qwen3-30B-A3B-W8A8"));
        const Result<model::LoadedModel> m
            = model::RemoteModelFolder::read(*m_transport, m_cluster.node(0), folder, cancel);
        QVERIFY2(m, qPrintable(m ? QString() : m.error().toString()));
        QCOMPARE(m->spec.name, QStringLiteral("Qwen3-30B-A3B-W8A8"));
        QCOMPARE(m->spec.quant.scheme, model::QuantScheme::W8A8);
        QCOMPARE(m->spec.numLayers, 48);
        QVERIFY(m->files.found);
        QCOMPARE(m->files.totalBytes, 4000.0); // no index: the shards' sizes from the listing
        QCOMPARE(m->origin, m_cluster.node(0).name + QLatin1Char(':') + folder);
    }

    // A folder named like an option stays a folder; the index's total is taken.
    void readsTheIndexOfAFolderNamedLikeAnOption()
    {
        std::atomic_bool cancel {false};
        const Result<model::LoadedModel> m = model::RemoteModelFolder::read(
            *m_transport, m_cluster.node(0), m_models.filePath(QStringLiteral("-delete")), cancel);
        QVERIFY2(m, qPrintable(m ? QString() : m.error().toString()));
        QCOMPARE(m->files.totalBytes, 688586727753.0);
        QVERIFY(QDir(m_models.filePath(QStringLiteral("-delete"))).exists());
    }

    void refusesWhatIsNotAModel_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("message");
        QTest::newRow("no config") << m_models.filePath(QStringLiteral("empty"))
                                   << QStringLiteral("has no config.json");
        QTest::newRow("missing") << m_models.filePath(QStringLiteral("nowhere"))
                                 << QStringLiteral("cannot list the folder");
        QTest::newRow("relative") << QStringLiteral("models/x") << QStringLiteral("absolute path");
    }
    void refusesWhatIsNotAModel()
    {
        QFETCH(QString, folder);
        QFETCH(QString, message);
        std::atomic_bool cancel {false};
        const Result<model::LoadedModel> m
            = model::RemoteModelFolder::read(*m_transport, m_cluster.node(0), folder, cancel);
        QVERIFY(!m);
        QVERIFY2(m.error().message.contains(message), qPrintable(m.error().message));
        QCOMPARE(m.error().node, m_cluster.node(0).name);
    }

    // The demo answers from the catalog: a folder named after a catalog model holds its config.
    void demoNodesAnswerFromTheCatalog()
    {
        const auto demo = project::loadDemo(QStringLiteral("atlas-lab"));
        QVERIFY(demo);
        sim::SimulatedTransport transport(project::demoSimulationFolder());
        std::atomic_bool cancel {false};
        const Result<model::LoadedModel> m = model::RemoteModelFolder::read(
            transport, demo->nodes.first(), QStringLiteral("/models/Qwen3-30B-A3B"), cancel);
        QVERIFY2(m, qPrintable(m ? QString() : m.error().toString()));
        QCOMPARE(m->spec.numLayers, 48);
        QVERIFY(!m->files.found); // the recorded index is not this model's: nothing claimed
        QVERIFY(
            !model::RemoteModelFolder::read(transport, demo->nodes.first(), QStringLiteral("/models/Unknown"), cancel));
    }
};

QTEST_MAIN(TestRemoteModelFolder)
#include "tst_remotemodelfolder.moc"
