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
    /// The key of a correction of entity names, which stands in no one article: "names:0:0:NAME".
    [[nodiscard]] static ItemKey ofName(const QString &name);
    [[nodiscard]] bool isName() const { return articleHash == NamesHash && start == 0 && end == 0; }
    /// What stands for an article's hash in the key of a name.
    static constexpr QLatin1StringView NamesHash{"names"};
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
        DeleteQuote,
        /// A quote the finders missed, told by the evidence span (values: speaker, role, kind "direct" or "partial").
        AddQuote,
        /// The names (values: names) are one entity, called by the target's name ("MS" and "Microsoft Corp" are
        /// "Microsoft") everywhere: parties, lanes, speakers and quote search by person.
        MergeEntities,
        /// The target's name leaves the entity it was merged into: it names an entity of its own again.
        SplitEntity
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

    /// True for the kinds that correct entity names rather than one article's items.
    [[nodiscard]] bool isNameLevel() const { return kind == Kind::MergeEntities || kind == Kind::SplitEntity; }
    /// Contract name of a kind: "edit-event", "delete-event", ...
    [[nodiscard]] static QString kindName(Kind kind);
    /// Kind from its contract name; false in *ok for an unknown name.
    [[nodiscard]] static Kind kindFromName(QStringView name, bool *ok = nullptr);
};

/// The entities the analyst merged: which names stand for one entity, and the name each is shown by.
class EntityAliases
{
public:
    /// The aliases the merge and split corrections make, in the order given.
    [[nodiscard]] static EntityAliases of(const QList<Correction> &corrections);
    /// names are one entity, shown as into (entities merged before with any of them join too).
    void merge(const QStringList &names, const QString &into);
    /// The name leaves its entity; an entity shown by it is shown by the next of its names.
    void split(const QString &name);
    /// The name an entity is shown by; the name itself when it was not merged.
    [[nodiscard]] QString shown(const QString &name) const;
    /// Every name of the entity the name belongs to, itself included (alone when not merged).
    [[nodiscard]] QStringList names(const QString &name) const;
    /// Every name merged into another.
    [[nodiscard]] QStringList aliases() const { return m_shown.keys(); }
    [[nodiscard]] bool isEmpty() const { return m_shown.isEmpty(); }

private:
    /// Alias -> the name shown; a name shown maps to nothing.
    QHash<QString, QString> m_shown;
    /// Names in the order they were merged (the next name shown when one leaves).
    QStringList m_order;
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
    /// The entity names merged, as applied to the events' parties and lanes.
    EntityAliases aliases;
};

/// Applies corrections, in the order given, to extracted events whose refs hold workspace article ids. articleIds maps
/// an article's content hash to its id (a hash not there is an article that changed or left); hashes maps ids back.
[[nodiscard]] CorrectedEvents applyCorrections(QList<Event> events, const QList<Correction> &corrections,
                                               const QHash<QString, int> &articleIds,
                                               const QHash<int, QString> &hashes);

} // namespace Newsline
