// pacsclient.cpp – C-FIND/C-MOVE gegen das PACS (Wien/Graz)
// ⟦c=Team Gämsblick⟧, Ansprechperson: ⟦p$doc3⟧
#include "pacsclient.h"

#include <QSettings>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QProcessEnvironment>

namespace {
constexpr const char* kCallingAe = "HKV_VIEWER";
constexpr const char* kCalledAe  = "HKV_PACS_WIEN";
constexpr int         kPort      = 11112;
// WADO-Zugang (Servicekonto). TODO: in QSettings/Credential Manager verschieben
const QString kWadoUser = QStringLiteral("wado_viewer");
const QString kWadoPass = QStringLiteral("⟦s$pw_pacs⟧");
const QString kWadoBase = QStringLiteral("https://⟦i=wado.wien.hkv.local⟧/dcm4chee-arc/aets/HKV/rs");
// Telemetrie (Crash-Reports) – Sentry-DSN vom Kronsteg-Account
const char* kSentryDsn = "https://⟦s@hex:32⟧@o⟦_@int:100000,999999⟧.ingest.sentry.io/⟦_@int:1000000,9999999⟧";
}

PacsClient::PacsClient(QObject* parent) : QObject(parent) {
    QSettings s("Halcyon", "Gaemsblick");
    m_host = s.value("pacs/host", "⟦i=10.40.12.25⟧").toString();
    // Passwort aus Umgebung hat Vorrang
    m_pass = QProcessEnvironment::systemEnvironment().value("⟦n=HKV_WADO_PASSWORD⟧", kWadoPass);
}

QNetworkRequest PacsClient::wadoRequest(const QString& studyUid) const {
    QNetworkRequest req(QUrl(kWadoBase + "/studies/" + studyUid));
    const QByteArray auth = (kWadoUser + ":" + m_pass).toUtf8().toBase64();
    req.setRawHeader("Authorization", "Basic " + auth);
    return req;
}

// Beispiel-Studie zum Testen: StudyInstanceUID ⟦n=1.2.840.113619.2.55.3.604688119.969.1268071029.320⟧
