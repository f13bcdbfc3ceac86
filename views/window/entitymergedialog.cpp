#include "entitymergedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Newsline {

EntityMergeDialog::EntityMergeDialog(const QStringList &names, const QStringList &checked, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_shown(new QComboBox(this))
{
    setWindowTitle(tr("Merge Entities"));
    auto *form = new QFormLayout(this);
    auto *help = new QLabel(tr("Check the names that stand for one company or person; they are shown by one name "
                               "everywhere, and quote search by person finds any of them."),
                            this);
    help->setWordWrap(true);
    form->addRow(help);

    m_filter->setPlaceholderText(tr("Type to narrow the list"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter names"));
    form->addRow(tr("&Find:"), m_filter);

    for (const QString &name : names) {
        auto *item = new QListWidgetItem(name, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
    m_list->setAccessibleName(tr("Names"));
    form->addRow(tr("&Names:"), m_list);

    m_shown->setEditable(true);
    m_shown->setInsertPolicy(QComboBox::NoInsert);
    m_shown->setAccessibleName(tr("Name shown"));
    form->addRow(tr("&Shown as:"), m_shown);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // A long list of names is narrowed as the analyst types; checked names stay checked while hidden.
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int row = 0; row < m_list->count(); ++row) {
            QListWidgetItem *item = m_list->item(row);
            item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive) &&
                            item->checkState() != Qt::Checked);
        }
    });
    connect(m_list, &QListWidget::itemChanged, this, [this, buttons] {
        updateShown();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(this->names().size() >= 2);
    });
    updateShown();
    buttons->button(QDialogButtonBox::Ok)->setEnabled(this->names().size() >= 2);
    resize(460, 480);
}

QStringList EntityMergeDialog::names() const
{
    QStringList checked;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked) {
            checked.append(m_list->item(row)->text());
        }
    }
    return checked;
}

QString EntityMergeDialog::shownName() const
{
    return m_shown->currentText().trimmed();
}

void EntityMergeDialog::updateShown()
{
    const QString current = m_shown->currentText();
    const QStringList checked = names();
    m_shown->clear();
    m_shown->addItems(checked);
    // The longest name is the likeliest full one ("Microsoft Corp" over "MS"), unless the analyst chose one.
    QString longest;
    for (const QString &name : checked) {
        if (name.size() > longest.size()) {
            longest = name;
        }
    }
    const bool chosen = !current.isEmpty() && current != m_proposed;
    m_proposed = longest;
    m_shown->setCurrentText(chosen ? current : longest);
}

} // namespace Newsline
