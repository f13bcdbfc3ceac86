#include "briefingwriter.h"

#include "briefingcomposer.h"
#include "briefinglayout.h"
#include "briefingselection.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

// Fine enough that positions rounded to device units stay well below what paper shows.
constexpr int resolution = 600;

qreal mm(qreal millimetres)
{
    return millimetres * resolution / 25.4;
}

} // namespace

BriefingWriter::BriefingWriter(BriefingOptions options)
    : m_options(std::move(options))
{
}

BriefingWriter::Result BriefingWriter::write(const Corpus &corpus, const QString &path) const
{
    const auto report = [this](int done) { return !m_progress || m_progress(done, 100); };
    if (corpus.articles.isEmpty()) {
        return {Status::EmptyCorpus, tr("the corpus holds no articles, so there is nothing to brief"), 0};
    }
    const BriefingSelection selection(corpus, m_options.filter);
    if (selection.isEmpty()) {
        const BriefingFilter &filter = m_options.filter;
        if (filter.hasPick()) {
            return {Status::NothingSelected, tr("none of the picked events or lanes is in the corpus"), 0};
        }
        const QString from = filter.from.isValid() ? filter.from.toString(Qt::ISODate) : tr("the beginning");
        const QString to = filter.to.isValid() ? filter.to.toString(Qt::ISODate) : tr("the end");
        return {Status::NothingSelected, tr("no article or event falls between %1 and %2").arg(from, to), 0};
    }

    // A regular file is written whole or not at all (a temporary file renamed over it). A device or a pipe
    // (/dev/stdout) is written to directly: renaming a file over /dev/full would replace the device itself.
    const QFileInfo target(path);
    const bool direct = target.exists() && !target.isFile() && !target.isDir();
    QSaveFile file(direct ? QString() : path);
    QFile device(direct ? path : QString());
    QFileDevice &output = direct ? static_cast<QFileDevice &>(device) : file;
    if (!output.open(QIODevice::WriteOnly)) {
        return {Status::CannotWrite,
                tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), output.errorString()), 0};
    }
    // The PDF is made in memory and then written in one piece, each step checked: a full disk or a device that takes
    // nothing (/dev/full) is an error, never "Wrote".
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    QPdfWriter writer(&pdf);
    writer.setResolution(resolution);
    writer.setPageSize(QPageSize(m_options.pageSize));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setCreator(u"Newsline "_s + QStringLiteral(NEWSLINE_VERSION));
    QPainter painter;
    if (!painter.begin(&writer)) {
        file.cancelWriting();
        return {Status::CannotWrite, tr("cannot write %1: the PDF could not be started").arg(path), 0};
    }
    const QSizeF page(writer.width(), writer.height());
    const QPointF origin(mm(18), mm(22));
    const QSizeF body(page.width() - 2 * origin.x(), page.height() - origin.y() - mm(20));
    BriefingLayout layout(&writer, body);
    BriefingComposer composer(selection, m_options, layout);
    const QString title = composer.title();
    writer.setTitle(title);
    if (!report(2)) {
        painter.end();
        file.cancelWriting();
        return {Status::Cancelled, tr("the briefing was cancelled"), 0};
    }
    // Measuring the text is most of the work before painting: report it section by section so a window stays live.
    const bool composed = composer.compose([&](int done, int total) { return report(2 + 36 * done / total); });
    const int pages = composed ? layout.paginate() : 0;
    if (!composed || !report(40)) {
        painter.end();
        file.cancelWriting();
        return {Status::Cancelled, tr("the briefing was cancelled"), 0};
    }

    const QFont small = BriefingComposer::font(7.5);
    const QString generated =
        tr("Newsline briefing · %1").arg(BriefingFormat(m_options.locale()).date(m_options.generated));
    const auto decoration = [&](QPainter &p, int index, int count) {
        const QFontMetricsF metrics(small, &writer);
        p.setFont(small);
        p.setPen(QColor(0x55, 0x5b, 0x66));
        if (index > 0) {
            const qreal baseline = mm(13);
            const qreal right = origin.x() + body.width();
            const qreal generatedWidth = metrics.horizontalAdvance(generated);
            p.drawText(QPointF(right - generatedWidth, baseline), generated);
            const QString running = metrics.elidedText(title, Qt::ElideRight,
                                                       body.width() - generatedWidth - metrics.averageCharWidth() * 4);
            p.drawText(QPointF(origin.x(), baseline), running);
            p.setPen(QPen(QColor(0x9a, 0xa5, 0xb4), mm(0.2)));
            p.drawLine(QPointF(origin.x(), mm(15)), QPointF(right, mm(15)));
            p.setPen(QColor(0x55, 0x5b, 0x66));
        }
        const QString number = tr("Page %1 of %2").arg(index + 1).arg(count);
        p.drawText(QPointF((page.width() - metrics.horizontalAdvance(number)) / 2, page.height() - mm(10)), number);
    };
    const bool painted = layout.paint(painter, writer, origin, decoration,
                                      [&](int done, int total) { return report(40 + 59 * done / std::max(total, 1)); });
    painter.end();
    if (!painted) {
        file.cancelWriting();
        return {Status::Cancelled, tr("the briefing was cancelled"), 0};
    }
    const QByteArray &bytes = pdf.data();
    bool written = output.write(bytes) == bytes.size() && output.flush();
    if (direct) {
        device.close();
        written = written && device.error() == QFileDevice::NoError;
    } else {
        written = written && file.commit();
    }
    if (!written) {
        const QString reason = output.errorString();
        if (!direct) {
            file.cancelWriting();
        }
        return {Status::CannotWrite, tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason), 0};
    }
    report(100);
    return {Status::Written, {}, pages};
}

} // namespace Newsline
