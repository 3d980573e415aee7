// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/YamlSecrets.h"

#include <QString>

#include "core/project/ProjectData.h"
#include "core/project/ProjectFile.h"

namespace npufleet::project {

namespace {

QString scalarText(const YAML::Node& n)
{
    return QString::fromStdString(n.Scalar());
}

// A sequence's items as words (an argument list), when every item is a scalar.
std::optional<QStringList> scalarWords(const YAML::Node& n)
{
    QStringList words;
    for (const YAML::Node& i : n) {
        if (!i.IsScalar())
            return std::nullopt;
        words << scalarText(i);
    }
    return words;
}

bool looksLikeJson(const QString& text)
{
    const QString t = text.trimmed();
    return (t.startsWith(QLatin1Char('{')) && t.endsWith(QLatin1Char('}')))
        || (t.startsWith(QLatin1Char('[')) && t.endsWith(QLatin1Char(']')));
}

// A path such as deployments[0].serving.extra_args, with an item's name when it has one.
QString child(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString item(const QString& path, const YAML::Node& n, std::size_t index)
{
    for (const char* key : {"id", "name"}) {
        if (n.IsMap() && n[key] && n[key].IsScalar())
            return QStringLiteral("%1[%2]").arg(path, scalarText(n[key]));
    }
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

// `owner` is where the node hangs (deployments[d].serving), `key` its key there, if any: a named
// value is reported as "KEY in OWNER", a list or JSON text by its own path.
std::optional<YamlSecret> walk(const YAML::Node& n, const QString& key, const QString& owner, int depth)
{
    if (depth > 64) // the reader has limits of its own; this walk never recurses without end
        return std::nullopt;
    const QString path = key.isEmpty() ? owner : child(owner, key);
    if (n.IsScalar()) {
        const QString value = scalarText(n);
        std::optional<secrets::Finding> f;
        if (looksLikeJson(value))
            f = secrets::checkJsonText(value, path);
        else if (!key.isEmpty())
            f = secrets::checkNamedValue(key, value, owner);
        else
            f = secrets::checkValue(value, path);
        if (f)
            return YamlSecret {*f, n.Mark()};
        return std::nullopt;
    }
    if (n.IsSequence()) {
        if (const auto words = scalarWords(n)) {
            if (auto f = secrets::checkArguments(*words, path))
                return YamlSecret {*f, n[std::size_t(qMax(0, f->index))].Mark()};
        }
        for (std::size_t i = 0; i < n.size(); ++i) {
            if (auto s = walk(n[i], QString(), item(path, n[i], i), depth + 1))
                return s;
        }
        return std::nullopt;
    }
    if (n.IsMap()) {
        for (auto it = n.begin(); it != n.end(); ++it) {
            const QString k = it->first.IsScalar() ? scalarText(it->first) : QString();
            if (auto s = walk(it->second, k, path, depth + 1))
                return s;
        }
    }
    return std::nullopt;
}

const char* const kRedacted = "${REDACTED}";

// The walk above, replacing what it finds instead of stopping there.
void redact(YAML::Node n, const QString& key, const QString& owner, int depth)
{
    if (depth > 64)
        return;
    const QString path = key.isEmpty() ? owner : child(owner, key);
    if (n.IsScalar()) {
        const QString value = scalarText(n);
        const bool secret = looksLikeJson(value) ? secrets::checkJsonText(value, path).has_value()
            : !key.isEmpty()                     ? secrets::checkNamedValue(key, value, owner).has_value()
                                                 : secrets::checkValue(value, path).has_value();
        if (secret)
            n = kRedacted;
        return;
    }
    if (n.IsSequence()) {
        for (std::size_t round = 0; round <= n.size(); ++round) {
            const auto words = scalarWords(n);
            const auto f = words ? secrets::checkArguments(*words, path) : std::nullopt;
            if (!f || f->index < 0 || std::size_t(f->index) >= n.size())
                break;
            // --api-key=VALUE keeps its option; a lone VALUE goes whole.
            const QString word = words->at(f->index);
            const qsizetype eq = word.indexOf(QLatin1Char('='));
            YAML::Node at = n[std::size_t(f->index)];
            at = word.startsWith(QLatin1Char('-')) && eq > 0
                ? QString(word.left(eq + 1) + QLatin1String(kRedacted)).toStdString()
                : std::string(kRedacted);
        }
        for (std::size_t i = 0; i < n.size(); ++i)
            redact(n[i], QString(), item(path, n[i], i), depth + 1);
        return;
    }
    if (n.IsMap()) {
        for (auto it = n.begin(); it != n.end(); ++it) {
            const QString k = it->first.IsScalar() ? scalarText(it->first) : QString();
            redact(it->second, k, path, depth + 1);
        }
    }
}

} // namespace

QByteArray redactedProjectYaml(const ProjectData& data)
{
    const QByteArray text = serializeProject(data);
    try {
        YAML::Node root = YAML::Load(text.toStdString());
        redact(root, QString(), QString(), 0);
        YAML::Emitter out;
        out << root;
        return QByteArray(out.c_str()) + '\n';
    } catch (const YAML::Exception&) {
        return QByteArray("# the project could not be written for this report\n");
    }
}

std::optional<YamlSecret> findSecretInYaml(const YAML::Node& root)
{
    return walk(root, QString(), QString(), 0);
}

std::optional<secrets::Finding> findSecretInDeployment(const Deployment& deployment)
{
    ProjectData only;
    only.deployments << deployment;
    try {
        if (auto found = findSecretInYaml(YAML::Load(serializeProject(only).toStdString())))
            return found->finding;
    } catch (const YAML::Exception&) {
        // What the writer wrote always reads back; nothing to check if it ever did not.
    }
    return std::nullopt;
}

} // namespace npufleet::project
