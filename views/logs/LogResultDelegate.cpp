#include "views/logs/LogResultDelegate.h"

#include "models/common/ModelRoles.h"

#include <QPainter>
#include <QPainterPath>

namespace scim {

namespace {

QPixmap drawIcon(bool success, const QColor &color, int size)
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
        QPen pen(Qt::white, s / 7.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
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
        QPen pen(Qt::white, s / 7.0, Qt::SolidLine, Qt::RoundCap);
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

bool LogResultDelegate::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor LogResultDelegate::successColor(const QPalette &palette)
{
    // Blue-leaning green and orange-leaning red stay apart for red-green colour blindness.
    return isDark(palette) ? QColor(0x4c, 0xc9, 0x8f) : QColor(0x10, 0x7c, 0x41);
}

QColor LogResultDelegate::failureColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x65) : QColor(0xc4, 0x2b, 0x1c);
}

QIcon LogResultDelegate::successIcon(const QPalette &palette)
{
    QIcon icon;
    for (int size : {16, 32})
        icon.addPixmap(drawIcon(true, successColor(palette), size));
    return icon;
}

QIcon LogResultDelegate::failureIcon(const QPalette &palette)
{
    QIcon icon;
    for (int size : {16, 32})
        icon.addPixmap(drawIcon(false, failureColor(palette), size));
    return icon;
}

void LogResultDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool failure = index.data(ModelRoles::RawValueRole).toString() == QLatin1StringView("fscim");
    const QPalette &palette = option->palette;
    option->features |= QStyleOptionViewItem::HasDecoration;
    QIcon &icon = m_icons[isDark(palette) ? 1 : 0][failure ? 1 : 0];
    if (icon.isNull())
        icon = failure ? failureIcon(palette) : successIcon(palette);
    option->icon = icon;
    option->decorationSize = QSize(14, 14);
    const QColor color = failure ? failureColor(palette) : successColor(palette);
    option->palette.setColor(QPalette::Text, color);
    option->font.setBold(failure);
}

} // namespace scim
