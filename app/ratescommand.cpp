#include "commands.h"

#include "ratesdownloader.h"
#include "ratesupdate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rates", text);
}

} // namespace

QString ratesAgeLine()
{
    return RatesUpdate::ageLine();
}

int ratesCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Keeps the exchange rates current. `rates status` says how old the rates in use are; `rates update` "
           "downloads the ECB's full history (or reads --from FILE|URL), checks it and stores it in your data "
           "folder; the bundled table is never changed and stays the fallback.\n\n%1")
            .arg(ratesAgeLine()));
    parser.addHelpOption();
    const QCommandLineOption from(u"from"_s, tr("A file or URL of the ECB's eurofxref-hist (CSV or zip)."),
                                  u"FILE|URL"_s);
    parser.addOption(from);
    parser.addPositionalArgument(u"ACTION"_s, tr("status or update."), u"status|update"_s);
    parser.process(arguments);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0, u"status"_s);
    if (positional.size() > 1 || (action != u"status" && action != u"update")) {
        err << tr("newsline rates: say status or update (see --help)") << Qt::endl;
        return 2;
    }
    if (action == u"status") {
        out << ratesAgeLine() << Qt::endl;
        return 0;
    }
    QByteArray bytes;
    QString source;
    QString error;
    const QString given = parser.value(from);
    const QUrl url = given.isEmpty() ? RatesDownloader::defaultUrl() : QUrl(given);
    if (!given.isEmpty() && (url.scheme() != u"http" && url.scheme() != u"https")) {
        source = QDir::toNativeSeparators(given);
        QFile file(given);
        if (!file.open(QIODevice::ReadOnly)) {
            err << tr("newsline rates: %1: %2; the rates in use are kept").arg(source, file.errorString()) << Qt::endl;
            return 1;
        }
        bytes = file.readAll();
    } else {
        source = url.toDisplayString();
        err << tr("Downloading %1…").arg(source) << Qt::endl;
        bytes = RatesDownloader::fetch(url, &error);
        if (!error.isEmpty()) {
            err << tr("newsline rates: %1; the rates in use are kept (%2)").arg(error, ratesAgeLine()) << Qt::endl;
            return 1;
        }
    }
    const RatesUpdate::Result result = RatesUpdate::install(bytes, source);
    if (!result.error.isEmpty()) {
        err << u"newsline rates: "_s << result.error << Qt::endl;
        return 1;
    }
    out << tr("Stored rates up to %1 in %2; articles read from now on get dollar values at them, and a "
              "workspace's figures without one get one when it is next opened or imported into.")
               .arg(result.lastDate.toString(Qt::ISODate), QDir::toNativeSeparators(result.path))
        << Qt::endl;
    return 0;
}

} // namespace Newsline
