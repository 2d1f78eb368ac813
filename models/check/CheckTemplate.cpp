#include "models/check/CheckTemplate.h"

#include "models/check/CheckJsonPath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace scim {

namespace {

const QRegularExpression &templatePattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([^{}|\\s]+)\\s*(?:\\|\\s*(\\w+)\\s*)?\\}\\}"));
    return pattern;
}

QString asText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == double(qint64(number)))
            return QString::number(qint64(number));
        return QString::number(number);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace

bool CheckTemplate::isBuiltIn(const QString &name)
{
    static const QSet<QString> names{QStringLiteral("prefix"), QStringLiteral("p"),      QStringLiteral("uuid"),
                                     QStringLiteral("uuid2"),  QStringLiteral("random"), QStringLiteral("base"),
                                     QStringLiteral("check")};
    return names.contains(name) || name.startsWith(QLatin1String("spc."));
}

std::optional<QJsonValue> CheckTemplate::lookup(const QString &expression, QString *error) const
{
    const QRegularExpressionMatch match = templatePattern().match(expression);
    const QString name = match.captured(1);
    const QString filter = match.captured(2);
    QJsonValue value;
    if (name.startsWith(QLatin1String("spc."))) {
        const auto found = CheckJsonPath::resolve(m_config, name.mid(4));
        if (!found) {
            if (error)
                *error = tr("/ServiceProviderConfig has no %1.").arg(name.mid(4));
            return std::nullopt;
        }
        value = *found;
    } else if (m_variables.contains(name)) {
        value = m_variables.value(name);
    } else {
        if (error)
            *error = tr("The template variable %1 has no value.").arg(name);
        return std::nullopt;
    }
    if (filter == QLatin1String("upper"))
        return QJsonValue(asText(value).toUpper());
    if (filter == QLatin1String("lower"))
        return QJsonValue(asText(value).toLower());
    return value;
}

QString CheckTemplate::expandString(const QString &text, QString *error, bool encode) const
{
    if (!text.contains(QLatin1String("{{")))
        return text;
    const QRegularExpressionMatch whole = templatePattern().match(text);
    if (whole.hasMatch() && whole.capturedStart() == 0 && whole.capturedLength() == text.size())
        encode = false;
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = templatePattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(text).mid(last, match.capturedStart() - last);
        const auto value = lookup(match.captured(0), error);
        const QString spliced = value ? asText(*value) : QString();
        result += encode ? QString::fromLatin1(QUrl::toPercentEncoding(spliced)) : spliced;
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

QJsonValue CheckTemplate::expand(const QJsonValue &value, QString *error) const
{
    if (value.isString()) {
        const QString text = value.toString();
        const QRegularExpressionMatch whole = templatePattern().match(text);
        if (whole.hasMatch() && whole.capturedStart() == 0 && whole.capturedLength() == text.size()) {
            const auto found = lookup(text, error);
            return found ? *found : QJsonValue(QString());
        }
        return expandString(text, error);
    }
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(expand(item, error));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object;
        const QJsonObject source = value.toObject();
        for (auto it = source.begin(); it != source.end(); ++it)
            object.insert(it.key(), expand(it.value(), error));
        return object;
    }
    return value;
}

QSet<QString> CheckTemplate::variablesIn(const QString &text)
{
    QSet<QString> names;
    QRegularExpressionMatchIterator it = templatePattern().globalMatch(text);
    while (it.hasNext())
        names.insert(it.next().captured(1));
    return names;
}

QSet<QString> CheckTemplate::variablesIn(const QJsonValue &value)
{
    QSet<QString> names;
    if (value.isString()) {
        names = variablesIn(value.toString());
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            names.unite(variablesIn(item));
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            names.unite(variablesIn(it.value()));
    }
    return names;
}

} // namespace scim
