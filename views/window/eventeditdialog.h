#pragma once

#include "corpus.h"

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTableWidget;

namespace Newsline {

/// Edits an event's fields as the analyst's correction: type, date with its precision and whether it was only
/// reported then, parties and their roles, the deal amount (one of the event's figures, or none), main or background,
/// and a note. values() holds only what the analyst changed.
class EventEditDialog : public QDialog
{
    Q_OBJECT

public:
    /// Edits event, whose figure refs index corpus.articles; hashes gives each article's content hash (figures are
    /// named by their place in their article); names are offered for the parties (the workspace's entities).
    EventEditDialog(const Event &event, const Corpus &corpus, const QStringList &hashes, const QStringList &names,
                    QWidget *parent = nullptr);

    /// The fields changed, as a correction's values ("type", "date"/"precision"/"onOrBefore", "parties",
    /// "amount"/"currency"/"figure", "salience", "note"); empty when nothing changed.
    [[nodiscard]] QJsonObject values() const;
    /// Every field as shown, changed or not (for an event the analyst adds).
    [[nodiscard]] QJsonObject allValues() const;

    [[nodiscard]] QComboBox *typeBox() const { return m_type; }
    [[nodiscard]] QCheckBox *datedBox() const { return m_dated; }
    [[nodiscard]] QDateEdit *dateEdit() const { return m_date; }
    [[nodiscard]] QComboBox *precisionBox() const { return m_precision; }
    [[nodiscard]] QComboBox *amountBox() const { return m_amount; }
    [[nodiscard]] QComboBox *salienceBox() const { return m_salience; }
    [[nodiscard]] QLineEdit *noteEdit() const { return m_note; }
    /// Adds a party row (name, contract role name).
    void addParty(const QString &name, const QString &role);

private:
    [[nodiscard]] QJsonObject dateValues() const;
    [[nodiscard]] QJsonObject amountValues() const;
    [[nodiscard]] QJsonArray partyValues() const;

    QComboBox *m_type = nullptr;
    QCheckBox *m_dated = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_precision = nullptr;
    QCheckBox *m_onOrBefore = nullptr;
    QTableWidget *m_parties = nullptr;
    QComboBox *m_amount = nullptr;
    QComboBox *m_salience = nullptr;
    QLineEdit *m_note = nullptr;
    QStringList m_names;
    /// The values shown at first, to tell what changed.
    QJsonObject m_initial;
};

} // namespace Newsline
