// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/ListItemCommand.h"

#include "core/project/Project.h"

namespace npufleet::ui {

namespace {

using project::Project;
using project::ProjectData;

// The list of one item type in the project data, and the project calls that change it.
template<typename Item>
struct ListCalls
{
    QList<Item> ProjectData::*items;
    void (Project::*insert)(int, const Item&);
    void (Project::*remove)(int);
    void (Project::*set)(int, const Item&);
};

template<typename Item>
constexpr ListCalls<Item> kCalls {};
template<>
constexpr ListCalls<cluster::Node> kCalls<cluster::Node> {&ProjectData::nodes, &Project::insertNode,
                                                          &Project::removeNode, &Project::setNode};
template<>
constexpr ListCalls<project::ModelSource> kCalls<project::ModelSource> {&ProjectData::models, &Project::insertModel,
                                                                        &Project::removeModel, &Project::setModel};
template<>
constexpr ListCalls<project::Deployment> kCalls<project::Deployment> {
    &ProjectData::deployments, &Project::insertDeployment, &Project::removeDeployment, &Project::setDeployment};

} // namespace

template<typename Item>
void ListItemCommand<Item>::apply(Change change)
{
    constexpr ListCalls<Item> calls = kCalls<Item>;
    if (m_index < 0)
        return;
    switch (change) {
    case Change::Insert:
        (m_project->*calls.insert)(m_index, m_item);
        break;
    case Change::Remove:
        (m_project->*calls.remove)(m_index);
        break;
    case Change::Replace: {
        Item current = (m_project->data().*calls.items).at(m_index);
        (m_project->*calls.set)(m_index, m_item);
        m_item = std::move(current);
        break;
    }
    }
}

template class ListItemCommand<cluster::Node>;
template class ListItemCommand<project::ModelSource>;
template class ListItemCommand<project::Deployment>;

} // namespace npufleet::ui
