#include "requestlog/LogBlockTable.h"

#include "requestlog/LogBlock.h"

#include <limits>

#include <sqlite3.h>

namespace scim {

namespace {
// Column order of the declared table; LogDatabase selects them by name.
enum Column
{
    Key,
    DateMs,
    Type,
    Description,
    ConnectionId,
    Connection,
    Strategy,
    UserId,
    UserName,
    Action,
    Method,
    Status,
    DurationUs,
    TokenId,
    Ip,
    Path,
    UserAgent,
    Query,
    Headers,
    RequestBody,
    ResponseBody,
    Extra
};

constexpr int kFieldOf[] = {-1,
                            -1,
                            LogBlock::Type,
                            LogBlock::Description,
                            LogBlock::ConnectionId,
                            LogBlock::Connection,
                            LogBlock::Strategy,
                            LogBlock::UserId,
                            LogBlock::UserName,
                            LogBlock::Action,
                            LogBlock::Method,
                            -1,
                            -1,
                            LogBlock::TokenId,
                            LogBlock::Ip,
                            LogBlock::Path,
                            LogBlock::UserAgent,
                            LogBlock::Query,
                            LogBlock::Headers,
                            LogBlock::RequestBody,
                            LogBlock::ResponseBody,
                            LogBlock::Extra};

constexpr char kSchema[] =
    "CREATE TABLE x(key INTEGER, date_ms INTEGER, type TEXT, description TEXT, connection_id TEXT, connection TEXT,"
    " strategy TEXT, user_id TEXT, user_name TEXT, action TEXT, method TEXT, status INTEGER, duration_us INTEGER,"
    " token_id TEXT, ip TEXT, path TEXT, user_agent TEXT, query BLOB, headers BLOB, request_body BLOB,"
    " response_body BLOB, extra BLOB)";

// Constraint codes passed from xBestIndex to xFilter in idxStr, one per argv value.
constexpr char kKeyEq = '=';
constexpr char kKeyGt = '>';
constexpr char kKeyGe = ']';
constexpr char kKeyLt = '<';
constexpr char kKeyLe = '[';
constexpr char kDateLow = 'd';
constexpr char kDateHigh = 'D';
constexpr char kConnection = 'c';
constexpr char kUser = 'u';
constexpr int kDescending = 1;

struct Table
{
    sqlite3_vtab base{};
    sqlite3 *db = nullptr;
};

struct Cursor
{
    sqlite3_vtab_cursor base{};
    sqlite3 *db = nullptr;
    sqlite3_stmt *blocks = nullptr;
    sqlite3_stmt *data = nullptr; // one block's bytes, read only for blocks the summaries do not rule out
    bool descending = false;
    bool eof = true;
    qint64 low = std::numeric_limits<qint64>::min();
    qint64 high = std::numeric_limits<qint64>::max();
    qint64 dateLow = std::numeric_limits<qint64>::min();
    qint64 dateHigh = std::numeric_limits<qint64>::max();
    QByteArray connection;
    bool byConnection = false;
    QByteArray user;
    bool byUser = false;
    QByteArray block; // the current block's bytes, which `events` point into
    std::vector<LogBlock::Event> events;
    qsizetype index = 0;
    QByteArray path;
};

bool wanted(const Cursor &cursor, const LogBlock::Event &event)
{
    return event.key >= cursor.low && event.key <= cursor.high && event.dateMs >= cursor.dateLow &&
           event.dateMs <= cursor.dateHigh &&
           (!cursor.byConnection || event.fields[LogBlock::ConnectionId] == cursor.connection) &&
           (!cursor.byUser || event.fields[LogBlock::UserId] == cursor.user);
}

QByteArrayView columnView(sqlite3_stmt *statement, int column)
{
    const void *data = sqlite3_column_blob(statement, column);
    return QByteArrayView(static_cast<const char *>(data), data ? sqlite3_column_bytes(statement, column) : 0);
}

// Moves to the next wanted event, loading further blocks as needed; returns an SQLite result code.
int advance(Cursor &cursor, bool first)
{
    if (!first)
        cursor.index += cursor.descending ? -1 : 1;
    for (;;) {
        while (cursor.index >= 0 && cursor.index < qsizetype(cursor.events.size())) {
            if (wanted(cursor, cursor.events[size_t(cursor.index)]))
                return SQLITE_OK;
            cursor.index += cursor.descending ? -1 : 1;
        }
        cursor.events.clear();
        const int rc = sqlite3_step(cursor.blocks);
        if (rc == SQLITE_DONE) {
            cursor.eof = true;
            return SQLITE_OK;
        }
        if (rc != SQLITE_ROW)
            return rc;
        // Columns: first_key, last_key, min_date_ms, max_date_ms, connections, users.
        const qint64 firstKey = sqlite3_column_int64(cursor.blocks, 0);
        const qint64 lastKey = sqlite3_column_int64(cursor.blocks, 1);
        if (lastKey < cursor.low || firstKey > cursor.high)
            continue;
        if (sqlite3_column_int64(cursor.blocks, 3) < cursor.dateLow ||
            sqlite3_column_int64(cursor.blocks, 2) > cursor.dateHigh)
            continue;
        if (cursor.byConnection && !LogBlock::connectionsMayContain(columnView(cursor.blocks, 4), cursor.connection))
            continue;
        if (cursor.byUser && !cursor.user.isEmpty() &&
            !LogBlock::usersMayContain(columnView(cursor.blocks, 5), cursor.user))
            continue;
        // A separate statement: selecting `data` with the summaries would read every block's overflow pages.
        if (!cursor.data) {
            const int prepared = sqlite3_prepare_v3(cursor.db, "SELECT data FROM log_blocks WHERE first_key = ?", -1,
                                                    SQLITE_PREPARE_PERSISTENT, &cursor.data, nullptr);
            if (prepared != SQLITE_OK)
                return prepared;
        }
        sqlite3_bind_int64(cursor.data, 1, firstKey);
        const int found = sqlite3_step(cursor.data);
        if (found != SQLITE_ROW) {
            sqlite3_reset(cursor.data);
            return found == SQLITE_DONE ? SQLITE_CORRUPT : found;
        }
        const QByteArrayView data = columnView(cursor.data, 0);
        cursor.block = QByteArray(data.data(), data.size());
        sqlite3_reset(cursor.data);
        if (!LogBlock::decode(cursor.block, cursor.events))
            return SQLITE_CORRUPT;
        cursor.index = cursor.descending ? qsizetype(cursor.events.size()) - 1 : 0;
    }
}

int connect(sqlite3 *db, void *, int, const char *const *, sqlite3_vtab **table, char **)
{
    const int rc = sqlite3_declare_vtab(db, kSchema);
    if (rc != SQLITE_OK)
        return rc;
    auto *created = new Table;
    created->db = db;
    *table = &created->base;
    return SQLITE_OK;
}

int disconnect(sqlite3_vtab *table)
{
    delete reinterpret_cast<Table *>(table);
    return SQLITE_OK;
}

int bestIndex(sqlite3_vtab *, sqlite3_index_info *info)
{
    QByteArray codes;
    bool keyEquals = false;
    bool keyRange = false;
    bool narrowed = false;
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto &constraint = info->aConstraint[i];
        if (!constraint.usable)
            continue;
        const int column = constraint.iColumn < 0 ? Key : constraint.iColumn;
        char code = 0;
        if (column == Key) {
            switch (constraint.op) {
            case SQLITE_INDEX_CONSTRAINT_EQ:
                code = kKeyEq;
                keyEquals = true;
                break;
            case SQLITE_INDEX_CONSTRAINT_GT:
                code = kKeyGt;
                break;
            case SQLITE_INDEX_CONSTRAINT_GE:
                code = kKeyGe;
                break;
            case SQLITE_INDEX_CONSTRAINT_LT:
                code = kKeyLt;
                break;
            case SQLITE_INDEX_CONSTRAINT_LE:
                code = kKeyLe;
                break;
            default:
                break;
            }
            keyRange = keyRange || code != 0;
        } else if (column == DateMs) {
            if (constraint.op == SQLITE_INDEX_CONSTRAINT_GT || constraint.op == SQLITE_INDEX_CONSTRAINT_GE)
                code = kDateLow;
            else if (constraint.op == SQLITE_INDEX_CONSTRAINT_LT || constraint.op == SQLITE_INDEX_CONSTRAINT_LE)
                code = kDateHigh;
            narrowed = narrowed || code != 0;
        } else if ((column == ConnectionId || column == UserId) && constraint.op == SQLITE_INDEX_CONSTRAINT_EQ) {
            code = column == ConnectionId ? kConnection : kUser;
            narrowed = true;
        }
        if (!code)
            continue;
        codes.append(code);
        // SQLite still checks every constraint itself: the table only uses them to skip what cannot match
        // (and treats > like >=), so nothing here has to be exact.
        info->aConstraintUsage[i].argvIndex = int(codes.size());
        info->aConstraintUsage[i].omit = 0;
    }
    info->idxStr = sqlite3_mprintf("%s", codes.constData());
    info->needToFreeIdxStr = 1;
    info->idxNum = 0;
    if (info->nOrderBy == 1 && (info->aOrderBy[0].iColumn == Key || info->aOrderBy[0].iColumn < 0)) {
        info->orderByConsumed = 1;
        info->idxNum = info->aOrderBy[0].desc ? kDescending : 0;
    }
    if (keyEquals) {
        info->estimatedCost = 10;
        info->estimatedRows = 1;
        info->idxFlags = SQLITE_INDEX_SCAN_UNIQUE;
    } else {
        info->estimatedCost = keyRange ? 1e4 : narrowed ? 1e5 : 1e6;
        info->estimatedRows = keyRange ? 1000 : narrowed ? 10000 : 100000;
    }
    return SQLITE_OK;
}

int open(sqlite3_vtab *table, sqlite3_vtab_cursor **cursor)
{
    auto *created = new Cursor;
    created->db = reinterpret_cast<Table *>(table)->db;
    *cursor = &created->base;
    return SQLITE_OK;
}

int close(sqlite3_vtab_cursor *base)
{
    auto *cursor = reinterpret_cast<Cursor *>(base);
    sqlite3_finalize(cursor->blocks);
    sqlite3_finalize(cursor->data);
    delete cursor;
    return SQLITE_OK;
}

int filter(sqlite3_vtab_cursor *base, int idxNum, const char *idxStr, int argc, sqlite3_value **argv)
{
    auto *cursor = reinterpret_cast<Cursor *>(base);
    sqlite3_finalize(cursor->blocks);
    cursor->blocks = nullptr;
    cursor->events.clear();
    cursor->eof = false;
    cursor->descending = idxNum & kDescending;
    cursor->low = std::numeric_limits<qint64>::min();
    cursor->high = std::numeric_limits<qint64>::max();
    cursor->dateLow = std::numeric_limits<qint64>::min();
    cursor->dateHigh = std::numeric_limits<qint64>::max();
    cursor->byConnection = false;
    cursor->byUser = false;
    const QByteArrayView codes(idxStr ? idxStr : "");
    for (int i = 0; i < argc && i < codes.size(); ++i) {
        sqlite3_value *value = argv[i];
        const int type = sqlite3_value_type(value);
        const char code = codes.at(i);
        if (code == kConnection || code == kUser) {
            if (type != SQLITE_TEXT)
                continue; // a number or NULL: let SQLite compare, we cannot narrow safely
            const QByteArray text(reinterpret_cast<const char *>(sqlite3_value_text(value)),
                                  sqlite3_value_bytes(value));
            (code == kConnection ? cursor->connection : cursor->user) = text;
            (code == kConnection ? cursor->byConnection : cursor->byUser) = true;
            continue;
        }
        if (type != SQLITE_INTEGER && type != SQLITE_FLOAT)
            continue; // NULL or text compares in ways the bounds below do not model: scan, SQLite filters
        const double number = sqlite3_value_double(value);
        const qint64 integer = sqlite3_value_int64(value);
        // Integer bounds that are safe for fractional values too: floor for low bounds, ceil for high ones.
        const qint64 floorValue = type == SQLITE_FLOAT && double(integer) > number ? integer - 1 : integer;
        const qint64 ceilValue = type == SQLITE_FLOAT && double(integer) < number ? integer + 1 : integer;
        switch (code) {
        case kKeyEq:
            cursor->low = qMax(cursor->low, floorValue);
            cursor->high = qMin(cursor->high, ceilValue);
            break;
        case kKeyGt:
        case kKeyGe:
            cursor->low = qMax(cursor->low, floorValue);
            break;
        case kKeyLt:
        case kKeyLe:
            cursor->high = qMin(cursor->high, ceilValue);
            break;
        case kDateLow:
            cursor->dateLow = qMax(cursor->dateLow, floorValue);
            break;
        case kDateHigh:
            cursor->dateHigh = qMin(cursor->dateHigh, ceilValue);
            break;
        default:
            break;
        }
    }
    if (cursor->low > cursor->high || cursor->dateLow > cursor->dateHigh) {
        cursor->eof = true;
        return SQLITE_OK;
    }
    // Blocks never overlap: the one holding `low` is the last to start at or before it.
    const QByteArray sql =
        QByteArrayLiteral("SELECT first_key, last_key, min_date_ms, max_date_ms, connections, users FROM log_blocks"
                          " WHERE first_key >= coalesce((SELECT max(first_key) FROM log_blocks WHERE first_key <= ?1),"
                          " ?1) AND first_key <= ?2 ORDER BY first_key") +
        (cursor->descending ? QByteArrayLiteral(" DESC") : QByteArray());
    int rc = sqlite3_prepare_v2(cursor->db, sql.constData(), int(sql.size()), &cursor->blocks, nullptr);
    if (rc != SQLITE_OK)
        return rc;
    sqlite3_bind_int64(cursor->blocks, 1, cursor->low);
    sqlite3_bind_int64(cursor->blocks, 2, cursor->high);
    return advance(*cursor, true);
}

int next(sqlite3_vtab_cursor *base)
{
    return advance(*reinterpret_cast<Cursor *>(base), false);
}

int eof(sqlite3_vtab_cursor *base)
{
    return reinterpret_cast<Cursor *>(base)->eof;
}

int column(sqlite3_vtab_cursor *base, sqlite3_context *context, int column)
{
    auto *cursor = reinterpret_cast<Cursor *>(base);
    const LogBlock::Event &event = cursor->events[size_t(cursor->index)];
    switch (column) {
    case Key:
        sqlite3_result_int64(context, event.key);
        return SQLITE_OK;
    case DateMs:
        sqlite3_result_int64(context, event.dateMs);
        return SQLITE_OK;
    case Status:
        sqlite3_result_int(context, event.status);
        return SQLITE_OK;
    case DurationUs:
        sqlite3_result_int64(context, event.durationUs);
        return SQLITE_OK;
    case Path:
        cursor->path = event.path();
        sqlite3_result_text(context, cursor->path.constData(), int(cursor->path.size()), SQLITE_TRANSIENT);
        return SQLITE_OK;
    default:
        break;
    }
    if (column < 0 || column > Extra)
        return SQLITE_RANGE;
    const QByteArrayView value = event.fields[size_t(kFieldOf[column])];
    if (column >= Query) {
        if (value.isEmpty())
            sqlite3_result_null(context);
        else
            sqlite3_result_blob(context, value.data(), int(value.size()), SQLITE_TRANSIENT);
    } else {
        sqlite3_result_text(context, value.isEmpty() ? "" : value.data(), int(value.size()), SQLITE_TRANSIENT);
    }
    return SQLITE_OK;
}

int rowid(sqlite3_vtab_cursor *base, sqlite_int64 *rowid)
{
    auto *cursor = reinterpret_cast<Cursor *>(base);
    *rowid = cursor->events[size_t(cursor->index)].key;
    return SQLITE_OK;
}

sqlite3_module makeModule()
{
    sqlite3_module module{};
    module.iVersion = 0;
    module.xCreate = nullptr; // eponymous-only: `logs` exists on every connection the module is registered on
    module.xConnect = connect;
    module.xBestIndex = bestIndex;
    module.xDisconnect = disconnect;
    module.xDestroy = disconnect;
    module.xOpen = open;
    module.xClose = close;
    module.xFilter = filter;
    module.xNext = next;
    module.xEof = eof;
    module.xColumn = column;
    module.xRowid = rowid;
    return module;
}

const sqlite3_module kModule = makeModule();
} // namespace

int LogBlockTable::registerOn(sqlite3 *db)
{
    return sqlite3_create_module_v2(db, "logs", &kModule, nullptr, nullptr);
}

} // namespace scim
