# SPDX-FileCopyrightText: 2026 NPU Fleet contributors
# SPDX-License-Identifier: GPL-3.0-or-later
file(READ "${TS_FILE}" ts)
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${ts}")
list(LENGTH unfinished n)
string(REGEX MATCHALL "<message>" messages "${ts}")
list(LENGTH messages total)
if(n GREATER 0 OR total EQUAL 0)
    message(FATAL_ERROR "${TS_FILE}: ${n} of ${total} messages are unfinished")
endif()
message(STATUS "${total} messages, all translated")
