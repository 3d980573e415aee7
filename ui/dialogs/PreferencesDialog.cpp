// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/PreferencesDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/remote/SshTransport.h"
#include "core/util/Translations.h"

#include "ui/main/Settings.h"

namespace npufleet::ui {

namespace {

QSpinBox* spin(QWidget* parent, const char* name, int low, int high, int value)
{
    auto* s = new QSpinBox(parent);
    s->setObjectName(QLatin1String(name));
    s->setRange(low, high);
    s->setValue(value);
    return s;
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto* tabs = new QTabWidget(this);
    tabs->addTab(connectionsPage(), tr("Connections"));
    tabs->addTab(appearancePage(), tr("Appearance"));
    tabs->addTab(chartsPage(), tr("Charts and results"));
    tabs->addTab(privacyPage(), tr("Privacy"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);
}

QWidget* PreferencesDialog::fileRow(QLineEdit* edit, const QString& title, bool folder, QWidget* page)
{
    auto* row = new QWidget(page);
    auto* browse = new QToolButton(row);
    browse->setText(tr("Browse…"));
    connect(browse, &QToolButton::clicked, this, [this, edit, title, folder] {
        const QString chosen = folder ? QFileDialog::getExistingDirectory(this, title, edit->text())
                                      : QFileDialog::getOpenFileName(this, title, edit->text());
        if (!chosen.isEmpty())
            edit->setText(chosen);
    });
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

namespace {

// A label whose '&' goes to the field (a row of several widgets gets no buddy from the form).
QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

QWidget* PreferencesDialog::connectionsPage()
{
    auto* page = new QWidget(this);
    m_user = new QLineEdit(settings::sshUser.value(), page);
    m_user->setObjectName(QStringLiteral("defaultUser"));
    m_user->setToolTip(tr("The user of new nodes, and of nodes that name none (the SSH config's User comes first)."));
    m_identity = new QLineEdit(settings::sshIdentityFile.value(), page);
    m_identity->setObjectName(QStringLiteral("identityFile"));
    m_identity->setPlaceholderText(tr("the SSH agent and ~/.ssh/id_*"));
    m_identity->setToolTip(tr("The private key of nodes that name none, neither in the project nor in ~/.ssh/config."));
    m_knownHosts = new QLineEdit(settings::sshKnownHostsFile.value(), page);
    m_knownHosts->setObjectName(QStringLiteral("knownHostsFile"));
    m_knownHosts->setPlaceholderText(tr("~/.ssh/known_hosts"));
    m_knownHosts->setToolTip(tr("Where host keys are checked and trusted keys are added."));
    m_timeout = spin(page, "connectTimeout", 1, 600, settings::sshConnectTimeoutSeconds.value());
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("How long to wait for a node to answer before it counts as unreachable."));
    m_handshakes = spin(page, "maxHandshakes", 0, 1024, settings::maxHandshakes.value());
    m_handshakes->setSpecialValueText(tr("automatic (%1)").arg(remote::SshTransport::defaultMaxHandshakes()));
    m_handshakes->setToolTip(tr("SSH connections being opened at the same time (key exchange and login). "
                                "Lower it if servers drop connections during a refresh of many nodes."));
    m_autoRefresh = spin(page, "autoRefresh", 0, 3600, settings::autoRefreshSeconds.value());
    m_autoRefresh->setSuffix(tr(" s"));
    m_autoRefresh->setSpecialValueText(tr("off"));
    m_autoRefresh->setToolTip(
        tr("Refresh the live inventory of every node at this interval (0 = only on demand, F5)."));

    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Default SSH &user:"), m_user);
    form->addRow(buddyLabel(tr("&Identity file:"), m_identity, page),
                 fileRow(m_identity, tr("Identity file"), false, page));
    form->addRow(buddyLabel(tr("&Known-hosts file:"), m_knownHosts, page),
                 fileRow(m_knownHosts, tr("Known-hosts file"), false, page));
    form->addRow(tr("Connection &timeout:"), m_timeout);
    form->addRow(tr("SSH &handshakes at once:"), m_handshakes);
    form->addRow(tr("&Auto-refresh inventory every:"), m_autoRefresh);
    return page;
}

QWidget* PreferencesDialog::appearancePage()
{
    auto* page = new QWidget(this);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    const QString current = settings::language.value().isEmpty() ? preferredLocale() : settings::language.value();
    m_language->setCurrentIndex(current.startsWith(QLatin1String("zh")) ? 1 : 0);
    m_theme = new QComboBox(page);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(settings::theme.value())));
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Theme:"), m_theme);
    return page;
}

QWidget* PreferencesDialog::chartsPage()
{
    auto* page = new QWidget(this);
    m_monitorInterval = spin(page, "monitorInterval", 1, 600, settings::monitorIntervalSeconds.value());
    m_monitorInterval->setSuffix(tr(" s"));
    m_benchPrompts = spin(page, "benchPrompts", 1, 100000, settings::benchPrompts.value());
    m_benchInput = spin(page, "benchInputLen", 1, 1000000, settings::benchInputLen.value());
    m_benchOutput = spin(page, "benchOutputLen", 1, 1000000, settings::benchOutputLen.value());
    m_results = new QLineEdit(settings::resultsFolder.value(), page);
    m_results->setObjectName(QStringLiteral("resultsFolder"));
    m_results->setPlaceholderText(settings::defaultResultsFolder());
    m_results->setToolTip(tr("Every benchmark run is kept here as a vLLM-format JSON file; the Benchmark tab "
                             "shows those already there."));
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Monitor reads /metrics every:"), m_monitorInterval);
    form->addRow(tr("Benchmark &prompts:"), m_benchPrompts);
    form->addRow(tr("Benchmark &input tokens:"), m_benchInput);
    form->addRow(tr("Benchmark &output tokens:"), m_benchOutput);
    form->addRow(buddyLabel(tr("&Results folder:"), m_results, page),
                 fileRow(m_results, tr("Results folder"), true, page));
    return page;
}

QWidget* PreferencesDialog::privacyPage()
{
    auto* page = new QWidget(this);
    m_history = new QCheckBox(tr("&Keep the Playground's prompts between sessions"), page);
    m_history->setObjectName(QStringLiteral("keepHistory"));
    m_history->setChecked(settings::keepPromptHistory.value());
    auto* explain = new QLabel(tr("When on, your last %n prompt(s) are saved in plain text in the settings file, "
                                  "to be recalled with Ctrl+Up. When off, they are kept only until you quit.",
                                  nullptr, settings::kMaxPromptHistory),
                               page);
    explain->setWordWrap(true);
    m_historyState = new QLabel(page);
    m_historyState->setObjectName(QStringLiteral("historyState"));
    auto* clear = new QPushButton(tr("&Clear History"), page);
    clear->setObjectName(QStringLiteral("clearHistory"));
    const auto showState = [this] {
        m_historyState->setText(tr("%n prompt(s) saved now.", nullptr, int(settings::promptHistory.value().size())));
    };
    showState();
    connect(clear, &QPushButton::clicked, this, [this, showState] {
        settings::promptHistory.setValue({});
        showState();
        emit historyCleared();
    });
    auto* row = new QHBoxLayout;
    row->addWidget(m_historyState, 1);
    row->addWidget(clear);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_history);
    layout->addWidget(explain);
    layout->addLayout(row);
    layout->addStretch(1);
    return page;
}

int PreferencesDialog::autoRefreshSeconds() const
{
    return m_autoRefresh->value();
}

int PreferencesDialog::maxHandshakes() const
{
    return m_handshakes->value();
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

QString PreferencesDialog::theme() const
{
    return m_theme->currentData().toString();
}

bool PreferencesDialog::keepHistory() const
{
    return m_history->isChecked();
}

void PreferencesDialog::save() const
{
    settings::sshUser.setValue(m_user->text().trimmed());
    settings::sshIdentityFile.setValue(m_identity->text().trimmed());
    settings::sshKnownHostsFile.setValue(m_knownHosts->text().trimmed());
    settings::sshConnectTimeoutSeconds.setValue(m_timeout->value());
    settings::autoRefreshSeconds.setValue(autoRefreshSeconds());
    settings::maxHandshakes.setValue(maxHandshakes());
    settings::theme.setValue(theme());
    settings::monitorIntervalSeconds.setValue(m_monitorInterval->value());
    settings::benchPrompts.setValue(m_benchPrompts->value());
    settings::benchInputLen.setValue(m_benchInput->value());
    settings::benchOutputLen.setValue(m_benchOutput->value());
    settings::resultsFolder.setValue(m_results->text().trimmed());
    settings::keepPromptHistory.setValue(keepHistory());
    if (!keepHistory())
        settings::promptHistory.setValue({}); // off means nothing stays on disk
}

} // namespace npufleet::ui
