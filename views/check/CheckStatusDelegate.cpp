#include "views/check/CheckStatusDelegate.h"

#include "models/check/CheckResult.h"
#include "models/check/CheckResultsModel.h"
#include "models/common/ThemeColors.h"

#include <optional>

namespace scim {

void CheckStatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto status = CheckResult::Status(index.data(CheckResultsModel::StatusRole).toInt());
    std::optional<ThemeColors::Tone> tone;
    if (status == CheckResult::Status::Failed)
        tone = ThemeColors::Tone::Error;
    else if (status == CheckResult::Status::Passed)
        tone = ThemeColors::Tone::Success;
    else if (status == CheckResult::Status::Skipped)
        tone = ThemeColors::Tone::Warning;
    if (tone) {
        const QColor color = ThemeColors::text(*tone, option->palette);
        option->palette.setColor(QPalette::Text, color);
    }
    if (status == CheckResult::Status::Running)
        option->font.setBold(true);
}

} // namespace scim
