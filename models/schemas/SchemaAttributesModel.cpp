#include "models/schemas/SchemaAttributesModel.h"

#include "models/schemas/SchemaCommands.h"

#include <QRegularExpression>
#include <QUndoStack>

namespace scim {

namespace {

const QString kAttributes = QStringLiteral("attributes");
const QString kName = QStringLiteral("name");
const QString kSubAttributes = QStringLiteral("subAttributes");

// RFC 7643 §2.1 ATTRNAME, as the engine checks it.
const QRegularExpression &kNameGrammar()
{
    static const QRegularExpression grammar(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]*$"));
    return grammar;
}

bool isBooleanColumn(int column)
{
    return column == SchemaAttributesModel::MultiValuedColumn || column == SchemaAttributesModel::RequiredColumn ||
           column == SchemaAttributesModel::CaseExactColumn;
}

} // namespace

SchemaAttributesModel::SchemaAttributesModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_undoStack(new QUndoStack(this))
{}

void SchemaAttributesModel::setSchema(const QJsonObject &schema, bool editable)
{
    beginResetModel();
    m_schema = schema;
    m_attributes = schema.value(kAttributes).toArray();
    m_editable = editable;
    m_issues.clear();
    m_unplaced.clear();
    endResetModel();
    m_undoStack->clear();
    Q_EMIT issuesChanged();
}

QJsonObject SchemaAttributesModel::schema() const
{
    QJsonObject result = m_schema;
    result.insert(kAttributes, m_attributes);
    return result;
}

QString SchemaAttributesModel::attributeName(int row) const
{
    return m_attributes.at(row).toObject().value(kName).toString();
}

int SchemaAttributesModel::rowOfAttribute(const QString &name) const
{
    for (int row = 0; row < m_attributes.size(); ++row) {
        if (attributeName(row).compare(name, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

QStringList SchemaAttributesModel::validValues(int column)
{
    switch (column) {
    case TypeColumn:
        return {QStringLiteral("string"),  QStringLiteral("boolean"),  QStringLiteral("decimal"),
                QStringLiteral("integer"), QStringLiteral("dateTime"), QStringLiteral("reference"),
                QStringLiteral("complex")};
    case MutabilityColumn:
        return {QStringLiteral("readWrite"), QStringLiteral("readOnly"), QStringLiteral("immutable"),
                QStringLiteral("writeOnly")};
    case ReturnedColumn:
        return {QStringLiteral("default"), QStringLiteral("always"), QStringLiteral("request"),
                QStringLiteral("never")};
    case UniquenessColumn:
        return {QStringLiteral("none"), QStringLiteral("server"), QStringLiteral("global")};
    default:
        return {};
    }
}

QString SchemaAttributesModel::characteristic(int column)
{
    static const QStringList keys{kName,
                                  QStringLiteral("type"),
                                  QStringLiteral("multiValued"),
                                  QStringLiteral("required"),
                                  QStringLiteral("caseExact"),
                                  QStringLiteral("mutability"),
                                  QStringLiteral("returned"),
                                  QStringLiteral("uniqueness"),
                                  kSubAttributes};
    return keys.value(column);
}

QJsonValue SchemaAttributesModel::effective(const QJsonObject &attribute, const QString &key)
{
    // RFC 7643 §2.2's defaults for what a declaration leaves out.
    const QJsonValue value = attribute.value(key);
    if (!value.isUndefined())
        return value;
    if (key == QLatin1String("type"))
        return QStringLiteral("string");
    if (key == QLatin1String("mutability"))
        return QStringLiteral("readWrite");
    if (key == QLatin1String("returned"))
        return QStringLiteral("default");
    if (key == QLatin1String("uniqueness"))
        return QStringLiteral("none");
    return false;
}

QString SchemaAttributesModel::validateNewName(const QString &name) const
{
    if (!kNameGrammar().match(name).hasMatch())
        return tr("An attribute name starts with a letter and contains only letters, digits, '-' and '_'.");
    if (rowOfAttribute(name) >= 0)
        return tr("This schema already has an attribute named %1.").arg(name);
    return QString();
}

bool SchemaAttributesModel::addAttribute(const QString &name)
{
    if (!m_editable || !validateNewName(name).isEmpty())
        return false;
    const QJsonObject attribute{
        {kName, name}, {QStringLiteral("type"), QStringLiteral("string")}, {QStringLiteral("multiValued"), false}};
    m_undoStack->push(new AddSchemaAttributeCommand(this, int(m_attributes.size()), attribute));
    return true;
}

void SchemaAttributesModel::removeAttribute(int row)
{
    if (m_editable && row >= 0 && row < m_attributes.size())
        m_undoStack->push(new RemoveSchemaAttributeCommand(this, row));
}

void SchemaAttributesModel::setIssues(const QJsonArray &details)
{
    m_issues.clear();
    m_unplaced.clear();
    for (const QJsonValue &detail : details) {
        const QString message = detail.toObject().value(QStringLiteral("message")).toString();
        // `badge` or `desk.floor`: the row is the top-level attribute.
        const QString attribute = detail.toObject().value(QStringLiteral("attribute")).toString().section(u'.', 0, 0);
        if (!attribute.isEmpty() && rowOfAttribute(attribute) >= 0) {
            QString &text = m_issues[attribute.toLower()];
            text = text.isEmpty() ? message : text + u'\n' + message;
        } else {
            m_unplaced.append(message);
        }
    }
    if (!m_attributes.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT issuesChanged();
}

int SchemaAttributesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_attributes.size());
}

int SchemaAttributesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SchemaAttributesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject attribute = m_attributes.at(index.row()).toObject();
    const int column = index.column();
    if (role == IssueRole || (role == Qt::ToolTipRole && column == NameColumn)) {
        const QString issue = m_issues.value(attribute.value(kName).toString().toLower());
        if (!issue.isEmpty() || role == IssueRole)
            return issue;
    }
    if (isBooleanColumn(column)) {
        if (role == Qt::CheckStateRole)
            return effective(attribute, characteristic(column)).toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    if (column == SubAttributesColumn) {
        if (role != Qt::DisplayRole)
            return {};
        QStringList names;
        for (const QJsonValue &sub : attribute.value(kSubAttributes).toArray())
            names.append(sub.toObject().value(kName).toString());
        return names.join(QStringLiteral(", "));
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return effective(attribute, characteristic(column)).toString();
    return {};
}

bool SchemaAttributesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_editable || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int column = index.column();
    const QString key = characteristic(column);
    QJsonValue next;
    if (isBooleanColumn(column)) {
        if (role != Qt::CheckStateRole)
            return false;
        next = value.value<Qt::CheckState>() == Qt::Checked || value.toInt() == Qt::Checked;
    } else if (role == Qt::EditRole && column != SubAttributesColumn) {
        const QString text = value.toString().trimmed();
        if (column == NameColumn) {
            if (text.compare(attributeName(index.row()), Qt::CaseSensitive) == 0)
                return false;
            // A rename keeps the grammar and may only differ in case from the attribute's own name.
            const int other = rowOfAttribute(text);
            if (!kNameGrammar().match(text).hasMatch() || (other >= 0 && other != index.row()))
                return false;
        } else if (!validValues(column).contains(text)) {
            return false;
        }
        next = text;
    } else {
        return false;
    }
    if (effective(attributeAt(index.row()), key) == next)
        return false;
    m_undoStack->push(new SetCharacteristicCommand(this, index.row(), key, next));
    return true;
}

QVariant SchemaAttributesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case MultiValuedColumn:
        return tr("Multi-valued");
    case RequiredColumn:
        return tr("Required");
    case CaseExactColumn:
        return tr("Case exact");
    case MutabilityColumn:
        return tr("Mutability");
    case ReturnedColumn:
        return tr("Returned");
    case UniquenessColumn:
        return tr("Uniqueness");
    case SubAttributesColumn:
        return tr("Sub-attributes");
    default:
        return {};
    }
}

Qt::ItemFlags SchemaAttributesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!m_editable || index.column() == SubAttributesColumn)
        return result;
    return result | (isBooleanColumn(index.column()) ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable);
}

void SchemaAttributesModel::insertAttributeAt(int row, const QJsonObject &attribute)
{
    beginInsertRows(QModelIndex(), row, row);
    m_attributes.insert(row, attribute);
    endInsertRows();
}

QJsonObject SchemaAttributesModel::takeAttributeAt(int row)
{
    beginRemoveRows(QModelIndex(), row, row);
    const QJsonObject attribute = m_attributes.takeAt(row).toObject();
    endRemoveRows();
    return attribute;
}

void SchemaAttributesModel::setCharacteristic(int row, const QString &key, const QJsonValue &value)
{
    QJsonObject attribute = m_attributes.at(row).toObject();
    if (value.isUndefined())
        attribute.remove(key);
    else
        attribute.insert(key, value);
    m_attributes.replace(row, attribute);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace scim
