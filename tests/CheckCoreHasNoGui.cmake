# SPDX-FileCopyrightText: 2026 NPU Fleet contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Linking alone does not prove the boundary: Qt6::Core puts the whole Qt include root on the path.
file(GLOB_RECURSE files "${CORE_DIR}/*.h" "${CORE_DIR}/*.cpp")
set(bad "")
foreach(f IN LISTS files)
    file(STRINGS "${f}" hits REGEX "#include *[<\"](QtGui|QtWidgets|QtCharts|QWidget|QIcon|QPixmap|QColor|QUndo|QAction|QPainter|QApplication|QGuiApplication)")
    if(hits)
        list(APPEND bad "${f}: ${hits}")
    endif()
endforeach()
if(bad)
    list(JOIN bad "\n" msg)
    message(FATAL_ERROR "core/ includes GUI headers:\n${msg}")
endif()
