// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/ChartExport.h"

#include <QPainter>
#include <QSaveFile>

#include <QtCharts/QAbstractAxis>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QXYSeries>

namespace npufleet::ui {

namespace {

QString quoted(QString text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')))
        return text;
    return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString axisTitle(const QChart* chart, Qt::Orientation o, const QString& fallback)
{
    const QList<QAbstractAxis*> axes = chart->axes(o);
    return axes.isEmpty() || axes.first()->titleText().isEmpty() ? fallback : axes.first()->titleText();
}

} // namespace

QString chartCsv(const QChart* chart)
{
    QString csv = QStringLiteral("series,") + quoted(axisTitle(chart, Qt::Horizontal, QStringLiteral("x")))
        + QLatin1Char(',') + quoted(axisTitle(chart, Qt::Vertical, QStringLiteral("y"))) + QLatin1Char('\n');
    const QList<QAbstractSeries*> all = chart->series();
    for (const QAbstractSeries* s : all) {
        const QXYSeries* xy = qobject_cast<const QXYSeries*>(s);
        if (const auto* area = qobject_cast<const QAreaSeries*>(s))
            xy = area->upperSeries();
        if (!xy)
            continue;
        const QString name = quoted(s->name());
        for (const QPointF& p : xy->points())
            csv += name + QLatin1Char(',') + QString::number(p.x(), 'g', 10) + QLatin1Char(',')
                + QString::number(p.y(), 'g', 10) + QLatin1Char('\n');
    }
    return csv;
}

bool saveChartCsv(const QChart* chart, const QString& path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    f.write(chartCsv(chart).toUtf8());
    return f.commit();
}

bool saveChartPng(QChartView* view, const QString& path)
{
    const qreal scale = 2.0;
    QPixmap pixmap(view->size() * scale);
    pixmap.setDevicePixelRatio(scale);
    pixmap.fill(Qt::white);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    view->render(&painter);
    painter.end();
    return pixmap.save(path, "PNG");
}

} // namespace npufleet::ui
