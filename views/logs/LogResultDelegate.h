#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

namespace scim {

// The Result column of the log table: "Success" with a round check mark, "Failure" with a diamond cross. Shape and
// word carry the meaning on their own (colour-blind admins); the colours are picked for light or dark palettes.
class LogResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit LogResultDelegate(QObject *parent = nullptr);

    static bool isDark(const QPalette &palette);
    static QColor successColor(const QPalette &palette);
    static QColor failureColor(const QPalette &palette);
    static QIcon successIcon(const QPalette &palette);
    static QIcon failureIcon(const QPalette &palette);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    mutable QIcon m_icons[2][2]; // [dark][failure], drawn once
};

} // namespace scim
