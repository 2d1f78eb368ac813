#include "views/mapping/DropHint.h"

#include <QTimer>

namespace scim {

DropHint::DropHint(QWidget *parent)
    : QLabel(parent)
    , m_hideTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("dropHint"));
    setAccessibleName(QStringLiteral("Drop feedback"));
    setWordWrap(true);
    setMaximumWidth(360);
    setMargin(6);
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
    setStyleSheet(kind == Kind::Refuse
                      ? QStringLiteral("QLabel { background: #fde2e2; color: #8a1010; border: 1px solid #c23b3b; "
                                       "border-radius: 4px; }")
                      : QStringLiteral("QLabel { background: #e3f4e1; color: #1d5e1a; border: 1px solid #4c9a47; "
                                       "border-radius: 4px; }"));
    adjustSize();
    QPoint at = anchor->mapTo(parentWidget(), pos) + QPoint(16, 12);
    at.setX(qBound(0, at.x(), qMax(0, parentWidget()->width() - width())));
    at.setY(qBound(0, at.y(), qMax(0, parentWidget()->height() - height())));
    move(at);
    show();
    raise();
    if (kind == Kind::Refuse)
        m_hideTimer->start();
    else
        m_hideTimer->stop();
}

} // namespace scim
