#include "views/common/ToneLabel.h"

#include "models/common/DeliveryTestResult.h"

#include <QEvent>

namespace scim {

ToneLabel::ToneLabel(std::optional<ThemeColors::Tone> tone, QWidget *parent)
    : QLabel(parent)
    , m_tone(tone)
{
    updateColor();
}

void ToneLabel::setTone(std::optional<ThemeColors::Tone> tone)
{
    m_tone = tone;
    updateColor();
}

void ToneLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (!m_updating && (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange))
        updateColor();
}

void ToneLabel::updateColor()
{
    m_updating = true;
    if (m_tone) {
        QPalette palette = this->palette();
        palette.setColor(QPalette::WindowText, ThemeColors::text(*m_tone, palette));
        setPalette(palette);
    } else {
        setPalette(QPalette()); // back to the inherited colours
    }
    m_updating = false;
}

bool ToneLabel::showDeliveryTest(const QJsonObject &outcome)
{
    const bool delivered = DeliveryTestResult::delivered(outcome);
    setTone(delivered ? ThemeColors::Tone::Success : ThemeColors::Tone::Error);
    setText(DeliveryTestResult::describe(outcome));
    return delivered;
}

} // namespace scim
