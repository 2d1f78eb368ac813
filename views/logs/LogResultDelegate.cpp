#include "views/logs/LogResultDelegate.h"

#include "models/common/ModelRoles.h"
#include "models/common/ThemeColors.h"

#include <QPainter>
#include <QPainterPath>

namespace scim {

namespace {

QPixmap drawIcon(bool success, const QColor &color, const QColor &mark, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    const qreal s = size;
    if (success) {
        painter.drawEllipse(QRectF(1, 1, s - 2, s - 2));
        QPen pen(mark, s / 7.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter.setPen(pen);
        QPainterPath check;
        check.moveTo(s * 0.28, s * 0.52);
        check.lineTo(s * 0.44, s * 0.68);
        check.lineTo(s * 0.73, s * 0.35);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(check);
    } else {
        QPolygonF diamond{QPointF(s / 2, 0.5), QPointF(s - 0.5, s / 2), QPointF(s / 2, s - 0.5), QPointF(0.5, s / 2)};
        painter.drawPolygon(diamond);
        QPen pen(mark, s / 7.0, Qt::SolidLine, Qt::RoundCap);
        painter.setPen(pen);
        painter.drawLine(QPointF(s * 0.36, s * 0.36), QPointF(s * 0.64, s * 0.64));
        painter.drawLine(QPointF(s * 0.64, s * 0.36), QPointF(s * 0.36, s * 0.64));
    }
    return pixmap;
}

} // namespace

LogResultDelegate::LogResultDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QColor LogResultDelegate::successColor(const QPalette &palette)
{
    return ThemeColors::text(ThemeColors::Tone::Success, palette);
}

QColor LogResultDelegate::failureColor(const QPalette &palette)
{
    return ThemeColors::text(ThemeColors::Tone::Error, palette);
}

QIcon LogResultDelegate::successIcon(const QPalette &palette)
{
    QIcon icon;
    for (int size : {16, 32})
        icon.addPixmap(drawIcon(true, successColor(palette), palette.color(QPalette::Base), size));
    return icon;
}

QIcon LogResultDelegate::failureIcon(const QPalette &palette)
{
    QIcon icon;
    for (int size : {16, 32})
        icon.addPixmap(drawIcon(false, failureColor(palette), palette.color(QPalette::Base), size));
    return icon;
}

void LogResultDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool failure = index.data(ModelRoles::RawValueRole).toString() == QLatin1StringView("fscim");
    const QPalette &palette = option->palette;
    option->features |= QStyleOptionViewItem::HasDecoration;
    const QColor color = failure ? failureColor(palette) : successColor(palette);
    QIcon &icon = m_icons[color.rgb()];
    if (icon.isNull())
        icon = failure ? failureIcon(palette) : successIcon(palette);
    option->icon = icon;
    option->decorationSize = QSize(14, 14);
    option->palette.setColor(QPalette::Text, color);
    option->font.setBold(failure);
}

} // namespace scim
