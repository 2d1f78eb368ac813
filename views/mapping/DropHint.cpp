#include "views/mapping/DropHint.h"

#include "models/common/ThemeColors.h"

#include <QPainter>
#include <QTimer>

namespace scim {

DropHint::DropHint(QWidget *parent)
    : QLabel(parent)
    , m_hideTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("dropHint"));
    setAccessibleName(tr("Drop feedback"));
    setWordWrap(true);
    setMaximumWidth(360);
    setMargin(6);
    setForegroundRole(QPalette::Text); // drawn on a tint of Base
    setAttribute(Qt::WA_TransparentForMouseEvents);
    m_hideTimer->setSingleShot(true);
    m_hideTimer->setInterval(6000);
    connect(m_hideTimer, &QTimer::timeout, this, &QWidget::hide);
    hide();
}

void DropHint::showAt(QWidget *anchor, const QPoint &pos, const QString &text, Kind kind)
{
    m_kind = kind;
    setText(text);
    adjustSize();
    QPoint at = anchor->mapTo(parentWidget(), pos) + QPoint(16, 12);
    at.setX(qBound(0, at.x(), qMax(0, parentWidget()->width() - width())));
    at.setY(qBound(0, at.y(), qMax(0, parentWidget()->height() - height())));
    move(at);
    show();
    raise();
    update();
    if (kind == Kind::Refuse)
        m_hideTimer->start();
    else
        m_hideTimer->stop();
}

void DropHint::paintEvent(QPaintEvent *event)
{
    const ThemeColors::Tone tone = m_kind == Kind::Refuse ? ThemeColors::Tone::Error : ThemeColors::Tone::Success;
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(ThemeColors::border(tone, palette()), 1));
        painter.setBrush(ThemeColors::background(tone, palette()));
        painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    }
    QLabel::paintEvent(event);
}

} // namespace scim
