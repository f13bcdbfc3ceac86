#pragma once

#include <QStringList>

namespace Newsline {

/// `newsline extract`: prints the contract JSON of articles (docs/extract-json.md).
int extractCommand(const QStringList &arguments);
/// `newsline brief --out FILE.pdf PATH...`: writes a PDF briefing of articles.
int briefCommand(const QStringList &arguments);

/// `newsline eval-timex DIR`: scores the temporal tagger against gold timexes.
int evalTimexCommand(const QStringList &arguments);
/// `newsline import WORKSPACE PATH...`: imports articles into a workspace file, incrementally, in batches.
int importCommand(const QStringList &arguments);
/// `newsline search [--person NAME] QUERY WORKSPACE`: ranked full-text search of quotes and articles.
int searchCommand(const QStringList &arguments);

} // namespace Newsline
