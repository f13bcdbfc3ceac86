#include "correction.h"

#include <QJsonArray>
#include <QMultiHash>
#include <QVarLengthArray>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

constexpr std::array kindNames{"edit-event"_L1,     "delete-event"_L1, "merge-events"_L1, "split-event"_L1,
                               "add-event"_L1,      "edit-quote"_L1,   "delete-quote"_L1, "add-quote"_L1,
                               "merge-entities"_L1, "split-entity"_L1};

} // namespace

QString ItemKey::toString() const
{
    return u"%1:%2:%3:%4"_s.arg(articleHash).arg(start).arg(end).arg(tag);
}

ItemKey ItemKey::fromString(QStringView text)
{
    // The tag is the rest after the third colon: a name may hold colons of its own.
    QList<QStringView> parts;
    qsizetype from = 0;
    for (int i = 0; i < 3; ++i) {
        const qsizetype colon = text.indexOf(u':', from);
        if (colon < 0) {
            return {};
        }
        parts.append(text.mid(from, colon - from));
        from = colon + 1;
    }
    parts.append(text.mid(from));
    bool startOk = false;
    bool endOk = false;
    ItemKey key{parts.at(0).toString(), parts.at(1).toInt(&startOk), parts.at(2).toInt(&endOk), parts.at(3).toString()};
    return startOk && endOk && key.isValid() ? key : ItemKey();
}

ItemKey ItemKey::ofName(const QString &name)
{
    return {QString(NamesHash), 0, 0, name};
}

EntityAliases EntityAliases::of(const QList<Correction> &corrections)
{
    EntityAliases aliases;
    for (const Correction &c : corrections) {
        if (c.kind == Correction::Kind::MergeEntities && c.target.isName()) {
            QStringList names;
            for (const QJsonValue &name : c.values.value("names"_L1).toArray()) {
                names.append(name.toString());
            }
            aliases.merge(names, c.target.tag);
        } else if (c.kind == Correction::Kind::SplitEntity && c.target.isName()) {
            aliases.split(c.target.tag);
        }
    }
    return aliases;
}

void EntityAliases::merge(const QStringList &names, const QString &into)
{
    const QString kept = into.trimmed();
    if (kept.isEmpty()) {
        return;
    }
    // The entities the names belong to now, whole, become one.
    QSet<QString> joined;
    for (const QString &name : names + QStringList{kept}) {
        if (!name.trimmed().isEmpty()) {
            joined.insert(shown(name.trimmed()));
        }
    }
    for (auto it = m_shown.begin(); it != m_shown.end(); ++it) {
        if (joined.contains(it.value())) {
            it.value() = kept;
        }
    }
    // Each name is either shown itself (so in joined) or an alias of one in joined, remapped above.
    for (const QString &name : std::as_const(joined)) {
        m_shown.insert(name, kept);
    }
    m_shown.remove(kept);
    for (const QString &name : names + QStringList{kept}) {
        if (!m_order.contains(name.trimmed())) {
            m_order.append(name.trimmed());
        }
    }
}

void EntityAliases::split(const QString &name)
{
    const QString n = name.trimmed();
    if (m_shown.remove(n) > 0) {
        return;
    }
    // The name shown leaves: the entity's other names are shown by the first of them merged.
    QString next;
    for (const QString &candidate : std::as_const(m_order)) {
        if (m_shown.value(candidate) == n) {
            next = candidate;
            break;
        }
    }
    if (next.isEmpty()) {
        return;
    }
    m_shown.remove(next);
    for (auto it = m_shown.begin(); it != m_shown.end(); ++it) {
        if (it.value() == n) {
            it.value() = next;
        }
    }
}

QString EntityAliases::shown(const QString &name) const
{
    return m_shown.value(name, name);
}

QStringList EntityAliases::names(const QString &name) const
{
    const QString kept = shown(name);
    QStringList all{kept};
    for (auto it = m_shown.cbegin(); it != m_shown.cend(); ++it) {
        if (it.value() == kept) {
            all.append(it.key());
        }
    }
    std::sort(all.begin() + 1, all.end());
    return all;
}

QString Correction::kindName(Kind kind)
{
    return QString(kindNames.at(std::size_t(kind)));
}

Correction::Kind Correction::kindFromName(QStringView name, bool *ok)
{
    for (std::size_t i = 0; i < kindNames.size(); ++i) {
        if (name == kindNames.at(i)) {
            if (ok) {
                *ok = true;
            }
            return Kind(i);
        }
    }
    if (ok) {
        *ok = false;
    }
    return Kind::EditEvent;
}

namespace {

struct Item
{
    Event event;
    EventProvenance provenance;
    bool gone = false;
    bool deleted = false;
    /// provenance.extracted holds the event as extracted (copied when it is first corrected: most events never are).
    bool hasExtracted = false;
    /// Items united into this one by a merge (gone while merged).
    QList<int> absorbed;
};

/// An item as it was before its first merge.
struct Premerge
{
    Event event;
    EventProvenance provenance;
};

class Applier
{
public:
    Applier(QList<Event> events, qsizetype added, const QHash<QString, int> &articleIds,
            const QHash<int, QString> &hashes)
        : m_articleIds(articleIds)
        , m_hashes(hashes)
    {
        // Items are made in place: most events are never corrected, and moving a whole item (two events) per event
        // cost more than applying the corrections.
        // Room for the events the corrections add too: growing the list would move every item, each two events.
        m_items.reserve(events.size() + added);
        for (Event &event : events) {
            Item &item = m_items.emplace_back();
            if (!event.sources.isEmpty()) {
                const SourceRef &first = event.sources.constFirst();
                item.provenance.key = {hashes.value(first.article), first.start, first.end,
                                       Event::typeName(event.type)};
            }
            item.event = std::move(event);
        }
    }

    void apply(const Correction &c, QList<FlaggedCorrection> *flagged)
    {
        if (c.isNameLevel()) {
            // Names are merged over every event at the end (finish), whatever corrections come after.
            m_lastNames = &c;
            return;
        }
        const auto flag = [&](FlaggedCorrection::Reason reason) { flagged->append({c, reason}); };
        // A correction relying on text that is no longer there is flagged, never applied to what happens to stand in
        // its place.
        if (!m_articleIds.contains(c.target.articleHash)) {
            flag(FlaggedCorrection::Reason::EvidenceGone);
            return;
        }
        for (const EvidenceSpan &span : c.evidence) {
            if (!m_articleIds.contains(span.articleHash)) {
                flag(FlaggedCorrection::Reason::EvidenceGone);
                return;
            }
        }
        switch (c.kind) {
        case Correction::Kind::EditEvent:
        case Correction::Kind::DeleteEvent: {
            const int index = find(c.target);
            if (index < 0) {
                flag(FlaggedCorrection::Reason::TargetGone);
                return;
            }
            Item &item = m_items[index];
            keepExtracted(item);
            if (c.kind == Correction::Kind::DeleteEvent) {
                item.deleted = true;
                item.provenance.deletedBy = c.id;
                mark(item, c, {});
            } else {
                edit(item, c);
            }
            return;
        }
        case Correction::Kind::MergeEvents:
            merge(c, flag);
            return;
        case Correction::Kind::SplitEvent:
            split(c, flag);
            return;
        case Correction::Kind::AddEvent: {
            const int article = m_articleIds.value(c.target.articleHash);
            Item item;
            item.event.id = u"c%1"_s.arg(c.id);
            item.event.sources = {{article, c.target.start, c.target.end}};
            item.event.dateBasis = Event::DateBasis::Analyst;
            item.provenance.key = c.target;
            // An added event has nothing extracted.
            item.hasExtracted = true;
            add(std::move(item));
            Item &added = m_items.last();
            mark(added, c, u"added"_s);
            edit(added, c);
            return;
        }
        case Correction::Kind::EditQuote:
        case Correction::Kind::DeleteQuote:
        case Correction::Kind::AddQuote:
            // Quotes are corrected where they are stored and listed (Workspace); a quote's article that changed is
            // flagged above.
            return;
        }
    }

    void finish(CorrectedEvents *out, bool reorder)
    {
        QList<int> shown;
        for (int i = 0; i < m_items.size(); ++i) {
            Item &item = m_items[i];
            if (item.gone) {
                continue;
            }
            if (!out->aliases.isEmpty()) {
                rename(item, out->aliases);
            }
            if (item.provenance.isCorrected()) {
                // What the analyst set travels with the event into exports and briefings.
                item.event.analystFields = item.provenance.fields;
                item.event.analystDay = item.provenance.made.toUTC().date();
                item.event.analystNote = item.provenance.note;
            }
            if (item.deleted) {
                out->deleted.append(item.event);
                out->deletedProvenance.append(item.provenance);
            } else {
                shown.append(i);
            }
        }
        if (reorder) {
            // Dated events by date, undated last, otherwise in the order they came (the store's order).
            std::stable_sort(shown.begin(), shown.end(), [this](int a, int b) {
                const QDate &da = m_items.at(a).event.date;
                const QDate &db = m_items.at(b).event.date;
                if (da.isValid() != db.isValid()) {
                    return da.isValid();
                }
                return da.isValid() && da < db;
            });
        }
        out->events.reserve(shown.size());
        out->provenance.reserve(shown.size());
        for (int i : std::as_const(shown)) {
            out->events.append(std::move(m_items[i].event));
            out->provenance.append(std::move(m_items[i].provenance));
        }
    }

private:
    // The entities' names as the analyst merged them, in parties, actors and the lane.
    void rename(Item &item, const EntityAliases &aliases)
    {
        const Event &e = item.event;
        const auto renamed = [&](const QString &name) { return aliases.shown(name) != name; };
        if (std::none_of(e.actors.cbegin(), e.actors.cend(), renamed) &&
            std::none_of(e.parties.cbegin(), e.parties.cend(),
                         [&](const EventParty &party) { return renamed(party.name); })) {
            return;
        }
        keepExtracted(item);
        Event &event = item.event;
        QList<EventParty> parties;
        for (EventParty party : std::as_const(event.parties)) {
            party.name = aliases.shown(party.name);
            if (std::none_of(parties.cbegin(), parties.cend(),
                             [&](const EventParty &kept) { return kept.name == party.name; })) {
                parties.append(party);
            }
        }
        event.parties = parties;
        QStringList actors;
        for (const QString &actor : std::as_const(event.actors)) {
            if (!actors.contains(aliases.shown(actor))) {
                actors.append(aliases.shown(actor));
            }
        }
        event.actors = actors;
        if (!event.lane.isEmpty()) {
            QStringList lane;
            for (const QString &name : event.lane.split(u'\u2013')) {
                if (!lane.contains(aliases.shown(name))) {
                    lane.append(aliases.shown(name));
                }
            }
            event.lane = lane.join(u'\u2013');
        }
        if (m_lastNames) {
            mark(item, *m_lastNames, u"names"_s);
        }
    }

    void add(Item item)
    {
        m_items.append(std::move(item));
        if (m_indexed) {
            index(int(m_items.size()) - 1);
        }
    }

    void index(int i)
    {
        for (const SourceRef &source : m_items.at(i).event.sources) {
            m_byArticle.insert(source.article, i);
        }
    }

    // The index is made when the first correction looks for its event: a workspace without corrections pays nothing
    // for it.
    void ensureIndexed()
    {
        if (m_indexed) {
            return;
        }
        m_indexed = true;
        m_byArticle.reserve(m_items.size());
        for (int i = 0; i < m_items.size(); ++i) {
            index(i);
        }
    }

    // The event a key names: the one with that key, else one with a source on that span (of the same extracted type
    // first), else one with a source overlapping it: an extractor that changed may cut the sentence a little otherwise.
    int find(const ItemKey &key)
    {
        ensureIndexed();
        const int article = m_articleIds.value(key.articleHash, -1);
        QVarLengthArray<int, 16> candidates;
        for (auto [it, end] = m_byArticle.equal_range(article); it != end; ++it) {
            if (!m_items.at(it.value()).gone) {
                candidates.append(it.value());
            }
        }
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        for (int i : candidates) {
            if (m_items.at(i).provenance.key == key) {
                return i;
            }
        }
        const auto search = [&](bool sameSpan, bool sameType) {
            for (int i : candidates) {
                const Item &item = m_items.at(i);
                if (sameType && item.provenance.key.tag != key.tag) {
                    continue;
                }
                for (const SourceRef &s : item.event.sources) {
                    if (s.article == article && (sameSpan ? s.start == key.start && s.end == key.end
                                                          : s.start < key.end && key.start < s.end)) {
                        return i;
                    }
                }
            }
            return -1;
        };
        for (const auto &[sameSpan, sameType] : {std::pair{true, true}, {true, false}, {false, true}, {false, false}}) {
            if (const int found = search(sameSpan, sameType); found >= 0) {
                return found;
            }
        }
        return -1;
    }

    static void keepExtracted(Item &item)
    {
        if (!item.hasExtracted) {
            item.provenance.extracted = item.event;
            item.hasExtracted = true;
        }
    }

    static void mark(Item &item, const Correction &c, const QString &field)
    {
        if (!field.isEmpty() && !item.provenance.fields.contains(field)) {
            item.provenance.fields.append(field);
        }
        item.provenance.author = c.author;
        item.provenance.made = c.made;
    }

    void edit(Item &item, const Correction &c)
    {
        keepExtracted(item);
        const QJsonObject &v = c.values;
        Event &e = item.event;
        mark(item, c, {});
        if (v.contains("type"_L1)) {
            e.type = Event::typeFromName(v.value("type"_L1).toString());
            mark(item, c, u"type"_s);
        }
        if (v.contains("date"_L1)) {
            e.date = QDate::fromString(v.value("date"_L1).toString(), Qt::ISODate);
            e.precision = e.date.isValid() ? Event::precisionFromName(v.value("precision"_L1).toString())
                                           : Event::Precision::Unknown;
            e.onOrBefore = v.value("onOrBefore"_L1).toBool();
            e.dateBasis = Event::DateBasis::Analyst;
            e.conflicts.removeIf([](const EventConflict &conflict) { return conflict.field == "date"_L1; });
            mark(item, c, u"date"_s);
        }
        if (v.contains("parties"_L1)) {
            e.parties.clear();
            e.actors.clear();
            const QJsonArray parties = v.value("parties"_L1).toArray();
            for (const QJsonValue &value : parties) {
                const QJsonObject party = value.toObject();
                const QString name = party.value("name"_L1).toString().trimmed();
                if (!name.isEmpty()) {
                    e.parties.append({name, EventParty::roleFromName(party.value("role"_L1).toString())});
                    e.actors.append(name);
                }
            }
            mark(item, c, u"parties"_s);
        }
        if (v.contains("amount"_L1)) {
            // The amount is one of the event's figures, or none: the figure is named by its place in its article.
            const ItemKey figure = ItemKey::fromString(v.value("figure"_L1).toString());
            const int article = m_articleIds.value(figure.articleHash, -1);
            const auto kept = std::find_if(e.figures.cbegin(), e.figures.cend(), [&](const FigureRef &ref) {
                return ref.article == article && QString::number(ref.index) == figure.tag;
            });
            e.figures = kept == e.figures.cend() ? QList<FigureRef>() : QList<FigureRef>{*kept};
            e.wording.amount = Decimal::fromString(v.value("amount"_L1).toString());
            e.wording.currency = e.wording.amount ? v.value("currency"_L1).toString() : QString();
            e.wording.perShare.reset();
            e.wording.perShareCurrency.clear();
            e.runningTotal = false;
            e.conflicts.removeIf([](const EventConflict &conflict) { return conflict.field == "amount"_L1; });
            mark(item, c, u"amount"_s);
        }
        if (v.contains("salience"_L1)) {
            e.salience = Event::salienceFromName(v.value("salience"_L1).toString());
            mark(item, c, u"salience"_s);
        }
        if (v.contains("note"_L1)) {
            item.provenance.note = v.value("note"_L1).toString();
            mark(item, c, u"note"_s);
        }
    }

    template <typename Flag>
    void merge(const Correction &c, const Flag &flag)
    {
        const int into = find(c.target);
        QList<int> others;
        for (const ItemKey &key : c.others) {
            const int other = find(key);
            if (other >= 0 && other != into && !others.contains(other)) {
                others.append(other);
            }
        }
        if (into < 0 || others.isEmpty()) {
            flag(FlaggedCorrection::Reason::TargetGone);
            return;
        }
        Item &target = m_items[into];
        keepExtracted(target);
        if (!m_premerge.contains(into)) {
            m_premerge.insert(into, {target.event, target.provenance});
        }
        for (int other : std::as_const(others)) {
            Item &absorbed = m_items[other];
            keepExtracted(absorbed);
            absorbed.gone = true;
            target.absorbed.append(other);
            for (const SourceRef &source : std::as_const(absorbed.event.sources)) {
                if (!target.event.sources.contains(source)) {
                    target.event.sources.append(source);
                    m_byArticle.insert(source.article, into);
                }
            }
            for (const FigureRef &figure : std::as_const(absorbed.event.figures)) {
                if (!target.event.figures.contains(figure)) {
                    target.event.figures.append(figure);
                }
            }
            target.event.conflicts += absorbed.event.conflicts;
        }
        mark(target, c, u"merged"_s);
        edit(target, c);
    }

    template <typename Flag>
    void split(const Correction &c, const Flag &flag)
    {
        const int from = find(c.target);
        if (from < 0) {
            flag(FlaggedCorrection::Reason::TargetGone);
            return;
        }
        QList<SourceRef> moved;
        for (const ItemKey &key : c.others) {
            const SourceRef ref{m_articleIds.value(key.articleHash, -1), key.start, key.end};
            if (m_items.at(from).event.sources.contains(ref)) {
                moved.append(ref);
            }
        }
        if (moved.isEmpty() || moved.size() == m_items.at(from).event.sources.size()) {
            flag(FlaggedCorrection::Reason::TargetGone);
            return;
        }
        const auto sameSources = [](QList<SourceRef> a, QList<SourceRef> b) {
            const auto less = [](const SourceRef &x, const SourceRef &y) {
                return std::tie(x.article, x.start, x.end) < std::tie(y.article, y.start, y.end);
            };
            std::sort(a.begin(), a.end(), less);
            std::sort(b.begin(), b.end(), less);
            return a == b;
        };
        // Splitting off exactly what a merge united gives back the event as it was before.
        for (qsizetype i = 0; i < m_items.at(from).absorbed.size(); ++i) {
            const int absorbed = m_items.at(from).absorbed.at(i);
            if (sameSources(m_items.at(absorbed).event.sources, moved)) {
                m_items[from].absorbed.removeAt(i);
                m_items[absorbed].gone = false;
                Item &source = m_items[from];
                source.event.sources.removeIf([&](const SourceRef &s) { return moved.contains(s); });
                const auto premerge = m_premerge.constFind(from);
                if (source.absorbed.isEmpty() && premerge != m_premerge.cend() &&
                    sameSources(premerge->event.sources, source.event.sources)) {
                    source.event = premerge->event;
                    source.provenance = premerge->provenance;
                    m_premerge.erase(premerge);
                } else {
                    keepFiguresOfSources(source.event);
                }
                return;
            }
        }
        keepExtracted(m_items[from]);
        Item item;
        item.hasExtracted = true;
        item.event = m_items.at(from).event;
        item.event.id += u"-s%1"_s.arg(c.id);
        item.event.sources = moved;
        item.event.conflicts.clear();
        keepFiguresOfSources(item.event);
        item.provenance.key = {m_hashes.value(moved.constFirst().article), moved.constFirst().start,
                               moved.constFirst().end, u"split"_s};
        item.provenance.extracted = m_items.at(from).provenance.extracted;
        Item &source = m_items[from];
        source.event.sources.removeIf([&](const SourceRef &s) { return moved.contains(s); });
        keepFiguresOfSources(source.event);
        mark(source, c, u"split"_s);
        mark(item, c, u"split"_s);
        add(std::move(item));
    }

    // An event keeps the figures of the articles it still cites.
    static void keepFiguresOfSources(Event &event)
    {
        event.figures.removeIf([&event](const FigureRef &figure) {
            return std::none_of(event.sources.cbegin(), event.sources.cend(),
                                [&figure](const SourceRef &s) { return s.article == figure.article; });
        });
        event.conflicts.removeIf([&event](const EventConflict &conflict) {
            return std::any_of(conflict.sources.cbegin(), conflict.sources.cend(), [&event](const SourceRef &s) {
                return std::none_of(event.sources.cbegin(), event.sources.cend(),
                                    [&s](const SourceRef &own) { return own.article == s.article; });
            });
        });
    }

    QList<Item> m_items;
    QMultiHash<int, int> m_byArticle;
    QHash<int, Premerge> m_premerge;
    bool m_indexed = false;
    const Correction *m_lastNames = nullptr;
    const QHash<QString, int> &m_articleIds;
    const QHash<int, QString> &m_hashes;
};

} // namespace

CorrectedEvents applyCorrections(QList<Event> events, const QList<Correction> &corrections,
                                 const QHash<QString, int> &articleIds, const QHash<int, QString> &hashes)
{
    CorrectedEvents out;
    const auto added = std::count_if(corrections.cbegin(), corrections.cend(), [](const Correction &c) {
        return c.kind == Correction::Kind::AddEvent || c.kind == Correction::Kind::SplitEvent;
    });
    Applier applier(std::move(events), added, articleIds, hashes);
    out.aliases = EntityAliases::of(corrections);
    bool reorder = false;
    for (const Correction &c : corrections) {
        applier.apply(c, &out.flagged);
        reorder = reorder || c.kind != Correction::Kind::DeleteEvent;
    }
    applier.finish(&out, reorder);
    return out;
}

} // namespace Newsline
