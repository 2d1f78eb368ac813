#include "models/mapping/ProfileAttributeModel.h"

#include "models/common/ThemeColors.h"
#include "models/mapping/MappingCommands.h"
#include "models/mapping/MappingMime.h"
#include "models/mapping/MappingModel.h"
#include "models/mapping/MappingRules.h"

#include <QFont>
#include <QGuiApplication>
#include <QUndoStack>

namespace scim {

ProfileAttributeModel::ProfileAttributeModel(MappingModel *mapping, QObject *parent)
    : QAbstractTableModel(parent)
    , m_mapping(mapping)
    , m_targets(MappingRules::profileRoots())
{
    connect(m_mapping, &MappingModel::mapChanged, this, &ProfileAttributeModel::syncWithMap);
    connect(m_mapping, &QAbstractItemModel::modelReset, this, &ProfileAttributeModel::syncWithMap);
    syncWithMap();
}

void ProfileAttributeModel::syncWithMap()
{
    QHash<QString, QString> sources;
    for (const MappingPair &pair : m_mapping->pairs()) {
        sources.insert(pair.auth0, pair.scim);
        // Metadata keys of the map join the list (and stay, so that removing a pair keeps its target at hand).
        if (!m_targets.contains(pair.auth0) && MappingRules::isMetadataPath(pair.auth0)) {
            const int row = int(m_targets.size());
            beginInsertRows({}, row, row);
            m_targets.append(pair.auth0);
            endInsertRows();
        }
    }
    for (int row = 0; row < m_targets.size(); ++row) {
        const QString &target = m_targets.at(row);
        if (sources.value(target) != m_sources.value(target))
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    m_sources = sources;
}

int ProfileAttributeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_targets.size());
}

int ProfileAttributeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileAttributeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &target = m_targets.at(index.row());
    const QString source = m_sources.value(target);
    const bool blocked = target == QLatin1String("blocked");
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == AttributeColumn)
            return target;
        if (source.isEmpty())
            return QString();
        //: Mapped from: active, stored inverted
        return blocked ? tr("← %1 (inverted)").arg(source) : QStringLiteral("← %1").arg(source);
    case ModelRoles::RawValueRole:
        return index.column() == AttributeColumn ? target : source;
    case TargetRole:
        return target;
    case MappedFromRole:
        return source;
    case Qt::ToolTipRole:
        if (blocked)
            return tr("blocked is fed only from active, stored inverted.");
        return source.isEmpty() ? tr("%1: not mapped").arg(target) : tr("%1 is mapped from %2").arg(target, source);
    case Qt::ForegroundRole:
        return index.column() == SourceColumn
                   ? QVariant(ThemeColors::text(ThemeColors::Tone::Info, QGuiApplication::palette()))
                   : QVariant();
    case Qt::FontRole:
        if (!source.isEmpty() && index.column() == AttributeColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant ProfileAttributeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == AttributeColumn ? tr("Profile attribute") : tr("Mapped from");
}

Qt::ItemFlags ProfileAttributeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
}

Qt::DropActions ProfileAttributeModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

QStringList ProfileAttributeModel::mimeTypes() const
{
    return {MappingMime::scimAttribute(), MappingMime::pair()};
}

bool ProfileAttributeModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                            const QModelIndex &parent) const
{
    if (!m_mapping->pairIdsFromMime(data).isEmpty())
        return true;
    // A SCIM attribute needs a target row; as in the table, refusals are reported by dropMimeData.
    return parent.isValid() && !MappingModel::scimPathFromMime(data).isEmpty();
}

bool ProfileAttributeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                         const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction || !canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<quint64> ids = m_mapping->pairIdsFromMime(data);
    if (!ids.isEmpty()) {
        m_mapping->removePairs(ids);
        return true; // the model has no removeRows(), so the table's MoveAction leaves the rest to the command
    }
    return m_mapping->map(MappingModel::scimPathFromMime(data), m_targets.at(parent.row()));
}

int ProfileAttributeModel::rowOfTarget(const QString &target) const
{
    return int(m_targets.indexOf(target));
}

QString ProfileAttributeModel::validateCustomKey(const QString &key) const
{
    const QString trimmed = key.trimmed();
    if (!MappingRules::isMetadataPath(trimmed))
        return tr("Use app_metadata.<key> or user_metadata.<key>; keys are letters, digits, _ and -.");
    if (m_targets.contains(trimmed))
        return tr("'%1' is already listed.").arg(trimmed);
    return {};
}

bool ProfileAttributeModel::addCustomKey(const QString &key)
{
    if (!validateCustomKey(key).isEmpty())
        return false;
    m_mapping->undoStack()->push(new AddProfileKeyCommand(this, key.trimmed()));
    return true;
}

void ProfileAttributeModel::applyAddKey(const QString &key)
{
    if (m_targets.contains(key))
        return;
    const int row = int(m_targets.size());
    beginInsertRows({}, row, row);
    m_targets.append(key);
    endInsertRows();
}

void ProfileAttributeModel::applyRemoveKey(const QString &key)
{
    const int row = rowOfTarget(key);
    if (row < 0 || m_sources.contains(key))
        return;
    beginRemoveRows({}, row, row);
    m_targets.removeAt(row);
    endRemoveRows();
}

} // namespace scim
