#pragma once

#include "corpus.h"

#include <functional>

namespace Newsline {

class Workspace;

/// A whole workspace as one corpus for an export: every article with its text and extraction, and the events.
namespace WorkspaceExport {

/// Reads the workspace; progress (done, total) after each chunk of articles, stopping early (and giving an empty
/// corpus) when it returns false.
[[nodiscard]] Corpus corpus(const Workspace &workspace, const std::function<bool(int, int)> &progress = {});

} // namespace WorkspaceExport

} // namespace Newsline
