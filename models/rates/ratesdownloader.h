#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Newsline {

/// Downloads an exchange-rate table (the ECB's eurofxref-hist.zip by default) without blocking the caller.
class RatesDownloader : public QObject
{
    Q_OBJECT

public:
    /// Seconds without data after which a download is given up.
    static constexpr int TimeoutSeconds = 30;

    explicit RatesDownloader(QObject *parent = nullptr);
    ~RatesDownloader() override;

    /// The ECB's full history of euro reference rates, zipped.
    [[nodiscard]] static QUrl defaultUrl();
    /// Starts a download; finished() follows, once.
    void start(const QUrl &url);
    /// Stops the download; finished() follows with an error.
    void cancel();
    /// Downloads and waits (for the command line); error empty on success.
    [[nodiscard]] static QByteArray fetch(const QUrl &url, QString *error);

Q_SIGNALS:
    /// Bytes received so far and in all (-1 when unknown).
    void progress(qint64 received, qint64 total);
    /// The downloaded bytes, or error saying why there are none (offline, refused, cancelled).
    void finished(const QByteArray &bytes, const QString &error);

private:
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
};

} // namespace Newsline
