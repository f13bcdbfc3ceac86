#pragma once

#include "entity.h"
#include "moneyfigure.h"
#include "quote.h"
#include "textspan.h"
#include "timex.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

namespace Newsline {

/// One article: its metadata, its body text and everything extracted from it, all as spans into text.
struct Article
{
    /// The path as given by the user (or a resource path).
    QString file;
    QString title;
    QString source;
    QString url;
    QDate published;
    QString language = QStringLiteral("en");
    QString originalLanguage;
    QString note;
    /// Front matter keys the reader does not know, in file order.
    QList<QPair<QString, QString>> extraMetadata;

    /// The body exactly as read after the front matter (line ends "\n", no BOM).
    QString text;
    QList<TextSpan> paragraphs;
    QList<TextSpan> sentences;
    /// Site furniture (headline lists, copyright lines, share prompts): shown dimmed, never extracted.
    QList<TextSpan> boilerplate;

    QList<Timex> timexes;
    QList<MoneyFigure> figures;
    QList<Entity> entities;
    QList<Quote> quotes;

    /// True when position lies inside a boilerplate span.
    [[nodiscard]] bool isBoilerplate(int position) const;
    /// True when the span overlaps a boilerplate span.
    [[nodiscard]] bool isBoilerplate(const TextSpan &span) const;
    /// Index of the sentence that contains position, or -1.
    [[nodiscard]] int sentenceAt(int position) const;
    /// Index of the paragraph that contains position, or -1.
    [[nodiscard]] int paragraphAt(int position) const;
    /// The text of a span.
    [[nodiscard]] QStringView textOf(const TextSpan &span) const
    {
        return QStringView(text).mid(span.start, span.length());
    }
    /// The entity with that canonical name, or nullptr.
    [[nodiscard]] const Entity *entity(const QString &name) const;
    /// Title, or the file name when the article has none.
    [[nodiscard]] QString displayTitle() const;
};

} // namespace Newsline
