#include "common/JsonCbor.h"
#include "common/JsonWriter.h"

#include <QCborMap>
#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace scim;

// The engine's own JSON and CBOR writers (responses, stored resources and profiles) against Qt's: the same
// JSON bytes, and CBOR that decodes to the same object.
class JsonEncodingTest : public QObject
{
    Q_OBJECT

private:
    static QJsonObject sample()
    {
        const QChar lone[] = {QChar(0xd83d)};
        const QChar pair[] = {QChar(0xd83d), QChar(0xde42)};
        const QChar control[] = {QChar(0x01), QChar(0x1f), QChar(0x7f)};
        return QJsonObject{
            {QStringLiteral("ascii"), QStringLiteral("plain text / slashes")},
            {QStringLiteral("escapes"), QStringLiteral("quote \" backslash \\ \b\f\n\r\t end")},
            {QStringLiteral("control"), QString(control, 3)},
            {QStringLiteral("latin"), QStringLiteral("Ilse Çelik, Zoë")},
            {QStringLiteral("bmp"), QStringLiteral("日本語 – €")},
            {QStringLiteral("emoji"), QString(pair, 2)},
            {QStringLiteral("lone surrogate"), QString(QString(lone, 1) + QStringLiteral("x"))},
            {QStringLiteral("empty"), QString()},
            {QStringLiteral("ints"),
             QJsonArray{0, -1, 23, 24, 255, 256, 65535, 65536, qint64(1) << 40, std::numeric_limits<qint64>::max(),
                        std::numeric_limits<qint64>::min()}},
            {QStringLiteral("doubles"), QJsonArray{1.5, -0.25, 1e300, 1e17, 0.1, 5.0, -0.0}},
            {QStringLiteral("literals"), QJsonArray{true, false, QJsonValue::Null}},
            {QStringLiteral("nested"),
             QJsonObject{{QStringLiteral("emptyObject"), QJsonObject{}},
                         {QStringLiteral("emptyArray"), QJsonArray{}},
                         {QStringLiteral("list"), QJsonArray{QJsonObject{{QStringLiteral("k"), 1}}, QJsonArray{}}},
                         {QStringLiteral("long"), QString(70000, QLatin1Char('x'))}}},
            {QStringLiteral("ключ"), QStringLiteral("non-ASCII key")},
        };
    }

private Q_SLOTS:
    void jsonWriterMatchesQtByteForByte()
    {
        const QJsonObject object = sample();
        QCOMPARE(JsonWriter::compact(object), QJsonDocument(object).toJson(QJsonDocument::Compact));
        QCOMPARE(JsonWriter::compact(QJsonObject{}), QByteArray("{}"));
        const QJsonArray array{object, 1, QStringLiteral("s")};
        QCOMPARE(JsonWriter::compact(array), QJsonDocument(array).toJson(QJsonDocument::Compact));
    }

    void cborRoundTripsEveryShape()
    {
        QJsonObject object = sample();
        object.remove(QStringLiteral("lone surrogate"));
        const std::optional<QByteArray> encoded = JsonCbor::encode(object);
        QVERIFY(encoded);
        QCOMPARE(JsonCbor::decode(*encoded), object);
        // Readable by any CBOR decoder, not only ours: Qt's parses it without error.
        QCborParserError error;
        QCborValue::fromCbor(*encoded, &error);
        QCOMPARE(error.error, QCborError::NoError);
        QCOMPARE(JsonCbor::decode(JsonCbor::encode(QJsonObject{}).value()), QJsonObject{});
    }

    void cborDecodesChosenMembersAsTheWholeDecodes()
    {
        QJsonObject object = sample();
        object.remove(QStringLiteral("lone surrogate"));
        const auto chosen = [](const QJsonObject &whole, const QList<QByteArray> &keys) {
            QJsonObject result;
            for (const QByteArray &key : keys) {
                if (whole.contains(QString::fromUtf8(key)))
                    result.insert(QString::fromUtf8(key), whole.value(QString::fromUtf8(key)));
            }
            return result;
        };
        QList<QList<QByteArray>> keySets{{}, {"nope"}, {"ascii", "nested", "nope"}};
        QList<QByteArray> all;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            keySets.append({it.key().toUtf8()});
            all.append(it.key().toUtf8());
        }
        keySets.append(all);
        // What the engine writes, and what Qt wrote before it (rows stored by older versions).
        for (const QByteArray &cbor : {JsonCbor::encode(object).value(), QCborValue::fromJsonValue(object).toCbor()}) {
            for (const QList<QByteArray> &keys : std::as_const(keySets)) {
                const QJsonObject members = JsonCbor::decodeMembers(cbor, keys);
                QCOMPARE(members, chosen(JsonCbor::decode(cbor), keys));
                QCOMPARE(QJsonDocument(members).toJson(), QJsonDocument(chosen(object, keys)).toJson());
            }
        }
        // CBOR our writers never produce is decoded by Qt, whole: the answer is the same.
        const QList<QByteArray> odd{
            QByteArray::fromHex("bf616101616202ff"),         // indefinite-length map {"a": 1, "b": 2}
            QByteArray::fromHex("a26161c11a5f5e10006162f5"), // "a": a tagged date-time, "b": true
            QByteArray::fromHex("a26161016161026162f4"),     // "a" twice
            QByteArray::fromHex("a201616161616102"),         // an integer key
            QByteArray::fromHex("a361616162c3a961626363ff"), // truncated text and a stray break
            QByteArray::fromHex("a161611bffffffffffffffff"), // an unsigned integer beyond qint64
            QByteArray::fromHex("a16161f97e00"),             // a half-precision NaN
            QByteArray::fromHex("83010203"),                 // not a map
        };
        for (const QByteArray &cbor : odd) {
            for (const QList<QByteArray> &keys : QList<QList<QByteArray>>{{"a"}, {"b"}, {"a", "b"}})
                QCOMPARE(JsonCbor::decodeMembers(cbor, keys), chosen(JsonCbor::decode(cbor), keys));
        }
        // Text that is not UTF-8 in a wanted member (a member stepped over is not checked).
        const QByteArray invalid = QByteArray::fromHex("a2616164deadbeef6162f6");
        QCOMPARE(JsonCbor::decodeMembers(invalid, {"a", "b"}), chosen(JsonCbor::decode(invalid), {"a", "b"}));
    }

    void cborRefusesWhatItCannotCarry()
    {
        // An unpaired surrogate has no UTF-8 form; the store keeps such a resource as JSON text instead.
        QVERIFY(!JsonCbor::encode(sample()));
    }
};

QTEST_GUILESS_MAIN(JsonEncodingTest)
#include "tst_json_encoding.moc"
