#pragma once

#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class QWidget;

namespace scim {
class MainWindow;
}

// A walk through the whole console for tests that look at everything it shows: the real main window with its
// embedded engine, seeded like an IdP would (connections, tokens, users provisioned over SCIM, failed requests in
// the log), then every page in a telling state (selection, detail pane, an error in the banner, an attribute map with
// undo steps and a refused drop, the undo history), every dialog (wizard pages, token, secret, connect,
// preferences, about, every confirmation, file dialogs) and every dialog that a menu action opens, including menu
// actions added later. At each stop the visitor gets the window shown and a name for the stop.
class ConsoleTour
{
public:
    using Visitor = std::function<void(QWidget *window, const QString &stop)>;

    explicit ConsoleTour(Visitor visitor);
    ~ConsoleTour();

    // Runs the tour; false (with QTest failures recorded) when the console did not get where it should.
    bool run();

    // Strings that are data, never translated: names, ids, URLs, paths, attribute names, schema texts, the
    // engine's log descriptions, language names in their own language, scope names, log action codes. Grows as the
    // tour shows more.
    const QSet<QString> &dataStrings() const { return m_data; }
    // Adds what every item view of `window` holds as data (raw values, ids, paths) to dataStrings().
    void collectViewData(QWidget *window);
    scim::MainWindow *window() const { return m_window.get(); }
    QStringList stops() const { return m_stops; }

private:
    bool seed();
    void visit(QWidget *window, const QString &stop);
    // Runs `trigger`, waits for a new window and returns it (nullptr after 10 s).
    QWidget *opened(const std::function<void()> &trigger);
    void close(QWidget *window);
    bool visitDialog(const QString &stop, const std::function<void()> &trigger,
                     const std::function<void(QWidget *)> &inside = {});
    void visitMenuDialogs();

    Visitor m_visitor;
    QTemporaryDir m_dir;
    std::unique_ptr<scim::MainWindow> m_window;
    QSet<QString> m_data;
    QStringList m_stops;
    QSet<QString> m_visitedDialogs;
    QString m_acme;
    QString m_acmeEndpoint;
    QString m_acmeToken;
};
