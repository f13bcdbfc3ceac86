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
/// `newsline export --format FORMAT [--out FILE] WORKSPACE|PATH...`: events, figures or quotes for other tools.
int exportCommand(const QStringList &arguments);
/// `newsline rates status|update [--from FILE|URL]`: how old the exchange rates are; newer ones from the ECB.
int ratesCommand(const QStringList &arguments);
/// One line saying where the exchange rates in use come from and how old they are.
QString ratesAgeLine();
/// `newsline search [--person NAME] QUERY WORKSPACE`: ranked full-text search of quotes and articles.
int searchCommand(const QStringList &arguments);
/// `newsline copy-workspace WORKSPACE postgresql://...`: copies a workspace file's articles and quotes to a team
/// workspace on a PostgreSQL server.
int copyWorkspaceCommand(const QStringList &arguments);

} // namespace Newsline
