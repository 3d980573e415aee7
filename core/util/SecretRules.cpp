// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/SecretRules.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace npufleet::secrets {

namespace {

// "OPENAI_APIKEY" -> OPENAI, APIKEY; "hfToken" -> HF, TOKEN; "APIKey2" -> API, KEY.
QStringList words(const QString& name)
{
    QStringList out;
    QString current;
    const auto flush = [&] {
        if (!current.isEmpty())
            out << current.toUpper();
        current.clear();
    };
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (!c.isLetterOrNumber()) {
            flush();
            continue;
        }
        if (!current.isEmpty()) {
            const QChar prev = current.back();
            const bool digitEdge = prev.isDigit() != c.isDigit();
            const bool hump = prev.isLower() && c.isUpper();
            // "APIKey": the K starts a word when a lower-case letter follows it.
            const bool acronymEnd = prev.isUpper() && c.isUpper() && i + 1 < name.size() && name.at(i + 1).isLower();
            if (digitEdge || hump || acronymEnd)
                flush();
        }
        current += c;
    }
    flush();
    return out;
}

bool isSecretWord(const QString& w)
{
    static const QSet<QString> exact {
        QStringLiteral("KEY"),        QStringLiteral("KEYS"),       QStringLiteral("APIKEY"),
        QStringLiteral("APIKEYS"),    QStringLiteral("TOKEN"),      QStringLiteral("SECRET"),
        QStringLiteral("SECRETS"),    QStringLiteral("PASS"),       QStringLiteral("PASSWD"),
        QStringLiteral("PASSWORD"),   QStringLiteral("PASSWORDS"),  QStringLiteral("PASSPHRASE"),
        QStringLiteral("AUTH"),       QStringLiteral("CREDENTIAL"), QStringLiteral("CREDENTIALS"),
        QStringLiteral("PRIVATEKEY"), QStringLiteral("ACCESSKEY"),  QStringLiteral("SECRETKEY")};
    if (exact.contains(w))
        return true;
    for (const char* tail : {"TOKEN", "APIKEY", "SECRET", "PASSWD", "PASSWORD"}) {
        if (w.endsWith(QLatin1String(tail)))
            return true;
    }
    return false;
}

// The last word says the value names, locates or sizes a secret rather than being one.
bool isDescriptorWord(const QString& w)
{
    static const QSet<QString> descriptors {QStringLiteral("FILE"),   QStringLiteral("FILES"),  QStringLiteral("PATH"),
                                            QStringLiteral("DIR"),    QStringLiteral("URL"),    QStringLiteral("ENV"),
                                            QStringLiteral("NAME"),   QStringLiteral("ID"),     QStringLiteral("LEN"),
                                            QStringLiteral("LENGTH"), QStringLiteral("SIZE"),   QStringLiteral("LIMIT"),
                                            QStringLiteral("COUNT"),  QStringLiteral("MODE"),   QStringLiteral("TYPE"),
                                            QStringLiteral("ENABLE"), QStringLiteral("ENABLED")};
    return descriptors.contains(w);
}

double entropyPerChar(const QString& s)
{
    QHash<QChar, int> counts;
    for (QChar c : s)
        ++counts[c];
    double h = 0;
    for (int n : std::as_const(counts)) {
        const double p = double(n) / double(s.size());
        h -= p * std::log2(p);
    }
    return h;
}

// A long random word: 32+ characters of [A-Za-z0-9+=] between separators, with upper and lower
// case, at least three digits, high entropy and no run of seven lower-case letters (which a
// CamelCase class name such as Qwen3MoeForCausalLMWithMultiTokenPrediction has). Hex digests (no
// upper case), UUIDs and model names (short parts between '-') do not qualify.
bool isRandomWord(const QString& value)
{
    static const QRegularExpression parts(QStringLiteral("[A-Za-z0-9+=]{32,}"));
    static const QRegularExpression word(QStringLiteral("[a-z]{7}"));
    auto it = parts.globalMatch(value);
    while (it.hasNext()) {
        const QString part = it.next().captured(0);
        bool upper = false, lower = false;
        int digits = 0;
        for (QChar c : part) {
            upper = upper || c.isUpper();
            lower = lower || c.isLower();
            digits += c.isDigit() ? 1 : 0;
        }
        if (upper && lower && digits >= 3 && !word.match(part).hasMatch() && entropyPerChar(part) >= 4.2)
            return true;
    }
    return false;
}

QString finding(const QString& what, const QString& where)
{
    return where.isEmpty() ? what : QStringLiteral("%1: %2").arg(where, what);
}

QString referenceHint()
{
    return SecretText::tr("secrets are never stored in project files or exports; set the variable on the machine "
                          "that runs the launch");
}

// The variable an engine reads instead of a command-line secret, where one is known.
QString engineVariable(const QString& option)
{
    const QString o = option.toLower();
    if (o == QLatin1String("--api-key"))
        return QStringLiteral("VLLM_API_KEY");
    if (o == QLatin1String("--hf-token"))
        return QStringLiteral("HF_TOKEN");
    QString name = option;
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    return variableFor(name);
}

std::optional<Finding> checkJson(const QJsonValue& v, const QString& key, const QString& where)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (auto f = checkJson(it.value(), it.key(), where))
                return f;
        }
    } else if (v.isArray()) {
        for (const QJsonValue& item : v.toArray()) {
            if (auto f = checkJson(item, key, where))
                return f;
        }
    } else if (v.isString()) {
        const QString s = v.toString();
        // A reference in JSON text reaches the engine as those characters: no engine expands it.
        if (!key.isEmpty() && isSecretName(key) && !isHarmless(s))
            return Finding {finding(SecretText::tr("the JSON key \"%1\" holds a secret").arg(key), where),
                            SecretText::tr("keep secrets out of JSON options: give the engine the secret through an "
                                           "environment variable such as %1: ${%1}")
                                .arg(variableFor(key))};
        if (auto shape = secretShape(s))
            return Finding {
                finding(SecretText::tr("the JSON value of \"%1\" looks like a secret (%2)").arg(key, *shape), where),
                SecretText::tr("keep secrets out of JSON options: pass them in an environment variable "
                               "written as ${VAR}")};
    }
    return std::nullopt;
}

} // namespace

bool isSecretName(const QString& name)
{
    const QStringList w = words(name);
    if (w.isEmpty() || isDescriptorWord(w.last()))
        return false;
    for (const QString& word : w) {
        if (isSecretWord(word))
            return true;
    }
    return false;
}

bool isReference(const QString& value)
{
    return !referenceName(value).isEmpty();
}

QString referenceName(const QString& value)
{
    static const QRegularExpression ref(QStringLiteral("^\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}$"));
    const QRegularExpressionMatch m = ref.match(value.trimmed());
    return m.hasMatch() ? m.captured(1) : QString();
}

bool isHarmless(const QString& value)
{
    static const QSet<QString> plain {QString(),
                                      QStringLiteral("true"),
                                      QStringLiteral("false"),
                                      QStringLiteral("yes"),
                                      QStringLiteral("no"),
                                      QStringLiteral("on"),
                                      QStringLiteral("off"),
                                      QStringLiteral("none"),
                                      QStringLiteral("null"),
                                      QStringLiteral("0"),
                                      QStringLiteral("1")};
    return plain.contains(value.trimmed().toLower());
}

std::optional<QString> secretShape(const QString& value)
{
    struct Shape
    {
        const char* pattern;
        const char* what;
    };
    // QT_TRANSLATE_NOOP: lupdate finds the names here; tr() looks them up below.
    static const Shape shapes[] = {
        {"(^|[^A-Za-z0-9])sk-[A-Za-z0-9_-]{16,}", QT_TRANSLATE_NOOP("SecretText", "an OpenAI-style API key")},
        {"(^|[^A-Za-z0-9])hf_[A-Za-z0-9]{20,}", QT_TRANSLATE_NOOP("SecretText", "a Hugging Face token")},
        {"(^|[^A-Za-z0-9])(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})",
         QT_TRANSLATE_NOOP("SecretText", "a GitHub token")},
        {"(^|[^A-Za-z0-9])glpat-[A-Za-z0-9_-]{20,}", QT_TRANSLATE_NOOP("SecretText", "a GitLab token")},
        {"(^|[^A-Za-z0-9])xox[abprs]-[A-Za-z0-9-]{10,}", QT_TRANSLATE_NOOP("SecretText", "a Slack token")},
        {"(^|[^A-Za-z0-9])(AKIA|ASIA)[0-9A-Z]{16}($|[^A-Za-z0-9])", QT_TRANSLATE_NOOP("SecretText", "an AWS key")},
        {"(^|[^A-Za-z])(?i:bearer)\\s+(?=[A-Za-z0-9._~+/=-]*[0-9])[A-Za-z0-9._~+/=-]{12,}",
         QT_TRANSLATE_NOOP("SecretText", "an Authorization header value")},
        {"eyJ[A-Za-z0-9_-]{4,}\\.eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*",
         QT_TRANSLATE_NOOP("SecretText", "a JSON Web Token")},
        {"-----BEGIN [A-Z ]*PRIVATE KEY-----", QT_TRANSLATE_NOOP("SecretText", "a private key")},
        {"[A-Za-z][A-Za-z0-9+.-]*://[^/\\s:@]+:[^/\\s@]+@", QT_TRANSLATE_NOOP("SecretText", "a URL with a password")},
    };
    static const QList<QRegularExpression> compiled = [] {
        QList<QRegularExpression> out;
        for (const Shape& s : shapes)
            out << QRegularExpression(QString::fromLatin1(s.pattern));
        return out;
    }();
    for (qsizetype i = 0; i < compiled.size(); ++i) {
        const QRegularExpressionMatch m = compiled.at(i).match(value);
        // "${…}" inside a URL's password is a reference, not a password.
        if (m.hasMatch() && !(i == compiled.size() - 1 && m.captured(0).contains(QLatin1String("${"))))
            return SecretText::tr(shapes[i].what);
    }
    if (isRandomWord(value))
        return SecretText::tr("a long random token");
    return std::nullopt;
}

QString variableFor(const QString& name)
{
    QString v;
    for (QChar c : name)
        v += (c.unicode() < 128 && c.isLetterOrNumber()) ? c.toUpper() : QLatin1Char('_');
    if (v.isEmpty() || v.front().isDigit())
        v.prepend(QLatin1Char('_'));
    return v;
}

std::optional<Finding> checkNamedValue(const QString& name, const QString& value, const QString& where)
{
    if (isReference(value))
        return std::nullopt;
    if (isSecretName(name) && !isHarmless(value))
        return Finding {where.isEmpty()
                            ? SecretText::tr("%1 looks like a secret: write it as a reference such as ${%2}")
                                  .arg(name, variableFor(name))
                            : SecretText::tr("%1 in %2 looks like a secret: write it as a reference such as ${%3}")
                                  .arg(name, where, variableFor(name)),
                        referenceHint()};
    if (auto shape = secretShape(value))
        return Finding {finding(SecretText::tr("the value of %1 looks like a secret (%2)").arg(name, *shape), where),
                        SecretText::tr("write it as a reference such as ${%1}; ").arg(variableFor(name))
                            + referenceHint()};
    return std::nullopt;
}

std::optional<Finding> checkValue(const QString& value, const QString& where)
{
    if (auto shape = secretShape(value))
        return Finding {finding(SecretText::tr("a value looks like a secret (%1)").arg(*shape), where),
                        SecretText::tr("move the secret into an environment variable and write it as ${VAR}")};
    return std::nullopt;
}

std::optional<Finding> checkArguments(const QStringList& args, const QString& where)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg.startsWith(QLatin1Char('-'))) {
            const qsizetype eq = arg.indexOf(QLatin1Char('='));
            const QString option = eq < 0 ? arg : arg.left(eq);
            const bool attached = eq >= 0;
            const bool next = !attached && i + 1 < args.size() && !args.at(i + 1).startsWith(QLatin1Char('-'));
            const QString value = attached ? arg.mid(eq + 1) : next ? args.at(i + 1) : QString();
            if (isSecretName(option) && !isHarmless(value)) {
                const QString var = engineVariable(option);
                Finding f {
                    finding(SecretText::tr("%1 carries a secret on the engine's command line").arg(option), where),
                    SecretText::tr("remove %1 and its value; add %2: ${%2} under environment (the engine "
                                   "reads it from there, and the value comes from the launching machine)")
                        .arg(option, var),
                    i};
                return f;
            }
        }
        if (auto shape = secretShape(arg))
            return Finding {finding(SecretText::tr("an argument looks like a secret (%1)").arg(*shape), where),
                            SecretText::tr("pass the secret in an environment variable the engine reads, written "
                                           "as ${VAR} under environment"),
                            i};
    }
    return std::nullopt;
}

std::optional<Finding> checkJsonText(const QString& text, const QString& where)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return checkValue(text, where);
    return checkJson(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), QString(), where);
}

} // namespace npufleet::secrets
