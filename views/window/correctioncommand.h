#pragma once

#include "correction.h"

#include <QUndoCommand>

namespace Newsline {

class WorkspaceSession;

/// One correction of the analyst as an undoable step: redo stores corrections in the session's workspace (and
/// withdraws others, as restoring a deleted event withdraws its deletion), undo does the opposite. Each step is
/// written to the file at once; the session then reads the events again.
class CorrectionCommand : public QUndoCommand
{
public:
    CorrectionCommand(WorkspaceSession *session, const QString &text, QList<Correction> added,
                      QList<Correction> withdrawn = {});

    void redo() override;
    void undo() override;

    /// The last database error, empty when the step was written.
    [[nodiscard]] QString error() const { return m_error; }
    /// The corrections stored by the last redo, with their ids.
    [[nodiscard]] const QList<Correction> &added() const { return m_added; }

private:
    bool store(QList<Correction> &corrections);
    bool withdraw(const QList<Correction> &corrections);

    WorkspaceSession *m_session = nullptr;
    QList<Correction> m_added;
    QList<Correction> m_withdrawn;
    QString m_error;
};

} // namespace Newsline
