// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recipes/SwarmDaemon.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/recipes/ContainerNpus.h"
#include "core/recipes/RecipeText.h"
#include "core/util/ShellQuote.h"

namespace npufleet::recipes::swarm {

QByteArray daemonFragment(const cluster::Node& node)
{
    const QString ascend = QLatin1String(kAscendRuntime);
    QJsonObject runtime {{QStringLiteral("path"), QLatin1String(kAscendRuntimePath)},
                         {QStringLiteral("runtimeArgs"), QJsonArray {}}};
    // A plain count: swarmkit reads a single integer value as a discrete resource.
    const QJsonArray generic {QStringLiteral("%1=%2").arg(QLatin1String(kNpuKind)).arg(node.accelerators().size())};
    const QJsonObject root {{QStringLiteral("default-runtime"), ascend},
                            {QStringLiteral("runtimes"), QJsonObject {{ascend, runtime}}},
                            {QStringLiteral("node-generic-resources"), generic}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray applyScript()
{
    return QByteArrayLiteral(R"SH(#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# NPU Fleet: merges daemon.json (next to this script) into Docker's daemon.json, keeping every other key and a
# dated backup, and restarts Docker when something changed. Running containers stop with the restart unless
# "live-restore" is on: run it before the deployment starts.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
target="${NPUFLEET_DAEMON_JSON:-/etc/docker/daemon.json}"
rc=0
python3 - "$target" "$here/daemon.json" <<'PY' || rc=$?
import json, os, shutil, sys, time
target, fragment = sys.argv[1], sys.argv[2]
current = {}
if os.path.exists(target):
    with open(target) as f:
        text = f.read().strip()
    current = json.loads(text) if text else {}
with open(fragment) as f:
    new = json.load(f)
merged = json.loads(json.dumps(current))
for key, value in new.items():
    old = merged.get(key)
    if isinstance(value, dict) and isinstance(old, dict):
        old.update(value)
    elif key == "node-generic-resources" and isinstance(old, list):
        kinds = {v.split("=", 1)[0] for v in value}
        merged[key] = [v for v in old if v.split("=", 1)[0] not in kinds] + value
    else:
        merged[key] = value
if merged == current:
    print("unchanged:", target)
    sys.exit(3)
if os.path.exists(target):
    shutil.copy2(target, target + ".npufleet-" + time.strftime("%Y%m%d%H%M%S"))
tmp = target + ".npufleet-new"
with open(tmp, "w") as f:
    json.dump(merged, f, indent=4)
    f.write("\n")
os.replace(tmp, target)
print("updated:", target)
PY
case "$rc" in
0) systemctl restart docker ;;
3) ;;
*) exit "$rc" ;;
esac
docker info --format 'default runtime: {{.DefaultRuntime}}, generic resources: {{json .GenericResources}}'
)SH");
}

Step checkRuntimeStep(const QString& node, const QString& applyFile, int npus)
{
    Step s;
    s.id = node + QStringLiteral("/check-npu-runtime");
    s.node = node;
    s.phase = StepPhase::Check;
    s.purpose = RecipeText::tr("Docker's default runtime is the Ascend Docker Runtime and the node offers %n NPU(s) "
                               "to Swarm",
                               nullptr, npus);
    const QString fix = RecipeText::tr("run %1 on this node first (RUNBOOK.md: Before the first start)").arg(applyFile);
    // The NPU count offered: the Value of the NPU entry in `docker info`'s generic resources.
    s.script = QStringLiteral(
                   "if [ \"$(docker info --format '{{.DefaultRuntime}}')\" != %1 ]; then echo %2 >&2; exit 1; fi; "
                   "n=\"$(docker info --format '{{range .GenericResources}}{{with .DiscreteResourceSpec}}"
                   "{{if eq .Kind \"%3\"}}{{.Value}}{{end}}{{end}}{{end}}')\"; "
                   "if [ \"${n:-0}\" -lt %4 ]; then echo %2 >&2; exit 1; fi")
                   .arg(QLatin1String(kAscendRuntime), shell::quote(fix), QLatin1String(kNpuKind))
                   .arg(npus);
    s.intent = remote::CommandIntent::of(remote::CommandKind::LaunchCheck);
    return s;
}

} // namespace npufleet::recipes::swarm
