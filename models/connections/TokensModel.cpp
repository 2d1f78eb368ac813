#include "models/connections/TokensModel.h"

#include "models/api/ManagementClient.h"
#include "models/common/ModelRoles.h"
#include "models/common/ThemeColors.h"
#include "models/connections/TokenInfo.h"

#include <QGuiApplication>
#include <QIcon>

namespace scim {

TokensModel::TokensModel(ManagementClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{}

int TokensModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tokens.size());
}

int TokensModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TokensModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &token = m_tokens.at(index.row());
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    QVariant raw;
    switch (index.column()) {
    case IdColumn:
        raw = token.value(QStringLiteral("token_id")).toString();
        break;
    case CreatedColumn:
        raw = TokenInfo::createdAt(token);
        break;
    case ExpiresColumn:
        if (const auto until = TokenInfo::validUntil(token))
            raw = *until;
        break;
    case ScopesColumn:
        raw = token.value(QStringLiteral("scopes")).toVariant().toStringList();
        break;
    case LastUsedColumn:
        if (TokenInfo::lastUsedAt(token).isValid())
            raw = TokenInfo::lastUsedAt(token);
        break;
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CreatedColumn:
            return raw.toDateTime().toLocalTime().toString(format);
        case ExpiresColumn:
            // A sign besides the colour, for those who cannot tell the colours apart and for screen readers.
            switch (TokenInfo::expiry(token)) {
            case TokenInfo::Expiry::Soon:
            case TokenInfo::Expiry::Expired:
                //: %1: "2026-12-01 14:00 (in 3 days)"; the sign marks a token that expires soon or has expired
                return tr("⚠ %1").arg(TokenInfo::expiryText(token));
            default:
                return TokenInfo::expiryText(token);
            }
        case ScopesColumn:
            return raw.toStringList().join(QStringLiteral(" "));
        case LastUsedColumn:
            //: Last used: the token has not been used yet
            return raw.isValid() ? raw.toDateTime().toLocalTime().toString(format) : tr("never");
        default:
            return raw;
        }
    case Qt::ForegroundRole:
        if (index.column() == ExpiresColumn) {
            switch (TokenInfo::expiry(token)) {
            case TokenInfo::Expiry::Soon:
                return ThemeColors::text(ThemeColors::Tone::Warning, QGuiApplication::palette());
            case TokenInfo::Expiry::Expired:
                return ThemeColors::text(ThemeColors::Tone::Error, QGuiApplication::palette());
            default:
                return {};
            }
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == ExpiresColumn && TokenInfo::expiry(token) != TokenInfo::Expiry::Never &&
            TokenInfo::expiry(token) != TokenInfo::Expiry::Ok)
            return QIcon::fromTheme(TokenInfo::expiry(token) == TokenInfo::Expiry::Expired
                                        ? QStringLiteral("dialog-error")
                                        : QStringLiteral("dialog-warning"));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ScopesColumn)
            return raw.toStringList().join(QStringLiteral("\n"));
        return {};
    case ModelRoles::RawValueRole:
        return raw;
    case ModelRoles::IdRole:
        return token.value(QStringLiteral("token_id")).toString();
    case ModelRoles::JsonRole:
        return token;
    }
    return {};
}

QVariant TokensModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Token id");
    case CreatedColumn:
        return tr("Created");
    case ExpiresColumn:
        return tr("Expires");
    case ScopesColumn:
        return tr("Scopes");
    case LastUsedColumn:
        return tr("Last used");
    }
    return {};
}

int TokensModel::activeCount() const
{
    int count = 0;
    for (const QJsonObject &token : m_tokens)
        count += TokenInfo::isActive(token) ? 1 : 0;
    return count;
}

bool TokensModel::canGenerate() const
{
    return !m_connectionId.isEmpty() && !m_loading && activeCount() < TokenInfo::kMaximumActiveTokens;
}

void TokensModel::setConnectionId(const QString &connectionId)
{
    m_connectionId = connectionId;
    ++m_request; // drops answers for the previous connection
    if (!m_tokens.isEmpty()) {
        beginResetModel();
        m_tokens.clear();
        endResetModel();
    }
    if (m_loading) {
        m_loading = false;
        Q_EMIT loadingChanged(false);
    }
    refresh();
}

void TokensModel::refresh()
{
    if (m_connectionId.isEmpty()) {
        Q_EMIT refreshed();
        return;
    }
    const quint64 request = ++m_request;
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged(true);
    }
    m_client->listTokens(m_connectionId, this, [this, request](const ApiResult &result) {
        if (request != m_request)
            return;
        m_loading = false;
        beginResetModel();
        m_tokens.clear();
        if (result.ok()) {
            for (const QJsonValue &token : result.array())
                m_tokens.append(token.toObject());
        }
        endResetModel();
        Q_EMIT loadingChanged(false);
        // 404: SCIM is not enabled, so there are simply no tokens.
        if (!result.ok() && result.status != 404)
            Q_EMIT errorOccurred(result.describe(tr("Could not load the tokens: %1.")));
        Q_EMIT refreshed();
    });
}

} // namespace scim
