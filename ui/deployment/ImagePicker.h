// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "core/project/Engine.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace npufleet::ui {

// A container image as repository and version: the versions offered are the release lines of the engine's
// version table (resources/engines/<engine>.json, core/recipes/EngineCapabilities) and its default image;
// the note under them says which line a version belongs to, so which flags it takes.
class ImagePicker : public QWidget
{
    Q_OBJECT
public:
    explicit ImagePicker(QWidget* parent = nullptr);

    void setImage(project::Engine engine, const QString& reference);
    QString image() const;
    QLineEdit* repository() const { return m_repository; }
    QComboBox* version() const { return m_version; }
    QString note() const;
    // The engine's default image, or the one a deployment of its family already uses.
    static QString defaultImage(project::Engine engine);

signals:
    void edited();

private:
    void updateNote();

    void changed();

    bool m_loading = false;
    QString m_shown; // the image last set or reported: edited() only when it changes
    project::Engine m_engine = project::Engine::VllmAscend;
    QLineEdit* m_repository;
    QComboBox* m_version;
    QLabel* m_note;
};

} // namespace npufleet::ui
