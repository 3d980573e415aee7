// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Kubernetes exports: a LeaderWorkerSet for data parallel across nodes, a Deployment for one node, a KubeRay
// RayCluster for the Ray engine, each with a Service. They pass the schemas kept in tests/fixtures/schemas (the
// CRDs' OpenAPI schemas, Kubernetes' own), and they mean what the layout says: ranks 0..N-1 once, the world size
// of the layout, the NPUs per pod of the placement, a Service that reaches the serving pod only, no physical NPU.
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <yaml-cpp/yaml.h>

#include "core/exporting/Exporter.h"
#include "core/project/DemoProjects.h"
#include "core/recipes/Recipes.h"

#include "RecipesDemo.h"
#include "SchemaCheck.h"

using namespace npufleet;

namespace {

struct Exported
{
    QString path;
    QByteArray text;
    std::vector<YAML::Node> docs;
};

Exported exportKube(const project::ProjectData& p,
                    const QString& deployment,
                    project::ExportFormat format,
                    const QTemporaryDir& dir,
                    const recipes::RecipeOptions& options = {})
{
    Exported e;
    const auto plan = recipes::makeLaunchPlan(p, deployment, options);
    if (!plan) {
        qWarning() << plan.error().toString();
        return e;
    }
    const auto files = exporting::Exporter::render(*plan, format);
    if (!files) {
        qWarning() << files.error().toString();
        return e;
    }
    const QString folder = dir.filePath(deployment + QLatin1Char('-') + project::formatKey(format));
    if (!exporting::Exporter::write(*files, folder))
        return e;
    for (const exporting::ExportedFile& f : *files) {
        if (f.name.endsWith(QLatin1String(".yaml"))) {
            e.path = folder + QLatin1Char('/') + f.name;
            e.text = f.content;
        }
    }
    for (const YAML::Node& d : YAML::LoadAll(e.text.toStdString()))
        e.docs.push_back(d);
    return e;
}

QString str(const YAML::Node& n)
{
    return n ? QString::fromStdString(n.as<std::string>()) : QString();
}

YAML::Node docOfKind(const Exported& e, const char* kind)
{
    for (const YAML::Node& d : e.docs) {
        if (d["kind"].as<std::string>() == kind)
            return d;
    }
    return {};
}

// The argv of a container, with Kubernetes' $$ -> $ applied: what the shell sees.
QString script(const YAML::Node& container)
{
    QStringList words;
    for (const auto& w : container["command"])
        words << str(w).replace(QLatin1String("$$"), QLatin1String("$"));
    return words.join(QLatin1Char(' '));
}

int flagValue(const QString& command, const QString& flag)
{
    const QRegularExpression re(QRegularExpression::escape(flag) + QStringLiteral("\\s+'?(\\d+)'?"));
    const auto m = re.match(command);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

bool selects(const YAML::Node& selector, const YAML::Node& labels)
{
    for (const auto& kv : selector) {
        if (!labels[kv.first.as<std::string>()] || str(labels[kv.first.as<std::string>()]) != str(kv.second))
            return false;
    }
    return selector.size() > 0;
}

void checkSchemas(const QStringList& files, int documents)
{
    const test::SchemaCheck check = test::validateSchema(QStringLiteral("k8s"), files);
    if (!check.ran)
        QSKIP("python3-jsonschema and python3-yaml are not installed (scripts/setup-deps installs them)");
    QVERIFY2(check.exitCode == 0, qPrintable(check.output));
    QCOMPARE(int(check.output.count(QLatin1String("ok "))), documents);
}

void noPhysicalNpu(const Exported& e)
{
    // The device plugin picks the NPUs: no device node, no visible-device variable, no --device.
    QVERIFY(!e.text.contains("/dev/davinci"));
    QVERIFY(!e.text.contains("--device"));
    static const QRegularExpression visible(QStringLiteral("name: \"?ASCEND_(RT_)?VISIBLE_DEVICES\"?\\s*$"),
                                            QRegularExpression::MultilineOption);
    QVERIFY(!visible.match(QString::fromUtf8(e.text)).hasMatch());
}

} // namespace

class TestKubeExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void leaderWorkerSetOfTheDeepSeekDemo();
    void deploymentOfOneNode();
    void modelVolumeFollowsTheProjectStorage();
    void rayClusterForTheRayEngine();
    void mismatchesAreRefused();
};

void TestKubeExport::leaderWorkerSetOfTheDeepSeekDemo()
{
    const auto p = project::openProjectSpec(QStringLiteral("demo:deepseek-2node"));
    QVERIFY(p);
    const project::Deployment& d = p->deployments.first();
    const Exported e = exportKube(*p, d.name, project::ExportFormat::Lws, m_dir);
    QVERIFY(!e.path.isEmpty());
    checkSchemas({e.path}, 2);
    noPhysicalNpu(e);
    const YAML::Node lws = docOfKind(e, "LeaderWorkerSet");
    const YAML::Node tpl = lws["spec"]["leaderWorkerTemplate"];
    // size = nodes per replica; every pod gets the NPUs its node gives the deployment.
    QCOMPARE(tpl["size"].as<int>(), int(d.placement.size()));
    const YAML::Node leader = tpl["leaderTemplate"]["spec"]["containers"][0];
    const YAML::Node worker = tpl["workerTemplate"]["spec"]["containers"][0];
    for (const YAML::Node& c : {leader, worker}) {
        QCOMPARE(str(c["resources"]["limits"]["huawei.com/Ascend910"]).toInt(),
                 int(d.placement.first().devices.size()));
        QCOMPARE(str(c["resources"]["requests"]["huawei.com/Ascend910"]).toInt(),
                 int(d.placement.first().devices.size()));
        bool podIp = false;
        for (const auto& v : c["env"])
            podIp = podIp
                || (str(v["name"]) == QLatin1String("HCCL_IF_IP")
                    && str(v["valueFrom"]["fieldRef"]["fieldPath"]) == QLatin1String("status.podIP"));
        QVERIFY(podIp);
        bool shm = false;
        for (const auto& m : c["volumeMounts"])
            shm = shm || str(m["mountPath"]) == QLatin1String("/dev/shm");
        QVERIFY(shm);
    }
    // Ranks: the leader holds 0..L-1, worker i (LWS_WORKER_INDEX = 1..size-1) holds i*L..; together 0..DP-1 once.
    const QString lead = script(leader), work = script(worker);
    const int local = flagValue(lead, QStringLiteral("--data-parallel-size-local"));
    QCOMPARE(flagValue(work, QStringLiteral("--data-parallel-size-local")), local);
    const int worldDp = flagValue(lead, QStringLiteral("--data-parallel-size"));
    QCOMPARE(worldDp, d.layout.dp);
    QCOMPARE(flagValue(lead, QStringLiteral("--tensor-parallel-size")), d.layout.tp);
    // World size: DP x TP x PP ranks on size x NPUs per pod.
    QCOMPARE(worldDp * d.layout.tp * d.layout.pp, tpl["size"].as<int>() * int(d.placement.first().devices.size()));
    const QRegularExpression startRank(
        QStringLiteral("--data-parallel-start-rank \"\\$\\(\\(LWS_WORKER_INDEX \\* (\\d+)\\)\\)\""));
    const auto m = startRank.match(work);
    QVERIFY2(m.hasMatch(), qPrintable(work));
    QVERIFY(!lead.contains(QLatin1String("--data-parallel-start-rank")) && !lead.contains(QLatin1String("--headless")));
    QVERIFY(work.contains(QLatin1String("--headless")));
    QVERIFY(work.contains(QLatin1String("\"$LWS_LEADER_ADDRESS\"")));
    QList<int> ranks;
    for (int r = 0; r < local; ++r)
        ranks << r;
    for (int index = 1; index < tpl["size"].as<int>(); ++index) {
        for (int r = 0; r < local; ++r)
            ranks << index * m.captured(1).toInt() + r;
    }
    std::sort(ranks.begin(), ranks.end());
    QList<int> want;
    for (int r = 0; r < d.layout.dp; ++r)
        want << r;
    QCOMPARE(ranks, want);
    // Health: the leader is probed on /health; the workers serve no HTTP.
    QCOMPARE(str(leader["readinessProbe"]["httpGet"]["path"]), QStringLiteral("/health"));
    QCOMPARE(str(leader["livenessProbe"]["httpGet"]["path"]), QStringLiteral("/health"));
    QVERIFY(!worker["readinessProbe"]);
    // The Service selects the leader's labels and not the worker's.
    const YAML::Node selector = docOfKind(e, "Service")["spec"]["selector"];
    YAML::Node leaderLabels = YAML::Clone(tpl["leaderTemplate"]["metadata"]["labels"]);
    YAML::Node workerLabels = YAML::Clone(tpl["workerTemplate"]["metadata"]["labels"]);
    // LWS labels every pod of the set with its name; the role label tells them apart.
    leaderLabels["leaderworkerset.sigs.k8s.io/name"] = str(lws["metadata"]["name"]).toStdString();
    workerLabels["leaderworkerset.sigs.k8s.io/name"] = str(lws["metadata"]["name"]).toStdString();
    QVERIFY(selects(selector, leaderLabels));
    QVERIFY(!selects(selector, workerLabels));
    QCOMPARE(docOfKind(e, "Service")["spec"]["ports"][0]["targetPort"].as<int>(), d.serving.port);
}

void TestKubeExport::deploymentOfOneNode()
{
    const auto p = project::openProjectSpec(QStringLiteral("demo:atlas-lab"));
    QVERIFY(p);
    recipes::RecipeOptions options;
    options.npuResource = QStringLiteral("huawei.com/Ascend910B4");
    QStringList files;
    for (const project::Deployment& d : p->deployments) {
        const Exported e = exportKube(*p, d.name, project::ExportFormat::K8s, m_dir, options);
        QVERIFY(!e.path.isEmpty());
        files << e.path;
        noPhysicalNpu(e);
        const YAML::Node dep = docOfKind(e, "Deployment");
        const YAML::Node c = dep["spec"]["template"]["spec"]["containers"][0];
        QCOMPARE(str(c["resources"]["limits"]["huawei.com/Ascend910B4"]).toInt(),
                 int(d.placement.first().devices.size()));
        QVERIFY(selects(dep["spec"]["selector"]["matchLabels"], dep["spec"]["template"]["metadata"]["labels"]));
        QVERIFY(selects(docOfKind(e, "Service")["spec"]["selector"], dep["spec"]["template"]["metadata"]["labels"]));
        QCOMPARE(flagValue(script(c), QStringLiteral("--tensor-parallel-size")), d.layout.tp);
        QCOMPARE(str(c["startupProbe"]["httpGet"]["path"]), QStringLiteral("/health"));
    }
    checkSchemas(files, 2 * int(files.size()));
}

void TestKubeExport::modelVolumeFollowsTheProjectStorage()
{
    auto p = project::openProjectSpec(QStringLiteral("demo:atlas-lab"));
    QVERIFY(p);
    const QString name = p->deployments.first().name;
    // Not on the share: the node's own folder.
    Exported e = exportKube(*p, name, project::ExportFormat::K8s, m_dir);
    YAML::Node vol = docOfKind(e, "Deployment")["spec"]["template"]["spec"]["volumes"][0];
    QCOMPARE(str(vol["hostPath"]["path"]), p->models.first().path);
    // On the project's NFS share: the server's export.
    p->models.first().path = p->storage.mountPoint + QStringLiteral("/Qwen3-30B-A3B");
    QTemporaryDir nfsDir;
    e = exportKube(*p, name, project::ExportFormat::K8s, nfsDir);
    vol = docOfKind(e, "Deployment")["spec"]["template"]["spec"]["volumes"][0];
    QCOMPARE(str(vol["nfs"]["server"]), QStringLiteral("172.16.33.106"));
    QCOMPARE(str(vol["nfs"]["path"]), p->storage.exportPath + QStringLiteral("/Qwen3-30B-A3B"));
    // A claim when one is named.
    recipes::RecipeOptions options;
    options.modelClaim = QStringLiteral("models");
    QTemporaryDir pvcDir;
    e = exportKube(*p, name, project::ExportFormat::K8s, pvcDir, options);
    vol = docOfKind(e, "Deployment")["spec"]["template"]["spec"]["volumes"][0];
    QCOMPARE(str(vol["persistentVolumeClaim"]["claimName"]), QStringLiteral("models"));
    checkSchemas({e.path}, 2);
}

void TestKubeExport::rayClusterForTheRayEngine()
{
    const project::ProjectData p = test::deepseekRay();
    const project::Deployment& d = p.deployments.first();
    const Exported e = exportKube(p, d.name, project::ExportFormat::KubeRay, m_dir);
    QVERIFY(!e.path.isEmpty());
    checkSchemas({e.path}, 2);
    noPhysicalNpu(e);
    const YAML::Node ray = docOfKind(e, "RayCluster");
    QCOMPARE(ray["spec"]["workerGroupSpecs"][0]["replicas"].as<int>(), int(d.placement.size()) - 1);
    for (const YAML::Node& tpl :
         {ray["spec"]["headGroupSpec"]["template"], ray["spec"]["workerGroupSpecs"][0]["template"]})
        QCOMPARE(str(tpl["spec"]["containers"][0]["resources"]["limits"]["huawei.com/Ascend910"]).toInt(), 8);
    const YAML::Node selector = docOfKind(e, "Service")["spec"]["selector"];
    QCOMPARE(str(selector["ray.io/node-type"]), QStringLiteral("head"));
    QCOMPARE(str(selector["ray.io/cluster"]), str(ray["metadata"]["name"]));
}

void TestKubeExport::mismatchesAreRefused()
{
    const project::ProjectData lab = test::atlasLab();
    const auto plan = recipes::makeLaunchPlan(lab, lab.deployments.first().name);
    QVERIFY(plan);
    const auto lws = exporting::Exporter::render(*plan, project::ExportFormat::Lws);
    QVERIFY(!lws);
    QVERIFY(lws.error().message.contains(QLatin1String("vllm-ascend-dp")));
    recipes::RecipeOptions bad;
    bad.npuResource = QStringLiteral("not a resource");
    QVERIFY(!recipes::kubeOptionsProblem(bad).isEmpty());
    const auto badPlan = recipes::makeLaunchPlan(lab, lab.deployments.first().name, bad);
    QVERIFY(badPlan);
    const auto refused = exporting::Exporter::render(*badPlan, project::ExportFormat::K8s);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QLatin1String("not a resource")));
}

QTEST_GUILESS_MAIN(TestKubeExport)
#include "tst_kubeexport.moc"
