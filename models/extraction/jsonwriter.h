#pragma once

#include "corpus.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Newsline {

/// Writes extraction results in the `newsline extract` contract (docs/extract-json.md).
namespace JsonWriter {

/// One article object of the contract.
[[nodiscard]] QJsonObject article(const Article &article);
/// One event object of the contract.
[[nodiscard]] QJsonObject event(const Event &event);
/// The whole document: {"articles": [...], "events": [...]}.
[[nodiscard]] QJsonDocument corpus(const Corpus &corpus);

} // namespace JsonWriter

} // namespace Newsline
