// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deployment/EngineBox.h"

#include <QComboBox>
#include <QSignalBlocker>
#include <QStandardItemModel>

#include "ui/deployment/DeploymentCheck.h"
#include "ui/deployment/ImagePicker.h"

namespace npufleet::ui {

void fillEngineBox(QComboBox* box, const project::ProjectData& project, const project::Deployment& deployment)
{
    const QSignalBlocker blocker(box);
    QStringList why;
    const QList<project::Engine> allowed = DeploymentCheck::enginesFor(project, deployment, &why);
    box->clear();
    const QList<project::Engine>& all = project::allEngines();
    for (int i = 0; i < all.size(); ++i) {
        box->addItem(project::engineDisplayName(all[i]), QVariant::fromValue(int(all[i])));
        auto* model = qobject_cast<QStandardItemModel*>(box->model());
        if (model && !allowed.contains(all[i]) && all[i] != deployment.engine) {
            model->item(i)->setEnabled(false);
            model->item(i)->setToolTip(why.value(i));
        } else if (model) {
            model->item(i)->setToolTip(why.value(i));
        }
    }
    box->setCurrentIndex(box->findData(QVariant::fromValue(int(deployment.engine))));
}

project::Engine engineIn(const QComboBox* box)
{
    return static_cast<project::Engine>(box->currentData().toInt());
}

void switchEngine(project::Deployment& d, project::Engine engine)
{
    const char* from = project::traits(d.engine).capabilities;
    const char* to = project::traits(engine).capabilities;
    const bool sameFamily = from && to && qstrcmp(from, to) == 0;
    if (!sameFamily && (d.image.isEmpty() || d.image == ImagePicker::defaultImage(d.engine)))
        d.image = ImagePicker::defaultImage(engine);
    d.engine = engine;
}

} // namespace npufleet::ui
