// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include "core/remote/Transport.h"

namespace npufleet::remote {

// The request that runs command as root: unchanged for root, else through `sudo -S -p ''` with the
// password written to the command's standard input, never onto its command line.
ExecRequest withSudo(const ExecRequest& request, const QString& user, const QByteArray& password);

} // namespace npufleet::remote
