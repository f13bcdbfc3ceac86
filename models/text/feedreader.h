#pragma once

#include "htmlreader.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Newsline {

/// Reads RSS 2.0 and Atom feeds: each item becomes an article (title, date, link, the feed's title as source, its
/// content or description read as HTML).
namespace FeedReader {

/// One item of a feed; error says why it gave no article (then page is empty).
struct Item
{
    HtmlReader::Page page;
    QString error;
};

/// The items of a feed, in file order; error says why the file is no readable feed.
struct Result
{
    QList<Item> items;
    QString error;
};

/// Reads a whole feed.
[[nodiscard]] Result read(const QByteArray &bytes);

} // namespace FeedReader

} // namespace Newsline
