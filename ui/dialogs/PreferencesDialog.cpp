// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/PreferencesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/remote/SshTransport.h"
#include "core/util/Translations.h"

#include "ui/main/Settings.h"

namespace npufleet::ui {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_autoRefresh(new QSpinBox(this))
    , m_handshakes(new QSpinBox(this))
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_autoRefresh->setObjectName(QStringLiteral("autoRefresh"));
    m_autoRefresh->setRange(0, 3600);
    m_autoRefresh->setSuffix(tr(" s"));
    m_autoRefresh->setSpecialValueText(tr("off"));
    m_autoRefresh->setValue(settings::autoRefreshSeconds.value());
    m_autoRefresh->setToolTip(
        tr("Refresh the live inventory of every node at this interval (0 = only on demand, F5)."));
    m_handshakes->setObjectName(QStringLiteral("maxHandshakes"));
    m_handshakes->setRange(0, 1024);
    m_handshakes->setSpecialValueText(tr("automatic (%1)").arg(remote::SshTransport::defaultMaxHandshakes()));
    m_handshakes->setValue(settings::maxHandshakes.value());
    m_handshakes->setToolTip(tr("SSH connections being opened at the same time (key exchange and login). "
                                "Lower it if servers drop connections during a refresh of many nodes."));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    const QString current = settings::language.value().isEmpty() ? preferredLocale() : settings::language.value();
    m_language->setCurrentIndex(current.startsWith(QLatin1String("zh")) ? 1 : 0);

    auto* form = new QFormLayout;
    form->addRow(tr("&Auto-refresh inventory every:"), m_autoRefresh);
    form->addRow(tr("SSH &handshakes at once:"), m_handshakes);
    form->addRow(tr("&Language:"), m_language);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
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

void PreferencesDialog::save() const
{
    settings::autoRefreshSeconds.setValue(autoRefreshSeconds());
    settings::maxHandshakes.setValue(maxHandshakes());
}

} // namespace npufleet::ui
