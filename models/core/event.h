#pragma once

#include "decimal.h"
#include "timex.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Newsline {

/// A span of text in one article of a corpus.
struct SourceRef
{
    int article = -1;
    int start = -1;
    int end = -1;
    friend bool operator==(const SourceRef &, const SourceRef &) = default;
};

/// A money figure of one article of a corpus: articles[article].figures[index].
struct FigureRef
{
    int article = -1;
    int index = -1;
    friend bool operator==(const FigureRef &, const FigureRef &) = default;
};

/// Sources that disagree on one field of an event: each value with where it was read.
struct EventConflict
{
    /// "amount" or "date".
    QString field;
    QStringList values;
    QList<SourceRef> sources;
};

/// A party of an event and the part it plays in it ("Globex" buys, "Initech" is bought).
struct EventParty
{
    enum class Role
    {
        Buyer,
        Target,
        Seller,
        Investor,
        Investee,
        Partner,
        Valued,
        Regulator,
        Other
    };

    QString name;
    Role role = Role::Other;
    friend bool operator==(const EventParty &, const EventParty &) = default;

    /// Contract name of a role: "buyer", "target", ...
    [[nodiscard]] static QString roleName(Role role);
    /// Role from its contract name; Other for an unknown name.
    [[nodiscard]] static Role roleFromName(QStringView name);
    /// Place of a role in a list of actors: buyers and investors first, then partners and regulators, then whom the
    /// money went to, then sellers, then the rest.
    [[nodiscard]] static int rank(Role role);
    /// The parties in actor order (stable within a rank).
    [[nodiscard]] static QList<EventParty> ordered(QList<EventParty> parties);
};

/// A value of an event that another of its sources reported: a date, or an amount with its currency.
struct ReportedValue
{
    /// The date as Event::dateText() writes it; empty for an amount.
    QString date;
    /// The amount (exact, ISO currency); none for a date.
    std::optional<Decimal> amount;
    QString currency;
    friend bool operator==(const ReportedValue &, const ReportedValue &) = default;
};

/// What an event's summary line is worded from beyond its type and parties: the details of its lead report. Kept as
/// data, so that the line can be written in any language when it is shown.
struct EventWording
{
    /// The deal's amount as the lead report states it (exact, ISO currency); none when the report gives none.
    std::optional<Decimal> amount;
    QString currency;
    /// The price of one share or unit, when the report gives one.
    std::optional<Decimal> perShare;
    QString perShareCurrency;
    /// Launch or announcement: what was launched or announced; empty when not known.
    QString object;
    /// Founding: the founded organisation.
    QString founded;
    /// Places the report names ("in Germany and Spain").
    QStringList places;
    /// Investment: the investee raised the money from the investors.
    bool raised = false;
    /// Acquisition: the companies merge rather than one buying the other.
    bool merger = false;
    /// Other values the event's sources reported, dates and amounts.
    QList<ReportedValue> alsoReported;

    friend bool operator==(const EventWording &, const EventWording &) = default;
};

/// A dated real-world event, possibly reported by several articles.
struct Event
{
    enum class Type
    {
        Partnership,
        Investment,
        Valuation,
        Launch,
        Founding,
        Acquisition,
        Announcement,
        Regulatory,
        Other
    };
    /// How finely the date is known.
    using Precision = DatePrecision;
    enum class DateBasis
    {
        Text,
        Published,
        Analyst
    };
    /// Whether the event is what its articles are about or only recalled in passing.
    enum class Salience
    {
        Main,
        Background
    };

    QString id;
    Type type = Type::Other;
    /// First day of the period the event is dated to; invalid when unknown.
    QDate date;
    Precision precision = Precision::Unknown;
    DateBasis dateBasis = DateBasis::Published;
    QStringList actors;
    /// The actors with the part each plays, in the order of actors.
    QList<EventParty> parties;
    Salience salience = Salience::Main;
    /// The amount is what has been put in so far ("its $13 billion investment in OpenAI"), reported on the date,
    /// not new money on that date.
    bool runningTotal = false;
    /// The details the summary is worded from.
    EventWording wording;
    /// The summary in English, as data (`newsline extract`, exports); windows and briefings word it from the event
    /// in their reader's language (EventSummary).
    QString summary;
    QList<FigureRef> figures;
    QList<SourceRef> sources;
    /// The partnership the event belongs to, e.g. "Microsoft–OpenAI"; empty when none.
    QString lane;
    QList<EventConflict> conflicts;
    /// The text says the event happened before date ("recently"), not on it.
    bool onOrBefore = false;
    /// Fields the analyst set in a workspace ("type", "date", "parties", "amount", "salience", "note", "merged",
    /// "split", "added"), with the day of the latest correction; empty for an event as extracted.
    QStringList analystFields;
    QDate analystDay;
    /// The analyst's note on the event; empty when none.
    QString analystNote;

    /// The date written to its precision: "2024-02-26", "2024-W09", "2024-02", "2023"; empty when unknown.
    [[nodiscard]] QString dateText() const;
    /// Last day of the period the event is dated to; invalid when unknown.
    [[nodiscard]] QDate lastDay() const;

    [[nodiscard]] static QString typeName(Type type);
    [[nodiscard]] static Type typeFromName(QStringView name);
    [[nodiscard]] static QString precisionName(Precision precision);
    [[nodiscard]] static Precision precisionFromName(QStringView name);
    [[nodiscard]] static QString dateBasisName(DateBasis basis);
    [[nodiscard]] static DateBasis dateBasisFromName(QStringView name);
    [[nodiscard]] static QString salienceName(Salience salience);
    [[nodiscard]] static Salience salienceFromName(QStringView name);
};

} // namespace Newsline
