#include "correctioncommand.h"

#include "workspacesession.h"

namespace Newsline {

CorrectionCommand::CorrectionCommand(WorkspaceSession *session, const QString &text, QList<Correction> added,
                                     QList<Correction> withdrawn)
    : QUndoCommand(text)
    , m_session(session)
    , m_added(std::move(added))
    , m_withdrawn(std::move(withdrawn))
{
}

bool CorrectionCommand::store(QList<Correction> &corrections)
{
    Workspace *workspace = m_session->workspace();
    for (Correction &correction : corrections) {
        // Stored again under the id it had, so that a step redone after an undo is the same correction; refused when
        // another analyst corrected the same fields since the window last read the workspace.
        const qint64 id = workspace ? workspace->addCorrection(correction, m_session->correctionBasis()) : -1;
        if (id < 0) {
            m_error = workspace ? workspace->lastError() : QString();
            return false;
        }
        correction.id = id;
        m_session->noteOwnCorrection(id);
    }
    return true;
}

bool CorrectionCommand::withdraw(const QList<Correction> &corrections)
{
    Workspace *workspace = m_session->workspace();
    for (const Correction &correction : corrections) {
        if (!workspace || !workspace->removeCorrection(correction.id)) {
            m_error = workspace ? workspace->lastError() : QString();
            return false;
        }
    }
    return true;
}

void CorrectionCommand::redo()
{
    m_error.clear();
    if (store(m_added)) {
        withdraw(m_withdrawn);
    }
    m_session->reload();
}

void CorrectionCommand::undo()
{
    m_error.clear();
    QList<Correction> withdrawn = m_withdrawn;
    if (withdraw(m_added) && store(withdrawn)) {
        m_withdrawn = withdrawn;
    }
    m_session->reload();
}

} // namespace Newsline
