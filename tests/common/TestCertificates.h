#pragma once

// Certificates for the TLS tests, made by the openssl command line in the test's own directory: self-signed (EC or
// RSA), a server certificate with its CA in the file (a chain), an expired one, and the fingerprint openssl computes
// (to compare with what the engine and the console show).

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <optional>

namespace TestCertificates {

struct Pair
{
    QString certificate; // PEM file: the certificate, then its chain
    QString key;         // PEM file: the private key
};

// Runs `openssl ARGS` in `dir`; the standard output, or nullopt with the reason in *error.
inline std::optional<QByteArray> openssl(const QString &dir, const QStringList &arguments, QString *error = nullptr)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("openssl %1 failed: %2 %3")
                         .arg(arguments.join(QLatin1Char(' ')), process.errorString(),
                              QString::fromUtf8(process.readAllStandardError()));
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

inline QStringList keyArguments(const QString &keyType)
{
    return keyType == QLatin1String("rsa")
               ? QStringList{QStringLiteral("-newkey"), QStringLiteral("rsa:2048")}
               : QStringList{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                             QStringLiteral("ec_paramgen_curve:prime256v1")};
}

// A self-signed certificate for 127.0.0.1 and localhost, valid for `days` from now. keyType: "ec" or "rsa".
inline std::optional<Pair> selfSigned(const QString &dir, const QString &name,
                                      const QString &keyType = QStringLiteral("ec"), int days = 2,
                                      QString *error = nullptr)
{
    const Pair pair{QDir(dir).filePath(name + QStringLiteral(".crt")),
                    QDir(dir).filePath(name + QStringLiteral(".key"))};
    if (!openssl(dir,
                 QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + keyArguments(keyType) +
                     QStringList{QStringLiteral("-nodes"), QStringLiteral("-keyout"), pair.key, QStringLiteral("-out"),
                                 pair.certificate, QStringLiteral("-days"), QString::number(days),
                                 QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1/O=SCIM Console tests ") + name,
                                 QStringLiteral("-addext"),
                                 QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")},
                 error))
        return std::nullopt;
    return pair;
}

// A certificate whose validity ended before now (openssl takes a negative day count as "ends before it starts").
inline std::optional<Pair> expired(const QString &dir, const QString &name, QString *error = nullptr)
{
    const std::optional<Pair> fresh = selfSigned(dir, name + QStringLiteral("-fresh"), QStringLiteral("ec"), 1, error);
    if (!fresh)
        return std::nullopt;
    const Pair pair{QDir(dir).filePath(name + QStringLiteral(".crt")), fresh->key};
    if (!openssl(dir,
                 {QStringLiteral("x509"), QStringLiteral("-in"), fresh->certificate, QStringLiteral("-signkey"),
                  fresh->key, QStringLiteral("-days"), QStringLiteral("-1"), QStringLiteral("-out"), pair.certificate},
                 error))
        return std::nullopt;
    return pair;
}

// A test CA (EC) and an RSA server certificate for 127.0.0.1 it signed; the certificate file holds the server
// certificate then the CA's. `caCertificate` receives the CA file.
inline std::optional<Pair> chain(const QString &dir, const QString &name, QString *caCertificate,
                                 QString *error = nullptr)
{
    const QDir d(dir);
    const QString caKey = d.filePath(name + QStringLiteral("-ca.key"));
    *caCertificate = d.filePath(name + QStringLiteral("-ca.crt"));
    const QString leaf = d.filePath(name + QStringLiteral("-leaf.crt"));
    const QString request = d.filePath(name + QStringLiteral(".csr"));
    const Pair pair{d.filePath(name + QStringLiteral(".crt")), d.filePath(name + QStringLiteral(".key"))};
    if (!openssl(dir,
                 QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + keyArguments(QStringLiteral("ec")) +
                     QStringList{QStringLiteral("-nodes"), QStringLiteral("-keyout"), caKey, QStringLiteral("-out"),
                                 *caCertificate, QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                                 QStringLiteral("/CN=SCIM Console test CA ") + name, QStringLiteral("-addext"),
                                 QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                                 QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
                 error) ||
        !openssl(dir,
                 QStringList{QStringLiteral("req")} + keyArguments(QStringLiteral("rsa")) +
                     QStringList{QStringLiteral("-nodes"), QStringLiteral("-keyout"), pair.key, QStringLiteral("-out"),
                                 request, QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                                 QStringLiteral("-addext"),
                                 QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")},
                 error) ||
        !openssl(dir,
                 {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), request, QStringLiteral("-CA"),
                  *caCertificate, QStringLiteral("-CAkey"), caKey, QStringLiteral("-CAcreateserial"),
                  QStringLiteral("-copy_extensions"), QStringLiteral("copy"), QStringLiteral("-days"),
                  QStringLiteral("1"), QStringLiteral("-out"), leaf},
                 error))
        return std::nullopt;
    QFile out(pair.certificate);
    QFile leafFile(leaf);
    QFile caFile(*caCertificate);
    if (!out.open(QIODevice::WriteOnly) || !leafFile.open(QIODevice::ReadOnly) || !caFile.open(QIODevice::ReadOnly))
        return std::nullopt;
    out.write(leafFile.readAll() + caFile.readAll());
    return pair;
}

// "AB:CD:…" as `openssl x509 -fingerprint -sha256` prints it.
inline QString fingerprint(const QString &certificate)
{
    const std::optional<QByteArray> out =
        openssl(QDir::tempPath(), {QStringLiteral("x509"), QStringLiteral("-in"), certificate, QStringLiteral("-noout"),
                                   QStringLiteral("-fingerprint"), QStringLiteral("-sha256")});
    if (!out)
        return QString();
    const QString line = QString::fromLatin1(out->trimmed());
    return line.mid(line.indexOf(QLatin1Char('=')) + 1);
}

} // namespace TestCertificates
