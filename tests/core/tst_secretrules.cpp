// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The one secret rule set (core/util/SecretRules): names, value shapes, engine arguments and JSON,
// with the false positives it must not have; and the project reader and writer that use it
// (issue #16: OPENAI_APIKEY, DB_PASS, HF_AUTH, --api-key sk-…, a token in additional_config,
// unknown keys such as passwd or token).
#include <QTemporaryDir>
#include <QtTest>

#include "core/project/DemoProjects.h"
#include "core/project/ProjectFile.h"
#include "core/project/YamlSecrets.h"
#include "core/util/SecretRules.h"

#include "RecipesDemo.h"

using namespace npufleet;
using namespace npufleet::secrets;

namespace {
// Made up, of the real shapes.
const QString kOpenAi = QStringLiteral("sk-proj-4f9KcQ2vX7mN1bT8rL0pZ3wY6hJ5dA");
const QString kHf = QStringLiteral("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");
const QString kGithub = QStringLiteral("ghp_1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVwXyZ");
const QString kJwt
    = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U");
const QString kRandom = QStringLiteral("Zq8Lr2Vx9Tk4Wm7Ny1Pb6Hc3Jd5Fg0Sa2Qe8Rt");

QByteArray projectYaml(const QByteArray& deploymentExtra, const QByteArray& top = {})
{
    return "version: 1\ncluster:\n  nodes:\n    - name: n1\n      host: 10.0.0.1\nmodels: [{id: m}]\n"
           "deployments:\n  - name: d\n    model: m\n"
        + deploymentExtra + top;
}
} // namespace

class TestSecretRules : public QObject
{
    Q_OBJECT
private slots:
    void names_data();
    void names();
    void shapes_data();
    void shapes();
    void references();
    void arguments_data();
    void arguments();
    void json();
    void readerRefuses_data();
    void readerRefuses();
    void readerKeepsReferencesAndHarmlessValues();
    void saveRefusesLiteralSecrets();
};

void TestSecretRules::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("secret");
    for (const char* n :
         {"HF_TOKEN",       "OPENAI_APIKEY", "OPENAI_API_KEY", "DB_PASS",        "DB_PASSWD",
          "DB_PASSWORD",    "HF_AUTH",       "AUTH_TOKEN",     "GPUSTACK_TOKEN", "AWS_SECRET_ACCESS_KEY",
          "apiKey",         "hfToken",       "passwd",         "token",          "password",
          "secret",         "client_secret", "HFTOKEN",        "MYPASSWORD",     "GOOGLE_APPLICATION_CREDENTIALS",
          "ssh-passphrase", "api-key",       "hf-token",       "x-api-key",      "PRIVATE_KEY",
          "ACCESSKEY"})
        QTest::addRow("%s", n) << QString::fromLatin1(n) << true;
    // Not secrets: counts of tokens, tokenizers, keyrings, the working directory, files and paths
    // that point at a secret, sizes and modes about one.
    for (const char* n : {"max_tokens",
                          "MAX_NUM_BATCHED_TOKENS",
                          "tokenizer",
                          "tokenizer_mode",
                          "KEYRING",
                          "keyring_backend",
                          "BYPASS",
                          "PWD",
                          "PASSWORD_FILE",
                          "HF_TOKEN_PATH",
                          "TOKEN_LIMIT",
                          "AUTH_MODE",
                          "API_KEY_ENV",
                          "AWS_ACCESS_KEY_ID",
                          "HCCL_BUFFSIZE",
                          "PYTORCH_NPU_ALLOC_CONF",
                          "monkey",
                          "served_model_name",
                          "additional_config",
                          "extra_args",
                          "identity_file",
                          "max-num-batched-tokens",
                          "keys_dir",
                          "",
                          "___"})
        QTest::addRow("not %s", n) << QString::fromLatin1(n) << false;
}

void TestSecretRules::names()
{
    QFETCH(QString, name);
    QFETCH(bool, secret);
    QCOMPARE(isSecretName(name), secret);
    QCOMPARE(project::isSecretName(name), secret); // the reader's name for the same rule
}

void TestSecretRules::shapes_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("secret");
    QTest::newRow("openai") << kOpenAi << true;
    QTest::newRow("openai in text") << QStringLiteral("key=%1;").arg(kOpenAi) << true;
    QTest::newRow("hugging face") << kHf << true;
    QTest::newRow("github") << kGithub << true;
    QTest::newRow("gitlab") << QStringLiteral("glpat-Ab3dE6gH9jK2mN5pQ8sT") << true;
    QTest::newRow("aws") << QStringLiteral("AKIAIOSFODNN7EXAMPLE") << true;
    QTest::newRow("bearer") << QStringLiteral("Authorization: Bearer abc123def456ghi") << true;
    QTest::newRow("jwt") << kJwt << true;
    QTest::newRow("pem") << QStringLiteral("-----BEGIN OPENSSH PRIVATE KEY-----") << true;
    QTest::newRow("url with password") << QStringLiteral("https://bob:hunter2@registry.example.com/v2") << true;
    QTest::newRow("random") << kRandom << true;
    // Look-alikes that are not secrets.
    QTest::newRow("sk- word") << QStringLiteral("task-runner-for-the-cluster-nodes") << false;
    QTest::newRow("disk path") << QStringLiteral("/mnt/disk-sk-models/Qwen3") << false;
    QTest::newRow("bearer prose") << QStringLiteral("the bearer authentication scheme") << false;
    QTest::newRow("basic prose") << QStringLiteral("Basic configuration for the lab") << false;
    QTest::newRow("sha256 digest") << QStringLiteral("quay.io/ascend/vllm-ascend@sha256:"
                                                     "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                                   << false;
    QTest::newRow("git sha") << QStringLiteral("009e6d4a1cd6ba3fb2a9fc00f4ec06f5297232a1") << false;
    QTest::newRow("uuid") << QStringLiteral("123e4567-E89b-12d3-A456-426614174000") << false;
    QTest::newRow("model") << QStringLiteral("DeepSeek-R1-Distill-Qwen-32B-Instruct-W8A8") << false;
    QTest::newRow("camel identifier") << QStringLiteral("Qwen3MoeForCausalLMWithMultiTokenPrediction") << false;
    QTest::newRow("url without password") << QStringLiteral("http://10.0.0.11:8000/v1") << false;
    QTest::newRow("url with reference") << QStringLiteral("https://bob:${REGISTRY_PASSWORD}@registry/v2") << false;
    QTest::newRow("reference") << QStringLiteral("${HF_TOKEN}") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestSecretRules::shapes()
{
    QFETCH(QString, value);
    QFETCH(bool, secret);
    QCOMPARE(secretShape(value).has_value(), secret);
}

void TestSecretRules::references()
{
    QVERIFY(isReference(QStringLiteral("${HF_TOKEN}")));
    QCOMPARE(referenceName(QStringLiteral("${HF_TOKEN}")), QStringLiteral("HF_TOKEN"));
    QVERIFY(!isReference(QStringLiteral("$HF_TOKEN")));
    QVERIFY(!isReference(QStringLiteral("${HF_TOKEN}x")));
    QVERIFY(!isReference(QStringLiteral("${1X}")));
    QVERIFY(!checkNamedValue(QStringLiteral("HF_TOKEN"), QStringLiteral("${HF_TOKEN}"), {}));
    QVERIFY(!checkNamedValue(QStringLiteral("DB_PASS"), QStringLiteral("${MY_DB_PASS}"), {}));
    QVERIFY(!checkNamedValue(QStringLiteral("USE_AUTH"), QStringLiteral("true"), {}));
    QVERIFY(!checkNamedValue(QStringLiteral("HF_TOKEN"), QString(), {}));
    const auto f = checkNamedValue(QStringLiteral("OPENAI_APIKEY"), QStringLiteral("abc"), QStringLiteral("here"));
    QVERIFY(f);
    QVERIFY2(f->message.contains(QLatin1String("${OPENAI_APIKEY}")), qPrintable(f->message));
    // A value of a secret's shape is one whatever its name.
    QVERIFY(checkNamedValue(QStringLiteral("NOTE"), kHf, {}));
    QCOMPARE(variableFor(QStringLiteral("hf-token")), QStringLiteral("HF_TOKEN"));
}

void TestSecretRules::arguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("index"); // -1: no secret
    QTest::newRow("--api-key VALUE") << QStringList {QStringLiteral("--trust-remote-code"), QStringLiteral("--api-key"),
                                                     QStringLiteral("abc")}
                                     << 1;
    QTest::newRow("--api-key=VALUE") << QStringList {QStringLiteral("--api-key=abc")} << 0;
    QTest::newRow("--hf-token") << QStringList {QStringLiteral("--hf-token"), QStringLiteral("x")} << 0;
    QTest::newRow("--password") << QStringList {QStringLiteral("--password"), QStringLiteral("x")} << 0;
    QTest::newRow("reference on the command line")
        << QStringList {QStringLiteral("--api-key"), QStringLiteral("${VLLM_API_KEY}")} << 0;
    QTest::newRow("bare sk-") << QStringList {QStringLiteral("--foo"), kOpenAi} << 1;
    QTest::newRow("demo args") << QStringList {QStringLiteral("--trust-remote-code"),
                                               QStringLiteral("--no-enable-prefix-caching"),
                                               QStringLiteral("--max-num-batched-tokens"), QStringLiteral("4096")}
                               << -1;
    QTest::newRow("tokenizer") << QStringList {QStringLiteral("--tokenizer"), QStringLiteral("/models/tok")} << -1;
    QTest::newRow("flag before option") << QStringList {QStringLiteral("--api-key"), QStringLiteral("--port")} << -1;
}

void TestSecretRules::arguments()
{
    QFETCH(QStringList, args);
    QFETCH(int, index);
    const auto f = checkArguments(args, QStringLiteral("extra_args"));
    QCOMPARE(f.has_value(), index >= 0);
    if (f) {
        QCOMPARE(f->index, index);
        if (args.at(index).startsWith(QLatin1String("--api-key")))
            QVERIFY2(f->hint.contains(QLatin1String("VLLM_API_KEY: ${VLLM_API_KEY}")), qPrintable(f->hint));
    }
}

void TestSecretRules::json()
{
    QVERIFY(!checkJsonText(QStringLiteral(R"({"ascend_scheduler_config":{"enabled":true},"max_tokens":5})"), {}));
    QVERIFY(checkJsonText(QStringLiteral(R"({"torchair_graph_config":{"hf_token":"abc"}})"), {}));
    QVERIFY(checkJsonText(QStringLiteral(R"({"kv":{"list":["%1"]}})").arg(kOpenAi), {}));
    QVERIFY(checkJsonText(QStringLiteral(R"([{"password":"x"}])"), {}));
    QVERIFY(!checkJsonText(QStringLiteral(R"({"auth_enabled":true,"token_limit":"100"})"), {}));
    QVERIFY(checkJsonText(QStringLiteral("not json but %1").arg(kHf), {}));
}

void TestSecretRules::readerRefuses_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected");
    QTest::newRow("OPENAI_APIKEY") << projectYaml("    environment: {OPENAI_APIKEY: abc}\n")
                                   << QStringLiteral("p.yaml:10:34: OPENAI_APIKEY in deployment 'd' looks like a "
                                                     "secret: write it as a reference such as ${OPENAI_APIKEY}");
    QTest::newRow("DB_PASS") << projectYaml("    environment: {DB_PASS: hunter2}\n")
                             << QStringLiteral("p.yaml:10:28: DB_PASS in deployment 'd' looks like a secret");
    QTest::newRow("HF_AUTH") << projectYaml("    environment: {HF_AUTH: x}\n")
                             << QStringLiteral("p.yaml:10:28: HF_AUTH in deployment 'd' looks like a secret");
    QTest::newRow("token shape under another name")
        << projectYaml("    environment: {NOTE: " + kHf.toUtf8() + "}\n")
        << QStringLiteral("p.yaml:10:25: deployment 'd': the value of NOTE looks like a secret (a Hugging Face token)");
    QTest::newRow("--api-key sk-") << projectYaml("    serving:\n      extra_args: [--api-key, " + kOpenAi.toUtf8()
                                                  + "]\n")
                                   << QStringLiteral("p.yaml:11:20: deployments[d].serving.extra_args: --api-key "
                                                     "carries a secret on the engine's command line");
    QTest::newRow("--api-key=sk-") << projectYaml("    serving:\n      extra_args: [--port-x, \"--api-key=abc\"]\n")
                                   << QStringLiteral("p.yaml:11:30: deployments[d].serving.extra_args: --api-key");
    QTest::newRow("token in additional_config")
        << projectYaml("    serving:\n      additional_config: '{\"kv\": {\"hf_token\": \"abc\"}}'\n")
        << QStringLiteral("p.yaml:11:26: deployments[d].serving.additional_config: the JSON key \"hf_token\" holds a "
                          "secret");
    QTest::newRow("unknown key passwd")
        << projectYaml("    passwd: hunter2\n")
        << QStringLiteral("p.yaml:10:13: passwd in deployments[d] looks like a secret: write it as a reference such "
                          "as ${PASSWD}");
    QTest::newRow("unknown key token at the top")
        << projectYaml({}, "token: abc\n")
        << QStringLiteral("p.yaml:10:8: token looks like a secret: write it as a reference such as ${TOKEN}");
    QTest::newRow("nested unknown key")
        << projectYaml("    registry: {login: {user: bob, secret: s3cr3t}}\n")
        << QStringLiteral("p.yaml:10:43: secret in deployments[d].registry.login looks like a secret");
    QTest::newRow("token in a description")
        << QByteArray("version: 1\ndescription: \"call with " + kOpenAi.toUtf8() + "\"\n")
        << QStringLiteral("p.yaml:2:14: the value of description looks like a secret");
    QTest::newRow("JWT in a model name") << QByteArray("version: 1\nmodels: [{id: m, name: " + kJwt.toUtf8() + "}]\n")
                                         << QStringLiteral("p.yaml:2:24: models[m]: the value of name looks");
}

void TestSecretRules::readerRefuses()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    const auto data = project::parseProject(yaml, QStringLiteral("p.yaml"));
    QVERIFY(!data.hasValue());
    const QString message = data.error().toString();
    QVERIFY2(message.startsWith(expected), qPrintable(message));
    QVERIFY2(!data.error().hint.isEmpty(), qPrintable(message)); // the fix is always shown
}

void TestSecretRules::readerKeepsReferencesAndHarmlessValues()
{
    QStringList warnings;
    const auto data = project::parseProject(
        projectYaml("    environment: {HF_TOKEN: \"${HF_TOKEN}\", DB_PASS: \"${DB_PASS}\", USE_AUTH: \"true\", "
                    "max_tokens: \"512\"}\n    serving:\n      extra_args: [--max-num-batched-tokens, \"4096\", "
                    "--tokenizer, /models/tok]\n      additional_config: '{\"ascend_scheduler_config\": {\"enabled\": "
                    "true}}'\n    passwd: \"${DB_PASSWD}\"\n"),
        QStringLiteral("p.yaml"), &warnings);
    QVERIFY2(data.hasValue(), qPrintable(data.hasValue() ? QString() : data.error().toString()));
    QCOMPARE(data->deployments.first().extra.value(QStringLiteral("passwd")).toString(),
             QStringLiteral("${DB_PASSWD}"));
    // The demo projects pass as they are.
    for (const QString& demo : {QStringLiteral("atlas-lab"), QStringLiteral("deepseek-2node")}) {
        const auto d = project::loadDemo(demo);
        QVERIFY2(d.hasValue(), qPrintable(demo));
    }
}

void TestSecretRules::saveRefusesLiteralSecrets()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.yaml"));
    project::ProjectData p = test::atlasLab();
    QVERIFY(project::saveProject(p, path).hasValue());
    const QByteArray before = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    // An unknown key named like a password, with a literal value, as an editor or a script might set it.
    p.deployments[0].extra.insert(QStringLiteral("token"), QStringLiteral("abc"));
    auto saved = project::saveProject(p, path);
    QVERIFY(!saved.hasValue());
    QVERIFY2(saved.error().message.contains(QLatin1String("${TOKEN}")), qPrintable(saved.error().toString()));
    p.deployments[0].extra.clear();
    p.deployments[0].environment << qMakePair(QStringLiteral("OPENAI_APIKEY"), kOpenAi);
    saved = project::saveProject(p, path);
    QVERIFY(!saved.hasValue());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before); // the file on disk is untouched
    QVERIFY(project::findSecretInDeployment(p.deployments[0]));
}

QTEST_GUILESS_MAIN(TestSecretRules)
#include "tst_secretrules.moc"
