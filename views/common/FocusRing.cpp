#include "views/common/FocusRing.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QPainter>

namespace scim {

namespace {
QPointer<FocusRing> g_ring;
} // namespace

FocusRing::FocusRing(QObject *parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("focusRing"));
}

void FocusRing::install()
{
    if (g_ring)
        return;
    g_ring = new FocusRing(qApp);
    qApp->installEventFilter(g_ring);
    connect(qApp, &QApplication::focusChanged, g_ring, [](QWidget *, QWidget *now) { g_ring->follow(now); });
}

FocusRing *FocusRing::instance()
{
    return g_ring;
}

QWidget *FocusRing::target() const
{
    return m_overlay && m_overlay->isVisible() ? m_target.data() : nullptr;
}

void FocusRing::follow(QWidget *widget)
{
    // Around the control, not around a part of it (the viewport of a table, the line edit of a combo box).
    while (widget && widget->parentWidget()) {
        QWidget *parent = widget->parentWidget();
        const auto *area = qobject_cast<QAbstractScrollArea *>(parent);
        if ((area && area->viewport() == widget) || qobject_cast<QComboBox *>(parent) ||
            qobject_cast<QAbstractSpinBox *>(parent))
            widget = parent;
        else
            break;
    }
    if (!m_keyboard || !widget || widget->isWindow())
        widget = nullptr;
    if (widget == m_target && (!widget || m_overlay))
        return;
    if (m_target)
        m_target->removeEventFilter(this);
    delete m_overlay; // (a QPointer: already gone when its control was)
    m_target = widget;
    if (!widget)
        return;
    m_overlay = new QWidget(widget);
    m_overlay->setObjectName(QStringLiteral("focusRingOverlay"));
    m_overlay->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_overlay->setAttribute(Qt::WA_NoSystemBackground);
    m_overlay->setFocusPolicy(Qt::NoFocus);
    m_overlay->setGeometry(widget->rect());
    m_overlay->installEventFilter(this); // its painting
    widget->installEventFilter(this);    // its size
    m_overlay->show();
    m_overlay->raise();
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_overlay && event->type() == QEvent::Paint) {
        // Over the control's own border, in the Highlight colour of its palette (light or dark).
        QPainter painter(m_overlay);
        painter.setRenderHint(QPainter::Antialiasing);
        // 3 px: clearly visible at a glance, also where the style draws a 1 px highlight of its own.
        painter.setPen(QPen(m_overlay->palette().color(QPalette::Active, QPalette::Highlight), 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(m_overlay->rect()).adjusted(1.5, 1.5, -1.5, -1.5), 3, 3);
        return true;
    }
    if (watched == m_target && m_overlay && event->type() == QEvent::Resize) {
        m_overlay->setGeometry(m_target->rect());
        m_overlay->raise();
    }
    switch (event->type()) {
    case QEvent::KeyPress: {
        // Keys that move the focus or work a control; typing text does not make the ring appear.
        const int key = static_cast<QKeyEvent *>(event)->key();
        const bool navigation = key == Qt::Key_Tab || key == Qt::Key_Backtab || key == Qt::Key_Up ||
                                key == Qt::Key_Down || key == Qt::Key_Left || key == Qt::Key_Right ||
                                (static_cast<QKeyEvent *>(event)->modifiers() & Qt::AltModifier);
        if (!m_keyboard && navigation) {
            m_keyboard = true;
            follow(QApplication::focusWidget());
        }
        break;
    }
    case QEvent::MouseButtonPress:
        if (m_keyboard) {
            m_keyboard = false;
            follow(nullptr);
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace scim
