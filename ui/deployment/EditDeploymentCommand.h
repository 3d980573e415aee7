// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/ListItemCommand.h"

namespace npufleet::ui {

// Replaces a whole deployment (any of its fields, its name too) as one undo step; undo puts the old one back.
class EditDeploymentCommand : public ListItemCommand<project::Deployment>
{
public:
    EditDeploymentCommand(project::Project* project,
                          int index,
                          project::Deployment deployment,
                          const QString& text,
                          QUndoCommand* parent = nullptr);
};

} // namespace npufleet::ui
