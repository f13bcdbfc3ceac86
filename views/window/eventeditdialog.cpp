#include "eventeditdialog.h"

#include "correction.h"
#include "eventlistmodel.h"
#include "moneyformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <array>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

constexpr std::array roles{EventParty::Role::Buyer,    EventParty::Role::Target,    EventParty::Role::Seller,
                           EventParty::Role::Investor, EventParty::Role::Investee,  EventParty::Role::Partner,
                           EventParty::Role::Valued,   EventParty::Role::Regulator, EventParty::Role::Other};

QString roleDisplayName(EventParty::Role role)
{
    switch (role) {
    case EventParty::Role::Buyer:
        return EventEditDialog::tr("buyer");
    case EventParty::Role::Target:
        return EventEditDialog::tr("bought");
    case EventParty::Role::Seller:
        return EventEditDialog::tr("seller");
    case EventParty::Role::Investor:
        return EventEditDialog::tr("investor");
    case EventParty::Role::Investee:
        return EventEditDialog::tr("funded");
    case EventParty::Role::Partner:
        return EventEditDialog::tr("partner");
    case EventParty::Role::Valued:
        return EventEditDialog::tr("valued");
    case EventParty::Role::Regulator:
        return EventEditDialog::tr("regulator");
    case EventParty::Role::Other:
        break;
    }
    return EventEditDialog::tr("other");
}

} // namespace

EventEditDialog::EventEditDialog(const Event &event, const Corpus &corpus, const QStringList &hashes,
                                 const QStringList &names, QWidget *parent)
    : QDialog(parent)
    , m_type(new QComboBox(this))
    , m_dated(new QCheckBox(tr("&Dated"), this))
    , m_date(new QDateEdit(this))
    , m_precision(new QComboBox(this))
    , m_onOrBefore(new QCheckBox(tr("Only &reported then: it happened on or before"), this))
    , m_parties(new QTableWidget(0, 2, this))
    , m_amount(new QComboBox(this))
    , m_salience(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_names(names)
{
    setObjectName(u"EventEditDialog"_s);
    setWindowTitle(tr("Edit Event"));
    for (int t = 0; t <= int(Event::Type::Other); ++t) {
        m_type->addItem(EventListModel::typeDisplayName(Event::Type(t)), Event::typeName(Event::Type(t)));
    }
    m_type->setCurrentIndex(m_type->findData(Event::typeName(event.type)));
    m_type->setAccessibleName(tr("Event type"));

    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_date->setCalendarPopup(true);
    m_date->setDate(event.date.isValid() ? event.date : QDate::currentDate());
    m_date->setAccessibleName(tr("Event date"));
    m_dated->setChecked(event.date.isValid());
    for (const auto &[precision, name] : {std::pair{Event::Precision::Day, tr("day")},
                                          {Event::Precision::Week, tr("week")},
                                          {Event::Precision::Month, tr("month")},
                                          {Event::Precision::Year, tr("year")}}) {
        m_precision->addItem(name, Event::precisionName(precision));
    }
    m_precision->setCurrentIndex(std::max(0, m_precision->findData(Event::precisionName(event.precision))));
    m_precision->setAccessibleName(tr("Date precision"));
    m_onOrBefore->setChecked(event.onOrBefore);
    const auto enableDate = [this](bool on) {
        m_date->setEnabled(on);
        m_precision->setEnabled(on);
        m_onOrBefore->setEnabled(on);
    };
    connect(m_dated, &QCheckBox::toggled, this, enableDate);
    enableDate(m_dated->isChecked());

    m_parties->setHorizontalHeaderLabels({tr("Party"), tr("Role")});
    m_parties->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_parties->verticalHeader()->hide();
    m_parties->setAccessibleName(tr("Parties and their roles"));
    for (const EventParty &party : event.parties) {
        addParty(party.name, EventParty::roleName(party.role));
    }
    // Parties of events stored before roles were kept are their actors.
    if (event.parties.isEmpty()) {
        for (const QString &actor : event.actors) {
            addParty(actor, EventParty::roleName(EventParty::Role::Other));
        }
    }
    auto *addButton = new QPushButton(tr("&Add Party"), this);
    auto *removeButton = new QPushButton(tr("Re&move Party"), this);
    connect(addButton, &QPushButton::clicked, this,
            [this] { addParty({}, EventParty::roleName(EventParty::Role::Other)); });
    connect(removeButton, &QPushButton::clicked, this, [this] {
        const int row = m_parties->currentRow();
        m_parties->removeRow(row >= 0 ? row : m_parties->rowCount() - 1);
    });

    // The amount is one of the figures the event's sources give, or none.
    m_amount->addItem(tr("none"), QString());
    for (const FigureRef &ref : event.figures) {
        const MoneyFigure *figure = corpus.figure(ref);
        if (!figure) {
            continue;
        }
        const ItemKey key{hashes.value(ref.article), figure->start, figure->end, QString::number(ref.index)};
        m_amount->addItem(figureLabel(*figure),
                          QStringList{key.toString(), Decimal::toString(figure->amount), figure->currency});
    }
    m_amount->setCurrentIndex(event.figures.isEmpty() ? 0 : 1);
    m_amount->setAccessibleName(tr("Deal amount"));
    m_salience->addItem(tr("the news"), Event::salienceName(Event::Salience::Main));
    m_salience->addItem(tr("recalled in passing (background)"), Event::salienceName(Event::Salience::Background));
    m_salience->setCurrentIndex(event.salience == Event::Salience::Main ? 0 : 1);
    m_salience->setAccessibleName(tr("Main or background"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Why the analyst changed it (optional)"));

    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_dated);
    dateRow->addWidget(m_date, 1);
    dateRow->addWidget(m_precision);
    auto *partyButtons = new QHBoxLayout;
    partyButtons->addWidget(addButton);
    partyButtons->addWidget(removeButton);
    partyButtons->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("Date:"), dateRow);
    form->addRow(QString(), m_onOrBefore);
    form->addRow(tr("Parties:"), m_parties);
    form->addRow(QString(), partyButtons);
    form->addRow(tr("A&mount:"), m_amount);
    form->addRow(tr("&Weight:"), m_salience);
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, 460);
    m_initial = allValues();
}

void EventEditDialog::addParty(const QString &name, const QString &role)
{
    const int row = m_parties->rowCount();
    m_parties->insertRow(row);
    auto *nameBox = new QComboBox(m_parties);
    nameBox->setEditable(true);
    nameBox->addItems(m_names);
    nameBox->setCurrentText(name);
    nameBox->setAccessibleName(tr("Party name"));
    auto *roleBox = new QComboBox(m_parties);
    for (EventParty::Role r : roles) {
        roleBox->addItem(roleDisplayName(r), EventParty::roleName(r));
    }
    roleBox->setCurrentIndex(std::max(0, roleBox->findData(role)));
    roleBox->setAccessibleName(tr("Party role"));
    m_parties->setCellWidget(row, 0, nameBox);
    m_parties->setCellWidget(row, 1, roleBox);
}

QJsonArray EventEditDialog::partyValues() const
{
    QJsonArray parties;
    for (int row = 0; row < m_parties->rowCount(); ++row) {
        const auto *name = qobject_cast<QComboBox *>(m_parties->cellWidget(row, 0));
        const auto *role = qobject_cast<QComboBox *>(m_parties->cellWidget(row, 1));
        if (name && role && !name->currentText().trimmed().isEmpty()) {
            parties.append(
                QJsonObject{{u"name"_s, name->currentText().trimmed()}, {u"role"_s, role->currentData().toString()}});
        }
    }
    return parties;
}

QJsonObject EventEditDialog::dateValues() const
{
    if (!m_dated->isChecked()) {
        return {{u"date"_s, QString()}};
    }
    return {{u"date"_s, m_date->date().toString(Qt::ISODate)},
            {u"precision"_s, m_precision->currentData().toString()},
            {u"onOrBefore"_s, m_onOrBefore->isChecked()}};
}

QJsonObject EventEditDialog::amountValues() const
{
    const QStringList figure = m_amount->currentData().toStringList();
    if (figure.size() != 3) {
        return {{u"amount"_s, QString()}};
    }
    return {{u"figure"_s, figure.at(0)}, {u"amount"_s, figure.at(1)}, {u"currency"_s, figure.at(2)}};
}

QJsonObject EventEditDialog::allValues() const
{
    QJsonObject all{{u"type"_s, m_type->currentData().toString()},
                    {u"parties"_s, partyValues()},
                    {u"salience"_s, m_salience->currentData().toString()}};
    const QJsonObject date = dateValues();
    for (auto it = date.begin(); it != date.end(); ++it) {
        all.insert(it.key(), it.value());
    }
    const QJsonObject amount = amountValues();
    for (auto it = amount.begin(); it != amount.end(); ++it) {
        all.insert(it.key(), it.value());
    }
    if (!m_note->text().trimmed().isEmpty()) {
        all.insert(u"note"_s, m_note->text().trimmed());
    }
    return all;
}

QJsonObject EventEditDialog::values() const
{
    const QJsonObject now = allValues();
    QJsonObject changed;
    const auto group = [&](std::initializer_list<QString> keys) {
        bool differs = false;
        for (const QString &key : keys) {
            differs = differs || now.value(key) != m_initial.value(key);
        }
        if (differs) {
            for (const QString &key : keys) {
                if (now.contains(key)) {
                    changed.insert(key, now.value(key));
                }
            }
        }
    };
    group({u"type"_s});
    group({u"date"_s, u"precision"_s, u"onOrBefore"_s});
    group({u"parties"_s});
    group({u"amount"_s, u"currency"_s, u"figure"_s});
    group({u"salience"_s});
    group({u"note"_s});
    return changed;
}

} // namespace Newsline
