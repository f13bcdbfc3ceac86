#pragma once

#include <QStringList>

namespace Newsline {

/// `newsline extract`: prints the contract JSON of articles (docs/extract-json.md).
int extractCommand(const QStringList &arguments);

/// `newsline eval-timex DIR`: scores the temporal tagger against gold timexes.
int evalTimexCommand(const QStringList &arguments);

} // namespace Newsline
