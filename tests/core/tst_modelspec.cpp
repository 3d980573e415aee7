// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include "core/model/ConfigReader.h"
#include "core/model/ModelCatalog.h"
#include "core/model/ModelLoader.h"
#include "core/model/ParameterCount.h"
#include "core/model/WeightFiles.h"

#include "tests/support/Fixtures.h"

using namespace npufleet;
using namespace npufleet::model;

class TestModelSpec : public QObject
{
    Q_OBJECT

private:
    static ModelSpec readFixture(const QString& file)
    {
        Result<ModelSpec> spec = ConfigReader::readFile(test::fixturePath(QStringLiteral("models/") + file));
        if (!spec)
            qFatal("%s", qPrintable(spec.error().toString()));
        return *spec;
    }

    static void writeFile(const QString& path, const QByteArray& data)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }

private slots:
    // known-totals.md: every fixture config within 0.5% of its stated total.
    void fixtureTotals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("total");
        QTest::addColumn<double>("active");
        QTest::addColumn<double>("mtp");
        QTest::newRow("Llama-3.1-8B") << "Llama-3.1-8B.config.json" << 8030261248.0 << 8030261248.0 << 0.0;
        QTest::newRow("Qwen2.5-7B") << "Qwen2.5-7B-base.config.json" << 7615616512.0 << 7615616512.0 << 0.0;
        QTest::newRow("Qwen3-30B-A3B") << "Qwen3-30B-A3B.config.json" << 30532122624.0 << 3.3e9 << 0.0;
        QTest::newRow("DeepSeek-R1") << "DeepSeek-R1.config.json" << 671e9 << 37e9 << 11.5e9;
    }
    void fixtureTotals()
    {
        QFETCH(QString, file);
        QFETCH(double, total);
        QFETCH(double, active);
        QFETCH(double, mtp);
        const ParameterCount c = ParameterCount::count(readFixture(file));
        qInfo("%s: total %lld (%+.4f%%), active %lld, mtp %lld", qPrintable(file), c.total, (c.total / total - 1) * 100,
              c.active, c.mtp);
        QVERIFY2(qAbs(c.total / total - 1) < 0.005, qPrintable(QString::number(c.total)));
        QVERIFY2(qAbs(c.active / active - 1) < 0.03, qPrintable(QString::number(c.active)));
        if (mtp == 0)
            QCOMPARE(c.mtp, 0);
        else
            QVERIFY2(qAbs(c.mtp / mtp - 1) < 0.02, qPrintable(QString::number(c.mtp)));
    }

    void exactDenseCounts()
    {
        QCOMPARE(ParameterCount::count(readFixture(QStringLiteral("Llama-3.1-8B.config.json"))).total, 8030261248LL);
        QCOMPARE(ParameterCount::count(readFixture(QStringLiteral("Qwen2.5-7B-base.config.json"))).total, 7615616512LL);
        QCOMPARE(ParameterCount::count(readFixture(QStringLiteral("Qwen3-30B-A3B.config.json"))).total, 30532122624LL);
    }

    void deepseekShape()
    {
        const ModelSpec s = readFixture(QStringLiteral("DeepSeek-R1.config.json"));
        QCOMPARE(s.family, ArchitectureFamily::DeepseekMla);
        QCOMPARE(s.countMoeLayers(), 58);
        QVERIFY(s.routerBias);
        QCOMPARE(s.numMtpLayers, 1);
        QCOMPARE(s.quant.scheme, QuantScheme::Fp8);
        QVERIFY(s.quant.blockFp8);
        QCOMPARE(s.qLoraRank, 1536);
    }

    // Public totals of the catalog's models (model cards, rounded): within 1%.
    void catalogTotals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("total");
        QTest::newRow("Qwen3-0.6B") << "Qwen3-0.6B" << 0.596e9;
        QTest::newRow("Qwen3-8B") << "qwen3-8b" << 8.19e9;
        QTest::newRow("Qwen3-32B") << "Qwen/Qwen3-32B" << 32.8e9;
        QTest::newRow("Qwen3-235B-A22B") << "Qwen3-235B-A22B" << 235.09e9;
        QTest::newRow("Qwen2.5-0.5B") << "Qwen2.5-0.5B-Instruct" << 0.494e9;
        QTest::newRow("Qwen2.5-32B") << "Qwen2.5-32B-Instruct" << 32.76e9;
        QTest::newRow("Qwen2.5-72B") << "Qwen2.5-72B-Instruct" << 72.7e9;
        QTest::newRow("Coder-32B") << "qwen/qwen2.5-coder-32b-instruct" << 32.76e9;
        QTest::newRow("Llama-3.1-70B") << "meta-llama/Llama-3.1-70B-Instruct" << 70.55e9;
        QTest::newRow("Mixtral-8x7B") << "Mixtral-8x7B-Instruct-v0.1" << 46.70e9;
        QTest::newRow("DeepSeek-V2-Lite") << "DeepSeek-V2-Lite-Chat" << 15.71e9;
        QTest::newRow("DeepSeek-V3") << "deepseek-ai/DeepSeek-V3" << 671e9;
        QTest::newRow("DeepSeek-R1-W8A8") << "DeepSeek-R1-0528-W8A8" << 671e9;
    }
    void catalogTotals()
    {
        QFETCH(QString, name);
        QFETCH(double, total);
        Result<LoadedModel> m = ModelLoader::load(name);
        QVERIFY2(m.hasValue(), qPrintable(m ? QString() : m.error().toString()));
        qInfo("%s: %lld", qPrintable(m->spec.name), m->params.total);
        QVERIFY2(qAbs(m->params.total / total - 1) < 0.01, qPrintable(QString::number(m->params.total)));
        QVERIFY(m->spec.warnings.isEmpty());
    }

    void catalogListsRequiredModels()
    {
        const QStringList required {QStringLiteral("Qwen3-8B"),
                                    QStringLiteral("Qwen3-32B"),
                                    QStringLiteral("Qwen3-30B-A3B"),
                                    QStringLiteral("Qwen3-235B-A22B"),
                                    QStringLiteral("Qwen2.5-7B-Instruct"),
                                    QStringLiteral("Qwen2.5-32B-Instruct"),
                                    QStringLiteral("Qwen2.5-72B-Instruct"),
                                    QStringLiteral("Qwen2.5-Coder-32B-Instruct"),
                                    QStringLiteral("DeepSeek-V3"),
                                    QStringLiteral("DeepSeek-R1-0528"),
                                    QStringLiteral("DeepSeek-R1-0528-W8A8"),
                                    QStringLiteral("Llama-3.1-8B"),
                                    QStringLiteral("Llama-3.1-70B")};
        for (const QString& name : required) {
            const std::optional<CatalogEntry> e = ModelCatalog::find(name.toLower());
            QVERIFY2(e.has_value(), qPrintable(name));
            QVERIFY(!e->hubId.isEmpty());
            QVERIFY(ModelCatalog::load(*e).hasValue());
        }
        QCOMPARE(ModelCatalog::find(QStringLiteral("DeepSeek-R1-0528-W8A8"))->quant, QStringLiteral("w8a8"));
        QCOMPARE(ModelCatalog::load(*ModelCatalog::find(QStringLiteral("DeepSeek-R1-0528-W8A8")))->quant.scheme,
                 QuantScheme::W8A8);
        QVERIFY(!ModelCatalog::find(QStringLiteral("no-such-model")).has_value());
    }

    void qLoraNullMeansPlainQProj()
    {
        const ModelSpec s = *ModelCatalog::load(*ModelCatalog::find(QStringLiteral("DeepSeek-V2-Lite-Chat")));
        QCOMPARE(s.qLoraRank, 0);
        QVERIFY(!s.routerBias);
        QCOMPARE(s.countMoeLayers(), 26);
    }

    void brokenConfigs_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("syntax") << QByteArray("{\n  \"hidden_size\": 4096,\n  \"num_hidden_layers\" 32\n}") << "JSON"
                                << 3 << 24; // Qt reports the offset just after the bad token
        QTest::newRow("missing") << QByteArray(
            "{\"num_hidden_layers\": 2, \"num_attention_heads\": 2, \"vocab_size\": 10}")
                                 << "hidden_size" << 0 << 0;
        QTest::newRow("wrong type") << QByteArray("{\n\"hidden_size\": \"4096\",\n\"num_hidden_layers\": 2,\n"
                                                  "\"num_attention_heads\": 2, \"vocab_size\": 10}")
                                    << "hidden_size" << 2 << 1;
        QTest::newRow("fraction") << QByteArray("{\"hidden_size\": 64, \"num_hidden_layers\": 2.5, "
                                                "\"num_attention_heads\": 2, \"vocab_size\": 10}")
                                  << "num_hidden_layers" << 1 << 21;
        QTest::newRow("moe without size")
            << QByteArray("{\"model_type\": \"qwen3_moe\", \"hidden_size\": 64, \"num_hidden_layers\": 2, "
                          "\"num_attention_heads\": 2, \"vocab_size\": 10, \"num_experts\": 4}")
            << "moe_intermediate_size" << 0 << 0;
        QTest::newRow("not an object") << QByteArray("[1, 2]") << "object" << 0 << 0;
    }
    void brokenConfigs()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        QFETCH(int, line);
        QFETCH(int, column);
        const Result<ModelSpec> spec = ConfigReader::parse(json, QStringLiteral("/m/config.json"));
        QVERIFY(!spec.hasValue());
        const QString text = spec.error().toString();
        QVERIFY2(text.contains(mentions), qPrintable(text));
        QVERIFY2(text.startsWith(QStringLiteral("/m/config.json")), qPrintable(text));
        QCOMPARE(spec.error().line, line);
        QCOMPARE(spec.error().column, column);
    }

    void unknownArchitectureFallsBack()
    {
        const QByteArray json = "{\"architectures\": [\"FancyNewForCausalLM\"], \"hidden_size\": 1024, "
                                "\"intermediate_size\": 4096, \"num_hidden_layers\": 4, \"num_attention_heads\": 8, "
                                "\"vocab_size\": 1000}";
        const Result<ModelSpec> spec = ConfigReader::parse(json, QStringLiteral("config.json"));
        QVERIFY(spec.hasValue());
        QCOMPARE(spec->family, ArchitectureFamily::Generic);
        QCOMPARE(spec->warnings.size(), 1);
        QVERIFY(spec->warnings.first().contains(QStringLiteral("FancyNewForCausalLM")));
        // embed + head + 4 x (4 x 1024^2 attention + 3 x 1024 x 4096 MLP + 2 x 1024 norms) + final norm
        QCOMPARE(ParameterCount::count(*spec).total,
                 2 * 1000 * 1024 + 4 * (4 * 1024 * 1024 + 3 * 1024 * 4096 + 2048) + 1024);
    }

    void lineColumn()
    {
        int line = 0;
        int column = 0;
        ConfigReader::lineColumn("ab\ncd\nef", 4, &line, &column);
        QCOMPARE(line, 2);
        QCOMPARE(column, 2);
    }

    void safetensorsHeadersWin()
    {
        QTemporaryDir dir;
        const QByteArray config = test::fixtureBody(QStringLiteral("models/Llama-3.1-8B.config.json"));
        writeFile(dir.filePath(QStringLiteral("config.json")), config);
        // A header-only shard: two tensors, 1000 + 24 bytes (the data itself is not needed).
        const QByteArray header
            = "{\"model.embed_tokens.weight\":{\"dtype\":\"BF16\",\"shape\":[500],\"data_offsets\":[0,1000]},"
              "\"model.layers.0.mlp.down_proj.weight\":{\"dtype\":\"BF16\",\"shape\":[12],"
              "\"data_offsets\":[1000,1024]},\"__metadata__\":{\"format\":\"pt\"}}";
        QByteArray file(8, '\0');
        qToLittleEndian<quint64>(static_cast<quint64>(header.size()), file.data());
        file += header + QByteArray(1024, '\0');
        writeFile(dir.filePath(QStringLiteral("model.safetensors")), file);
        Result<LoadedModel> m = ModelLoader::load(dir.path());
        QVERIFY2(m.hasValue(), qPrintable(m ? QString() : m.error().toString()));
        QVERIFY(m->files.found);
        QVERIFY(m->files.perPart);
        QCOMPARE(m->files.totalBytes, 1024.0);
        QCOMPARE(m->files.partBytes[WeightPart::Embedding], 1000.0);
        QCOMPARE(m->files.partBytes[WeightPart::DenseMlp], 24.0);
    }

    void indexTotalSize()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("config.json")),
                  test::fixtureBody(QStringLiteral("models/DeepSeek-R1.config.json")));
        writeFile(dir.filePath(QStringLiteral("model.safetensors.index.json")),
                  "{\"metadata\": {\"total_size\": 688586727753}, \"weight_map\": {"
                  "\"model.layers.61.eh_proj.weight\": \"model-00163-of-000163.safetensors\", "
                  "\"model.embed_tokens.weight\": \"model-00001-of-000163.safetensors\"}}");
        Result<LoadedModel> m = ModelLoader::load(dir.filePath(QStringLiteral("config.json")));
        QVERIFY(m.hasValue());
        QVERIFY(m->files.found);
        QVERIFY(!m->files.perPart); // the shards are not there: only the total is known
        QVERIFY(m->files.hasMtpTensors);
        QCOMPARE(m->files.totalBytes, 688586727753.0);
    }

    void quantDescription()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("config.json")),
                  test::fixtureBody(QStringLiteral("models/Qwen3-30B-A3B.config.json")));
        writeFile(dir.filePath(QStringLiteral("quant_model_description_w8a8_dynamic.json")),
                  "{\"model_quant_type\": \"W8A8_DYNAMIC\", \"model.embed_tokens.weight\": \"FLOAT\", "
                  "\"model.layers.0.self_attn.q_proj.weight\": \"W8A8_DYNAMIC\", "
                  "\"model.layers.0.self_attn.k_proj.weight\": \"FLOAT\", "
                  "\"model.layers.0.mlp.gate.weight\": \"FLOAT\", "
                  "\"model.layers.0.mlp.experts.0.up_proj.weight\": \"W8A8_DYNAMIC\", "
                  "\"model.layers.0.input_layernorm.weight\": \"FLOAT\", \"lm_head.weight\": \"FLOAT\"}");
        Result<LoadedModel> m = ModelLoader::load(dir.path());
        QVERIFY(m.hasValue());
        const QuantSpec& q = m->spec.quant;
        QCOMPARE(q.scheme, QuantScheme::W8A8);
        QVERIFY(q.isQuantized(WeightPart::RoutedExperts));
        QVERIFY(q.isQuantized(WeightPart::AttnSplit));
        QVERIFY(!q.isQuantized(WeightPart::AttnKv));
        QVERIFY(!q.isQuantized(WeightPart::Router));
        QVERIFY(!q.isQuantized(WeightPart::Embedding));
        QCOMPARE(q.bytesPerParam(WeightPart::RoutedExperts, 2), 1.0);
        QCOMPARE(q.bytesPerParam(WeightPart::AttnKv, 2), 2.0);
    }

    void quantizationConfig()
    {
        const QByteArray json
            = "{\"model_type\": \"qwen2\", \"hidden_size\": 64, \"intermediate_size\": 128, "
              "\"num_hidden_layers\": 2, \"num_attention_heads\": 2, \"vocab_size\": 10, "
              "\"quantization_config\": {\"quant_method\": \"awq\", \"bits\": 4, \"group_size\": 128}}";
        const Result<ModelSpec> spec = ConfigReader::parse(json, QStringLiteral("config.json"));
        QVERIFY(spec.hasValue());
        QCOMPARE(spec->quant.scheme, QuantScheme::W4A16);
        QCOMPARE(spec->quant.groupSize, 128);
        QVERIFY(qAbs(spec->quant.bytesPerParam(WeightPart::DenseMlp, 2) - 0.5195) < 0.001);
        QCOMPARE(spec->quant.bytesPerParam(WeightPart::Embedding, 2), 2.0);
    }

    void unknownModelArgument()
    {
        const Result<LoadedModel> m = ModelLoader::load(QStringLiteral("surely-not-a-model"));
        QVERIFY(!m.hasValue());
        QVERIFY(m.error().hint.contains(QStringLiteral("Qwen3-32B")));
    }
};

QTEST_GUILESS_MAIN(TestModelSpec)
#include "tst_modelspec.moc"
