#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace scim {

// A keyboard focus ring that every style shows the same way: 2 px in the palette's Highlight colour around the
// control that has the focus, once the keyboard is in use (a mouse click hides it again, like CSS :focus-visible).
// Fusion's own focus indication is a 1 px tint, too faint to follow the focus with Tab. The ring is drawn by a
// transparent child laid over the control (so no parent layout clips it), made anew for each control.
class FocusRing : public QObject
{
    Q_OBJECT

public:
    // Starts following the focus (once for the application; later calls do nothing).
    static void install();
    static FocusRing *instance();

    // The control the ring is around now (nullptr while none is shown).
    QWidget *target() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FocusRing(QObject *parent);
    void follow(QWidget *widget);

    QPointer<QWidget> m_target;
    QPointer<QWidget> m_overlay;
    bool m_keyboard = false;
};

} // namespace scim
