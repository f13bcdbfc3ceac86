#pragma once

#include "corpus.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Newsline {

/// Where an item of a workspace stands, independent of row ids: its article's content hash and a span of that
/// article, with a tag telling items of one span apart (an event's extracted type, "added" for an event the analyst
/// added). Written "hash:start:end:tag".
struct ItemKey
{
    QString articleHash;
    int start = -1;
    int end = -1;
    QString tag;

    [[nodiscard]] bool isValid() const { return !articleHash.isEmpty() && start >= 0 && end >= start; }
    [[nodiscard]] QString toString() const;
    /// The key of its written form; invalid when the text is not one.
    [[nodiscard]] static ItemKey fromString(QStringView text);
    friend bool operator==(const ItemKey &, const ItemKey &) = default;
};

/// A span of article text a correction relies on, with the characters it held when the correction was made.
struct EvidenceSpan
{
    QString articleHash;
    int start = -1;
    int end = -1;
    QString text;
    friend bool operator==(const EvidenceSpan &, const EvidenceSpan &) = default;
};

/// One decision of the analyst, layered over the extracted events and quotes of a workspace.
struct Correction
{
    enum class Kind
    {
        /// Sets fields of an event (values: type, date, precision, onOrBefore, parties, figure, salience, note).
        EditEvent,
        /// Hides an event everywhere; removing the correction restores it.
        DeleteEvent,
        /// Unites the events named by others into the target event (sources and figures), the target's fields
        /// winning unless values set them.
        MergeEvents,
        /// Moves the target event's sources named by others (spans as keys) into a new event.
        SplitEvent,
        /// A new event told by the evidence span (values: its fields).
        AddEvent,
        /// Sets a quote's speaker (values: speaker).
        EditQuote,
        /// The quote is no quote.
        DeleteQuote
    };

    /// Row id in the workspace; -1 before it is stored.
    qint64 id = -1;
    Kind kind = Kind::EditEvent;
    /// The event or quote corrected (for AddEvent: the new event's own key).
    ItemKey target;
    /// Merge: the events united into the target; split: the source spans moved out.
    QList<ItemKey> others;
    /// The fields set, as data (contract names: "acquisition", "day", "buyer"; ISO dates; exact decimals).
    QJsonObject values;
    QString author;
    QDateTime made;
    /// The article text the correction relies on.
    QList<EvidenceSpan> evidence;

    /// Contract name of a kind: "edit-event", "delete-event", ...
    [[nodiscard]] static QString kindName(Kind kind);
    /// Kind from its contract name; false in *ok for an unknown name.
    [[nodiscard]] static Kind kindFromName(QStringView name, bool *ok = nullptr);
};

/// How corrections changed one event shown.
struct EventProvenance
{
    /// Stable key of the event (of its extracted first source, or the correction that added it).
    ItemKey key;
    /// Fields set by the analyst: "type", "date", "parties", "amount", "salience", "note", "merged", "split", "added".
    QStringList fields;
    /// The latest correction of the event: who and when.
    QString author;
    QDateTime made;
    QString note;
    /// The event as extracted, before any correction (empty id for an added event).
    Event extracted;
    /// Id of the correction that deleted it (deleted events only).
    qint64 deletedBy = -1;

    [[nodiscard]] bool isCorrected() const { return !fields.isEmpty(); }
};

/// A correction that no longer applies: its evidence vanished (the article changed) or its event is no longer found.
struct FlaggedCorrection
{
    Correction correction;
    enum class Reason
    {
        EvidenceGone,
        TargetGone
    };
    Reason reason = Reason::TargetGone;
};

/// Events after corrections, with what each correction did.
struct CorrectedEvents
{
    /// The events shown, in date order (undated last); refs hold the article ids the input held.
    QList<Event> events;
    /// Parallel to events.
    QList<EventProvenance> provenance;
    /// Events the analyst deleted, restorable.
    QList<Event> deleted;
    QList<EventProvenance> deletedProvenance;
    QList<FlaggedCorrection> flagged;
};

/// Applies corrections, in the order given, to extracted events whose refs hold workspace article ids. articleIds maps
/// an article's content hash to its id (a hash not there is an article that changed or left); hashes maps ids back.
[[nodiscard]] CorrectedEvents applyCorrections(QList<Event> events, const QList<Correction> &corrections,
                                               const QHash<QString, int> &articleIds,
                                               const QHash<int, QString> &hashes);

} // namespace Newsline
