#pragma once

#include "decimal.h"
#include "event.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Newsline {

/// One report of an event: what one sentence of one article says happened, before reports are merged.
struct EventMention
{
    Event::Type type = Event::Type::Other;
    /// The sentence that reports it.
    SourceRef source;
    /// Canonical names of the parties, the buyer or investor first.
    QStringList actors;
    /// The same names with the part each plays.
    QList<EventParty> parties;
    /// Sorted names that identify the event among reports of the same type (e.g. only the founded company).
    QStringList keyActors;
    /// Founding: the founded organisation; empty for other types.
    QString founded;
    /// Launch: what was launched, as named in the text; empty when not known.
    QString object;
    /// Places the sentence names after the trigger ("in Germany and Spain").
    QStringList places;
    QList<FigureRef> figures;
    /// Amount, currency and US dollar value of the first figure; none (currency empty) when the report gives none.
    std::optional<Decimal> amount;
    QString currency;
    std::optional<Decimal> usd;
    QDate date;
    Event::Precision precision = Event::Precision::Unknown;
    Event::DateBasis dateBasis = Event::DateBasis::Published;
    /// The text says the event happened before the date ("recently"), not on it.
    bool onOrBefore = false;
    /// Investment: the subject raised the money, the other actors put it in ("Initech raised $60 million from Hooli").
    bool raised = false;
    /// Acquisition: the companies merge rather than one buying the other.
    bool merger = false;
    /// The amount is a total so far ("its $13 billion investment in OpenAI"), not new money.
    bool runningTotal = false;
    /// The event is only recalled in passing (a founding decades ago, an old deal).
    Event::Salience salience = Event::Salience::Main;
    /// Price of one share in the deal ("$42 a share"), with its currency; none when the report gives none.
    std::optional<Decimal> perShare;
    QString perShareCurrency;

    /// First day of the period the report dates the event to; invalid when undated.
    [[nodiscard]] QDate firstDay() const { return date; }
    /// Last day of that period.
    [[nodiscard]] QDate lastDay() const
    {
        Event e;
        e.date = date;
        e.precision = precision;
        return e.lastDay();
    }
};

} // namespace Newsline
