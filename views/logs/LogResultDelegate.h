#pragma once

#include <QHash>
#include <QIcon>
#include <QStyledItemDelegate>

namespace scim {

// The Result column of the log table: "Success" with a round check mark, "Failure" with a diamond cross. Shape and
// word carry the meaning on their own (colour-blind admins); the colours come from the view's palette (ThemeColors).
class LogResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit LogResultDelegate(QObject *parent = nullptr);

    static QColor successColor(const QPalette &palette);
    static QColor failureColor(const QPalette &palette);
    static QIcon successIcon(const QPalette &palette);
    static QIcon failureIcon(const QPalette &palette);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    mutable QHash<QRgb, QIcon> m_icons; // by colour: drawn once per palette
};

} // namespace scim
