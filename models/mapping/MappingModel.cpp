#include "models/mapping/MappingModel.h"

#include "models/common/ThemeColors.h"
#include "models/mapping/MappingCommands.h"
#include "models/mapping/MappingMime.h"
#include "models/mapping/MappingRules.h"

#include <QColor>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QMimeData>
#include <QRegularExpression>
#include <QUndoStack>
#include <QUuid>

namespace scim {

MappingModel::MappingModel(QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent)
    , m_undoStack(undoStack)
    , m_editorId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

MappingModel::~MappingModel() = default;

int MappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pairs.size());
}

int MappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MappingPair &pair = m_pairs.at(index.row());
    const auto engineIssue = m_engineIssues.constFind(pair.id);
    const auto clientIssue = m_rowIssues.constFind(pair.id);
    const bool fromEngine = engineIssue != m_engineIssues.constEnd();
    const MappingRuleIssue *issue = fromEngine                              ? &*engineIssue
                                    : clientIssue != m_rowIssues.constEnd() ? &*clientIssue
                                                                            : nullptr;
    const bool inverted = pair.auth0 == QLatin1String("blocked") &&
                          pair.scim.trimmed().compare(QLatin1String("active"), Qt::CaseInsensitive) == 0;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == ScimColumn)
            return pair.scim;
        if (index.column() == ProfileColumn)
            return pair.auth0;
        if (issue)
            return QString(QStringLiteral("⚠ ") + issue->message);
        //: Notes column: active → blocked is stored inverted
        return inverted ? tr("inverted") : QString();
    case ModelRoles::RawValueRole:
        if (index.column() == ScimColumn)
            return pair.scim;
        if (index.column() == ProfileColumn)
            return pair.auth0;
        return issue ? issue->rule : inverted ? QStringLiteral("inverted") : QString();
    case ModelRoles::IdRole:
        return QVariant::fromValue(pair.id);
    case IssueRole:
        return issue ? issue->message : QString();
    case IssueSourceRole:
        return issue ? (fromEngine ? QStringLiteral("engine") : QStringLiteral("client")) : QString();
    case InvertedRole:
        return inverted;
    case Qt::ToolTipRole:
        if (issue)
            return issue->message;
        if (inverted)
            return tr("Stored inverted: blocked is true when active is false.");
        return QStringLiteral("%1 → %2").arg(pair.scim, pair.auth0);
    case Qt::BackgroundRole:
        return issue ? QVariant(ThemeColors::background(ThemeColors::Tone::Error, QGuiApplication::palette()))
                     : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return ThemeColors::text(issue ? ThemeColors::Tone::Error : ThemeColors::Tone::Info,
                                     QGuiApplication::palette());
        return {};
    default:
        return {};
    }
}

QVariant MappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ScimColumn:
        return tr("SCIM attribute");
    case ProfileColumn:
        return tr("Profile attribute");
    case StatusColumn:
        return tr("Notes");
    default:
        return {};
    }
}

Qt::ItemFlags MappingModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

Qt::DropActions MappingModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

Qt::DropActions MappingModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList MappingModel::mimeTypes() const
{
    return {MappingMime::scimAttribute(), MappingMime::pair()};
}

QMimeData *MappingModel::mimeData(const QModelIndexList &indexes) const
{
    QJsonArray ids;
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || rows.contains(index.row()))
            continue;
        rows.append(index.row());
        ids.append(QString::number(m_pairs.at(index.row()).id));
    }
    if (ids.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(MappingMime::pair(),
                  QJsonDocument(QJsonObject{{QStringLiteral("editor"), m_editorId}, {QStringLiteral("ids"), ids}})
                      .toJson(QJsonDocument::Compact));
    return mime;
}

QList<quint64> MappingModel::pairIdsFromMime(const QMimeData *data) const
{
    QList<quint64> ids;
    if (!data || !data->hasFormat(MappingMime::pair()))
        return ids;
    const QJsonObject object = QJsonDocument::fromJson(data->data(MappingMime::pair())).object();
    if (object.value(QStringLiteral("editor")).toString() != m_editorId)
        return ids;
    for (const QJsonValue &value : object.value(QStringLiteral("ids")).toArray()) {
        const quint64 id = value.toString().toULongLong();
        if (rowOfId(id) >= 0)
            ids.append(id);
    }
    return ids;
}

QString MappingModel::scimPathFromMime(const QMimeData *data)
{
    if (!data || !data->hasFormat(MappingMime::scimAttribute()))
        return {};
    return QJsonDocument::fromJson(data->data(MappingMime::scimAttribute()))
        .object()
        .value(QStringLiteral("path"))
        .toString();
}

bool MappingModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                   const QModelIndex &parent) const
{
    Q_UNUSED(action)
    Q_UNUSED(row)
    Q_UNUSED(column)
    Q_UNUSED(parent)
    // Any SCIM attribute is let through to dropMimeData, so a refusal is reported (with its reason) where it was
    // dropped instead of silently; pairs dragged within the table have nowhere to go.
    return !scimPathFromMime(data).isEmpty();
}

bool MappingModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction || !canDropMimeData(data, action, row, column, parent))
        return false;
    const QString scim = scimPathFromMime(data);
    // Onto a row: a new source for that row's target. Elsewhere: a new pair with a suggested target.
    const QString target = parent.isValid() ? m_pairs.at(parent.row()).auth0 : suggestedTarget(scim);
    return map(scim, target);
}

void MappingModel::setRules(std::shared_ptr<const MappingRules> rules)
{
    m_rules = std::move(rules);
    revalidate();
}

MappingPairs MappingModel::pairsFromJson(const QJsonArray &mapping)
{
    MappingPairs pairs;
    for (const QJsonValue &value : mapping) {
        const QJsonObject object = value.toObject();
        pairs.append(MappingPair{nextId(), object.value(QStringLiteral("scim")).toString(),
                                 object.value(QStringLiteral("auth0")).toString()});
    }
    return pairs;
}

void MappingModel::load(const QJsonArray &mapping, const QString &userIdAttribute)
{
    applyMap(pairsFromJson(mapping), userIdAttribute);
}

std::optional<MappingPair> MappingModel::pairById(quint64 id) const
{
    const int row = rowOfId(id);
    if (row < 0)
        return std::nullopt;
    return m_pairs.at(row);
}

int MappingModel::rowOfId(quint64 id) const
{
    for (int row = 0; row < m_pairs.size(); ++row) {
        if (m_pairs.at(row).id == id)
            return row;
    }
    return -1;
}

std::optional<MappingPair> MappingModel::pairForTarget(const QString &auth0) const
{
    for (const MappingPair &pair : m_pairs) {
        if (pair.auth0 == auth0)
            return pair;
    }
    return std::nullopt;
}

std::optional<MappingPair> MappingModel::pairForSource(const QString &scim) const
{
    const QString canonical = m_rules ? m_rules->canonicalScimPath(scim) : QString();
    for (const MappingPair &pair : m_pairs) {
        if (pair.scim == scim)
            return pair;
        if (!canonical.isEmpty() && m_rules->canonicalScimPath(pair.scim) == canonical)
            return pair;
    }
    return std::nullopt;
}

QJsonArray MappingModel::mappingJson() const
{
    QJsonArray mapping;
    for (const MappingPair &pair : m_pairs)
        mapping.append(QJsonObject{{QStringLiteral("scim"), pair.scim}, {QStringLiteral("auth0"), pair.auth0}});
    return mapping;
}

QJsonObject MappingModel::fileJson() const
{
    return QJsonObject{{QStringLiteral("user_id_attribute"), m_userIdAttribute},
                       {QStringLiteral("mapping"), mappingJson()}};
}

bool MappingModel::parseFile(const QByteArray &bytes, QJsonArray *mapping, QString *userIdAttribute, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (parseError.error != QJsonParseError::NoError)
        //: Why a mapping file was refused; %1 the JSON parser's message, %2 a byte offset
        return fail(tr("not JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject object = document.object();
    const QJsonValue userId = object.value(QStringLiteral("user_id_attribute"));
    const QJsonValue pairs = object.value(QStringLiteral("mapping"));
    if (!document.isObject() || !userId.isString() || !pairs.isArray())
        return fail(tr("a mapping file is an object with 'user_id_attribute' (a string) and 'mapping' (an array)"));
    for (const QJsonValue &pair : pairs.toArray()) {
        if (!pair.toObject().value(QStringLiteral("scim")).isString() ||
            !pair.toObject().value(QStringLiteral("auth0")).isString())
            return fail(tr("every 'mapping' entry needs string 'scim' and 'auth0' properties"));
    }
    *mapping = pairs.toArray();
    *userIdAttribute = userId.toString();
    return true;
}

bool MappingModel::hasIssues() const
{
    return !m_mapIssues.isEmpty() || !m_rowIssues.isEmpty() || !m_engineIssues.isEmpty();
}

void MappingModel::setEngineIssues(const QJsonArray &details)
{
    m_engineIssues.clear();
    m_mapIssues.clear();
    for (const QJsonValue &detail : details) {
        MappingRuleIssue issue = MappingRuleIssue::fromJson(detail.toObject());
        issue.message = MappingRules::localizedIssueMessage(issue.message);
        if (issue.index >= 0 && issue.index < m_pairs.size()) {
            const quint64 id = m_pairs.at(issue.index).id;
            if (!m_engineIssues.contains(id))
                m_engineIssues.insert(id, issue);
        } else {
            m_mapIssues.append(issue);
        }
    }
    if (!m_pairs.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_pairs.size()) - 1, ColumnCount - 1));
    Q_EMIT issuesChanged();
}

MappingModel::Check MappingModel::check(const QString &scim, const QString &auth0) const
{
    Check result;
    if (!m_rules) {
        result.reason = tr("The connection's schemas have not loaded yet.");
        result.rule = QStringLiteral("unknown_scim_attribute");
        return result;
    }
    const std::optional<MappingPair> byTarget = pairForTarget(auth0);
    const std::optional<MappingPair> bySource = pairForSource(scim);
    if (bySource) {
        result.rule = QStringLiteral("one_to_one");
        result.reason = bySource->auth0 == auth0
                            ? tr("'%1' is already mapped to '%2'.").arg(bySource->scim, auth0)
                            : tr("'%1' is already mapped to '%2': each SCIM attribute maps once. Remove that pair "
                                 "first.")
                                  .arg(bySource->scim, bySource->auth0);
        return result;
    }
    MappingPairs others;
    others.reserve(m_pairs.size());
    for (const MappingPair &pair : m_pairs) {
        if (!byTarget || pair.id != byTarget->id)
            others.append(pair);
    }
    const QList<MappingRuleIssue> issues = m_rules->checkPair(others, MappingPair{0, scim, auth0});
    if (!issues.isEmpty()) {
        result.rule = issues.constFirst().rule;
        result.reason = issues.constFirst().message;
        return result;
    }
    if (byTarget) {
        result.verdict = Verdict::Replace;
        result.replacedId = byTarget->id;
        result.reason = tr("Replaces '%1' → '%2'.").arg(byTarget->scim, auth0);
        return result;
    }
    result.verdict = Verdict::Accept;
    result.reason = tr("Maps '%1' → '%2'.").arg(scim, auth0);
    return result;
}

bool MappingModel::map(const QString &scim, const QString &auth0, bool replaceConfirmed)
{
    const Check result = check(scim, auth0);
    const MappingPair incoming{0, scim, auth0};
    switch (result.verdict) {
    case Verdict::Refuse:
        Q_EMIT dropRefused(result.reason, result.rule);
        return false;
    case Verdict::Replace: {
        const MappingPair existing = *pairById(result.replacedId);
        if (!replaceConfirmed) {
            if (!m_replacePolicy) {
                Q_EMIT dropRefused(tr("'%1' is already mapped from '%2'.").arg(auth0, existing.scim),
                                   QStringLiteral("one_to_one"));
                return false;
            }
            if (!m_replacePolicy(existing, incoming))
                return false;
        }
        m_undoStack->push(new ReplacePairCommand(this, existing, MappingPair{nextId(), scim, auth0}));
        return true;
    }
    case Verdict::Accept:
        m_undoStack->push(new AddPairCommand(this, MappingPair{nextId(), scim, auth0}, int(m_pairs.size())));
        return true;
    }
    return false;
}

void MappingModel::removePairs(const QList<quint64> &ids)
{
    MappingPairs removed;
    for (quint64 id : ids) {
        if (const std::optional<MappingPair> pair = pairById(id))
            removed.append(*pair);
    }
    if (!removed.isEmpty())
        m_undoStack->push(new RemovePairCommand(this, removed));
}

void MappingModel::setUserIdAttribute(const QString &attribute)
{
    if (attribute != m_userIdAttribute)
        m_undoStack->push(new SetUserIdAttributeCommand(this, m_userIdAttribute, attribute));
}

void MappingModel::replaceMap(const QJsonArray &mapping, const QString &userIdAttribute, const QString &text)
{
    m_undoStack->push(
        new ReplaceMapCommand(this, m_pairs, m_userIdAttribute, pairsFromJson(mapping), userIdAttribute, text));
}

QString MappingModel::suggestedTarget(const QString &scim) const
{
    QString name = scim.trimmed();
    if (name.startsWith(QLatin1String("urn:"), Qt::CaseInsensitive)) {
        // urn:…:User.department / urn:…:User:department → department
        const qsizetype user = name.lastIndexOf(QLatin1String("User"), -1, Qt::CaseInsensitive);
        name = user >= 0 ? name.mid(user + 5) : name.section(QLatin1Char(':'), -1);
    }
    static const QRegularExpression quotedFilter(QStringLiteral("\\[[^\\]]*\"([^\"]*)\"[^\\]]*\\]"));
    static const QRegularExpression flagFilter(QStringLiteral("\\[\\s*(\\w+)\\s+eq\\s+true\\s*\\]"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression otherFilter(QStringLiteral("\\[[^\\]]*\\]"));
    static const QRegularExpression invalid(QStringLiteral("[^A-Za-z0-9_-]+"));
    name.replace(quotedFilter, QStringLiteral("_\\1"));
    name.replace(flagFilter, QStringLiteral("_\\1"));
    name.remove(otherFilter);
    if (name.endsWith(QLatin1String(".value")))
        name.chop(6);
    name.replace(invalid, QStringLiteral("_"));
    while (name.startsWith(QLatin1Char('_')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('_')))
        name.chop(1);
    if (name.isEmpty())
        name = QStringLiteral("attribute");
    const QString base = QStringLiteral("app_metadata.") + name;
    QString target = base;
    for (int n = 2; pairForTarget(target); ++n)
        target = base + QLatin1Char('_') + QString::number(n);
    return target;
}

void MappingModel::applyInsert(int row, const MappingPair &pair)
{
    row = qBound(0, row, int(m_pairs.size()));
    beginInsertRows({}, row, row);
    m_pairs.insert(row, pair);
    endInsertRows();
    revalidate();
}

MappingPair MappingModel::applyRemove(quint64 id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return {};
    beginRemoveRows({}, row, row);
    const MappingPair pair = m_pairs.takeAt(row);
    endRemoveRows();
    revalidate();
    return pair;
}

void MappingModel::applyReplace(quint64 id, const MappingPair &pair)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    m_pairs[row] = pair;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    revalidate();
}

void MappingModel::applyUserIdAttribute(const QString &attribute)
{
    m_userIdAttribute = attribute;
    revalidate();
    Q_EMIT userIdAttributeChanged(attribute);
}

void MappingModel::applyMap(const MappingPairs &pairs, const QString &userIdAttribute)
{
    beginResetModel();
    m_pairs = pairs;
    m_userIdAttribute = userIdAttribute;
    endResetModel();
    revalidate();
    Q_EMIT userIdAttributeChanged(userIdAttribute);
}

void MappingModel::revalidate()
{
    m_engineIssues.clear();
    m_rowIssues.clear();
    m_mapIssues.clear();
    if (m_rules) {
        for (const MappingRuleIssue &issue : m_rules->validate(m_pairs, m_userIdAttribute)) {
            if (issue.index < 0)
                m_mapIssues.append(issue);
            else if (!m_rowIssues.contains(m_pairs.at(issue.index).id))
                m_rowIssues.insert(m_pairs.at(issue.index).id, issue);
        }
    }
    if (!m_pairs.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_pairs.size()) - 1, ColumnCount - 1));
    Q_EMIT issuesChanged();
    Q_EMIT mapChanged();
}

} // namespace scim
