#include "views/shell/ErrorBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace scim {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(QStringLiteral("Message"));
    m_label->setObjectName(QStringLiteral("errorBannerText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setObjectName(QStringLiteral("dismissErrorButton"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_close->setToolTip(QStringLiteral("Dismiss"));
    m_close->setAccessibleName(QStringLiteral("Dismiss message"));
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
    setStyleSheet(kind == Kind::Error
                      ? QStringLiteral("#errorBanner { background: #fdecea; border: 1px solid #e0a3a0; }")
                      : QStringLiteral("#errorBanner { background: #fff8e1; border: 1px solid #e0c870; }"));
    show();
}

void ErrorBanner::dismiss()
{
    m_label->clear();
    hide();
}

} // namespace scim
