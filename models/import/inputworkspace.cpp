#include "inputworkspace.h"

#include "extractor.h"
#include "workspaceimporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Newsline {

InputWorkspace::InputWorkspace() = default;
InputWorkspace::InputWorkspace(InputWorkspace &&) noexcept = default;
InputWorkspace &InputWorkspace::operator=(InputWorkspace &&) noexcept = default;

InputWorkspace::~InputWorkspace()
{
    // The connection closes before its folder goes.
    m_workspace.reset();
}

InputWorkspace InputWorkspace::open(const QStringList &paths, const QDate &defaultPublished)
{
    InputWorkspace input;
    // A workspace file, or a team workspace on a server, is read as it is.
    if (paths.size() == 1 && (paths.constFirst().endsWith(u".newsline"_s, Qt::CaseInsensitive) ||
                              Workspace::isServerUri(paths.constFirst()))) {
        input.m_workspace = Workspace::open(paths.constFirst(), &input.m_error, Workspace::OpenMode::ReadOnly);
        return input;
    }
    input.m_folder = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/newsline-XXXXXX"_s);
    if (!input.m_folder->isValid()) {
        input.m_error = QCoreApplication::translate("Newsline", "no temporary workspace could be made in %1: %2")
                            .arg(QDir::toNativeSeparators(QDir::tempPath()), input.m_folder->errorString());
        return input;
    }
    input.m_workspace = Workspace::create(input.m_folder->filePath(u"input.newsline"_s), &input.m_error);
    if (!input.m_workspace) {
        return input;
    }
    WorkspaceImporter importer(*input.m_workspace);
    importer.setDefaultPublished(defaultPublished);
    input.m_import = importer.importFiles(paths);
    if (!input.m_import.failure.isEmpty()) {
        input.m_error = input.m_import.failure;
        input.m_workspace.reset();
    }
    return input;
}

Corpus InputWorkspace::corpus(const QDate &from, const QDate &to) const
{
    if (!m_workspace) {
        return {};
    }
    WorkspaceSnapshot snapshot = m_workspace->snapshot(from, to);
    snapshot.corpus.articles = m_workspace->fullArticles(snapshot.articleIds);
    // A workspace read only, whose figures were stored before the exchange rates were updated, is read with the dollar
    // values the rates in use give; the file is not written.
    if (WorkspaceImporter(*m_workspace).ratesOutdated()) {
        for (Article &article : snapshot.corpus.articles) {
            Q_UNUSED(Extractor::fillMissingUsd(article));
        }
    }
    return std::move(snapshot.corpus);
}

} // namespace Newsline
