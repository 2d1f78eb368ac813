// The catalogs in translations/ against the sources:
//   upToDate (console_i18n_catalogs): lupdate, run exactly as the update_translations target runs it, into copies of
//     the catalogs, finds the same messages as the catalogs hold: nothing new, nothing gone.
//   complete (console_i18n_complete): German and French translate every message, with the same placeholders, the
//     same mnemonic count and the same markup as the English text, and both plural forms; the English catalog gives
//     the plural forms of every %n message.

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context, source, comment;
    bool numerus = false;
    QString type; // unfinished, vanished, obsolete, or empty when finished
    QStringList forms;

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment + (numerus ? u"\x1fN"_s : QString()); }
    QString describe() const { return u"[%1] \"%2\""_s.arg(context, source); }
};

QList<Message> read(const QString &path, QString *language = nullptr)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool inTranslation = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS"_s && language)
                *language = xml.attributes().value(u"language"_s).toString();
            else if (name == u"name"_s)
                context = xml.readElementText();
            else if (name == u"message"_s)
                message = Message{context, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes"_s, {}, {}};
            else if (name == u"source"_s)
                message.source = xml.readElementText();
            else if (name == u"comment"_s)
                message.comment = xml.readElementText();
            else if (name == u"translation"_s) {
                message.type = xml.attributes().value(u"type"_s).toString();
                if (message.numerus)
                    inTranslation = true;
                else
                    message.forms = {xml.readElementText()};
            } else if (name == u"numerusform"_s && inTranslation) {
                message.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message"_s) {
            messages.append(message);
            inTranslation = false;
        }
    }
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?([0-9]|n)"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(1);
    found.sort();
    found.removeDuplicates();
    return found;
}

int mnemonicCount(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        // "&amp;"-style entities do not occur in the texts; a space after & is not a mnemonic.
        if (!text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

// The markup a text uses: each tag name once, and whether every tag is closed. A translation may emphasise a
// word more or less than the English text, but must use the same kinds of markup (a link stays a link, code stays
// code) and close what it opens.
QString markup(const QString &text)
{
    static const QRegularExpression pattern(u"<(/?)([a-z0-9]+)[^>]*>"_s);
    // <key> and <loaded map> in the texts are words, not markup.
    static const QStringList known{u"a"_s, u"b"_s, u"i"_s, u"code"_s, u"br"_s, u"h3"_s, u"p"_s, u"span"_s};
    QMap<QString, int> open;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (!known.contains(match.captured(2)))
            continue;
        int &count = open[match.captured(2)];
        if (match.captured(2) != u"br"_s)
            count += match.captured(1).isEmpty() ? 1 : -1;
    }
    QStringList parts;
    for (auto it = open.cbegin(); it != open.cend(); ++it)
        parts << (it.value() == 0 ? it.key() : it.key() + u" (unclosed)"_s);
    return parts.join(u' ');
}

} // namespace

class TestI18nCatalogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void upToDate();
    void complete();
};

void TestI18nCatalogs::upToDate()
{
    QTemporaryDir dir;
    const QDir source(QStringLiteral(SCIM_TRANSLATIONS_DIR));
    const QStringList catalogs{u"scim-console_en.ts"_s, u"scim-console_de.ts"_s, u"scim-console_fr.ts"_s};
    QStringList copies;
    for (const QString &catalog : catalogs) {
        QVERIFY(QFile::copy(source.filePath(catalog), dir.filePath(catalog)));
        QFile::setPermissions(dir.filePath(catalog), QFile::ReadOwner | QFile::WriteOwner);
        copies << dir.filePath(catalog);
    }
    QProcess lupdate;
    QStringList arguments = QStringLiteral(SCIM_LUPDATE_OPTIONS).split(u'|', Qt::SkipEmptyParts);
    arguments << u"-I"_s << QStringLiteral(SCIM_SOURCE_DIR) << u"@"_s + QStringLiteral(SCIM_I18N_SOURCES_LST)
              << u"-ts"_s << copies;
    lupdate.start(QStringLiteral(SCIM_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QStringList problems;
    for (const QString &catalog : catalogs) {
        QMap<QString, Message> committed;
        for (const Message &message : read(source.filePath(catalog))) {
            if (message.type == u"vanished"_s || message.type == u"obsolete"_s)
                problems << u"%1: %2 is no longer in the sources"_s.arg(catalog, message.describe());
            committed.insert(message.key(), message);
        }
        QMap<QString, Message> fresh;
        for (const Message &message : read(dir.filePath(catalog)))
            fresh.insert(message.key(), message);
        QVERIFY2(fresh.size() > 100, qPrintable(catalog));
        for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
            if (!committed.contains(it.key()))
                problems << u"%1: %2 is in the sources but not in the catalog"_s.arg(catalog, it->describe());
        }
        for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
            if (!fresh.contains(it.key()))
                problems << u"%1: %2 is in the catalog but not in the sources"_s.arg(catalog, it->describe());
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"The catalogs are not up to date; run `cmake --build <build> --target update_translations` "
                        "and translate what is new:\n"_s +
                        problems.join(u'\n')));
}

void TestI18nCatalogs::complete()
{
    const QDir source(QStringLiteral(SCIM_TRANSLATIONS_DIR));
    QStringList problems;
    // English: the source catalog; only plural forms are translated (the rest falls back to the source text).
    for (const Message &message : read(source.filePath(u"scim-console_en.ts"_s))) {
        if (message.numerus &&
            (message.type == u"unfinished"_s || message.forms.size() != 2 || message.forms.contains(QString())))
            problems << u"en: %1 lacks its two plural forms"_s.arg(message.describe());
    }
    for (const QString &language : {u"de"_s, u"fr"_s}) {
        QString declared;
        const QList<Message> messages = read(source.filePath(u"scim-console_%1.ts"_s.arg(language)), &declared);
        QVERIFY2(messages.size() > 100, qPrintable(language));
        QVERIFY2(declared.startsWith(language), qPrintable(declared));
        for (const Message &message : messages) {
            const QString where = u"%1: %2"_s.arg(language, message.describe());
            if (!message.type.isEmpty()) {
                problems << u"%1 is %2"_s.arg(where, message.type);
                continue;
            }
            if (message.numerus && message.forms.size() != 2) {
                problems << u"%1 has %2 plural forms, not 2"_s.arg(where).arg(message.forms.size());
                continue;
            }
            for (qsizetype i = 0; i < message.forms.size(); ++i) {
                const QString &form = message.forms.at(i);
                if (form.isEmpty()) {
                    problems << where + u" is empty"_s;
                    continue;
                }
                QStringList expected = placeholders(message.source);
                // The singular may say "the pair" instead of "1 pair".
                if (message.numerus && i == 0 && !placeholders(form).contains(u"n"_s))
                    expected.removeAll(u"n"_s);
                if (placeholders(form) != expected)
                    problems << u"%1: placeholders %2 in \"%3\", expected %4"_s.arg(
                        where, placeholders(form).join(u','), form, expected.join(u','));
                if (mnemonicCount(form) != mnemonicCount(message.source))
                    problems << u"%1: \"%2\" has %3 mnemonics, the source %4"_s.arg(where, form)
                                    .arg(mnemonicCount(form))
                                    .arg(mnemonicCount(message.source));
                if (markup(form) != markup(message.source))
                    problems << u"%1: markup \"%2\" in \"%3\", expected \"%4\""_s.arg(where, markup(form), form,
                                                                                      markup(message.source));
                if (form.startsWith(u' ') != message.source.startsWith(u' ') ||
                    form.count(u"\n\n"_s) != message.source.count(u"\n\n"_s))
                    problems << u"%1: spacing differs in \"%2\""_s.arg(where, form);
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestI18nCatalogs)
#include "tst_i18n_catalogs.moc"
