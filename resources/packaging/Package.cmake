# SPDX-FileCopyrightText: 2026 NPU Fleet contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# `cpack -G DEB` in the build folder makes a Debian package; its dependencies are read off the libraries
# the binary links (dpkg-shlibdeps), so they are always the Debian packages this build really needs.
set(packaging ${CMAKE_CURRENT_LIST_DIR})
set(doc_dir ${CMAKE_INSTALL_DATADIR}/doc/npufleet)

# Debian wants the copyright and a compressed changelog in the package's doc folder.
set(changelog_gz ${CMAKE_BINARY_DIR}/changelog.Debian.gz)
add_custom_command(OUTPUT ${changelog_gz}
    COMMAND gzip -9nc ${packaging}/changelog > ${changelog_gz}
    DEPENDS ${packaging}/changelog VERBATIM)
add_custom_target(npufleet_changelog ALL DEPENDS ${changelog_gz})
install(FILES ${packaging}/copyright ${changelog_gz} DESTINATION ${doc_dir})

set(CPACK_PACKAGE_NAME npufleet)
set(CPACK_PACKAGE_VENDOR "NPU Fleet contributors")
set(CPACK_PACKAGE_CONTACT "NPU Fleet contributors <maintainers@npufleet.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_DEBIAN_PACKAGE_RELEASE 1) # a Debian revision: the package is not native to Debian
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://github.com/npufleet/npufleet)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "openssh-client")
# The extended description only: CPack puts the summary above it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "NPU Fleet plans, launches, checks and measures large language model serving
on clusters of Huawei Atlas servers with Ascend NPUs, and on mixed Ascend
and NVIDIA fleets: a cluster tree read live over SSH, a layout planner,
launch recipes for vLLM-Ascend, MindIE, GPUStack and Docker Swarm,
pre-flight checks, an NFS wizard, benchmarks and a chat playground.")
if(NOT NPUFLEET_GUI)
    set(CPACK_DEBIAN_PACKAGE_NAME npufleet-nogui)
    set(CPACK_PACKAGE_NAME npufleet-nogui)
endif()
include(CPack)
