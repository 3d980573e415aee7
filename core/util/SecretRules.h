// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace npufleet::secrets {

// The one rule set that says what is a secret. The project reader, the project writer, the
// exporters (and the editor) all ask it, so that no two places disagree.
//
// Names (environment variables, YAML keys, JSON keys, option names) are cut into words at '_', '-',
// '.', digits and camelCase humps. A name is secret when a word is one of KEY, KEYS, APIKEY, TOKEN,
// SECRET, PASS, PASSWD, PASSWORD, PASSPHRASE, AUTH, CREDENTIAL(S), PRIVATEKEY, ACCESSKEY, or a word
// ends in TOKEN, APIKEY, SECRET, PASSWD or PASSWORD (HFTOKEN, DBPASSWORD), unless the last word says
// the value only points at or describes a secret (FILE, PATH, DIR, URL, ENV, NAME, ID, LEN, LENGTH,
// SIZE, LIMIT, COUNT, MODE, TYPE, ENABLE(D)). So OPENAI_APIKEY, DB_PASS, HF_AUTH and apiKey are
// secret; max_tokens (TOKENS), tokenizer, KEYRING, BYPASS, PWD and PASSWORD_FILE are not.
bool isSecretName(const QString& name);

// "${VAR}": a reference to an environment variable, filled in at run time.
bool isReference(const QString& value);
QString referenceName(const QString& value); // VAR, or empty when not a reference

// A value that needs no protection whatever its name: empty, a boolean (true, no, on, 0, 1…).
bool isHarmless(const QString& value);

// Value shapes that are secrets whatever their name: sk-… (OpenAI, Anthropic), hf_… (Hugging Face),
// ghp_/gho_/ghs_/ghu_/ghr_/github_pat_… (GitHub), glpat-… (GitLab), xox?-… (Slack), AKIA… (AWS),
// "Bearer …" / "Basic …", JWTs (eyJ….eyJ….…), PEM private keys, URLs with a password
// (scheme://user:pass@host) and long random words (32+ letters and digits, both cases, 3+ digits,
// high entropy, no English-looking run of lower-case letters: not hex digests, UUIDs, model names
// or CamelCase class names). A heuristic: a named secret is caught by its name first. Returns what
// the value looks like ("a Hugging Face token"), or nothing.
std::optional<QString> secretShape(const QString& value);

// The environment variable name to suggest for a secret named `name`: DB_PASS, HF_TOKEN.
QString variableFor(const QString& name);

struct Finding
{
    QString message;
    QString hint;
    int index = -1; // the list item (extra_args) it is about, when it is about one
};

// A named value (an environment variable, a key of a mapping): a secret name with a literal value,
// or a value of a secret shape. References (${VAR}) pass. `where` says whose value it is.
std::optional<Finding> checkNamedValue(const QString& name, const QString& value, const QString& where);

// A value with no name (a list item, a description): only the shapes.
std::optional<Finding> checkValue(const QString& value, const QString& where);

// Engine arguments (extra_args): --api-key VALUE, --api-key=VALUE, --hf-token, --password… and any
// item of a secret shape. A secret never belongs on a command line (ps shows it to every user of
// the node), and a ${VAR} there reaches the engine as those very characters: the fix is an
// environment variable the engine reads.
std::optional<Finding> checkArguments(const QStringList& args, const QString& where);

// JSON text (additional_config and other JSON-valued fields): every string under a secret key, and
// every string of a secret shape. Text that is not JSON is checked as one value.
std::optional<Finding> checkJsonText(const QString& text, const QString& where);

struct SecretText
{
    Q_DECLARE_TR_FUNCTIONS(SecretText)
};

} // namespace npufleet::secrets
