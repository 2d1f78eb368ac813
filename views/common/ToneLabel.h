#pragma once

#include "models/common/ThemeColors.h"

#include <QJsonObject>
#include <QLabel>

#include <optional>

namespace scim {

// A label whose text is in an error, warning or success colour taken from its palette (ThemeColors), and follows
// a switch between light and dark. Without a tone it is an ordinary label.
class ToneLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ToneLabel(std::optional<ThemeColors::Tone> tone = std::nullopt, QWidget *parent = nullptr);

    std::optional<ThemeColors::Tone> tone() const { return m_tone; }
    void setTone(std::optional<ThemeColors::Tone> tone);
    // Shows what a receiver answered to a test delivery (DeliveryTestResult) in the success or error tone; returns
    // whether it was delivered.
    bool showDeliveryTest(const QJsonObject &outcome);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColor();

    std::optional<ThemeColors::Tone> m_tone;
    bool m_updating = false;
};

} // namespace scim
