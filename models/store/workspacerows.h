#pragma once

#include "corpus.h"
#include "correction.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

namespace Newsline {

/// An article of a workspace without its text: what a list or a citation needs.
struct ArticleInfo
{
    /// Workspace id of the article (stable across imports of the same file).
    int id = -1;
    QString file;
    QString title;
    QString source;
    QString url;
    QDate published;
    QString language;

    /// Title, or the file name when the article has none.
    [[nodiscard]] QString displayTitle() const;
};

/// A stored quote with what the quote list shows beside it.
struct QuoteRow
{
    /// Workspace id of the quote.
    int id = -1;
    int articleId = -1;
    /// Offsets of the quoted words in the article text.
    int start = -1;
    int end = -1;
    QString text;
    QString speaker;
    QString speakerRole;
    /// Direct quotation or quoted words inside reported speech.
    Quote::Kind kind = Quote::Kind::Direct;
    /// Publication date of the article.
    QDate published;
    QString articleTitle;
    /// The analyst set the speaker: speaker is theirs, extractedSpeaker what was found.
    bool corrected = false;
    QString extractedSpeaker;
    /// The analyst added the quote from text they selected: nothing extracted it.
    bool added = false;
};

/// A quote found by a full-text search.
struct QuoteHit
{
    QuoteRow quote;
    /// The quote's words around the matches, matches wrapped in the search's markers.
    QString snippet;
    /// FTS5 bm25 rank: lower is a better match.
    double rank = 0;
};

/// An article found by a full-text search.
struct ArticleHit
{
    ArticleInfo article;
    /// Words of the text around the matches, matches wrapped in the search's markers.
    QString snippet;
    /// FTS5 bm25 rank: lower is a better match.
    double rank = 0;
};

/// Options of a full-text search.
struct SearchOptions
{
    /// Only quotes whose speaker's name contains these words ("Brad Smith", "Smith").
    QString person;
    int limit = 50;
    /// A query matching more rows than this ranks only the most recently stored ones (0: rank every match): ranking
    /// costs time in proportion to the matches, and a query that loose asks for recent material, not one best match.
    int rankedCandidates = 2000;
    /// Markers around matched words in snippets.
    QString openMarker = QStringLiteral("[");
    QString closeMarker = QStringLiteral("]");
};

/// The events of a workspace in the shape of a Corpus, for the timeline: articles carry metadata and figures only.
struct WorkspaceSnapshot
{
    /// corpus.articles[i] has no text; its workspace id is articleIds[i]. Event refs index corpus.articles.
    Corpus corpus;
    QList<int> articleIds;
    /// Content hash of each article of corpus.articles, for the stable keys of corrections.
    QStringList articleHashes;
    /// Parallel to corpus.events: each event's stable key and what the analyst corrected in it.
    QList<EventProvenance> provenance;
    /// Events the analyst deleted (refs index corpus.articles), restorable, with their provenance.
    QList<Event> deleted;
    QList<EventProvenance> deletedProvenance;
    /// Corrections that no longer apply, for review.
    QList<FlaggedCorrection> flagged;
    /// The id of the newest correction these events were read with (0: none): what a correction made over them is
    /// based on (CorrectionBasis).
    qint64 newestCorrection = 0;
};

/// What an analyst saw when making a correction: the newest correction of the events shown, and the ones made since
/// from the same window. A correction of the same fields of the same item made since by someone else is not
/// overwritten unseen (Workspace::addCorrection).
struct CorrectionBasis
{
    qint64 knownUpTo = 0;
    QSet<qint64> own;
};

} // namespace Newsline
