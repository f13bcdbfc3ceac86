#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLineEdit;
class QListWidget;

namespace Newsline {

/// Picks names that are one entity ("MS", "Microsoft Corp" and "Microsoft") and the name to show it by.
class EntityMergeDialog : public QDialog
{
    Q_OBJECT

public:
    /// names are offered (the workspace's parties and speakers); checked start checked.
    EntityMergeDialog(const QStringList &names, const QStringList &checked, QWidget *parent = nullptr);

    /// The names checked, in the order listed.
    [[nodiscard]] QStringList names() const;
    /// The name the entity is shown by (one of the names checked, or one typed).
    [[nodiscard]] QString shownName() const;

    [[nodiscard]] QLineEdit *filterEdit() const { return m_filter; }
    [[nodiscard]] QListWidget *nameList() const { return m_list; }
    [[nodiscard]] QComboBox *shownBox() const { return m_shown; }

private:
    void updateShown();

    QLineEdit *m_filter;
    QListWidget *m_list;
    QComboBox *m_shown;
    /// The name proposed last; a name the analyst typed or picked instead is kept.
    QString m_proposed;
};

} // namespace Newsline
