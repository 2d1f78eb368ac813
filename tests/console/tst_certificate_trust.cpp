// Trust on first use, offscreen, against a real engine serving HTTPS with certificates made by openssl: "Connect to
// engine…" with an https:// URL shows the certificate (subject, issuer, validity, the SHA-256 fingerprint openssl
// computes, the problems); declining connects nothing; trusting connects and remembers the fingerprint; the same
// certificate later asks nothing; a changed certificate is a warning naming both fingerprints; a certificate the
// system trusts asks nothing at all.

#include "TestCertificates.h"
#include "TestEngine.h"
#include "models/common/ConsoleSettings.h"
#include "models/connections/ConnectionsModel.h"
#include "models/session/EngineSession.h"
#include "views/shell/CertificateDialog.h"
#include "views/shell/ConnectDialog.h"
#include "views/shell/EngineStatusWidget.h"
#include "views/shell/ErrorBanner.h"
#include "views/shell/MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace scim;
using namespace Qt::StringLiterals;

namespace {

template <typename T> T *waitForChild(QObject *parent, const QString &name)
{
    T *found = nullptr;
    [&] { QTRY_VERIFY_WITH_TIMEOUT((found = parent->findChild<T *>(name)) != nullptr && found->isVisible(), 10000); }();
    return found;
}

QString labelText(QWidget *dialog, const QString &name)
{
    auto *label = dialog->findChild<QLabel *>(name);
    return label ? label->text() : QString();
}

void connectTo(MainWindow &window, const QUrl &url)
{
    window.findChild<QAction *>(u"actionConnect"_s)->trigger();
    auto *dialog = waitForChild<ConnectDialog>(&window, u"connectDialog"_s);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"engineUrl"_s), url.toString());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"adminToken"_s), TestEngine::kAdminToken);
    dialog->accept();
}

} // namespace

class TestCertificateTrust : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"scim-console-tests"_s);
        QCoreApplication::setApplicationName(u"tst_certificate_trust"_s);
        QString error;
        const auto first = TestCertificates::selfSigned(m_dir.path(), u"first"_s, u"ec"_s, 2, &error);
        QVERIFY2(first, qPrintable(error));
        m_first = *first;
        const auto second = TestCertificates::selfSigned(m_dir.path(), u"second"_s, u"rsa"_s, 2, &error);
        QVERIFY2(second, qPrintable(error));
        m_second = *second;
    }

    void init() { QSettings().clear(); }

    void trustOnFirstUseAndChangedCertificate();
    void certificateTrustedBySystemAsksNothing();

private:
    QTemporaryDir m_dir;
    TestCertificates::Pair m_first;
    TestCertificates::Pair m_second;
};

void TestCertificateTrust::trustOnFirstUseAndChangedCertificate()
{
    TestEngine remote;
    remote.setTls(m_first.certificate, m_first.key);
    QVERIFY(remote.start());
    remote.createScimConnection(u"tls-one"_s);
    QVERIFY(remote.url().scheme() == u"https"_s);
    const QString firstFingerprint = TestCertificates::fingerprint(m_first.certificate);
    const QString secondFingerprint = TestCertificates::fingerprint(m_second.certificate);
    QVERIFY(!firstFingerprint.isEmpty() && firstFingerprint != secondFingerprint);

    ConsoleOptions options;
    options.databasePath = m_dir.filePath(u"tofu/console.sqlite"_s);
    options.useKeychain = false;
    options.reconnectIntervalMs = 100;
    MainWindow window(options);
    QSignalSpy ready(&window, &MainWindow::ready);
    window.show();
    window.start();
    QVERIFY(ready.wait(15000));

    // First contact: the certificate is shown before anything is sent with the admin token.
    connectTo(window, remote.url());
    auto *dialog = waitForChild<CertificateDialog>(&window, u"certificateDialog"_s);
    QVERIFY(dialog);
    QCOMPARE(labelText(dialog, u"certificateFingerprint"_s), firstFingerprint);
    QVERIFY(labelText(dialog, u"certificateSubject"_s).contains(u"127.0.0.1"_s));
    QVERIFY(labelText(dialog, u"certificateIssuer"_s).contains(u"127.0.0.1"_s)); // self-signed
    QVERIFY(!labelText(dialog, u"certificateExpiry"_s).isEmpty());
    QVERIFY(labelText(dialog, u"certificateProblems"_s).contains(u"self-signed"_s));
    QVERIFY(!labelText(dialog, u"certificateIntro"_s).contains(u"Warning"_s));
    QVERIFY(!dialog->findChild<QLabel *>(u"previousFingerprint"_s));
    QCOMPARE(dialog->findChild<QLabel *>(u"certificateFingerprint"_s)->accessibleName(), u"SHA-256 fingerprint"_s);
    auto *decline = dialog->findChild<QPushButton *>(u"declineCertificateButton"_s);
    QVERIFY(decline && decline->isDefault()); // trusting is never the default

    // Declined: nothing switches, nothing is remembered.
    QTest::mouseClick(decline, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.banner()->text().contains(u"was not trusted"_s), 10000);
    QCOMPARE(window.session()->mode(), EngineSession::Mode::Embedded);
    QVERIFY(ConsoleSettings::kTrustedCertificates.value().isEmpty());

    // Trusted: connected, and the fingerprint is remembered for this engine.
    QTRY_VERIFY(!window.findChild<CertificateDialog *>(u"certificateDialog"_s));
    connectTo(window, remote.url());
    dialog = waitForChild<CertificateDialog>(&window, u"certificateDialog"_s);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"trustCertificateButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->mode(), EngineSession::Mode::Remote, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(window.connectionsModel()->rowCount(), 1, 10000);
    QCOMPARE(window.connectionsModel()->index(0, 0).data().toString(), u"tls-one"_s);
    const QString origin = u"https://127.0.0.1:%1"_s.arg(remote.port());
    QCOMPARE(ConsoleSettings::kTrustedCertificates.value().value(origin).toString(), firstFingerprint);
    QVERIFY(window.engineStatus()->text().contains(remote.url().toDisplayString()));

    // The same certificate after a restart: no question.
    remote.stop();
    QVERIFY(remote.start());
    remote.createScimConnection(u"tls-two"_s);
    window.findChild<QAction *>(u"actionRefresh"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.connectionsModel()->rowCount(), 2, 15000);
    QVERIFY(!window.findChild<CertificateDialog *>(u"certificateDialog"_s));

    // Another certificate on the same engine: a warning with both fingerprints.
    remote.stop();
    remote.setTls(m_second.certificate, m_second.key);
    QVERIFY(remote.start());
    window.findChild<QAction *>(u"actionRefresh"_s)->trigger();
    dialog = waitForChild<CertificateDialog>(&window, u"certificateDialog"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"The engine's certificate has changed"_s);
    QVERIFY(labelText(dialog, u"certificateIntro"_s).contains(u"Warning"_s));
    QCOMPARE(labelText(dialog, u"certificateFingerprint"_s), secondFingerprint);
    QCOMPARE(labelText(dialog, u"previousFingerprint"_s), firstFingerprint);
    QVERIFY(dialog->findChild<QPushButton *>(u"declineCertificateButton"_s)->isDefault());
    QCOMPARE(window.session()->state(), EngineSession::State::Failed);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"trustCertificateButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), EngineSession::State::Connected, 10000);
    QCOMPARE(ConsoleSettings::kTrustedCertificates.value().value(origin).toString(), secondFingerprint);
    QTRY_COMPARE_WITH_TIMEOUT(window.connectionsModel()->rowCount(), 2, 10000);

    window.close();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 10000);
}

void TestCertificateTrust::certificateTrustedBySystemAsksNothing()
{
    QString ca;
    QString error;
    const auto chain = TestCertificates::chain(m_dir.path(), u"system"_s, &ca, &error);
    QVERIFY2(chain, qPrintable(error));
    // The system's trust store, as the console sees it: Qt's default configuration.
    const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = saved;
    trusting.addCaCertificates(QSslCertificate::fromPath(ca));
    QSslConfiguration::setDefaultConfiguration(trusting);

    TestEngine remote;
    remote.setTls(chain->certificate, chain->key);
    QVERIFY(remote.start());
    remote.createScimConnection(u"system-trusted"_s);

    ConsoleOptions options;
    options.databasePath = m_dir.filePath(u"system/console.sqlite"_s);
    options.useKeychain = false;
    MainWindow window(options);
    QSignalSpy ready(&window, &MainWindow::ready);
    window.show();
    window.start();
    QVERIFY(ready.wait(15000));
    connectTo(window, remote.url());
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->mode(), EngineSession::Mode::Remote, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(window.connectionsModel()->rowCount(), 1, 10000);
    QVERIFY(!window.findChild<CertificateDialog *>(u"certificateDialog"_s));
    QVERIFY(ConsoleSettings::kTrustedCertificates.value().isEmpty());
    window.close();
    QSslConfiguration::setDefaultConfiguration(saved);
}

QTEST_MAIN(TestCertificateTrust)
#include "tst_certificate_trust.moc"
