#pragma once

#include "importresult.h"
#include "workspace.h"

#include <QDate>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace Newsline {

/**
 * What a command works on, through the one path every article takes: a workspace file given alone, or article files
 * and folders read into a temporary workspace that goes away with this object.
 */
class InputWorkspace
{
public:
    /// Opens one workspace file (*.newsline) read-only, or imports the paths into a new temporary workspace (articles
    /// without a date of their own get defaultPublished). workspace() is nullptr and error() says why on failure.
    [[nodiscard]] static InputWorkspace open(const QStringList &paths, const QDate &defaultPublished = {});

    InputWorkspace(InputWorkspace &&) noexcept;
    InputWorkspace &operator=(InputWorkspace &&) noexcept;
    ~InputWorkspace();

    /// The workspace; nullptr when it could not be opened or made.
    [[nodiscard]] Workspace *workspace() const { return m_workspace.get(); }
    /// True when the workspace was made for the files given (and is removed afterwards).
    [[nodiscard]] bool isTemporary() const { return m_folder != nullptr; }
    /// What reading the files gave: the inputs that could not be read among them (empty for a workspace file).
    [[nodiscard]] const ImportResult &import() const { return m_import; }
    /// Why there is no workspace; empty when there is one.
    [[nodiscard]] QString error() const { return m_error; }
    /// The events (dated in [from, to] when given) with the full text and extraction of every article they cite.
    [[nodiscard]] Corpus corpus(const QDate &from = {}, const QDate &to = {}) const;

private:
    InputWorkspace();

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<Workspace> m_workspace;
    ImportResult m_import;
    QString m_error;
};

} // namespace Newsline
