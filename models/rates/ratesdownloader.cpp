#include "ratesdownloader.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

// A download larger than this is no exchange-rate table.
constexpr qint64 MaxDownload = 64 * 1024 * 1024;

} // namespace

RatesDownloader::RatesDownloader(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

RatesDownloader::~RatesDownloader()
{
    if (m_reply) {
        m_reply->abort();
    }
}

QUrl RatesDownloader::defaultUrl()
{
    return QUrl(u"https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip"_s);
}

void RatesDownloader::start(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(TimeoutSeconds * 1000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    m_reply = m_network->get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64 total) {
        if (received > MaxDownload) {
            reply->abort();
            return;
        }
        Q_EMIT progress(received, total);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        const QString where = url.toDisplayString();
        if (reply->error() == QNetworkReply::OperationCanceledError) {
            Q_EMIT finished({}, tr("download of %1 stopped").arg(where));
            return;
        }
        // A server that answered is reached: its refusal is no sign of being offline.
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 0 && status != 200) {
            Q_EMIT finished({}, tr("%1 answered with HTTP status %2").arg(where).arg(status));
            return;
        }
        if (reply->error() != QNetworkReply::NoError) {
            Q_EMIT finished({}, tr("cannot download %1 (%2): are you offline?").arg(where, reply->errorString()));
            return;
        }
        Q_EMIT finished(reply->readAll(), {});
    });
}

void RatesDownloader::cancel()
{
    if (m_reply) {
        m_reply->abort();
    }
}

QByteArray RatesDownloader::fetch(const QUrl &url, QString *error)
{
    RatesDownloader downloader;
    QEventLoop loop;
    QByteArray result;
    connect(&downloader, &RatesDownloader::finished, &loop, [&](const QByteArray &bytes, const QString &message) {
        result = bytes;
        *error = message;
        loop.quit();
    });
    downloader.start(url);
    loop.exec();
    return result;
}

} // namespace Newsline
