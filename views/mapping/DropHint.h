#pragma once

#include <QLabel>

class QTimer;

namespace scim {

// The bubble the mapping editor shows at the drop point: during a drag, what a drop there would do (green) or why
// it would be refused (red; colours from the palette, ThemeColors); after a refused drop or Map, the reason, for a few
// seconds. A child widget (not a tooltip), so it is part of the window, of screenshots and of what tests can read.
class DropHint : public QLabel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Accept,
        Refuse
    };

    explicit DropHint(QWidget *parent);

    // `pos` in the coordinates of `anchor`; the bubble stays inside the parent. Refusals hide after a while.
    void showAt(QWidget *anchor, const QPoint &pos, const QString &text, Kind kind);
    Kind kind() const { return m_kind; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QTimer *m_hideTimer;
    Kind m_kind = Kind::Accept;
};

} // namespace scim
