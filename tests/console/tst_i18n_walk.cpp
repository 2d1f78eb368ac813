// The console in another language, everywhere: ConsoleTour walks every window, page, dialog, action, header and
// tooltip, and this test reads every text shown there.
//   SCIM_I18N_LANGUAGE=pseudo (console_i18n_pseudo): a pseudo-locale translator wraps every translation in ⟦ ⟧.
//     Any letter outside the brackets that is not data (names, ids, URLs, attribute paths, schema texts, …) is a
//     text that did not go through the translator, and fails the test.
//   SCIM_I18N_LANGUAGE=de / fr (console_i18n_de, console_i18n_fr): the real catalogs. Every message the console
//     asked for must have a translation (a context or source that does not match the catalog shows up here too),
//     Qt's own buttons must come from qtbase's catalog, and no window may have one mnemonic key twice.

#include "ConsoleTour.h"
#include "I18nTextWalker.h"
#include "models/common/Localization.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QChar kOpen(0x27E6);  // ⟦
const QChar kClose(0x27E7); // ⟧

// The pseudo locale: every text the console (or Qt) translates comes back bracketed.
class PseudoTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        return kOpen + QString::fromUtf8(sourceText) + kClose;
    }
    bool isEmpty() const override { return false; }
};

// Sits before the real catalogs and notes every request without answering it.
class RecordingTranslator : public QTranslator
{
public:
    struct Request
    {
        QByteArray context, source, disambiguation;
        int n;
        friend bool operator==(const Request &, const Request &) = default;
    };

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override
    {
        const Request request{context, sourceText, disambiguation, n < 0 ? -1 : 2};
        if (!requests.contains(request))
            requests.append(request);
        return {};
    }
    bool isEmpty() const override { return false; }

    mutable QList<Request> requests;
};

// The text with every bracketed part (nested ones included) removed.
QString outsideBrackets(const QString &text)
{
    QString rest;
    int depth = 0;
    for (const QChar c : text) {
        if (c == kOpen)
            ++depth;
        else if (c == kClose)
            depth = qMax(0, depth - 1);
        else if (depth == 0)
            rest += c;
    }
    return rest;
}

bool hasLetter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
}

} // namespace

class TestI18nWalk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyTextIsTranslated();

private:
    QString m_language;
};

void TestI18nWalk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"scim-console-tests"_s);
    QCoreApplication::setApplicationName(u"tst_i18n_walk"_s);
    QSettings().clear();
    m_language = qEnvironmentVariable("SCIM_I18N_LANGUAGE", u"pseudo"_s);
    QVERIFY2(m_language == u"pseudo"_s || scim::Localization::isAvailable(m_language), qPrintable(m_language));
}

void TestI18nWalk::everyTextIsTranslated()
{
    PseudoTranslator pseudo;
    RecordingTranslator recorder;
    if (m_language == u"pseudo"_s) {
        QCoreApplication::installTranslator(&pseudo);
    } else {
        QCOMPARE(scim::Localization::install(m_language), m_language);
        QCoreApplication::installTranslator(&recorder);
    }

    QStringList untranslated;
    QStringList duplicateKeys;
    int checked = 0;
    ConsoleTour *tourPointer = nullptr;
    ConsoleTour tour([&](QWidget *window, const QString &stop) {
        // Mnemonics: one key per window.
        QHash<QChar, QString> seen;
        for (const auto &[key, where] : I18nTextWalker::mnemonics(window)) {
            if (seen.contains(key))
                duplicateKeys << u"%1: '%2' is used by %3 and %4"_s.arg(stop, QString(key), seen.value(key), where);
            else
                seen.insert(key, where);
        }
        if (m_language != u"pseudo"_s)
            return;
        // Data, longest first, so that a name containing another is removed whole.
        QStringList data(tourPointer->dataStrings().cbegin(), tourPointer->dataStrings().cend());
        std::sort(data.begin(), data.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const I18nTextWalker::Text &text : I18nTextWalker::texts(window)) {
            ++checked;
            QString rest = outsideBrackets(text.text);
            if (!hasLetter(rest))
                continue;
            for (const QString &value : std::as_const(data)) {
                if (rest.contains(value))
                    rest.replace(value, u" "_s);
            }
            if (hasLetter(rest))
                untranslated << u"%1 › %2: \"%3\""_s.arg(stop, text.where, text.text);
        }
    });
    tourPointer = &tour;
    QVERIFY(tour.run());
    for (const QString &stop : {u"menu: actionConnect"_s, u"menu: actionPreferences"_s, u"about"_s, u"token secret"_s,
                                u"new connection wizard, page 2"_s, u"restart question"_s})
        QVERIFY2(tour.stops().contains(stop), qPrintable(u"not visited: "_s + stop));

    untranslated.removeDuplicates();
    duplicateKeys.removeDuplicates();
    for (const QString &duplicate : std::as_const(duplicateKeys))
        qWarning("mnemonic twice: %s", qUtf8Printable(duplicate));
    QVERIFY2(duplicateKeys.isEmpty(), "a window has one mnemonic key twice (listed above)");
    if (m_language == u"pseudo"_s) {
        qInfo("%d texts read at %lld stops", checked, qlonglong(tour.stops().size()));
        for (const QString &text : std::as_const(untranslated))
            qWarning("not translated: %s", qUtf8Printable(text));
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(u"%1 texts did not go through the translator (listed above)"_s.arg(untranslated.size())));
        return;
    }

    // Every message the console asked for has a translation in the catalog of that language: our contexts
    // (scim::…, and the few classes without QObject) in ours, Qt's (Q…) in qtbase's.
    QTranslator ours;
    QVERIFY(ours.load(scim::Localization::catalogPath(m_language)));
    QTranslator qtbase;
    QVERIFY2(qtbase.load(
                 QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath)).filePath(u"qtbase_%1.qm"_s.arg(m_language))),
             "qtbase's catalog is missing (Debian: qt6-translations-l10n)");
    QStringList missing;
    int ourMessages = 0;
    for (const RecordingTranslator::Request &request : std::as_const(recorder.requests)) {
        const bool qt = request.context.startsWith('Q');
        const QTranslator &catalog = qt ? qtbase : ours;
        const QString translation = catalog.translate(request.context.constData(), request.source.constData(),
                                                      request.disambiguation.constData(), request.n);
        if (!qt)
            ++ourMessages;
        // Qt's own: only the buttons and wizard texts the console shows must be there.
        if (qt && request.context != "QPlatformTheme" && request.context != "QWizard")
            continue;
        if (translation.isEmpty())
            missing << u"[%1] %2"_s.arg(QString::fromUtf8(request.context), QString::fromUtf8(request.source));
    }
    qInfo("%d of the console's messages looked up", ourMessages);
    QVERIFY2(ourMessages > 200, "the tour asked for too few messages");
    for (const QString &message : std::as_const(missing))
        qWarning("no %s translation: %s", qPrintable(m_language), qUtf8Printable(message));
    QVERIFY2(missing.isEmpty(), qPrintable(u"%1 messages without a translation (listed above)"_s.arg(missing.size())));
}

QTEST_MAIN(TestI18nWalk)
#include "tst_i18n_walk.moc"
