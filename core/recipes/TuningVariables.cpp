// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recipes/TuningVariables.h"

namespace npufleet::recipes {

namespace {
QList<TuningVariable> buildTable()
{
    const QString tuning = QStringLiteral("vllm-ascend optimization_and_tuning.md");
    const QString multiNode = QStringLiteral("vllm-ascend tutorials/multi_node.md");
    return {
        {QStringLiteral("HCCL_BUFFSIZE"), QStringLiteral("1024"), true,
         TuningVariables::tr("Cache size in MB for sharing data between two NPUs (HCCL). The docs use 1024 most "
                             "often; large MoE models with expert parallel may need more."),
         tuning},
        {QStringLiteral("HCCL_CONNECT_TIMEOUT"), QStringLiteral("120"), false,
         TuningVariables::tr("Seconds HCCL waits for the other ranks to connect (CANN default 120). Raise it when "
                             "nodes start far apart, e.g. a slow model load on one node (error EI0006)."),
         QStringLiteral("CANN EI0006; vllm-ascend GLM5.2.md")},
        {QStringLiteral("HCCL_EXEC_TIMEOUT"), QStringLiteral("200"), false,
         TuningVariables::tr("Seconds an HCCL collective may run before it is declared hung."),
         QStringLiteral("vllm-ascend GLM5.2.md")},
        {QStringLiteral("HCCL_OP_EXPANSION_MODE"), QStringLiteral("AIV"), false,
         TuningVariables::tr("AIV: communication is scheduled by the AI vector cores directly with RoCE instead of "
                             "by the AI CPU."),
         tuning},
        {QStringLiteral("PYTORCH_NPU_ALLOC_CONF"), QStringLiteral("expandable_segments:True"), false,
         TuningVariables::tr("NPU memory allocator options. expandable_segments:True uses virtual memory to reduce "
                             "fragmentation; max_split_size_mb:250 stops large blocks from being split."),
         QStringLiteral("vllm-ascend faqs.md")},
        {QStringLiteral("TASK_QUEUE_ENABLE"), QStringLiteral("1"), false,
         TuningVariables::tr("Operator delivery queue optimisation (1 or 2). 2 may raise peak memory and hurt when "
                             "memory is tight."),
         tuning},
        {QStringLiteral("OMP_PROC_BIND"), QStringLiteral("false"), true,
         TuningVariables::tr("OpenMP thread binding; the multi-node guide sets false. No further explanation in the "
                             "vllm-ascend docs."),
         multiNode},
        {QStringLiteral("OMP_NUM_THREADS"), QStringLiteral("10"), true,
         TuningVariables::tr("OpenMP threads per process; the multi-node guide uses 10 (v0.11.0) or 100 (v0.9.1), "
                             "single-node examples 1."),
         multiNode},
        {QStringLiteral("VLLM_USE_MODELSCOPE"), QStringLiteral("True"), true,
         TuningVariables::tr("Download models from ModelScope instead of Hugging Face (useful where Hugging Face is "
                             "unreachable). Local model folders are used as they are."),
         QStringLiteral("vllm-ascend quick_start.md")},
        {QStringLiteral("VLLM_USE_V1"), QStringLiteral("1"), false,
         TuningVariables::tr("Use vLLM's V1 engine. The v0.9.1 multi-node guide sets it on the worker node; later "
                             "versions use V1 by default."),
         multiNode},
    };
}
} // namespace

const QList<TuningVariable>& TuningVariables::all()
{
    static const QList<TuningVariable> table = buildTable();
    return table;
}

const TuningVariable* TuningVariables::find(const QString& name)
{
    for (const TuningVariable& v : all()) {
        if (v.name == name)
            return &v;
    }
    return nullptr;
}

project::EnvironmentList TuningVariables::networkFor(const cluster::Node& node)
{
    if (node.clusterInterface.isEmpty())
        return {};
    const QString nic = node.clusterInterface;
    return {{QStringLiteral("HCCL_IF_IP"), node.clusterAddress()},
            {QStringLiteral("HCCL_SOCKET_IFNAME"), nic},
            {QStringLiteral("GLOO_SOCKET_IFNAME"), nic},
            {QStringLiteral("TP_SOCKET_IFNAME"), nic}};
}

project::EnvironmentList TuningVariables::tuningFor(const project::Deployment& deployment)
{
    project::EnvironmentList env;
    for (const TuningVariable& v : all()) {
        if (v.onByDefault)
            env << qMakePair(v.name, v.suggested);
    }
    for (const auto& [name, value] : deployment.environment)
        setVariable(env, name, value);
    return env;
}

project::EnvironmentList TuningVariables::forNode(const cluster::Node& node, const project::Deployment& deployment)
{
    project::EnvironmentList env = networkFor(node);
    for (const auto& [name, value] : tuningFor(deployment)) {
        bool network = false;
        for (const auto& n : std::as_const(env))
            network = network || n.first == name;
        if (!network)
            env << qMakePair(name, value);
    }
    return env;
}

void setVariable(project::EnvironmentList& env, const QString& name, const QString& value)
{
    for (auto& pair : env) {
        if (pair.first == name) {
            pair.second = value;
            return;
        }
    }
    env << qMakePair(name, value);
}

} // namespace npufleet::recipes
