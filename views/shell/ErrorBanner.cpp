#include "views/shell/ErrorBanner.h"

#include "models/common/ThemeColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

namespace scim {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Message"));
    m_label->setObjectName(QStringLiteral("errorBannerText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setForegroundRole(QPalette::Text); // drawn on a tint of Base
    m_close->setObjectName(QStringLiteral("dismissErrorButton"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    m_close->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &ErrorBanner::dismiss);
    hide();
}

QString ErrorBanner::text() const
{
    return isVisible() ? m_label->text() : QString();
}

void ErrorBanner::showMessage(const QString &message, Kind kind)
{
    m_label->setText(message);
    m_kind = kind;
    // Read out at once by screen readers, like a status message.
    setAccessibleDescription(message);
    show();
    update();
}

void ErrorBanner::dismiss()
{
    m_label->clear();
    hide();
}

void ErrorBanner::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    const ThemeColors::Tone tone = m_kind == Kind::Error ? ThemeColors::Tone::Error : ThemeColors::Tone::Warning;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(ThemeColors::border(tone, palette()), 1));
    painter.setBrush(ThemeColors::background(tone, palette()));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
}

} // namespace scim
