// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/serving/Conversation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace npufleet::serving {

namespace {

const QLatin1String kFormat("npufleet-conversation");
constexpr int kVersion = 1;

void putOptional(QJsonObject& obj, const QString& key, const auto& value)
{
    if (value)
        obj.insert(key, *value);
}

QJsonObject statsJson(const ReplyStats& s)
{
    QJsonObject o;
    o.insert(QStringLiteral("ttft_ms"), s.ttftMs);
    o.insert(QStringLiteral("duration_ms"), s.durationMs);
    o.insert(QStringLiteral("tokens_per_second"), s.tokensPerSecond);
    o.insert(QStringLiteral("prompt_tokens"), s.promptTokens);
    o.insert(QStringLiteral("completion_tokens"), s.completionTokens);
    o.insert(QStringLiteral("estimated"), s.estimated);
    return o;
}

ReplyStats statsFrom(const QJsonObject& o)
{
    ReplyStats s;
    s.ttftMs = o.value(QStringLiteral("ttft_ms")).toDouble(-1);
    s.durationMs = o.value(QStringLiteral("duration_ms")).toDouble(0);
    s.tokensPerSecond = o.value(QStringLiteral("tokens_per_second")).toDouble(-1);
    s.promptTokens = o.value(QStringLiteral("prompt_tokens")).toInt(-1);
    s.completionTokens = o.value(QStringLiteral("completion_tokens")).toInt(-1);
    s.estimated = o.value(QStringLiteral("estimated")).toBool();
    return s;
}

QString quoted(const QString& text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines)
        line.prepend(QStringLiteral("> "));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QList<ChatMessage> Conversation::messages(int count) const
{
    QList<ChatMessage> out;
    if (!systemPrompt.trimmed().isEmpty())
        out.append({QStringLiteral("system"), systemPrompt});
    for (int i = 0; i < qMin(count, int(turns.size())); ++i) {
        const ChatTurn& t = turns.at(i);
        // Thinking is not sent back: the chat templates of R1 and Qwen3 drop it from history anyway.
        if (t.role == QLatin1String("assistant") && t.content.isEmpty())
            continue;
        out.append({t.role, t.content});
    }
    return out;
}

QJsonObject Conversation::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("endpoint"), endpoint);
    o.insert(QStringLiteral("model"), model);
    o.insert(QStringLiteral("system"), systemPrompt);
    if (created.isValid())
        o.insert(QStringLiteral("created"), created.toString(Qt::ISODate));
    QJsonObject p;
    putOptional(p, QStringLiteral("temperature"), sampling.temperature);
    putOptional(p, QStringLiteral("top_p"), sampling.topP);
    putOptional(p, QStringLiteral("max_tokens"), sampling.maxTokens);
    putOptional(p, QStringLiteral("seed"), sampling.seed);
    if (!sampling.stop.isEmpty())
        p.insert(QStringLiteral("stop"), QJsonArray::fromStringList(sampling.stop));
    o.insert(QStringLiteral("sampling"), p);
    QJsonArray list;
    for (const ChatTurn& t : turns) {
        QJsonObject j {{QStringLiteral("role"), t.role}, {QStringLiteral("content"), t.content}};
        if (!t.reasoning.isEmpty())
            j.insert(QStringLiteral("reasoning"), t.reasoning);
        if (!t.error.isEmpty())
            j.insert(QStringLiteral("error"), t.error);
        if (t.role == QLatin1String("assistant")) {
            j.insert(QStringLiteral("model"), t.model);
            j.insert(QStringLiteral("stats"), statsJson(t.stats));
        }
        list.append(j);
    }
    o.insert(QStringLiteral("turns"), list);
    return o;
}

Conversation Conversation::fromJson(const QJsonObject& o)
{
    Conversation c;
    c.title = o.value(QStringLiteral("title")).toString();
    c.endpoint = o.value(QStringLiteral("endpoint")).toString();
    c.model = o.value(QStringLiteral("model")).toString();
    c.systemPrompt = o.value(QStringLiteral("system")).toString();
    c.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODate);
    const QJsonObject p = o.value(QStringLiteral("sampling")).toObject();
    if (p.contains(QStringLiteral("temperature")))
        c.sampling.temperature = p.value(QStringLiteral("temperature")).toDouble();
    if (p.contains(QStringLiteral("top_p")))
        c.sampling.topP = p.value(QStringLiteral("top_p")).toDouble();
    if (p.contains(QStringLiteral("max_tokens")))
        c.sampling.maxTokens = p.value(QStringLiteral("max_tokens")).toInt();
    if (p.contains(QStringLiteral("seed")))
        c.sampling.seed = p.value(QStringLiteral("seed")).toInteger();
    for (const QJsonValue& v : p.value(QStringLiteral("stop")).toArray())
        c.sampling.stop.append(v.toString());
    for (const QJsonValue& v : o.value(QStringLiteral("turns")).toArray()) {
        const QJsonObject j = v.toObject();
        ChatTurn t;
        t.role = j.value(QStringLiteral("role")).toString();
        t.content = j.value(QStringLiteral("content")).toString();
        t.reasoning = j.value(QStringLiteral("reasoning")).toString();
        t.error = j.value(QStringLiteral("error")).toString();
        t.model = j.value(QStringLiteral("model")).toString();
        t.stats = statsFrom(j.value(QStringLiteral("stats")).toObject());
        c.turns.append(t);
    }
    return c;
}

QString Conversation::toMarkdown() const
{
    QString md;
    md += QStringLiteral("## ") + (title.isEmpty() ? model : title) + QStringLiteral("\n\n");
    md += QStringLiteral("- endpoint: `") + endpoint + QStringLiteral("`\n- model: `") + model
        + QStringLiteral("`\n\n");
    if (!systemPrompt.isEmpty())
        md += QStringLiteral("**System**\n\n") + quoted(systemPrompt) + QStringLiteral("\n\n");
    for (const ChatTurn& t : turns) {
        const bool user = t.role == QLatin1String("user");
        md += user ? QCoreApplication::translate("npufleet::serving", "**User**")
                   : QCoreApplication::translate("npufleet::serving", "**Assistant**");
        md += QStringLiteral("\n\n");
        if (!t.reasoning.isEmpty())
            md += QStringLiteral("<details><summary>") + QCoreApplication::translate("npufleet::serving", "Thinking")
                + QStringLiteral("</summary>\n\n") + t.reasoning + QStringLiteral("\n\n</details>\n\n");
        md += t.content + QStringLiteral("\n\n");
        if (!t.error.isEmpty())
            md += QStringLiteral("*") + t.error + QStringLiteral("*\n\n");
        if (!user)
            md += QStringLiteral("<sub>") + t.stats.summary() + QStringLiteral("</sub>\n\n");
    }
    return md;
}

QByteArray saveConversations(const QList<Conversation>& conversations)
{
    QJsonArray list;
    for (const Conversation& c : conversations)
        list.append(c.toJson());
    QJsonObject root {{QStringLiteral("format"), kFormat},
                      {QStringLiteral("version"), kVersion},
                      {QStringLiteral("conversations"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<QList<Conversation>> loadConversations(const QByteArray& json, const QString& fileName)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    Error error;
    error.file = fileName;
    if (pe.error != QJsonParseError::NoError) {
        // Name the line the parser stopped on: offsets are useless to people.
        error.line = int(json.left(pe.offset).count('\n')) + 1;
        error.message = pe.errorString();
        return error;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat) {
        error.message = QCoreApplication::translate("npufleet::serving", "not an NPU Fleet conversation file");
        return error;
    }
    if (root.value(QStringLiteral("version")).toInt() > kVersion) {
        error.message = QCoreApplication::translate("npufleet::serving", "saved by a newer NPU Fleet (version %1)")
                            .arg(root.value(QStringLiteral("version")).toInt());
        return error;
    }
    QList<Conversation> out;
    for (const QJsonValue& v : root.value(QStringLiteral("conversations")).toArray())
        out.append(Conversation::fromJson(v.toObject()));
    if (out.isEmpty()) {
        error.message = QCoreApplication::translate("npufleet::serving", "the file holds no conversation");
        return error;
    }
    return out;
}

QString conversationsToMarkdown(const QList<Conversation>& conversations)
{
    QString md = QStringLiteral("# ") + QCoreApplication::translate("npufleet::serving", "Conversation")
        + QStringLiteral("\n\n");
    for (const Conversation& c : conversations)
        md += c.toMarkdown();
    return md;
}

} // namespace npufleet::serving
