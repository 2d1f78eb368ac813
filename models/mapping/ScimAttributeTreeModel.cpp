#include "models/mapping/ScimAttributeTreeModel.h"

#include "models/common/ThemeColors.h"
#include "models/mapping/MappingCommands.h"
#include "models/mapping/MappingMime.h"
#include "models/mapping/MappingModel.h"
#include "models/mapping/MappingRules.h"

#include <QFont>
#include <QGuiApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QUndoStack>

namespace scim {

namespace {

const QStringList &commonFilteredEntries()
{
    static const QStringList entries{
        QStringLiteral("emails[type eq \"work\"].value"),
        QStringLiteral("emails[type eq \"home\"].value"),
        QStringLiteral("emails[type eq \"other\"].value"),
        QStringLiteral("emails[primary eq true].value"),
        QStringLiteral("phoneNumbers[type eq \"work\"].value"),
        QStringLiteral("phoneNumbers[type eq \"mobile\"].value"),
        QStringLiteral("phoneNumbers[type eq \"home\"].value"),
        QStringLiteral("phoneNumbers[type eq \"fax\"].value"),
        QStringLiteral("phoneNumbers[primary eq true].value"),
        QStringLiteral("addresses[type eq \"work\"].streetAddress"),
        QStringLiteral("addresses[type eq \"work\"].locality"),
        QStringLiteral("addresses[type eq \"work\"].region"),
        QStringLiteral("addresses[type eq \"work\"].postalCode"),
        QStringLiteral("addresses[type eq \"work\"].country"),
        QStringLiteral("addresses[type eq \"work\"].formatted"),
        QStringLiteral("addresses[type eq \"home\"].locality"),
        QStringLiteral("addresses[primary eq true].formatted"),
        QStringLiteral("photos[type eq \"photo\"].value"),
        QStringLiteral("photos[type eq \"thumbnail\"].value"),
        QStringLiteral("ims[primary eq true].value"),
        QStringLiteral("entitlements[primary eq true].value"),
        QStringLiteral("roles[primary eq true].value"),
    };
    return entries;
}

QJsonObject definition(const char *name, const char *type, bool multiValued = false)
{
    return QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)},
                       {QStringLiteral("type"), QString::fromLatin1(type)},
                       {QStringLiteral("multiValued"), multiValued}};
}

} // namespace

ScimAttributeTreeModel::ScimAttributeTreeModel(MappingModel *mapping, QObject *parent)
    : QAbstractItemModel(parent)
    , m_mapping(mapping)
{
    connect(m_mapping, &MappingModel::mapChanged, this, &ScimAttributeTreeModel::updateMapped);
}

int ScimAttributeTreeModel::addNode(int parent, Node node)
{
    node.parent = parent;
    const MappingRules *rules = m_mapping->rules();
    if (node.mappable && rules)
        node.canonical = rules->canonicalScimPath(node.path);
    m_nodes.append(node);
    const int id = int(m_nodes.size()) - 1;
    (parent < 0 ? m_roots : m_nodes[parent].children).append(id);
    return id;
}

void ScimAttributeTreeModel::addAttribute(int parent, const QJsonObject &def, const QString &prefix, bool forbidden)
{
    static const QStringList unmappable{QStringLiteral("id"), QStringLiteral("meta"), QStringLiteral("password"),
                                        QStringLiteral("groups")};
    Node node;
    node.label = def.value(QStringLiteral("name")).toString();
    node.path = prefix + node.label;
    node.type = def.value(QStringLiteral("type")).toString();
    node.multiValued = def.value(QStringLiteral("multiValued")).toBool();
    node.required = def.value(QStringLiteral("required")).toBool();
    node.description = def.value(QStringLiteral("description")).toString();
    const bool blocked = forbidden || (prefix.isEmpty() && unmappable.contains(node.label));
    node.mappable = !blocked;
    if (blocked)
        //: not_mappable is the rule's name in the engine's error reports, keep it
        node.reason =
            tr("Not mappable: id, meta, password and groups are never part of a profile (rule not_mappable).");
    const int id = addNode(parent, node);
    for (const QJsonValue &sub : def.value(QStringLiteral("subAttributes")).toArray())
        addAttribute(id, sub.toObject(), node.path + QLatin1Char('.'), blocked);
}

void ScimAttributeTreeModel::rebuild()
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_filteredGroup = -1;
    if (const MappingRules *rules = m_mapping->rules()) {
        const QJsonObject core = rules->coreSchema();
        Node heading;
        heading.heading = true;
        //: Heading of the core User schema's attributes
        heading.label = tr("Core User");
        heading.description = core.value(QStringLiteral("id")).toString();
        const int coreGroup = addNode(-1, heading);
        // The common attributes (RFC 7643 §3.1) are not in /Schemas but are part of every User.
        addAttribute(coreGroup, definition("id", "string"), {}, false);
        addAttribute(coreGroup, definition("externalId", "string"), {}, false);
        QJsonObject meta = definition("meta", "complex");
        meta.insert(QStringLiteral("subAttributes"),
                    QJsonArray{definition("resourceType", "string"), definition("created", "dateTime"),
                               definition("lastModified", "dateTime"), definition("location", "reference"),
                               definition("version", "string")});
        addAttribute(coreGroup, meta, {}, false);
        for (const QJsonValue &attr : core.value(QStringLiteral("attributes")).toArray())
            addAttribute(coreGroup, attr.toObject(), {}, false);
        for (const QJsonValue &value : rules->extensionSchemas()) {
            const QJsonObject extension = value.toObject();
            Node group;
            group.heading = true;
            //: Heading of a schema extension's attributes; %1 is the schema's name ("EnterpriseUser")
            group.label = tr("%1 extension").arg(extension.value(QStringLiteral("name")).toString());
            group.description = extension.value(QStringLiteral("id")).toString();
            group.reason = tr("A whole schema extension cannot be mapped; map its attributes one by one.");
            const int id = addNode(-1, group);
            for (const QJsonValue &attr : extension.value(QStringLiteral("attributes")).toArray())
                addAttribute(id, attr.toObject(), extension.value(QStringLiteral("id")).toString() + QLatin1Char('.'),
                             false);
        }
        Node filtered;
        filtered.heading = true;
        filtered.label = tr("Filtered entries");
        filtered.description = tr("One element of a multi-valued attribute, chosen with an eq filter.");
        m_filteredGroup = addNode(-1, filtered);
        for (const QString &path : commonFilteredEntries()) {
            Node node;
            node.label = path;
            node.path = path;
            node.type = QStringLiteral("string");
            node.mappable = true;
            addNode(m_filteredGroup, node);
        }
    }
    endResetModel();
    updateMapped();
}

void ScimAttributeTreeModel::updateMapped()
{
    const MappingRules *rules = m_mapping->rules();
    if (!rules || m_nodes.isEmpty())
        return;
    QHash<QString, QString> targets;
    for (const MappingPair &pair : m_mapping->pairs()) {
        const QString canonical = rules->canonicalScimPath(pair.scim);
        targets.insert(canonical.isEmpty() ? pair.scim : canonical, pair.auth0);
        // Filtered entries of the map that the tree does not list yet join the filtered group.
        if (!canonical.isEmpty() && pair.scim.contains(QLatin1Char('['))) {
            const bool listed = std::any_of(m_nodes.cbegin(), m_nodes.cend(), [&canonical](const Node &node) {
                return !node.heading && node.canonical == canonical;
            });
            if (!listed)
                applyAddEntry(pair.scim, false);
        }
    }
    for (int id = 0; id < m_nodes.size(); ++id) {
        Node &node = m_nodes[id];
        if (node.heading || !node.mappable)
            continue;
        const QString mappedTo = targets.value(node.canonical);
        if (mappedTo == node.mappedTo)
            continue;
        node.mappedTo = mappedTo;
        const int row = rowInParent(id);
        if (row < 0)
            continue;
        const QModelIndex parentIndex =
            node.parent < 0 ? QModelIndex() : createIndex(rowInParent(node.parent), 0, quintptr(node.parent));
        Q_EMIT dataChanged(index(row, 0, parentIndex), index(row, ColumnCount - 1, parentIndex));
    }
}

int ScimAttributeTreeModel::rowInParent(int node) const
{
    return int(childrenOf(m_nodes.at(node).parent).indexOf(node));
}

const QList<int> &ScimAttributeTreeModel::childrenOf(int node) const
{
    return node < 0 ? m_roots : m_nodes.at(node).children;
}

int ScimAttributeTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : -1;
}

QModelIndex ScimAttributeTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, quintptr(childrenOf(nodeOf(parent)).at(row)));
}

QModelIndex ScimAttributeTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = m_nodes.at(nodeOf(child)).parent;
    if (parentNode < 0)
        return {};
    return createIndex(rowInParent(parentNode), 0, quintptr(parentNode));
}

int ScimAttributeTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(nodeOf(parent)).size());
}

int ScimAttributeTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ScimAttributeTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes.at(nodeOf(index));
    const bool active = node.path == QLatin1String("active");
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return node.label;
        case TypeColumn: {
            if (node.heading)
                return {};
            // The type is the schema's (string, complex, …), shown as SCIM names it.
            //: %1 a SCIM attribute type (string, complex, dateTime, …), shown as SCIM names it
            const QString type = node.multiValued ? tr("%1, multi-valued").arg(node.type) : node.type;
            //: The type column of "active": %1 its type; it maps only to blocked, stored inverted
            return active ? tr("%1 · inverted, → blocked only").arg(type) : type;
        }
        case RequiredColumn:
            //: Required column: the schema requires the attribute
            return node.required ? tr("required") : QString();
        case MappedColumn:
            return node.mappedTo.isEmpty() ? QString() : QStringLiteral("→ %1").arg(node.mappedTo);
        }
        return {};
    case ModelRoles::RawValueRole:
        switch (index.column()) {
        case NameColumn:
            return node.path;
        case TypeColumn:
            return node.type;
        case RequiredColumn:
            return node.required;
        case MappedColumn:
            return node.mappedTo;
        }
        return {};
    case PathRole:
        return node.heading ? QString() : node.path;
    case MappableRole:
        return node.mappable;
    case MappedToRole:
        return node.mappedTo;
    case Qt::ToolTipRole:
        if (!node.reason.isEmpty())
            return node.reason;
        if (node.heading)
            return node.description;
        {
            // One line each: the path, what it is mapped to, and the schema's description (English, as the engine
            // serves it).
            QStringList lines{node.path};
            if (!node.mappedTo.isEmpty())
                lines << tr("Mapped to %1").arg(node.mappedTo);
            if (active)
                lines << tr("Maps only to blocked, stored inverted.");
            else if (!node.description.isEmpty())
                lines << node.description;
            return lines.join(u'\n');
        }
    case Qt::ForegroundRole:
        if (!node.mappable && !node.heading)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        if (index.column() == MappedColumn || (active && index.column() == TypeColumn))
            return ThemeColors::text(ThemeColors::Tone::Info, QGuiApplication::palette());
        return {};
    case Qt::FontRole:
        if (node.heading || (!node.mappedTo.isEmpty() && index.column() == NameColumn)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant ScimAttributeTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("SCIM attribute");
    case TypeColumn:
        return tr("Type");
    case RequiredColumn:
        //: Column header: whether the schema requires the attribute
        return tr("Required");
    case MappedColumn:
        return tr("Mapped to");
    }
    return {};
}

Qt::ItemFlags ScimAttributeTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    const Node &node = m_nodes.at(nodeOf(index));
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    if (node.mappable)
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

Qt::DropActions ScimAttributeTreeModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

Qt::DropActions ScimAttributeTreeModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

QStringList ScimAttributeTreeModel::mimeTypes() const
{
    return {MappingMime::pair(), MappingMime::scimAttribute()};
}

QMimeData *ScimAttributeTreeModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        const Node &node = m_nodes.at(nodeOf(index));
        if (!node.mappable || node.heading)
            continue;
        auto *mime = new QMimeData;
        mime->setData(MappingMime::scimAttribute(),
                      QJsonDocument(QJsonObject{{QStringLiteral("path"), node.path}}).toJson(QJsonDocument::Compact));
        mime->setText(node.path);
        return mime;
    }
    return nullptr;
}

bool ScimAttributeTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &) const
{
    // Only pairs come back here: dragging a pair out of the table removes it.
    return !m_mapping->pairIdsFromMime(data).isEmpty();
}

bool ScimAttributeTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                          const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction || !canDropMimeData(data, action, row, column, parent))
        return false;
    m_mapping->removePairs(m_mapping->pairIdsFromMime(data));
    // The model has no removeRows(), so the table's MoveAction leaves the removal to the command.
    return true;
}

QModelIndex ScimAttributeTreeModel::indexOfPath(const QString &path, int column) const
{
    for (int id = 0; id < m_nodes.size(); ++id) {
        const Node &node = m_nodes.at(id);
        if (!node.heading && node.path == path) {
            const int row = rowInParent(id);
            if (row >= 0)
                return createIndex(row, column, quintptr(id));
        }
    }
    return {};
}

QStringList ScimAttributeTreeModel::userIdCandidates() const
{
    QStringList result;
    const MappingRules *rules = m_mapping->rules();
    for (const Node &node : m_nodes) {
        if (rules && !node.heading && node.mappable && !node.path.contains(QLatin1Char('[')) &&
            rules->isSingleValued(node.path))
            result.append(node.path);
    }
    return result;
}

QString ScimAttributeTreeModel::validateCustomEntry(const QString &path) const
{
    const MappingRules *rules = m_mapping->rules();
    if (!rules)
        return tr("The connection's schemas have not loaded yet.");
    const QString reason = rules->checkScimPath(path);
    if (!reason.isEmpty())
        return reason;
    const QString canonical = rules->canonicalScimPath(path);
    for (const Node &node : m_nodes) {
        if (!node.heading && node.mappable && rowInParent(int(&node - m_nodes.constData())) >= 0 &&
            node.canonical == canonical)
            return tr("'%1' is already listed.").arg(node.path);
    }
    return {};
}

bool ScimAttributeTreeModel::addCustomEntry(const QString &path)
{
    if (!validateCustomEntry(path).isEmpty())
        return false;
    m_mapping->undoStack()->push(new AddCustomScimEntryCommand(this, path.trimmed()));
    return true;
}

void ScimAttributeTreeModel::applyAddEntry(const QString &path, bool custom)
{
    if (m_filteredGroup < 0)
        return;
    const QModelIndex group = createIndex(rowInParent(m_filteredGroup), 0, quintptr(m_filteredGroup));
    const int row = int(m_nodes.at(m_filteredGroup).children.size());
    beginInsertRows(group, row, row);
    Node node;
    node.label = path;
    node.path = path;
    node.type = QStringLiteral("string");
    node.mappable = true;
    node.custom = custom;
    addNode(m_filteredGroup, node);
    endInsertRows();
}

void ScimAttributeTreeModel::applyRemoveEntry(const QString &path)
{
    const QModelIndex index = indexOfPath(path);
    if (!index.isValid() || m_filteredGroup < 0)
        return;
    const int id = nodeOf(index);
    beginRemoveRows(index.parent(), index.row(), index.row());
    m_nodes[m_filteredGroup].children.removeOne(id);
    endRemoveRows();
    // The node stays in m_nodes (ids are indexes) but is unreachable; a later add creates a new one.
    m_nodes[id].heading = true;
    m_nodes[id].path.clear();
}

} // namespace scim
