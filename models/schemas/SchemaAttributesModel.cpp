#include "models/schemas/SchemaAttributesModel.h"

#include "models/schemas/ReplaceSchemaCommand.h"
#include "models/schemas/SchemaCommands.h"
#include "models/schemas/SetSchemaPropertyCommand.h"

#include <QRegularExpression>
#include <QUndoStack>

#include <algorithm>

namespace scim {

namespace {

const QString kAttributes = QStringLiteral("attributes");
const QString kName = QStringLiteral("name");
const QString kType = QStringLiteral("type");
const QString kSubAttributes = QStringLiteral("subAttributes");
const QString kCanonicalValues = QStringLiteral("canonicalValues");
const QString kReferenceTypes = QStringLiteral("referenceTypes");
const QString kDescription = QStringLiteral("description");

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

bool isListColumn(int column)
{
    return column == SchemaAttributesModel::CanonicalValuesColumn ||
           column == SchemaAttributesModel::ReferenceTypesColumn;
}

const QStringList &referenceTypes()
{
    static const QStringList types{QStringLiteral("User"), QStringLiteral("Group"), QStringLiteral("external"),
                                   QStringLiteral("uri")};
    return types;
}

QStringList listItems(const QJsonValue &list)
{
    QStringList result;
    for (const QJsonValue &item : list.toArray())
        result.append(item.toString());
    return result;
}

// "gold, silver"; a value with a comma or a quote is quoted ("Smith, Jones"), so the cell stays unambiguous.
QString joined(const QJsonValue &list)
{
    QStringList shown;
    for (QString item : listItems(list)) {
        if (item.contains(u',') || item.contains(u'"'))
            item = QLatin1Char('"') + item.replace(QLatin1Char('"'), QStringLiteral("\\\"")) + QLatin1Char('"');
        shown.append(item);
    }
    return shown.join(QStringLiteral(", "));
}

// Top-level rows carry 0, sub-attribute rows their parent's row + 1.
constexpr quintptr kTopLevel = 0;

} // namespace

SchemaAttributesModel::SchemaAttributesModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_undoStack(new QUndoStack(this))
{}

void SchemaAttributesModel::setSchema(const QJsonObject &schema, bool editable)
{
    m_editable = editable;
    m_issues.clear();
    m_schemaIssues.clear();
    m_unplaced.clear();
    resetSchema(schema);
    m_undoStack->clear();
    Q_EMIT issuesChanged();
}

void SchemaAttributesModel::resetSchema(const QJsonObject &schema)
{
    beginResetModel();
    m_schema = schema;
    m_attributes = schema.value(kAttributes).toArray();
    endResetModel();
    Q_EMIT schemaPropertiesChanged();
}

QString SchemaAttributesModel::schemaProperty(const QString &key) const
{
    return m_schema.value(key).toString();
}

bool SchemaAttributesModel::setSchemaProperty(const QString &key, const QString &value)
{
    if (!m_editable || (key != kName && key != kDescription))
        return false;
    const QString text = value.trimmed();
    const QJsonValue before = m_schema.value(key);
    const QJsonValue after = text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
    if (before == after)
        return false;
    m_undoStack->push(new SetSchemaPropertyCommand(this, key, before, after));
    return true;
}

void SchemaAttributesModel::applySchemaProperty(const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        m_schema.remove(key);
    else
        m_schema.insert(key, value);
    Q_EMIT schemaPropertiesChanged();
}

void SchemaAttributesModel::replaceSchema(const QJsonObject &schema)
{
    if (!m_editable)
        return;
    QJsonObject next = m_schema;
    for (const QString &key : {kName, kDescription}) {
        if (schema.contains(key))
            next.insert(key, schema.value(key));
        else
            next.remove(key);
    }
    next.insert(kAttributes, schema.value(kAttributes).toArray());
    m_undoStack->push(new ReplaceSchemaCommand(this, this->schema(), next));
}

QJsonObject SchemaAttributesModel::schema() const
{
    QJsonObject result = m_schema;
    result.insert(kAttributes, m_attributes);
    return result;
}

QJsonArray SchemaAttributesModel::siblings(int parentRow) const
{
    if (parentRow < 0)
        return m_attributes;
    return m_attributes.at(parentRow).toObject().value(kSubAttributes).toArray();
}

QJsonObject SchemaAttributesModel::attributeAt(int parentRow, int row) const
{
    return siblings(parentRow).at(row).toObject();
}

QString SchemaAttributesModel::attributeName(int row) const
{
    return attributeAt(-1, row).value(kName).toString();
}

int SchemaAttributesModel::rowOfAttribute(const QString &name) const
{
    for (int row = 0; row < m_attributes.size(); ++row) {
        if (attributeName(row).compare(name, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

QModelIndex SchemaAttributesModel::indexOfPath(const QString &path) const
{
    const int row = rowOfAttribute(path.section(u'.', 0, 0));
    if (row < 0)
        return {};
    const QModelIndex top = index(row, 0);
    const QString sub = path.section(u'.', 1, 1);
    if (sub.isEmpty())
        return top;
    const QJsonArray subs = siblings(row);
    for (int child = 0; child < subs.size(); ++child) {
        if (subs.at(child).toObject().value(kName).toString().compare(sub, Qt::CaseInsensitive) == 0)
            return index(child, 0, top);
    }
    return {};
}

QString SchemaAttributesModel::pathOf(const QModelIndex &index) const
{
    const int parentRow = parentRowOf(index);
    const QString name = attributeAt(parentRow, index.row()).value(kName).toString();
    return parentRow < 0 ? name : attributeName(parentRow) + u'.' + name;
}

int SchemaAttributesModel::parentRowOf(const QModelIndex &index)
{
    return index.internalId() == kTopLevel ? -1 : int(index.internalId() - 1);
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
                                  kType,
                                  QStringLiteral("multiValued"),
                                  QStringLiteral("required"),
                                  QStringLiteral("caseExact"),
                                  QStringLiteral("mutability"),
                                  QStringLiteral("returned"),
                                  QStringLiteral("uniqueness"),
                                  kCanonicalValues,
                                  kReferenceTypes,
                                  kDescription};
    return keys.value(column);
}

QJsonValue SchemaAttributesModel::effective(const QJsonObject &attribute, const QString &key)
{
    // RFC 7643 §2.2's defaults for what a declaration leaves out.
    const QJsonValue value = attribute.value(key);
    if (!value.isUndefined())
        return value;
    if (key == kType)
        return QStringLiteral("string");
    if (key == QLatin1String("mutability"))
        return QStringLiteral("readWrite");
    if (key == QLatin1String("returned"))
        return QStringLiteral("default");
    if (key == QLatin1String("uniqueness"))
        return QStringLiteral("none");
    if (key == kCanonicalValues || key == kReferenceTypes)
        return QJsonArray();
    if (key == kDescription)
        return QString();
    return false;
}

QString SchemaAttributesModel::validateNewName(const QString &name, int parentRow) const
{
    if (!kNameGrammar().match(name).hasMatch())
        return tr("An attribute name starts with a letter and contains only letters, digits, '-' and '_'.");
    if (parentRow >= 0) {
        if (effective(attributeAt(-1, parentRow), kType).toString() != QLatin1String("complex"))
            return tr("Only a complex attribute has sub-attributes: set the type of %1 to complex first.")
                .arg(attributeName(parentRow));
        for (const QJsonValue &sub : siblings(parentRow)) {
            if (sub.toObject().value(kName).toString().compare(name, Qt::CaseInsensitive) == 0)
                return tr("The attribute %1 already has a sub-attribute named %2.").arg(attributeName(parentRow), name);
        }
        return QString();
    }
    if (rowOfAttribute(name) >= 0)
        return tr("This schema already has an attribute named %1.").arg(name);
    return QString();
}

bool SchemaAttributesModel::addAttribute(const QString &name)
{
    return addAttribute(
        QJsonObject{{kName, name}, {kType, QStringLiteral("string")}, {QStringLiteral("multiValued"), false}});
}

bool SchemaAttributesModel::addAttribute(const QJsonObject &definition)
{
    if (!m_editable || !validateNewName(definition.value(kName).toString()).isEmpty())
        return false;
    m_undoStack->push(new AddSchemaAttributeCommand(this, -1, int(m_attributes.size()), definition));
    return true;
}

bool SchemaAttributesModel::addSubAttribute(int parentRow, const QString &name)
{
    if (!m_editable || parentRow < 0 || parentRow >= m_attributes.size() || !validateNewName(name, parentRow).isEmpty())
        return false;
    const QJsonObject attribute{
        {kName, name}, {kType, QStringLiteral("string")}, {QStringLiteral("multiValued"), false}};
    m_undoStack->push(new AddSchemaAttributeCommand(this, parentRow, int(siblings(parentRow).size()), attribute));
    return true;
}

void SchemaAttributesModel::removeAttribute(int row)
{
    if (m_editable && row >= 0 && row < m_attributes.size())
        m_undoStack->push(new RemoveSchemaAttributeCommand(this, -1, row));
}

void SchemaAttributesModel::removeAttribute(const QModelIndex &index)
{
    if (!m_editable || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return;
    m_undoStack->push(new RemoveSchemaAttributeCommand(this, parentRowOf(index), index.row()));
}

void SchemaAttributesModel::setIssues(const QJsonArray &details)
{
    m_issues.clear();
    m_schemaIssues.clear();
    m_unplaced.clear();
    for (const QJsonValue &detail : details) {
        const QString message = detail.toObject().value(QStringLiteral("message")).toString();
        // The schema's own name or description: shown on its field.
        const QString characteristic = detail.toObject().value(QStringLiteral("characteristic")).toString();
        if (detail.toObject().value(QStringLiteral("attribute")).toString().isEmpty() &&
            (characteristic == kName || characteristic == kDescription)) {
            QString &text = m_schemaIssues[characteristic];
            text = text.isEmpty() ? message : text + u'\n' + message;
            continue;
        }
        // `badge` or `desk.floor`: on the sub-attribute's row when the editor has it, else on its attribute's.
        QString attribute = detail.toObject().value(QStringLiteral("attribute")).toString();
        if (!indexOfPath(attribute).isValid())
            attribute = attribute.section(u'.', 0, 0);
        if (!attribute.isEmpty() && indexOfPath(attribute).isValid()) {
            QString &text = m_issues[attribute.toLower()];
            text = text.isEmpty() ? message : text + u'\n' + message;
        } else {
            m_unplaced.append(message);
        }
    }
    emitAllChanged();
    Q_EMIT issuesChanged();
}

QStringList SchemaAttributesModel::allIssues() const
{
    QStringList lines = m_unplaced;
    for (auto it = m_schemaIssues.cbegin(); it != m_schemaIssues.cend(); ++it)
        lines.append(it.value());
    for (auto it = m_issues.cbegin(); it != m_issues.cend(); ++it)
        lines.append(it.value());
    return lines;
}

void SchemaAttributesModel::emitAllChanged()
{
    if (m_attributes.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex parent = index(row, 0);
        if (rowCount(parent) > 0)
            Q_EMIT dataChanged(index(0, 0, parent), index(rowCount(parent) - 1, ColumnCount - 1, parent));
    }
}

QModelIndex SchemaAttributesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : kTopLevel);
}

QModelIndex SchemaAttributesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int SchemaAttributesModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_attributes.size());
    if (parent.column() != 0 || parent.internalId() != kTopLevel)
        return 0;
    return int(siblings(parent.row()).size());
}

int SchemaAttributesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SchemaAttributesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QJsonObject attribute = attributeAt(parentRowOf(index), index.row());
    const int column = index.column();
    if (role == IssueRole || (role == Qt::ToolTipRole && column == NameColumn)) {
        const QString issue = m_issues.value(pathOf(index).toLower());
        if (!issue.isEmpty() || role == IssueRole)
            return issue;
    }
    if (isBooleanColumn(column)) {
        if (role == Qt::CheckStateRole)
            return effective(attribute, characteristic(column)).toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    if (role == Qt::ToolTipRole && column == DescriptionColumn)
        return attribute.value(kDescription).toString();
    if (column == CanonicalValuesColumn && role == Qt::EditRole)
        return listItems(attribute.value(kCanonicalValues));
    if (role == Qt::ToolTipRole && column == CanonicalValuesColumn)
        return listItems(attribute.value(kCanonicalValues)).join(u'\n');
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (isListColumn(column))
        return joined(effective(attribute, characteristic(column)));
    return effective(attribute, characteristic(column)).toString();
}

bool SchemaAttributesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_editable || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const int parentRow = parentRowOf(index);
    const int column = index.column();
    const QString key = characteristic(column);
    QJsonValue next;
    if (isBooleanColumn(column)) {
        if (role != Qt::CheckStateRole)
            return false;
        next = value.value<Qt::CheckState>() == Qt::Checked || value.toInt() == Qt::Checked;
    } else if (role != Qt::EditRole) {
        return false;
    } else if (isListColumn(column)) {
        // Canonical values may contain commas: a list of values, or one value per line. Reference types are fixed
        // words: "a, b". Empty: the characteristic is left out.
        QStringList given;
        if (column == ReferenceTypesColumn)
            given = value.toString().split(u',', Qt::SkipEmptyParts);
        else if (value.typeId() == QMetaType::QStringList)
            given = value.toStringList();
        else
            given = value.toString().split(u'\n');
        QJsonArray items;
        for (const QString &item : std::as_const(given)) {
            QString text = item.trimmed();
            if (text.isEmpty())
                continue;
            if (column == ReferenceTypesColumn) {
                const auto match =
                    std::find_if(referenceTypes().cbegin(), referenceTypes().cend(),
                                 [&text](const QString &type) { return type.compare(text, Qt::CaseInsensitive) == 0; });
                if (match == referenceTypes().cend())
                    return false;
                text = *match;
            }
            if (!items.contains(text))
                items.append(text);
        }
        next = items.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(items);
    } else if (column == DescriptionColumn) {
        const QString text = value.toString().trimmed();
        next = text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
    } else {
        const QString text = value.toString().trimmed();
        if (column == NameColumn) {
            if (text.compare(attributeAt(parentRow, index.row()).value(kName).toString(), Qt::CaseSensitive) == 0)
                return false;
            // A rename keeps the grammar and may only differ in case from the attribute's own name.
            if (!kNameGrammar().match(text).hasMatch())
                return false;
            const QJsonArray others = siblings(parentRow);
            for (int row = 0; row < others.size(); ++row) {
                if (row != index.row() &&
                    others.at(row).toObject().value(kName).toString().compare(text, Qt::CaseInsensitive) == 0)
                    return false;
            }
        } else if (!validValues(column).contains(text)) {
            return false;
        } else if (column == TypeColumn && parentRow >= 0 && text == QLatin1String("complex")) {
            return false; // RFC 7643 §2.3.8: no complex sub-attributes
        }
        next = text;
    }
    const QJsonObject attribute = attributeAt(parentRow, index.row());
    if (next.isUndefined() ? attribute.value(key).isUndefined() : effective(attribute, key) == next)
        return false;
    m_undoStack->push(new SetCharacteristicCommand(this, parentRow, index.row(), key, next));
    return true;
}

QVariant SchemaAttributesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
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
    case CanonicalValuesColumn:
        return tr("Canonical values");
    case ReferenceTypesColumn:
        return tr("Reference types");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

Qt::ItemFlags SchemaAttributesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != kTopLevel)
        result |= Qt::ItemNeverHasChildren;
    if (!m_editable)
        return result;
    return result | (isBooleanColumn(index.column()) ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable);
}

void SchemaAttributesModel::insertAttributeAt(int parentRow, int row, const QJsonObject &attribute)
{
    const QModelIndex parent = parentRow < 0 ? QModelIndex() : index(parentRow, 0);
    beginInsertRows(parent, row, row);
    if (parentRow < 0) {
        m_attributes.insert(row, attribute);
    } else {
        QJsonObject owner = m_attributes.at(parentRow).toObject();
        QJsonArray subs = owner.value(kSubAttributes).toArray();
        subs.insert(row, attribute);
        owner.insert(kSubAttributes, subs);
        m_attributes.replace(parentRow, owner);
    }
    endInsertRows();
    if (parentRow >= 0)
        Q_EMIT dataChanged(parent, parent.siblingAtColumn(ColumnCount - 1));
}

QJsonObject SchemaAttributesModel::takeAttributeAt(int parentRow, int row)
{
    const QModelIndex parent = parentRow < 0 ? QModelIndex() : index(parentRow, 0);
    beginRemoveRows(parent, row, row);
    QJsonObject attribute;
    if (parentRow < 0) {
        attribute = m_attributes.takeAt(row).toObject();
    } else {
        QJsonObject owner = m_attributes.at(parentRow).toObject();
        QJsonArray subs = owner.value(kSubAttributes).toArray();
        attribute = subs.takeAt(row).toObject();
        // An attribute declared without sub-attributes goes back to having none (not an empty list).
        if (subs.isEmpty())
            owner.remove(kSubAttributes);
        else
            owner.insert(kSubAttributes, subs);
        m_attributes.replace(parentRow, owner);
    }
    endRemoveRows();
    return attribute;
}

void SchemaAttributesModel::setCharacteristic(int parentRow, int row, const QString &key, const QJsonValue &value)
{
    QJsonObject attribute = attributeAt(parentRow, row);
    if (value.isUndefined())
        attribute.remove(key);
    else
        attribute.insert(key, value);
    if (parentRow < 0) {
        m_attributes.replace(row, attribute);
    } else {
        QJsonObject owner = m_attributes.at(parentRow).toObject();
        QJsonArray subs = owner.value(kSubAttributes).toArray();
        subs.replace(row, attribute);
        owner.insert(kSubAttributes, subs);
        m_attributes.replace(parentRow, owner);
    }
    const QModelIndex parent = parentRow < 0 ? QModelIndex() : index(parentRow, 0);
    Q_EMIT dataChanged(index(row, 0, parent), index(row, ColumnCount - 1, parent));
}

} // namespace scim
