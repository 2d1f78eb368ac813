#include "models/schemas/UndeclaredAttributesModel.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace scim {

UndeclaredAttributesModel::UndeclaredAttributesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void UndeclaredAttributesModel::setSurvey(const QJsonObject &survey)
{
    beginResetModel();
    m_entries = survey.value(QStringLiteral("attributes")).toArray();
    endResetModel();
}

int UndeclaredAttributesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int UndeclaredAttributesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UndeclaredAttributesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject entry = m_entries.at(index.row()).toObject();
    const QJsonObject definition = entry.value(QStringLiteral("definition")).toObject();
    if (role == Qt::ToolTipRole)
        return entry.value(QStringLiteral("path")).toString();
    if (role == Qt::TextAlignmentRole && index.column() == ResourcesColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case AttributeColumn:
        return entry.value(QStringLiteral("attribute")).toString();
    case SchemaColumn:
        return entry.value(QStringLiteral("schema")).toString();
    case ResourceTypeColumn:
        return entry.value(QStringLiteral("resource_type")).toString();
    case ResourcesColumn:
        return entry.value(QStringLiteral("resources")).toInteger();
    case TypeColumn: {
        const QString type = definition.value(QStringLiteral("type")).toString();
        //: The inferred type of a multi-valued attribute, e.g. "string, multi-valued"
        return definition.value(QStringLiteral("multiValued")).toBool() ? tr("%1, multi-valued").arg(type) : type;
    }
    case ExamplesColumn: {
        QStringList examples;
        for (const QJsonValue &example : entry.value(QStringLiteral("examples")).toArray()) {
            if (example.isString()) {
                examples.append(example.toString());
                continue;
            }
            // Numbers, booleans and objects as JSON: the one-element array's brackets taken off.
            const QString json = QString::fromUtf8(QJsonDocument(QJsonArray{example}).toJson(QJsonDocument::Compact));
            examples.append(json.mid(1, json.size() - 2));
        }
        return examples.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant UndeclaredAttributesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AttributeColumn:
        return tr("Attribute");
    case SchemaColumn:
        return tr("Schema");
    case ResourceTypeColumn:
        return tr("Resource type");
    case ResourcesColumn:
        return tr("Resources");
    case TypeColumn:
        return tr("Inferred type");
    case ExamplesColumn:
        return tr("Examples");
    default:
        return {};
    }
}

} // namespace scim
