// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <optional>

#include <yaml-cpp/yaml.h>

#include "core/deployment/Rules.h"
#include "core/project/CalibrationYaml.h"
#include "core/project/DemoProjects.h"
#include "core/project/ProjectFile.h"
#include "core/project/ProjectValues.h"
#include "core/project/YamlError.h"
#include "core/project/YamlGuard.h"
#include "core/project/YamlSecrets.h"
#include "core/project/YamlVariant.h"
#include "core/util/ControlChars.h"
#include "core/util/ReadLimited.h"
#include "core/util/SecretRules.h"

namespace npufleet::project {

namespace {

QString scalar(const YAML::Node& n)
{
    return QString::fromStdString(n.Scalar());
}

// Thrown inside the reader only; parseProject turns it into a Result.
struct ReadError
{
    Error error;
};

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)

public:
    Reader(QString file, QStringList* warnings)
        : m_file(std::move(file))
        , m_warnings(warnings)
    {
    }

    ProjectData read(const YAML::Node& root);

private:
    [[noreturn]] void fail(const YAML::Node& at, const QString& message, const QString& hint = {}) const
    {
        failAt(at.Mark(), message, hint);
    }

    [[noreturn]] void failAt(const YAML::Mark& mark, const QString& message, const QString& hint = {}) const
    {
        throw ReadError {yamlError(m_file, mark, message, hint)};
    }

    void warn(const YAML::Node& at, const QString& message) const
    {
        if (!m_warnings)
            return;
        const YAML::Mark mark = at.Mark();
        m_warnings->append(
            QStringLiteral("%1:%2:%3: %4").arg(m_file).arg(mark.line + 1).arg(mark.column + 1).arg(message));
    }

    void expectMap(const YAML::Node& n, const QString& what) const
    {
        if (!n.IsMap())
            fail(n, tr("%1 must be a mapping of keys to values").arg(what));
    }

    // Collects the keys of a map that are not in 'known' into extra, with a warning each: a file written
    // by a newer version keeps what it says (the warning names the key, so a typo is seen too).
    QVariantMap unknownKeys(const YAML::Node& map, const QSet<QString>& known, const QString& where) const;
    // Items of lists that the editor rebuilds (placements, interfaces) have nowhere to keep an unknown
    // key: refuse it, naming what is expected, rather than lose it on the next edit.
    void rejectUnknownKeys(const YAML::Node& map, const QStringList& known, const QString& where) const;

    QString text(const YAML::Node& map, const char* key, bool required = false) const;
    int integer(const YAML::Node& map, const char* key, int fallback, int min, int max) const;
    double real(const YAML::Node& map, const char* key, double fallback, double min, double max) const;
    bool boolean(const YAML::Node& map, const char* key, bool fallback) const;
    QStringList stringList(const YAML::Node& map, const char* key) const;
    QList<int> intList(const YAML::Node& map, const char* key) const;

    cluster::Node node(const YAML::Node& n) const;
    cluster::NodeHardware hardware(const YAML::Node& n) const;
    QList<cluster::NetworkInterface> interfaces(const YAML::Node& n) const;
    QMap<int, QString> npuAddresses(const YAML::Node& n) const;
    ModelSource model(const YAML::Node& n) const;
    Deployment deployment(const YAML::Node& n) const;
    EnvironmentList environment(const YAML::Node& n, const QString& owner) const;
    SharedStorage storage(const YAML::Node& n) const;
    void checkReferences(const YAML::Node& root, const ProjectData& data) const;
    void checkValues(const YAML::Node& root, const ProjectData& data) const;

    QString m_file;
    QStringList* m_warnings;
};

QVariantMap Reader::unknownKeys(const YAML::Node& map, const QSet<QString>& known, const QString& where) const
{
    QVariantMap extra;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString key = scalar(it->first);
        if (known.contains(key))
            continue;
        if (key.contains(QLatin1String("password"), Qt::CaseInsensitive) || key == QLatin1String("passphrase"))
            fail(it->first, tr("'%1': passwords are never kept in project files").arg(key),
                 tr("remove the key; NPU Fleet asks for passwords when needed and can keep them in the system "
                    "keychain"));
        warn(it->first, tr("unknown key '%1' in %2 (kept as it is)").arg(key, where));
        extra.insert(key, yamlToVariant(it->second));
    }
    return extra;
}

void Reader::rejectUnknownKeys(const YAML::Node& map, const QStringList& known, const QString& where) const
{
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString key = scalar(it->first);
        if (!known.contains(key))
            fail(it->first, tr("unknown key '%1' in %2").arg(key, where),
                 tr("expected one of: %1").arg(known.join(QStringLiteral(", "))));
    }
}

QString Reader::text(const YAML::Node& map, const char* key, bool required) const
{
    const YAML::Node v = map[key];
    if (!v || v.IsNull()) {
        if (required)
            fail(map, tr("missing required key '%1'").arg(QLatin1String(key)));
        return {};
    }
    if (!v.IsScalar())
        fail(v, tr("'%1' must be a single value, not a list or mapping").arg(QLatin1String(key)));
    return scalar(v);
}

int Reader::integer(const YAML::Node& map, const char* key, int fallback, int min, int max) const
{
    const YAML::Node v = map[key];
    if (!v || v.IsNull())
        return fallback;
    bool ok = false;
    const int value = v.IsScalar() ? scalar(v).toInt(&ok) : 0;
    if (!ok)
        fail(v, tr("'%1' must be a whole number").arg(QLatin1String(key)));
    if (value < min || value > max)
        fail(v, tr("'%1' must be between %2 and %3, not %4").arg(QLatin1String(key)).arg(min).arg(max).arg(value));
    return value;
}

double Reader::real(const YAML::Node& map, const char* key, double fallback, double min, double max) const
{
    const YAML::Node v = map[key];
    if (!v || v.IsNull())
        return fallback;
    bool ok = false;
    const double value = v.IsScalar() ? scalar(v).toDouble(&ok) : 0;
    if (!ok)
        fail(v, tr("'%1' must be a number").arg(QLatin1String(key)));
    if (value < min || value > max)
        fail(v, tr("'%1' must be between %2 and %3, not %4").arg(QLatin1String(key)).arg(min).arg(max).arg(value));
    return value;
}

bool Reader::boolean(const YAML::Node& map, const char* key, bool fallback) const
{
    const YAML::Node v = map[key];
    if (!v || v.IsNull())
        return fallback;
    const QString s = v.IsScalar() ? scalar(v).toLower() : QString();
    if (s == QLatin1String("true") || s == QLatin1String("yes") || s == QLatin1String("on"))
        return true;
    if (s == QLatin1String("false") || s == QLatin1String("no") || s == QLatin1String("off"))
        return false;
    fail(v, tr("'%1' must be true or false").arg(QLatin1String(key)));
}

QStringList Reader::stringList(const YAML::Node& map, const char* key) const
{
    const YAML::Node v = map[key];
    QStringList out;
    if (!v || v.IsNull())
        return out;
    if (!v.IsSequence())
        fail(v, tr("'%1' must be a list").arg(QLatin1String(key)));
    for (const YAML::Node& item : v) {
        if (!item.IsScalar())
            fail(item, tr("every item of '%1' must be a single value").arg(QLatin1String(key)));
        out << scalar(item);
    }
    return out;
}

QList<int> Reader::intList(const YAML::Node& map, const char* key) const
{
    const YAML::Node v = map[key];
    QList<int> out;
    if (!v || v.IsNull())
        return out;
    if (!v.IsSequence())
        fail(v, tr("'%1' must be a list of numbers, like [0, 1, 2, 3]").arg(QLatin1String(key)));
    for (const YAML::Node& item : v) {
        bool ok = false;
        const int value = item.IsScalar() ? scalar(item).toInt(&ok) : -1;
        if (!ok || value < 0)
            fail(item, tr("every item of '%1' must be a device number (0 or more)").arg(QLatin1String(key)));
        out << value;
    }
    return out;
}

QList<cluster::NetworkInterface> Reader::interfaces(const YAML::Node& n) const
{
    QList<cluster::NetworkInterface> out;
    if (!n || n.IsNull())
        return out;
    if (!n.IsSequence())
        fail(n, tr("'interfaces' must be a list of {name, address}"));
    static const QRegularExpression cidr(QStringLiteral("^(\\d{1,3}(?:\\.\\d{1,3}){3})(?:/(\\d{1,2}))?$"));
    for (const YAML::Node& item : n) {
        expectMap(item, tr("an interface"));
        cluster::NetworkInterface nic;
        nic.name = text(item, "name", true);
        const QString address = text(item, "address");
        if (!address.isEmpty()) {
            const auto m = cidr.match(address);
            if (!m.hasMatch())
                fail(item["address"], tr("'address' must be an IPv4 address such as 172.16.33.106/24"));
            nic.address = m.captured(1);
            nic.prefixLength = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
        }
        rejectUnknownKeys(item, {QStringLiteral("name"), QStringLiteral("address")}, tr("an interface"));
        out << nic;
    }
    return out;
}

// npu_addresses: {NPU id: address}. The addresses are kept as written (a recorded "-.-.-.-" included): the rank
// table refuses a missing or placeholder one naming node and NPU, and pre-flight compares them with hccn_tool.
QMap<int, QString> Reader::npuAddresses(const YAML::Node& n) const
{
    QMap<int, QString> out;
    if (!n || n.IsNull())
        return out;
    if (!n.IsMap())
        fail(n, tr("'npu_addresses' must map NPU ids to addresses, e.g. {0: 192.168.100.51}"));
    for (auto it = n.begin(); it != n.end(); ++it) {
        bool ok = false;
        const int npu = scalar(it->first).toInt(&ok);
        if (!ok || npu < 0 || npu > 63)
            fail(it->first,
                 tr("'npu_addresses' keys are NPU ids 0-63, not '%1'").arg(safe::escapedForMessage(scalar(it->first))));
        if (!it->second.IsScalar())
            fail(it->second, tr("the address of NPU %1 must be text").arg(npu));
        out.insert(npu, scalar(it->second));
    }
    return out;
}

cluster::NodeHardware Reader::hardware(const YAML::Node& n) const
{
    cluster::NodeHardware hw;
    if (!n || n.IsNull())
        return hw;
    expectMap(n, QStringLiteral("'hardware'"));
    hw.server = text(n, "server");
    hw.cpu = text(n, "cpu");
    hw.os = text(n, "os");
    const QString vendor = text(n, "vendor");
    if (!vendor.isEmpty()) {
        const auto v = cluster::vendorFromKey(vendor);
        if (!v)
            fail(n["vendor"], tr("'vendor' must be ascend or nvidia, not '%1'").arg(vendor));
        hw.vendor = *v;
    }
    hw.chip = text(n, "chip");
    hw.acceleratorCount = integer(n, "count", 0, 0, 64);
    hw.memoryMibPerAccelerator = qint64(integer(n, "memory_gib", 0, 0, 4096)) * 1024;
    hw.extra
        = unknownKeys(n,
                      {QStringLiteral("server"), QStringLiteral("cpu"), QStringLiteral("os"), QStringLiteral("vendor"),
                       QStringLiteral("chip"), QStringLiteral("count"), QStringLiteral("memory_gib")},
                      QStringLiteral("'hardware'"));
    return hw;
}

cluster::Node Reader::node(const YAML::Node& n) const
{
    expectMap(n, tr("a node"));
    cluster::Node node;
    node.name = text(n, "name", true);
    node.host = text(n, "host", true);
    node.port = integer(n, "port", 22, 1, 65535);
    node.user = text(n, "user");
    const QString role = text(n, "role");
    if (role == QLatin1String("head"))
        node.role = cluster::NodeRole::Head;
    else if (!role.isEmpty() && role != QLatin1String("worker"))
        fail(n["role"], tr("'role' must be head or worker, not '%1'").arg(role));
    node.labels = stringList(n, "labels");
    node.identityFile = text(n, "identity_file");
    node.clusterInterface = text(n, "cluster_interface");
    node.interfaces = interfaces(n["interfaces"]);
    node.hardware = hardware(n["hardware"]);
    if (const QString access = text(n, "npu_access"); !access.isEmpty()) {
        const auto a = cluster::npuAccessFromKey(access);
        if (!a)
            fail(n["npu_access"],
                 tr("'npu_access' must be %1, not '%2'")
                     .arg(cluster::npuAccessKeys().join(QStringLiteral(" or ")), safe::escapedForMessage(access)));
        node.npuAccess = *a;
    }
    node.npuAddresses = npuAddresses(n["npu_addresses"]);
    node.simulation = text(n, "simulation");
    // The simulator replays bundled recordings only: a project must not make it read a local file.
    if (!node.simulation.isEmpty() && !demoSimulationFiles().contains(node.simulation))
        fail(n["simulation"],
             tr("'simulation' names no recording bundled with NPU Fleet: \"%1\"")
                 .arg(safe::escapedForMessage(node.simulation)),
             tr("one of: %1").arg(demoSimulationFiles().join(QStringLiteral(", "))));
    node.simulationSeed = integer(n, "simulation_seed", 0, 0, 1'000'000);
    if (const QString fault = text(n, "simulation_fault"); !fault.isEmpty()) {
        const auto f = cluster::simulatedFaultFromKey(fault);
        if (!f)
            fail(n["simulation_fault"],
                 tr("'simulation_fault' must be %1, not '%2'")
                     .arg(cluster::simulatedFaultKeys().join(QStringLiteral(", ")), safe::escapedForMessage(fault)));
        node.simulationFault = f.value_or(cluster::SimulatedFault::None);
    }
    static const QSet<QString> known {QStringLiteral("simulation_seed"),
                                      QStringLiteral("simulation_fault"),
                                      QStringLiteral("name"),
                                      QStringLiteral("host"),
                                      QStringLiteral("port"),
                                      QStringLiteral("user"),
                                      QStringLiteral("role"),
                                      QStringLiteral("labels"),
                                      QStringLiteral("identity_file"),
                                      QStringLiteral("cluster_interface"),
                                      QStringLiteral("interfaces"),
                                      QStringLiteral("hardware"),
                                      QStringLiteral("npu_access"),
                                      QStringLiteral("npu_addresses"),
                                      QStringLiteral("simulation")};
    node.extra = unknownKeys(n, known, tr("node '%1'").arg(node.name));
    return node;
}

ModelSource Reader::model(const YAML::Node& n) const
{
    expectMap(n, tr("a model"));
    ModelSource m;
    m.id = text(n, "id", true);
    m.name = text(n, "name");
    if (m.name.isEmpty())
        m.name = m.id;
    m.path = text(n, "path");
    m.hubId = text(n, "hub_id");
    m.catalog = text(n, "catalog");
    m.quantization = text(n, "quantization");
    static const QStringList quants {QString(),
                                     QStringLiteral("auto"),
                                     QStringLiteral("bf16"),
                                     QStringLiteral("fp16"),
                                     QStringLiteral("fp8"),
                                     QStringLiteral("w8a8"),
                                     QStringLiteral("w4a8"),
                                     QStringLiteral("w4a16")};
    if (!quants.contains(m.quantization))
        fail(n["quantization"], tr("'quantization' must be one of auto, bf16, fp16, fp8, w8a8, w4a8, w4a16"));
    static const QSet<QString> known {QStringLiteral("id"),      QStringLiteral("name"),
                                      QStringLiteral("path"),    QStringLiteral("hub_id"),
                                      QStringLiteral("catalog"), QStringLiteral("quantization")};
    m.extra = unknownKeys(n, known, tr("model '%1'").arg(m.id));
    return m;
}

EnvironmentList Reader::environment(const YAML::Node& n, const QString& owner) const
{
    EnvironmentList env;
    if (!n || n.IsNull())
        return env;
    if (!n.IsMap())
        fail(n, tr("'environment' must be a mapping of NAME: value"));
    for (auto it = n.begin(); it != n.end(); ++it) {
        const QString name = scalar(it->first);
        if (!QRegularExpression(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$")).match(name).hasMatch())
            fail(it->first, tr("'%1' is not a valid environment variable name").arg(name));
        if (!it->second.IsScalar())
            fail(it->second, tr("the value of %1 must be a single value").arg(name));
        const QString value = scalar(it->second);
        if (const auto secret = secrets::checkNamedValue(name, value, owner))
            fail(it->second, secret->message, secret->hint);
        env.append({name, value});
    }
    return env;
}

Deployment Reader::deployment(const YAML::Node& n) const
{
    expectMap(n, tr("a deployment"));
    Deployment d;
    d.name = text(n, "name", true);
    d.model = text(n, "model", true);
    const QString engine = text(n, "engine");
    if (!engine.isEmpty()) {
        const std::optional<Engine> known = engineFromKey(engine);
        if (!known)
            fail(n["engine"], tr("unknown engine '%1'").arg(engine),
                 tr("one of: %1").arg(engineKeys().join(QStringLiteral(", "))));
        d.engine = *known;
    }
    d.image = text(n, "image");

    const YAML::Node placement = n["placement"];
    if (placement && !placement.IsNull()) {
        if (!placement.IsSequence())
            fail(placement, tr("'placement' must be a list of {node, devices}"));
        for (const YAML::Node& p : placement) {
            expectMap(p, tr("a placement"));
            d.placement.append({text(p, "node", true), intList(p, "devices")});
            rejectUnknownKeys(p, {QStringLiteral("node"), QStringLiteral("devices")}, tr("a placement"));
        }
    }
    const YAML::Node parallel = n["parallel"];
    if (parallel && !parallel.IsNull()) {
        expectMap(parallel, QStringLiteral("'parallel'"));
        d.layout.tp = integer(parallel, "tp", 1, 1, 1024);
        d.layout.pp = integer(parallel, "pp", 1, 1, 1024);
        d.layout.dp = integer(parallel, "dp", 1, 1, 1024);
        d.layout.ep = boolean(parallel, "ep", false);
        d.parallelExtra = unknownKeys(
            parallel, {QStringLiteral("tp"), QStringLiteral("pp"), QStringLiteral("dp"), QStringLiteral("ep")},
            QStringLiteral("'parallel'"));
    }
    const YAML::Node serving = n["serving"];
    if (serving && !serving.IsNull()) {
        expectMap(serving, QStringLiteral("'serving'"));
        ServingOptions& s = d.serving;
        s.port = integer(serving, "port", 8000, 1, 65535);
        s.maxModelLen = integer(serving, "max_model_len", 0, 0, 16 * 1024 * 1024);
        s.gpuMemoryUtilization = real(serving, "gpu_memory_utilization", 0.9, 0.05, 1.0);
        s.maxNumSeqs = integer(serving, "max_num_seqs", 0, 0, 1 << 20);
        s.servedModelName = text(serving, "served_model_name");
        s.additionalConfig = text(serving, "additional_config");
        s.extraArgs = stringList(serving, "extra_args");
        s.extra = unknownKeys(serving,
                              {QStringLiteral("port"), QStringLiteral("max_model_len"),
                               QStringLiteral("gpu_memory_utilization"), QStringLiteral("max_num_seqs"),
                               QStringLiteral("served_model_name"), QStringLiteral("additional_config"),
                               QStringLiteral("extra_args")},
                              QStringLiteral("'serving'"));
    }
    d.environment = environment(n["environment"], tr("deployment '%1'").arg(d.name));
    static const QSet<QString> known {QStringLiteral("name"),      QStringLiteral("model"),
                                      QStringLiteral("engine"),    QStringLiteral("image"),
                                      QStringLiteral("placement"), QStringLiteral("parallel"),
                                      QStringLiteral("serving"),   QStringLiteral("environment")};
    d.extra = unknownKeys(n, known, tr("deployment '%1'").arg(d.name));
    return d;
}

SharedStorage Reader::storage(const YAML::Node& n) const
{
    SharedStorage s;
    if (!n || n.IsNull())
        return s;
    expectMap(n, QStringLiteral("'storage'"));
    s.serverNode = text(n, "server", true);
    const auto orDefault = [&](const char* key, const QString& fallback) {
        const QString v = text(n, key);
        return v.isEmpty() ? fallback : v;
    };
    s.exportPath = orDefault("export", s.exportPath);
    s.network = text(n, "network");
    s.exportOptions = orDefault("export_options", s.exportOptions);
    s.mountPoint = orDefault("mount_point", s.mountPoint);
    s.mountOptions = orDefault("mount_options", s.mountOptions);
    s.clients = stringList(n, "clients");
    s.cacheDir = text(n, "cache_dir");
    static const QSet<QString> known {QStringLiteral("server"),      QStringLiteral("export"),
                                      QStringLiteral("network"),     QStringLiteral("export_options"),
                                      QStringLiteral("mount_point"), QStringLiteral("mount_options"),
                                      QStringLiteral("clients"),     QStringLiteral("cache_dir")};
    s.extra = unknownKeys(n, known, QStringLiteral("'storage'"));
    return s;
}

// Names must be unique and references must resolve, so that later steps never meet a dangling name.
void Reader::checkReferences(const YAML::Node& root, const ProjectData& data) const
{
    QSet<QString> nodeNames;
    // yaml-cpp throws when indexing into a key that is absent: only look where the data came from.
    const YAML::Node nodes = data.nodes.isEmpty() ? YAML::Node() : root["cluster"]["nodes"];
    for (int i = 0; i < data.nodes.size(); ++i) {
        if (nodeNames.contains(data.nodes[i].name))
            fail(nodes[i]["name"], tr("node name '%1' is used twice").arg(data.nodes[i].name));
        nodeNames.insert(data.nodes[i].name);
    }
    QSet<QString> modelIds;
    for (int i = 0; i < data.models.size(); ++i) {
        if (modelIds.contains(data.models[i].id))
            fail(root["models"][i]["id"], tr("model id '%1' is used twice").arg(data.models[i].id));
        modelIds.insert(data.models[i].id);
    }
    QSet<QString> deploymentNames;
    const YAML::Node deployments = root["deployments"];
    for (int i = 0; i < data.deployments.size(); ++i) {
        const Deployment& d = data.deployments[i];
        if (deploymentNames.contains(d.name))
            fail(deployments[i]["name"], tr("deployment name '%1' is used twice").arg(d.name));
        deploymentNames.insert(d.name);
        // Names that resolve are deployment rules (core/deployment/Rules); the reader refuses a file that breaks
        // them, pointing at the name. The other rules are the board's to show: a file may hold a plan in progress.
        for (const deployment::RuleViolation& v : deployment::checkDeployment(data, d)) {
            const QString message = tr("deployment '%1': %2").arg(d.name, v.message);
            if (v.rule == QLatin1String("model-missing"))
                fail(deployments[i]["model"], message, v.hint);
            if (v.rule != QLatin1String("node-unknown"))
                continue;
            for (int p = 0; p < d.placement.size(); ++p) {
                if (d.placement[p].node == v.node)
                    fail(deployments[i]["placement"][p]["node"], message, v.hint);
            }
        }
    }
    if (!data.storage.isConfigured())
        return;
    if (!nodeNames.contains(data.storage.serverNode))
        fail(root["storage"]["server"],
             tr("storage server '%1' is not a node of the cluster").arg(data.storage.serverNode));
    for (int i = 0; i < data.storage.clients.size(); ++i) {
        if (!nodeNames.contains(data.storage.clients[i]))
            fail(root["storage"]["clients"][i],
                 tr("storage client '%1' is not a node of the cluster").arg(data.storage.clients[i]));
    }
}

// Every value that reaches a command on a node or a line of a file passes the value gate; a refusal points
// at the value in the file.
void Reader::checkValues(const YAML::Node& root, const ProjectData& data) const
{
    const std::optional<BadValue> bad = findBadValue(data);
    if (!bad)
        return;
    YAML::Node at = root;
    static const QRegularExpression part(QStringLiteral("([^.\\[\\]]+)|\\[(\\d+)\\]"));
    for (auto it = part.globalMatch(bad->path); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        // Const lookups, and reset() rather than assignment: yaml-cpp's operator= would rewrite the document.
        const YAML::Node& here = at;
        std::optional<YAML::Node> next;
        if (m.capturedLength(2) > 0 && here.IsSequence())
            next.emplace(here[std::size_t(m.captured(2).toInt())]);
        else if (m.capturedLength(1) > 0 && here.IsMap())
            next.emplace(here[m.captured(1).toStdString()]);
        if (!next || !next->IsDefined())
            break;
        at.reset(*next);
    }
    Error e = bad->error;
    e.file = m_file;
    const YAML::Mark mark = at.Mark();
    if (!mark.is_null()) {
        e.line = mark.line + 1;
        e.column = mark.column + 1;
    }
    throw ReadError {e};
}

ProjectData Reader::read(const YAML::Node& root)
{
    if (!root || root.IsNull())
        fail(root, tr("the file is empty"), tr("a project starts with 'version: 1'"));
    expectMap(root, tr("a project"));
    const YAML::Node version = root["version"];
    if (!version)
        fail(root, tr("missing required key 'version'"), tr("a project starts with 'version: 1'"));
    const int v = integer(root, "version", 0, 1, 1000);
    if (v > ProjectData::kVersion)
        fail(version,
             tr("this project was written by a newer NPU Fleet (version %1; this one reads up to %2)")
                 .arg(v)
                 .arg(ProjectData::kVersion));

    ProjectData data;
    data.name = text(root, "name");
    data.description = text(root, "description");
    data.demo = boolean(root, "demo", false);

    const YAML::Node clusterNode = root["cluster"];
    if (clusterNode && !clusterNode.IsNull()) {
        expectMap(clusterNode, QStringLiteral("'cluster'"));
        data.clusterName = text(clusterNode, "name");
        const YAML::Node nodes = clusterNode["nodes"];
        if (nodes && !nodes.IsNull()) {
            if (!nodes.IsSequence())
                fail(nodes, tr("'nodes' must be a list"));
            for (const YAML::Node& n : nodes)
                data.nodes << node(n);
        }
        data.clusterExtra
            = unknownKeys(clusterNode, {QStringLiteral("name"), QStringLiteral("nodes")}, QStringLiteral("'cluster'"));
    }
    for (const char* key : {"models", "deployments"}) {
        const YAML::Node list = root[key];
        if (list && !list.IsNull() && !list.IsSequence())
            fail(list, tr("'%1' must be a list").arg(QLatin1String(key)));
    }
    for (const YAML::Node& m : root["models"])
        data.models << model(m);
    for (const YAML::Node& d : root["deployments"])
        data.deployments << deployment(d);
    data.storage = storage(root["storage"]);
    Result<QList<Calibration>> calibrations = readCalibrations(root["calibration"], m_file, m_warnings);
    if (!calibrations)
        throw ReadError {calibrations.error()};
    data.calibrations = std::move(*calibrations);

    static const QSet<QString> known {
        QStringLiteral("version"),     QStringLiteral("name"),    QStringLiteral("description"),
        QStringLiteral("demo"),        QStringLiteral("cluster"), QStringLiteral("models"),
        QStringLiteral("deployments"), QStringLiteral("storage"), QStringLiteral("calibration")};
    data.extra = unknownKeys(root, known, tr("the project"));
    checkReferences(root, data);
    checkValues(root, data);
    // One rule set for secrets everywhere in the file: unknown keys, extra_args, JSON values included.
    if (const auto secret = findSecretInYaml(root))
        failAt(secret->mark, secret->finding.message, secret->finding.hint);
    return data;
}

} // namespace

bool isSecretName(const QString& name)
{
    return secrets::isSecretName(name);
}

Result<ProjectData> parseProject(const QByteArray& yaml, const QString& fileName, QStringList* warnings)
{
    // Aliases, cycles, duplicate keys and bad UTF-8 are refused before yaml-cpp builds its graph.
    if (Result<void> checked = checkYamlInput(yaml, fileName); !checked)
        return checked.error();
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        Reader reader(fileName, warnings);
        return reader.read(root);
    } catch (const ReadError& e) {
        return e.error;
    } catch (const YAML::Exception& e) {
        Error err;
        err.file = fileName;
        if (!e.mark.is_null()) {
            err.line = e.mark.line + 1;
            err.column = e.mark.column + 1;
        }
        err.message
            = QCoreApplication::translate("ProjectFile", "not valid YAML: %1").arg(QString::fromStdString(e.msg));
        return err;
    }
}

Result<ProjectData> loadProject(const QString& path, QStringList* warnings)
{
    const Result<QByteArray> bytes = util::readLimited(path, limits::kProjectFileBytes,
                                                       QCoreApplication::translate("ProjectFile", "the project file"));
    if (!bytes)
        return bytes.error();
    return parseProject(*bytes, path, warnings);
}

} // namespace npufleet::project
