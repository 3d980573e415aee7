// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Every text a user can see in a window, panel by panel: what the language and project-change tests read.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTextEdit>
#include <QWidget>

#include <QtCharts/QAbstractAxis>
#include <QtCharts/QAbstractSeries>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

namespace npufleet::test {

// One text and where it was seen ("QLabel 'status' in PreflightPanel").
struct SeenText
{
    SeenText(QString seen, QString place, QStringList classes = {})
        : text(std::move(seen))
        , where(std::move(place))
        , contexts(std::move(classes))
    {
    }
    QString text;
    QString where;
    QStringList contexts; // the classes it was seen in, innermost first: where tr() would have looked it up
};

namespace detail {

inline QStringList contextsOf(const QObject* object)
{
    QStringList out;
    for (const QObject* o = object; o; o = o->parent()) {
        for (const QMetaObject* m = o->metaObject(); m; m = m->superClass())
            out << QString::fromLatin1(m->className());
    }
    return out;
}

inline QString describe(const QObject* object)
{
    QString where = QString::fromLatin1(object->metaObject()->className());
    if (!object->objectName().isEmpty())
        where += QLatin1Char(' ') + object->objectName();
    for (const QObject* p = object->parent(); p; p = p->parent()) {
        const QString cls = QString::fromLatin1(p->metaObject()->className());
        if (cls.startsWith(QLatin1String("npufleet::"))) {
            where += QStringLiteral(" in ") + cls;
            break;
        }
    }
    return where;
}

inline void addModel(QList<SeenText>& out,
                     const QAbstractItemModel* model,
                     const QModelIndex& parent,
                     const QString& where,
                     int depth = 0)
{
    if (!model || depth > 3)
        return;
    const qsizetype first = out.size();
    const int rows = std::min(model->rowCount(parent), 200);
    const int columns = std::min(model->columnCount(parent), 40);
    if (!parent.isValid()) {
        for (int c = 0; c < columns; ++c)
            out.append({model->headerData(c, Qt::Horizontal).toString(), where + QStringLiteral(" (header)")});
    }
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const QModelIndex index = model->index(r, c, parent);
            out.append({index.data(Qt::DisplayRole).toString(), where});
            out.append({index.data(Qt::ToolTipRole).toString(), where + QStringLiteral(" (tooltip)")});
        }
        addModel(out, model, model->index(r, 0, parent), where, depth + 1);
    }
    // A proxy's texts are its source model's.
    QStringList contexts = contextsOf(model);
    for (auto* proxy = qobject_cast<const QAbstractProxyModel*>(model); proxy;
         proxy = qobject_cast<const QAbstractProxyModel*>(proxy->sourceModel()))
        contexts << contextsOf(proxy->sourceModel());
    for (qsizetype i = first; i < out.size(); ++i) {
        if (out[i].contexts.isEmpty())
            out[i].contexts = contexts;
    }
}

inline void addChart(QList<SeenText>& out, QChart* chart, const QString& where)
{
    if (!chart)
        return;
    out.append({chart->title(), where + QStringLiteral(" (chart title)")});
    const QList<QAbstractAxis*> axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        if (axis->isVisible() && axis->isTitleVisible())
            out.append({axis->titleText(), where + QStringLiteral(" (axis)")});
    }
    const QList<QAbstractSeries*> series = chart->series();
    for (QAbstractSeries* s : series)
        out.append({s->name(), where + QStringLiteral(" (series)")});
}

// Shown, or shown once its tab is chosen: no widget up to root is hidden except a page of a stack.
inline bool shownOrOneClickAway(QWidget* w, QWidget* root)
{
    for (QWidget* p = w; p && p != root; p = p->parentWidget()) {
        if (p->isHidden() && !qobject_cast<QStackedWidget*>(p->parentWidget()))
            return false;
    }
    return true;
}

} // namespace detail

// The texts of root and of every widget under it that is shown, or would be when its tab or dock is
// brought up (widgets hidden on purpose are left out), and of the menus of a main window.
inline QList<SeenText> visibleTexts(QWidget* root)
{
    QList<SeenText> out;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : std::as_const(widgets)) {
        if (!qobject_cast<QMenu*>(w) && !detail::shownOrOneClickAway(w, root))
            continue;
        const QString where = detail::describe(w);
        const qsizetype first = out.size();
        if (!w->toolTip().isEmpty())
            out.append({w->toolTip(), where + QStringLiteral(" (tooltip)")});
        if (auto* label = qobject_cast<QLabel*>(w))
            out.append({label->text(), where});
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            out.append({button->text(), where});
        else if (auto* edit = qobject_cast<QLineEdit*>(w)) {
            out.append({edit->text(), where});
            out.append({edit->placeholderText(), where + QStringLiteral(" (placeholder)")});
        } else if (auto* box = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < box->count(); ++i)
                out.append({box->itemText(i), where});
            if (box->isEditable())
                out.append({box->currentText(), where});
        } else if (auto* text = qobject_cast<QTextEdit*>(w)) {
            out.append({text->toPlainText(), where});
            out.append({text->placeholderText(), where + QStringLiteral(" (placeholder)")});
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(w)) {
            out.append({plain->toPlainText(), where});
            out.append({plain->placeholderText(), where + QStringLiteral(" (placeholder)")});
        } else if (auto* group = qobject_cast<QGroupBox*>(w))
            out.append({group->title(), where});
        else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                out.append({tabs->tabText(i), where});
                out.append({tabs->tabToolTip(i), where + QStringLiteral(" (tooltip)")});
            }
        } else if (auto* dock = qobject_cast<QDockWidget*>(w))
            out.append({dock->windowTitle(), where});
        else if (auto* chart = qobject_cast<QChartView*>(w))
            detail::addChart(out, chart->chart(), where);
        else if (auto* menu = qobject_cast<QMenu*>(w)) {
            out.append({menu->title(), where});
            const QList<QAction*> actions = menu->actions();
            for (QAction* a : actions)
                out.append({a->text(), where});
        }
        if (auto* view = qobject_cast<QAbstractItemView*>(w);
            view && !qobject_cast<QHeaderView*>(w) && !qobject_cast<QComboBox*>(w->parentWidget()))
            detail::addModel(out, view->model(), {}, where);
        const QStringList contexts = detail::contextsOf(w);
        for (qsizetype i = first; i < out.size(); ++i)
            out[i].contexts += contexts;
    }
    if (auto* window = qobject_cast<QMainWindow*>(root)) {
        out.append({window->windowTitle(), QStringLiteral("window title"), detail::contextsOf(window)});
        const QList<QAction*> menus = window->menuBar()->actions();
        for (QAction* a : menus)
            out.append({a->text(), QStringLiteral("menu bar"), detail::contextsOf(window)});
    }
    out.removeIf([](const SeenText& t) { return t.text.trimmed().isEmpty(); });
    return out;
}

// Labels that would print their '&' as it is: a mnemonic in plain text with no buddy to give it to.
inline QList<SeenText> literalAmpersands(QWidget* root)
{
    QList<SeenText> out;
    const QList<QLabel*> labels = root->findChildren<QLabel*>();
    for (QLabel* label : labels) {
        QString text = label->text();
        text.replace(QLatin1String("&&"), QString());
        if (label->buddy() || !text.contains(QLatin1Char('&')) || Qt::mightBeRichText(label->text()))
            continue;
        out.append({label->text(), detail::describe(label)});
    }
    return out;
}

} // namespace npufleet::test
