#pragma once

#include <QString>

namespace Newsline {

/// Where an event stands among all events of a workspace, so that some of them can be rebuilt alone.
struct EventPlace
{
    /// Type and key parties of its reports: reports of different buckets never merge.
    QString bucket;
    /// Sorts events in the order EventBuilder::build numbers them (date, first source, then the merge's order).
    QString orderKey;
};

} // namespace Newsline
